//! An instance's own attributes (its `__dict__`), kept as `Attrs` says: a values vector laid
//! out by a shared shape (objects/shape.rs) until something needs the dict itself, then a real
//! dict for good. Every read and write takes the instance's cell (objects/class.rs `attrs`), so
//! under `--gil off` concurrent writers neither lose nor tear updates, as with a dict; a dict
//! reached from there is locked inside it (the order is always instance, then dict).

use super::class::{Attrs, Class, Instance};
use super::dict::Dict;
use super::shape::Shape;
use super::str::PyStr;
use super::value::Value;
use crate::code::hints::Hint;
use crate::objects::Arc;
use std::sync::atomic::Ordering::Relaxed;

impl Attrs {
    /// No attributes yet, at the root shape of `class`'s instances.
    pub fn empty(class: &Class) -> Attrs {
        Attrs::Values(class.shapes.get_or_init(Shape::new_root).clone(), Vec::new())
    }
}

/// A dict holding these keys and values, in order.
fn dict_of(shape: &Shape, vals: &[Value]) -> Arc<Dict> {
    let d = Dict::new();
    for (k, v) in shape.keys().iter().zip(vals) {
        d.set_str(k.clone(), v.clone());
    }
    d
}

impl Instance {
    /// Whether the instance has a `__dict__` at all (a slots-only one has not).
    pub fn has_dict(&self) -> bool {
        !matches!(*self.attrs.lock(), Attrs::Absent)
    }

    /// The instance's `__dict__`, made from its values on first use; the instance keeps
    /// using it from then on. None when the instance has no `__dict__`.
    pub fn dict(&self) -> Option<Arc<Dict>> {
        let mut a = self.attrs.lock();
        let d = match &*a {
            Attrs::Absent => return None,
            Attrs::Dict(d) => return Some(d.clone()),
            Attrs::Values(shape, vals) => dict_of(shape, vals),
        };
        let old = std::mem::replace(&mut *a, Attrs::Dict(d.clone()));
        drop(a);
        drop(old);
        Some(d)
    }

    /// `x.__dict__ = d`: false (nothing changed) when the instance has no `__dict__`.
    pub fn set_dict(&self, d: Arc<Dict>) -> bool {
        self.replace_attrs(Attrs::Dict(d))
    }

    /// `del x.__dict__`: the instance starts again with no attributes (false: it has no
    /// `__dict__`).
    pub fn drop_dict(&self) -> bool {
        self.replace_attrs(Attrs::empty(self.class_ref()))
    }

    fn replace_attrs(&self, new: Attrs) -> bool {
        let mut a = self.attrs.lock();
        if matches!(*a, Attrs::Absent) {
            return false;
        }
        let old = std::mem::replace(&mut *a, new);
        drop(a);
        drop(old);
        true
    }

    /// The instance's own attribute `name`, if it has one.
    #[inline]
    pub fn attr(&self, name: &PyStr) -> Option<Value> {
        let a = self.attrs.lock();
        match &*a {
            Attrs::Values(shape, vals) => shape.index_of(name).map(|i| vals[i].clone()),
            Attrs::Dict(d) => d.get_str(name),
            Attrs::Absent => None,
        }
    }

    /// `attr`, trying first the position where this code found the name before.
    #[inline]
    pub fn attr_hinted(&self, name: &Arc<PyStr>, hint: &Hint) -> Option<Value> {
        let a = self.attrs.lock();
        match &*a {
            Attrs::Values(shape, vals) => {
                let i = shape.index_hinted(name, hint.index())?;
                hint.set(i);
                Some(vals[i].clone())
            }
            Attrs::Dict(d) => d.get_str_hinted(name, hint),
            Attrs::Absent => None,
        }
    }

    /// Whether the instance has its own attribute `name` (a method it would shadow).
    #[inline]
    pub fn has_attr(&self, name: &PyStr) -> bool {
        match &*self.attrs.lock() {
            Attrs::Values(shape, _) => shape.index_of(name).is_some(),
            Attrs::Dict(d) => d.may_contain_str(name) && d.get_str(name).is_some(),
            Attrs::Absent => false,
        }
    }

