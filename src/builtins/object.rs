//! object, type, property, staticmethod, classmethod, super and BaseException: the built-ins that
//! classes are made of, and `__build_class__`, which runs a class body and makes the class.

use super::args::check_args;
use crate::objects::class::{c3_mro, Class, Instance, Kind, Payload, Property};
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

/// Makes a class from a name, bases and namespace (type(name, bases, ns) and class statements).
pub fn make_class(vm: &mut Vm, name: &str, bases: Vec<Value>, ns: Arc<Dict>) -> PyResult<Arc<Class>> {
    let mut base_classes = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => base_classes.push(c),
            other => return Err(PyErr::type_error(format!("bases must be types, not {}", types().of(&other).name))),
        }
    }
    if base_classes.is_empty() {
        base_classes.push(types().object.clone());
    }
    for (i, b) in base_classes.iter().enumerate() {
        if base_classes[..i].iter().any(|c| Arc::ptr_eq(c, b)) {
            return Err(PyErr::type_error(format!("duplicate base class {}", b.name)));
        }
    }
    let mro = c3_mro(&base_classes).map_err(|_| {
        let names: Vec<&str> = base_classes.iter().map(|c| c.name.as_str()).collect();
        PyErr::type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")))
    })?;
    let kind = mro.iter().map(|c| c.kind).find(|k| !matches!(k, Kind::Object)).unwrap_or(Kind::Object);
    let kind = if matches!(kind, Kind::Exception | Kind::Local) { kind } else { Kind::Object };
    // A class that defines __eq__ without __hash__ is unhashable.
    if ns.get_str(crate::name!("__eq__")).is_some() && ns.get_str(crate::name!("__hash__")).is_none() {
        ns.set_str(crate::name!("__hash__").clone(), Value::None);
    }
    let module = match ns.get_str(crate::name!("__module__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let qualname = match ns.get_str(crate::name!("__qualname__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => name.to_string(),
    };
    let _ = vm;
    let plain = crate::objects::class::compute_plain(&ns, &mro);
    ns.watch();
    Ok(Arc::new(Class { name: name.to_string(), qualname, module, bases: base_classes, mro, dict: ns, kind, is_builtin: false, plain }))
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (e.g. `Generic[T]`) is replaced
/// by the classes that method returns; the bases as written are then kept as `__orig_bases__`.
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<(Vec<Value>, Option<Value>)> {
    if bases.iter().all(|b| matches!(b, Value::Class(_))) {
        return Ok((bases.to_vec(), None));
    }
    let written = Value::tuple(bases.to_vec());
    let mut out = Vec::new();
    let mut changed = false;
    for b in bases {
        if let Value::Instance(i) = b {
            if let Some(f) = i.class().lookup(&crate::objects::str::intern("__mro_entries__")) {
                let entries = vm.call(&f, &[b.clone(), written.clone()], &Vec::new())?;
                let Value::Tuple(t) = entries else {
                    return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(t.iter().cloned());
                changed = true;
                continue;
            }
        }
        out.push(b.clone());
    }
    Ok((out, changed.then_some(written)))
}

pub fn build_class(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("__build_class__: func must be a function"));
    };
    let (bases, orig_bases) = resolve_bases(vm, &a[2..])?;
    let ns = Dict::new();
    let module = body.globals.get_str(crate::name!("__name__")).unwrap_or(Value::str("__main__"));
    ns.set_str(crate::name!("__module__").clone(), module);
    if let Some(orig) = orig_bases {
        ns.set_str(crate::objects::str::intern("__orig_bases__"), orig);
    }
    let cell = vm.run_class_body(body, ns.clone())?;
    let metaclass = k.iter().find(|(n, _)| n.as_str() == "metaclass").map(|(_, v)| v.clone());
    let cls = match metaclass {
        Some(m) if !matches!(&m, Value::Class(c) if Arc::ptr_eq(c, &types().type_)) => {
            return vm.call(&m, &[Value::Str(name.clone()), Value::tuple(bases), Value::Dict(ns)], &Vec::new());
        }
        _ => make_class(vm, name.as_str(), bases, ns)?,
    };
    if let Value::Cell(c) = cell {
        *c.0.lock() = Some(Value::Class(cls.clone()));
    }
    let class_kwargs: KwArgs = k.iter().filter(|(n, _)| n.as_str() != "metaclass").cloned().collect();
    finish_class(vm, &cls, &class_kwargs)?;
    Ok(Value::Class(cls))
}

