//! float.hex() and float.fromhex(): a float's exact binary value as hexadecimal text, and back
//! (rounded half to even to the nearest double, subnormals included).

use crate::objects::Arc;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};

/// Bits of a double's significand, the implicit leading one included.
const PRECISION: i64 = 53;
/// The exponent of a double's smallest subnormal: 2**-1074.
const MIN_LSB: i64 = -1074;
/// Values at or past 2**1024 are too large.
const MAX_TOP: i64 = 1024;

/// `x.hex()`: '0x1.8000000000000p+0' for 1.5, '0x0.0000000000001p-1022' for the smallest
/// subnormal, 'inf', '-inf', 'nan'.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// Why a text is no hexadecimal float.
pub enum HexError {
    Invalid,
    TooLarge,
}

/// 2**e for e in MIN_LSB..=1023, exactly.
fn power_of_two(e: i64) -> f64 {
    if e >= -1022 { f64::from_bits(((e + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (e - MIN_LSB)) }
}

/// The digits of `text` (hex digits, at least one) and what follows them.
fn hex_digits(text: &str) -> (&str, &str) {
    let end = text.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(text.len());
    text.split_at(end)
}

/// Parses `[ws] [sign] (inf | infinity | nan | [0x] digits [. digits] [p [sign] decimal]) [ws]`.
pub fn from_hex(text: &str) -> Result<f64, HexError> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |x: f64| if negative { -x } else { x };
    if t.eq_ignore_ascii_case("inf") || t.eq_ignore_ascii_case("infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if t.eq_ignore_ascii_case("nan") {
        return Ok(f64::NAN);
    }
    let t = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t);
    let (whole, rest) = hex_digits(t);
    let (fraction, rest) = match rest.strip_prefix('.') {
        Some(after) => hex_digits(after),
        None => ("", rest),
    };
    if whole.is_empty() && fraction.is_empty() {
        return Err(HexError::Invalid);
    }
    let exponent = match rest.as_bytes().first() {
        None => BigInt::zero(),
        Some(b'p' | b'P') => {
            let e = &rest[1..];
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            e.parse::<BigInt>().map_err(|_| HexError::Invalid)?
        }
        Some(_) => return Err(HexError::Invalid),
    };
    let digits: String = [whole, fraction].concat();
    let mantissa = BigUint::parse_bytes(digits.as_bytes(), 16).ok_or(HexError::Invalid)?;
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    // The value is mantissa * 2**low; an exponent past any double's is clamped (the result is
    // then 0 or too large either way).
    let shifted = exponent - BigInt::from(4 * fraction.len());
    const FAR: i64 = 1 << 40;
    let low = shifted.to_i64().map_or(if shifted.sign() == num_bigint::Sign::Minus { -FAR } else { FAR }, |v| v.clamp(-FAR, FAR));
    let top = low + mantissa.bits() as i64;
    if top > MAX_TOP {
        return Err(HexError::TooLarge);
    }
    if top < MIN_LSB - 1 {
        return Ok(signed(0.0));
    }
    let lsb = (top - PRECISION).max(MIN_LSB);
    let significand = if lsb <= low {
        mantissa << (low - lsb) as usize
    } else {
        let shift = (lsb - low) as usize;
        let kept = &mantissa >> shift;
        let dropped = &mantissa - (&kept << shift);
        let half = BigUint::from(1u8) << (shift - 1);
        let odd = kept.bit(0);
        if dropped > half || (dropped == half && odd) { kept + 1u8 } else { kept }
    };
    let q = significand.to_u64().expect("at most 53 bits after rounding") as f64;
    let x = q * power_of_two(lsb);
    if x.is_infinite() {
        return Err(HexError::TooLarge);
    }
    Ok(signed(x))
}

/// `float.fromhex(string)`, a class method: a subclass gets `cls(value)`.
pub fn fromhex(vm: &mut crate::vm::Vm, a: &[Value], k: &crate::objects::function::KwArgs) -> PyResult<Value> {
    super::args::check_args("fromhex", a, k, 2, 2)?;
    let Value::Str(s) = &a[1] else {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    };
    let x = match from_hex(s.as_str()) {
        Ok(x) => x,
        Err(HexError::Invalid) => return Err(PyErr::value_error("invalid hexadecimal floating-point string")),
        Err(HexError::TooLarge) => return Err(PyErr::new(ExcKind::OverflowError, "hexadecimal value too large to represent as a float")),
    };
    match &a[0] {
        Value::Class(c) if Arc::ptr_eq(c, &types().float) => Ok(Value::Float(x)),
        cls => vm.call(cls, &[Value::Float(x)], crate::objects::function::NO_KWARGS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for x in [1.5, -0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 1e-310, 123456.789] {
            assert_eq!(from_hex(&to_hex(x)).ok(), Some(x), "{x}");
        }
        assert_eq!(to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
    }

    #[test]
    fn rounds_half_to_even() {
        // 1 + 2**-53 is halfway between 1 and the next double: it goes to 1 (even).
        assert_eq!(from_hex("0x1.00000000000008p0").ok(), Some(1.0));
        assert_eq!(from_hex("0x1.00000000000018p0").ok(), Some(1.0 + 2f64.powi(-51)));
        assert!(matches!(from_hex("0x1p1024"), Err(HexError::TooLarge)));
        assert_eq!(from_hex("0x1p-1075").ok(), Some(0.0));
        assert_eq!(from_hex("0x3p-1076").ok(), Some(5e-324));
    }
}
