//! Unpacking: `a, b = seq`, `a, *rest, b = seq`, and merging a mapping into a dict for `{**m}`
//! and `f(**m)` (with the "multiple values" check of the call form).

use super::Vm;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::function::NO_KWARGS;
use crate::objects::types::types;
use crate::objects::value::List;
use crate::objects::{PyErr, PyResult, Value};

impl Vm {
    /// `{**m}` (`callee` None) or the `**m` of a call to `callee`, whose errors name it as
    /// CPython's do (and where a key given twice is an error).
    pub(super) fn dict_merge(&mut self, d: &Arc<Dict>, m: &Value, callee: Option<&Value>) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m {
            Value::Dict(src) => src.items(),
            _ => {
                let not_mapping = || match callee {
                    Some(f) => {
                        PyErr::type_error(format!("{} argument after ** must be a mapping, not {}", super::call::callable_description(f), types().of(m).name))
                    }
                    None => PyErr::type_error(format!("'{}' object is not a mapping", types().of(m).name)),
                };
                let keys_fn = self.get_attr(m, crate::name!("keys")).map_err(|_| not_mapping())?;
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
            if let Some(f) = callee
                && d.contains(self, &k)?
            {
                let Some(name) = k.as_str() else { return Err(PyErr::type_error("keywords must be strings")) };
                return Err(PyErr::type_error(format!("{} got multiple values for keyword argument '{name}'", super::call::callable_description(f))));
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
                let it = self.get_iter(seq).map_err(|e| unpack_error(seq, e))?;
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
        let mut items = match seq {
            Value::Tuple(_) | Value::List(_) => self.collect(seq)?,
            _ => {
                let it = self.get_iter(seq).map_err(|e| unpack_error(seq, e))?;
                self.collect(&it)?
            }
        };
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

/// `a, b = 5`: CPython's words when the value cannot be iterated at all.
fn unpack_error(seq: &Value, e: PyErr) -> PyErr {
    let name = &types().of(seq).name;
    let plain = format!("'{name}' object is not iterable");
    let says_plain = e.data().args.first().and_then(|m| m.as_str().map(|m| m == plain)).unwrap_or(false);
    if e.matches(crate::objects::ExcKind::TypeError) && says_plain {
        return PyErr::type_error(format!("cannot unpack non-iterable {name} object"));
    }
    e
}
