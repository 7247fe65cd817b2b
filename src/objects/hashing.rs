//! Python's hash and equality for the built-in value kinds: ints hash to themselves modulo 2**61 - 1,
//! floats that hold an integer hash like that integer, tuples use CPython's xxHash-based mixing. Keys
//! whose equality needs user code (`__eq__` on a class) are reported as "not simple", so that dicts and
//! sets can call back into the VM without holding their own lock.

use super::PyResult;
use super::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// What a dict or set needs from the interpreter to find a key whose hash or equality may run user
/// code (`__hash__`, `__eq__`): the VM implements it (vm/protocol.rs) and callers pass it in.
pub trait KeyOps {
    fn hash_key(&mut self, key: &Value) -> PyResult<i64>;
    fn keys_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool>;
}

pub const MODULUS: i64 = (1 << 61) - 1;

#[inline]
pub fn hash_int(i: i64) -> i64 {
    // Most ints are below the modulus: no division for them.
    let a = i.unsigned_abs();
    let m = if a < MODULUS as u64 { a } else { a % (MODULUS as u64) };
    let h = if i < 0 { -(m as i64) } else { m as i64 };
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_i64().unwrap();
    let h = if b.sign() == Sign::Minus { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's `_Py_HashDouble`.
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    if v.fract() == 0.0 && v.abs() < 9.2e18 {
        return hash_int(v as i64);
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & (MODULUS as u64)) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS as u64 {
            x -= MODULUS as u64;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & (MODULUS as u64)) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 { -2 } else { h }
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// CPython 3.11's tuple hash (xxHash64-style lanes).
pub fn hash_tuple(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut x: u64 = 0xcbf29ce484222325;
    for &c in b {
        x ^= c as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    let h = (x >> 3) as i64;
    if h == -1 { -2 } else { h }
}

/// `f == n` exactly (1e50 is not 10**50; 2.0**63 is not 2**63 - 1).
pub fn float_equals_int(f: f64, n: &num_bigint::BigInt) -> bool {
    use num_traits::FromPrimitive;
    f.is_finite() && f.fract() == 0.0 && num_bigint::BigInt::from_f64(f).as_ref() == Some(n)
}

/// How deep `simple_eq` follows tuples inside tuples before it leaves the rest to the VM (whose
/// comparisons count against the recursion limit: RecursionError, never a native stack overflow).
const SIMPLE_EQ_DEPTH: u32 = 48;

/// Equality without running user code, where the answer is known: None means "ask the VM".
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    simple_eq_within(a, b, SIMPLE_EQ_DEPTH)
}

fn simple_eq_within(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => float_equals_int(*y, &num_bigint::BigInt::from(*x)),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => float_equals_int(*y, x),
        (None, None) => true,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            let inner = depth.checked_sub(1)?;
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) {
                    continue;
                }
                if !simple_eq_within(p, q, inner)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (FrozenSet(_) | Set(_), FrozenSet(_) | Set(_)) => return Option::None,
        // Compared by value (the numbers a range holds, a slice's three parts, a method's object
        // and function) by the VM.
        (Range(_), Range(_)) | (Slice(_), Slice(_)) | (BoundMethod(_), BoundMethod(_)) => return Option::None,
        (List(_) | Dict(_), _) | (_, List(_) | Dict(_)) => {
            if a.is(b) {
                true
            } else {
                return Option::None;
            }
        }
        _ => a.is(b),
    })
}
