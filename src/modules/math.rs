//! The `math` module.

use super::make_module;
use crate::builtins::args::{arg_f64, check_args};
use crate::objects::function::KwArgs;
use crate::objects::function::NO_KWARGS;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn f1(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(name, a, k, 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            f1(vm, a, k, stringify!($name), $f)
        }
    };
}

unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(asin, f64::asin);
unary!(acos, f64::acos);
unary!(atan, f64::atan);
unary!(exp, f64::exp);
unary!(fabs, f64::abs);
unary!(log2, f64::log2);
unary!(log10, f64::log10);

fn sqrt(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sqrt", a, k, 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x < 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

fn log(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("log", a, k, 1, 2)?;
    let x = arg_f64(vm, &a[0])?;
    if x <= 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    let r = if a.len() == 2 { x.ln() / arg_f64(vm, &a[1])?.ln() } else { x.ln() };
    Ok(Value::Float(r))
}

fn round_to_int(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(name, a, k, 1, 1)?;
    match &a[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(a[0].clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v => {
            let x = arg_f64(vm, v)?;
            if x.is_infinite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            if x.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            Ok(crate::builtins::numbers::float_to_int(f(x)))
        }
    }
}

fn floor(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    round_to_int(vm, a, k, "floor", f64::floor)
}
fn ceil(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    round_to_int(vm, a, k, "ceil", f64::ceil)
}
fn trunc(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    round_to_int(vm, a, k, "trunc", f64::trunc)
}

fn pow(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pow", a, k, 2, 2)?;
    Ok(Value::Float(arg_f64(vm, &a[0])?.powf(arg_f64(vm, &a[1])?)))
}

fn atan2(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("atan2", a, k, 2, 2)?;
    Ok(Value::Float(arg_f64(vm, &a[0])?.atan2(arg_f64(vm, &a[1])?)))
}

fn isclose(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isclose", a, NO_KWARGS, 2, 2)?;
    let (x, y) = (arg_f64(vm, &a[0])?, arg_f64(vm, &a[1])?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (n, v) in k {
        match n.as_str() {
            "rel_tol" => rel = arg_f64(vm, v)?,
            "abs_tol" => abs = arg_f64(vm, v)?,
            _ => return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{}'", n.as_str()))),
        }
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(d <= (rel * y.abs()).max(rel * x.abs()) || d <= abs))
}

/// An integer argument as a big int (TypeError for anything else, as CPython).
fn big_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(crate::vm::protocol::to_big(v)),
        other => Ok(num_bigint::BigInt::from(vm.index_value(other)?)),
    }
}

/// gcd(a, b), non-negative. When one side fits a machine word, one remainder of the other by it
/// leaves two words (a running lcm of many small numbers grows huge; the binary gcd of a huge
/// number and a small one would walk all of its bits each time).
fn gcd_of(a: &num_bigint::BigInt, b: &num_bigint::BigInt) -> num_bigint::BigInt {
    let (big, small) = if b.bits() <= a.bits() { (a, b) } else { (b, a) };
    match small.magnitude().to_u64() {
        Some(0) => big.abs(),
        Some(s) => {
            let r = (big.magnitude() % s).to_u64().unwrap_or(0);
            num_bigint::BigInt::from(r.gcd(&s))
        }
        None => big.gcd(small),
    }
}

fn gcd(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let mut g = num_bigint::BigInt::from(0);
    for v in a {
        g = gcd_of(&g, &big_arg(vm, v)?);
    }
    Ok(Value::bigint(g))
}

fn lcm(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let mut l = num_bigint::BigInt::from(1);
    for v in a {
        let b = big_arg(vm, v)?;
        l = if l.is_zero() || b.is_zero() { num_bigint::BigInt::from(0) } else { (&l / gcd_of(&l, &b) * b).abs() };
    }
    Ok(Value::bigint(l))
}

/// n and k of perm and comb (ints of any size, neither negative), or None when k > n (no way).
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<Option<(num_bigint::BigInt, num_bigint::BigInt)>> {
    let (n, k) = (big_arg(vm, n)?, big_arg(vm, k)?);
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((k <= n).then_some((n, k)))
}

/// A count the products below run over: at most a C long, as CPython's (OverflowError "`what`
/// must not exceed ..." before any multiplying).
fn steps(k: &num_bigint::BigInt, what: &str) -> PyResult<u64> {
    k.to_i64().map(|k| k as u64).ok_or_else(|| PyErr::overflow(format!("{what} must not exceed {}", i64::MAX)))
}

/// n * (n - 1) * ... * (n - k + 1).
fn falling_product(n: &num_bigint::BigInt, k: u64) -> num_bigint::BigInt {
    let mut r = num_bigint::BigInt::from(1);
    let mut f = n.clone();
    for _ in 0..k {
        r *= &f;
        f -= 1;
    }
    r
}

fn perm(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("perm", a, k, 1, 2)?;
    let Some(k) = a.get(1).filter(|v| !v.is_none()) else { return factorial_value(vm, &a[0]) };
    let Some((n, k)) = n_and_k(vm, &a[0], k)? else { return Ok(Value::Int(0)) };
    Ok(Value::bigint(falling_product(&n, steps(&k, "k")?)))
}

fn comb(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("comb", a, k, 2, 2)?;
    let Some((n, k)) = n_and_k(vm, &a[0], &a[1])? else { return Ok(Value::Int(0)) };
    // C(n, k) = C(n, n - k): the shorter product.
    let k = steps(&k.clone().min(&n - &k), "min(n - k, k)")?;
    Ok(Value::bigint(falling_product(&n, k) / falling_product(&num_bigint::BigInt::from(k), k)))
}

fn isqrt(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isqrt", a, k, 1, 1)?;
    let n = big_arg(vm, &a[0])?;
    if n < num_bigint::BigInt::from(0) {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

fn copysign(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("copysign", a, k, 2, 2)?;
    Ok(Value::Float(arg_f64(vm, &a[0])?.copysign(arg_f64(vm, &a[1])?)))
}

unary!(degrees, f64::to_degrees);
unary!(radians, f64::to_radians);
unary!(sinh, f64::sinh);
unary!(cosh, f64::cosh);
unary!(tanh, f64::tanh);

fn isfinite(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isfinite", a, k, 1, 1)?;
    Ok(Value::Bool(arg_f64(vm, &a[0])?.is_finite()))
}

/// fsum: the correctly rounded sum (Shewchuk's algorithm: exact partial sums, added last).
fn fsum(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fsum", a, k, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    for v in vm.collect(&a[0])? {
        let mut x = arg_f64(vm, &v)?;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        partials.push(x);
    }
    // Add the partials from the top, rounding half-way cases as CPython does.
    let mut hi = 0.0;
    let mut n = partials.len();
    {
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                if y == x - hi {
                    hi = x;
                }
            }
        }
    }
    // A sum of negative zeros is 0.0 in 3.11 (adding 0.0 changes nothing else).
    Ok(Value::Float(hi + 0.0))
}

