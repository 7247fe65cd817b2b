//! The format-spec mini-language: `format(v, spec)`, f-string replacement fields (conversion,
//! then spec), and the int, float and str presentations (fill, align, sign, grouping, precision).

use super::Vm;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::repr::float_repr;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    /// `z`: a float that rounds to zero loses its minus sign.
    pub no_neg_zero: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// A width or precision: past the largest index, CPython's ValueError.
fn spec_number(digits: &[char]) -> PyResult<usize> {
    let n: usize = digits
        .iter()
        .collect::<String>()
        .parse()
        .ok()
        .filter(|n| *n <= isize::MAX as usize)
        .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
    Ok(n)
}

/// Whether a thousands separator goes with a presentation type: ',' with the decimal ones, '_'
/// also with the binary, octal and hex ones (CPython's ValueError otherwise).
fn grouping_allowed(g: char, ty: char) -> PyResult<()> {
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => Ok(()),
        'b' | 'o' | 'x' | 'X' if g == '_' => Ok(()),
        _ => Err(PyErr::value_error(format!("Cannot specify '{g}' with '{ty}'."))),
    }
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    parse_spec_for(spec, None)
}

/// parse_spec for a value of the named type: trailing junk is reported as CPython does,
/// "Invalid format specifier 'SPEC' for object of type 'TYPE'".
pub fn parse_spec_for(spec: &str, type_name: Option<&str>) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = spec_number(&chars[start..i])?;
        // A width that cannot be allocated is MemoryError here, before any padding is made.
        crate::vm::ops::check_alloc(s.width.saturating_mul(2))?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if let Some(&again @ (',' | '_')) = chars.get(i) {
            let g = chars[i - 1];
            return Err(PyErr::value_error(if again == g {
                format!("Cannot specify '{g}' with '{g}'.")
            } else {
                "Cannot specify both ',' and '_'.".to_string()
            }));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        s.precision = Some(spec_number(&chars[start..i])?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if let (Some(g), Some(t)) = (s.grouping, s.ty) {
        grouping_allowed(g, t)?;
    }
    if i < chars.len() {
        return Err(PyErr::value_error(match type_name {
            Some(t) => format!("Invalid format specifier '{spec}' for object of type '{t}'"),
            None => "Invalid format specifier".to_string(),
        }));
    }
    Ok(s)
}

pub fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `digits` grouped by `sep` every `every`; when the spec pads with zeros after the sign
/// ('0' fill, '=' alignment) the padding is digits too and is grouped with them, as CPython
/// does (`format(1234, '012,')` is '0,000,001,234'). `others`: the width the rest takes.
pub fn zero_pad_grouped(spec: &Spec, digits: &str, others: usize, sep: char, every: usize) -> String {
    let zero_fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' }) == '0';
    let eq_align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' }) == '=';
    let mut grouped = group(digits, sep, every);
    if zero_fill && eq_align && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        let mut padded = digits.to_string();
        while grouped.chars().count() + others < spec.width {
            padded.insert(0, '0');
            grouped = group(&padded, sep, every);
        }
    }
    grouped
}

/// Pads `body` (with its sign split off in `sign`) to the spec's width, allocated once
/// (MemoryError when that cannot be had, never an abort).
pub fn pad(spec: &Spec, sign: &str, body: &str, numeric: bool) -> PyResult<String> {
    let len = sign.chars().count() + body.chars().count();
    if spec.width <= len {
        return crate::builtins::sizes::concat_text(sign, body);
    }
    // The '0' flag fills with zeros unless a fill is given, whatever the alignment.
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && numeric {
        '='
    } else if numeric {
        '>'
    } else {
        '<'
    });
    let n = spec.width - len;
    let (before, between, after) = match align {
        '<' => (0, 0, n),
        '>' => (n, 0, 0),
        '^' => (n / 2, 0, n - n / 2),
        _ => (0, n, 0),
    };
    let size = n.checked_mul(fill.len_utf8()).and_then(|k| k.checked_add(sign.len() + body.len()));
    let mut out = crate::builtins::sizes::reserved_bytes(size.ok_or_else(crate::vm::ops::memory_error)?)?;
    crate::builtins::sizes::push_fill(&mut out, fill, before);
    out.extend_from_slice(sign.as_bytes());
    crate::builtins::sizes::push_fill(&mut out, fill, between);
    out.extend_from_slice(body.as_bytes());
    crate::builtins::sizes::push_fill(&mut out, fill, after);
    Ok(String::from_utf8(out).expect("text and fill characters are UTF-8"))
}