/// What CPython does once a class exists: `__set_name__(owner, name)` on each attribute whose
/// type has it, then the nearest base's `__init_subclass__` (a class method, even when written
/// without the decorator) with the class statement's keyword arguments.
fn finish_class(vm: &mut Vm, cls: &Arc<Class>, kwargs: &KwArgs) -> PyResult<()> {
    for (name, attr) in cls.dict.items() {
        if let Value::Instance(i) = &attr {
            if i.class.kind == Kind::Object {
                if let Some(set_name) = i.class.lookup(crate::name!("__set_name__")) {
                    vm.call(&set_name, &[attr.clone(), Value::Class(cls.clone()), name], &Vec::new())?;
                }
            }
        }
    }
    let init_subclass = cls.mro.iter().find_map(|c| c.dict.get_str(crate::name!("__init_subclass__")));
    match init_subclass {
        Some(Value::Function(f)) => {
            vm.call(&Value::Function(f), &[Value::Class(cls.clone())], kwargs)?;
        }
        Some(Value::Instance(i)) if i.class.kind == Kind::ClassMethod => {
            if let Payload::Wrapped(f) = &i.payload {
                vm.call(f, &[Value::Class(cls.clone())], kwargs)?;
            }
        }
        Some(other) => {
            vm.call(&other, &[Value::Class(cls.clone())], kwargs)?;
        }
        None => {}
    }
    Ok(())
}

pub fn type_call(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    match a.len() {
        1 => Ok(Value::Class(types().of(&a[0]))),
        3 => {
            let Value::Str(name) = &a[0] else { return Err(PyErr::type_error("type.__new__() argument 1 must be str")) };
            let bases = vm.collect(&a[1])?;
            let Value::Dict(d) = &a[2] else { return Err(PyErr::type_error("type.__new__() argument 3 must be dict")) };
            let ns = d.copy();
            if ns.get_str(crate::name!("__module__")).is_none() {
                ns.set_str(crate::name!("__module__").clone(), Value::str("__main__"));
            }
            let cls = make_class(vm, name.as_str(), bases, ns)?;
            finish_class(vm, &cls, &Vec::new())?;
            Ok(Value::Class(cls))
        }
        _ => {
            let _ = k;
            Err(PyErr::type_error("type() takes 1 or 3 arguments"))
        }
    }
}

fn object_new(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(vm.new_instance(c, &a[1..])),
        _ => Err(PyErr::type_error("object.__new__(X): X is not a type object")),
    }
}

/// `object.__init_subclass__(cls)`: the end of the chain; it takes no keyword arguments.
fn object_init_subclass(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        let name = match a.first() {
            Some(Value::Class(c)) => c.name.clone(),
            _ => "object".to_string(),
        };
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_init(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(crate::vm::format::builtin_repr(vm, &a[0])?))
}

fn object_str(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.str(&a[0])?))
}

fn object_eq(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_hash(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int((a[0].ptr().unwrap_or(0) >> 4) as i64)).and_then(|v| {
        let _ = vm;
        Ok(v)
    })
}

fn object_setattr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    check_args("__setattr__", a, &Vec::new(), 3, 3)?;
    let Value::Str(name) = &a[1] else { return Err(PyErr::type_error("attribute name must be string")) };
    match &a[0] {
        Value::Instance(i) => match &i.dict {
            Some(d) => {
                d.set_str(intern(name.as_str()), a[2].clone());
                Ok(Value::None)
            }
            None => Err(PyErr::attribute_error("object has no __dict__")),
        },
        other => {
            vm.set_attr(other, &intern(name.as_str()), a[2].clone())?;
            Ok(Value::None)
        }
    }
}

fn object_getattribute(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Str(name) = &a[1] else { return Err(PyErr::type_error("attribute name must be string")) };
    vm.get_attr(&a[0], &intern(name.as_str()))
}

fn type_mro(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match &a[0] {
        Value::Class(c) => Ok(Value::list(c.full_mro().into_iter().map(Value::Class).collect())),
        _ => Err(PyErr::type_error("mro() needs a type")),
    }
}

fn type_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    type_call(vm, &a[1..], k)
}

/// A read-only property whose getter is native (for attributes of native types).
pub fn native_property(fget: Value) -> Value {
    new_property(fget, Value::None, Value::None, Value::None)
}

fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::Instance(Instance::new(types().property.clone(), Payload::Property(Property { fget, fset, fdel, doc })))
}

fn property_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let get = |i: usize, name: &str| -> Value {
        a.get(i).cloned().or_else(|| k.iter().find(|(n, _)| n.as_str() == name).map(|(_, v)| v.clone())).unwrap_or(Value::None)
    };
    Ok(new_property(get(1, "fget"), get(2, "fset"), get(3, "fdel"), get(4, "doc")))
}

fn property_parts(v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Property(p) => Ok((p.fget.clone(), p.fset.clone(), p.fdel.clone(), p.doc.clone())),
            _ => Err(PyErr::type_error("not a property")),
        },
        _ => Err(PyErr::type_error("not a property")),
    }
}

fn property_setter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("property.setter() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let (g, _, d, doc) = property_parts(&a[0])?;
    Ok(new_property(g, a[1].clone(), d, doc))
}
fn property_getter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("property.getter() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let (_, s, d, doc) = property_parts(&a[0])?;
    Ok(new_property(a[1].clone(), s, d, doc))
}
fn property_deleter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("property.deleter() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let (g, s, _, doc) = property_parts(&a[0])?;
    Ok(new_property(g, s, a[1].clone(), doc))
}

