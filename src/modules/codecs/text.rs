//! The Unicode and 8-bit text codecs of `_codecs`: ascii, latin-1, utf-8, utf-16 and utf-32
//! (with a byte order mark, a fixed order, or `_ex_decode`'s reported order). The codecs
//! themselves are `crate::codecs`; this file reads the arguments, keeps an incomplete final
//! character for the next call when `final` is false, and applies registered error handlers.

use super::handler::{Failure, Replacement, encode_error, on_decode, on_encode};
use super::{args, bytes_arg, bytes_result, errors_arg, flag_arg, int_arg, text_arg, text_result};
use crate::codecs::{CodecError, Encoding, ErrorHandler, decode_prefix_len};
use crate::objects::function::KwArgs;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;

/// Which byte order a utf-16/32 call reads or writes: CPython's `byteorder` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// -1
    Little,
    /// 0: a byte order mark says (native, little, when encoding or when there is none).
    Mark,
    /// 1
    Big,
}

impl Order {
    fn from_int(n: i64) -> Order {
        match n {
            n if n < 0 => Order::Little,
            0 => Order::Mark,
            _ => Order::Big,
        }
    }

    fn number(self) -> i64 {
        match self {
            Order::Little => -1,
            Order::Mark => 0,
            Order::Big => 1,
        }
    }
}

/// The utf-16 or utf-32 codec of a fixed byte order.
fn wide(bits32: bool, order: Order) -> Encoding {
    match (bits32, order == Order::Big) {
        (false, false) => Encoding::Utf16Le,
        (false, true) => Encoding::Utf16Be,
        (true, false) => Encoding::Utf32Le,
        (true, true) => Encoding::Utf32Be,
    }
}

/// Decodes `data[base..end]` with `enc` (no byte order mark read), the handler applied at each
/// failure; positions in errors count from the start of `data`.
fn decode_span(vm: &mut Vm, enc: Encoding, data: &[u8], base: usize, end: usize, errors: &ErrorHandler) -> PyResult<String> {
    let shift = |e: CodecError, by: usize| match e {
        CodecError::Bad { direction, encoding, start, end, reason } => CodecError::Bad { direction, encoding, start: start + by, end: end + by, reason },
        other => other,
    };
    if !matches!(errors, ErrorHandler::Unknown(_)) {
        return crate::codecs::decode(enc, &data[base..end], errors)
            .map_err(|e| crate::builtins::codec_args::codec_error(shift(beyond_cut(enc, data, base, end, e), base), Some(data), None));
    }
    let mut out = String::new();
    let mut pos = base;
    while pos < end {
        match crate::codecs::decode(enc, &data[pos..end], &ErrorHandler::Strict).map_err(|e| beyond_cut(enc, data, pos, end, e)) {
            Ok(s) => {
                out.push_str(&s);
                break;
            }
            Err(CodecError::Bad { encoding, start, end: stop, reason, .. }) => {
                out.push_str(&crate::codecs::decode(enc, &data[pos..pos + start], &ErrorHandler::Strict).unwrap_or_default());
                let f = Failure { encoding, start: pos + start, end: pos + stop, reason: &reason };
                let (replacement, resume) = on_decode(vm, errors, &f, data)?;
                out.push_str(&replacement);
                pos = resume;
            }
            Err(other) => return Err(crate::builtins::codec_args::codec_error(other, Some(data), None)),
        }
    }
    Ok(out)
}

/// The failure of decoding `data[from..]` where decoding `data[from..end]` (cut before an
/// incomplete final character) failed with `e` at the cut: the bytes after the cut may show the
/// sequence was not incomplete but malformed ("invalid continuation byte").
fn beyond_cut(enc: Encoding, data: &[u8], from: usize, end: usize, e: CodecError) -> CodecError {
    if let CodecError::Bad { start, end: stop, .. } = &e
        && from + stop == end
        && end < data.len()
        && let Err(whole @ CodecError::Bad { start: s2, .. }) = crate::codecs::decode(enc, &data[from..], &ErrorHandler::Strict)
        && s2 == *start
    {
        return whole;
    }
    e
}

