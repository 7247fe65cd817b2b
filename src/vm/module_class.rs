//! Modules that are instances of a user subclass of `types.ModuleType` (`class M(ModuleType)`,
//! or a module whose `__class__` was assigned, the PEP 562-era trick for module properties):
//! their attributes go through the subclass as an object's go through its class, with the
//! module's namespace as the instance dict, and the module's own `__getattr__` as last resort.

use super::Vm;
use crate::objects::Arc;
use crate::objects::class::{Class, Payload, is_data_descriptor};
use crate::objects::function::{KwArgs, NO_KWARGS};
use crate::objects::module::Module;
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

impl Vm {
    /// `m.name` for a module whose class is a user subclass of ModuleType.
    pub(super) fn subclassed_module_getattr(&mut self, obj: &Value, m: &Arc<Module>, name: &Arc<PyStr>) -> PyResult<Value> {
        let cls = m.subclass().unwrap_or_else(|| types().module.clone());
        if let Some(hook) = self.class_lookup(&cls, crate::name!("__getattribute__"))
            && matches!(hook, Value::Function(_))
        {
            return match self.call(&hook, &[obj.clone(), Value::Str(name.clone())], NO_KWARGS) {
                Err(e) if e.matches(ExcKind::AttributeError) => self.module_class_getattr_hook(obj, &cls, name, e),
                other => other,
            };
        }
        match self.module_generic_getattr(obj, &cls, m, name) {
            Err(e) if e.matches(ExcKind::AttributeError) => self.module_class_getattr_hook(obj, &cls, name, e),
            other => other,
        }
    }

    /// `module.__getattribute__`: the class's data descriptors, the namespace, the class's other
    /// attributes, then the namespace's own `__getattr__` (PEP 562).
    fn module_generic_getattr(&mut self, obj: &Value, cls: &Arc<Class>, m: &Arc<Module>, name: &Arc<PyStr>) -> PyResult<Value> {
        let cls_attr = self.class_lookup(cls, name);
        if let Some(a @ Value::Instance(d)) = &cls_attr
            && (matches!(d.payload, Payload::Property(_)) || is_data_descriptor(a))
        {
            return self.bind(a.clone(), obj, cls);
        }
        if let Some(v) = m.dict.get_str(name) {
            return Ok(v);
        }
        match name.as_str() {
            "__dict__" => return Ok(Value::Dict(m.dict.clone())),
            "__class__" => return Ok(Value::Class(cls.clone())),
            _ => {}
        }
        if let Some(a) = cls_attr {
            return self.bind(a, obj, cls);
        }
        if let Some(hook) = m.dict.get_str(crate::name!("__getattr__")) {
            return self.call(&hook, &[Value::Str(name.clone())], NO_KWARGS);
        }
        Err(self.no_attribute(obj, name))
    }

    /// A `__getattr__` defined on the subclass answers what `__getattribute__` did not find.
    fn module_class_getattr_hook(&mut self, obj: &Value, cls: &Arc<Class>, name: &Arc<PyStr>, err: PyErr) -> PyResult<Value> {
        match self.class_lookup(cls, crate::name!("__getattr__")) {
            Some(hook @ Value::Function(_)) => self.call(&hook, &[obj.clone(), Value::Str(name.clone())], NO_KWARGS),
            _ => Err(err),
        }
    }

    /// `m.name = v` for a module of a user subclass: its `__setattr__`, a data descriptor
    /// (property setter), else the namespace.
    pub(super) fn subclassed_module_setattr(&mut self, obj: &Value, cls: &Arc<Class>, m: &Arc<Module>, name: &Arc<PyStr>, v: Value) -> PyResult<()> {
        if let Some(hook @ Value::Function(_)) = self.class_lookup(cls, crate::name!("__setattr__")) {
            self.call(&hook, &[obj.clone(), Value::Str(name.clone()), v], NO_KWARGS)?;
            return Ok(());
        }
        self.module_generic_setattr(obj, cls, m, name, v)
    }

    /// `object.__setattr__` on a module of a user subclass.
    pub fn module_generic_setattr(&mut self, obj: &Value, cls: &Arc<Class>, m: &Arc<Module>, name: &Arc<PyStr>, v: Value) -> PyResult<()> {
        if name.as_str() == "__class__" {
            return self.assign_class(obj, Some(&v));
        }
        if let Some(attr @ Value::Instance(_)) = self.class_lookup(cls, name) {
            if let Some(set) = self.descriptor_method(&attr, crate::name!("__set__")) {
                self.call(&set, &[attr.clone(), obj.clone(), v], NO_KWARGS)?;
                return Ok(());
            }
            if let Value::Instance(d) = &attr
                && let Payload::Property(p) = &d.payload
            {
                if p.fset.is_none() {
                    return Err(PyErr::attribute_error(format!("property '{}' of '{}' object has no setter", name.as_str(), cls.name)));
                }
                self.call(&p.fset.clone(), &[obj.clone(), v], NO_KWARGS)?;
                return Ok(());
            }
        }
        m.dict.set_str(name.clone(), v);
        Ok(())
    }
}

/// `module.__init__(self, name, doc=None)`: (re)sets the namespace's `__name__` and `__doc__`.
pub fn module_init(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Module(m)) = a.first() else {
        return Err(PyErr::type_error("descriptor '__init__' requires a 'module' object"));
    };
    crate::builtins::args::only_kwargs("module", k, &["name", "doc"])?;
    let args = &a[1..];
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("module.__init__() takes at most 2 arguments ({} given)", args.len())));
    }
    let name = args.first().or(crate::builtins::args::kwarg(k, "name"));
    match name {
        Some(n @ Value::Str(_)) => m.dict.set_str(crate::name!("__name__").clone(), n.clone()),
        Some(other) => {
            return Err(PyErr::type_error(format!("module.__init__() argument 'name' must be str, not {}", types().of(other).name)));
        }
        None => return Err(PyErr::type_error("module.__init__() missing required argument 'name' (pos 1)")),
    }
    let doc = args.get(1).or(crate::builtins::args::kwarg(k, "doc")).cloned().unwrap_or(Value::None);
    m.dict.set_str(crate::name!("__doc__").clone(), doc);
    Ok(Value::None)
}
