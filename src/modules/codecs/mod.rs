//! `_codecs`, the native codec functions CPython's `codecs` module re-exports: each text
//! codec's `X_encode(str, errors=None)` / `X_decode(data, errors=None, final=...)` returning
//! `(result, consumed)` (text.rs), the escape codecs (escape.rs), the charmap codec and
//! `charmap_build`'s EncodingMap (charmap.rs), and `readbuffer_encode`. Error handlers are
//! applied by handler.rs (built-in ones natively, registered ones through codecs.py).

mod charmap;
mod escape;
mod handler;
mod text;

use super::make_module;
use crate::builtins::args::check_args;
use crate::codecs::ErrorHandler;
use crate::modules::convert::{buffer_bytes, type_name};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{Arc, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn create() -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("ascii_encode", text::ascii_encode),
        ("ascii_decode", text::ascii_decode),
        ("latin_1_encode", text::latin_1_encode),
        ("latin_1_decode", text::latin_1_decode),
        ("utf_8_encode", text::utf_8_encode),
        ("utf_8_decode", text::utf_8_decode),
        ("utf_16_encode", text::utf_16_encode),
        ("utf_16_decode", text::utf_16_decode),
        ("utf_16_le_encode", text::utf_16_le_encode),
        ("utf_16_le_decode", text::utf_16_le_decode),
        ("utf_16_be_encode", text::utf_16_be_encode),
        ("utf_16_be_decode", text::utf_16_be_decode),
        ("utf_16_ex_decode", text::utf_16_ex_decode),
        ("utf_32_encode", text::utf_32_encode),
        ("utf_32_decode", text::utf_32_decode),
        ("utf_32_le_encode", text::utf_32_le_encode),
        ("utf_32_le_decode", text::utf_32_le_decode),
        ("utf_32_be_encode", text::utf_32_be_encode),
        ("utf_32_be_decode", text::utf_32_be_decode),
        ("utf_32_ex_decode", text::utf_32_ex_decode),
        ("unicode_escape_encode", escape::unicode_escape_encode),
        ("unicode_escape_decode", escape::unicode_escape_decode),
        ("raw_unicode_escape_encode", escape::raw_unicode_escape_encode),
        ("raw_unicode_escape_decode", escape::raw_unicode_escape_decode),
        ("escape_encode", escape::escape_encode),
        ("escape_decode", escape::escape_decode),
        ("charmap_build", charmap::charmap_build),
        ("charmap_encode", charmap::charmap_encode),
        ("charmap_decode", charmap::charmap_decode),
        ("readbuffer_encode", readbuffer_encode),
    ];
    make_module("_codecs", funcs).0
}

/// Checks a function's positional-only arguments (`min..=max` of them, no keywords).
fn args(name: &str, a: &[Value], k: &KwArgs, min: usize, max: usize) -> PyResult<()> {
    check_args(name, a, k, min, max)
}

/// The text argument of an encoder: "ascii_encode() argument 1 must be str, not bytes".
fn text_arg<'a>(name: &str, a: &'a [Value]) -> PyResult<&'a str> {
    match &a[0] {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!("{name}() argument 1 must be str, not {}", type_name(other)))),
    }
}

/// The data argument of a decoder: any bytes-like object.
fn bytes_arg(a: &[Value]) -> PyResult<Vec<u8>> {
    buffer_bytes(&a[0])?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(&a[0]))))
}

/// The data argument of the decoders that also take str (its UTF-8 bytes), as CPython's `s*`.
fn str_or_bytes_arg(a: &[Value]) -> PyResult<Vec<u8>> {
    match &a[0] {
        Value::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
        _ => bytes_arg(a),
    }
}

/// The `errors` argument (position `i`): a handler name or None (strict).
fn errors_arg(name: &str, a: &[Value], i: usize) -> PyResult<ErrorHandler> {
    match a.get(i) {
        None | Some(Value::None) => Ok(ErrorHandler::Strict),
        Some(Value::Str(s)) => Ok(ErrorHandler::parse(s.as_str())),
        Some(other) => Err(PyErr::type_error(format!("{name}() argument {} must be str or None, not {}", i + 1, type_name(other)))),
    }
}

/// A flag argument (`final`) at position `i`, false when absent.
fn flag_arg(vm: &mut Vm, a: &[Value], i: usize, default: bool) -> PyResult<bool> {
    match a.get(i) {
        None => Ok(default),
        Some(v) => vm.truthy(v),
    }
}

/// An int argument (`byteorder`) at position `i`, 0 when absent.
fn int_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<i64> {
    match a.get(i) {
        None => Ok(0),
        Some(v) => crate::builtins::binary_args::int_arg(vm, v),
    }
}

fn bytes_result(b: Vec<u8>, consumed: usize) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::Bytes(Arc::new(b)), Value::Int(consumed as i64)]))
}

fn text_result(s: String, consumed: usize) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::string(s), Value::Int(consumed as i64)]))
}

/// `readbuffer_encode(data, errors=None)`: the bytes of a buffer (or of a str in UTF-8).
fn readbuffer_encode(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("readbuffer_encode", a, k, 1, 2)?;
    let data = str_or_bytes_arg(a)?;
    errors_arg("readbuffer_encode", a, 1)?;
    let n = data.len();
    bytes_result(data, n)
}

/// Issues the DeprecationWarning of an invalid escape (the first one met), at the caller's line.
fn deprecated(vm: &mut Vm, message: Option<String>) -> PyResult<()> {
    let Some(message) = message else { return Ok(()) };
    let warnings = vm.import_module("warnings")?;
    let warn = vm.get_attr(&warnings, &crate::objects::str::intern("warn"))?;
    let category = Value::Class(crate::objects::types::types().exc(crate::objects::ExcKind::DeprecationWarning).clone());
    vm.call(&warn, &[Value::string(message), category], crate::objects::function::NO_KWARGS)?;
    Ok(())
}
