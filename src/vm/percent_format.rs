//! printf-style formatting: `"%5.2f|%-3s" % args` for str, and the bytes form (`%b`, `%s` of a
//! bytes-like value or `__bytes__`).

use super::Vm;
use super::format_spec::{Spec, format_float, format_int, pad};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::NO_KWARGS;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Bytes as the Latin-1 text percent_format builds bytes in (each char is one byte).
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The bytes `%s` / `%b` put into a bytes format: a bytes-like value, or what `__bytes__` returns.
fn percent_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::builtins::buffer::bytes_of(v)? {
        return Ok(b);
    }
    if matches!(v, Value::Instance(_))
        && vm.has_attr(v, "__bytes__")?
        && let Value::Bytes(b) = vm.call_method(v, "__bytes__", &[])?
    {
        return Ok(b.to_vec());
    }
    Err(PyErr::type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", types().of(v).name)))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = crate::builtins::functions::ascii(vm, std::slice::from_ref(v), NO_KWARGS)?;
    Ok(r.as_str().unwrap_or_default().to_string())
}

/// printf-style formatting: `"%5.2f|%-3s" % args`.
/// A `*` width or precision taken from the arguments: an int (TypeError "* wants int" for
/// anything else) that `fits` a C `ctype` (OverflowError past it).
fn star_arg(v: &Value, fits: impl Fn(&BigInt) -> Option<i64>, ctype: &str) -> PyResult<i64> {
    let v = super::subclass::wrapped(v).unwrap_or(v);
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            fits(&super::protocol::to_big(v)).ok_or_else(|| PyErr::overflow(format!("Python int too large to convert to C {ctype}")))
        }
        _ => Err(PyErr::type_error("* wants int")),
    }
}

pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<String> {
    let fmt_text: String = match fmt {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => latin1(b),
        _ => return Err(PyErr::type_error("format requires a str or bytes")),
    };
    let is_bytes = matches!(fmt, Value::Bytes(_));
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.to_vec(), None),
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        Value::Instance(_) if let Some(Value::Tuple(t)) = super::subclass::wrapped(args) => (t.to_vec(), None),
        Value::Instance(i) if i.class().lookup(&crate::objects::str::intern("__getitem__")).is_some() => (vec![args.clone()], Some(args.clone())),
        _ => (vec![args.clone()], None),
    };
    let chars: Vec<char> = fmt_text.chars().collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut i = 0;
    let mut used_mapping = false;
    let mut take = |vm: &mut Vm, key: Option<String>| -> PyResult<Value> {
        if let Some(k) = key {
            used_mapping = true;
            let m = mapping.clone().ok_or_else(|| PyErr::type_error("format requires a mapping"))?;
            // A bytes format looks its keys up as bytes.
            let key = if is_bytes { Value::Bytes(Arc::new(k.chars().map(|c| c as u32 as u8).collect())) } else { Value::string(k) };
            return vm.getitem(&m, &key);
        }
        // Once a mapping key has been used, no positional argument is left (CPython's rule).
        let v = items.get(next).filter(|_| !used_mapping).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let mut key = None;
        if chars[i] == '(' {
            let end = chars[i..].iter().position(|&c| c == ')').ok_or_else(|| PyErr::value_error("incomplete format key"))? + i;
            key = Some(chars[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let mut spec = Spec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        let mut width = String::new();
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '*') {
            if chars[i] == '*' {
                // After a mapping key no positional argument is left for a '*'.
                // After a mapping key, a '*' takes the looked-up value (and nothing is left after it).
                if let Some(k) = key.take() {
                    let w = take(vm, Some(k))?;
                    star_arg(&w, |b| b.to_i64(), "ssize_t")?;
                    return Err(PyErr::type_error("not enough arguments for format string"));
                }
                let w = take(vm, None)?;
                width = star_arg(&w, |b| b.to_i64(), "ssize_t")?.to_string();
            } else {
                width.push(chars[i]);
            }
            i += 1;
        }
        spec.width = match width.parse::<i64>() {
            _ if width.is_empty() => 0,
            Ok(w) if w >= 0 => w as usize,
            // A '*' width of -2**63 left-justifies to no width at all: CPython negates it in C,
            // where it stays negative.
            Ok(w) => {
                spec.align = Some('<');
                if w == i64::MIN { 0 } else { w.unsigned_abs() as usize }
            }
            _ => return Err(PyErr::value_error("width too big")),
        };
        crate::vm::ops::check_alloc(spec.width.saturating_mul(2))?;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < chars.len() && chars[i] == '*' {
                // A negative precision from the arguments counts as none.
                let given = take(vm, None)?;
                p = star_arg(&given, |b| b.to_i32().map(i64::from), "int")?.max(0).to_string();
                i += 1;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            spec.precision = Some(match p.parse::<usize>() {
                _ if p.is_empty() => 0,
                Ok(n) if n <= i32::MAX as usize => n,
                _ => return Err(PyErr::value_error("precision too big")),
            });
        }
        // One of C's length modifiers (h, l, L) is accepted and ignored.
        if i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        // Zeros pad numbers only, and never on the right.
        if spec.align == Some('<') || matches!(conv, 's' | 'r' | 'a' | 'b' | 'c') {
            spec.zero = false;
        }
        let v = take(vm, key)?;
        // `%d` of an int with no flag, width or precision: its digits, written straight out.
        if let Value::Int(n) = v
            && matches!(conv, 'd' | 'i' | 'u')
            && spec.width == 0
            && spec.precision.is_none()
            && spec.sign.is_none()
        {
            use std::fmt::Write;
            let _ = write!(out, "{n}");
            continue;
        }
        let text = match conv {
            's' | 'r' | 'a' | 'b' if is_bytes || conv != 'b' => {
                let s = match conv {
                    // Bytes take bytes-like values (or `__bytes__`) for %s and %b, and ascii() for %r / %a.
                    's' | 'b' if is_bytes => latin1(&percent_bytes(vm, &v)?),
                    'r' | 'a' if is_bytes => ascii_of(vm, &v)?,
                    's' => vm.str(&v)?,
                    'a' => ascii_of(vm, &v)?,
                    _ => vm.repr(&v)?,
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                spec.precision = None;
                spec.zero = false; // '0' pads numbers only
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &s, false)?
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                // An instance of an int (or float) subclass formats as its value.
                let v = match super::subclass::wrapped(&v) {
                    Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))) => inner.clone(),
                    _ => v,
                };
                let n = match &v {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => super::protocol::to_big(&v),
                    Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                        if f.is_infinite() {
                            return Err(PyErr::overflow("cannot convert float infinity to integer"));
                        }
                        if f.is_nan() {
                            return Err(PyErr::value_error("cannot convert float NaN to integer"));
                        }
                        super::protocol::to_big(&crate::builtins::numbers::float_to_int(f.trunc()))
                    }
                    _ => {
                        let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                        return Err(PyErr::type_error(format!("%{conv} format: {what} is required, not {}", types().of(&v).name)));
                    }
                };
                spec.ty = Some(match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                });
                let mut s = format_int(&n, &Spec { width: 0, ..Spec { ty: spec.ty, sign: spec.sign, alt: spec.alt, ..Default::default() } })?;
                if let Some(p) = spec.precision {
                    // The zeros are copied a few times below: MemoryError unless that room is there.
                    crate::vm::ops::check_alloc(p.saturating_mul(3))?;
                    let (sign, digits) = if s.starts_with(['-', '+', ' ']) { s.split_at(1) } else { ("", s.as_str()) };
                    // The zeros go after an alternate form's 0x / 0o.
                    let (prefix, digits) = if spec.alt && matches!(conv, 'x' | 'X' | 'o') && digits.len() > 2 { digits.split_at(2) } else { ("", digits) };
                    if digits.len() < p {
                        s = format!("{sign}{prefix}{}{digits}", "0".repeat(p - digits.len()));
                    }
                }
                let (mut sign, mut body) = if s.starts_with(['-', '+', ' ']) { (s[..1].to_string(), s[1..].to_string()) } else { (String::new(), s) };
                // Zero padding goes between an alternate form's 0x / 0o and the digits.
                if spec.alt && matches!(conv, 'x' | 'X' | 'o') && body.len() > 2 {
                    sign.push_str(&body[..2]);
                    body.drain(..2);
                }
                let sp = Spec { fill: None, align: spec.align, zero: spec.zero, width: spec.width, ..Default::default() };
                pad(&sp, &sign, &body, true)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let num = super::subclass::wrapped(&v).cloned().unwrap_or_else(|| v.clone());
                let f = match &num {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => super::ops::big_to_f64(&super::protocol::to_big(&num))?,
                    _ => return Err(PyErr::type_error(format!("must be real number, not {}", types().of(&v).name))),
                };
                spec.ty = Some(conv);
                if spec.precision.is_none() {
                    spec.precision = Some(6);
                }
                format_float(f, &spec)?
            }
            'c' if is_bytes => {
                let byte = match &v {
                    Value::Int(n) => u8::try_from(*n).map_err(|_| PyErr::new(ExcKind::OverflowError, "%c arg not in range(256)"))?,
                    _ => match crate::builtins::buffer::live_bytes_of(&v)? {
                        Some(b) if b.len() == 1 && !matches!(v, Value::Instance(_) if crate::builtins::buffer::view_of(&v).is_some()) => b[0],
                        _ => return Err(PyErr::type_error("%c requires an integer in range(256) or a single byte")),
                    },
                };
                spec.zero = false; // '0' pads numbers only
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &(byte as char).to_string(), false)?
            }
            'c' => match &v {
                Value::Int(n) => {
                    let c =
                        u32::try_from(*n).ok().and_then(char::from_u32).ok_or_else(|| PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
                    spec.zero = false; // '0' pads numbers only
                    spec.align = Some(spec.align.unwrap_or('>'));
                    pad(&spec, "", &c.to_string(), false)?
                }
                Value::Str(s) if s.char_len() == 1 => {
                    spec.zero = false; // '0' pads numbers only
                    spec.align = Some(spec.align.unwrap_or('>'));
                    pad(&spec, "", s.as_str(), false)?
                }
                _ => return Err(PyErr::type_error("%c requires int or char")),
            },
            other => return Err(PyErr::value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1))),
        };
        out.push_str(&text);
    }
    if next < items.len() && mapping.is_none() && !used_mapping {
        return Err(PyErr::type_error(if is_bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}
