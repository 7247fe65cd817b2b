//! object, property, staticmethod, classmethod, super and BaseException: the built-ins that
//! classes are made of (`type` and class creation are in type_.rs).

use super::args::check_args;
use super::attr_table::Computed;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload, Property};
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn object_new(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match a.first() {
        // A built-in value or exception type makes its instances itself (their payload):
        // CPython refuses, and an instance of a value type or a subclass of one made here would
        // have none (its inherited methods would look for it in vain, repr forever). gilpy's
        // exceptions are made here (they have no __new__ of their own), so their subclasses pass.
        Some(Value::Class(c))
            if (c.module == "builtins" && c.kind == Kind::Exception)
                || std::iter::once(c).chain(c.mro.iter()).any(|b| b.module == "builtins" && b.kind == Kind::Value && !Arc::ptr_eq(b, &types().object)) =>
        {
            Err(PyErr::type_error(format!("object.__new__({0}) is not safe, use {0}.__new__()", c.name)))
        }
        Some(Value::Class(c)) => {
            vm.check_abstract(c)?;
            Ok(vm.new_instance(c, &a[1..]))
        }
        Some(v) => Err(PyErr::type_error(format!("object.__new__(X): X is not a type object ({})", types().of(v).name))),
        None => Err(PyErr::type_error("object.__new__(): not enough arguments")),
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

/// `object.__subclasshook__(cls, subclass)`: no opinion (ABCMeta then looks further).
fn object_subclasshook(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_init(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(crate::vm::format::builtin_repr(vm, &a[0])?))
}

fn object_str(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    // object.__str__ is repr() (calling str() here would come back to a
    // subclass's __str__ that delegates to object.__str__).
    Ok(Value::string(vm.repr(&a[0])?))
}

fn object_eq(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_hash(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int((a[0].ptr().unwrap_or(0) >> 4) as i64))
}

fn object_setattr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    check_args("__setattr__", a, NO_KWARGS, 3, 3)?;
    let Value::Str(name) = &a[1] else { return Err(PyErr::type_error("attribute name must be string")) };
    match &a[0] {
        Value::Instance(i) => {
            vm.generic_setattr(&a[0], i, &intern(name.as_str()), a[2].clone())?;
            Ok(Value::None)
        }
        Value::Module(m) if m.subclass().is_some() => {
            let cls = types().of(&a[0]);
            vm.module_generic_setattr(&a[0], &cls, m, &intern(name.as_str()), a[2].clone())?;
            Ok(Value::None)
        }
        other => {
            vm.set_attr(other, &intern(name.as_str()), a[2].clone())?;
            Ok(Value::None)
        }
    }
}

/// `object.__delattr__(obj, name)`: what `del obj.name` does without the class's own hook.
fn object_delattr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    check_args("__delattr__", a, NO_KWARGS, 2, 2)?;
    let Value::Str(name) = &a[1] else {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", types().of(&a[1]).name)));
    };
    match &a[0] {
        Value::Instance(i) => vm.generic_delattr(&a[0], i, &intern(name.as_str()))?,
        other => vm.del_attr(other, &intern(name.as_str()))?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Str(name) = &a[1] else { return Err(PyErr::type_error("attribute name must be string")) };
    match &a[0] {
        Value::Instance(i) if !matches!(i.payload, Payload::Super { .. }) => vm.generic_getattr(&a[0], i, &intern(name.as_str())),
        other => vm.get_attr(other, &intern(name.as_str())),
    }
}

/// A read-only property whose getter is native (for attributes of native types).
pub fn native_property(fget: Value) -> Value {
    new_property(fget, Value::None, Value::None, Value::None)
}

/// A property whose getter and setter are native (for writable attributes of native types).
pub fn native_property_rw(fget: Value, fset: Value) -> Value {
    new_property(fget, fset, Value::None, Value::None)
}

/// A property whose getter, setter and deleter are native (read-only members that refuse both
/// with a message of their own).
pub fn native_property_full(fget: Value, fset: Value, fdel: Value) -> Value {
    new_property(fget, fset, fdel, Value::None)
}

fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    new_property_of(types().property.clone(), fget, fset, fdel, doc)
}

/// A property of class `cls` (property or a subclass of it).
fn new_property_of(cls: Arc<Class>, fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::Instance(Instance::new(cls, Payload::Property(Box::new(Property { fget, fset, fdel, doc: parking_lot::Mutex::new(doc) }))))
}

