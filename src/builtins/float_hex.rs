//! `float.hex()` and `float.fromhex()`: the exact hexadecimal form of a double
//! (`-0x1.8000000000000p+1`) and its parser, rounding half to even as CPython does.

use crate::builtins::args::check_args;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// `x.hex()`: sign, leading digit (0 for subnormals), all 13 hex digits of the mantissa, binary
/// exponent.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

/// What a hexadecimal float string can fail with.
#[derive(Debug, PartialEq)]
pub enum HexError {
    Invalid,
    TooLarge,
}

/// Parses `[sign] [0x] digits [. digits] [p [sign] decimal]` (or inf / infinity / nan), with
/// surrounding whitespace.
pub fn from_hex(text: &str) -> Result<f64, HexError> {
    let t = text.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let t = lower.strip_prefix("0x").unwrap_or(&lower);
    let (number, exponent) = match t.split_once('p') {
        Some((n, e)) => (n, Some(e)),
        None => (t, None),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err(HexError::Invalid);
    }
    if !whole.chars().chain(fraction.chars()).all(|c| c.is_ascii_hexdigit()) {
        return Err(HexError::Invalid);
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            // Far past any double's range either way: keep it from overflowing.
            let magnitude: i64 = digits.parse().unwrap_or(i64::MAX).min(1 << 40);
            if e.starts_with('-') { -magnitude } else { magnitude }
        }
    };
    // The value is D * 2^exp2, D the integer of all the digits.
    let digits: Vec<u32> = whole.chars().chain(fraction.chars()).skip_while(|c| *c == '0').map(|c| c.to_digit(16).unwrap_or(0)).collect();
    let mut exp2 = exp - 4 * fraction.len() as i64;
    if digits.is_empty() {
        return Ok(signed(0.0));
    }
    // The first 28 digits (112 bits) exactly; the rest only as a sticky bit and an exponent.
    let kept = digits.len().min(28);
    let mut m: u128 = digits[..kept].iter().fold(0, |acc, d| acc << 4 | *d as u128);
    let sticky = digits[kept..].iter().any(|d| *d != 0);
    exp2 += 4 * (digits.len() - kept) as i64;
    let nbits = 128 - m.leading_zeros() as i64;
    let top = exp2 + nbits - 1;
    if top > 1023 {
        return Err(HexError::TooLarge);
    }
    // The weight of the last bit the double keeps: 53 bits, no lower than the subnormals' 2^-1074.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp2;
    if shift > 0 {
        let (kept_bits, half, below) = if shift > 128 {
            (0, false, true)
        } else {
            let s = shift as u32;
            let kept_bits = if s == 128 { 0 } else { m >> s };
            let half = (m >> (s - 1)) & 1 == 1;
            let below = s > 1 && m & ((1u128 << (s - 1)) - 1) != 0;
            (kept_bits, half, below)
        };
        m = kept_bits;
        if half && (below || sticky || m & 1 == 1) {
            m += 1;
        }
        exp2 = lsb;
    }
    // m < 2^54 here: exact as a double, then scaled by a power of two in two exact steps.
    let v = (m as f64) * pow2(exp2 / 2) * pow2(exp2 - exp2 / 2);
    if v.is_infinite() {
        return Err(HexError::TooLarge);
    }
    Ok(signed(v))
}

/// 2^n for -1074 <= n <= 1023 (a normal or subnormal double).
fn pow2(n: i64) -> f64 {
    if n >= -1022 { f64::from_bits(((n + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (n + 1074).max(0)) }
}

/// `float.hex(x)`.
pub fn float_hex(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("hex", a, k, 1, 1)?;
    match &a[0] {
        Value::Float(x) => Ok(Value::string(to_hex(*x))),
        other => Err(PyErr::type_error(format!(
            "descriptor 'hex' for 'float' objects doesn't apply to a '{}' object",
            crate::objects::types::types().of(other).name
        ))),
    }
}

/// `float.fromhex(s)`.
pub fn float_fromhex(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    // Reached through the class or an instance: the string is the last argument.
    check_args("fromhex", a, k, 1, 2)?;
    let text = match a.last() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(PyErr::type_error("bad argument type for built-in operation")),
        None => unreachable!("check_args asked for one argument"),
    };
    match from_hex(&text) {
        Ok(v) => Ok(Value::Float(v)),
        Err(HexError::Invalid) => Err(PyErr::value_error("invalid hexadecimal floating-point string")),
        Err(HexError::TooLarge) => Err(PyErr::overflow("hexadecimal value too large to represent as a float")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rounds() {
        for x in [1.5, 0.1, -2.0, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 123456.789] {
            assert_eq!(from_hex(&to_hex(x)), Ok(x));
        }
        assert_eq!(to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(from_hex("  -0X.8  "), Ok(-0.5));
        // 1 + 2^-53 is a tie: to even (1.0); a little more rounds up.
        assert_eq!(from_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(from_hex("0x1.000000000000080001p0"), Ok(1.0 + f64::EPSILON));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x1.1p-1075"), Ok(5e-324));
        assert_eq!(from_hex("0x1p1024"), Err(HexError::TooLarge));
        assert_eq!(from_hex("0x1.g"), Err(HexError::Invalid));
        assert_eq!(from_hex("0x"), Err(HexError::Invalid));
    }
}
