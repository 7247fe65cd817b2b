//! array.array's type codes: the item size of each, and converting one item between its bytes
//! (native byte order) and a Python value, with the OverflowError and TypeError messages CPython's
//! setters give (which go through the C `PyArg_Parse` formats of arraymodule.c, hence the
//! "signed short integer" message for an out-of-range 'b').

use crate::modules::convert::{index_big, type_name};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeCode {
    SChar,
    UChar,
    Unicode,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
}

/// `array.typecodes`, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

impl TypeCode {
    pub fn from_char(c: char) -> Option<TypeCode> {
        use TypeCode::*;
        Some(match c {
            'b' => SChar,
            'B' => UChar,
            'u' => Unicode,
            'h' => Short,
            'H' => UShort,
            'i' => Int,
            'I' => UInt,
            'l' => Long,
            'L' => ULong,
            'q' => LongLong,
            'Q' => ULongLong,
            'f' => Float,
            'd' => Double,
            _ => return None,
        })
    }

    pub fn letter(self) -> char {
        use TypeCode::*;
        match self {
            SChar => 'b',
            UChar => 'B',
            Unicode => 'u',
            Short => 'h',
            UShort => 'H',
            Int => 'i',
            UInt => 'I',
            Long => 'l',
            ULong => 'L',
            LongLong => 'q',
            ULongLong => 'Q',
            Float => 'f',
            Double => 'd',
        }
    }

    pub fn itemsize(self) -> usize {
        use TypeCode::*;
        match self {
            SChar | UChar => 1,
            Short | UShort => 2,
            Unicode | Int | UInt | Float => 4,
            Long | ULong | LongLong | ULongLong | Double => 8,
        }
    }

    /// The value stored in `b` (exactly one item's bytes, native order).
    pub fn get(self, b: &[u8]) -> Value {
        use TypeCode::*;
        let mut w = [0u8; 8];
        w[..b.len()].copy_from_slice(b);
        let u = u64::from_ne_bytes(w);
        match self {
            SChar => Value::Int(b[0] as i8 as i64),
            UChar => Value::Int(b[0] as i64),
            Short => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
            UShort => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
            Int => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
            UInt => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
            Long | LongLong => Value::Int(u as i64),
            ULong | ULongLong => {
                if u > i64::MAX as u64 {
                    Value::bigint(BigInt::from(u))
                } else {
                    Value::Int(u as i64)
                }
            }
            Float => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
            Double => Value::Float(f64::from_ne_bytes(w)),
            Unicode => {
                let cp = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
                Value::string(char::from_u32(cp).unwrap_or('\u{fffd}').to_string())
            }
        }
    }

    /// The bytes of `v` as one item (native order), or CPython's error.
    pub fn encode(self, vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
        use TypeCode::*;
        match self {
            Unicode => match v {
                Value::Str(s) if s.as_str().chars().count() == 1 => Ok((s.as_str().chars().next().unwrap_or('\0') as u32).to_ne_bytes().to_vec()),
                _ => Err(PyErr::type_error("array item must be unicode character")),
            },
            Float | Double => {
                let x = match v {
                    Value::Float(f) => *f,
                    _ => match crate::modules::convert::float_of(vm, v)? {
                        Some(f) => f,
                        None => {
                            return Err(PyErr::type_error(format!("must be real number, not {}", type_name(v))));
                        }
                    },
                };
                Ok(if self == Float { (x as f32).to_ne_bytes().to_vec() } else { x.to_ne_bytes().to_vec() })
            }
            _ => {
                let big = index_big(vm, v)?.ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))?;
                let n = self.int_item(&big)?;
                Ok(n.to_ne_bytes()[..self.itemsize()].to_vec())
            }
        }
    }

    /// The checked integer for an integer code (as the low bytes of an i128).
    fn int_item(self, big: &BigInt) -> PyResult<i128> {
        use TypeCode::*;
        let over = |m: &str| PyErr::overflow(m.to_string());
        let c_long = || big.to_i64().ok_or_else(|| over("Python int too large to convert to C long"));
        let bounded = |v: i64, lo: i64, hi: i64, what: &str| -> PyResult<i64> {
            if v > hi {
                Err(over(&format!("{what} is greater than maximum")))
            } else if v < lo {
                Err(over(&format!("{what} is less than minimum")))
            } else {
                Ok(v)
            }
        };
        let unsigned_long = || -> PyResult<u64> {
            if big.is_negative() {
                return Err(over("can't convert negative value to unsigned int"));
            }
            big.to_u64().ok_or_else(|| over("Python int too large to convert to C unsigned long"))
        };
        Ok(match self {
            SChar => {
                let v = bounded(c_long()?, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
                bounded(v, -128, 127, "signed char")? as i128
            }
            UChar => bounded(c_long()?, 0, 255, "unsigned byte integer")? as i128,
            Short => bounded(c_long()?, i16::MIN as i64, i16::MAX as i64, "signed short integer")? as i128,
            UShort => {
                let v = bounded(c_long()?, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
                bounded(v, 0, 65535, "unsigned short")? as i128
            }
            Int => bounded(c_long()?, i32::MIN as i64, i32::MAX as i64, "signed integer")? as i128,
            UInt => {
                let v = unsigned_long()?;
                if v > u32::MAX as u64 {
                    return Err(over("unsigned int is greater than maximum"));
                }
                v as i128
            }
            Long => c_long()? as i128,
            ULong => unsigned_long()? as i128,
            LongLong => big.to_i64().ok_or_else(|| over("int too big to convert"))? as i128,
            ULongLong => {
                if big.is_negative() {
                    return Err(over("can't convert negative int to unsigned"));
                }
                big.to_u64().ok_or_else(|| over("int too big to convert"))? as i128
            }
            Unicode | Float | Double => 0,
        })
    }
}