/// A property's doc when none is given: its getter's `__doc__`.
fn doc_of_getter(vm: &mut Vm, fget: &Value, doc: Value) -> PyResult<Value> {
    if !doc.is_none() || fget.is_none() {
        return Ok(doc);
    }
    match vm.get_attr(fget, &crate::objects::str::intern("__doc__")) {
        Ok(d) => Ok(d),
        Err(e) if e.matches(crate::objects::ExcKind::AttributeError) => Ok(Value::None),
        Err(e) => Err(e),
    }
}

fn property_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if a.len() + k.len() > 5 {
        return Err(PyErr::type_error(format!("property() takes at most 4 arguments ({} given)", a.len() + k.len() - 1)));
    }
    if let Some((n, _)) = k.iter().find(|(n, _)| !matches!(n.as_str(), "fget" | "fset" | "fdel" | "doc")) {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for property()", n.as_str())));
    }
    let get = |i: usize, name: &str| -> Value {
        a.get(i).cloned().or_else(|| k.iter().find(|(n, _)| n.as_str() == name).map(|(_, v)| v.clone())).unwrap_or(Value::None)
    };
    let fget = get(1, "fget");
    let given = get(4, "doc");
    let doc = doc_of_getter(vm, &fget, given.clone())?;
    let cls = match a.first() {
        Some(Value::Class(c)) if c.is_subclass(&types().property) => c.clone(),
        _ => types().property.clone(),
    };
    if Arc::ptr_eq(&cls, &types().property) {
        return Ok(new_property(fget, get(2, "fset"), get(3, "fdel"), doc));
    }
    // A subclass's instance keeps its getter's doc in its own dict, where the subclass's
    // `__doc__` does not shadow it (as CPython 3.11).
    let made = new_property_of(cls, fget, get(2, "fset"), get(3, "fdel"), given.clone());
    if given.is_none() && !doc.is_none() {
        vm.set_attr(&made, crate::name!("__doc__"), doc)?;
    }
    Ok(made)
}

fn property_parts(v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Property(p) => Ok((p.fget.clone(), p.fset.clone(), p.fdel.clone(), p.doc.lock().clone())),
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
fn property_getter(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("property.getter() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let (old_get, s, d, doc) = property_parts(&a[0])?;
    // A doc that came from the old getter gives way to the new getter's.
    let inherited = doc_of_getter(vm, &old_get, Value::None)?;
    let doc = if !doc.is_none() && doc.is(&inherited) { Value::None } else { doc };
    let doc = doc_of_getter(vm, &a[1], doc)?;
    Ok(new_property(a[1].clone(), s, d, doc))
}
fn property_deleter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("property.deleter() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let (g, s, _, doc) = property_parts(&a[0])?;
    Ok(new_property(g, s, a[1].clone(), doc))
}

/// staticmethod(f) / classmethod(f): exactly one positional argument after the class.
fn one_callable_arg(name: &str, a: &[Value], k: &KwArgs) -> PyResult<()> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("{name} expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    Ok(())
}

fn staticmethod_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    one_callable_arg("staticmethod", a, k)?;
    Ok(Value::Instance(Instance::new(types().staticmethod.clone(), Payload::Wrapped(a[1].clone()))))
}

fn classmethod_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    one_callable_arg("classmethod", a, k)?;
    Ok(Value::Instance(Instance::new(types().classmethod.clone(), Payload::Wrapped(a[1].clone()))))
}

fn super_new(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (cls, obj) = match a.len() {
        2 | 3 => match &a[1] {
            Value::Class(c) => {
                let obj = a.get(2).cloned().unwrap_or(Value::None);
                if !obj.is_none() {
                    check_super_obj(c, &obj)?;
                }
                (c.clone(), if obj.is_none() { Value::Null } else { obj })
            }
            v => return Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", types().of(v).name))),
        },
        1 => vm.implicit_super()?,
        n => return Err(PyErr::type_error(format!("super() expected at most 2 arguments, got {}", n - 1))),
    };
    // `class S(super)`: the instance is of the subclass.
    let made = match a.first() {
        Some(Value::Class(c)) if c.is_subclass(&types().super_) => c.clone(),
        _ => types().super_.clone(),
    };
    Ok(Value::Instance(Instance::new(made, Payload::Super { class: cls, obj })))
}

