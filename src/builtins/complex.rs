//! The `complex` type's methods: the constructor (numbers, `__complex__`, strings parsed as CPython
//! does), arithmetic with int/float/complex (CPython's division and power algorithms and errors),
//! comparisons, hash, repr/str and `format()`.

use super::args::{check_args, kwarg, only_kwargs};
use crate::objects::Arc;
use crate::objects::complex::{Complex, complex_parts, new_complex, new_complex_of};
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::hashing::hash_float;
use crate::objects::repr::float_repr;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::format_spec::{Spec, format_float, group, pad, parse_spec};

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

fn this(a: &[Value]) -> PyResult<Complex> {
    a.first().and_then(complex_parts).ok_or_else(|| PyErr::type_error("descriptor requires a 'complex' object"))
}

/// A number operand as a complex: None when `v` is not an int, float or complex.
fn operand(v: &Value) -> PyResult<Option<Complex>> {
    Ok(match v {
        Value::Int(i) => Some(Complex { re: *i as f64, im: 0.0 }),
        Value::Bool(b) => Some(Complex { re: *b as i64 as f64, im: 0.0 }),
        Value::BigInt(b) => {
            let f = num_traits::ToPrimitive::to_f64(&**b).filter(|f| f.is_finite()).ok_or_else(|| PyErr::overflow("int too large to convert to float"))?;
            Some(Complex { re: f, im: 0.0 })
        }
        Value::Float(f) => Some(Complex { re: *f, im: 0.0 }),
        Value::Instance(_) => complex_parts(v).or_else(|| crate::vm::subclass::wrapped(v).and_then(|w| operand(w).ok().flatten())),
        _ => None,
    })
}

fn prod(a: Complex, b: Complex) -> Complex {
    Complex { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }
}

/// CPython's `_Py_c_quot`; None for a zero divisor.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom })
    } else {
        Some(Complex { re: f64::NAN, im: f64::NAN })
    }
}

/// Why a power failed.
enum PowError {
    ZeroToNegative,
}

/// CPython's `_Py_c_pow`.
fn pow_general(a: Complex, b: Complex) -> Result<Complex, PowError> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex { re: len * phase.cos(), im: len * phase.sin() })
}

