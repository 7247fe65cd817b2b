//! Between Python values and `crate::codecs`: the `encoding=` / `errors=` arguments of
//! str.encode, bytes.decode, str(bytes, ...) and open(), and the exceptions a codec failure
//! becomes (UnicodeDecodeError / UnicodeEncodeError with CPython's arguments, LookupError,
//! TypeError).

use crate::codecs::{CodecError, Direction, Encoding, ErrorHandler};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

/// The codec an `encoding=` value names (None: utf-8); LookupError as python3 words it.
pub fn encoding_arg(v: Option<&Value>, what: &str) -> PyResult<Encoding> {
    match v {
        None | Some(Value::None) => Ok(Encoding::Utf8),
        Some(Value::Str(s)) => lookup(s.as_str()),
        Some(other) => Err(PyErr::type_error(format!("{what}() argument 'encoding' must be str, not {}", types().of(other).name))),
    }
}

pub fn lookup(name: &str) -> PyResult<Encoding> {
    Encoding::lookup(name).ok_or_else(|| PyErr::new(ExcKind::LookupError, format!("unknown encoding: {name}")))
}

/// The handler an `errors=` value names (None: strict).
pub fn errors_arg(v: Option<&Value>, what: &str) -> PyResult<ErrorHandler> {
    match v {
        None | Some(Value::None) => Ok(ErrorHandler::Strict),
        Some(Value::Str(s)) => Ok(ErrorHandler::parse(s.as_str())),
        Some(other) => Err(PyErr::type_error(format!("{what}() argument 'errors' must be str, not {}", types().of(other).name))),
    }
}

/// The exception for a codec failure on `input` (the bytes decoded or the text encoded).
pub fn codec_error(e: CodecError, bytes: Option<&[u8]>, text: Option<&str>) -> PyErr {
    match e {
        CodecError::Bad { direction, encoding, start, end, reason } => {
            let (class, object) = match direction {
                Direction::Decode => (ExcKind::UnicodeDecodeError, Value::Bytes(Arc::new(bytes.unwrap_or_default().to_vec()))),
                Direction::Encode => (ExcKind::UnicodeEncodeError, Value::str(text.unwrap_or_default())),
            };
            PyErr::with_args(class, vec![Value::str(encoding), object, Value::Int(start as i64), Value::Int(end as i64), Value::string(reason)])
        }
        CodecError::UnknownHandler(name) => PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{name}'")),
        CodecError::HandlerCannot { handler, direction } => {
            let kind = if direction == Direction::Decode { "UnicodeDecodeError" } else { "UnicodeEncodeError" };
            let _ = handler;
            PyErr::type_error(format!("don't know how to handle {kind} in error callback"))
        }
        CodecError::NoMemory => crate::vm::ops::memory_error(),
    }
}

pub fn decode(enc: Encoding, bytes: &[u8], errors: &ErrorHandler) -> PyResult<String> {
    // utf-8-sig's errors are about the bytes after the mark.
    let object = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) if enc == Encoding::Utf8Sig => rest,
        _ => bytes,
    };
    crate::codecs::decode(enc, bytes, errors).map_err(|e| codec_error(e, Some(object), None))
}

pub fn encode(enc: Encoding, text: &str, errors: &ErrorHandler) -> PyResult<Vec<u8>> {
    crate::codecs::encode(enc, text, errors).map_err(|e| codec_error(e, None, Some(text)))
}

/// str() of a UnicodeDecodeError / UnicodeEncodeError made from its five arguments, as CPython
/// words it; None when the arguments are not those five.
pub fn unicode_error_str(decode: bool, args: &[Value]) -> Option<String> {
    let [Value::Str(enc), object, Value::Int(start), Value::Int(end), Value::Str(reason)] = args else { return None };
    let (start, end) = ((*start).max(0) as usize, (*end).max(0) as usize);
    let (bytes, chars): (Vec<u8>, Vec<char>) = match object {
        Value::Bytes(b) if decode => (b.to_vec(), Vec::new()),
        Value::Str(s) if !decode => (Vec::new(), s.as_str().chars().collect()),
        _ => return None,
    };
    let direction = if decode { Direction::Decode } else { Direction::Encode };
    Some(CodecError::message(enc.as_str(), direction, start, end, reason.as_str(), &bytes, &chars))
}
