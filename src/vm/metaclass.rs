//! Classes as instances of their metaclass: attribute lookup on a class that has a metaclass
//! other than `type` (the metaclass's data descriptors first, then the class's own MRO, then the
//! metaclass's methods bound to the class, then its `__getattr__`), attribute assignment and
//! deletion through the metaclass's `__setattr__` / `__delattr__` and descriptors, the protocols
//! a metaclass may define for its classes (`meta_method`), and `object.__new__`'s refusal to
//! instantiate an abstract class. Classes whose metaclass is `type` never come here, so their
//! attribute access pays nothing for it.

use super::Vm;
use crate::objects::Arc;
use crate::objects::class::{Class, Payload, is_data_descriptor};
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::str::{PyStr, intern};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use std::sync::atomic::Ordering;

/// A method `type` or `object` provides natively: the default behaviour, not a metaclass's own.
fn is_default_method(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if matches!(b.owner, Owner::Type | Owner::Object | Owner::Free))
}

impl Vm {
    /// The method `name` that the metaclass of class `v` defines itself (None for any value that
    /// is not a class with a metaclass, and for `type`'s and `object`'s own methods).
    #[inline]
    pub fn meta_method(&mut self, v: &Value, name: &Arc<PyStr>) -> Option<Value> {
        let Value::Class(c) = v else { return None };
        let m = c.metaclass.as_ref()?;
        self.class_lookup(m, name).filter(|f| !is_default_method(f) && !f.is_none())
    }

