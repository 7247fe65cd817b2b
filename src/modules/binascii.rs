//! `binascii`: hex, base64, uuencode, quoted-printable and CRC conversions between binary data and ASCII, natively as
//! CPython's C module (base64.py, in gilpy, builds on it), with its `Error` (a ValueError) and
//! `Incomplete`. Decoders take bytes-like objects or ASCII str; encoders only bytes-like objects.
//! Hand-rolled rather than the `base64` crate, to follow CPython's lenient decoding (skipping
//! non-alphabet characters, stopping at a complete pad) and its error messages exactly.

use crate::builtins::args::kwarg;
use crate::modules::convert::{buffer_bytes, index_big, type_name};
use crate::objects::Arc;
use crate::objects::class::{Class, Kind};
use crate::objects::exceptions::new_exception;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::sync::OnceLock;

fn exc_class(name: &str, base: ExcKind) -> Arc<Class> {
    let c = make_class_in("binascii", name, vec![types().exc(base)], Kind::Exception);
    c.dict.set_str(crate::name!("__module__").clone(), Value::str("binascii"));
    c
}

/// `binascii.Error`.
pub fn error_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| exc_class("Error", ExcKind::ValueError))
}

fn incomplete_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| exc_class("Incomplete", ExcKind::Exception))
}

pub fn error(msg: impl Into<String>) -> PyErr {
    PyErr::from_value(new_exception(error_class().clone(), vec![Value::string(msg.into())]))
}

/// A bytes-like argument of an encoder.
fn binary_arg(v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

/// An argument of a decoder: bytes-like, or a str of ASCII characters.
pub fn ascii_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Str(s) = v {
        if !s.as_str().is_ascii() {
            return Err(PyErr::value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    buffer_bytes(v)?.ok_or_else(|| PyErr::type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", type_name(v))))
}

fn out(b: Vec<u8>) -> PyResult<Value> {
    Ok(Value::Bytes(Arc::new(b)))
}

fn one_arg<'a>(name: &str, a: &'a [Value], k: &'a KwArgs, kw: &str, allowed: &[&str]) -> PyResult<&'a Value> {
    crate::builtins::args::only_kwargs(name, k, allowed)?;
    a.first().or_else(|| kwarg(k, kw)).ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument '{kw}' (pos 1)")))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Hex digits of `data`, with `sep` between groups of `per` bytes (counted from the right when
/// `per` is positive, from the left when negative).
fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
            && group > 0
        {
            let boundary = if per > 0 { (data.len() - i).is_multiple_of(group) } else { i % group == 0 };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hexlify(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let data = binary_arg(one_arg("hexlify", a, k, "data", &["data", "sep", "bytes_per_sep"])?)?;
    let sep = match a.get(1).or_else(|| kwarg(k, "sep")) {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            let mut cs = s.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Some(c as u32 as u8),
                _ => return Err(PyErr::value_error("sep must be length 1.")),
            }
        }
        Some(v) => {
            let b = binary_arg(v)?;
            if b.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match a.get(2).or_else(|| kwarg(k, "bytes_per_sep")) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    out(hex_with_sep(&data, sep, per))
}

fn unhexlify(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let s = ascii_arg(one_arg("unhexlify", a, k, "hexstr", &["hexstr"])?)?;
    if s.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16).ok_or_else(|| error("Non-hexadecimal digit found"));
    let mut r = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks(2) {
        r.push((digit(pair[0])? * 16 + digit(pair[1])?) as u8);
    }
    out(r)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn b64encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut r = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        r.push(B64[(n >> 18) as usize & 63]);
        r.push(B64[(n >> 12) as usize & 63]);
        r.push(if c.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        r.push(if c.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    if newline {
        r.push(b'\n');
    }
    r
}

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

/// Base64 decoding as CPython's a2b_base64, lenient or (`strict`) strict.
pub fn b64decode(s: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut r = Vec::with_capacity(s.len() / 4 * 3);
    let (mut quad, mut left, mut pads, mut padding_started) = (0u8, 0u8, 0usize, false);
    for (i, &c) in s.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && i == 0 {
                return Err(error("Leading padding not allowed"));
            }
            if quad >= 2 {
                pads += 1;
                if quad as usize + pads >= 4 {
                    if strict && i + 1 < s.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(r);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                r.push(left << 2 | v >> 4);
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                r.push(left << 4 | v >> 2);
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                r.push(left << 6 | v);
                left = 0;
            }
        }
    }
    match quad {
        0 => Ok(r),
        1 => Err(error(format!("Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4", r.len() / 3 * 4 + 1))),
        _ => Err(error("Incorrect padding")),
    }
}

fn b2a_base64(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("b2a_base64", k, &["newline"])?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("b2a_base64() takes exactly 1 positional argument ({} given)", a.len())));
    }
    let data = binary_arg(&a[0])?;
    let newline = match kwarg(k, "newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    out(b64encode(&data, newline))
}

fn a2b_base64(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("a2b_base64", k, &["strict_mode"])?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("a2b_base64() takes exactly 1 positional argument ({} given)", a.len())));
    }
    let s = ascii_arg(&a[0])?;
    let strict = match kwarg(k, "strict_mode") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    out(b64decode(&s, strict)?)
}

/// The starting value of a CRC (any int, reduced modulo 2**bits as CPython does).
fn crc_start(vm: &mut Vm, v: Option<&Value>, bits: u32) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let b = index_big(vm, v)?.ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))?;
    let m = BigInt::from(1u64) << bits;
    let r = ((b % &m) + &m) % &m;
    Ok(r.to_u32().unwrap_or(0))
}