/// CPython's `supercheck`: `obj` is an instance of `cls` or a subclass of it.
fn check_super_obj(cls: &Arc<Class>, obj: &Value) -> PyResult<()> {
    let ok = match obj {
        Value::Class(c) if c.is_subclass(cls) => true,
        _ => types().of(obj).is_subclass(cls),
    };
    if ok { Ok(()) } else { Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type")) }
}

fn super_parts(a: &[Value]) -> PyResult<(Arc<Class>, Value)> {
    match a.first() {
        Some(Value::Instance(i)) => match &i.payload {
            Payload::Super { class, obj } => Ok((class.clone(), obj.clone())),
            _ => Err(PyErr::type_error("descriptor requires a 'super' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'super' object")),
    }
}

/// `<super: <class 'B'>, <B object>>`, `<super: <class 'B'>, NULL>` when unbound.
fn super_repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (class, obj) = super_parts(a)?;
    let what = match &obj {
        Value::Null => "NULL".to_string(),
        Value::Class(c) => format!("<{} object>", c.name),
        other => format!("<{} object>", types().of(other).name),
    };
    Ok(Value::string(format!("<super: <class '{}'>, {what}>", class.name)))
}

/// `super(C).__get__(obj)`: the bound form `super(C, obj)` (an already bound super is kept).
fn super_get(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (class, obj) = super_parts(a)?;
    let target = a.get(1).cloned().unwrap_or(Value::None);
    if !matches!(obj, Value::Null) || target.is_none() {
        return Ok(a[0].clone());
    }
    check_super_obj(&class, &target)?;
    Ok(Value::Instance(Instance::new(types().super_.clone(), Payload::Super { class, obj: target })))
}

fn super_getattr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let not_super = || PyErr::type_error("descriptor '__getattribute__' requires a 'super' object");
    let Some(Value::Instance(i)) = a.first() else { return Err(not_super()) };
    let Payload::Super { class, obj } = &i.payload else { return Err(not_super()) };
    let Value::Str(name) = &a[1] else { return Err(PyErr::type_error("attribute name must be string")) };
    let start_cls = match obj {
        Value::Null => {
            // Unbound: only the super object's own attributes.
            return match name.as_str() {
                "__thisclass__" => Ok(Value::Class(class.clone())),
                "__self__" | "__self_class__" => Ok(Value::None),
                "__class__" => Ok(Value::Class(types().super_.clone())),
                _ => match types().super_.dict.get_str(name) {
                    Some(Value::Builtin(b)) if b.bound.is_none() => Ok(Value::Builtin(Arc::new(Builtin {
                        name: b.name,
                        func: b.func,
                        bound: Some(a[0].clone()),
                        owner: b.owner,
                        frame: None,
                        arity: b.arity,
                    }))),
                    _ => Err(PyErr::attribute_error(format!("'super' object has no attribute '{}'", name.as_str()))),
                },
            };
        }
        Value::Class(c) if c.is_subclass(class) => c.clone(),
        other => types().of(other),
    };
    match name.as_str() {
        "__thisclass__" => return Ok(Value::Class(class.clone())),
        "__self__" => return Ok(obj.clone()),
        "__self_class__" => return Ok(Value::Class(start_cls)),
        // As CPython's super_getattro: `__class__` is the super object's own.
        "__class__" => return Ok(Value::Class(types().super_.clone())),
        _ => {}
    }
    // `super(C, cls)` in a classmethod looks in cls's own MRO and leaves functions unbound;
    // otherwise (an instance, or a class seen as the instance of its metaclass) they bind.
    let class_itself = matches!(obj, Value::Class(c) if c.is_subclass(class));
    // The classes after `class` in start_cls's MRO (none when it is not there), walked in place.
    let after_class = || std::iter::once(&start_cls).chain(start_cls.mro.iter()).skip_while(|c| !Arc::ptr_eq(c, class)).skip(1);
    for c in after_class() {
        if let Some(v) = c.dict.get_str(name) {
            return match &v {
                Value::Function(_) if class_itself => Ok(v),
                Value::Function(_) => Ok(Value::BoundMethod(Arc::new(crate::objects::function::BoundMethod { func: v, self_: obj.clone() }))),
                Value::Builtin(b) if b.bound.is_none() && b.owner.is_method() => {
                    Ok(Value::Builtin(Arc::new(Builtin { name: b.name, func: b.func, bound: Some(obj.clone()), owner: b.owner, frame: None, arity: b.arity })))
                }
                Value::Instance(d) => match (&d.payload, d.class().kind) {
                    (Payload::Wrapped(f), Kind::ClassMethod) => {
                        Ok(Value::BoundMethod(Arc::new(crate::objects::function::BoundMethod { func: f.clone(), self_: Value::Class(start_cls.clone()) })))
                    }
                    (Payload::Wrapped(f), Kind::StaticMethod) => Ok(f.clone()),
                    (Payload::Property(p), _) => vm.call1(&p.fget.clone(), obj.clone()),
                    _ => Ok(v),
                },
                _ => Ok(v),
            };
        }
    }
    // type's computed attributes (`__name__`, `__qualname__`, ...) for a class seen from its metaclass.
    if !class_itself
        && matches!(obj, Value::Class(_))
        && after_class().any(|c| Arc::ptr_eq(c, &types().type_))
        && let Some(v) = super::attr_table::computed(vm, obj, name.as_str())?
    {
        return Ok(v);
    }
    Err(PyErr::attribute_error(format!("'super' object has no attribute '{}'", name.as_str())))
}

