//! The `math` module.

use super::make_module;
use crate::builtins::args::arg_f64;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Checks a math function's arguments as CPython's do: keywords are refused naming
/// `math.NAME()`, and so is a wrong count for the one-argument functions (the counts of the
/// others name the function bare).
pub(super) fn check_args(name: &str, a: &[Value], k: &KwArgs, min: usize, max: usize) -> PyResult<()> {
    if let Some((key, _)) = k.first() {
        return Err(PyErr::type_error(format!("math.{name}() takes no keyword arguments")).with_hint(key.as_str()));
    }
    if (min..=max).contains(&a.len()) {
        return Ok(());
    }
    let shown = if (min, max) == (1, 1) { format!("math.{name}") } else { name.to_string() };
    crate::builtins::args::check_args(&shown, a, k, min, max)
}

/// A function of one float under CPython's math_1 rules (see `math_special::checked`): an
/// infinity from a finite argument is "math range error" where the function can overflow.
fn f1(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    check_args(name, a, k, 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    super::math_special::checked(x, f(x), can_overflow)
}

macro_rules! unary {
    ($name:ident, $f:expr, $can_overflow:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            f1(vm, a, k, stringify!($name), $f, $can_overflow)
        }
    };
}

/// A function of one float that never fails (degrees, radians).
macro_rules! plain_unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            check_args(stringify!($name), a, k, 1, 1)?;
            Ok(Value::Float($f(arg_f64(vm, &a[0])?)))
        }
    };
}

unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(exp, f64::exp, true);
unary!(fabs, f64::abs, false);

fn sqrt(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sqrt", a, k, 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x < 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

/// floor, ceil and trunc: ints as they are, floats rounded by `f`, any other object by its own
/// `dunder` (`__floor__`...); without one, floor and ceil take it as a float, trunc refuses it.
fn round_to_int(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(name, a, k, 1, 1)?;
    let v = &a[0];
    let x = match v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => *x,
        _ => {
            if let Value::Instance(i) = v
                && let Some(method) = i.class_ref().lookup(&crate::objects::str::intern(dunder))
            {
                return vm.call1(&crate::vm::special::as_method(method), v.clone());
            }
            if let Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) = crate::vm::subclass::wrapped(v) {
                return round_to_int(vm, std::slice::from_ref(inner), k, name, dunder, f);
            }
            if dunder == "__trunc__" {
                let tp = crate::objects::types::types().of(v);
                return Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", tp.name)));
            }
            arg_f64(vm, v)?
        }
    };
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    Ok(crate::builtins::numbers::float_to_int(f(x)))
}

fn floor(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    round_to_int(vm, a, k, "floor", "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    round_to_int(vm, a, k, "ceil", "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    round_to_int(vm, a, k, "trunc", "__trunc__", f64::trunc)
}

fn pow(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pow", a, k, 2, 2)?;
    let (x, y) = (arg_f64(vm, &a[0])?, arg_f64(vm, &a[1])?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() && !r.is_finite() {
        return Err(if r.is_nan() || x == 0.0 { PyErr::value_error("math domain error") } else { PyErr::overflow("math range error") });
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("atan2", a, k, 2, 2)?;
    Ok(Value::Float(arg_f64(vm, &a[0])?.atan2(arg_f64(vm, &a[1])?)))
}

fn isclose(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let args = crate::builtins::args::clinic_args("isclose", a, k, &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let mut f = |i: usize, default: f64| -> PyResult<f64> {
        match &args[i] {
            Some(v) => arg_f64(vm, v),
            None => Ok(default),
        }
    };
    let (x, y, rel, abs) = (f(0, 0.0)?, f(1, 0.0)?, f(2, 1e-9)?, f(3, 0.0)?);
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
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
        other => vm.index_bigint(other),
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

fn gcd(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("gcd", a, k, 0, usize::MAX)?;
    let mut g = num_bigint::BigInt::from(0);
    for v in a {
        g = gcd_of(&g, &big_arg(vm, v)?);
    }
    Ok(Value::bigint(g))
}

fn lcm(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("lcm", a, k, 0, usize::MAX)?;
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

plain_unary!(degrees, f64::to_degrees);
plain_unary!(radians, f64::to_radians);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);

fn isfinite(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isfinite", a, k, 1, 1)?;
    Ok(Value::Bool(arg_f64(vm, &a[0])?.is_finite()))
}

/// fsum: the correctly rounded sum (Shewchuk's algorithm: exact partial sums, added last).
fn fsum(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fsum", a, k, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    // The infinities and NaNs met, summed apart (the finite partials no longer matter then).
    let (mut special_sum, mut inf_sum) = (0.0, 0.0);
    for v in vm.collect(&a[0])? {
        let given = arg_f64(vm, &v)?;
        let mut x = given;
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
        if x.is_finite() {
            partials.push(x);
        } else if given.is_finite() {
            return Err(PyErr::overflow("intermediate overflow in fsum"));
        } else {
            if given.is_infinite() {
                inf_sum += given;
            }
            special_sum += given;
            partials.clear();
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
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
    if a.len() + k.len() <= 2 && a.len() != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({} given)", a.len())));
    }
    let args = crate::builtins::args::clinic_args("prod", a, k, &["", "start"], 1, 1)?;
    let mut acc = args[1].clone().unwrap_or(Value::Int(1));
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
    for (name, f) in super::math_special::FUNCTIONS.iter().chain(super::math_log::FUNCTIONS) {
        d.set_str(crate::objects::str::intern(name), crate::objects::function::Builtin::new(name, *f));
    }
    d.set_str(crate::name!("pi").clone(), Value::Float(std::f64::consts::PI));
    d.set_str(crate::name!("e").clone(), Value::Float(std::f64::consts::E));
    d.set_str(crate::name!("tau").clone(), Value::Float(std::f64::consts::TAU));
    d.set_str(crate::name!("inf").clone(), Value::Float(f64::INFINITY));
    d.set_str(crate::name!("nan").clone(), Value::Float(f64::NAN));
    m
}
