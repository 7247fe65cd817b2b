//! `_weakrefhandle`: the native side of _weakref.py. A weakref object (weakref.ref, written in gilpy)
//! owns a handle made here; the handle holds the referent weakly (objects/weakref.rs) and finds
//! the referent while it lives. Also getweakrefcount/getweakrefs, and the TypeError CPython raises
//! for types that cannot be weakly referenced.

use crate::builtins::args::check_args;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::KwArgs;
use crate::objects::types::{make_class_in, types};
use crate::objects::weakref::Handle;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;

fn handle_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make_class_in("_weakrefhandle", "handle", vec![types().object.clone()], Kind::Native))
}

fn handle_of(v: &Value) -> PyResult<&Handle> {
    match v {
        Value::Instance(i) => i.native::<Handle>().ok_or_else(|| PyErr::type_error("expected a weak reference handle")),
        _ => Err(PyErr::type_error("expected a weak reference handle")),
    }
}

fn refuse(obj: &Value) -> PyErr {
    PyErr::type_error(format!("cannot create weak reference to '{}' object", super::convert::type_name(obj)))
}

/// handle(owner, obj, callback) -> the handle the weakref object `owner` keeps.
fn handle(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("handle", a, k, 3, 3)?;
    let Value::Instance(owner) = &a[0] else { return Err(PyErr::type_error("a weak reference object is required")) };
    let callback = if a[2].is_none() { None } else { Some(a[2].clone()) };
    let h = Handle::new(&a[1], owner, callback).ok_or_else(|| refuse(&a[1]))?;
    Ok(Value::Instance(Instance::new(handle_class().clone(), Payload::Native(Box::new(h)))))
}

/// check(obj): raises the TypeError of an object that cannot be weakly referenced.
fn check(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("check", a, k, 1, 1)?;
    match crate::objects::weakref::Target::of(&a[0]) {
        Some(_) => Ok(Value::None),
        None => Err(refuse(&a[0])),
    }
}

fn deref(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("deref", a, k, 1, 1)?;
    Ok(handle_of(&a[0])?.get().unwrap_or(Value::None))
}

fn callback(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("callback", a, k, 1, 1)?;
    let h = handle_of(&a[0])?;
    if h.get().is_none() {
        return Ok(Value::None);
    }
    Ok(h.callback().unwrap_or(Value::None))
}

fn refs(obj: &Value) -> Vec<Arc<Instance>> {
    match obj.ptr() {
        Some(addr) if crate::objects::weakref::Target::of(obj).is_some() => crate::objects::weakref::refs_to(addr),
        _ => Vec::new(),
    }
}

fn getweakrefcount(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getweakrefcount", a, k, 1, 1)?;
    Ok(Value::Int(refs(&a[0]).len() as i64))
}

fn getweakrefs(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getweakrefs", a, k, 1, 1)?;
    Ok(Value::list(refs(&a[0]).into_iter().map(Value::Instance).collect()))
}

/// bind(func, obj) -> func bound to obj (what WeakMethod rebuilds; gilpy's method type cannot be
/// called from Python).
fn bind(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("bind", a, k, 2, 2)?;
    Ok(Value::BoundMethod(Arc::new(crate::objects::function::BoundMethod { func: a[0].clone(), self_: a[1].clone() })))
}

pub fn create() -> Value {
    let (m, _) = super::make_module(
        "_weakrefhandle",
        &[
            ("handle", handle),
            ("check", check),
            ("deref", deref),
            ("callback", callback),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("bind", bind),
        ],
    );
    m
}