fn staticmethod_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("staticmethod", a, k, 2, 2)?;
    Ok(Value::Instance(Instance::new(types().staticmethod.clone(), Payload::Wrapped(a[1].clone()))))
}

fn classmethod_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("classmethod", a, k, 2, 2)?;
    Ok(Value::Instance(Instance::new(types().classmethod.clone(), Payload::Wrapped(a[1].clone()))))
}

fn super_new(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (cls, obj) = match a.len() {
        3 => match &a[1] {
            Value::Class(c) => (c.clone(), a[2].clone()),
            _ => return Err(PyErr::type_error("super() argument 1 must be a type")),
        },
        1 => vm.implicit_super()?,
        _ => return Err(PyErr::type_error("super() takes 0 or 2 arguments")),
    };
    Ok(Value::Instance(Instance::new(types().super_.clone(), Payload::Super { class: cls, obj })))
}

fn super_getattr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let not_super = || PyErr::type_error("descriptor '__getattribute__' requires a 'super' object");
    let Some(Value::Instance(i)) = a.first() else { return Err(not_super()) };
    let Payload::Super { class, obj } = &i.payload else { return Err(not_super()) };
    let Value::Str(name) = &a[1] else { return Err(PyErr::type_error("attribute name must be string")) };
    let start_cls = match obj {
        Value::Class(c) if c.is_subclass(class) => c.clone(),
        other => types().of(other),
    };
    let mro = start_cls.full_mro();
    let pos = mro.iter().position(|c| Arc::ptr_eq(c, class)).map_or(mro.len(), |p| p + 1);
    for c in &mro[pos..] {
        if let Some(v) = c.dict.get_str(&intern(name.as_str())) {
            return match &v {
                Value::Function(_) => match obj {
                    Value::Class(_) => Ok(v),
                    _ => Ok(Value::BoundMethod(Arc::new(crate::objects::function::BoundMethod { func: v, self_: obj.clone() }))),
                },
                Value::Builtin(b) if b.bound.is_none() && !b.owner.is_empty() => Ok(Value::Builtin(Arc::new(Builtin {
                    name: b.name,
                    func: b.func,
                    bound: Some(obj.clone()),
                    owner: b.owner,
                }))),
                Value::Instance(d) => match (&d.payload, d.class().kind) {
                    (Payload::Wrapped(f), Kind::ClassMethod) => Ok(Value::BoundMethod(Arc::new(crate::objects::function::BoundMethod {
                        func: f.clone(),
                        self_: Value::Class(start_cls.clone()),
                    }))),
                    (Payload::Wrapped(f), Kind::StaticMethod) => Ok(f.clone()),
                    (Payload::Property(p), _) => vm.call1(&p.fget.clone(), obj.clone()),
                    _ => Ok(v),
                },
                _ => Ok(v),
            };
        }
    }
    Err(PyErr::attribute_error(format!("'super' object has no attribute '{}'", name.as_str())))
}

/// `BaseException.__init__(self, *args)`; ImportError and its subclasses also take `name=` and
/// `path=`, every other exception refuses keywords, as in CPython.
fn exc_init(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if let Value::Instance(i) = &a[0] {
        if !k.is_empty() {
            let class = i.class();
            let type_name = class.name.as_str().to_string();
            if !class.is_subclass(&types().exc("ImportError")) {
                return Err(PyErr::type_error(format!("{type_name}() takes no keyword arguments")));
            }
            for (key, value) in k {
                if !matches!(key.as_str(), "name" | "path") {
                    return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {type_name}()", key.as_str())));
                }
                vm.set_attr(&a[0], key, value.clone())?;
            }
        }
        if let Some(e) = i.exc() {
            e.lock().args = a[1..].to_vec();
        }
    }
    Ok(Value::None)
}

fn exc_with_traceback(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn exc_str(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(crate::vm::format::exception_str(vm, &a[0])?))
}

fn exc_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(crate::vm::format::builtin_repr(vm, &a[0])?))
}

pub fn install() {
    let t = types();
    let set = |c: &Arc<Class>, owner: &'static str, items: &[(&'static str, NativeFn)]| {
        for (n, f) in items {
            c.dict.set_str(intern(n), Builtin::method(owner, n, *f));
        }
    };
    set(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__getattribute__", object_getattribute),
            ("__init_subclass__", object_init_subclass),
        ],
    );
    t.object.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", object_new));
    set(&t.type_, "type", &[("mro", type_mro), ("__new__", type_new)]);
    set(&t.property, "property", &[("__new__", property_new), ("setter", property_setter), ("getter", property_getter), ("deleter", property_deleter)]);
    set(&t.staticmethod, "staticmethod", &[("__new__", staticmethod_new)]);
    set(&t.classmethod, "classmethod", &[("__new__", classmethod_new)]);
    set(&t.super_, "super", &[("__new__", super_new), ("__getattr__", super_getattr)]);
    let base = t.exc("BaseException");
    set(&base, "BaseException", &[("__init__", exc_init), ("with_traceback", exc_with_traceback), ("__str__", exc_str), ("__repr__", exc_repr)]);
}