fn crc32(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("crc32", a, k, 1, 2)?;
    let data = binary_arg(&a[0])?;
    let start = crc_start(vm, a.get(1), 32)?;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

fn crc_hqx(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("crc_hqx", a, k, 2, 2)?;
    let data = binary_arg(&a[0])?;
    let mut crc = crc_start(vm, a.get(1), 16)? as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(Value::Int(crc as i64))
}

/// One uuencoded line (at most 45 bytes): a length character, 4 characters per 3 bytes.
fn uu_encode(data: &[u8], backtick: bool) -> Vec<u8> {
    let ch = |v: u8| if backtick && v == 0 { b'`' } else { b' ' + v };
    let mut r = vec![ch(data.len() as u8)];
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for shift in [18, 12, 6, 0] {
            r.push(ch((n >> shift) as u8 & 63));
        }
    }
    r.push(b'\n');
    r
}

/// Decodes one uuencoded line: its first character gives the length; a line cut short reads
/// as zeros, and only blanks, backticks and line ends may follow the data.
fn uu_decode(line: &[u8]) -> PyResult<Vec<u8>> {
    let first = line.first().copied().unwrap_or(0);
    let mut want = (first.wrapping_sub(b' ') & 63) as usize;
    let mut r = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut i = 1;
    while want > 0 {
        let v = match line.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err(error("Illegal char")),
            Some(&c) => (c - b' ') & 63,
        };
        i += 1;
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            r.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    if line.iter().skip(i).any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error("Trailing garbage"));
    }
    Ok(r)
}

fn b2a_uu(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("b2a_uu", k, &["backtick"])?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("b2a_uu() takes exactly 1 positional argument ({} given)", a.len())));
    }
    let data = binary_arg(&a[0])?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let backtick = match kwarg(k, "backtick") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    out(uu_encode(&data, backtick))
}

fn a2b_uu(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("a2b_uu", a, k, 1, 1)?;
    out(uu_decode(&ascii_arg(&a[0])?)?)
}

/// The longest quoted-printable line, soft break included.
const QP_LINE: usize = 76;

fn hexval(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Quoted-printable decoding as CPython's a2b_qp: `=XX` escapes, soft line breaks, a lone `=`
/// kept, and `_` as a space in headers.
fn qp_decode(s: &[u8], header: bool) -> Vec<u8> {
    let mut r = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'=' {
            i += 1;
            if i >= s.len() {
                break;
            }
            if s[i] == b'\n' || s[i] == b'\r' {
                // A soft line break: skip to the end of the line.
                while i < s.len() && s[i] != b'\n' {
                    i += 1;
                }
                if i < s.len() {
                    i += 1;
                }
            } else if s[i] == b'=' {
                r.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) = (hexval(s[i]), s.get(i + 1).and_then(|&c| hexval(c))) {
                r.push(h << 4 | l);
                i += 2;
            } else {
                r.push(b'=');
            }
        } else if header && c == b'_' {
            r.push(b' ');
            i += 1;
        } else {
            r.push(c);
            i += 1;
        }
    }
    r
}

