//! Operators: arithmetic on ints (promoting to big ints on overflow), floats and mixes; sequence
//! concatenation and repetition; set and dict operators; subscripts and slices; `in`; and the dunder
//! fallbacks (`__add__` / `__radd__` ...) with CPython's error messages.

use super::Vm;
use super::operand_order::OperandOrder;
use super::protocol::to_big;
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::builtins::sizes::{repeated, repeated_text};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::NO_KWARGS;
use crate::objects::set::Set;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::value::Slice;
use crate::objects::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(b.to_f64().unwrap_or(f64::INFINITY)),
        _ => None,
    }
}

pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(PyErr::overflow("int too large to convert to float"));
    }
    Ok(f)
}

fn int_to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::BigInt(b) => big_to_f64(b),
        _ => Ok(as_f64(v).unwrap()),
    }
}

pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float floor division by zero"));
    }
    Ok(float_divmod(a, b).0)
}

pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float modulo"));
    }
    Ok(float_divmod(a, b).1)
}

/// CPython's float divmod.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // A negative base to a fractional power: the complex result, as CPython's float_pow.
        return crate::builtins::complex::real_pow(a, b);
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

pub fn int_pow(a: &Value, b: &Value) -> PyResult<Value> {
    let exp = to_big(b);
    if exp.is_negative() {
        let base = int_to_f64(a)?;
        let e = int_to_f64(b)?;
        return float_pow(base, e);
    }
    if let (Value::Int(x), Some(e)) = (a, exp.to_u32())
        && let Some(r) = x.checked_pow(e)
    {
        return Ok(Value::Int(r));
    }
    let base = to_big(a);
    if base.is_zero() || base.magnitude().is_one() {
        let odd = exp.is_odd();
        return Ok(Value::bigint(if base.is_negative() && !odd { -base } else { base }));
    }
    // The result has up to bits * e bits, and squaring needs room for about twice that: a power
    // past memory is MemoryError at once (CPython's, after a long computation).
    let e = exp.to_usize().ok_or_else(memory_error)?;
    let bytes = usize::try_from(u128::from(base.bits()) * e as u128 / 8).map_err(|_| memory_error())?;
    check_alloc(bytes.saturating_mul(2))?;
    Ok(Value::bigint(num_traits::pow(base, e)))
}

fn int_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::Bool(x & y)),
            BinOp::BitOr => return Ok(Value::Bool(x | y)),
            BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(PyErr::zero_division("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y).map(|_| num_integer::Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(PyErr::zero_division("integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| x.mod_floor(&y))
            }
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) { Some(x << y) } else { None }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            BinOp::Div => {
                if y == 0 {
                    return Err(PyErr::zero_division("division by zero"));
                }
                return Ok(Value::Float(true_div_int(&BigInt::from(x), &BigInt::from(y))?));
            }
            BinOp::Pow => return int_pow(a, b),
            BinOp::MatMul => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    // Big operands are borrowed, not copied (a copy of a long int costs as much as adding it).
    let (x, y) = (big_operand(a), big_operand(b));
    let (x, y): (&BigInt, &BigInt) = (&x, &y);
    Ok(match op {
        BinOp::Add => Value::bigint(x + y),
        BinOp::Sub => Value::bigint(x - y),
        BinOp::Mul => Value::bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            Value::bigint(x.div_floor(y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            Value::bigint(x.mod_floor(y))
        }
        BinOp::BitAnd => Value::bigint(x & y),
        BinOp::BitOr => Value::bigint(x | y),
        BinOp::BitXor => Value::bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            // A shift past the address space has no result to allocate: MemoryError, as CPython's,
            // or OverflowError when even its count of 30-bit digits is past a C ssize_t.
            let shift =
                y.to_usize().ok_or_else(|| if (y / 30u32).to_i64().is_some() { memory_error() } else { PyErr::overflow("too many digits in integer") })?;
            check_alloc((x.bits() as usize).saturating_add(shift) / 8)?;
            Value::bigint(x << shift)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if s > x.bits() as usize + 1 {
                Value::Int(if x.is_negative() { -1 } else { 0 })
            } else {
                // num-bigint's shift of a negative value rounds down, as Python's.
                Value::bigint(x >> s)
            }
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            Value::Float(true_div_int(x, y)?)
        }
        BinOp::Pow => return int_pow(a, b),
        BinOp::MatMul => return Err(PyErr::type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    })
}

