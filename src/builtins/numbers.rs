//! int, float and bool: constructors (parsing with CPython's rules and messages) and methods.

use super::args::check_args;
use super::attr_table::Computed;
use crate::objects::ExcKind;
use crate::objects::class::{Instance, Payload};
use crate::objects::function::KwArgs;
use crate::objects::function::NativeFn;
use crate::objects::function::Owner;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn float_to_int(f: f64) -> Value {
    use num_traits::FromPrimitive;
    if f.abs() < 9.2e18 { Value::Int(f as i64) } else { Value::bigint(BigInt::from_f64(f).unwrap_or_default()) }
}

/// round(x, n) for floats: correctly rounded through the decimal string, half to even.
pub fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 300 {
        return x;
    }
    if n < -308 {
        return 0.0 * x.signum();
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        // Rust rounds half to even on the exact binary value, as CPython does.
        s.parse().unwrap_or(x)
    } else {
        round_to_tens(x, (-n) as i32)
    }
}

/// `round(x, -k)`: x rounded to a multiple of 10^k, half to even on x's exact value (through
/// its exact decimal digits, as CPython's dtoa-based rounding).
fn round_to_tens(x: f64, k: i32) -> f64 {
    if x == 0.0 {
        return x;
    }
    // The exact expansion of x: `d.ddd…e<exp>`; 800 digits hold every double exactly.
    let exact = format!("{:.800e}", x.abs());
    let (digits, exp) = exact.split_once('e').unwrap_or((&exact, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let significant = exp - k + 1; // digits kept, counted from the first
    let sign = if x < 0.0 { -1.0 } else { 1.0 };
    if significant >= 1 {
        let kept = format!("{:.*e}", (significant - 1) as usize, x);
        return kept.parse().unwrap_or(x);
    }
    if significant < 0 {
        return 0.0 * sign;
    }
    // Only the first digit decides between 0 and 10^k (0 is even: a tie goes down).
    let mut ds = digits.chars().filter(|c| c.is_ascii_digit());
    let first = ds.next().unwrap_or('0');
    let above_half = first > '5' || (first == '5' && ds.any(|c| c != '0'));
    if above_half { sign * format!("1e{k}").parse::<f64>().unwrap_or(f64::INFINITY) } else { 0.0 * sign }
}

/// A repr cut to its first 200 characters, as CPython's `%.200R` in int()'s message.
fn cut_repr(r: String) -> String {
    match r.char_indices().nth(200) {
        Some((at, _)) => r[..at].to_string(),
        None => r,
    }
}

/// The int a string spells in `base` (0: by its prefix); None when it is no valid literal,
/// ValueError when it has more decimal digits than sys.get_int_max_str_digits() allows.
/// `int(text)` for the common text: an optional sign and at most 18 ASCII decimal digits, nothing
/// else (no spaces, underscores or other digits), read straight into an i64; None sends any
/// other text through `parse_int_text`.
fn small_decimal(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (d - b'0') as i64;
    }
    Some(if neg { -n } else { n })
}

fn parse_int_text(s: &str, base: u32) -> PyResult<Option<BigInt>> {
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                crate::objects::int_text::check_parse(crate::objects::int_text::leading_digits(&lower, 10), 10)?;
                if lower.len() > 1 && lower.starts_with('0') && !lower.trim_start_matches('0').is_empty() {
                    return Ok(None);
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    crate::objects::int_text::check_parse(crate::objects::int_text::leading_digits(&digits, base), base)?;
    // One underscore may follow a base prefix ("0x_1f"); the digits carry no sign of their own.
    let prefixed = digits.len() < lower.len() && lower.starts_with('0');
    let digits = if prefixed { digits.strip_prefix('_').unwrap_or(&digits).to_string() } else { digits };
    if digits.is_empty() || digits.starts_with(['_', '+', '-']) || digits.ends_with('_') || digits.contains("__") {
        return Ok(None);
    }
    let clean = digits.replace('_', "");
    let Some(v) = BigInt::parse_bytes(clean.as_bytes(), base) else { return Ok(None) };
    Ok(Some(if neg { -v } else { v }))
}

pub fn int_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let a = &a[1..];
    if a.len() + k.len() > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({} given)", a.len() + k.len())));
    }
    if let Some((n, _)) = k.iter().find(|(n, _)| n.as_str() != "base") {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for int()", n.as_str())));
    }
    let base_kw = super::args::kwarg(k, "base").cloned();
    if a.is_empty() {
        return Ok(Value::Int(0));
    }
    let base = match a.get(1).cloned().or(base_kw) {
        // A base past 64 bits is just out of range (ValueError below).
        Some(b) => Some(vm.index_as(&b, crate::vm::protocol::Oversize::Clamp)?),
        None => None,
    };
    match (&a[0], base) {
        (Value::Str(s), b) => {
            if matches!(b, None | Some(10))
                && let Some(n) = small_decimal(s.as_str())
            {
                return Ok(Value::Int(n));
            }
            let b = b.unwrap_or(10);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match parse_int_text(&crate::ucd::ascii_digits(s.as_str()), b as u32)? {
                Some(v) => Ok(Value::bigint(v)),
                None => Err(PyErr::value_error(format!("invalid literal for int() with base {}: {}", b, cut_repr(crate::objects::repr::str_repr(s.as_str()))))),
            }
        }
        (v, b) if let Some(bs) = super::buffer::live_bytes_of(v)? => {
            let bs = &bs[..];
            let s: String = bs.iter().map(|&c| c as char).collect();
            let b = b.unwrap_or(10);
            parse_int_text(&s, b as u32)?
                .map(Value::bigint)
                .ok_or_else(|| PyErr::value_error(format!("invalid literal for int() with base {b}: {}", cut_repr(crate::objects::repr::bytes_repr(bs)))))
        }
        (_, Some(_)) => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
        (Value::Int(_) | Value::BigInt(_), None) => Ok(a[0].clone()),
        (Value::Bool(b), None) => Ok(Value::Int(*b as i64)),
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            Ok(float_to_int(f.trunc()))
        }
        (Value::Instance(i), None) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = i.class().lookup(&crate::objects::str::intern(name)) {
                    let r = vm.call1(&crate::vm::special::as_method(f), a[0].clone())?;
                    return match crate::vm::subclass::wrapped(&r).unwrap_or(&r) {
                        n @ (Value::Int(_) | Value::BigInt(_)) => Ok(n.clone()),
                        Value::Bool(b) => Ok(Value::Int(*b as i64)),
                        // __trunc__ may return any Integral: its __index__ is the int.
                        _ if name == "__trunc__" => match vm.index_value(&r) {
                            Ok(n) => Ok(Value::Int(n)),
                            Err(_) => Err(PyErr::type_error(format!("__trunc__ returned non-Integral (type {})", types().of(&r).name))),
                        },
                        _ => Err(PyErr::type_error(format!("{name} returned non-int (type {})", types().of(&r).name))),
                    };
                }
            }
            Err(PyErr::type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", i.class().name)))
        }
        (v, None) => Err(PyErr::type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", types().of(v).name))),
    }
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let negative = lower.starts_with('-');
    let body = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
    let sign = if negative { -1.0 } else { 1.0 };
    match body {
        "inf" | "infinity" => return Some(f64::INFINITY * sign),
        // The sign of a NaN is kept, as CPython keeps it (math.copysign(1, float('-nan')) is -1.0).
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_')) {
        return None;
    }
    // An underscore only between two digits (`1_000.5`, not `1_.5` or `1e_5`).
    let b = t.as_bytes();
    let between_digits = |i: usize| i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit);
    if (0..b.len()).any(|i| b[i] == b'_' && !between_digits(i)) {
        return None;
    }
    t.replace('_', "").parse().ok()
}

