//! The escape codecs of `_codecs`: `unicode_escape` and `raw_unicode_escape` (text as Python
//! string-literal escapes, read back with `final` and the error handlers), and
//! `escape_encode` / `escape_decode` (bytes as bytes-literal escapes; their errors are
//! ValueErrors, as CPython's).

use super::handler::{Failure, on_decode};
use super::{args, bytes_result, errors_arg, flag_arg, str_or_bytes_arg, text_arg, text_result};
use crate::codecs::ErrorHandler;
use crate::modules::convert::type_name;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
fn hex_escape(out: &mut Vec<u8>, n: u32) {
    let s = if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// `unicode_escape_encode(str, errors=None)`.
pub fn unicode_escape_encode(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("unicode_escape_encode", a, k, 1, 2)?;
    let text = text_arg("unicode_escape_encode", a)?;
    errors_arg("unicode_escape_encode", a, 1)?;
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => hex_escape(&mut out, c as u32),
        }
    }
    bytes_result(out, text.chars().count())
}

/// `raw_unicode_escape_encode(str, errors=None)`: Latin-1 as itself, the rest escaped.
pub fn raw_unicode_escape_encode(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("raw_unicode_escape_encode", a, k, 1, 2)?;
    let text = text_arg("raw_unicode_escape_encode", a)?;
    errors_arg("raw_unicode_escape_encode", a, 1)?;
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            n @ 0..=0xff => out.push(n as u8),
            n => hex_escape(&mut out, n),
        }
    }
    bytes_result(out, text.chars().count())
}