fn sign_str(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(v: &BigInt, spec: &Spec) -> PyResult<String> {
    format_int_of(v, spec, "int")
}

/// format_int for a value whose type (in messages) is `type_name`: bool formats as an int.
fn format_int_of(v: &BigInt, spec: &Spec, type_name: &str) -> PyResult<String> {
    if spec.no_neg_zero && !matches!(spec.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if spec.precision.is_some() && matches!(spec.ty, None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c')) {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => (crate::objects::int_text::decimal(&mag)?, ""),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            if spec.sign.is_some() {
                return Err(PyErr::value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if spec.alt {
                return Err(PyErr::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
            }
            if v.to_i64().is_none() {
                return Err(PyErr::overflow("Python int too large to convert to C long"));
            }
            let c = v.to_u32().and_then(char::from_u32).ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?;
            return pad(spec, "", &c.to_string(), true);
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float(super::ops::big_to_f64(v)?, spec);
        }
        Some(t) => return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type '{type_name}'"))),
    };
    let sign = format!("{}{}", sign_str(neg, spec), if spec.alt { prefix } else { "" });
    let digits = match spec.grouping {
        Some(sep) => zero_pad_grouped(spec, &digits, sign.len(), sep, if matches!(spec.ty, Some('b' | 'o' | 'x' | 'X')) { 4 } else { 3 }),
        None => digits,
    };
    pad(spec, &sign, &digits, true)
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        let t = s.trim_end_matches('0');
        t.trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

fn exp_form(mant: &str, exp: i32, upper: bool) -> String {
    format!("{mant}{}{}{:02}", if upper { 'E' } else { 'e' }, if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// Digits past which a double's exact decimal expansion has only zeros (it has at most 1074
/// fractional digits and 767 significant ones); Rust's `format!` refuses precisions over 65535.
const EXACT_DIGITS: usize = 1100;

/// `{:.N}` for any precision: past EXACT_DIGITS the digits are zeros, appended here.
fn fixed(x: f64, prec: usize) -> String {
    let mut s = format!("{:.*}", prec.min(EXACT_DIGITS), x);
    if prec > EXACT_DIGITS && x.is_finite() {
        s.extend(std::iter::repeat_n('0', prec - EXACT_DIGITS));
    }
    s
}

/// `{:.Ne}` (Rust's exponent form) for any precision, as `fixed`.
fn sci_digits(x: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec.min(EXACT_DIGITS), x);
    if prec <= EXACT_DIGITS || !x.is_finite() {
        return s;
    }
    let (m, e) = s.split_once('e').unwrap();
    format!("{m}{}e{e}", "0".repeat(prec - EXACT_DIGITS))
}

/// `{:.Ne}` with a Python-style exponent.
fn sci(x: f64, prec: usize, upper: bool) -> String {
    let s = sci_digits(x, prec);
    let (m, e) = s.split_once('e').unwrap();
    exp_form(m, e.parse().unwrap(), upper)
}

/// The 'g' presentation (also used by `%g` and the no-type float format with a precision).
fn general(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if x == 0.0 {
        return if alt { fixed(0.0, p - 1) } else { "0".into() };
    }
    let s = sci_digits(x, p - 1);
    let (m, e) = s.split_once('e').unwrap();
    let exp: i32 = e.parse().unwrap();
    if exp >= -4 && (exp as i64) < p as i64 {
        let f = fixed(x, (p as i64 - 1 - exp as i64).max(0) as usize);
        if alt { f } else { strip_zeros(&f) }
    } else {
        let m = if alt { m.to_string() } else { strip_zeros(m) };
        exp_form(&m, exp, upper)
    }
}

/// A precision and no type (`{:.3}`): as 'g', but scientific already from an exponent of p - 1,
/// and a fixed-point result keeps at least one digit past the point (`5.0`, `1e+02`).
fn general_no_type(x: f64, prec: usize, alt: bool) -> String {
    let p = prec.max(1);
    let exp: i64 = if x == 0.0 { 0 } else { sci_digits(x, p - 1).split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0) };
    if exp >= -4 && exp < p as i64 - 1 {
        let f = fixed(x, (p as i64 - 1 - exp) as usize);
        let f = if alt { f } else { strip_zeros(&f) };
        if f.contains('.') { f } else { f + ".0" }
    } else {
        let s = sci_digits(x, p - 1);
        let (m, _) = s.split_once('e').unwrap_or((&s, "0"));
        let m = if alt { m.to_string() } else { strip_zeros(m) };
        exp_form(&m, exp as i32, false)
    }
}

pub fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty.filter(|t| !matches!(t, 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'n' | '%')) {
        return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'float'")));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value_error("precision too big"));
    }
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let percent = if spec.ty == Some('%') { "%" } else { "" };
    let mut body = if a.is_infinite() {
        format!("inf{percent}")
    } else if a.is_nan() {
        format!("nan{percent}")
    } else {
        match spec.ty {
            Some('f' | 'F') => fixed(a, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => sci(a, spec.precision.unwrap_or(6), upper),
            // 'n' is 'g' with the locale's separators: gilpy runs in the C locale, which has none.
            Some('g' | 'G' | 'n') => general(a, spec.precision.unwrap_or(6), spec.alt, upper),
            Some('%') => format!("{}%", fixed(a * 100.0, spec.precision.unwrap_or(6))),
            None => match spec.precision {
                Some(p) => general_no_type(a, p, spec.alt),
                None => float_repr(a),
            },
            Some(t) => return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'float'"))),
        }
    };
    if upper {
        body = body.to_uppercase();
    }
    // `z`: a finite value whose digits all came out zero is shown without its minus sign.
    let mantissa = body.split(['e', 'E']).next().unwrap_or("");
    let neg = neg && !(spec.no_neg_zero && a.is_finite() && !mantissa.chars().any(|c| matches!(c, '1'..='9')));
    if spec.alt && body.starts_with(|c: char| c.is_ascii_digit()) && !body.contains('.') {
        // `#`: a decimal point even with no digits after it ("1.", "1.e+16", "500.%").
        let at = body.find(['e', 'E', '%']).unwrap_or(body.len());
        body.insert(at, '.');
    }
    if let Some(sep) = spec.grouping
        && body.starts_with(|c: char| c.is_ascii_digit())
    {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => body.split_at(i),
            None => (body.as_str(), ""),
        };
        let sign = sign_str(neg, spec);
        let grouped = zero_pad_grouped(spec, int_part, sign.len() + rest.chars().count(), sep, 3);
        body = format!("{grouped}{rest}");
    }
    pad(spec, sign_str(neg, spec), &body, true)
}

pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if spec.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if let Some(t) = spec.ty
        && t != 's'
    {
        return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'str'")));
    }
    if let Some(g) = spec.grouping {
        grouping_allowed(g, 's')?;
    }
    if spec.sign.is_some() {
        return Err(PyErr::value_error("Sign not allowed in string format specifier"));
    }
    if spec.alt {
        return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    pad(spec, "", &body, false)
}

impl Vm {
    /// format(v, spec) for any value.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(_) | Value::BigInt(_) => format_int(&super::protocol::to_big(v), &parse_spec_for(spec, Some("int"))?),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True" } else { "False" }.into());
                }
                // bool's __format__ is int's: any spec at all formats the number.
                let s = parse_spec_for(spec, Some("bool"))?;
                format_int_of(&BigInt::from(*b as i64), &s, "bool")
            }
            Value::Float(f) => format_float(*f, &parse_spec_for(spec, Some("float"))?),
            Value::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.as_str().to_string());
                }
                format_str(s.as_str(), &parse_spec_for(spec, Some("str"))?)
            }
            Value::Instance(i) => {
                if let Some(f) = i.class().lookup(&crate::objects::str::intern("__format__"))
                    && (matches!(f, Value::Function(_)) || matches!(&f, Value::Builtin(b) if b.owner == Owner::Complex))
                {
                    let r = self.call(&f, &[v.clone(), Value::str(spec)], NO_KWARGS)?;
                    let r = super::protocol::format_result(r)?;
                    return self.str(&r);
                }
                // A built-in type's `__format__` with an empty spec is `str(self)` (a call of
                // a built-in method, then str(): two levels of recursion, as CPython's).
                if spec.is_empty() {
                    return self.nested(super::protocol::CALLING, |vm| vm.str(v));
                }
                if let Some(inner) = super::subclass::wrapped(v) {
                    return self.format(&inner.clone(), spec);
                }
                let s = self.str(v)?;
                if spec.is_empty() {
                    return Ok(s);
                }
                Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", i.class().name)))
            }
            _ => {
                let s = self.str(v)?;
                if spec.is_empty() {
                    return Ok(s);
                }
                Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", types().of(v).name)))
            }
        }
    }

    /// The FormatValue instruction: conversion (0 none, 1 str, 2 repr, 3 ascii) then the spec.
    pub fn format_value(&mut self, v: &Value, conv: u8, spec: Option<&Value>) -> PyResult<String> {
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        let converted;
        let v = match conv {
            1 => {
                converted = Value::string(self.str(v)?);
                &converted
            }
            2 => {
                converted = Value::string(self.repr(v)?);
                &converted
            }
            3 => {
                converted = crate::builtins::functions::ascii(self, std::slice::from_ref(v), NO_KWARGS)?;
                &converted
            }
            _ => v,
        };
        if spec.is_empty() {
            if let Value::Str(s) = v {
                return Ok(s.as_str().to_string());
            }
            // An instance's own `__format__` is called with the empty spec too.
            if !matches!(v, Value::Instance(_)) {
                return self.str(v);
            }
        }
        self.format(v, &spec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_format() {
        assert_eq!(general(2.5, 6, false, false), "2.5");
        assert_eq!(general(1234.5678, 6, false, false), "1234.57");
        assert_eq!(general(0.00001234, 6, false, false), "1.234e-05");
        assert_eq!(general(100000000.0, 6, false, false), "1e+08");
    }
}
