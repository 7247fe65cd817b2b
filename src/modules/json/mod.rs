//! `_json`: the native core under the json package, where CPython uses its C accelerator —
//! `encode_basestring_ascii`/`encode_basestring` (escape.rs), `scanstring` and `scan_once`
//! (scanner.rs, behind `json.scanner.c_make_scanner`) and `encode` (encoder.rs, behind
//! the json package's encoder). The json package's .py files (src/stdlib/json/) are gilpy's own; they call these.

pub mod encoder;
pub mod escape;
pub mod scanner;

use crate::builtins::args::check_args;
use crate::modules::convert::type_name;
use crate::objects::Arc;
use crate::objects::class::Payload;
use crate::objects::function::KwArgs;
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use encoder::{Encoder, StrEncoder};
use escape::{Escaping, write_string};
use scanner::{Hooks, Scanner, byte_of_char};
use std::collections::HashSet;

pub fn create() -> Value {
    crate::modules::make_module(
        "_json",
        &[
            ("encode", encode),
            ("encode_basestring", encode_basestring),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("scan_once", scan_once),
            ("scanstring", scanstring),
        ],
    )
    .0
}

/// The str a value is (a str or an instance of a subclass).
fn as_pystr(v: &Value) -> Option<&Arc<PyStr>> {
    match v {
        Value::Str(s) => Some(s),
        Value::Instance(i) => match &i.payload {
            Payload::Base(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn first_str(v: &Value) -> PyResult<&Arc<PyStr>> {
    as_pystr(v).ok_or_else(|| PyErr::type_error(format!("first argument must be a string, not {}", type_name(v))))
}

fn quote(a: &[Value], k: &KwArgs, name: &str, mode: Escaping) -> PyResult<Value> {
    check_args(name, a, k, 1, 1)?;
    let s = first_str(&a[0])?;
    let mut out = String::new();
    write_string(&mut out, s.as_str(), mode);
    Ok(Value::string(out))
}

fn encode_basestring_ascii(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    quote(a, k, "encode_basestring_ascii", Escaping::Ascii)
}

fn encode_basestring(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    quote(a, k, "encode_basestring", Escaping::Unicode)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(v),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    }
}

/// `scanstring(string, end, strict=True)`: the string whose body starts at `end`, and the index
/// after its closing quote.
fn scanstring(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("scanstring", a, k, 2, 3)?;
    let s = first_str(&a[0])?;
    let end = int_arg(vm, &a[1])?;
    let strict = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if end < 0 || end as usize > s.char_len() {
        return Err(PyErr::value_error("end is out of bounds"));
    }
    let hooks = Hooks { strict, object_hook: None, pairs_hook: None, parse_float: None, parse_int: None, parse_constant: Value::None };
    let scanner = Scanner::new(s.as_str(), s.is_ascii(), &a[0], &hooks);
    let start = byte_of_char(s.as_str(), s.is_ascii(), end as usize);
    let (text, after) = scanner.string_body(vm, start)?;
    Ok(Value::tuple(vec![Value::Str(PyStr::new(&text)), Value::Int(scanner.char_pos(after) as i64)]))
}

/// A hook argument: None when absent or None.
fn hook(v: &Value) -> Option<Value> {
    if v.is_none() { None } else { Some(v.clone()) }
}

/// `scan_once(string, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant)`: the value at `idx` and the index after it; StopIteration(idx) when none starts there.
fn scan_once(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("scan_once", a, k, 8, 8)?;
    let s = first_str(&a[0])?;
    let idx = int_arg(vm, &a[1])?;
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let t = types();
    let builtin = |v: &Value, class: &Arc<crate::objects::class::Class>| matches!(v, Value::Class(c) if Arc::ptr_eq(c, class));
    let hooks = Hooks {
        strict: vm.truthy(&a[2])?,
        object_hook: hook(&a[3]),
        pairs_hook: hook(&a[4]),
        parse_float: if builtin(&a[5], &t.float) { None } else { Some(a[5].clone()) },
        parse_int: if builtin(&a[6], &t.int) { None } else { Some(a[6].clone()) },
        parse_constant: a[7].clone(),
    };
    let mut scanner = Scanner::new(s.as_str(), s.is_ascii(), &a[0], &hooks);
    let start = byte_of_char(s.as_str(), s.is_ascii(), idx as usize);
    if idx as usize > s.char_len() {
        return Err(PyErr::stop_iteration(Some(Value::Int(idx))));
    }
    let (value, end) = scanner.scan_once(vm, start)?;
    Ok(Value::tuple(vec![value, Value::Int(scanner.char_pos(end) as i64)]))
}

/// How the `encoder` argument quotes strings: natively when it is one of ours.
fn str_encoder(v: &Value) -> StrEncoder {
    if let Value::Builtin(b) = v {
        if std::ptr::eq(b.func as *const (), encode_basestring_ascii as *const ()) {
            return StrEncoder::Native(Escaping::Ascii);
        }
        if std::ptr::eq(b.func as *const (), encode_basestring as *const ()) {
            return StrEncoder::Native(Escaping::Unicode);
        }
    }
    StrEncoder::Call(v.clone())
}

fn str_arg(v: &Value, what: &str) -> PyResult<String> {
    match as_pystr(v) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(PyErr::type_error(format!("make_encoder() argument {what} must be str, not {}", type_name(v)))),
    }
}

/// `encode(o, level, markers, default, encoder, indent, key_separator, item_separator, sort_keys,
/// skipkeys, allow_nan)`: `o` as JSON text, in a list of one chunk (what the C encoder returns).
fn encode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("encode", a, k, 11, 11)?;
    let level = int_arg(vm, &a[1])?.max(0) as usize;
    let indent = match &a[5] {
        Value::None => None,
        v => Some(str_arg(v, "4")?),
    };
    let mut enc = Encoder {
        markers: if a[2].is_none() { None } else { Some(HashSet::new()) },
        default: a[3].clone(),
        strings: str_encoder(&a[4]),
        indent,
        key_separator: str_arg(&a[6], "5")?,
        item_separator: str_arg(&a[7], "6")?,
        sort_keys: vm.truthy(&a[8])?,
        skipkeys: vm.truthy(&a[9])?,
        allow_nan: vm.truthy(&a[10])?,
        out: String::new(),
    };
    enc.encode(vm, &a[0], level)?;
    Ok(Value::list(vec![Value::string(std::mem::take(&mut enc.out))]))
}
