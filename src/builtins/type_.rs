//! `type` and the making of classes: `__build_class__` (the class statement: choosing the
//! metaclass, `__prepare__`, running the body, calling the metaclass), `type(name, bases, ns)`,
//! `type.__new__` / `__init__` / `__call__` / `__prepare__` (what a metaclass extends through
//! `super()`), and the steps CPython's `type.__new__` ends with (`__set_name__`, then
//! `__init_subclass__`). Attribute lookup on classes with a metaclass is vm/metaclass.rs.

use super::attr_table::Computed;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Kind, Payload, c3_mro};
use crate::objects::dict::Dict;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

const METACLASS_CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

/// The most derived of `meta` and the metaclasses of `bases` (CPython's `_PyType_CalculateMetaclass`).
pub fn winner_metaclass(meta: &Arc<Class>, bases: &[Value]) -> PyResult<Arc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = types().of(b);
        if winner.is_subclass(&bm) {
            continue;
        }
        if bm.is_subclass(&winner) {
            winner = bm;
            continue;
        }
        return Err(PyErr::type_error(METACLASS_CONFLICT));
    }
    Ok(winner)
}

fn is_type(c: &Arc<Class>) -> bool {
    Arc::ptr_eq(c, &types().type_)
}

/// Makes a class from a name, bases and namespace (type.__new__ and plain class statements);
/// `metaclass` is None for `type` itself.
pub fn make_class(vm: &mut Vm, name: &str, bases: Vec<Value>, ns: Arc<Dict>, metaclass: Option<Arc<Class>>) -> PyResult<Arc<Class>> {
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
    // Every class has its own __doc__ (None without a docstring), so a base's never shows through.
    let doc_key = intern("__doc__");
    if ns.get_str(&doc_key).is_none() {
        ns.set_str(doc_key, Value::None);
    }
    let module = match ns.get_str(crate::name!("__module__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let qualname = match ns.get_str(crate::name!("__qualname__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => {
            // Kept in the namespace like a class statement's: a base's must not show through.
            ns.set_str(crate::name!("__qualname__").clone(), Value::str(name));
            name.to_string()
        }
    };
    let cell = ns.remove_str(&intern("__classcell__"));
    let plain = crate::objects::class::compute_plain(&ns, &mro);
    let metaclass = metaclass.filter(|m| !is_type(m));
    let abstract_ = match ns.get_str(&intern("__abstractmethods__")) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let slot_plan = super::slots::plan(vm, &base_classes, &mro, &ns)?;
    let plain = plain && slot_plan.layout.nslots == 0;
    ns.watch();
    let cls = Arc::new_cyclic(|owner| {
        super::slots::install(&slot_plan, name, owner, &ns);
        Class {
            name: name.to_string(),
            qualname,
            module,
            bases: base_classes,
            mro,
            dict: ns,
            kind,
            is_builtin: false,
            plain,
            metaclass,
            is_abstract: abstract_.into(),
            layout: slot_plan.layout,
            has_del: Default::default(),
            base_new: Default::default(),
            late_hooks: Default::default(),
            attr_hint: Default::default(),
            shapes: Default::default(),
            version: Default::default(),
        }
    });
    crate::objects::class::track_class(&cls);
    if cls.lookup(crate::name!("__del__")).is_some() {
        cls.gained_del(false);
    }
    if let Some(Value::Cell(c)) = cell {
        *c.0.lock() = Some(Value::Class(cls.clone()));
    }
    Ok(cls)
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
        if !matches!(b, Value::Class(_)) {
            let found = match vm.get_attr(b, &intern("__mro_entries__")) {
                Ok(f) => Some(f),
                Err(e) if e.matches(ExcKind::AttributeError) => None,
                Err(e) => return Err(e),
            };
            if let Some(f) = found {
                let entries = vm.call(&f, std::slice::from_ref(&written), NO_KWARGS)?;
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

/// The namespace a class body runs in: a dict, or (from a metaclass `__prepare__`) a dict
/// subclass or other mapping whose `__setitem__` sees every name the body binds.
struct Namespace {
    dict: Option<Arc<Dict>>,
    mapping: Option<Value>,
}

impl Namespace {
    fn set(&self, vm: &mut Vm, key: &str, v: Value) -> PyResult<()> {
        match (&self.mapping, &self.dict) {
            (Some(m), _) => vm.setitem(m, Value::str(key), v),
            (None, Some(d)) => {
                d.set_str(intern(key), v);
                Ok(())
            }
            (None, None) => Ok(()),
        }
    }

    fn value(&self) -> Value {
        match (&self.mapping, &self.dict) {
            (Some(m), _) => m.clone(),
            (None, Some(d)) => Value::Dict(d.clone()),
            (None, None) => Value::None,
        }
    }
}

/// `meta.__prepare__(name, bases, **kwargs)`, when the metaclass has one.
fn prepare(vm: &mut Vm, meta: &Value, name: &Value, bases: &[Value], kwargs: &KwArgs) -> PyResult<Namespace> {
    let prep = match vm.get_attr(meta, &intern("__prepare__")) {
        Ok(p) => p,
        Err(e) if e.matches(ExcKind::AttributeError) => return Ok(Namespace { dict: Some(Dict::new()), mapping: None }),
        Err(e) => return Err(e),
    };
    let ns = vm.call(&prep, &[name.clone(), Value::tuple(bases.to_vec())], kwargs)?;
    match &ns {
        Value::Dict(d) => Ok(Namespace { dict: Some(d.clone()), mapping: None }),
        Value::Instance(i) => match &i.payload {
            Payload::Base(Value::Dict(d)) => Ok(Namespace { dict: Some(d.clone()), mapping: Some(ns.clone()) }),
            _ if i.class_ref().lookup(crate::name!("__getitem__")).is_some() => Ok(Namespace { dict: None, mapping: Some(ns.clone()) }),
            _ => Err(not_a_mapping(meta, &ns)),
        },
        _ => Err(not_a_mapping(meta, &ns)),
    }
}

fn not_a_mapping(meta: &Value, ns: &Value) -> PyErr {
    let meta_name = match meta {
        Value::Class(c) => c.name.clone(),
        _ => "<metaclass>".to_string(),
    };
    PyErr::type_error(format!("{meta_name}.__prepare__() must return a mapping, not {}", types().of(ns).name))
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwargs)`: the class statement.
pub fn build_class(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("__build_class__: func must be a function"));
    };
    let (bases, orig_bases) = resolve_bases(vm, &a[2..])?;
    let explicit = k.iter().find(|(n, _)| n.as_str() == "metaclass").map(|(_, v)| v.clone());
    let class_kwargs: KwArgs = if explicit.is_some() { k.iter().filter(|(n, _)| n.as_str() != "metaclass").cloned().collect() } else { k.clone() };
    let meta = match explicit {
        Some(m) => m,
        None => Value::Class(bases.first().map_or_else(|| types().type_.clone(), |b| types().of(b))),
    };
    // A class as metaclass gives way to a more derived metaclass of a base.
    let meta = match &meta {
        Value::Class(m) => Value::Class(winner_metaclass(m, &bases)?),
        other => other.clone(),
    };
    let plain_type = matches!(&meta, Value::Class(m) if is_type(m));
    let name_v = Value::Str(name.clone());
    let ns = if plain_type { Namespace { dict: Some(Dict::new()), mapping: None } } else { prepare(vm, &meta, &name_v, &bases, &class_kwargs)? };
    let module = body.globals.get_str(crate::name!("__name__")).unwrap_or(Value::str("__main__"));
    ns.set(vm, "__module__", module)?;
    let cell = vm.run_class_body(body, ns.dict.clone(), ns.mapping.clone())?;
    if let Some(orig) = orig_bases {
        ns.set(vm, "__orig_bases__", orig)?;
    }
    if let Value::Cell(_) = &cell {
        ns.set(vm, "__classcell__", cell.clone())?;
    }
    let result = if plain_type {
        let dict = ns.dict.clone().unwrap_or_else(Dict::new);
        let cls = make_class(vm, name.as_str(), bases, dict, None)?;
        finish_class(vm, &cls, &class_kwargs)?;
        Value::Class(cls)
    } else {
        vm.call(&meta, &[name_v, Value::tuple(bases), ns.value()], &class_kwargs)?
    };
    // A metaclass that made the class some other way still gets `__class__` filled in.
    if let (Value::Cell(c), Value::Class(_)) = (&cell, &result) {
        let mut slot = c.0.lock();
        if slot.is_none() {
            *slot = Some(result.clone());
        }
    }
    Ok(result)
}

/// What CPython does once a class exists: `__set_name__(owner, name)` on each attribute whose
/// type has it, then the nearest base's `__init_subclass__` (a class method, even when written
/// without the decorator) with the class statement's keyword arguments.
fn finish_class(vm: &mut Vm, cls: &Arc<Class>, kwargs: &KwArgs) -> PyResult<()> {
    for (name, attr) in cls.dict.items() {
        if let Value::Instance(i) = &attr
            && i.class_ref().kind == Kind::Object
            && let Some(set_name) = i.class_ref().lookup(crate::name!("__set_name__"))
            && let Err(e) = vm.call(&set_name, &[attr.clone(), Value::Class(cls.clone()), name.clone()], NO_KWARGS)
        {
            // 3.11 reports the failure as a RuntimeError caused by the original error.
            let shown = vm.repr(&name)?;
            let r = PyErr::runtime(format!("Error calling __set_name__ on '{}' instance {shown} in '{}'", i.class_ref().name, cls.name));
            {
                let mut d = r.data();
                d.cause = Some(e.value.clone());
                d.suppress_context = true;
            }
            return Err(r);
        }
    }
    let init_subclass = cls.mro.iter().find_map(|c| c.dict.get_str(crate::name!("__init_subclass__")));
    match init_subclass {
        Some(Value::Function(f)) => {
            vm.call(&Value::Function(f), &[Value::Class(cls.clone())], kwargs)?;
        }
        Some(Value::Instance(i)) if i.class_ref().kind == Kind::ClassMethod => {
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

/// The namespace argument of `type.__new__`: a dict or an instance of a dict subclass, copied.
fn namespace_copy(v: &Value) -> PyResult<Arc<Dict>> {
    match v {
        Value::Dict(d) => Ok(d.copy()),
        Value::Instance(i) => match &i.payload {
            Payload::Base(Value::Dict(d)) => Ok(d.copy()),
            _ => Err(PyErr::type_error(format!("type.__new__() argument 3 must be dict, not {}", i.class_ref().name))),
        },
        other => Err(PyErr::type_error(format!("type.__new__() argument 3 must be dict, not {}", types().of(other).name))),
    }
}

/// `type.__new__(mcls, name, bases, ns, **kwargs)`: the class itself, made by the most derived
/// metaclass (whose own `__new__` runs instead when it has one).
fn new_class(vm: &mut Vm, mcls: Arc<Class>, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", a.len())));
    }
    let Value::Str(name) = &a[0] else {
        return Err(PyErr::type_error(format!("type.__new__() argument 1 must be str, not {}", types().of(&a[0]).name)));
    };
    let Value::Tuple(bases) = &a[1] else {
        return Err(PyErr::type_error(format!("type.__new__() argument 2 must be tuple, not {}", types().of(&a[1]).name)));
    };
    let ns = namespace_copy(&a[2])?;
    let mut mcls = mcls;
    let winner = winner_metaclass(&mcls, bases)?;
    if !Arc::ptr_eq(&winner, &mcls) {
        if let Some(new) = winner.lookup(crate::name!("__new__")) {
            let new = match new {
                Value::Instance(i) if i.class_ref().kind == Kind::StaticMethod => match &i.payload {
                    Payload::Wrapped(f) => f.clone(),
                    _ => Value::Instance(i.clone()),
                },
                other => other,
            };
            let is_type_new = types().type_.dict.get_str(crate::name!("__new__")).is_some_and(|type_new| new.is(&type_new));
            if !is_type_new {
                let mut args = vec![Value::Class(winner.clone())];
                args.extend_from_slice(a);
                return vm.call(&new, &args, k);
            }
        }
        mcls = winner;
    }
    if ns.get_str(crate::name!("__module__")).is_none() {
        let module = vm.current_globals().get_str(crate::name!("__name__")).unwrap_or(Value::str("__main__"));
        ns.set_str(crate::name!("__module__").clone(), module);
    }
    let cls = make_class(vm, name.as_str(), bases.to_vec(), ns, Some(mcls))?;
    finish_class(vm, &cls, k)?;
    Ok(Value::Class(cls))
}

/// `type(obj)` or `type(name, bases, ns)` (which then runs the new class's metaclass `__init__`).
pub fn type_call(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if a.len() == 1 && k.is_empty() {
        return Ok(Value::Class(types().of(&a[0])));
    }
    if a.len() != 3 {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    let cls = new_class(vm, types().type_.clone(), a, k)?;
    run_meta_init(vm, &cls, a, k)?;
    Ok(cls)
}

/// A user metaclass's `__init__` on a class `type(...)` made through it.
fn run_meta_init(vm: &mut Vm, cls: &Value, a: &[Value], k: &KwArgs) -> PyResult<()> {
    let Value::Class(c) = cls else { return Ok(()) };
    let Some(m) = &c.metaclass else { return Ok(()) };
    if let Some(init @ Value::Function(_)) = m.lookup(crate::name!("__init__")) {
        let mut args = vec![cls.clone()];
        args.extend_from_slice(a);
        vm.call(&init, &args, k)?;
    }
    Ok(())
}

/// `type.__new__(mcls, ...)`: a static method, so `super().__new__(mcls, name, bases, ns)` works.
pub fn type_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(first) = a.first() else { return Err(PyErr::type_error("type.__new__(): not enough arguments")) };
    let Value::Class(mcls) = first else {
        return Err(PyErr::type_error(format!("type.__new__(X): X is not a type object ({})", types().of(first).name)));
    };
    if !mcls.is_subclass(&types().type_) {
        return Err(PyErr::type_error(format!("type.__new__({}): {} is not a subtype of type", mcls.name, mcls.name)));
    }
    new_class(vm, mcls.clone(), &a[1..], k)
}

/// `type.__init__(cls, ...)`: checks the arity only.
fn type_init(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if a.is_empty() {
        return Err(PyErr::type_error("descriptor '__init__' of 'type' object needs an argument"));
    }
    let n = a.len() - 1;
    if n == 1 && !k.is_empty() {
        return Err(PyErr::type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: instance creation (`__new__` then `__init__`), which
/// a metaclass `__call__` reaches through `super().__call__(...)`.
fn type_dunder_call(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            vm.call_class_default(&c, &a[1..], k)
        }
        Some(other) => Err(PyErr::type_error(format!("descriptor '__call__' requires a 'type' object but received a '{}'", types().of(other).name))),
        None => Err(PyErr::type_error("descriptor '__call__' of 'type' object needs an argument")),
    }
}

/// `type.__prepare__(name, bases, **kwargs)`: a fresh dict.
fn type_prepare(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(Dict::new()))
}

fn type_mro(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(Value::list(c.full_mro().into_iter().map(Value::Class).collect())),
        _ => Err(PyErr::type_error("unbound method type.mro() needs an argument")),
    }
}

/// `type.__setattr__(cls, name, value)`: stores into the class namespace.
fn type_setattr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__setattr__", a, NO_KWARGS, 3, 3)?;
    let (Value::Class(c), Value::Str(name)) = (&a[0], &a[1]) else {
        return Err(PyErr::type_error("type.__setattr__ needs a class and an attribute name"));
    };
    vm.set_class_attr(c, &intern(name.as_str()), a[2].clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__delattr__", a, NO_KWARGS, 2, 2)?;
    let (Value::Class(c), Value::Str(name)) = (&a[0], &a[1]) else {
        return Err(PyErr::type_error("type.__delattr__ needs a class and an attribute name"));
    };
    vm.del_class_attr(&a[0], c, &intern(name.as_str()))?;
    Ok(Value::None)
}

/// `cls.__subclasses__()`: the live classes that name `cls` among their bases, oldest first.
fn type_subclasses(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__subclasses__", a, NO_KWARGS, 1, 1)?;
    let Value::Class(c) = &a[0] else { return Err(PyErr::type_error("descriptor '__subclasses__' requires a 'type' object")) };
    let subs = crate::objects::class::direct_subclasses(c);
    Ok(Value::list(subs.into_iter().map(Value::Class).collect()))
}

/// `__instancecheck__` / `__subclasscheck__` are the plain checks a metaclass may call through
/// `super()`.
fn type_instancecheck(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__instancecheck__", a, NO_KWARGS, 2, 2)?;
    let Value::Class(c) = &a[0] else { return Err(PyErr::type_error("__instancecheck__ needs a class")) };
    Ok(Value::Bool(types().of(&a[1]).is_subclass(c)))
}

fn type_subclasscheck(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__subclasscheck__", a, NO_KWARGS, 2, 2)?;
    let Value::Class(c) = &a[0] else { return Err(PyErr::type_error("__subclasscheck__ needs a class")) };
    let Value::Class(sub) = &a[1] else { return Err(PyErr::type_error("issubclass() arg 1 must be a class")) };
    Ok(Value::Bool(sub.is_subclass(c)))
}

pub fn install() {
    let t = &types().type_;
    let methods: &[(&'static str, NativeFn)] = &[
        ("mro", type_mro),
        ("__or__", type_or),
        ("__ror__", type_ror),
        ("__init__", type_init),
        ("__call__", type_dunder_call),
        ("__setattr__", type_setattr),
        ("__delattr__", type_delattr),
        ("__instancecheck__", type_instancecheck),
        ("__subclasscheck__", type_subclasscheck),
        ("__subclasses__", type_subclasses),
    ];
    for (n, f) in methods {
        t.dict.set_str(intern(n), Builtin::method(Owner::Type, n, *f));
    }
    // Static: the metaclass is an explicit argument.
    t.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", type_new));
    t.dict.set_str(intern("__prepare__"), Builtin::new("__prepare__", type_prepare));
    let ty = types();
    for (cls, owner) in [(&ty.list, Owner::List), (&ty.dict, Owner::Dict), (&ty.tuple, Owner::Tuple), (&ty.set, Owner::Set), (&ty.frozenset, Owner::Frozenset)]
    {
        cls.dict.set_str(intern("__class_getitem__"), class_getitem_method(owner));
    }
}

/// The doc of a built-in class (builtins/docs/); None for any other class without a docstring.
pub fn builtin_class_doc(c: &Class) -> Value {
    let doc = if c.module.as_str() == "builtins" { super::docs::class_doc(&c.name) } else { None };
    doc.map_or(Value::None, Value::str)
}

/// The attributes every class has when its MRO's namespaces lack them (see attr_table.rs; vm/attr.rs
/// reads them after the class lookup).
pub static ATTRS: &[Computed<Arc<Class>>] = &[
    Computed { name: "__name__", get: |_, _, c| Ok(Some(Value::str(&c.name))) },
    Computed { name: "__qualname__", get: |_, _, c| Ok(Some(Value::str(&c.qualname))) },
    Computed { name: "__module__", get: |_, _, c| Ok(Some(Value::str(&c.module))) },
    Computed { name: "__mro__", get: |_, _, c| Ok(Some(Value::tuple(c.full_mro().into_iter().map(Value::Class).collect()))) },
    Computed { name: "__bases__", get: |_, _, c| Ok(Some(Value::tuple(c.bases.iter().cloned().map(Value::Class).collect()))) },
    Computed { name: "__base__", get: |_, _, c| Ok(Some(c.bases.first().cloned().map_or(Value::None, Value::Class))) },
    Computed { name: "__dict__", get: |_, _, c| Ok(Some(super::mappingproxy::wrap(Value::Dict(c.dict.clone())))) },
    Computed { name: "__doc__", get: |_, _, c| Ok(Some(builtin_class_doc(c))) },
    Computed { name: "__class__", get: |_, _, c| Ok(Some(Value::Class(c.meta()))) },
];

/// `cls.__class_getitem__(item)` of the built-in generic containers: `types.GenericAlias(cls, item)`
/// (`list[int]`), as a class method of the type `owner`.
pub fn class_getitem_method(owner: Owner) -> Value {
    let f = Builtin::method(owner, "__class_getitem__", class_getitem);
    Value::Instance(crate::objects::class::Instance::new(types().classmethod.clone(), Payload::Wrapped(f)))
}

fn class_getitem(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__class_getitem__", a, k, 2, 2)?;
    generic_alias(vm, a)
}

/// `cls | other` and `other | cls` of types: `types._union_or` makes the `types.UnionType`
/// (`int | None`), or NotImplemented for operands that are not types.
fn type_or(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__or__", a, k, 2, 2)?;
    union_or(vm, &[a[0].clone(), a[1].clone()])
}

fn type_ror(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("__ror__", a, k, 2, 2)?;
    union_or(vm, &[a[1].clone(), a[0].clone()])
}

pub fn union_or(vm: &mut Vm, operands: &[Value]) -> PyResult<Value> {
    let module = vm.import_module("types")?;
    let make = vm.get_attr(&module, &intern("_union_or"))?;
    vm.call(&make, operands, NO_KWARGS)
}

/// `types.GenericAlias(origin, args)` for `[origin, args]`.
pub fn generic_alias(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let module = vm.import_module("types")?;
    let alias = vm.get_attr(&module, &intern("GenericAlias"))?;
    vm.call(&alias, a, NO_KWARGS)
}
