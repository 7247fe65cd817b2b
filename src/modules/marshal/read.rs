//! Reading the marshal format back into values, with CPython's checks and error messages for
//! short or damaged data.

use super::MAX_DEPTH;
use super::tag::*;
use crate::objects::complex::new_complex;
use crate::objects::dict::Dict;
use crate::objects::str::PyStr;
use crate::objects::value::List;
use crate::objects::{Arc, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, BigUint};

/// A back-reference slot: filled once its object exists (a tuple's only after its items).
type Slot = Option<Value>;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Slot>,
    depth: usize,
}

pub fn loads(vm: &mut Vm, data: &[u8]) -> PyResult<(Value, usize)> {
    let mut r = Reader { data, pos: 0, refs: Vec::new(), depth: 0 };
    let v = r.object(vm)?;
    match v {
        Some(v) => Ok((v, r.pos)),
        None => Err(PyErr::type_error("NULL object in marshal data for object")),
    }
}

fn bad(what: &str) -> PyErr {
    PyErr::value_error(format!("bad marshal data ({what})"))
}

fn too_short() -> PyErr {
    PyErr::new(ExcKind::EOFError, "marshal data too short")
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> PyResult<&'a [u8]> {
        if self.data.len() - self.pos < n {
            return Err(too_short());
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    /// A one-byte field (a short length); running out here has its own message.
    fn byte(&mut self) -> PyResult<u8> {
        self.take(1).map(|b| b[0]).map_err(|_| PyErr::new(ExcKind::EOFError, "EOF read where not expected"))
    }

    fn long(&mut self) -> PyResult<i32> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn double(&mut self) -> PyResult<f64> {
        let b = self.take(8)?;
        Ok(f64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
    }

    /// A length prefix: a 4-byte count that must be within the data's reach.
    fn size(&mut self, what: &str) -> PyResult<usize> {
        let n = self.long()?;
        if n < 0 {
            return Err(bad(&format!("{what} size out of range")));
        }
        Ok(n as usize)
    }

    fn text_float(&mut self) -> PyResult<f64> {
        let n = self.byte()? as usize;
        let raw = self.take(n)?;
        // Read as a C string: up to the first NUL.
        let raw = raw.split(|&b| b == 0).next().unwrap_or_default();
        let text = String::from_utf8_lossy(raw);
        crate::builtins::numbers::parse_float(&text).ok_or_else(|| PyErr::value_error(format!("could not convert string to float: '{text}'")))
    }

    fn reserve(&mut self, flagged: bool) -> Option<usize> {
        flagged.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn fill(&mut self, slot: Option<usize>, v: &Value) {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
    }

    /// One record; None for the NULL record (which ends a dict).
    fn object(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.depth += 1;
        let r = if self.depth > MAX_DEPTH { Err(bad("recursion limit exceeded")) } else { self.record(vm) };
        self.depth -= 1;
        r
    }

    fn item(&mut self, vm: &mut Vm, container: &str) -> PyResult<Value> {
        self.object(vm)?.ok_or_else(|| PyErr::type_error(format!("NULL object in marshal data for {container}")))
    }

    fn record(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let code = match self.take(1) {
            Ok(b) => b[0],
            Err(_) => return Err(PyErr::new(ExcKind::EOFError, "EOF read where object expected")),
        };
        let flagged = code & FLAG_REF != 0;
        let kind = code & !FLAG_REF;
        // Simple values are complete at once; containers register before their items.
        let simple = match kind {
            NULL => return Ok(None),
            NONE => Some(Value::None),
            FALSE => Some(Value::Bool(false)),
            TRUE => Some(Value::Bool(true)),
            ELLIPSIS => Some(Value::Ellipsis),
            STOPITER => Some(Value::Class(crate::objects::types::types().exc(ExcKind::StopIteration))),
            INT => Some(Value::Int(self.long()? as i64)),
            INT64 => {
                let b = self.take(8)?;
                Some(Value::Int(i64::from_le_bytes(b.try_into().unwrap_or([0; 8]))))
            }
            LONG => Some(self.big()?),
            FLOAT => Some(Value::Float(self.text_float()?)),
            BINARY_FLOAT => Some(Value::Float(self.double()?)),
            COMPLEX => {
                let re = self.text_float()?;
                let im = self.text_float()?;
                Some(new_complex(re, im))
            }
            BINARY_COMPLEX => {
                let re = self.double()?;
                let im = self.double()?;
                Some(new_complex(re, im))
            }
            STRING => {
                let n = self.size("bytes object")?;
                Some(Value::Bytes(Arc::new(self.take(n)?.to_vec())))
            }
            UNICODE | INTERNED => {
                let n = self.size("string")?;
                let raw = self.take(n)?;
                Some(utf8_text(vm, raw)?)
            }
            ASCII | ASCII_INTERNED => {
                let n = self.size("string")?;
                Some(latin1_text(self.take(n)?))
            }
            SHORT_ASCII | SHORT_ASCII_INTERNED => {
                let n = self.byte()? as usize;
                Some(latin1_text(self.take(n)?))
            }
            REF => {
                let n = self.long()?;
                let found = usize::try_from(n).ok().and_then(|i| self.refs.get(i)).cloned().flatten();
                return found.map(Some).ok_or_else(|| bad("invalid reference"));
            }
            _ => None,
        };
        if let Some(v) = simple {
            let slot = self.reserve(flagged);
            self.fill(slot, &v);
            return Ok(Some(v));
        }
        let v = match kind {
            TUPLE | SMALL_TUPLE => {
                let n = if kind == TUPLE { self.size("tuple")? } else { self.byte()? as usize };
                let slot = self.reserve(flagged);
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.item(vm, "tuple")?);
                }
                let v = Value::Tuple(Arc::new(items));
                self.fill(slot, &v);
                v
            }
            LIST => {
                let n = self.size("list")?;
                let list = List::new(Vec::with_capacity(n.min(1 << 16)));
                let v = Value::List(list.clone());
                let slot = self.reserve(flagged);
                self.fill(slot, &v);
                for _ in 0..n {
                    let item = self.item(vm, "list")?;
                    list.items.lock().push(item);
                }
                v
            }
            DICT => {
                let d = Dict::new();
                let v = Value::Dict(d.clone());
                let slot = self.reserve(flagged);
                self.fill(slot, &v);
                loop {
                    let Some(key) = self.object(vm)? else { break };
                    let Some(value) = self.object(vm)? else { break };
                    d.set(vm, key, value)?;
                }
                v
            }
            SET | FROZENSET => {
                let n = self.size("set")?;
                let slot = self.reserve(flagged);
                let set = crate::objects::set::Set::new();
                let v = if kind == SET { Value::Set(set.clone()) } else { Value::FrozenSet(set.clone()) };
                if kind == SET {
                    self.fill(slot, &v);
                }
                for _ in 0..n {
                    let item = self.item(vm, "set")?;
                    set.add(vm, item)?;
                }
                self.fill(slot, &v);
                v
            }
            CODE => return Err(PyErr::value_error("bad marshal data (code objects are not supported by gilpy)")),
            UNKNOWN => return Err(bad("unknown type code")),
            _ => return Err(bad("unknown type code")),
        };
        Ok(Some(v))
    }

    /// An int of 15-bit digits, checked as CPython reads them: each digit in range, the last
    /// one nonzero, a short read reported where it happens.
    fn big(&mut self) -> PyResult<Value> {
        let n = self.long()?;
        if n == i32::MIN {
            return Err(bad("long size out of range"));
        }
        let count = n.unsigned_abs() as usize;
        let mut digits = Vec::with_capacity(count.min(self.data.len()));
        for i in 0..count {
            let b = self.take(2)?;
            let d = i16::from_le_bytes([b[0], b[1]]);
            if d < 0 {
                return Err(bad("digit out of range in long"));
            }
            if d == 0 && i + 1 == count {
                return Err(bad("unnormalized long data"));
            }
            digits.push(d as u16);
        }
        let mut magnitude = BigUint::default();
        for d in digits.iter().rev() {
            magnitude = (magnitude << 15u32) + BigUint::from(*d);
        }
        let sign = if n < 0 { num_bigint::Sign::Minus } else { num_bigint::Sign::Plus };
        Ok(Value::bigint(BigInt::from_biguint(sign, magnitude)))
    }
}

fn latin1_text(raw: &[u8]) -> Value {
    Value::Str(PyStr::from_string(raw.iter().map(|&b| b as char).collect()))
}

fn utf8_text(vm: &mut Vm, raw: &[u8]) -> PyResult<Value> {
    match std::str::from_utf8(raw) {
        Ok(s) => Ok(Value::Str(PyStr::new(s))),
        Err(_) => vm.call_method(&Value::Bytes(Arc::new(raw.to_vec())), "decode", &[Value::str("utf-8"), Value::str("surrogatepass")]),
    }
}
