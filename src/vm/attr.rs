//! Attribute access: instances (properties, instance dict, class attributes bound as methods,
//! `__getattr__`), classes, modules, functions, and the methods of built-in values.

use super::Vm;
use super::method_cache::Found;
use crate::builtins::attr_table::computed;
use crate::builtins::exception_attrs;
use crate::code::hints::Hint;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::NO_KWARGS;
use crate::objects::function::{BoundMethod, Builtin};
use crate::objects::str::{PyStr, intern};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

impl Vm {
    /// Binds a class attribute found for `obj` (functions become methods, properties run).
    /// `attr.__get__(obj, cls)` for the built-in descriptors (builtins' `__get__` methods call it).
    pub fn bind_descriptor(&mut self, attr: Value, obj: &Value, cls: &Arc<Class>) -> PyResult<Value> {
        self.bind(attr, obj, cls)
    }

    pub fn bind(&mut self, attr: Value, obj: &Value, cls: &Arc<Class>) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(Value::BoundMethod(Arc::new(BoundMethod { func: attr.clone(), self_: obj.clone() }))),
            Value::Builtin(b) if b.bound.is_none() && b.owner.is_method() => {
                Ok(Value::Builtin(Arc::new(Builtin { name: b.name, func: b.func, bound: Some(obj.clone()), owner: b.owner, frame: None, arity: b.arity })))
            }
            Value::Instance(i) => match (&i.payload, i.class().kind) {
                (Payload::Property(p), _) => {
                    if p.fget.is_none() {
                        return Err(PyErr::attribute_error("property has no getter"));
                    }
                    self.call1(&p.fget.clone(), obj.clone())
                }
                (Payload::Wrapped(f), Kind::StaticMethod) => Ok(f.clone()),
                (Payload::Wrapped(f), Kind::ClassMethod) => Ok(Value::BoundMethod(Arc::new(BoundMethod { func: f.clone(), self_: Value::Class(cls.clone()) }))),
                _ => match self.descriptor_method(&attr, crate::name!("__get__")) {
                    Some(get) => self.call(&get, &[attr.clone(), obj.clone(), Value::Class(cls.clone())], NO_KWARGS),
                    None => Ok(attr),
                },
            },
            _ => Ok(attr),
        }
    }

    /// `which` (`__get__`, `__set__`, `__delete__`) of a descriptor written in Python: an
    /// instance of a user class that defines it.
    pub(super) fn descriptor_method(&mut self, attr: &Value, which: &Arc<PyStr>) -> Option<Value> {
        match attr {
            Value::Instance(i) if i.class_ref().kind == Kind::Object => self.class_lookup(i.class_ref(), which),
            _ => None,
        }
    }

    pub(super) fn no_attribute(&self, obj: &Value, name: &PyStr) -> PyErr {
        let msg = match obj {
            Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.name, name.as_str()),
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name.as_str()),
            _ => format!("'{}' object has no attribute '{}'", types().of(obj).tp_name(), name.as_str()),
        };
        PyErr::attribute_error(msg)
    }

    /// LoadAttr / LoadFastAttr: `get_attr`, trying first the entry of an instance's dict where
    /// the code last found this name (see code/hints.rs), then what the attribute cache says
    /// the class has (vm/method_cache.rs).
    #[inline]
    pub fn get_attr_hinted(&mut self, obj: &Value, name: &Arc<PyStr>, hint: &Hint) -> PyResult<Value> {
        if let Value::Instance(inst) = obj
            && matches!(inst.payload, Payload::None)
        {
            // A plain class's instance finds most names in its dict: no cache lookup first.
            let plain = inst.class_ref().is_plain();
            if plain && let Some(v) = inst.attr_hinted(name, hint) {
                return Ok(v);
            }
            return self.instance_attr_planned(obj, inst, name, Some(hint), plain);
        }
        self.get_attr(obj, name)
    }

    /// `inst.name` for an instance with no payload, by the class's `AttrPlan` for the name:
    /// the instance's dict, then the class's function bound or plain value, with no descriptor
    /// or hook lookups; anything else (a miss, a hook, a descriptor) by the general path.
    /// `dict_done`: the caller already looked in the dict of this plain class's instance.
    fn instance_attr_planned(&mut self, obj: &Value, inst: &Arc<Instance>, name: &Arc<PyStr>, hint: Option<&Hint>, dict_done: bool) -> PyResult<Value> {
        let (slot, plan) = self.attr_plan(inst.class_ref(), name);
        if let Some(v) = plan.slot_get.and_then(|i| inst.slots().get(i as usize)).and_then(|cell| cell.lock().clone()) {
            return Ok(v);
        }
        if plan.dict_first_get {
            if !dict_done {
                let own = match hint {
                    Some(h) => inst.attr_hinted(name, h),
                    None => inst.attr(name),
                };
                if let Some(v) = own {
                    return Ok(v);
                }
            }
            match plan.found {
                Found::Function => {
                    if let Some(f) = self.cached_found(slot) {
                        return Ok(Value::BoundMethod(Arc::new(BoundMethod { func: f, self_: obj.clone() })));
                    }
                }
                Found::Inert => {
                    if let Some(v) = self.cached_found(slot) {
                        return Ok(v);
                    }
                }
                Found::Other | Found::Absent | Found::DataDescriptor => {}
            }
        }
        self.instance_attr_general(obj, inst, name).map_err(|e| super::suggestions::with_attribute_context(e, obj, name))
    }

    /// StoreAttr: `set_attr` with the code's hint for the name (see `get_attr_hinted`).
    #[inline]
    pub fn set_attr_hinted(&mut self, obj: &Value, name: &Arc<PyStr>, v: Value, hint: &Hint) -> PyResult<()> {
        if let Value::Instance(inst) = obj
            && matches!(inst.payload, Payload::None)
        {
            let direct = if inst.class_ref().is_plain() {
                !is_special_store(name)
            } else {
                let plan = self.attr_plan(inst.class_ref(), name).1;
                if let Some(cell) = plan.slot_set.and_then(|i| inst.slots().get(i as usize)) {
                    // The old value is dropped after the slot's lock is let go.
                    let old = cell.lock().replace(v);
                    drop(old);
                    return Ok(());
                }
                plan.dict_set
            };
            if direct {
                return match inst.set_attr_hinted(name, v, hint) {
                    Ok(()) => Ok(()),
                    Err(v) => self.set_attr(obj, name, v),
                };
            }
        }
        self.set_attr(obj, name, v)
    }

    /// `obj.name`. An AttributeError on the way out carries `name` and `obj`, as CPython's
    /// `PyObject_GetAttr` leaves them for the "Did you mean" hint (vm/suggestions.rs).
    pub fn get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        self.find_attr(obj, name).map_err(|e| super::suggestions::with_attribute_context(e, obj, name))
    }

    fn find_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) if matches!(inst.payload, Payload::None) => self.instance_attr_planned(obj, inst, name, None, false),
            Value::Instance(inst) => self.instance_attr_general(obj, inst, name),
            Value::Class(c) => {
                if let Some(meta) = &c.metaclass {
                    return self.class_getattr_meta(obj, c, meta, name);
                }
                if let Some(v) = self.class_own_attr(obj, c, name)? {
                    return Ok(v);
                }
                // Methods of `type` itself (mro()...).
                if let Some(v) = types().type_.dict.get_str(name) {
                    return self.bind(v, obj, &types().type_);
                }
                Err(self.no_attribute(obj, name))
            }
            Value::Module(m) if m.subclass().is_some() => self.subclassed_module_getattr(obj, m, name),
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None => match computed(self, obj, name.as_str())? {
                    Some(v) => Ok(v),
                    // PEP 562: a module's own `__getattr__` answers names it lacks.
                    None => match m.dict.get_str(crate::name!("__getattr__")) {
                        Some(hook) => self.call(&hook, &[Value::Str(name.clone())], NO_KWARGS),
                        None => Err(self.no_attribute(obj, name)),
                    },
                },
            },
            Value::Function(f) => match computed(self, obj, name.as_str())? {
                Some(v) => Ok(v),
                None => match f.attr(name) {
                    Some(v) => Ok(v),
                    None => self.builtin_type_attr(obj, &types().function, name),
                },
            },
            Value::BoundMethod(m) => match computed(self, obj, name.as_str())? {
                Some(v) => Ok(v),
                // The method type's own slots (`__call__`, `__eq__`...) first, then the function's.
                None => match types().method.dict.get_str(name) {
                    Some(v) => self.bind(v, obj, &types().method),
                    None => self.get_attr(&m.func.clone(), name),
                },
            },
            Value::Builtin(_) => match computed(self, obj, name.as_str())? {
                Some(v) => Ok(v),
                None => self.builtin_type_attr(obj, &types().builtin, name),
            },
            Value::Code(c) => match crate::code::attrs::attr(c, name.as_str()) {
                Some(v) => Ok(v),
                None => self.builtin_type_attr(obj, &types().code, name),
            },
            _ => {
                let cls = types().of_ref(obj);
                if let Some(v) = crate::builtins::attr_table::value_attr(self, obj, name.as_str())? {
                    return Ok(v);
                }
                match self.class_lookup(cls, name) {
                    Some(a) => self.bind(a, obj, cls),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
        }
    }

    /// `inst.name` the general way: `super`'s lookup, a user `__getattribute__` or
    /// `object.__getattribute__`, then `__getattr__` when that found nothing.
    fn instance_attr_general(&mut self, obj: &Value, inst: &Arc<Instance>, name: &Arc<PyStr>) -> PyResult<Value> {
        if let Payload::Super { .. } = inst.payload {
            return self.call(&crate::objects::function::Builtin::new("__getattr__", super_getattr_fn()), &[obj.clone(), Value::Str(name.clone())], NO_KWARGS);
        }
        let found = match self.getattribute_hook(inst) {
            Some(hook) => self.call(&hook, &[obj.clone(), Value::Str(name.clone())], NO_KWARGS),
            None => self.generic_getattr(obj, inst, name),
        };
        match found {
            Err(e) if e.matches(ExcKind::AttributeError) => match self.class_lookup(inst.class_ref(), crate::name!("__getattr__")) {
                Some(ga) => self.call(&ga, &[obj.clone(), Value::Str(name.clone())], NO_KWARGS),
                None => Err(e),
            },
            other => other,
        }
    }

    /// `obj.name` from the namespaces along the MRO of `cls`, the built-in type of `obj`.
    fn builtin_type_attr(&mut self, obj: &Value, cls: &Arc<Class>, name: &Arc<PyStr>) -> PyResult<Value> {
        match self.class_lookup(cls, name) {
            Some(method) => self.bind(method, obj, cls),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// A user class's own `__getattribute__`, which then answers every attribute read.
    fn getattribute_hook(&mut self, inst: &Instance) -> Option<Value> {
        if inst.class_ref().is_plain() {
            return None;
        }
        match self.class_lookup(inst.class_ref(), crate::name!("__getattribute__")) {
            Some(Value::Builtin(_)) | None => None,
            Some(hook) => Some(hook),
        }
    }

    /// `object.__getattribute__`: data descriptors of the class, the instance's dict and slots,
    /// then the class's other attributes (no `__getattr__` fallback, no user hook).
    pub fn generic_getattr(&mut self, obj: &Value, inst: &Arc<Instance>, name: &Arc<PyStr>) -> PyResult<Value> {
        let cls = inst.class_ref();
        let cls_attr = self.class_lookup(cls, name);
        if let Some(m) = cls_attr.as_ref().and_then(crate::objects::slots::member_of) {
            return crate::builtins::slots::read(m, obj);
        }
        if let Some(a @ Value::Instance(d)) = &cls_attr
            && (matches!(d.payload, Payload::Property(_)) || crate::objects::class::is_data_descriptor(a))
        {
            return self.bind(a.clone(), obj, cls);
        }
        if let Payload::Local(_) = inst.payload {
            if let Some(v) = self.local_dict(obj)?.and_then(|d| d.get_str(name)) {
                return Ok(v);
            }
        } else if let Some(v) = inst.attr(name) {
            return Ok(v);
        }
        if let Some(v) = self.special_instance_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(a) = cls_attr {
            return self.bind(a, obj, cls);
        }
        if name.as_str() == "__doc__" {
            // Every object has its class's doc: a built-in class keeps its doc out of its dict.
            return Ok(crate::builtins::type_::builtin_class_doc(cls));
        }
        Err(self.no_attribute(obj, name))
    }

    /// `cls.name` from the class itself: its MRO's namespaces (descriptors called with no
    /// instance) and the attributes every class has; None when neither has it.
    pub(super) fn class_own_attr(&mut self, obj: &Value, c: &Arc<Class>, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        // A class's own annotations (never a base's): made empty on first use, as 3.10+.
        if name.as_str() == "__annotations__" && !c.is_builtin {
            if let Some(v) = c.dict.get_str(name) {
                return Ok(Some(v));
            }
            let d = Value::Dict(crate::objects::dict::Dict::new());
            c.dict.set_str(name.clone(), d.clone());
            return Ok(Some(d));
        }
        if Arc::ptr_eq(name, crate::name!("__abstractmethods__")) {
            return self.abstract_methods_attr(c).map(Some);
        }
        if name.as_str() == "__qualname__" {
            // A class's own name, never one inherited from a base's namespace (type(name, bases, ns)).
            return Ok(Some(c.dict.get_str(name).unwrap_or_else(|| Value::str(&c.qualname))));
        }
        if let Some(v) = self.class_lookup(c, name) {
            return match &v {
                Value::Instance(i) => match (&i.payload, i.class().kind) {
                    (Payload::Wrapped(f), Kind::StaticMethod) => Ok(Some(f.clone())),
                    (Payload::Wrapped(f), Kind::ClassMethod) => Ok(Some(Value::BoundMethod(Arc::new(BoundMethod { func: f.clone(), self_: obj.clone() })))),
                    _ => match self.descriptor_method(&v, crate::name!("__get__")) {
                        Some(get) => self.call(&get, &[v.clone(), Value::None, obj.clone()], NO_KWARGS).map(Some),
                        None => Ok(Some(v)),
                    },
                },
                _ => Ok(Some(v)),
            };
        }
        crate::builtins::attr_table::read(self, crate::builtins::type_::ATTRS, obj, c, name.as_str())
    }

    /// Attributes every instance has without a dict entry.
    fn special_instance_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        computed(self, obj, name.as_str())
    }

    /// Whether `v.__isabstractmethod__` is true (false when `v` has no such attribute).
    pub fn is_abstract_method(&mut self, v: &Value) -> PyResult<bool> {
        if v.is_none() {
            return Ok(false);
        }
        match self.get_attr(v, crate::name!("__isabstractmethod__")) {
            Ok(r) => self.truthy(&r),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// For `obj.name(...)`: the function and `self` when it is a plain method, else the attribute and Null.
    pub fn load_method(&mut self, obj: Value, name: &Arc<PyStr>) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) if matches!(inst.payload, Payload::None) => {
                // One attribute-cache lookup answers whether this is a method of the class that
                // no hook or descriptor intercepts; then only the instance's dict may shadow it.
                let (slot, plan) = self.attr_plan(inst.class_ref(), name);
                if plan.dict_first_get
                    && plan.found == Found::Function
                    && !inst.has_attr(name)
                    && let Some(f) = self.cached_found(slot)
                {
                    return Ok((f, obj));
                }
                if plan.dict_first_get {
                    let v = self.instance_attr_planned(&obj, inst, name, None, false)?;
                    return Ok((v, Value::Null));
                }
            }
            Value::Instance(inst) if matches!(inst.payload, Payload::Super { .. }) => {
                if let Some(m) = super_method(inst, name) {
                    return Ok(m);
                }
            }
            Value::Instance(inst) => {
                // Looked up under the class lock's read guard: no clone of the class per call.
                // A user `__getattribute__` sees method lookups too (then no shortcut).
                let found = if self.getattribute_hook(inst).is_some() { None } else { self.instance_lookup(inst, name) };
                match found {
                    Some(f @ Value::Function(_)) => {
                        let shadowed = match inst.payload {
                            Payload::Local(_) => true,
                            _ => inst.has_attr(name),
                        };
                        if !shadowed {
                            return Ok((f, obj));
                        }
                    }
                    // A method of a native class (deque.append, lock.acquire, StringIO.write,
                    // unless the instance's own dict shadows it): called with the instance
                    // first, without a bound-method object per call.
                    Some(f @ Value::Builtin(_)) if matches!(inst.payload, Payload::Native(_)) && !inst.has_attr(name) => {
                        if let Value::Builtin(b) = &f
                            && b.bound.is_none()
                            && b.owner.is_method()
                        {
                            return Ok((f, obj));
                        }
                    }
                    _ => {}
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) => {}
            _ => {
                let cls = types().of_ref(&obj);
                if let Some(f @ Value::Builtin(_)) = self.class_lookup(cls, name) {
                    return Ok((f, obj));
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Arc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) if let Some(set) = exception_attrs::setter(inst, name.as_str()) => set(self, obj, inst, v),
            // A plain property's `__doc__` is a writable member (a subclass's goes to its dict).
            Value::Instance(inst)
                if name.as_str() == "__doc__"
                    && !inst.has_dict()
                    && let Payload::Property(p) = &inst.payload =>
            {
                *p.doc.lock() = v;
                Ok(())
            }
            Value::Instance(inst) => {
                let direct = matches!(inst.payload, Payload::None)
                    && if inst.class_ref().is_plain() { !is_special_store(name) } else { self.attr_plan(inst.class_ref(), name).1.dict_set };
                let v = if direct {
                    match inst.set_attr(name, v) {
                        Ok(()) => return Ok(()),
                        Err(v) => v,
                    }
                } else {
                    v
                };
                if let Some(sa) = self.class_lookup(inst.class_ref(), crate::name!("__setattr__"))
                    && let Value::Function(_) = sa
                {
                    self.call(&sa, &[obj.clone(), Value::Str(name.clone()), v], NO_KWARGS)?;
                    return Ok(());
                }
                self.generic_setattr(obj, inst, name, v)
            }
            _ if name.as_str() == "__class__" && !matches!(obj, Value::Module(m) if m.subclass().is_some()) => self.assign_class(obj, Some(&v)),
            Value::Class(c) => self.class_setattr(obj, c, name, v),
            Value::Module(m) => {
                if let Some(cls) = m.subclass() {
                    return self.subclassed_module_setattr(obj, &cls, m, name, v);
                }
                m.dict.set_str(name.clone(), v);
                Ok(())
            }
            Value::Function(f) => {
                if name.as_str() == "__name__" {
                    if let Value::Str(s) = &v {
                        *f.name.lock() = s.clone();
                        return Ok(());
                    }
                    return Err(PyErr::type_error("__name__ must be set to a string object"));
                }
                if name.as_str() == "__qualname__" {
                    let Value::Str(s) = &v else { return Err(PyErr::type_error("__qualname__ must be set to a string object")) };
                    *f.assigned_qualname.lock() = Some(s.clone());
                    return Ok(());
                }
                if name.as_str() == "__annotations__" {
                    if !matches!(v, Value::Dict(_) | Value::None) {
                        return Err(PyErr::type_error("__annotations__ must be set to a dict object"));
                    }
                    *f.annotations.lock() = Some(v).filter(|v| !matches!(v, Value::None));
                    return Ok(());
                }
                f.dict().set_str(name.clone(), v);
                Ok(())
            }
            // The computed attributes of numbers, built-ins, slices and ranges: CPython's
            // getset descriptors (numbers, built-ins) and read-only members (slice, range).
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Builtin(_) | Value::Slice(_) | Value::Range(_)
                if crate::builtins::attr_table::computed(self, obj, name.as_str())?.is_some() =>
            {
                Err(PyErr::attribute_error(match obj {
                    Value::Slice(_) | Value::Range(_) => "readonly attribute".to_string(),
                    // bool's numbers are int's descriptors, named by their owner.
                    Value::Bool(_) => format!("attribute '{}' of 'int' objects is not writable", name.as_str()),
                    _ => format!("attribute '{}' of '{}' objects is not writable", name.as_str(), types().of(obj).name),
                }))
            }
            _ => {
                let cls = types().of(obj);
                if self.class_lookup(&cls, name).is_some() {
                    Err(PyErr::attribute_error(format!("'{}' object attribute '{}' is read-only", cls.name, name.as_str())))
                } else {
                    Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", cls.name, name.as_str())))
                }
            }
        }
    }

    /// `object.__setattr__`: a data descriptor of the class (slot, property, `__set__`), else
    /// the instance's dict.
    pub fn generic_setattr(&mut self, obj: &Value, inst: &Arc<Instance>, name: &Arc<PyStr>, v: Value) -> PyResult<()> {
        if name.as_str() == "__class__" {
            return self.assign_class(obj, Some(&v));
        }
        let cls = inst.class_ref();
        if name.as_str() == "__dict__" && inst.has_dict() && !matches!(inst.payload, Payload::Local(_)) {
            return set_instance_dict(inst, v);
        }
        let found = self.class_lookup(cls, name);
        let in_class = found.is_some();
        if let Some(m) = found.as_ref().and_then(crate::objects::slots::member_of) {
            return crate::builtins::slots::write(m, obj, Some(v));
        }
        if let Some(Value::Instance(d)) = found {
            let attr = Value::Instance(d.clone());
            if let Some(set) = self.descriptor_method(&attr, crate::name!("__set__")) {
                self.call(&set, &[attr.clone(), obj.clone(), v], NO_KWARGS)?;
                return Ok(());
            }
            if let Payload::Property(p) = &d.payload {
                if p.fset.is_none() {
                    let msg = builtin_readonly(cls, name).unwrap_or_else(|| format!("property '{}' of '{}' object has no setter", name.as_str(), cls.name));
                    return Err(PyErr::attribute_error(msg));
                }
                self.call(&p.fset.clone(), &[obj.clone(), v], NO_KWARGS)?;
                return Ok(());
            }
        }
        let local = match inst.payload {
            Payload::Local(_) => self.local_dict(obj)?,
            _ => None,
        };
        let v = match local {
            Some(d) => {
                d.set_str(name.clone(), v);
                return Ok(());
            }
            None => match inst.set_attr(name, v) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            },
        };
        drop(v);
        // No dict to write to: a name the class has is read-only, as CPython words it.
        if in_class {
            return Err(PyErr::attribute_error(format!("'{}' object attribute '{}' is read-only", cls.name, name.as_str())));
        }
        Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", cls.name, name.as_str())))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        if name.as_str() == "__class__" && !matches!(obj, Value::Class(_)) {
            return self.assign_class(obj, None);
        }
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class_ref();
                if !cls.plain
                    && let Some(da @ Value::Function(_)) = self.class_lookup(cls, crate::name!("__delattr__"))
                {
                    self.call(&da, &[obj.clone(), Value::Str(name.clone())], NO_KWARGS)?;
                    return Ok(());
                }
                self.generic_delattr(obj, inst, name)
            }
            _ => self.del_attr_of_value(obj, name),
        }
    }

    /// `object.__delattr__`: a data descriptor of the class (slot, property, `__delete__`), else
    /// the instance's dict.
    pub fn generic_delattr(&mut self, obj: &Value, inst: &Arc<Instance>, name: &Arc<PyStr>) -> PyResult<()> {
        let cls = inst.class_ref();
        let found = self.class_lookup(cls, name);
        if let Some(m) = found.as_ref().and_then(crate::objects::slots::member_of) {
            return crate::builtins::slots::write(m, obj, None);
        }
        if let Some(Value::Instance(d)) = found {
            let attr = Value::Instance(d.clone());
            if let Some(del) = self.descriptor_method(&attr, crate::name!("__delete__")) {
                self.call(&del, &[attr.clone(), obj.clone()], NO_KWARGS)?;
                return Ok(());
            }
            if let Payload::Property(p) = &d.payload {
                if p.fdel.is_none() {
                    let msg = builtin_readonly(cls, name).unwrap_or_else(|| format!("property '{}' of '{}' object has no deleter", name.as_str(), cls.name));
                    return Err(PyErr::attribute_error(msg));
                }
                self.call1(&p.fdel.clone(), obj.clone())?;
                return Ok(());
            }
        }
        let local = match inst.payload {
            Payload::Local(_) => self.local_dict(obj)?,
            _ => None,
        };
        if name.as_str() == "__dict__" && local.is_none() && inst.drop_dict() {
            // CPython 3.11 lets the dict go: the instance starts again with none.
            return Ok(());
        }
        let removed = match local {
            Some(d) => d.remove_str(name),
            None => inst.remove_attr(name),
        };
        if removed.is_some() {
            return Ok(());
        }
        Err(self.no_attribute(obj, name))
    }

    fn del_attr_of_value(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Class(c) => self.class_delattr(obj, c, name),
            Value::Module(m) => match m.dict.remove_str(name) {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            },
            Value::Function(f) => match f.attr(name).and_then(|_| f.dict().remove_str(name)) {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            },
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    pub fn has_attr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        Ok(self.lookup_attr(obj, &intern(name))?.is_some())
    }

    /// `obj.name`, or None where that raises AttributeError (CPython's `_PyObject_LookupAttr`,
    /// behind `hasattr` and `getattr` with a default). A name that neither the class nor the
    /// instance's dict has, on an instance with no hook of the user's, is answered without
    /// making the AttributeError at all (an exception's own fields and the dunder names every
    /// instance computes take the general path).
    pub fn lookup_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        if let Value::Instance(inst) = obj
            && matches!(inst.payload, Payload::None)
            && inst.exc().is_none()
            && !name.as_str().starts_with("__")
            && let (_, plan) = self.attr_plan(inst.class_ref(), name)
            && plan.found == Found::Absent
            && plan.dict_first_get
            && self.class_lookup(inst.class_ref(), crate::name!("__getattr__")).is_none()
        {
            return Ok(inst.attr(name));
        }
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// `super().name(...)`: the plain function `name` found after the super object's class in the
/// MRO of the instance it is bound to, with that instance to call it on, without the bound
/// method `super().name` would make. None for anything else (an unbound super, one bound to a
/// class, a subclass of super, a non-function or a name super itself answers): `get_attr`
/// then reads it as `super.__getattribute__` does.
fn super_method(inst: &crate::objects::class::Instance, name: &Arc<PyStr>) -> Option<(Value, Value)> {
    let Payload::Super { class, obj } = &inst.payload else { return None };
    if matches!(obj, Value::Null | Value::Class(_))
        || !Arc::ptr_eq(inst.class_ref(), &types().super_)
        || matches!(name.as_str(), "__thisclass__" | "__self__" | "__self_class__" | "__class__")
    {
        return None;
    }
    let start = types().of(obj);
    let mut after = std::iter::once(&start).chain(start.mro.iter()).skip_while(|c| !Arc::ptr_eq(c, class)).skip(1);
    match after.find_map(|c| c.dict.get_str(name))? {
        f @ Value::Function(_) => Some((f, obj.clone())),
        _ => None,
    }
}