/// What reading one escape gave.
enum Escape {
    /// A character, and the position after the escape.
    Char(char, usize),
    /// An octal escape's character (past `\377` it is deprecated), and the position after it.
    Octal(char, usize),
    /// Nothing (a backslash-newline), and the position after it.
    Nothing(usize),
    /// Not an escape: the backslash is kept as itself.
    Literal,
    /// The input ended inside the escape (the caller stops there unless this is the end).
    Incomplete { end: usize, reason: &'static str },
    /// A malformed escape ending at `end`.
    Bad { end: usize, reason: &'static str },
}

/// Reads `count` hex digits from `at`: the value, or where reading stopped.
fn hex_digits(data: &[u8], at: usize, count: usize, reason: &'static str) -> Result<u32, Escape> {
    let mut value: u32 = 0;
    for i in 0..count {
        let Some(&c) = data.get(at + i) else { return Err(Escape::Incomplete { end: data.len(), reason }) };
        let Some(d) = (c as char).to_digit(16) else { return Err(Escape::Bad { end: at + i, reason }) };
        value = value << 4 | d;
    }
    Ok(value)
}

/// A `\x`, `\u` or `\U` escape's character from `at` (just after the letter).
fn hex_char(data: &[u8], at: usize, count: usize, reason: &'static str, too_big: &'static str) -> Escape {
    match hex_digits(data, at, count, reason) {
        Err(e) => e,
        Ok(n) => match char::from_u32(n) {
            Some(c) => Escape::Char(c, at + count),
            None if n > 0x10ffff => Escape::Bad { end: at + count, reason: too_big },
            // A lone surrogate: gilpy's str cannot hold one.
            None => Escape::Bad { end: at + count, reason: "illegal Unicode character" },
        },
    }
}

/// The escape of unicode_escape starting at the backslash at `at`.
fn unicode_escape(data: &[u8], at: usize) -> Escape {
    let Some(&kind) = data.get(at + 1) else { return Escape::Incomplete { end: data.len(), reason: "\\ at end of string" } };
    let next = at + 2;
    let simple = |c: char| Escape::Char(c, next);
    match kind {
        b'\n' => Escape::Nothing(next),
        b'\\' => simple('\\'),
        b'\'' => simple('\''),
        b'"' => simple('"'),
        b'b' => simple('\u{8}'),
        b'f' => simple('\u{c}'),
        b't' => simple('\t'),
        b'n' => simple('\n'),
        b'r' => simple('\r'),
        b'v' => simple('\u{b}'),
        b'a' => simple('\u{7}'),
        b'0'..=b'7' => {
            let mut value = (kind - b'0') as u32;
            let mut end = next;
            while end < next + 2 && end < data.len() && (b'0'..=b'7').contains(&data[end]) {
                value = value * 8 + (data[end] - b'0') as u32;
                end += 1;
            }
            Escape::Octal(char::from_u32(value).unwrap_or('\u{fffd}'), end)
        }
        b'x' => hex_char(data, next, 2, "truncated \\xXX escape", "illegal Unicode character"),
        b'u' => hex_char(data, next, 4, "truncated \\uXXXX escape", "illegal Unicode character"),
        b'U' => hex_char(data, next, 8, "truncated \\UXXXXXXXX escape", "illegal Unicode character"),
        b'N' => named(data, next),
        _ => Escape::Literal,
    }
}

/// `\N{NAME}`, from `at` (just after the N).
fn named(data: &[u8], at: usize) -> Escape {
    const MALFORMED: &str = "malformed \\N character escape";
    match data.get(at) {
        None => return Escape::Incomplete { end: data.len(), reason: MALFORMED },
        Some(b'{') => {}
        Some(_) => return Escape::Bad { end: at, reason: MALFORMED },
    }
    let start = at + 1;
    let Some(len) = data[start..].iter().position(|&c| c == b'}') else { return Escape::Incomplete { end: data.len(), reason: MALFORMED } };
    if len == 0 {
        return Escape::Bad { end: start, reason: MALFORMED };
    }
    let name = String::from_utf8_lossy(&data[start..start + len]);
    match crate::ucd::lookup_name(&name) {
        Some(c) => Escape::Char(c, start + len + 1),
        None => Escape::Bad { end: start + len + 1, reason: "unknown Unicode character name" },
    }
}

/// The escape of raw_unicode_escape at the backslash at `at`: only `\u` and `\U`, and only
/// after an odd number of backslashes in a row.
fn raw_escape(data: &[u8], at: usize) -> Escape {
    let run = data[..at].iter().rev().take_while(|&&c| c == b'\\').count();
    if run % 2 == 1 {
        return Escape::Literal;
    }
    match data.get(at + 1) {
        None => Escape::Incomplete { end: data.len(), reason: "\\ at end of string" },
        Some(b'u') => hex_char(data, at + 2, 4, "truncated \\uXXXX escape", "\\Uxxxxxxxx out of range"),
        Some(b'U') => hex_char(data, at + 2, 8, "truncated \\UXXXXXXXX escape", "\\Uxxxxxxxx out of range"),
        Some(_) => Escape::Literal,
    }
}

/// Decodes escapes with `read` (called at each backslash); `(text, consumed)`.
fn decode_escapes(
    vm: &mut Vm,
    codec: &'static str,
    data: &[u8],
    errors: &ErrorHandler,
    last: bool,
    read: fn(&[u8], usize) -> Escape,
) -> PyResult<(String, usize)> {
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    let mut invalid: Option<String> = None;
    while pos < data.len() {
        let c = data[pos];
        if c != b'\\' {
            out.push(c as char);
            pos += 1;
            continue;
        }
        let (end, reason) = match read(data, pos) {
            Escape::Char(ch, next) => {
                out.push(ch);
                pos = next;
                continue;
            }
            Escape::Octal(ch, next) => {
                if ch as u32 > 0o377 && invalid.is_none() {
                    invalid = Some(format!("invalid octal escape sequence '{}'", String::from_utf8_lossy(&data[pos..next])));
                }
                out.push(ch);
                pos = next;
                continue;
            }
            Escape::Nothing(next) => {
                pos = next;
                continue;
            }
            Escape::Literal => {
                if codec == "unicodeescape" && invalid.is_none() {
                    invalid = Some(format!("invalid escape sequence '\\{}'", data[pos + 1] as char));
                }
                out.push('\\');
                pos += 1;
                continue;
            }
            Escape::Incomplete { .. } if !last => {
                super::deprecated(vm, invalid)?;
                return Ok((out, pos));
            }
            // raw_unicode_escape keeps a final backslash as itself.
            Escape::Incomplete { end, .. } if end == pos + 1 && codec == "rawunicodeescape" => {
                out.push('\\');
                pos += 1;
                continue;
            }
            Escape::Incomplete { end, reason } | Escape::Bad { end, reason } => (end, reason),
        };
        let f = Failure { encoding: codec, start: pos, end, reason };
        let (replacement, resume) = on_decode(vm, errors, &f, data)?;
        out.push_str(&replacement);
        pos = resume;
    }
    super::deprecated(vm, invalid)?;
    Ok((out, data.len()))
}

fn escape_decode_call(vm: &mut Vm, name: &str, codec: &'static str, a: &[Value], k: &KwArgs, read: fn(&[u8], usize) -> Escape) -> PyResult<Value> {
    args(name, a, k, 1, 3)?;
    let data = str_or_bytes_arg(a)?;
    let errors = errors_arg(name, a, 1)?;
    let last = flag_arg(vm, a, 2, true)?;
    let (text, consumed) = decode_escapes(vm, codec, &data, &errors, last, read)?;
    text_result(text, consumed)
}

/// `unicode_escape_decode(data, errors=None, final=True)`.
pub fn unicode_escape_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    escape_decode_call(vm, "unicode_escape_decode", "unicodeescape", a, k, unicode_escape)
}

/// `raw_unicode_escape_decode(data, errors=None, final=True)`.
pub fn raw_unicode_escape_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    escape_decode_call(vm, "raw_unicode_escape_decode", "rawunicodeescape", a, k, raw_escape)
}