pub fn float_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("float", a.get(1..).unwrap_or_default(), k, 0, 1)?;
    let Some(v) = a.get(1) else { return Ok(Value::Float(0.0)) };
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(Value::Float(super::args::arg_f64(vm, v)?)),
        Value::Str(s) => parse_float(&crate::ucd::ascii_digits(s.as_str()))
            .map(Value::Float)
            .ok_or_else(|| PyErr::value_error(format!("could not convert string to float: {}", crate::objects::repr::str_repr(s.as_str())))),
        // A bytes-like value is parsed as its ASCII text.
        _ if let Some(data) = super::buffer::live_bytes_of(v)? => std::str::from_utf8(&data)
            .ok()
            .and_then(parse_float)
            .map(Value::Float)
            .ok_or_else(|| PyErr::value_error(format!("could not convert string to float: {}", crate::objects::repr::bytes_repr(&data)))),
        Value::Instance(i) => match i.class().lookup(&crate::objects::str::intern("__float__")) {
            Some(f) => Ok(Value::Float(super::args::float_result(vm, &i.class(), f, v)?)),
            // No __float__: __index__, as CPython's float() since 3.8.
            None => match i.class().lookup(&crate::objects::str::intern("__index__")) {
                Some(f) => {
                    let n = vm.call1(&f, v.clone())?;
                    Ok(Value::Float(super::args::arg_f64(vm, &n)?))
                }
                None => Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", i.class().name))),
            },
        },
        _ => Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", types().of(v).name))),
    }
}