/// The keyword arguments the constructors of these exceptions (and their subclasses) take.
const EXCEPTION_KEYWORDS: [(ExcKind, &[&str]); 3] =
    [(ExcKind::ImportError, &["name", "path"]), (ExcKind::NameError, &["name"]), (ExcKind::AttributeError, &["name", "obj"])];

/// `BaseException.__init__(self, *args)`; ImportError and its subclasses also take `name=` and
/// `path=`, NameError `name=`, AttributeError `name=` and `obj=`; every other exception refuses
/// keywords, as in CPython.
fn exc_init(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if let Value::Instance(i) = &a[0] {
        if !k.is_empty() {
            let class = i.class();
            let type_name = class.name.as_str().to_string();
            let Some((base, allowed)) = EXCEPTION_KEYWORDS.iter().find(|(kind, _)| class.is_subclass(types().exc_ref(*kind))) else {
                return Err(PyErr::type_error(format!("{type_name}() takes no keyword arguments")));
            };
            for (key, value) in k {
                if !allowed.contains(&key.as_str()) {
                    // Worded by the base whose constructor takes keywords, as CPython's.
                    return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", key.as_str(), base.name())));
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

/// `OSError.__init__(self, *args)`: BaseException's, then the arguments read as OSError's
/// (errno, strerror, filename, filename2; see objects/os_error.rs).
fn os_error_init(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    exc_init(vm, a, k)?;
    if let Value::Instance(i) = &a[0]
        && let (Some(dict), Some(exc)) = (i.dict(), i.exc())
    {
        let args = crate::objects::os_error::read_args(&i.class(), &dict, a[1..].to_vec());
        exc.lock().args = args;
    }
    Ok(Value::None)
}

fn exc_with_traceback(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("with_traceback", a, k, 2, 2)?;
    crate::vm::traceback_object::set_traceback(&a[0], &a[1])?;
    Ok(a[0].clone())
}

fn exc_str(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(crate::vm::format::exception_str(vm, &a[0])?))
}

fn exc_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(crate::vm::format::builtin_repr(vm, &a[0])?))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`, as attribute lookup on an instance binds.
fn method_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    if a.len() != 3 {
        return Err(PyErr::type_error(format!("method expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    if !crate::builtins::functions::is_callable(&a[1]) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if matches!(a[2], Value::None) {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(Value::BoundMethod(Arc::new(crate::objects::function::BoundMethod { func: a[1].clone(), self_: a[2].clone() })))
}

/// The attributes every instance has without a dict entry (see attr_table.rs).
pub static INSTANCE_ATTRS: &[Computed<Instance>] = &[
    Computed { name: "__class__", get: |_, _, i| Ok(Some(Value::Class(i.class()))) },
    Computed { name: "__dict__", get: |vm, v, _| Ok(vm.local_dict(v)?.map(Value::Dict)) },
    Computed {
        name: "__weakref__",
        get: |_, _, i| {
            if !i.class_ref().layout.has_weakref {
                return Ok(None);
            }
            let first = crate::objects::weakref::refs_to(i as *const Instance as usize).into_iter().next();
            Ok(Some(first.map_or(Value::None, Value::Instance)))
        },
    },
];

/// A property's attributes: its functions, its doc, and whether it is abstract (abc: when any
/// of its functions is).
pub static PROPERTY_ATTRS: &[Computed<Property>] = &[
    Computed { name: "fget", get: |_, _, p| Ok(Some(p.fget.clone())) },
    Computed { name: "fset", get: |_, _, p| Ok(Some(p.fset.clone())) },
    Computed { name: "fdel", get: |_, _, p| Ok(Some(p.fdel.clone())) },
    Computed { name: "__doc__", get: |_, _, p| Ok(Some(p.doc.lock().clone())) },
    Computed {
        name: "__isabstractmethod__",
        get: |vm, _, p| {
            let parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
            let mut any = false;
            for part in &parts {
                any = any || vm.is_abstract_method(part)?;
            }
            Ok(Some(Value::Bool(any)))
        },
    },
];

/// A classmethod's or staticmethod's attributes: what it wraps, that function's names (as
/// functools.wraps would copy them), and whether it is abstract (when what it wraps is).
pub static WRAPPED_ATTRS: &[Computed<Value>] = &[
    Computed { name: "__func__", get: |_, _, f| Ok(Some(f.clone())) },
    Computed { name: "__wrapped__", get: |_, _, f| Ok(Some(f.clone())) },
    Computed { name: "__name__", get: |vm, _, f| vm.get_attr(f, crate::name!("__name__")).map(Some) },
    Computed { name: "__qualname__", get: |vm, _, f| vm.get_attr(f, crate::name!("__qualname__")).map(Some) },
    Computed { name: "__doc__", get: |vm, _, f| vm.get_attr(f, crate::name!("__doc__")).map(Some) },
    Computed { name: "__annotations__", get: |vm, _, f| vm.get_attr(f, crate::name!("__annotations__")).map(Some) },
    Computed { name: "__module__", get: |vm, _, f| vm.get_attr(f, crate::name!("__module__")).map(Some) },
    Computed { name: "__isabstractmethod__", get: |vm, _, f| Ok(Some(Value::Bool(vm.is_abstract_method(f)?))) },
];

pub fn install() {
    let t = types();
    let set = |c: &Arc<Class>, owner: Owner, items: &[(&'static str, NativeFn)]| {
        for (n, f) in items {
            c.dict.set_str(intern(n), Builtin::method(owner, n, *f));
        }
    };
    set(
        &t.object,
        Owner::Object,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__init_subclass__", object_init_subclass),
        ],
    );
    t.object.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", object_new));
    super::object_defaults::install();
    t.method.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", method_new));
    // The mutable containers are unhashable: `__hash__` is None in their namespace, as in
    // CPython (collections.abc.Hashable reads it).
    for c in [&t.list, &t.dict, &t.set, &t.dict_keys, &t.dict_items] {
        c.dict.set_str(crate::name!("__hash__").clone(), Value::None);
    }
    let hook = Instance::new(t.classmethod.clone(), Payload::Wrapped(Builtin::new("__subclasshook__", object_subclasshook)));
    t.object.dict.set_str(intern("__subclasshook__"), Value::Instance(hook));
    super::type_::install();
    set(
        &t.property,
        Owner::Named("property"),
        &[
            ("__new__", property_new),
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
            ("__get__", descriptor_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    set(&t.staticmethod, Owner::Named("staticmethod"), &[("__new__", staticmethod_new), ("__get__", descriptor_get)]);
    set(&t.classmethod, Owner::Named("classmethod"), &[("__new__", classmethod_new), ("__get__", descriptor_get)]);
    set(&t.function, Owner::Named("function"), &[("__get__", descriptor_get)]);
    set(&t.super_, Owner::Named("super"), &[("__new__", super_new), ("__getattr__", super_getattr), ("__repr__", super_repr), ("__get__", super_get)]);
    let base = t.exc(ExcKind::BaseException);
    let base_owner = Owner::Exception(ExcKind::BaseException);
    set(&base, base_owner, &[("__init__", exc_init), ("with_traceback", exc_with_traceback), ("__str__", exc_str), ("__repr__", exc_repr)]);
    install_exception_slots();
}

/// The built-in exception classes that define `__str__` themselves in CPython 3.11.
const OWN_STR: &[ExcKind] = &[
    ExcKind::AttributeError,
    ExcKind::ImportError,
    ExcKind::KeyError,
    ExcKind::NameError,
    ExcKind::OSError,
    ExcKind::SyntaxError,
    ExcKind::UnicodeDecodeError,
    ExcKind::UnicodeEncodeError,
    ExcKind::UnicodeTranslateError,
];

/// Every built-in exception class has its own `__init__` in CPython (so an unbound call names
/// it: "descriptor '__init__' of 'ValueError' object needs an argument"), and some their own
/// `__str__`; the code is BaseException's, OSError's or SyntaxError's.
fn install_exception_slots() {
    let t = types();
    for &kind in ExcKind::ALL {
        if matches!(kind, ExcKind::BaseException | ExcKind::BaseExceptionGroup | ExcKind::ExceptionGroup | ExcKind::UnsupportedOperation) {
            continue;
        }
        let cls = t.exc(kind);
        let init: NativeFn = if cls.is_subclass(t.exc_ref(ExcKind::OSError)) {
            os_error_init
        } else if cls.is_subclass(t.exc_ref(ExcKind::SyntaxError)) {
            syntax_error_init
        } else {
            exc_init
        };
        cls.dict.set_str(crate::name!("__init__").clone(), Builtin::method(Owner::Exception(kind), "__init__", init));
        if OWN_STR.contains(&kind) {
            cls.dict.set_str(crate::name!("__str__").clone(), Builtin::method(Owner::Exception(kind), "__str__", exc_str));
        }
    }
}

/// The attributes every SyntaxError has (None until known), in the order of its details tuple.
pub const SYNTAX_ERROR_FIELDS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the message
/// and the details become attributes (msg, filename, ...), as CPython's SyntaxError_init.
fn syntax_error_init(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    exc_init(vm, a, k)?;
    let Value::Instance(inst) = &a[0] else { return Ok(Value::None) };
    let Some(d) = inst.dict() else { return Ok(Value::None) };
    let args = &a[1..];
    let mut fields = vec![Value::None; SYNTAX_ERROR_FIELDS.len()];
    if args.len() == 2 {
        let details = vm.collect(&args[1])?;
        if details.len() < 4 {
            return Err(PyErr::type_error(format!("function takes at least 4 arguments ({} given)", details.len())));
        }
        if details.len() > 6 {
            return Err(PyErr::type_error(format!("function takes at most 6 arguments ({} given)", details.len())));
        }
        for (slot, v) in fields.iter_mut().zip(details) {
            *slot = v;
        }
    }
    d.set_str(intern("msg"), args.first().cloned().unwrap_or(Value::None));
    for (name, v) in SYNTAX_ERROR_FIELDS.iter().zip(fields) {
        d.set_str(intern(name), v);
    }
    d.set_str(intern("print_file_and_line"), Value::None);
    Ok(Value::None)
}

/// `descriptor.__get__(instance, owner=None)` of functions, classmethod, staticmethod and
/// property: what attribute lookup does with them, callable by hand (functools.partialmethod and
/// singledispatchmethod call it).
fn descriptor_get(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__get__", a, k, 2, 3)?;
    let (descriptor, instance) = (&a[0], &a[1]);
    let owner = a.get(2).filter(|v| !v.is_none());
    if instance.is_none() && owner.is_none() {
        return Err(PyErr::type_error("__get__(None, None) is invalid"));
    }
    let owner_class = match owner {
        Some(Value::Class(c)) => c.clone(),
        Some(_) => return Err(PyErr::type_error("__get__(obj, type): type must be a type")),
        None => types().of(instance),
    };
    let class_bound = matches!(descriptor, Value::Instance(i) if i.class().kind == Kind::ClassMethod);
    if instance.is_none() && !class_bound {
        // Looked up on the class: functions and properties give themselves, staticmethods their function.
        return match descriptor {
            Value::Instance(i) if i.class().kind == Kind::StaticMethod => vm.bind_descriptor(descriptor.clone(), instance, &owner_class),
            _ => Ok(descriptor.clone()),
        };
    }
    vm.bind_descriptor(descriptor.clone(), instance, &owner_class)
}

/// `property.__set__(instance, value)`: its setter, called by hand.
fn property_set(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__set__", a, k, 3, 3)?;
    let setter = property_part(&a[0], |p| p.fset.clone())?;
    if setter.is_none() {
        return Err(PyErr::attribute_error("property has no setter"));
    }
    vm.call(&setter, &[a[1].clone(), a[2].clone()], NO_KWARGS)?;
    Ok(Value::None)
}

/// `property.__delete__(instance)`: its deleter, called by hand.
fn property_delete(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__delete__", a, k, 2, 2)?;
    let deleter = property_part(&a[0], |p| p.fdel.clone())?;
    if deleter.is_none() {
        return Err(PyErr::attribute_error("property has no deleter"));
    }
    vm.call1(&deleter, a[1].clone())?;
    Ok(Value::None)
}

fn property_part(v: &Value, part: impl Fn(&Property) -> Value) -> PyResult<Value> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Property(p) => Ok(part(p)),
            _ => Err(PyErr::type_error("descriptor requires a 'property' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'property' object")),
    }
}