/// `escape_encode(bytes, errors=None)`: bytes as a bytes literal's body (quotes escaped).
pub fn escape_encode(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("escape_encode", a, k, 1, 2)?;
    let Value::Bytes(data) = &a[0] else { return Err(PyErr::type_error(format!("escape_encode() argument 1 must be bytes, not {}", type_name(&a[0])))) };
    errors_arg("escape_encode", a, 1)?;
    let mut out = Vec::with_capacity(data.len());
    for &b in data.iter() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => hex_escape(&mut out, b as u32),
        }
    }
    bytes_result(out, data.len())
}

/// `escape_decode(data, errors=None)`: a bytes literal's escapes read back. Only strict,
/// ignore and replace are known; a bad `\x` is a ValueError.
pub fn escape_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("escape_decode", a, k, 1, 2)?;
    let data = str_or_bytes_arg(a)?;
    let errors = match a.get(1) {
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        _ => {
            errors_arg("escape_decode", a, 1)?;
            None
        }
    };
    let mut out = Vec::with_capacity(data.len());
    let mut pos = 0;
    let mut invalid: Option<String> = None;
    while pos < data.len() {
        let c = data[pos];
        pos += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&kind) = data.get(pos) else { return Err(PyErr::value_error("Trailing \\ in string")) };
        pos += 1;
        match kind {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(kind),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut value = (kind - b'0') as u32;
                for _ in 0..2 {
                    match data.get(pos) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                if value > 0o377 && invalid.is_none() {
                    invalid = Some(format!("invalid octal escape sequence '{}'", String::from_utf8_lossy(&data[pos - 4..pos])));
                }
                out.push(value as u8);
            }
            b'x' => {
                let digit = |i: usize| data.get(i).and_then(|&c| (c as char).to_digit(16));
                if let (Some(hi), Some(lo)) = (digit(pos), digit(pos + 1)) {
                    out.push((hi << 4 | lo) as u8);
                    pos += 2;
                    continue;
                }
                match errors.as_deref() {
                    None | Some("strict") => return Err(PyErr::value_error(format!("invalid \\x escape at position {}", pos - 2))),
                    Some("replace") => out.push(b'?'),
                    Some("ignore") => {}
                    Some(other) => return Err(PyErr::value_error(format!("decoding error; unknown error handling code: {other}"))),
                }
                if digit(pos).is_some() {
                    pos += 1;
                }
            }
            _ => {
                if invalid.is_none() {
                    invalid = Some(format!("invalid escape sequence '\\{}'", kind as char));
                }
                out.push(b'\\');
                out.push(kind);
            }
        }
    }
    super::deprecated(vm, invalid)?;
    bytes_result(out, data.len())
}
