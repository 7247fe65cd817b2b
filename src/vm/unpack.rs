//! Unpacking: `a, b = seq`, `a, *rest, b = seq`, and merging a mapping into a dict for `{**m}`
//! and `f(**m)` (with the "multiple values" check of the call form).

use super::Vm;
use crate::objects::dict::Dict;
use crate::objects::function::NO_KWARGS;
use crate::objects::types::types;
use crate::objects::value::List;
use crate::objects::{PyErr, PyResult, Value};
use std::sync::Arc;

impl Vm {
    pub(super) fn dict_merge(&mut self, d: &Arc<Dict>, m: &Value, strict: bool) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m {
            Value::Dict(src) => src.items(),
            _ => {
                let keys_fn =
                    self.get_attr(m, crate::name!("keys")).map_err(|_| PyErr::type_error(format!("'{}' object is not a mapping", types().of(m).name)))?;
                let keys = self.call(&keys_fn, &[], NO_KWARGS)?;
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if strict && d.contains(self, &k)? {
                let name = k.as_str().unwrap_or("?").to_string();
                return Err(PyErr::type_error(format!("got multiple values for keyword argument '{name}'")));
            }
            d.set(self, k, v)?;
        }
        Ok(())
    }

    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.items.lock().clone(),
            _ => {
                let it = self.get_iter(seq)?;
                let mut out = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(PyErr::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        Ok(items)
    }

    pub(super) fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let mut items = self.collect(seq)?;
        if items.len() < before + after {
            return Err(PyErr::value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let mut out = items;
        out.push(Value::List(List::new(middle)));
        out.extend(tail);
        Ok(out)
    }
}
