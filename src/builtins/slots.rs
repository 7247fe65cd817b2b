//! `__slots__` when a class is made (CPython's checks and messages, the layout its instances get,
//! a member descriptor per slot in the class namespace) and `member_descriptor`'s methods
//! (`__get__`, `__set__`, `__delete__`, `__name__`, `__objclass__`). The data types are
//! objects/slots.rs; attribute access reaching a member descriptor is vm/attr.rs.

use crate::builtins::native_class::NativeClass;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::slots::{Layout, Member, member_of};
use crate::objects::str::{PyStr, intern};
use crate::objects::types::types;
use crate::objects::{Arc, Weak};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;

/// What a class statement's `__slots__` asks for: names to give member descriptors, and the
/// layout instances get.
pub struct SlotPlan {
    pub members: Vec<Arc<PyStr>>,
    pub layout: Layout,
}

/// The class's own `__slots__` names (mangled) and its instance layout, checked as
/// CPython's `type_new` checks them. `bases` are the class's bases, `mro` its MRO.
pub fn plan(vm: &mut Vm, bases: &[Arc<Class>], mro: &[Arc<Class>], ns: &Dict) -> PyResult<SlotPlan> {
    let solid = solid_base(bases)?;
    let base_slots = solid.as_ref().map_or(0, |b| b.layout.nslots);
    let base_dict = mro.iter().any(inherits_dict);
    let base_weakref = mro.iter().any(|c| c.layout.has_weakref && !c.is_builtin);
    let Some(spec) = ns.get_str(crate::name!("__slots__")) else {
        return Ok(SlotPlan { members: Vec::new(), layout: Layout::with_dict(base_slots) });
    };
    let names = match &spec {
        Value::Str(_) => vec![spec.clone()],
        Value::Dict(d) => d.keys(),
        other => vm.collect(other)?,
    };
    let mut members: Vec<Arc<PyStr>> = Vec::new();
    let (mut has_dict, mut has_weakref) = (base_dict, base_weakref);
    for n in names {
        let Value::Str(s) = &n else {
            return Err(PyErr::type_error(format!("__slots__ items must be strings, not '{}'", types().of(&n).name)));
        };
        if !is_identifier(s.as_str()) {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        match s.as_str() {
            "__dict__" => {
                if has_dict {
                    return Err(PyErr::type_error("__dict__ slot disallowed: we already got one"));
                }
                has_dict = true;
            }
            "__weakref__" => {
                if has_weakref {
                    return Err(PyErr::type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                }
                has_weakref = true;
            }
            name => {
                // gilpy's compiler does not mangle private names (`self.__x` stays `__x`), so
                // neither do slots; CPython would store `__x` of class C as `_C__x`.
                let mangled = intern(name);
                if !members.iter().any(|m| Arc::ptr_eq(m, &mangled) || m.as_str() == mangled.as_str()) {
                    members.push(mangled);
                }
            }
        }
    }
    if !members.is_empty()
        && let Some(var) = mro.iter().find(|c| c.kind == Kind::Value && has_variable_size(c))
    {
        return Err(PyErr::type_error(format!("nonempty __slots__ not supported for subtype of '{}'", var.name)));
    }
    for m in &members {
        if ns.get_str(m).is_some() {
            return Err(PyErr::value_error(format!("'{}' in __slots__ conflicts with class variable", m.as_str())));
        }
    }
    let layout = Layout { nslots: base_slots + members.len(), has_dict, has_weakref };
    Ok(SlotPlan { members, layout })
}

/// Puts a member descriptor for each planned slot into the namespace of the class being made.
pub fn install(plan: &SlotPlan, class_name: &str, owner: &Weak<Class>, ns: &Dict) {
    let first = plan.layout.nslots - plan.members.len();
    for (i, name) in plan.members.iter().enumerate() {
        let member = Member { name: name.clone(), index: first + i, owner: owner.clone(), owner_name: class_name.to_string() };
        ns.set_str(name.clone(), Value::Instance(Instance::new(member_class().clone(), Payload::Native(Box::new(member)))));
    }
}

/// The attributes of a member descriptor itself (`__name__`, `__objclass__`, `__doc__`).
pub fn member_attr(m: &Member, name: &str) -> Option<Value> {
    match name {
        "__name__" => Some(Value::Str(m.name.clone())),
        "__qualname__" => Some(Value::string(format!("{}.{}", m.owner().map_or_else(|| m.owner_name.clone(), |c| c.qualname.clone()), m.name.as_str()))),
        "__objclass__" => Some(m.owner().map_or(Value::None, Value::Class)),
        "__doc__" => Some(Value::None),
        _ => None,
    }
}

/// The built-in types whose instances vary in size, which CPython's slots cannot extend.
fn has_variable_size(c: &Arc<Class>) -> bool {
    let t = types();
    [&t.int, &t.bool_, &t.tuple, &t.bytes].into_iter().any(|k| Arc::ptr_eq(k, c))
}

/// Whether instances of `c` carry a `__dict__` (user classes that said so; never built-ins).
fn inherits_dict(c: &Arc<Class>) -> bool {
    !c.is_builtin && c.layout.has_dict
}

/// The base whose slots the new class extends: the bases' solid bases (see `solid_of`) must lie
/// on one line of inheritance (else CPython's "multiple bases have instance lay-out conflict").
fn solid_base(bases: &[Arc<Class>]) -> PyResult<Option<Arc<Class>>> {
    let mut best: Option<(Arc<Class>, Arc<Class>)> = None;
    for b in bases.iter().filter(|b| b.layout.nslots > 0) {
        let solid = solid_of(b);
        best = match best {
            None => Some((solid, b.clone())),
            Some((s, o)) if s.is_subclass(&solid) => Some((s, o)),
            Some((s, _)) if solid.is_subclass(&s) => Some((solid, b.clone())),
            Some(_) => return Err(PyErr::type_error("multiple bases have instance lay-out conflict")),
        };
    }
    Ok(best.map(|(_, original)| original))
}

/// The nearest class on `c`'s line of bases that added slots itself: a subclass with empty
/// `__slots__` has its parent's layout, so two such siblings can be combined (pathlib's
/// `PosixPath(Path, PurePosixPath)`).
fn solid_of(c: &Arc<Class>) -> Arc<Class> {
    let parent = c.bases.iter().filter(|b| b.layout.nslots > 0).max_by_key(|b| b.layout.nslots);
    match parent {
        Some(p) if p.layout.nslots == c.layout.nslots => solid_of(p),
        _ => c.clone(),
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

fn this(a: &[Value]) -> PyResult<&Member> {
    a.first().and_then(member_of).ok_or_else(|| PyErr::type_error("descriptor requires a 'member_descriptor' object"))
}

/// The instance a member descriptor is applied to, or CPython's TypeError.
fn target<'a>(m: &Member, obj: &'a Value) -> PyResult<&'a Arc<Instance>> {
    match obj {
        Value::Instance(i) if m.applies_to(i) => Ok(i),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name.as_str(),
            m.owner_name,
            types().of(obj).tp_name()
        ))),
    }
}

