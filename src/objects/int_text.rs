//! The limit on the decimal text of ints (`sys.set_int_max_str_digits`, CPython 3.11's guard
//! against quadratic conversions): str() of an int past the limit and int() of a decimal string
//! past it raise ValueError, the first before any conversion runs, so that printing a huge int
//! (`1 << 2**31`) answers at once instead of hanging. Bases that are powers of two are free.

use super::{PyErr, PyResult};
use num_bigint::BigInt;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The limit a fresh interpreter has (`sys.int_info.default_max_str_digits`).
pub const DEFAULT_LIMIT: usize = 4300;
/// The smallest limit that can be set, other than 0 (no limit): `sys.int_info.str_digits_check_threshold`.
pub const THRESHOLD: usize = 640;

static LIMIT: AtomicUsize = AtomicUsize::new(DEFAULT_LIMIT);

/// The current limit in digits; 0 means none.
pub fn limit() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: 0, or at least `THRESHOLD`.
pub fn set_limit(n: i64) -> PyResult<()> {
    if n != 0 && n < THRESHOLD as i64 {
        return Err(PyErr::value_error(format!("maxdigits must be 0 or larger than {THRESHOLD}")));
    }
    LIMIT.store(n as usize, Ordering::Relaxed);
    Ok(())
}

const HINT: &str = "use sys.set_int_max_str_digits() to increase the limit";

fn to_text_error(limit: usize) -> PyErr {
    PyErr::value_error(format!("Exceeds the limit ({limit} digits) for integer string conversion; {HINT}"))
}

/// The fewest decimal digits an int of `bits` significant bits can have (a safe under-estimate).
fn fewest_digits(bits: u64) -> u64 {
    // 2**(bits-1) <= |x|, so x has at least floor((bits - 1) * log10(2)) + 1 digits; the factor
    // is taken a little under log10(2) so that float rounding never over-counts.
    (bits.saturating_sub(1) as f64 * (std::f64::consts::LOG10_2 - 1e-9)) as u64 + 1
}

/// The decimal text of `b` (a leading '-' for negatives), or ValueError past the limit.
pub fn decimal(b: &BigInt) -> PyResult<String> {
    // A machine-sized int has at most 20 digits, under any limit (the least is 640).
    if let Some(i) = num_traits::ToPrimitive::to_i64(b) {
        return Ok(i.to_string());
    }
    let limit = limit();
    if limit == 0 {
        return Ok(b.to_string());
    }
    if fewest_digits(b.bits()) > limit as u64 {
        return Err(to_text_error(limit));
    }
    let text = b.to_string();
    let digits = text.len() - usize::from(text.starts_with('-'));
    if digits > limit {
        return Err(to_text_error(limit));
    }
    Ok(text)
}

/// Why a string of `digits` digits in `base` may not be converted to an int, if it may not.
pub fn parse_refusal(digits: usize, base: u32) -> Option<String> {
    let limit = limit();
    if limit == 0 || base.is_power_of_two() || digits <= limit {
        return None;
    }
    Some(format!("Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; {HINT}"))
}

/// ValueError when a string of `digits` digits in `base` may not be converted to an int.
pub fn check_parse(digits: usize, base: u32) -> PyResult<()> {
    parse_refusal(digits, base).map_or(Ok(()), |msg| Err(PyErr::value_error(msg)))
}

/// How many digits of `base` the text starts with (single underscores between them allowed, as
/// in literals): what the limit counts, even when an invalid character follows.
pub fn leading_digits(text: &str, base: u32) -> usize {
    let mut count = 0;
    let mut underscore = false;
    for c in text.chars() {
        if c == '_' && count > 0 && !underscore {
            underscore = true;
        } else if c.is_digit(base) {
            count += 1;
            underscore = false;
        } else {
            break;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fewest_digits_never_over_counts() {
        for bits in 1..5000u64 {
            let smallest = BigInt::from(1) << (bits - 1);
            assert!(fewest_digits(bits) <= smallest.to_string().len() as u64, "bits {bits}");
        }
    }

    #[test]
    fn leading_digits_counts_the_valid_run() {
        assert_eq!(leading_digits("1_000x9", 10), 4);
        assert_eq!(leading_digits("_1", 10), 0);
        assert_eq!(leading_digits("12__3", 10), 2);
        assert_eq!(leading_digits("zz", 36), 2);
    }
}
