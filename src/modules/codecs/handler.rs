//! The error handlers of `_codecs`' functions: what a codec does at each sequence it cannot
//! decode or each run of characters it cannot encode. The built-in handlers are applied here;
//! any other name is looked up with `codecs.lookup_error` (the registry of handlers lives in
//! codecs.py) and called with the UnicodeDecodeError / UnicodeEncodeError, as CPython does.

use crate::codecs::{CodecError, Direction, ErrorHandler, escape_char};
use crate::objects::exceptions::new_exception;
use crate::objects::function::NO_KWARGS;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{Arc, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// One failure of a codec: where it is in the input and why.
pub struct Failure<'a> {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'a str,
}

/// What an encode error handler gives back: text (to be encoded by the codec) or bytes.
pub enum Replacement {
    Text(String),
    Bytes(Vec<u8>),
}

fn exception(direction: Direction, f: &Failure, object: Value) -> Value {
    let kind = if direction == Direction::Decode { ExcKind::UnicodeDecodeError } else { ExcKind::UnicodeEncodeError };
    let args = vec![Value::str(f.encoding), object, Value::Int(f.start as i64), Value::Int(f.end as i64), Value::str(f.reason)];
    new_exception(types().exc(kind).clone(), args)
}

/// The UnicodeDecodeError for `f` in `bytes`.
pub fn decode_error(f: &Failure, bytes: &[u8]) -> PyErr {
    let bad = CodecError::Bad { direction: Direction::Decode, encoding: f.encoding, start: f.start, end: f.end, reason: f.reason.to_string() };
    crate::builtins::codec_args::codec_error(bad, Some(bytes), None)
}

/// The UnicodeEncodeError for `f` in `text`.
pub fn encode_error(f: &Failure, text: &str) -> PyErr {
    let bad = CodecError::Bad { direction: Direction::Encode, encoding: f.encoding, start: f.start, end: f.end, reason: f.reason.to_string() };
    crate::builtins::codec_args::codec_error(bad, None, Some(text))
}

fn cannot(direction: Direction) -> PyErr {
    let kind = if direction == Direction::Decode { "UnicodeDecodeError" } else { "UnicodeEncodeError" };
    PyErr::type_error(format!("don't know how to handle {kind} in error callback"))
}

/// The handler registered in codecs.py under `name` (LookupError when there is none).
fn registered(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let codecs = vm.import_module("codecs")?;
    let lookup = vm.get_attr(&codecs, &intern("lookup_error"))?;
    vm.call(&lookup, &[Value::str(name)], NO_KWARGS)
}

/// Calls a registered handler and checks its answer: `(replacement, resume)` with `resume`
/// counted from the end when negative, and inside the input.
fn call_registered(vm: &mut Vm, name: &str, exc: Value, length: usize, direction: Direction) -> PyResult<(Value, usize)> {
    let handler = registered(vm, name)?;
    let result = vm.call(&handler, &[exc], NO_KWARGS)?;
    let shape = if direction == Direction::Decode {
        "decoding error handler must return (str, int) tuple"
    } else {
        "encoding error handler must return (str/bytes, int) tuple"
    };
    let Value::Tuple(t) = &result else { return Err(PyErr::type_error(shape)) };
    let [replacement, Value::Int(resume)] = &t[..] else { return Err(PyErr::type_error(shape)) };
    let ok = match replacement {
        Value::Str(_) => true,
        Value::Bytes(_) => direction == Direction::Encode,
        _ => false,
    };
    if !ok {
        return Err(PyErr::type_error(shape));
    }
    let resume = if *resume < 0 { *resume + length as i64 } else { *resume };
    if resume < 0 || resume > length as i64 {
        return Err(PyErr::new(ExcKind::IndexError, format!("position {resume} from error handler out of bounds")));
    }
    Ok((replacement.clone(), resume as usize))
}

/// The text a decode failure becomes and the byte position decoding resumes at.
pub fn on_decode(vm: &mut Vm, errors: &ErrorHandler, f: &Failure, bytes: &[u8]) -> PyResult<(String, usize)> {
    Ok(match errors {
        ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass => return Err(decode_error(f, bytes)),
        ErrorHandler::Ignore => (String::new(), f.end),
        ErrorHandler::Replace => ("\u{fffd}".to_string(), f.end),
        ErrorHandler::BackslashReplace => (bytes[f.start..f.end].iter().map(|b| format!("\\x{b:02x}")).collect(), f.end),
        ErrorHandler::XmlCharRefReplace | ErrorHandler::NameReplace => return Err(cannot(Direction::Decode)),
        ErrorHandler::Unknown(name) => {
            let exc = exception(Direction::Decode, f, Value::Bytes(Arc::new(bytes.to_vec())));
            let (replacement, resume) = call_registered(vm, name, exc, bytes.len(), Direction::Decode)?;
            let Value::Str(s) = replacement else { unreachable!("checked by call_registered") };
            (s.as_str().to_string(), resume)
        }
    })
}

/// What an encode failure over `chars[f.start..f.end]` becomes and the character position
/// encoding resumes at.
pub fn on_encode(vm: &mut Vm, errors: &ErrorHandler, f: &Failure, chars: &[char]) -> PyResult<(Replacement, usize)> {
    let bad = &chars[f.start..f.end];
    let text = |each: &dyn Fn(char) -> String| Replacement::Text(bad.iter().map(|c| each(*c)).collect());
    Ok(match errors {
        ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass => {
            return Err(encode_error(f, &chars.iter().collect::<String>()));
        }
        ErrorHandler::Ignore => (Replacement::Text(String::new()), f.end),
        ErrorHandler::Replace => (text(&|_| "?".to_string()), f.end),
        ErrorHandler::BackslashReplace => (text(&escape_char), f.end),
        ErrorHandler::XmlCharRefReplace => (text(&|c| format!("&#{};", c as u32)), f.end),
        ErrorHandler::NameReplace => (
            text(&|c| match crate::ucd::name(c) {
                Some(name) => format!("\\N{{{name}}}"),
                None => escape_char(c),
            }),
            f.end,
        ),
        ErrorHandler::Unknown(name) => {
            let exc = exception(Direction::Encode, f, Value::string(chars.iter().collect()));
            let (replacement, resume) = call_registered(vm, name, exc, chars.len(), Direction::Encode)?;
            match replacement {
                Value::Str(s) => (Replacement::Text(s.as_str().to_string()), resume),
                Value::Bytes(b) => (Replacement::Bytes(b.to_vec()), resume),
                _ => unreachable!("checked by call_registered"),
            }
        }
    })
}
