//! bytes: constructor, decode and the common methods.

use crate::objects::ExcKind;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

pub fn decode_bytes(b: &[u8], enc: &str) -> PyResult<Value> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            Err(PyErr::new(ExcKind::UnicodeDecodeError, format!("'{}' codec can't decode byte 0x{:02x} in position {}: invalid start byte", enc, b[pos], pos)))
        }
    }
}

fn this(a: &[Value]) -> PyResult<&Arc<Vec<u8>>> {
    match a.first() {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(PyErr::type_error("descriptor requires a 'bytes' object")),
    }
}

fn arg_bytes(v: &Value) -> PyResult<&[u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        _ => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(v).name))),
    }
}

/// The argument after `self` that a method needs: TypeError in CPython's words when missing.
fn first_arg<'a>(a: &'a [Value], method: &str) -> PyResult<&'a Value> {
    a.get(1).ok_or_else(|| PyErr::type_error(format!("{method}() takes at least 1 argument (0 given)")))
}

fn b(v: Vec<u8>) -> PyResult<Value> {
    Ok(Value::Bytes(Arc::new(v)))
}

fn bytes_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if let Some((key, _)) = k.iter().find(|(n, _)| !matches!(n.as_str(), "source" | "encoding" | "errors")) {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for bytes()", key.as_str())));
    }
    if a.len() > 4 || a.len() - 1 + k.len() > 3 {
        return Err(PyErr::type_error(format!("bytes() takes at most 3 arguments ({} given)", a.len() - 1 + k.len())));
    }
    let source = a.get(1).or(super::args::kwarg(k, "source"));
    let encoding = a.get(2).or(super::args::kwarg(k, "encoding"));
    let errors = a.get(3).or(super::args::kwarg(k, "errors"));
    for (what, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v.filter(|v| !matches!(v, Value::Str(_))) {
            return Err(PyErr::type_error(format!("bytes() argument '{what}' must be str, not {}", types().of(v).name)));
        }
    }
    match source {
        Some(Value::Str(_)) if encoding.is_none() => Err(PyErr::type_error("string argument without an encoding")),
        // The encoding is checked as str.encode checks it (an unknown one is LookupError).
        Some(s @ Value::Str(_)) => super::str::encode(vm, &[s.clone(), encoding.unwrap().clone()], &Vec::new()),
        _ if encoding.is_some() => Err(PyErr::type_error("encoding without a string argument")),
        _ if errors.is_some() => Err(PyErr::type_error("errors without a string argument")),
        None => b(vec![]),
        Some(Value::Int(n)) if *n < 0 => Err(PyErr::value_error("negative count")),
        Some(Value::Int(n)) => b(crate::modules::convert::zeroed(*n as usize)?),
        Some(Value::Bytes(x)) => b(x.to_vec()),
        // An array.array is a buffer: its bytes, not its items.
        Some(v) if crate::modules::array::as_array(v).is_some() => b(crate::modules::array::array_bytes(v).unwrap_or_default()),
        Some(v) => {
            let mut out = Vec::new();
            for x in vm.collect(v)? {
                let n = vm.index_value(&x)?;
                if !(0..256).contains(&n) {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            b(out)
        }
    }
}

fn decode(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let enc = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_lowercase(),
        _ => "utf-8".into(),
    };
    decode_bytes(this(a)?, &enc)
}

fn split(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = this(a)?;
    let parts: Vec<Value> = match a.get(1) {
        Some(sep) => {
            let sep = arg_bytes(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= me.len() {
                if &me[i..i + sep.len()] == sep {
                    out.push(Value::Bytes(Arc::new(me[start..i].to_vec())));
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(Value::Bytes(Arc::new(me[start..].to_vec())));
            out
        }
        None => me.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| Value::Bytes(Arc::new(p.to_vec()))).collect(),
    };
    Ok(Value::list(parts))
}

fn join(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let sep = this(a)?.clone();
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("bytes.join() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let mut out = Vec::new();
    for (i, x) in vm.collect(&a[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(arg_bytes(x)?);
    }
    b(out)
}

fn strip(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = this(a)?;
    let s = me.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(me.len());
    let e = me.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(s, |i| i + 1);
    b(me[s..e.max(s)].to_vec())
}

fn upper(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    b(this(a)?.to_ascii_uppercase())
}
fn lower(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    b(this(a)?.to_ascii_lowercase())
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn replace(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = this(a)?;
    if a.len() < 3 {
        return Err(PyErr::type_error(format!("replace expected at least 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let old = arg_bytes(&a[1])?;
    let new = arg_bytes(&a[2])?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < me.len() {
        if !old.is_empty() && me[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
        } else {
            out.push(me[i]);
            i += 1;
        }
    }
    b(out)
}

fn find(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    first_arg(a, "find")?;
    Ok(Value::Int(find_sub(this(a)?, arg_bytes(&a[1])?).map_or(-1, |i| i as i64)))
}

fn index(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    first_arg(a, "index")?;
    find_sub(this(a)?, arg_bytes(&a[1])?).map(|i| Value::Int(i as i64)).ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn count(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = this(a)?;
    let n = arg_bytes(first_arg(a, "count")?)?;
    let mut c = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&me[i..], n) {
        c += 1;
        i += p + n.len().max(1);
        if i > me.len() {
            break;
        }
    }
    Ok(Value::Int(c))
}

fn startswith(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    first_arg(a, "startswith")?;
    Ok(Value::Bool(this(a)?.starts_with(arg_bytes(&a[1])?)))
}
fn endswith(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    first_arg(a, "endswith")?;
    Ok(Value::Bool(this(a)?.ends_with(arg_bytes(&a[1])?)))
}

fn hex(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(this(a)?.iter().map(|c| format!("{c:02x}")).collect()))
}

fn fromhex(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = super::args::arg_str(a.last().unwrap_or(&Value::None), "fromhex")?;
    let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    for i in (0..clean.len()).step_by(2) {
        let byte = u8::from_str_radix(clean.get(i..i + 2).unwrap_or("x"), 16)
            .map_err(|_| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")))?;
        out.push(byte);
    }
    b(out)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", bytes_new),
    ("decode", decode),
    ("split", split),
    ("join", join),
    ("strip", strip),
    ("upper", upper),
    ("lower", lower),
    ("replace", replace),
    ("find", find),
    ("index", index),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("hex", hex),
];

pub fn install() {
    for (n, f) in METHODS {
        types().bytes.dict.set_str(intern(n), Builtin::method("bytes", n, *f));
    }
    types().bytes.dict.set_str(crate::name!("fromhex").clone(), Builtin::new("fromhex", fromhex));
}