/// An int operand as a big int: borrowed when it is one.
fn big_operand(v: &Value) -> std::borrow::Cow<'_, BigInt> {
    match v {
        Value::BigInt(b) => std::borrow::Cow::Borrowed(&**b),
        other => std::borrow::Cow::Owned(to_big(other)),
    }
}

/// Correctly rounded int / int (y != 0), as CPython's: operands exact as floats divide as floats;
/// otherwise the quotient is computed to 55 or 56 bits with the remainder as a sticky last bit,
/// so that the one rounding to 53 bits is the right one.
fn true_div_int(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64())
        && a.abs() < (1 << 53)
        && b.abs() < (1 << 53)
    {
        return Ok(a as f64 / b as f64);
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (q, r) = if shift >= 0 { (a << shift as usize).div_rem(&b) } else { a.div_rem(&(b << (-shift) as usize)) };
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let v = scale_by_power_of_two(q as f64, -shift);
    if v.is_infinite() {
        return Err(PyErr::new(ExcKind::OverflowError, "integer division result too large for a float"));
    }
    Ok(if negative { -v } else { v })
}

/// v * 2^e without overflowing the factor (ldexp).
fn scale_by_power_of_two(mut v: f64, mut e: i64) -> f64 {
    while e > 1000 {
        v *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        v *= 2f64.powi(-1000);
        e += 1000;
    }
    v * 2f64.powi(e as i32)
}

/// `x op y` for two floats; `None` where floats do not support `op` (`@`, the bitwise operators).
fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    Ok(Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => float_floordiv(x, y)?,
        BinOp::Mod => float_mod(x, y)?,
        BinOp::Pow => return float_pow(x, y).map(Some),
        _ => return Ok(None),
    })))
}

