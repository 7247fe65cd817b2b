//! Argument conversions shared by the binary-data modules (struct, array, binascii, hashlib):
//! an int through `__index__` at full precision, a float through `__float__`, and the bytes of a
//! read-only buffer (bytes or array.array). They never raise on a value of the wrong kind:
//! each caller words its own error, as CPython's modules each do.

use crate::objects::{PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;

/// The int `v` stands for (int, bool, an int subclass, or an object with `__index__`), or None.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    Ok(match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(_) => {
            if let Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) = crate::vm::subclass::wrapped(v) {
                return index_big(vm, &inner.clone());
            }
            if vm.has_attr(v, "__index__")? {
                let r = vm.call_method(v, "__index__", &[])?;
                match r {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => index_big(vm, &r)?,
                    other => {
                        return Err(crate::objects::PyErr::type_error(format!(
                            "__index__ returned non-int (type {})",
                            crate::objects::types::types().of(&other).name
                        )));
                    }
                }
            } else {
                None
            }
        }
        _ => None,
    })
}

/// The float `v` stands for (float, int, or an object with `__float__` / `__index__`), or None.
pub fn float_of(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(big_to_f64(b)?),
        Value::Instance(_) => {
            if let Some(inner @ (Value::Float(_) | Value::Int(_) | Value::BigInt(_))) = crate::vm::subclass::wrapped(v) {
                return float_of(vm, &inner.clone());
            }
            if vm.has_attr(v, "__float__")? {
                match vm.call_method(v, "__float__", &[])? {
                    Value::Float(f) => Some(f),
                    other => {
                        return Err(crate::objects::PyErr::type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            crate::objects::types::types().of(v).name,
                            crate::objects::types::types().of(&other).name
                        )));
                    }
                }
            } else if let Some(b) = index_big(vm, v)? {
                Some(big_to_f64(&b)?)
            } else {
                None
            }
        }
        _ => None,
    })
}

/// A copy of the bytes of a bytes-like object (bytes, a bytes subclass, bytearray, array.array,
/// memoryview), or None; MemoryError when the copy cannot be had.
pub fn buffer_bytes(v: &Value) -> PyResult<Option<Vec<u8>>> {
    crate::builtins::buffer::bytes_of(v)
}

/// The Python type name of `v`, for messages.
pub fn type_name(v: &Value) -> String {
    crate::objects::types::types().of(v).name.clone()
}

/// An int as a float, or CPython's OverflowError when it is too large.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match num_traits::ToPrimitive::to_f64(b) {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(crate::objects::PyErr::overflow("int too large to convert to float")),
    }
}

/// `n` zero bytes, or MemoryError when they cannot be had (never an allocation abort).
pub fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    // Probed first, then had zeroed from the allocator (calloc: fresh pages cost nothing until
    // they are written, as CPython's bytes(n)).
    crate::vm::ops::check_alloc(n)?;
    Ok(vec![0; n])
}

/// `data` repeated `n` times, or MemoryError (bytearray and array `*`).
pub fn repeated(data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    crate::builtins::sizes::repeated(data, n, None)
}