    /// Calls the metaclass method `name` of class `v` with `v` first, if it has one.
    pub fn call_meta(&mut self, v: &Value, name: &Arc<PyStr>, args: &[Value]) -> Option<PyResult<Value>> {
        let f = self.meta_method(v, name)?;
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v.clone());
        all.extend_from_slice(args);
        Some(self.call(&f, &all, NO_KWARGS))
    }

    /// `cls.name` for a class whose metaclass is `meta` (CPython's `type_getattro`).
    pub(super) fn class_getattr_meta(&mut self, obj: &Value, c: &Arc<Class>, meta: &Arc<Class>, name: &Arc<PyStr>) -> PyResult<Value> {
        let meta_attr = self.class_lookup(meta, name);
        if let Some(a @ Value::Instance(d)) = &meta_attr
            && (matches!(d.payload, Payload::Property(_)) || is_data_descriptor(a))
        {
            return self.bind(a.clone(), obj, meta);
        }
        if let Some(v) = self.class_own_attr(obj, c, name)? {
            return Ok(v);
        }
        if let Some(a) = meta_attr {
            return self.bind(a, obj, meta);
        }
        if let Some(ga @ Value::Function(_)) = self.class_lookup(meta, crate::name!("__getattr__")) {
            return self.call(&ga, &[obj.clone(), Value::Str(name.clone())], NO_KWARGS);
        }
        Err(PyErr::attribute_error(format!("type object '{}' has no attribute '{}'", c.name, name.as_str())))
    }

    /// `cls.name = v`: the metaclass's `__setattr__` or data descriptor when it has one, else the
    /// class namespace.
    pub(super) fn class_setattr(&mut self, obj: &Value, c: &Arc<Class>, name: &Arc<PyStr>, v: Value) -> PyResult<()> {
        if let Some(meta) = &c.metaclass {
            if let Some(sa @ Value::Function(_)) = self.class_lookup(meta, crate::name!("__setattr__")) {
                self.call(&sa, &[obj.clone(), Value::Str(name.clone()), v], NO_KWARGS)?;
                return Ok(());
            }
            if let Some(Value::Instance(d)) = self.class_lookup(meta, name) {
                let attr = Value::Instance(d.clone());
                if let Payload::Property(p) = &d.payload {
                    if p.fset.is_none() {
                        return Err(PyErr::attribute_error(format!("property '{}' of '{}' object has no setter", name.as_str(), meta.name)));
                    }
                    self.call(&p.fset.clone(), &[obj.clone(), v], NO_KWARGS)?;
                    return Ok(());
                }
                if let Some(set) = self.class_lookup(d.class_ref(), crate::name!("__set__")) {
                    self.call(&set, &[attr.clone(), obj.clone(), v], NO_KWARGS)?;
                    return Ok(());
                }
            }
        }
        self.set_class_attr(c, name, v)
    }

    /// `type.__setattr__`: stores into the class namespace (built-in classes refuse).
    pub fn set_class_attr(&mut self, c: &Arc<Class>, name: &Arc<PyStr>, v: Value) -> PyResult<()> {
        if c.is_builtin {
            return Err(PyErr::type_error(format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), c.name)));
        }
        if name.as_str() == "__del__" {
            c.gained_del(true);
        }
        if crate::objects::class::is_attribute_hook(name.as_str(), &v) {
            c.gained_hook();
        }
        if Arc::ptr_eq(name, crate::name!("__abstractmethods__")) {
            let abstract_ = self.truthy(&v)?;
            c.is_abstract.store(abstract_, Ordering::Relaxed);
        }
        c.dict.set_str(name.clone(), v);
        Ok(())
    }

    /// `del cls.name`: the metaclass's `__delattr__` when it has one, else the namespace.
    pub(super) fn class_delattr(&mut self, obj: &Value, c: &Arc<Class>, name: &Arc<PyStr>) -> PyResult<()> {
        if let Some(meta) = &c.metaclass
            && let Some(da @ Value::Function(_)) = self.class_lookup(meta, crate::name!("__delattr__"))
        {
            self.call(&da, &[obj.clone(), Value::Str(name.clone())], NO_KWARGS)?;
            return Ok(());
        }
        self.del_class_attr(obj, c, name)
    }

    /// `type.__delattr__`.
    pub fn del_class_attr(&mut self, obj: &Value, c: &Arc<Class>, name: &Arc<PyStr>) -> PyResult<()> {
        if c.is_builtin {
            return Err(PyErr::type_error(format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), c.name)));
        }
        if Arc::ptr_eq(name, crate::name!("__abstractmethods__")) {
            c.is_abstract.store(false, Ordering::Relaxed);
        }
        match c.dict.remove_str(name) {
            Some(_) => Ok(()),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `object.__new__`'s check: a class with abstract methods has no instances.
    pub fn check_abstract(&mut self, cls: &Arc<Class>) -> PyResult<()> {
        if !cls.is_abstract.load(Ordering::Relaxed) {
            return Ok(());
        }
        let methods = cls.dict.get_str(crate::name!("__abstractmethods__")).unwrap_or(Value::None);
        let mut names = Vec::new();
        for m in self.collect(&methods)? {
            names.push(self.str(&m)?);
        }
        names.sort();
        let word = if names.len() == 1 { "method" } else { "methods" };
        Err(PyErr::type_error(format!("Can't instantiate abstract class {} with abstract {word} {}", cls.name, names.join(", "))))
    }

    /// `cls.__abstractmethods__`: the class's own entry only, as CPython's getter on `type`.
    pub(super) fn abstract_methods_attr(&mut self, c: &Arc<Class>) -> PyResult<Value> {
        match c.dict.get_str(crate::name!("__abstractmethods__")) {
            Some(v) if !c.is_builtin || !Arc::ptr_eq(c, &types().type_) => Ok(v),
            _ => Err(PyErr::attribute_error("__abstractmethods__")),
        }
    }
}

/// The metaclass `__instancecheck__` / `__subclasscheck__` of class `target`, if it has one.
pub fn check_hook(vm: &mut Vm, target: &Value, hook: &str, arg: &Value) -> Option<PyResult<bool>> {
    let r = vm.call_meta(target, &intern(hook), std::slice::from_ref(arg))?;
    Some(r.and_then(|r| vm.truthy(&r)))
}