/// Options of b2a_qp.
struct QpOptions {
    quotetabs: bool,
    istext: bool,
    header: bool,
}

/// Quoted-printable encoding as CPython's b2a_qp: lines of at most 76 characters with soft
/// breaks, line ends kept in text mode (CRLF if the data uses it), trailing blanks escaped.
fn qp_encode(d: &[u8], o: &QpOptions) -> Vec<u8> {
    const UPPER: &[u8; 16] = b"0123456789ABCDEF";
    let crlf = d.iter().position(|&c| c == b'\n').is_some_and(|p| p > 0 && d[p - 1] == b'\r');
    let mut r: Vec<u8> = Vec::with_capacity(d.len() * 2);
    let soft_break = |r: &mut Vec<u8>| {
        r.push(b'=');
        if crlf {
            r.push(b'\r');
        }
        r.push(b'\n');
    };
    let mut linelen = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        let last = i + 1 == d.len();
        let next = d.get(i + 1).copied();
        let lone_dot = c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0));
        let needs_escape = c > 126
            || c == b'='
            || (o.header && c == b'_')
            || lone_dot
            || (!o.istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && last)
            || (c < 33 && c != b'\r' && c != b'\n' && (o.quotetabs || (c != b'\t' && c != b' ')));
        if needs_escape {
            if linelen + 3 >= QP_LINE {
                soft_break(&mut r);
                linelen = 0;
            }
            r.extend_from_slice(&[b'=', UPPER[(c >> 4) as usize], UPPER[(c & 15) as usize]]);
            i += 1;
            linelen += 3;
        } else if o.istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // A blank before a line end would be lost in transit: escape it.
            if let Some(&b) = r.last()
                && (b == b' ' || b == b'\t')
            {
                r.pop();
                r.extend_from_slice(&[b'=', UPPER[(b >> 4) as usize], UPPER[(b & 15) as usize]]);
            }
            if crlf {
                r.push(b'\r');
            }
            r.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !last && next != Some(b'\n') && linelen + 1 >= QP_LINE {
                soft_break(&mut r);
                linelen = 0;
            }
            linelen += 1;
            r.push(if o.header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    r
}

fn flag(vm: &mut Vm, a: &[Value], k: &KwArgs, pos: usize, name: &str, default: bool) -> PyResult<bool> {
    match a.get(pos).or_else(|| kwarg(k, name)) {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

fn b2a_qp(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let data = binary_arg(one_arg("b2a_qp", a, k, "data", &["data", "quotetabs", "istext", "header"])?)?;
    let o = QpOptions {
        quotetabs: flag(vm, a, k, 1, "quotetabs", false)?,
        istext: flag(vm, a, k, 2, "istext", true)?,
        header: flag(vm, a, k, 3, "header", false)?,
    };
    out(qp_encode(&data, &o))
}

fn a2b_qp(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let data = ascii_arg(one_arg("a2b_qp", a, k, "data", &["data", "header"])?)?;
    let header = flag(vm, a, k, 1, "header", false)?;
    out(qp_decode(&data, header))
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "binascii",
        &[
            ("hexlify", hexlify),
            ("b2a_hex", hexlify),
            ("unhexlify", unhexlify),
            ("a2b_hex", unhexlify),
            ("b2a_base64", b2a_base64),
            ("a2b_base64", a2b_base64),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
            ("b2a_uu", b2a_uu),
            ("a2b_uu", a2b_uu),
            ("b2a_qp", b2a_qp),
            ("a2b_qp", a2b_qp),
        ],
    );
    d.set_str(intern("Error"), Value::Class(error_class().clone()));
    d.set_str(intern("Incomplete"), Value::Class(incomplete_class().clone()));
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups() {
        assert_eq!(hex_with_sep(&[1, 2, 3], Some(b'-'), 2), b"01-0203");
        assert_eq!(hex_with_sep(&[1, 2, 3], Some(b'-'), -2), b"0102-03");
        assert_eq!(b64encode(b"ab", true), b"YWI=\n");
    }
}
