//! `math.log`, `math.log2` and `math.log10`, for floats and for ints of any size: an int too big
//! for a float is split into a mantissa in [0.5, 1) and a power of two, and its logarithm is
//! `log(mantissa) + log(2) * exponent`, as CPython computes it (so the digits are the same).
//! Zero and negative arguments are "math domain error" (ValueError).

use crate::builtins::args::arg_f64;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

/// The logarithm of a float: a domain error for zero, negatives and -inf; NaN and +inf pass.
fn float_log(x: f64, func: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(func(x))
}

/// (m, e) with `n == m * 2**e` to the nearest float `m` in [0.5, 1) (ties to even), for `n > 0`.
fn split_big(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    // The top 64 bits, with the lowest one set when any bit below them is: converting that to a
    // float rounds as converting the whole number would.
    let shift = bits.saturating_sub(64);
    let mut top = (n.magnitude() >> shift).to_u64().unwrap_or(u64::MAX);
    if shift > 0 && n.magnitude().trailing_zeros().is_some_and(|z| z < shift) {
        top |= 1;
    }
    let m = top as f64 / 2f64.powi((bits - shift) as i32);
    // Rounding up to 1.0 carries into the exponent.
    if m == 1.0 { (0.5, bits + 1) } else { (m, bits) }
}

/// The logarithm (by `func`) of a log function's argument: ints of any size, else a float.
fn log_of(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    let int = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => v,
        Value::Instance(_) if let Some(inner @ (Value::Int(_) | Value::BigInt(_))) = crate::vm::subclass::wrapped(v) => inner,
        _ => return float_log(arg_f64(vm, v)?, func),
    };
    let n = crate::vm::protocol::to_big(int);
    if n.sign() != Sign::Plus {
        return Err(domain_error());
    }
    match n.to_f64() {
        Some(x) if x.is_finite() => Ok(func(x)),
        _ => {
            let (m, e) = split_big(&n);
            Ok(func(m) + func(2.0) * e as f64)
        }
    }
}

fn one_arg<'a>(a: &'a [Value], k: &KwArgs, name: &str) -> PyResult<&'a Value> {
    super::math::check_args(name, a, k, 1, 1)?;
    Ok(&a[0])
}

/// log(x[, base]).
fn log(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if let Some((key, _)) = k.first() {
        return Err(PyErr::type_error("log() takes no keyword arguments").with_hint(key.as_str()));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a[0], f64::ln)?;
    let Some(base) = a.get(1) else { return Ok(Value::Float(num)) };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(PyErr::new(crate::objects::ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(a, k, "log2")?;
    Ok(Value::Float(log_of(vm, x, f64::log2)?))
}

fn log10(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(a, k, "log10")?;
    Ok(Value::Float(log_of(vm, x, f64::log10)?))
}

/// The functions of this file, for the math module's table.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("log", log), ("log10", log10), ("log2", log2)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_ints_split_into_mantissa_and_exponent() {
        assert_eq!(split_big(&BigInt::from(1u8)), (0.5, 1));
        assert_eq!(split_big(&(BigInt::from(3u8) << 2000u32)), (0.75, 2002));
        // 2**70 - 1 rounds up to 2**70: the carry moves into the exponent.
        assert_eq!(split_big(&((BigInt::from(1u8) << 70u32) - 1)), (0.5, 71));
    }
}