fn super_getattr_fn() -> crate::objects::function::NativeFn {
    match types().super_.dict.get_str(crate::name!("__getattr__")) {
        Some(Value::Builtin(b)) => b.func,
        _ => unreachable!("super.__getattr__ is installed at startup"),
    }
}

/// Names a store on a plain class's instance never puts in its attributes: they are computed
/// (`__class__` assignment, `__dict__` replacement).
#[inline]
fn is_special_store(name: &Arc<PyStr>) -> bool {
    matches!(name.as_str(), "__class__" | "__dict__")
}

/// `inst.__dict__ = v` for an instance that has a `__dict__`: `v` must be a dict (or of a
/// dict subclass), which the instance then uses as its attributes.
fn set_instance_dict(inst: &Instance, v: Value) -> PyResult<()> {
    let d = match &v {
        Value::Dict(d) => d.clone(),
        other => match crate::objects::class::wrapped(other) {
            Some(Value::Dict(d)) => d.clone(),
            _ => return Err(PyErr::type_error(format!("__dict__ must be set to a dictionary, not a '{}'", types().of(&v).tp_name()))),
        },
    };
    inst.set_dict(d);
    Ok(())
}

/// How CPython words a write to a read-only attribute of a built-in type that gilpy keeps as
/// a property: complex's `real`/`imag` are read-only members ("readonly attribute"), the
/// others getset descriptors without a setter.
fn builtin_readonly(cls: &Arc<crate::objects::class::Class>, name: &PyStr) -> Option<String> {
    if cls.is_subclass(&types().complex) {
        return Some("readonly attribute".to_string());
    }
    cls.is_builtin.then(|| format!("attribute '{}' of '{}' objects is not writable", name.as_str(), cls.name))
}
