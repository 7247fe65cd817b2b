//! The rest of `object`'s namespace as CPython 3.11 has it: `__ne__` (the inverse of `__eq__`),
//! the orderings (NotImplemented), `__format__`, `__sizeof__`, `__dir__`, `__getstate__`,
//! `__reduce__` and `__reduce_ex__`. Every class inherits them, so `dir(x)`, `hasattr` and
//! explicit calls (`object.__ne__(a, b)`, `x.__reduce_ex__(2)`) see what python3 shows.

use super::args::check_args;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, KwArgs, NO_KWARGS, NativeFn, Owner};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

const METHODS: &[(&str, NativeFn)] = &[
    ("__ne__", object_ne),
    ("__lt__", not_implemented),
    ("__le__", not_implemented),
    ("__gt__", not_implemented),
    ("__ge__", not_implemented),
    ("__format__", object_format),
    ("__sizeof__", object_sizeof),
    ("__dir__", object_dir),
    ("__getstate__", object_getstate),
    ("__reduce__", object_reduce),
    ("__reduce_ex__", object_reduce_ex),
];

pub fn install() {
    let object = &types().object;
    for (name, f) in METHODS {
        object.dict.set_str(intern(name), Builtin::method(Owner::Object, name, *f));
    }
}

/// `object.__ne__(a, b)`: `type(a).__eq__(a, b)` inverted, NotImplemented passed through.
fn object_ne(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__ne__", &a[1..], k, 1, 1)?;
    let eq = match &a[0] {
        Value::Instance(i) => vm.instance_lookup(i, crate::name!("__eq__")),
        other => vm.class_lookup(types().of_ref(other), crate::name!("__eq__")),
    };
    let Some(eq) = eq else { return Ok(Value::NotImplemented) };
    let r = vm.call(&eq, &[a[0].clone(), a[1].clone()], NO_KWARGS)?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

/// `object.__lt__` and the other orderings: no order between plain objects.
fn not_implemented(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("comparison", &a[1..], k, 1, 1)?;
    Ok(Value::NotImplemented)
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, a TypeError otherwise.
fn object_format(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__format__", &a[1..], k, 1, 1)?;
    let Value::Str(spec) = &a[1] else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", types().of(&a[1]).tp_name())));
    };
    if !spec.as_str().is_empty() {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", types().of(&a[0]).tp_name())));
    }
    Ok(Value::string(vm.str(&a[0])?))
}

/// `object.__sizeof__()`: the object's size in memory, as `sys.getsizeof` measures it.
fn object_sizeof(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__sizeof__", &a[1..], k, 0, 0)?;
    Ok(Value::Int(crate::modules::sizeof::size_of_value(&a[0]) as i64))
}

/// `object.__dir__()`: the names `dir()` lists for the object (a list; dir() sorts it).
fn object_dir(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__dir__", &a[1..], k, 0, 0)?;
    super::functions::default_dir(vm, &a[0])
}

/// `object.__getstate__()`: the instance dict (None when empty or absent), paired with the
/// values of the set slots when the class has `__slots__` (None when no slot is set... as
/// CPython: `(dict or None, {slot: value})`).
fn object_getstate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__getstate__", &a[1..], k, 0, 0)?;
    let Value::Instance(inst) = &a[0] else { return Ok(Value::None) };
    let dict = if inst.attr_count() > 0 { inst.dict().map(Value::Dict) } else { None };
    let names = slot_names(vm, &a[0])?;
    if names.is_empty() {
        return Ok(dict.unwrap_or(Value::None));
    }
    let slots = Dict::new();
    for name in names {
        match vm.get_attr(&a[0], &name) {
            Ok(v) => slots.set_str(name, v),
            Err(e) if e.matches(ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    if slots.len() == 0 {
        return Ok(dict.unwrap_or(Value::None));
    }
    Ok(Value::tuple(vec![dict.unwrap_or(Value::None), Value::Dict(slots)]))
}

/// The slot names of the object's class and its bases (`copyreg._slotnames`).
fn slot_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<crate::objects::Arc<crate::objects::str::PyStr>>> {
    let copyreg = vm.import_module("copyreg")?;
    let f = vm.get_attr(&copyreg, &intern("_slotnames"))?;
    let names = vm.call(&f, &[Value::Class(types().of(obj))], NO_KWARGS)?;
    Ok(vm.collect(&names)?.into_iter().filter_map(|v| if let Value::Str(s) = v { Some(s) } else { None }).collect())
}

/// `object.__reduce__()`: the protocol-0 reduction (copyreg's `_reconstructor`).
fn object_reduce(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__reduce__", &a[1..], k, 0, 0)?;
    default_reduce(vm, &a[0], 0)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` when it overrides object's,
/// otherwise the default reduction for that protocol (`copyreg.__newobj__` from protocol 2).
fn object_reduce_ex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__reduce_ex__", &a[1..], k, 1, 1)?;
    let proto = vm.index_value(&a[1])?;
    let own = match &a[0] {
        Value::Instance(i) => vm.instance_lookup(i, crate::name!("__reduce__")),
        other => vm.class_lookup(types().of_ref(other), crate::name!("__reduce__")),
    };
    if let Some(f) = own
        && !matches!(&f, Value::Builtin(b) if b.owner == Owner::Object)
    {
        return vm.call(&f, std::slice::from_ref(&a[0]), NO_KWARGS);
    }
    default_reduce(vm, &a[0], proto)
}

/// The default reduction, as pickle.py computes it for a class without its own.
fn default_reduce(vm: &mut Vm, obj: &Value, proto: i64) -> PyResult<Value> {
    let pickle = vm.import_module("pickle")?;
    let f = vm.get_attr(&pickle, &intern("_default_reduce"))?;
    vm.call(&f, &[obj.clone(), Value::Int(proto)], NO_KWARGS)
}