/// The AttributeError of an unset slot ("'C' object has no attribute 'x'").
pub fn unset(inst: &Instance, name: &PyStr) -> PyErr {
    PyErr::attribute_error(format!("'{}' object has no attribute '{}'", inst.class_ref().tp_name(), name.as_str()))
}

/// `obj.x` through member descriptor `m`.
pub fn read(m: &Member, obj: &Value) -> PyResult<Value> {
    let inst = target(m, obj)?;
    m.get(inst).ok_or_else(|| unset(inst, &m.name))
}

/// `obj.x = v` (Some) or `del obj.x` (None) through member descriptor `m`.
pub fn write(m: &Member, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let inst = target(m, obj)?;
    let deleting = v.is_none();
    let old = m.set(inst, v);
    if deleting && old.is_none() {
        // CPython 3.11 names just the slot here.
        return Err(PyErr::attribute_error(m.name.as_str()));
    }
    drop(old);
    Ok(())
}

fn member_get(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(obj) => read(m, obj),
    }
}

fn member_set(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    let (Some(obj), Some(v)) = (a.get(1), a.get(2)) else {
        return Err(PyErr::type_error(format!("expected 2 arguments, got {}", a.len().saturating_sub(1))));
    };
    write(m, obj, Some(v.clone()))?;
    Ok(Value::None)
}

fn member_delete(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    let Some(obj) = a.get(1) else {
        return Err(PyErr::type_error("expected 1 argument, got 0"));
    };
    write(m, obj, None)?;
    Ok(Value::None)
}

fn member_repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(this(a)?.repr()))
}

/// `member_descriptor`, the class of `C.x` for a slot `x`.
pub fn member_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] =
            &[("__get__", member_get), ("__set__", member_set), ("__delete__", member_delete), ("__repr__", member_repr)];
        NativeClass::new("builtins", "member_descriptor").methods(methods).build()
    })
}