/// Encodes `text` with `enc` (no byte order mark written), the handler applied to each run of
/// characters the codec cannot encode.
fn encode_text(vm: &mut Vm, enc: Encoding, text: &str, errors: &ErrorHandler) -> PyResult<Vec<u8>> {
    if !matches!(errors, ErrorHandler::Unknown(_)) {
        return crate::builtins::codec_args::encode(enc, text, errors);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < chars.len() {
        let rest: String = chars[pos..].iter().collect();
        match crate::codecs::encode(enc, &rest, &ErrorHandler::Strict) {
            Ok(b) => {
                out.extend_from_slice(&b);
                break;
            }
            Err(CodecError::Bad { encoding, start, end, reason, .. }) => {
                let before: String = chars[pos..pos + start].iter().collect();
                out.extend_from_slice(&crate::codecs::encode(enc, &before, &ErrorHandler::Strict).unwrap_or_default());
                let f = Failure { encoding, start: pos + start, end: pos + end, reason: &reason };
                let (replacement, resume) = on_encode(vm, errors, &f, &chars)?;
                match replacement {
                    Replacement::Bytes(b) => out.extend_from_slice(&b),
                    Replacement::Text(t) => out.extend_from_slice(&crate::codecs::encode(enc, &t, &ErrorHandler::Strict).map_err(|_| encode_error(&f, text))?),
                }
                pos = resume;
            }
            Err(other) => return Err(crate::builtins::codec_args::codec_error(other, None, Some(text))),
        }
    }
    Ok(out)
}

/// `NAME_encode(str, errors=None)` of a codec without a byte order.
fn simple_encode(vm: &mut Vm, name: &str, enc: Encoding, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args(name, a, k, 1, 2)?;
    let text = text_arg(name, a)?;
    let errors = errors_arg(name, a, 1)?;
    let out = encode_text(vm, enc, text, &errors)?;
    bytes_result(out, text.chars().count())
}

/// `NAME_decode(data, errors=None[, final=False])` of a codec without a byte order mark.
fn simple_decode(vm: &mut Vm, name: &str, enc: Encoding, a: &[Value], k: &KwArgs, takes_final: bool) -> PyResult<Value> {
    args(name, a, k, 1, if takes_final { 3 } else { 2 })?;
    let data = bytes_arg(a)?;
    let errors = errors_arg(name, a, 1)?;
    let last = !takes_final || flag_arg(vm, a, 2, false)?;
    let end = decode_prefix_len(enc, &data, last);
    let text = decode_span(vm, enc, &data, 0, end, &errors)?;
    text_result(text, end)
}

macro_rules! simple_codec {
    ($enc_fn:ident, $dec_fn:ident, $name:literal, $enc:expr, $final:expr) => {
        pub fn $enc_fn(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            simple_encode(vm, concat!($name, "_encode"), $enc, a, k)
        }
        pub fn $dec_fn(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            simple_decode(vm, concat!($name, "_decode"), $enc, a, k, $final)
        }
    };
}

simple_codec!(ascii_encode, ascii_decode, "ascii", Encoding::Ascii, false);
simple_codec!(latin_1_encode, latin_1_decode, "latin_1", Encoding::Latin1, false);
simple_codec!(utf_8_encode, utf_8_decode, "utf_8", Encoding::Utf8, true);
simple_codec!(utf_16_le_encode, utf_16_le_decode, "utf_16_le", Encoding::Utf16Le, true);
simple_codec!(utf_16_be_encode, utf_16_be_decode, "utf_16_be", Encoding::Utf16Be, true);
simple_codec!(utf_32_le_encode, utf_32_le_decode, "utf_32_le", Encoding::Utf32Le, true);
simple_codec!(utf_32_be_encode, utf_32_be_decode, "utf_32_be", Encoding::Utf32Be, true);

/// `utf_16_encode` / `utf_32_encode(str, errors=None, byteorder=0)`: with a byte order mark
/// (little-endian) for 0, none for -1 (little) and 1 (big).
fn wide_encode(vm: &mut Vm, name: &str, bits32: bool, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args(name, a, k, 1, 3)?;
    let text = text_arg(name, a)?;
    let errors = errors_arg(name, a, 1)?;
    let order = Order::from_int(int_arg(vm, a, 2)?);
    let mut out = match (order, bits32) {
        (Order::Mark, false) => b"\xff\xfe".to_vec(),
        (Order::Mark, true) => b"\xff\xfe\x00\x00".to_vec(),
        _ => Vec::new(),
    };
    out.extend(encode_text(vm, wide(bits32, order), text, &errors)?);
    bytes_result(out, text.chars().count())
}

pub fn utf_16_encode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    wide_encode(vm, "utf_16_encode", false, a, k)
}