fn pow_unsigned(x: Complex, n: i64) -> Complex {
    let (mut r, mut p, mut mask) = (ONE, x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` as CPython's complex_pow (small integral exponents by repeated multiplication).
fn power(a: Complex, b: Complex) -> PyResult<Complex> {
    let n = b.re as i64;
    let r = if b.im == 0.0 && b.re == n as f64 {
        if !(-100..=100).contains(&n) {
            pow_general(a, Complex { re: n as f64, im: 0.0 })
        } else if n > 0 {
            Ok(pow_unsigned(a, n))
        } else {
            quot(ONE, pow_unsigned(a, -n)).ok_or(PowError::ZeroToNegative)
        }
    } else {
        pow_general(a, b)
    };
    match r {
        Err(PowError::ZeroToNegative) => Err(PyErr::zero_division("0.0 to a negative or complex power")),
        Ok(p) if p.re.is_infinite() || p.im.is_infinite() => Err(PyErr::overflow("complex exponentiation")),
        Ok(p) => Ok(p),
    }
}

/// `a ** b` for floats whose result is complex (a negative base, a fractional exponent).
pub fn real_pow(a: f64, b: f64) -> PyResult<Value> {
    let r = power(Complex { re: a, im: 0.0 }, Complex { re: b, im: 0.0 })?;
    Ok(new_complex(r.re, r.im))
}

/// The arithmetic operators, by the operand order they compute.
#[derive(Clone, Copy)]
enum Arith {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn arith(op: Arith, x: Complex, y: Complex) -> PyResult<Complex> {
    Ok(match op {
        Arith::Add => Complex { re: x.re + y.re, im: x.im + y.im },
        Arith::Sub => Complex { re: x.re - y.re, im: x.im - y.im },
        Arith::Mul => prod(x, y),
        Arith::Div => quot(x, y).ok_or_else(|| PyErr::zero_division("complex division by zero"))?,
        Arith::Pow => power(x, y)?,
    })
}

/// `self op other` (reflected: `other op self`), NotImplemented for operands that are not numbers.
fn binary(a: &[Value], op: Arith, reflected: bool) -> PyResult<Value> {
    let x = this(a)?;
    let Some(y) = (match a.get(1) {
        Some(v) => operand(v)?,
        None => return Err(PyErr::type_error("expected 1 argument, got 0")),
    }) else {
        return Ok(Value::NotImplemented);
    };
    let r = if reflected { arith(op, y, x)? } else { arith(op, x, y)? };
    Ok(new_complex(r.re, r.im))
}

macro_rules! binops {
    ($($name:ident => $op:ident, $refl:expr;)*) => {
        $(fn $name(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
            binary(a, Arith::$op, $refl)
        })*
    };
}

binops! {
    add => Add, false;
    radd => Add, true;
    sub => Sub, false;
    rsub => Sub, true;
    mul => Mul, false;
    rmul => Mul, true;
    truediv => Div, false;
    rtruediv => Div, true;
    rpow => Pow, true;
}

fn pow(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.get(2).is_some_and(|m| !m.is_none()) {
        return Err(PyErr::value_error("complex modulo"));
    }
    binary(&a[..2.min(a.len())], Arith::Pow, false)
}

fn neg(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(a)?;
    Ok(new_complex(-c.re, -c.im))
}

fn pos(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(a)?;
    Ok(new_complex(c.re, c.im))
}

/// CPython's `_Py_c_abs`.
pub fn c_abs(c: Complex) -> PyResult<f64> {
    if c.re.is_infinite() || c.im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if c.re.is_nan() || c.im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = c.re.hypot(c.im);
    if r.is_infinite() {
        return Err(PyErr::overflow("absolute value too large"));
    }
    Ok(r)
}

fn abs(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(c_abs(this(a)?)?))
}

fn bool_(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(a)?;
    Ok(Value::Bool(c.re != 0.0 || c.im != 0.0))
}

fn hash(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(a)?;
    let h = (hash_float(c.re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_float(c.im) as u64)) as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn equal(vm: &mut Vm, a: &[Value]) -> PyResult<Option<bool>> {
    let x = this(a)?;
    let other = &a[1];
    Ok(match other {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            if x.im != 0.0 {
                Some(false)
            } else {
                let r = vm.compare_op(&Value::Float(x.re), other, crate::ast::CmpOp::Eq)?;
                Some(matches!(r, Value::Bool(true)))
            }
        }
        Value::Float(f) => Some(x.re == *f && x.im == 0.0),
        _ => complex_parts(other).map(|y| x.re == y.re && x.im == y.im),
    })
}

fn eq(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__eq__", a, k, 2, 2)?;
    Ok(equal(vm, a)?.map(Value::Bool).unwrap_or(Value::NotImplemented))
}

fn ne(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__ne__", a, k, 2, 2)?;
    Ok(equal(vm, a)?.map(|b| Value::Bool(!b)).unwrap_or(Value::NotImplemented))
}

fn unordered(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(Value::NotImplemented)
}

/// One part as repr shows it: the shortest repr, without a trailing ".0".
fn part_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    let s = float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

pub fn complex_repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part_repr(c.im));
    }
    let sign = if c.im.is_nan() || c.im.is_sign_positive() { "+" } else { "-" };
    let im = part_repr(c.im);
    format!("({}{sign}{}j)", part_repr(c.re), im.trim_start_matches('-'))
}

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(complex_repr(this(a)?)))
}

/// `format(c, spec)` as CPython's format_complex_internal.
fn complex_format(c: Complex, spec_text: &str) -> PyResult<String> {
    if spec_text.is_empty() {
        return Ok(complex_repr(c));
    }
    let spec = parse_spec(spec_text)?;
    if spec.zero && spec.fill.is_none() {
        return Err(PyErr::value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let ty = match spec.ty {
        None => None,
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => Some(if t == 'n' { 'g' } else { t }),
        Some(t) => return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'complex'"))),
    };
    let skip_re = ty.is_none() && c.re == 0.0 && c.re.is_sign_positive();
    let parens = ty.is_none() && !skip_re;
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        match (ty, spec.precision) {
            (None, None) => {
                let mut body = part_repr(x.abs());
                if spec.alt && x.is_finite() && !body.contains('.') {
                    let at = body.find('e').unwrap_or(body.len());
                    body.insert(at, '.');
                }
                if let Some(sep) = spec.grouping {
                    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
                    body = format!("{}{}", group(&body[..split], sep, 3), &body[split..]);
                }
                let neg = x.is_sign_negative() && !x.is_nan();
                let s = if neg {
                    "-"
                } else {
                    match sign {
                        Some('+') => "+",
                        Some(' ') => " ",
                        _ => "",
                    }
                };
                Ok(format!("{s}{body}"))
            }
            (t, p) => {
                let sub = Spec {
                    sign,
                    alt: spec.alt,
                    no_neg_zero: spec.no_neg_zero,
                    precision: Some(p.unwrap_or(6)),
                    ty: Some(t.unwrap_or('g')),
                    grouping: spec.grouping,
                    ..Default::default()
                };
                let sub = if t.is_none() { Spec { precision: p, ..sub } } else { sub };
                format_float(x, &sub)
            }
        }
    };
    let im = part(c.im, Some('+'))?;
    let body = if skip_re {
        let im = part(c.im, spec.sign)?;
        format!("{im}j")
    } else {
        let re = part(c.re, spec.sign)?;
        if parens { format!("({re}{im}j)") } else { format!("{re}{im}j") }
    };
    let outer = Spec { fill: spec.fill, align: Some(spec.align.unwrap_or('>')), width: spec.width, ..Default::default() };
    pad(&outer, "", &body, true)
}

fn format(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__format__", a, k, 2, 2)?;
    let Value::Str(s) = &a[1] else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", types().of(&a[1]).name)));
    };
    Ok(Value::string(complex_format(this(a)?, s.as_str())?))
}

fn real(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(this(a)?.re))
}

fn imag(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(this(a)?.im))
}

fn conjugate(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("conjugate", a, k, 1, 1)?;
    let c = this(a)?;
    Ok(new_complex(c.re, -c.im))
}

fn getnewargs(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(a)?;
    Ok(Value::tuple(vec![Value::Float(c.re), Value::Float(c.im)]))
}

fn dunder_complex(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(a)?;
    Ok(new_complex(c.re, c.im))
}

/// The longest float literal at the start of `s` (sign included) and what follows it.
fn float_prefix(s: &str) -> Option<(f64, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return super::numbers::parse_float(&s[..end]).map(|f| (f, &s[end..]));
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && (b[*i].is_ascii_digit() || b[*i] == b'_') {
            *i += 1;
        }
        *i > start
    };
    let mut any = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        any |= digits(&mut i);
    }
    if !any {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) {
            i = j;
        }
    }
    super::numbers::parse_float(&s[..i]).map(|f| (f, &s[i..]))
}

/// `complex("...")`: "1", "2j", "1+2j", "-j", "(1-2.5e3j)", with surrounding whitespace.
pub fn parse_complex(text: &str) -> Option<Complex> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim();
    }
    let is_j = |r: &str| r == "j" || r == "J";
    let unit = |r: &str| match r {
        "j" | "J" | "+j" | "+J" => Some(1.0),
        "-j" | "-J" => Some(-1.0),
        _ => None,
    };
    match float_prefix(s) {
        None => unit(s).map(|im| Complex { re: 0.0, im }),
        Some((x, "")) => Some(Complex { re: x, im: 0.0 }),
        Some((x, rest)) if is_j(rest) => Some(Complex { re: 0.0, im: x }),
        Some((x, rest)) if rest.starts_with(['+', '-']) => match float_prefix(rest) {
            Some((y, r)) if is_j(r) => Some(Complex { re: x, im: y }),
            Some(_) => None,
            None => unit(rest).map(|im| Complex { re: x, im }),
        },
        _ => None,
    }
}

/// A real-number argument of complex(): its float value, or None when it is no number.
fn real_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => operand(v)?.map(|c| c.re),
        Value::Instance(i) => {
            if let Some(f) = i.class_ref().lookup(&intern("__float__")) {
                match vm.call1(&f, v.clone())? {
                    Value::Float(x) => Some(x),
                    r => return Err(PyErr::type_error(format!("{}.__float__ returned non-float (type {})", i.class_ref().name, types().of(&r).name))),
                }
            } else if let Some(f) = i.class_ref().lookup(&intern("__index__")) {
                let r = vm.call1(&f, v.clone())?;
                operand(&r)?.map(|c| c.re)
            } else {
                crate::vm::subclass::wrapped(v).map(|w| real_arg(vm, &w.clone())).transpose()?.flatten()
            }
        }
        _ => None,
    })
}

/// The first argument through `__complex__`, if its class has one.
fn via_dunder(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    let Value::Instance(i) = v else { return Ok(None) };
    if complex_parts(v).is_some() && Arc::ptr_eq(i.class_ref(), &types().complex) {
        return Ok(complex_parts(v));
    }
    let Some(f) = i.class_ref().lookup(&intern("__complex__")) else { return Ok(complex_parts(v)) };
    let r = vm.call1(&f, v.clone())?;
    match complex_parts(&r) {
        Some(c) => Ok(Some(c)),
        None => Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", types().of(&r).name))),
    }
}

/// A string argument of complex(): underscores only between digits (else CPython's "could not
/// convert" message), then the literal forms of `parse_complex`.
fn parse_complex_arg(s: &str) -> PyResult<Complex> {
    let b = s.as_bytes();
    let misplaced = (0..b.len()).any(|i| b[i] == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(|c| c.is_ascii_digit())));
    if misplaced {
        return Err(PyErr::value_error(format!("could not convert string to complex: {}", crate::objects::repr::str_repr(s))));
    }
    parse_complex(&s.replace('_', "")).ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))
}

fn complex_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("complex", k, &["real", "imag"])?;
    let Some(Value::Class(cls)) = a.first() else { return Err(PyErr::type_error("complex.__new__(X): X is not a type object")) };
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("complex() takes at most 2 arguments ({} given)", a.len() - 1 + k.len())));
    }
    let r = a.get(1).or_else(|| kwarg(k, "real")).cloned();
    let i = a.get(2).or_else(|| kwarg(k, "imag")).cloned();
    let make = |c: Complex| new_complex_of(cls.clone(), c.re, c.im);
    let exact = Arc::ptr_eq(cls, &types().complex);
    if let Some(Value::Str(s)) = &r {
        if i.is_some() {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
        }
        return parse_complex_arg(s.as_str()).map(make);
    }
    if let Some(Value::Str(_)) = &i {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    if exact
        && i.is_none()
        && let Some(v @ Value::Instance(inst)) = &r
        && Arc::ptr_eq(inst.class_ref(), &types().complex)
    {
        return Ok(v.clone());
    }
    let (mut re, mut im) = (0.0, 0.0);
    let mut real_is_complex = false;
    if let Some(rv) = &r {
        match via_dunder(vm, rv)? {
            Some(c) => {
                re = c.re;
                im = c.im;
                real_is_complex = true;
            }
            None => match real_arg(vm, rv)? {
                Some(f) => re = f,
                None => return Err(PyErr::type_error(format!("complex() first argument must be a string or a number, not '{}'", types().of(rv).name))),
            },
        }
    }
    if let Some(iv) = &i {
        let (ire, iim) = match complex_parts(iv) {
            Some(c) => (c.re, c.im),
            None => match real_arg(vm, iv)? {
                Some(f) => (f, 0.0),
                None => return Err(PyErr::type_error(format!("complex() second argument must be a number, not '{}'", types().of(iv).name))),
            },
        };
        re -= iim;
        im = if real_is_complex { im + ire } else { ire };
    }
    Ok(make(Complex { re, im }))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__hash__", hash),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", unordered),
    ("__le__", unordered),
    ("__gt__", unordered),
    ("__ge__", unordered),
    ("__repr__", repr),
    ("__str__", repr),
    ("__format__", format),
    ("conjugate", conjugate),
    ("__getnewargs__", getnewargs),
    ("__complex__", dunder_complex),
];

pub fn install() {
    let c = &types().complex;
    for (n, f) in METHODS {
        c.dict.set_str(intern(n), Builtin::method(Owner::Complex, n, *f));
    }
    c.dict.set_str(crate::name!("__new__").clone(), Builtin::method(Owner::Complex, "__new__", complex_new));
    for (n, f) in [("real", real as NativeFn), ("imag", imag)] {
        c.dict.set_str(intern(n), super::object::native_property(Builtin::method(Owner::Complex, n, f)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpython_forms() {
        let p = |s: &str| parse_complex(s).map(|c| (c.re, c.im));
        assert_eq!(p("1+2j"), Some((1.0, 2.0)));
        assert_eq!(p(" ( -j ) "), Some((0.0, -1.0)));
        assert_eq!(p("1e3-2.5E-1J"), Some((1000.0, -0.25)));
        assert_eq!(p("3"), Some((3.0, 0.0)));
        assert_eq!(p("1+j"), Some((1.0, 1.0)));
        assert_eq!(p("1 + 2j"), None);
        assert_eq!(p(""), None);
        assert_eq!(p("j1"), None);
    }

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(complex_repr(Complex { re: 0.0, im: 1.0 }), "1j");
        assert_eq!(complex_repr(Complex { re: -0.0, im: -0.0 }), "(-0-0j)");
        assert_eq!(complex_repr(Complex { re: 1.5, im: -2.5 }), "(1.5-2.5j)");
    }
}