    /// How many attributes the instance has of its own.
    pub fn attr_count(&self) -> usize {
        match &*self.attrs.lock() {
            Attrs::Values(shape, _) => shape.keys().len(),
            Attrs::Dict(d) => d.len(),
            Attrs::Absent => 0,
        }
    }

    /// The instance's own attributes as (key, value) pairs, in order, without making its dict.
    pub fn attr_items(&self) -> Vec<(Value, Value)> {
        match &*self.attrs.lock() {
            Attrs::Values(shape, vals) => shape.keys().iter().map(|k| Value::Str(k.clone())).zip(vals.iter().cloned()).collect(),
            Attrs::Dict(d) => d.items(),
            Attrs::Absent => Vec::new(),
        }
    }

    /// The values of the instance's own attributes (for scans that need no keys).
    pub fn attr_values(&self) -> Vec<Value> {
        match &*self.attrs.lock() {
            Attrs::Values(_, vals) => vals.clone(),
            Attrs::Dict(d) => d.values(),
            Attrs::Absent => Vec::new(),
        }
    }

    /// Sets the instance's own attribute `name`; Err gives `v` back when the instance has no
    /// `__dict__`.
    #[inline]
    pub fn set_attr(&self, name: &Arc<PyStr>, v: Value) -> Result<(), Value> {
        self.set_attr_at(name, v, None)
    }

    /// `set_attr`, trying first the position where this code found the name before.
    #[inline]
    pub fn set_attr_hinted(&self, name: &Arc<PyStr>, v: Value, hint: &Hint) -> Result<(), Value> {
        self.set_attr_at(name, v, Some(hint))
    }

    #[inline]
    fn set_attr_at(&self, name: &Arc<PyStr>, v: Value, hint: Option<&Hint>) -> Result<(), Value> {
        let mut a = self.attrs.lock();
        let (shape, vals) = match &mut *a {
            Attrs::Values(shape, vals) => (shape, vals),
            Attrs::Dict(d) => {
                match hint {
                    Some(h) => d.set_str_hinted(name, v, h),
                    None => d.set_str(name.clone(), v),
                }
                return Ok(());
            }
            Attrs::Absent => return Err(v),
        };
        let found = match hint {
            Some(h) => shape.index_hinted(name, h.index()),
            None => shape.index_of(name),
        };
        if let Some(i) = found {
            if let Some(h) = hint {
                h.set(i);
            }
            let old = std::mem::replace(&mut vals[i], v);
            drop(a);
            drop(old);
            return Ok(());
        }
        match shape.with(name) {
            Some(next) => {
                let len = vals.len();
                if len == vals.capacity() {
                    // As many places as instances of the class came to have before.
                    let hint_len = self.class_ref().attr_hint.load(Relaxed) as usize;
                    vals.reserve_exact(hint_len.max(len + 1) - len);
                }
                vals.push(v);
                if let Some(h) = hint {
                    h.set(len);
                }
                *shape = next;
                let class = self.class_ref();
                if len + 1 > class.attr_hint.load(Relaxed) as usize {
                    class.attr_hint.store((len + 1).min(u8::MAX as usize) as u8, Relaxed);
                }
            }
            None => {
                let d = dict_of(shape, vals);
                d.set_str(name.clone(), v);
                let old = std::mem::replace(&mut *a, Attrs::Dict(d));
                drop(a);
                drop(old);
            }
        }
        Ok(())
    }

    /// Removes the instance's own attribute `name`, giving its value (None: it had none). The
    /// instance keeps a dict from then on.
    pub fn remove_attr(&self, name: &PyStr) -> Option<Value> {
        {
            let a = self.attrs.lock();
            match &*a {
                Attrs::Absent => return None,
                Attrs::Values(shape, _) if shape.index_of(name).is_none() => return None,
                _ => {}
            }
        }
        self.dict()?.remove_str(name)
    }
}
