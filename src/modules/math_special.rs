//! The `math` functions beyond the elementary ones: gamma and lgamma (CPython's own Lanczos
//! approximation, so the values are CPython's bit for bit), erf/erfc, the inverse hyperbolic
//! functions, cbrt, exp2, expm1, log1p, fmod, remainder, frexp, ldexp, modf, nextafter, ulp, and
//! the accurate vector norm behind hypot and dist. Errors follow CPython's math_1/math_1a rules:
//! "math domain error" (ValueError) and "math range error" (OverflowError).

// The Lanczos constants are written out to their published decimal expansions.
#![allow(clippy::excessive_precision)]

use super::math::check_args;
use crate::builtins::args::arg_f64;
use crate::objects::ExcKind;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::libm;
use crate::vm::Vm;
use std::f64::consts::PI;

/// What a math function reports besides its value (C's errno EDOM / ERANGE).
#[derive(Debug, Clone, Copy, PartialEq)]
enum MathError {
    Domain,
    Range,
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow("math range error")
}

/// CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite argument
/// is a range error where the function can overflow, else a domain error.
pub(super) fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(Value::Float(r))
}

/// CPython's math_1a: the function says itself what went wrong; a range error on a result below
/// 1.5 in magnitude is an underflow, which is not an error.
fn reported(r: Result<f64, (MathError, f64)>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::Float(v)),
        Err((MathError::Domain, _)) => Err(domain_error()),
        Err((MathError::Range, v)) if v.abs() < 1.5 => Ok(Value::Float(v)),
        Err((MathError::Range, _)) => Err(range_error()),
    }
}

fn one_arg(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str) -> PyResult<f64> {
    check_args(name, a, k, 1, 1)?;
    arg_f64(vm, &a[0])
}

fn two_args(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str) -> PyResult<(f64, f64)> {
    check_args(name, a, k, 2, 2)?;
    Ok((arg_f64(vm, &a[0])?, arg_f64(vm, &a[1])?))
}

macro_rules! libm_unary {
    ($($name:ident => $can_overflow:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
                let x = one_arg(vm, a, k, stringify!($name))?;
                checked(x, libm::$name(x), $can_overflow)
            }
        )*
    };
}

libm_unary!(acosh => false, asinh => false, atanh => false, cbrt => false, exp2 => true, expm1 => true, log1p => false);

fn erf(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "erf")?;
    Ok(Value::Float(libm::erf(x)))
}

fn erfc(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "erfc")?;
    Ok(Value::Float(libm::erfc(x)))
}

// --- gamma and lgamma: the Lanczos approximation with g = 6.024680040776729583740234375 and 13
// terms, as a ratio of polynomials, with exact values for small integers.

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/// Arguments up to this many have their gamma exactly: (n-1)!.
const EXACT_GAMMA_UP_TO: usize = 23;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the multiples of a half.
fn sin_pi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn gamma_value(x: f64) -> Result<f64, (MathError, f64)> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err((MathError::Domain, f64::NAN)) };
    }
    if x == 0.0 {
        return Err((MathError::Domain, f64::INFINITY.copysign(x)));
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err((MathError::Domain, f64::NAN));
        }
        if x <= EXACT_GAMMA_UP_TO as f64 {
            return Ok((1..x as u64).map(|i| i as f64).product());
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err((MathError::Range, r)) } else { Ok(r) };
    }
    if ax > 200.0 {
        return if x < 0.0 { Ok(0.0 / sin_pi(x)) } else { Err((MathError::Range, f64::INFINITY)) };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, corrected for below.
    let z = if ax > LANCZOS_G_MINUS_HALF { (y - ax) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - ax };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if r.is_infinite() { Err((MathError::Range, r)) } else { Ok(r) }
}

fn lgamma_value(x: f64) -> Result<f64, (MathError, f64)> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err((MathError::Domain, f64::INFINITY)) } else { Ok(0.0) };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-ax.ln());
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    if r.is_infinite() { Err((MathError::Range, r)) } else { Ok(r) }
}

fn gamma(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "gamma")?;
    reported(gamma_value(x))
}

fn lgamma(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "lgamma")?;
    reported(lgamma_value(x))
}

// --- two-argument functions and the ones returning pairs.

fn fmod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, a, k, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, a, k, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

fn nextafter(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, a, k, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "ulp")?;
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