pub fn bool_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("bool", a.get(1..).unwrap_or_default(), k, 0, 1)?;
    match a.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn int_bit_length(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(crate::vm::protocol::to_big(&a[0]).abs().bits() as i64))
}

/// `int.bit_count()`: the number of ones in the binary form of abs(self).
fn int_bit_count(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let ones: u64 = crate::vm::protocol::to_big(&a[0]).abs().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(ones as i64))
}

/// The byte order argument of to_bytes/from_bytes: true for big-endian.
fn byteorder(a: Option<&Value>) -> PyResult<bool> {
    match a {
        None => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(false),
        Some(Value::Str(_)) => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        Some(v) => Err(PyErr::type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", types().of(v).name))),
    }
}

/// int.to_bytes(length=1, byteorder='big', *, signed=False)
fn int_to_bytes(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    use super::args::kwarg;
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("to_bytes() takes at most 2 positional arguments ({} given)", a.len() - 1)));
    }
    let n = crate::vm::protocol::to_big(&a[0]);
    let length = match a.get(1).or(kwarg(k, "length")) {
        Some(v) => super::sizes::ssize_arg(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big = byteorder(a.get(2).or(kwarg(k, "byteorder")))?;
    let signed = match kwarg(k, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if n.is_negative() && !signed {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { n.to_signed_bytes_be() } else { n.to_bytes_be().1 };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(PyErr::overflow("int too big to convert"));
    }
    // CPython's bytes object limit (its header counted), then MemoryError rather than an abort.
    if length > isize::MAX as i64 - 32 {
        return Err(PyErr::overflow("byte string is too large"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = Vec::new();
    if out.try_reserve_exact(length as usize).is_err() {
        return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
    }
    out.resize(length as usize - bytes.len(), fill);
    out.extend_from_slice(&bytes);
    if !big {
        out.reverse();
    }
    Ok(Value::Bytes(crate::objects::Arc::new(out)))
}

/// `cls.from_bytes(bytes, byteorder='big', *, signed=False)`, a class method: a subclass (bool
/// too) gets `cls(value)`.
fn int_from_bytes(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some((cls, rest)) = a.split_first() else {
        return Err(PyErr::type_error("descriptor 'from_bytes' of 'int' object needs an argument"));
    };
    let n = int_from_bytes_value(vm, rest, k)?;
    match cls {
        Value::Class(c) if crate::objects::Arc::ptr_eq(c, &types().int) => Ok(n),
        cls => vm.call(cls, &[n], crate::objects::function::NO_KWARGS),
    }
}

fn int_from_bytes_value(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    use super::args::kwarg;
    let data: Vec<u8> = match a.first().or(kwarg(k, "bytes")) {
        Some(Value::Bytes(b)) => b.to_vec(),
        Some(v) if let Some(b) = super::buffer::bytes_of(v)? => b,
        Some(v @ Value::Str(_)) => return Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", types().of(v).name))),
        Some(v) => {
            let it = vm.get_iter(v).map_err(|e| {
                if e.matches(ExcKind::TypeError) { PyErr::type_error(format!("cannot convert '{}' object to bytes", types().of(v).name)) } else { e }
            })?;
            let items = vm.collect(&it)?;
            let mut out = Vec::with_capacity(items.len());
            for x in &items {
                let i = vm.index_as(x, crate::vm::protocol::Oversize::Clamp)?;
                out.push(u8::try_from(i).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?);
            }
            out
        }
        None => return Err(PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let big = byteorder(a.get(1).or(kwarg(k, "byteorder")))?;
    let signed = match kwarg(k, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = match (big, signed) {
        (true, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
    };
    Ok(Value::bigint(n))
}

fn float_is_integer(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match &a[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

/// `float.as_integer_ratio()`: the exact fraction (lowest terms, positive denominator).
fn float_as_integer_ratio(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = match &a[0] {
        Value::Float(f) => *f,
        other => return Ok(Value::tuple(vec![other.clone(), Value::Int(1)])),
    };
    if f.is_nan() {
        return Err(PyErr::new(ExcKind::ValueError, "cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::new(ExcKind::OverflowError, "cannot convert Infinity to integer ratio"));
    }
    // f = mantissa * 2^exponent with an integer mantissa of at most 53 bits.
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1i64 } else { 1 };
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exponent) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) };
    if mantissa == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let shift = mantissa.trailing_zeros() as i64;
    mantissa >>= shift;
    exponent += shift;
    let m = BigInt::from(sign) * BigInt::from(mantissa);
    let (num, den) = if exponent >= 0 { (m << exponent as usize, BigInt::from(1)) } else { (m, BigInt::from(1) << (-exponent) as usize) };
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
}

fn float_hex(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match &a[0] {
        Value::Float(x) => Ok(Value::string(super::float_hex::to_hex(*x))),
        v => Err(PyErr::type_error(format!("descriptor 'hex' for 'float' objects doesn't apply to a '{}' object", types().of(v).name))),
    }
}

fn int_conjugate(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(match number_self(a) {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    })
}

/// int.as_integer_ratio(): (the int itself, as a plain int, 1).
fn int_as_integer_ratio(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = match &a[0] {
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Int(i) => Value::Int(*i),
        v => Value::bigint(crate::vm::protocol::to_big(v)),
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

/// The int or float a numeric method works on (an instance of a subclass gives its value).
fn number_self(a: &[Value]) -> Value {
    let v = a.first().cloned().unwrap_or(Value::None);
    crate::vm::subclass::wrapped(&v).cloned().unwrap_or(v)
}

fn no_more_args(a: &[Value], k: &KwArgs, name: &str) -> PyResult<()> {
    check_args(name, a.get(1..).unwrap_or_default(), k, 0, 0)
}

/// `__floor__` / `__ceil__` / `__trunc__` of an int: the int itself (a plain int).
fn int_identity(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_more_args(a, k, "__trunc__")?;
    Ok(Value::bigint(crate::vm::protocol::to_big(&number_self(a))))
}

/// `float.__floor__` and friends: the float rounded by `f`, as an int.
fn float_to_int_by(a: &[Value], k: &KwArgs, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    no_more_args(a, k, name)?;
    let Value::Float(x) = number_self(a) else { return Err(PyErr::type_error(format!("descriptor '{name}' requires a 'float' object"))) };
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    Ok(float_to_int(f(x)))
}
fn float_floor(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    float_to_int_by(a, k, "__floor__", f64::floor)
}
fn float_ceil(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    float_to_int_by(a, k, "__ceil__", f64::ceil)
}
fn float_trunc(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    float_to_int_by(a, k, "__trunc__", f64::trunc)
}

/// `x.__round__(ndigits=None)`: what round() gives.
fn number_round(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let mut args = vec![number_self(a)];
    args.extend(a.iter().skip(1).cloned());
    super::functions::round(vm, &args, k)
}

/// `x.__divmod__(y)` / `x.__rdivmod__(y)`: NotImplemented for operands that are not numbers.
fn number_divmod_either(vm: &mut Vm, a: &[Value], k: &KwArgs, reflected: bool) -> PyResult<Value> {
    check_args(if reflected { "__rdivmod__" } else { "__divmod__" }, a.get(1..).unwrap_or_default(), k, 1, 1)?;
    let (x, y) = (number_self(a), crate::vm::subclass::wrapped(&a[1]).cloned().unwrap_or_else(|| a[1].clone()));
    let number = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_));
    // An int's divmod takes ints only; a float's takes ints and floats.
    if !number(&y) || (matches!(x, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) && matches!(y, Value::Float(_))) {
        return Ok(Value::NotImplemented);
    }
    let pair = if reflected { [y, x] } else { [x, y] };
    super::functions::divmod(vm, &pair, crate::objects::function::NO_KWARGS)
}
fn number_divmod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    number_divmod_either(vm, a, k, false)
}
fn number_rdivmod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    number_divmod_either(vm, a, k, true)
}

fn int_invert(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_more_args(a, k, "__invert__")?;
    vm.unary_op(&number_self(a), crate::ast::UnaryOp::Invert)
}

/// The reflected bitwise and shift methods of int: `(1).__rlshift__(3)` is `3 << 1`.
fn int_reflected(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str, op: crate::ast::BinOp) -> PyResult<Value> {
    check_args(name, a.get(1..).unwrap_or_default(), k, 1, 1)?;
    let other = crate::vm::subclass::wrapped(&a[1]).cloned().unwrap_or_else(|| a[1].clone());
    if !matches!(other, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.builtin_binop_or_not_implemented(&other, &number_self(a), op)
}
fn int_rand(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    int_reflected(vm, a, k, "__rand__", crate::ast::BinOp::BitAnd)
}
fn int_ror(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    int_reflected(vm, a, k, "__ror__", crate::ast::BinOp::BitOr)
}
fn int_rxor(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    int_reflected(vm, a, k, "__rxor__", crate::ast::BinOp::BitXor)
}
fn int_rlshift(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    int_reflected(vm, a, k, "__rlshift__", crate::ast::BinOp::LShift)
}
fn int_rrshift(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    int_reflected(vm, a, k, "__rrshift__", crate::ast::BinOp::RShift)
}

/// `__getnewargs__`: the plain value in a 1-tuple (what pickling a subclass instance rebuilds from).
fn number_getnewargs(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_more_args(a, k, "__getnewargs__")?;
    let v = match number_self(a) {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    };
    Ok(Value::tuple(vec![v]))
}

/// `x.__format__(spec)`: what format(x, spec) gives for the plain value.
fn number_format(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__format__", a.get(1..).unwrap_or_default(), k, 1, 1)?;
    let Value::Str(spec) = &a[1] else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", types().of(&a[1]).name)));
    };
    Ok(Value::string(vm.format(&number_self(a), spec.as_str())?))
}

fn float_conjugate(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_more_args(a, k, "conjugate")?;
    Ok(number_self(a))
}

/// real / imag / numerator / denominator as properties of the classes, for instances of
/// subclasses (plain ints and floats answer from the tables below first).
fn part_property(name: &'static str, get: NativeFn) -> Value {
    let fget = crate::objects::function::Builtin::new(name, get);
    let prop = crate::objects::class::Property { fget, fset: Value::None, fdel: Value::None, doc: parking_lot::Mutex::new(Value::None) };
    Value::Instance(Instance::new(types().property.clone(), Payload::Property(Box::new(prop))))
}
fn part_real(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(match number_self(a) {
        Value::Bool(b) => Value::Int(b as i64),
        Value::Float(f) => Value::Float(f),
        v => Value::bigint(crate::vm::protocol::to_big(&v)),
    })
}
fn part_imag(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(if matches!(number_self(a), Value::Float(_)) { Value::Float(0.0) } else { Value::Int(0) })
}
fn part_one(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

/// Methods that int and float share.
const NUMBER_METHODS: &[(&str, NativeFn)] = &[
    ("__round__", number_round),
    ("__divmod__", number_divmod),
    ("__rdivmod__", number_rdivmod),
    ("__getnewargs__", number_getnewargs),
    ("__format__", number_format),
];

const INT_METHODS: &[(&str, NativeFn)] = &[
    ("__floor__", int_identity),
    ("__ceil__", int_identity),
    ("__trunc__", int_identity),
    ("__invert__", int_invert),
    ("__rand__", int_rand),
    ("__ror__", int_ror),
    ("__rxor__", int_rxor),
    ("__rlshift__", int_rlshift),
    ("__rrshift__", int_rrshift),
];

const FLOAT_METHODS: &[(&str, NativeFn)] = &[("__floor__", float_floor), ("__ceil__", float_ceil), ("__trunc__", float_trunc), ("conjugate", float_conjugate)];

pub fn install() {
    let t = types();
    let m = crate::objects::function::Builtin::method;
    let s = |c: &crate::objects::Arc<crate::objects::class::Class>, n: &'static str, v: Value| c.dict.set_str(crate::objects::str::intern(n), v);
    s(&t.int, "__new__", m(Owner::Int, "__new__", int_new));
    s(&t.int, "bit_length", m(Owner::Int, "bit_length", int_bit_length));
    s(&t.int, "bit_count", m(Owner::Int, "bit_count", int_bit_count));
    s(&t.int, "conjugate", m(Owner::Int, "conjugate", int_conjugate));
    s(&t.int, "as_integer_ratio", m(Owner::Int, "as_integer_ratio", int_as_integer_ratio));
    s(&t.int, "to_bytes", m(Owner::Int, "to_bytes", int_to_bytes));
    let from_bytes = crate::objects::function::Builtin::method(Owner::Int, "from_bytes", int_from_bytes);
    s(&t.int, "from_bytes", Value::Instance(Instance::new(t.classmethod.clone(), Payload::Wrapped(from_bytes))));
    s(&t.float, "__new__", m(Owner::Float, "__new__", float_new));
    s(&t.float, "is_integer", m(Owner::Float, "is_integer", float_is_integer));
    s(&t.float, "as_integer_ratio", m(Owner::Float, "as_integer_ratio", float_as_integer_ratio));
    s(&t.float, "hex", m(Owner::Float, "hex", float_hex));
    let fromhex = crate::objects::function::Builtin::method(Owner::Float, "fromhex", super::float_hex::fromhex);
    s(&t.float, "fromhex", Value::Instance(Instance::new(t.classmethod.clone(), Payload::Wrapped(fromhex))));
    s(&t.bool_, "__new__", m(Owner::Bool, "__new__", bool_new));
    let tables = [
        (&t.int, Owner::Int, INT_METHODS),
        (&t.int, Owner::Int, NUMBER_METHODS),
        (&t.float, Owner::Float, FLOAT_METHODS),
        (&t.float, Owner::Float, NUMBER_METHODS),
    ];
    for (cls, owner, table) in tables {
        for &(name, f) in table {
            s(cls, name, m(owner, name, f));
        }
    }
    let parts: [(_, &'static str, NativeFn); 6] = [
        (&t.int, "real", part_real),
        (&t.int, "numerator", part_real),
        (&t.int, "imag", part_imag),
        (&t.int, "denominator", part_one),
        (&t.float, "real", part_real),
        (&t.float, "imag", part_imag),
    ];
    for (cls, name, get) in parts {
        s(cls, name, part_property(name, get));
    }
}

/// The attributes of ints that are not methods (see attr_table.rs).
pub static INT_ATTRS: &[Computed<Value>] = &[
    Computed { name: "real", get: |_, v, _| Ok(Some(v.clone())) },
    Computed { name: "imag", get: |_, _, _| Ok(Some(Value::Int(0))) },
    Computed { name: "numerator", get: |_, v, _| Ok(Some(v.clone())) },
    Computed { name: "denominator", get: |_, _, _| Ok(Some(Value::Int(1))) },
];

/// The attributes of bools that are not methods: those of the int they stand for.
pub static BOOL_ATTRS: &[Computed<Value>] = &[
    Computed { name: "real", get: |_, v, _| Ok(Some(bool_as_int(v))) },
    Computed { name: "imag", get: |_, _, _| Ok(Some(Value::Int(0))) },
    Computed { name: "numerator", get: |_, v, _| Ok(Some(bool_as_int(v))) },
    Computed { name: "denominator", get: |_, _, _| Ok(Some(Value::Int(1))) },
];

fn bool_as_int(v: &Value) -> Value {
    Value::Int(matches!(v, Value::Bool(true)) as i64)
}

/// The attributes of floats that are not methods.
pub static FLOAT_ATTRS: &[Computed<Value>] =
    &[Computed { name: "real", get: |_, v, _| Ok(Some(v.clone())) }, Computed { name: "imag", get: |_, _, _| Ok(Some(Value::Float(0.0))) }];