/// prod(iterable, *, start=1): the product, by the `*` operator.
fn prod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({} given)", a.len())));
    }
    crate::builtins::args::only_kwargs("prod", k, &["start"])?;
    let mut acc = crate::builtins::args::kwarg(k, "start").cloned().unwrap_or(Value::Int(1));
    let items = vm.collect(&a[0])?;
    for v in items {
        acc = vm.binary_op(&acc, &v, crate::ast::BinOp::Mul)?;
    }
    Ok(acc)
}

fn factorial(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("factorial", a, k, 1, 1)?;
    factorial_value(vm, &a[0])
}

fn factorial_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = big_arg(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let n = n.to_i64().ok_or_else(|| PyErr::overflow(format!("factorial() argument should not exceed {}", i64::MAX)))?;
    Ok(Value::bigint(falling_product(&num_bigint::BigInt::from(n), n as u64)))
}

fn isnan(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isnan", a, k, 1, 1)?;
    Ok(Value::Bool(arg_f64(vm, &a[0])?.is_nan()))
}

fn isinf(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isinf", a, k, 1, 1)?;
    Ok(Value::Bool(arg_f64(vm, &a[0])?.is_infinite()))
}

pub fn create() -> Value {
    let (m, d) = make_module(
        "math",
        &[
            ("sqrt", sqrt),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("fabs", fabs),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("pow", pow),
            ("isclose", isclose),
            ("gcd", gcd),
            ("lcm", lcm),
            ("perm", perm),
            ("comb", comb),
            ("isqrt", isqrt),
            ("copysign", copysign),
            ("degrees", degrees),
            ("radians", radians),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("isfinite", isfinite),
            ("fsum", fsum),
            ("prod", prod),
            ("factorial", factorial),
            ("isnan", isnan),
            ("isinf", isinf),
        ],
    );
    for (name, f) in super::math_special::FUNCTIONS {
        d.set_str(crate::objects::str::intern(name), crate::objects::function::Builtin::new(name, *f));
    }
    d.set_str(crate::name!("pi").clone(), Value::Float(std::f64::consts::PI));
    d.set_str(crate::name!("e").clone(), Value::Float(std::f64::consts::E));
    d.set_str(crate::name!("tau").clone(), Value::Float(std::f64::consts::TAU));
    d.set_str(crate::name!("inf").clone(), Value::Float(f64::INFINITY));
    d.set_str(crate::name!("nan").clone(), Value::Float(f64::NAN));
    m
}