impl Vm {
    /// The TypeError for `a op b` that nothing implements: the operands' own class names, the
    /// special wording of str/list/tuple/bytes judged on the values they are (or wrap).
    fn unsupported(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyErr {
        let (ta, tb) = (types().of(a).tp_name(), types().of(b).tp_name());
        let (a, b) = (super::subclass::wrapped(a).unwrap_or(a), super::subclass::wrapped(b).unwrap_or(b));
        match (op, a) {
            (BinOp::Add, Value::Str(_)) => PyErr::type_error(format!("can only concatenate str (not \"{tb}\") to str")),
            (BinOp::Add, Value::List(_)) => PyErr::type_error(format!("can only concatenate list (not \"{tb}\") to list")),
            (BinOp::Add, Value::Tuple(_)) => PyErr::type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple")),
            (BinOp::Add, Value::Bytes(_)) => PyErr::type_error(format!("can't concat {tb} to bytes")),
            (BinOp::Add, _) if crate::objects::memoryview::bytearray_of(a).is_some() => PyErr::type_error(format!("can't concat {tb} to {ta}")),
            (BinOp::Mul, _) if crate::objects::memoryview::bytearray_of(a).is_some() => {
                PyErr::type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) if !is_int(b) => {
                PyErr::type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            _ => {
                // `x += y` names its own operator: "for +=:", "for **=:".
                let symbol = match (inplace, op) {
                    (true, BinOp::Pow) => "**=".to_string(),
                    (true, _) => format!("{}=", op_symbol(op)),
                    (false, _) => op_symbol(op).to_string(),
                };
                PyErr::type_error(format!("unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'"))
            }
        }
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_for(a, b, op, false)
    }

    /// `a op b`; `inplace` when it stands in for `a op= b` (for the error message).
    fn binary_op_for(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let Some(v) = self.builtin_binop(a, b, op)? {
            return Ok(v);
        }
        let (name, rname, _) = dunder(op);
        let (name, rname) = (intern(name), intern(rname));
        // CPython's order: the right operand's reflected method first when its class is a proper
        // subclass of the left's that overrides it; never the reflected method of an operand of
        // the left's own class.
        let order = super::operand_order::binary(self, a, b, &rname);
        if order == OperandOrder::RightFirst
            && let Value::Instance(i) = b
            && let Some(f) = self.instance_lookup(i, &rname)
        {
            let r = self.call(&f, &[b.clone(), a.clone()], NO_KWARGS)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Value::Instance(i) = a
            && let Some(f) = self.instance_lookup(i, &name)
        {
            let r = self.call(&f, &[a.clone(), b.clone()], NO_KWARGS)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if order == OperandOrder::LeftThenRight
            && let Value::Instance(i) = b
            && let Some(f) = self.instance_lookup(i, &rname)
        {
            let r = self.call(&f, &[b.clone(), a.clone()], NO_KWARGS)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_meta(a, &name, std::slice::from_ref(b)) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_meta(b, &rname, std::slice::from_ref(a)) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if op == BinOp::Mul
            && let Some(r) = self.repeat_by_index(a, b)?
        {
            return Ok(r);
        }
        let (wa, wb) = (super::subclass::wrapped(a), super::subclass::wrapped(b));
        if wa.is_some() || wb.is_some() {
            return match self.builtin_binop(wa.unwrap_or(a), wb.unwrap_or(b), op)? {
                Some(v) => Ok(v),
                None => Err(self.unsupported(a, b, op, inplace)),
            };
        }
        // `type.__or__` / `type.__ror__`: `int | None` makes a types.UnionType.
        if op == BinOp::BitOr && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_))) {
            let r = crate::builtins::type_::union_or(self, &[a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        Err(self.unsupported(a, b, op, inplace))
    }

    /// `seq * n` / `n * seq` where n is an object with `__index__` (CPython's sequence repeat slot
    /// takes any index): None when neither side is such a pair.
    fn repeat_by_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_));
        let (seq, count) = match (a, b) {
            (s, n @ Value::Instance(i)) | (n @ Value::Instance(i), s) if is_seq(s) && self.instance_lookup(i, crate::name!("__index__")).is_some() => (s, n),
            _ => return Ok(None),
        };
        let n = self.index_as(count, super::protocol::Oversize::Size)?;
        self.builtin_binop(seq, &Value::Int(n), BinOp::Mul)
    }

    /// `a op b` for built-in operands, NotImplemented where the types do not combine (what the
    /// dunder methods of built-in types return).
    pub fn builtin_binop_or_not_implemented(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        Ok(self.builtin_binop(a, b, op)?.unwrap_or(Value::NotImplemented))
    }

    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::*;
        Ok(Some(match (a, b) {
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                if matches!(op, BinOp::MatMul) {
                    return Ok(Option::None);
                }
                return int_binop(op, a, b).map(Some);
            }
            (Float(x), Float(y)) => return float_binop(op, *x, *y),
            (Float(x), Int(_) | Bool(_) | BigInt(_)) => {
                let y = int_to_f64(b)?;
                return float_binop(op, *x, y);
            }
            (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
                let x = int_to_f64(a)?;
                return float_binop(op, x, *y);
            }
            (Str(x), Str(y)) if op == BinOp::Add => {
                let text = crate::builtins::sizes::concat_text(x.as_str(), y.as_str())?;
                Str(crate::objects::str::PyStr::from_string_counted(text, x.char_len() + y.char_len()))
            }
            (Str(x), Int(_) | Bool(_)) | (Int(_) | Bool(_), Str(x)) if op == BinOp::Mul => {
                let n = self.index_as(if is_int(a) { a } else { b }, super::protocol::Oversize::Size)?.max(0) as usize;
                Value::string(repeated_text(x.as_str(), n)?)
            }
            (Str(_) | Bytes(_) | List(_) | Tuple(_), BigInt(_)) | (BigInt(_), Str(_) | Bytes(_) | List(_) | Tuple(_)) if op == BinOp::Mul => {
                return Err(PyErr::new(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"));
            }
            (Str(_), _) if op == BinOp::Mod => Value::string(super::percent_format::percent_format(self, a, b)?),
            (Bytes(_), _) if op == BinOp::Mod => {
                let s = super::percent_format::percent_format(self, a, b)?;
                Value::Bytes(Arc::new(s.chars().map(|c| c as u32 as u8).collect()))
            }
            (Bytes(x), Bytes(y)) if op == BinOp::Add => Value::Bytes(Arc::new(crate::builtins::sizes::concat(x, y)?)),
            // bytes + bytearray / memoryview / array: bytes (bytes takes any buffer).
            (Bytes(x), Instance(_)) if op == BinOp::Add && crate::builtins::buffer::is_bytes_like(b) => {
                Value::Bytes(Arc::new(crate::builtins::sizes::concat(x, &crate::builtins::buffer::bytes_arg(b)?)?))
            }
            (Bytes(x), Int(_) | Bool(_)) | (Int(_) | Bool(_), Bytes(x)) if op == BinOp::Mul => {
                let n = self.index_as(if is_int(a) { a } else { b }, super::protocol::Oversize::Size)?.max(0) as usize;
                Value::Bytes(Arc::new(repeated(x, n, Some("repeated bytes are too long"))?))
            }
            (List(x), List(y)) if op == BinOp::Add => {
                // Sized once, then each side copied under its own lock (`l + l` takes the one
                // lock twice, in turn).
                let right_len = y.items.lock().len();
                let mut v = Vec::new();
                {
                    let left = x.items.lock();
                    crate::builtins::sizes::grow(&mut v, left.len().saturating_add(right_len))?;
                    v.extend_from_slice(&left);
                }
                v.extend(y.items.lock().iter().cloned());
                Value::list(v)
            }
            (List(x), Int(_) | Bool(_)) | (Int(_) | Bool(_), List(x)) if op == BinOp::Mul => {
                let n = self.index_as(if is_int(a) { a } else { b }, super::protocol::Oversize::Size)?.max(0) as usize;
                let items = crate::builtins::sizes::copied(&x.items.lock())?;
                Value::list(repeated(&items, n, Option::None)?)
            }
            (Tuple(x), Tuple(y)) if op == BinOp::Add => Value::tuple(crate::builtins::sizes::concat(x, y)?),
            (Tuple(x), Int(_) | Bool(_)) | (Int(_) | Bool(_), Tuple(x)) if op == BinOp::Mul => {
                let n = self.index_as(if is_int(a) { a } else { b }, super::protocol::Oversize::Size)?.max(0) as usize;
                Value::tuple(repeated(x, n, Option::None)?)
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                let frozen = matches!(a, FrozenSet(_));
                let (Set(x) | FrozenSet(x)) = a else { unreachable!() };
                let (Set(y) | FrozenSet(y)) = b else { unreachable!() };
                let r = crate::builtins::set::set_op(self, x, y, op)?;
                if frozen { FrozenSet(r) } else { Set(r) }
            }
            (Dict(x), Dict(y)) if op == BinOp::BitOr => {
                let d = x.copy();
                for (k, v) in y.items() {
                    d.set(self, k, v)?;
                }
                Dict(d)
            }
            _ => return Ok(Option::None),
        }))
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        match (a, b, op) {
            (Value::List(x), _, BinOp::Add) => {
                let items = self.collect(b)?;
                let mut mine = x.items.lock();
                crate::builtins::sizes::grow(&mut mine, items.len())?;
                mine.extend(items);
                return Ok(a.clone());
            }
            (Value::List(x), _, BinOp::Mul) => {
                let n = self.index_as(b, super::protocol::Oversize::Size)?.max(0) as usize;
                let items = crate::builtins::sizes::copied(&x.items.lock())?;
                let grown = repeated(&items, n, Option::None)?;
                *x.items.lock() = grown;
                return Ok(a.clone());
            }
            (Value::Set(x), Value::Set(_) | Value::FrozenSet(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                let (Value::Set(y) | Value::FrozenSet(y)) = b else { unreachable!() };
                crate::builtins::set::set_op_inplace(self, x, y, op)?;
                return Ok(a.clone());
            }
            // `d |= x` takes whatever `d.update(x)` takes (a mapping or pairs), as CPython's.
            (Value::Dict(x), _, BinOp::BitOr) => {
                crate::builtins::dict::update_from(self, x, b)?;
                return Ok(a.clone());
            }
            (Value::Instance(i), _, _) => {
                let (_, _, iname) = dunder(op);
                if let Some(f) = self.instance_lookup(i, &intern(iname)) {
                    let r = self.call(&f, &[a.clone(), b.clone()], NO_KWARGS)?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                if let Some(inner @ (Value::List(_) | Value::Dict(_) | Value::Set(_))) = super::subclass::wrapped(a) {
                    let r = self.inplace_op(inner, b, op)?;
                    // Mutated in place: the name keeps the subclass instance.
                    return Ok(if r.is(inner) { a.clone() } else { r });
                }
            }
            _ => {}
        }
        self.binary_op_for(a, b, op, true)
    }

    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        Ok(match (op, a) {
            (UnaryOp::Not, _) => Value::Bool(!self.truthy(a)?),
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::bigint(-BigInt::from(*i)),
            },
            (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i64)),
            (UnaryOp::Neg, Value::BigInt(b)) => Value::bigint(-(**b).clone()),
            (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => a.clone(),
            (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i64),
            (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
            (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(*b as i64)),
            (UnaryOp::Invert, Value::BigInt(b)) => Value::bigint(-(**b).clone() - 1),
            (_, Value::Instance(i)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                match self.instance_lookup(i, &intern(name)) {
                    Some(f) => return self.call1(&f, a.clone()),
                    None => match super::subclass::wrapped(a) {
                        Some(inner) => return self.unary_op(inner, op),
                        None => return Err(self.bad_unary(a, op)),
                    },
                }
            }
            (_, Value::Class(_)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                match self.call_meta(a, &intern(name), &[]) {
                    Some(r) => return r,
                    None => return Err(self.bad_unary(a, op)),
                }
            }
            _ => return Err(self.bad_unary(a, op)),
        })
    }

    fn bad_unary(&self, a: &Value, op: UnaryOp) -> PyErr {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", types().of(a).name))
    }

    pub fn compare_op(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpOp::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {
                match (a, b) {
                    (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(op.holds(x, y))),
                    (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(op.holds(x, y))),
                    _ => {}
                }
                if let (Value::Float(x), Value::Int(_)) | (Value::Int(_), Value::Float(x)) = (a, b)
                    && x.is_nan()
                {
                    return Ok(Value::Bool(op == CmpOp::NotEq));
                }
                self.rich_compare(a, b, op)
            }
        }
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.as_str().contains(i.as_str())),
                _ => Err(PyErr::type_error(format!("'in <string>' requires string as left operand, not {}", types().of(item).name))),
            },
            Value::Bytes(s) => match item {
                Value::Bytes(sub) => Ok(crate::builtins::binary_methods::find_sub(s, sub).is_some()),
                _ if crate::builtins::buffer::is_bytes_like(item) => {
                    Ok(crate::builtins::binary_methods::find_sub(s, &crate::builtins::buffer::bytes_arg(item)?).is_some())
                }
                _ => match crate::builtins::binary_methods::item_byte(self, item) {
                    Ok(b) => Ok(s.contains(&b)),
                    Err(e) if e.matches(ExcKind::TypeError) => {
                        Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(item).name)))
                    }
                    Err(e) => Err(e),
                },
            },
            Value::List(l) => {
                // Items of built-in kinds are compared under one lock, with no copy of the list;
                // any other item is compared with the lock let go (its __eq__ may change the
                // list), and the scan goes on from the next index, as CPython's list_contains.
                let mut i = 0;
                loop {
                    let x = {
                        let items = l.items.lock();
                        loop {
                            let Some(x) = items.get(i) else { return Ok(false) };
                            if x.is(item) {
                                return Ok(true);
                            }
                            match primitive_eq(x, item) {
                                Some(true) => return Ok(true),
                                Some(false) => i += 1,
                                None => break x.clone(),
                            }
                        }
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    // Items of built-in kinds compare without a call (`op in ("+", "-")`).
                    let hit = match primitive_eq(x, item) {
                        _ if x.is(item) => true,
                        Some(b) => b,
                        None => self.eq(x, item)?,
                    };
                    if hit {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) | Value::FrozenSet(s) => s.contains(self, item),
            Value::Range(r) => crate::builtins::range::contains(self, r, item),
            Value::Instance(_) if let Some(inner) = super::subclass::base_value(container, crate::name!("__contains__")) => self.contains(&inner, item),
            Value::Instance(i) => {
                if let Some(f) = self.instance_lookup(i, crate::name!("__contains__")) {
                    let r = self.call(&f, &[container.clone(), item.clone()], NO_KWARGS)?;
                    return self.truthy(&r);
                }
                let it = self.get_iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(_) if let Some(r) = self.call_meta(container, crate::name!("__contains__"), std::slice::from_ref(item)) => {
                let r = r?;
                self.truthy(&r)
            }
            _ => {
                let it =
                    self.get_iter(container).map_err(|_| PyErr::type_error(format!("argument of type '{}' is not iterable", types().of(container).name)))?;
                while let Some(x) = self.next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// Where `insert(i, x)` puts x in a sequence of `len`: negative counts from the end, and
    /// anything out of range clamps to either end (list.insert, deque.insert).
    pub fn insert_position(i: i64, len: usize) -> usize {
        let n = len as i64;
        (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize
    }

    /// Normalises an index for a sequence of `len` (negative counts from the end); None if out of range.
    pub fn seq_index(&mut self, idx: &Value, len: usize) -> PyResult<Option<usize>> {
        // An int past the index range is CPython's IndexError "cannot fit ...", not a TypeError.
        let i = match self.index_as(idx, super::protocol::Oversize::Subscript) {
            Err(e) if e.matches(ExcKind::TypeError) => {
                return Err(PyErr::type_error(format!("indices must be integers or slices, not {}", types().of(idx).name)));
            }
            r => r?,
        };
        let i = if i < 0 { i + len as i64 } else { i };
        Ok(if i < 0 || i >= len as i64 { None } else { Some(i as usize) })
    }

    /// A slice bound or step: an int past the index range is clipped to it, as CPython's
    /// `_PyEval_SliceIndex` does (`"abc"[2**64:]` is `''`).
    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.index_as(v, super::protocol::Oversize::Clamp),
            Value::Instance(i) if self.instance_lookup(i, crate::name!("__index__")).is_some() => self.index_as(v, super::protocol::Oversize::Clamp),
            _ => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// (start, stop, step, count) of a slice over a sequence of `len`.
    pub fn slice_indices(&mut self, s: &Slice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let step = if s.step.is_none() { 1 } else { self.slice_bound(&s.step)? };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let start = if s.start.is_none() {
            if step > 0 { lo } else { hi }
        } else {
            let v = self.slice_bound(&s.start)?;
            clamp(if v < 0 { v + len } else { v }, lo, hi)
        };
        let stop = if s.stop.is_none() {
            if step > 0 { hi } else { lo }
        } else {
            let v = self.slice_bound(&s.stop)?;
            clamp(if v < 0 { v + len } else { v }, lo, hi)
        };
        let count = if step > 0 {
            if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_of<T: Clone>(&mut self, items: &[T], s: &Slice) -> PyResult<Vec<T>> {
        let (start, _, step, count) = self.slice_indices(s, items.len())?;
        let mut out = Vec::new();
        crate::builtins::sizes::grow(&mut out, count)?;
        let mut i = start;
        for _ in 0..count {
            out.push(items[i as usize].clone());
            i += step;
        }
        Ok(out)
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let (Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_), Value::Instance(i)) = (obj, key) {
            // An object with __index__ indexes a sequence as the int it stands for.
            if self.instance_lookup(i, crate::name!("__index__")).is_some() {
                let k = Value::Int(self.index_as(key, super::protocol::Oversize::Subscript)?);
                return self.getitem(obj, &k);
            }
        }
        match (obj, key) {
            (Value::List(l), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let items = l.items.lock();
                let len = items.len();
                drop(items);
                // Under `--gil off` another thread may shrink the list between the two locks.
                match self.seq_index(key, len)?.and_then(|i| l.items.lock().get(i).cloned()) {
                    Some(v) => Ok(v),
                    None => Err(PyErr::index_error("list index out of range")),
                }
            }
            (Value::List(l), Value::Slice(s)) => {
                // The bounds first (`__index__` may run code), then only the slice is copied
                // (a copy of the whole list per slice made `l[i:i + 2]` in a loop quadratic);
                // items gone meanwhile (another thread, under `--gil off`) end it early.
                let len = l.items.lock().len();
                let (start, _, step, count) = self.slice_indices(s, len)?;
                let mut out = Vec::new();
                crate::builtins::sizes::grow(&mut out, count)?;
                let items = l.items.lock();
                let mut i = start;
                for _ in 0..count {
                    let Some(v) = usize::try_from(i).ok().and_then(|i| items.get(i)) else { break };
                    out.push(v.clone());
                    i += step;
                }
                drop(items);
                Ok(Value::list(out))
            }
            (Value::Tuple(t), Value::Slice(s)) => Ok(Value::tuple(self.slice_of(t, s)?)),
            (Value::Tuple(t), _) if !matches!(key, Value::Instance(_)) => match self.seq_index(key, t.len()) {
                Ok(Some(i)) => Ok(t[i].clone()),
                Ok(None) => Err(PyErr::index_error("tuple index out of range")),
                // An int too big for an index keeps seq_index's IndexError.
                Err(e) if matches!(key, Value::BigInt(_)) => Err(e),
                Err(_) => Err(PyErr::type_error(format!("tuple indices must be integers or slices, not {}", types().of(key).name))),
            },
            (Value::Str(s), Value::Slice(sl)) => {
                if s.is_ascii() {
                    let bytes = s.as_str().as_bytes();
                    let out = self.slice_of(bytes, sl)?;
                    Ok(Value::string(String::from_utf8(out).unwrap()))
                } else {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    Ok(Value::string(self.slice_of(&chars, sl)?.into_iter().collect()))
                }
            }
            (Value::Str(s), _) => match self.seq_index(key, s.char_len()) {
                Ok(Some(i)) => Ok(Value::Str(crate::objects::str::PyStr::of_char(s.char_at(i)))),
                Ok(None) => Err(PyErr::index_error("string index out of range")),
                // An int too big for an index keeps seq_index's IndexError.
                Err(e) if matches!(key, Value::BigInt(_)) => Err(e),
                Err(_) => Err(PyErr::type_error(format!("string indices must be integers, not '{}'", types().of(key).name))),
            },
            (Value::Bytes(b), Value::Slice(sl)) => Ok(Value::Bytes(Arc::new(self.slice_of(b, sl)?))),
            (Value::Bytes(b), _) => match self.seq_index(key, b.len())? {
                Some(i) => Ok(Value::Int(b[i] as i64)),
                None => Err(PyErr::index_error("index out of range")),
            },
            (Value::Range(r), _) => crate::builtins::range::getitem(self, r, key),
            (Value::Dict(d), _) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key.clone())),
            },
            (Value::List(_), _) => Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", types().of(key).name))),
            (Value::Instance(_), _) if let Some(inner) = super::subclass::base_value(obj, crate::name!("__getitem__")) => self.base_getitem(obj, &inner, key),
            (Value::Instance(i), _) => match self.instance_lookup(i, crate::name!("__getitem__")) {
                Some(f) => self.call(&f, &[obj.clone(), key.clone()], NO_KWARGS),
                None => Err(PyErr::type_error(format!("'{}' object is not subscriptable", i.class().tp_name()))),
            },
            (Value::Class(c), _) => {
                if c.metaclass.is_some()
                    && let Some(r) = self.call_meta(obj, crate::name!("__getitem__"), std::slice::from_ref(key))
                {
                    return r;
                }
                // `type[int]`: `type` itself is generic without a `__class_getitem__`, as in CPython.
                if Arc::ptr_eq(c, &types().type_) {
                    return crate::builtins::type_::generic_alias(self, &[obj.clone(), key.clone()]);
                }
                // `__class_getitem__` is a class method even when written as a plain function.
                if let Some(f) = self.class_lookup(c, crate::name!("__class_getitem__")) {
                    if let Value::Function(_) = f {
                        return self.call(&f, &[obj.clone(), key.clone()], NO_KWARGS);
                    }
                    let bound = self.get_attr(obj, crate::name!("__class_getitem__"))?;
                    return self.call(&bound, std::slice::from_ref(key), NO_KWARGS);
                }
                Err(PyErr::type_error(format!("type '{}' is not subscriptable", c.name)))
            }
            _ => Err(PyErr::type_error(format!("'{}' object is not subscriptable", types().of(obj).tp_name()))),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Slice(s)) => {
                let new = self.collect(&v)?;
                let len = l.items.lock().len();
                let (start, stop, step, count) = self.slice_indices(s, len)?;
                let mut items = l.items.lock();
                if step == 1 {
                    let stop = stop.max(start);
                    items.splice(start as usize..stop as usize, new);
                } else {
                    if new.len() != count {
                        return Err(PyErr::value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new.len(), count)));
                    }
                    let mut i = start;
                    for x in new {
                        items[i as usize] = x;
                        i += step;
                    }
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let len = l.items.lock().len();
                // Under `--gil off` another thread may shrink the list between the two locks.
                let slot = self.seq_index(&key, len)?;
                match slot.and_then(|i| l.items.lock().get_mut(i).map(|x| std::mem::replace(x, v))) {
                    Some(old) => {
                        old.discard();
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            (Value::Dict(d), _) => d.set(self, key, v),
            (Value::Instance(_), _) if let Some(inner) = super::subclass::base_value(obj, crate::name!("__setitem__")) => self.setitem(&inner, key, v),
            (Value::Instance(i), _) => match self.instance_lookup(i, crate::name!("__setitem__")) {
                Some(f) => {
                    self.call(&f, &[obj.clone(), key, v], NO_KWARGS)?;
                    Ok(())
                }
                None => Err(PyErr::type_error(format!("'{}' object does not support item assignment", i.class().name))),
            },
            (Value::Class(_), _) if self.meta_method(obj, crate::name!("__setitem__")).is_some() => {
                self.call_meta(obj, crate::name!("__setitem__"), &[key, v]).unwrap_or(Ok(Value::None))?;
                Ok(())
            }
            _ => Err(PyErr::type_error(format!("'{}' object does not support item assignment", types().of(obj).name))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let len = l.items.lock().len();
                let (start, _, step, count) = self.slice_indices(s, len)?;
                let mut idx: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut items = l.items.lock();
                for i in idx.into_iter().rev() {
                    items.remove(i);
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let len = l.items.lock().len();
                match self.seq_index(key, len)? {
                    Some(i) => {
                        l.items.lock().remove(i);
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            (Value::Dict(d), _) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            },
            (Value::Instance(_), _) if let Some(inner) = super::subclass::base_value(obj, crate::name!("__delitem__")) => self.delitem(&inner, key),
            (Value::Instance(i), _) => match self.instance_lookup(i, crate::name!("__delitem__")) {
                Some(f) => {
                    self.call(&f, &[obj.clone(), key.clone()], NO_KWARGS)?;
                    Ok(())
                }
                None => Err(PyErr::type_error(format!("'{}' object does not support item deletion", i.class().name))),
            },
            (Value::Class(_), _) if let Some(r) = self.call_meta(obj, crate::name!("__delitem__"), std::slice::from_ref(key)) => r.map(|_| ()),
            _ => Err(PyErr::type_error(format!("'{}' object does not support item deletion", types().of(obj).name))),
        }
    }
}

pub fn new_set_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<Arc<Set>> {
    let s = Set::new();
    for v in items {
        s.add(vm, v)?;
    }
    Ok(s)
}

/// The length of `n` repeats of a `unit`-long sequence, refused as CPython refuses it: past the
/// largest index, OverflowError with `overflow`'s words (str, bytes) or MemoryError (lists, tuples).
/// MemoryError, with no message (as CPython's).
pub fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, Vec::new())
}

/// Whether `bytes` more bytes can be had: a large request is tried first (and given back), so
/// that a huge width or count is MemoryError instead of an allocation abort.
pub fn check_alloc(bytes: usize) -> PyResult<()> {
    if bytes < 1 << 20 {
        return Ok(());
    }
    let mut probe: Vec<u8> = Vec::new();
    probe.try_reserve_exact(bytes).map_err(|_| memory_error())
}

/// Equality of two values of built-in immutable kinds (numbers, str, bytes, None), which runs no
/// user code; None for any other pair (the VM's `eq` then).
fn primitive_eq(a: &Value, b: &Value) -> Option<bool> {
    let primitive =
        |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Str(_) | Value::BigInt(_) | Value::Bytes(_) | Value::None);
    if primitive(a) && primitive(b) { crate::objects::hashing::simple_eq(a, b) } else { None }
}