/// (mantissa, exponent) with x = m * 2**e and 0.5 <= |m| < 1 (x itself and 0 for 0, inf, nan).
fn frexp_parts(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_parts(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn frexp(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "frexp")?;
    let (m, e) = frexp_parts(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("ldexp", a, k, 2, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let exp: i64 = match &a[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => {
            if num_traits::Signed::is_negative(&**b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    if exp > 2200 {
        return Err(range_error());
    }
    if exp < -2200 {
        return Ok(Value::Float(0.0f64.copysign(x)));
    }
    let (m, e) = frexp_parts(x);
    let r = round_scale(m, e + exp as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// m * 2**e for 0.5 <= |m| < 1, rounded once to the nearest double (ties to even), subnormals
/// and overflow included.
fn round_scale(m: f64, e: i32) -> f64 {
    if e > 1024 {
        return f64::INFINITY.copysign(m);
    }
    if e >= -1021 {
        return m * 2f64.powi(e - 1) * 2.0;
    }
    // Subnormal range: one multiplication by an exact power of two rounds correctly.
    if e < -1075 {
        return 0.0f64.copysign(m);
    }
    m * 2f64.powi(e + 60) * 2f64.powi(-60)
}

fn modf(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "modf")?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
}

// --- hypot and dist: the norm of a vector, scaled by a power of two and summed with the
// rounding errors of each square kept, then corrected once (CPython 3.11's vector_norm).

/// 2**e exactly, subnormal powers included (for -1074 <= e <= 1023).
fn power_of_two(e: i32) -> f64 {
    if e >= -1022 { f64::from_bits(((e + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (e + 1074)) }
}

/// a * b as hi + lo exactly.
fn exact_product(a: f64, b: f64) -> (f64, f64) {
    let hi = a * b;
    (hi, a.mul_add(b, -hi))
}

/// a + b as hi + lo exactly, for |a| >= |b|.
fn exact_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

fn vector_norm(values: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_parts(max);
    if max_e < -1023 {
        for v in values.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(values, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = power_of_two(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &v in values.iter() {
        let x = v * scale;
        let (hi, lo) = exact_product(x, x);
        let (s, e) = exact_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_product(-h, h);
    let (s, e) = exact_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The absolute values of `coords` with their maximum and whether any is a NaN.
fn magnitudes(vm: &mut Vm, coords: impl Iterator<Item = PyResult<f64>>) -> PyResult<(Vec<f64>, f64, bool)> {
    let _ = vm;
    let (mut out, mut max, mut nan) = (Vec::new(), 0.0f64, false);
    for c in coords {
        let x = c?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        out.push(x);
    }
    Ok((out, max, nan))
}

fn hypot(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if let Some((name, _)) = k.first() {
        let _ = name;
        return Err(PyErr::type_error("math.hypot() takes no keyword arguments"));
    }
    let floats: Vec<f64> = a.iter().map(|v| arg_f64(vm, v)).collect::<PyResult<_>>()?;
    let (mut values, max, nan) = magnitudes(vm, floats.into_iter().map(Ok))?;
    Ok(Value::Float(vector_norm(&mut values, max, nan)))
}

fn dist(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("dist", a, k, 2, 2)?;
    let (p, q) = (vm.collect(&a[0])?, vm.collect(&a[1])?);
    if p.len() != q.len() {
        return Err(PyErr::new(ExcKind::ValueError, "both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        diffs.push(arg_f64(vm, x)? - arg_f64(vm, y)?);
    }
    let (mut values, max, nan) = magnitudes(vm, diffs.into_iter().map(Ok))?;
    Ok(Value::Float(vector_norm(&mut values, max, nan)))
}

/// The functions of this file, for the math module's table.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acosh", acosh),
    ("asinh", asinh),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("dist", dist),
    ("erf", erf),
    ("erfc", erfc),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fmod", fmod),
    ("frexp", frexp),
    ("gamma", gamma),
    ("hypot", hypot),
    ("ldexp", ldexp),
    ("lgamma", lgamma),
    ("log1p", log1p),
    ("modf", modf),
    ("nextafter", nextafter),
    ("remainder", remainder),
    ("ulp", ulp),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_integers_have_exact_gamma() {
        assert_eq!(gamma_value(5.0), Ok(24.0));
        assert_eq!(lgamma_value(2.0), Ok(0.0));
    }

    #[test]
    fn frexp_splits_normal_and_subnormal_numbers() {
        assert_eq!(frexp_parts(8.0), (0.5, 4));
        assert_eq!(frexp_parts(5e-324), (0.5, -1073));
    }
}
