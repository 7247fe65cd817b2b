//! Packing one value into its bytes and reading it back, for one field code in one mode, with
//! CPython 3.11's errors word for word (which message a range error gets depends on the code and
//! on whether the mode uses the native packers, as CPython's tables do on a little-endian host).

use super::format::{Code, Mode};
use super::struct_error;
use crate::modules::convert::{float_of, index_big};
use crate::objects::Arc;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Whether CPython packs `code` in `mode` with its native packers (their range messages differ):
/// always under `@`, and under the standard mode of the host's byte order when the sizes agree.
fn native_like(code: Code, mode: Mode) -> bool {
    match mode {
        Mode::Native => true,
        _ => mode.little_endian() == cfg!(target_endian = "little") && code.size(mode) == code.size(Mode::Native),
    }
}

fn out_of_range() -> PyErr {
    struct_error("argument out of range")
}

fn requires(msg: String) -> PyErr {
    struct_error(msg)
}

/// The int to pack for an integer code, checked against the code's range.
fn int_value(code: Code, mode: Mode, big: &BigInt) -> PyResult<i128> {
    let size = code.size(mode).unwrap_or(8);
    let bits = size as u32 * 8;
    let signed = big.to_i64();
    let unsigned = big.to_u64();
    let ranged = |v: i64, lo: i64, hi: i64, name: &str| -> PyResult<i128> {
        if v < lo || v > hi { Err(requires(format!("{name} format requires {lo} <= number <= {hi}"))) } else { Ok(v as i128) }
    };
    match code {
        Code::SChar => ranged(signed.ok_or_else(out_of_range)?, -128, 127, "byte"),
        Code::UChar => ranged(signed.ok_or_else(out_of_range)?, 0, 255, "ubyte"),
        Code::Pointer => {
            if let Some(v) = signed {
                Ok(v as i128)
            } else if let Some(v) = unsigned {
                Ok(v as i128)
            } else {
                Err(struct_error("int too large to convert"))
            }
        }
        _ if native_like(code, mode) => match code {
            Code::Short => ranged(signed.ok_or_else(out_of_range)?, -32768, 32767, "short"),
            Code::UShort => ranged(signed.ok_or_else(out_of_range)?, 0, 65535, "ushort"),
            Code::Int => ranged(signed.ok_or_else(out_of_range)?, i32::MIN as i64, i32::MAX as i64, "'i'"),
            Code::UInt => {
                let v = unsigned.ok_or_else(out_of_range)?;
                if v > u32::MAX as u64 {
                    return Err(requires("'I' format requires 0 <= number <= 4294967295".into()));
                }
                Ok(v as i128)
            }
            c if c.is_signed_int() => Ok(signed.ok_or_else(out_of_range)? as i128),
            _ => Ok(unsigned.ok_or_else(out_of_range)? as i128),
        },
        // Standard 8-byte codes go through CPython's byte-array conversion.
        c if bits >= 64 => {
            let too_large = || struct_error("int too large to convert");
            if c.is_signed_int() { Ok(signed.ok_or_else(too_large)? as i128) } else { Ok(unsigned.ok_or_else(too_large)? as i128) }
        }
        c if c.is_signed_int() => {
            let v = signed.ok_or_else(out_of_range)?;
            let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
            if v < lo || v > hi {
                return Err(requires(format!("'{}' format requires {lo} <= number <= {hi}", c.letter())));
            }
            Ok(v as i128)
        }
        c => {
            let v = unsigned.ok_or_else(out_of_range)?;
            let hi = (1u64 << bits) - 1;
            if v > hi {
                return Err(requires(format!("'{}' format requires 0 <= number <= {hi}", c.letter())));
            }
            Ok(v as i128)
        }
    }
}

fn put(out: &mut [u8], v: i128, little: bool) {
    let n = out.len();
    let le = v.to_le_bytes();
    for k in 0..n {
        out[if little { k } else { n - 1 - k }] = le[k];
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    float_of(vm, v)?.ok_or_else(|| struct_error("required argument is not a float"))
}

fn bytes_arg(v: &Value) -> Option<Arc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(_) => match crate::vm::subclass::wrapped(v) {
            Some(Value::Bytes(b)) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Packs `v` as one item of `code` into `out` (exactly the item's bytes).
pub fn pack_one(vm: &mut Vm, code: Code, mode: Mode, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let little = mode.little_endian();
    match code {
        Code::Pad => {}
        Code::Bool => out[0] = vm.truthy(v)? as u8,
        Code::Char => match bytes_arg(v) {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => {
                return Err(struct_error("char format requires a bytes object of length 1"));
            }
        },
        Code::Str | Code::PStr => {
            let b = bytes_arg(v).ok_or_else(|| struct_error(format!("argument for '{}' must be a bytes object", code.letter())))?;
            if code == Code::Str {
                let n = b.len().min(out.len());
                out[..n].copy_from_slice(&b[..n]);
            } else if !out.is_empty() {
                let n = b.len().min(out.len() - 1);
                out[1..1 + n].copy_from_slice(&b[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        Code::Half => {
            let x = float_arg(vm, v)?;
            let h = half::f16::from_f64(x);
            if h.is_infinite() && !x.is_infinite() {
                return Err(PyErr::overflow("float too large to pack with e format"));
            }
            put(out, h.to_bits() as i128, little);
        }
        Code::Float => {
            let x = float_arg(vm, v)?;
            let f = x as f32;
            // Native 'f' is a plain C cast (an overflow becomes inf), as CPython's np_float.
            if f.is_infinite() && !x.is_infinite() && mode != Mode::Native {
                return Err(PyErr::overflow("float too large to pack with f format"));
            }
            put(out, f.to_bits() as i128, little);
        }
        Code::Double => {
            let x = float_arg(vm, v)?;
            put(out, x.to_bits() as i128, little);
        }
        _ => {
            let big = index_big(vm, v)?.ok_or_else(|| struct_error("required argument is not an integer"))?;
            put(out, int_value(code, mode, &big)?, little);
        }
    }
    Ok(())
}

fn get(data: &[u8], little: bool) -> u64 {
    let mut v: u64 = 0;
    for k in 0..data.len() {
        let byte = data[if little { data.len() - 1 - k } else { k }];
        v = (v << 8) | byte as u64;
    }
    v
}

/// Reads one item of `code` from `data` (exactly the item's bytes).
pub fn unpack_one(code: Code, mode: Mode, data: &[u8]) -> Value {
    let little = mode.little_endian();
    match code {
        Code::Pad => Value::None,
        Code::Bool => Value::Bool(data[0] != 0),
        Code::Char | Code::Str => Value::Bytes(Arc::new(data.to_vec())),
        Code::PStr => {
            if data.is_empty() {
                return Value::Bytes(Arc::new(vec![]));
            }
            let n = (data[0] as usize).min(data.len() - 1);
            Value::Bytes(Arc::new(data[1..1 + n].to_vec()))
        }
        Code::Half => Value::Float(half::f16::from_bits(get(data, little) as u16).to_f64()),
        Code::Float => Value::Float(f32::from_bits(get(data, little) as u32) as f64),
        Code::Double => Value::Float(f64::from_bits(get(data, little))),
        c if c.is_signed_int() => {
            let bits = data.len() as u32 * 8;
            let raw = get(data, little);
            let v = if bits == 64 { raw as i64 } else { ((raw << (64 - bits)) as i64) >> (64 - bits) };
            Value::Int(v)
        }
        _ => {
            let raw = get(data, little);
            if raw > i64::MAX as u64 { Value::bigint(BigInt::from(raw)) } else { Value::Int(raw as i64) }
        }
    }
}