pub fn utf_32_encode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    wide_encode(vm, "utf_32_encode", true, a, k)
}

/// Decodes utf-16/32 data in `order`, reading a byte order mark first when the order is
/// `Mark`: the text, the bytes consumed, and the order found.
fn wide_decode(vm: &mut Vm, bits32: bool, data: &[u8], errors: &ErrorHandler, order: Order, last: bool) -> PyResult<(String, usize, Order)> {
    let (mark_le, mark_be): (&[u8], &[u8]) = if bits32 { (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") } else { (b"\xff\xfe", b"\xfe\xff") };
    let mut order = order;
    let mut base = 0;
    if order == Order::Mark {
        if data.starts_with(mark_le) {
            order = Order::Little;
            base = mark_le.len();
        } else if data.starts_with(mark_be) {
            order = Order::Big;
            base = mark_be.len();
        } else if !last && data.len() < mark_le.len() {
            // Too short to tell whether a mark is coming.
            return Ok((String::new(), 0, Order::Mark));
        }
    }
    let enc = wide(bits32, order);
    let end = base + decode_prefix_len(enc, &data[base..], last);
    let text = decode_span(vm, enc, data, base, end, errors)?;
    Ok((text, end, order))
}

/// `utf_16_decode` / `utf_32_decode(data, errors=None, final=False)`.
fn wide_decode_call(vm: &mut Vm, name: &str, bits32: bool, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args(name, a, k, 1, 3)?;
    let data = bytes_arg(a)?;
    let errors = errors_arg(name, a, 1)?;
    let last = flag_arg(vm, a, 2, false)?;
    let (text, consumed, _) = wide_decode(vm, bits32, &data, &errors, Order::Mark, last)?;
    text_result(text, consumed)
}

pub fn utf_16_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    wide_decode_call(vm, "utf_16_decode", false, a, k)
}

pub fn utf_32_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    wide_decode_call(vm, "utf_32_decode", true, a, k)
}

/// `utf_16_ex_decode` / `utf_32_ex_decode(data, errors=None, byteorder=0, final=False)`:
/// `(text, consumed, byteorder)`, the order being the one a mark selected.
fn wide_ex_decode(vm: &mut Vm, name: &str, bits32: bool, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args(name, a, k, 1, 4)?;
    let data = bytes_arg(a)?;
    let errors = errors_arg(name, a, 1)?;
    let order = Order::from_int(int_arg(vm, a, 2)?);
    let last = flag_arg(vm, a, 3, false)?;
    let (text, consumed, found) = wide_decode(vm, bits32, &data, &errors, order, last)?;
    Ok(Value::tuple(vec![Value::string(text), Value::Int(consumed as i64), Value::Int(found.number())]))
}

pub fn utf_16_ex_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    wide_ex_decode(vm, "utf_16_ex_decode", false, a, k)
}

pub fn utf_32_ex_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    wide_ex_decode(vm, "utf_32_ex_decode", true, a, k)
}
