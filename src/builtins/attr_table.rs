//! Computed attributes of the built-in types: the attributes a type reads from the object's
//! Rust data rather than from a dict (`f.__defaults__`, `exc.errno`, `slice.start`, `cls.__mro__`).
//! Each type's own file declares its table (`Computed` entries); `computed` picks the table of a
//! value's type and vm/attr.rs calls it at the point of the lookup order where CPython's
//! descriptors for them would answer. The tables are not entries of any class's dict, so `dir()`
//! and `type.__dict__` do not list them.

use super::{coroutine, exception_attrs, function_type, module_type, numbers, object, range, slice, type_};
use crate::objects::Arc;
use crate::objects::class::{Instance, Payload};
use crate::objects::{PyResult, Value};
use crate::vm::Vm;

/// How a computed attribute is read: the VM, the object as a Value, and the object as its
/// type's Rust data. None leaves the name to the next step of the lookup (a getter may answer
/// only for some objects of the type).
pub type Getter<T> = fn(&mut Vm, &Value, &T) -> PyResult<Option<Value>>;

/// One computed attribute of a type whose Rust data is `T`.
pub struct Computed<T: ?Sized + 'static> {
    pub name: &'static str,
    pub get: Getter<T>,
}

/// `name` from `table`: the getter's answer, or None when the table has no such name.
#[inline]
pub fn read<T: ?Sized>(vm: &mut Vm, table: &[Computed<T>], obj: &Value, this: &T, name: &str) -> PyResult<Option<Value>> {
    match table.iter().find(|a| a.name == name) {
        Some(a) => (a.get)(vm, obj, this),
        None => Ok(None),
    }
}

/// The computed attribute `name` of `obj`, from the table of its type (for an instance: the
/// attributes every instance has, then those of its exception data or native payload).
pub fn computed(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj {
        Value::Function(f) => read(vm, function_type::FUNCTION, obj, &**f, name),
        Value::BoundMethod(m) => read(vm, function_type::METHOD, obj, &**m, name),
        Value::Builtin(b) => read(vm, function_type::BUILTIN, obj, &**b, name),
        Value::Cell(c) => read(vm, function_type::CELL, obj, &**c, name),
        Value::Module(m) => read(vm, module_type::ATTRS, obj, &**m, name),
        Value::Class(c) => read(vm, type_::ATTRS, obj, c, name),
        Value::Instance(i) => instance_attr(vm, obj, i, name),
        Value::Slice(s) => read(vm, slice::ATTRS, obj, &**s, name),
        Value::Range(r) => read(vm, range::ATTRS, obj, &**r, name),
        Value::Iter(it) if it.runs_frame() => match read(vm, coroutine::FRAME_ATTRS, obj, &**it, name)? {
            Some(v) => Ok(Some(v)),
            None => Ok(coroutine::frame_attr(vm, it, name)),
        },
        Value::Int(_) | Value::BigInt(_) => read(vm, numbers::INT_ATTRS, obj, obj, name),
        Value::Bool(_) => read(vm, numbers::BOOL_ATTRS, obj, obj, name),
        Value::Float(_) => read(vm, numbers::FLOAT_ATTRS, obj, obj, name),
        _ => Ok(None),
    }
}

/// The names in `table` that `this` answers (dir() lists them beside the dicts' keys).
fn answered<T: ?Sized>(vm: &mut Vm, table: &[Computed<T>], obj: &Value, this: &T, out: &mut Vec<&'static str>) {
    for a in table {
        if matches!((a.get)(vm, obj, this), Ok(Some(_))) {
            out.push(a.name);
        }
    }
}

/// The computed attributes `obj` has, as `dir(obj)` lists them (CPython's are descriptors in
/// its type's dict, so they show there): `__class__` and `__doc__` for every object, then
/// those of its type's table that answer for it; for a built-in type, its instances' ones.
pub fn computed_names(vm: &mut Vm, obj: &Value) -> Vec<&'static str> {
    let mut out = vec!["__class__", "__doc__"];
    match obj {
        Value::Function(f) => answered(vm, function_type::FUNCTION, obj, &**f, &mut out),
        Value::BoundMethod(m) => answered(vm, function_type::METHOD, obj, &**m, &mut out),
        Value::Builtin(b) => answered(vm, function_type::BUILTIN, obj, &**b, &mut out),
        Value::Cell(c) => answered(vm, function_type::CELL, obj, &**c, &mut out),
        Value::Slice(s) => answered(vm, slice::ATTRS, obj, &**s, &mut out),
        Value::Range(r) => answered(vm, range::ATTRS, obj, &**r, &mut out),
        Value::Code(_) => out.extend_from_slice(crate::code::attrs::NAMES),
        Value::Iter(it) if it.runs_frame() => answered(vm, coroutine::FRAME_ATTRS, obj, &**it, &mut out),
        Value::Int(_) | Value::BigInt(_) => answered(vm, numbers::INT_ATTRS, obj, obj, &mut out),
        Value::Bool(_) => answered(vm, numbers::BOOL_ATTRS, obj, obj, &mut out),
        Value::Float(_) => answered(vm, numbers::FLOAT_ATTRS, obj, obj, &mut out),
        Value::Class(c) => {
            // A built-in type's instance attributes are descriptors in its dict.
            let t = crate::objects::types::types();
            let table: &[&'static str] = match c {
                _ if Arc::ptr_eq(c, &t.int) || Arc::ptr_eq(c, &t.bool_) => &["real", "imag", "numerator", "denominator"],
                _ if Arc::ptr_eq(c, &t.float) || Arc::ptr_eq(c, &t.complex) => &["real", "imag"],
                _ if Arc::ptr_eq(c, &t.range) || Arc::ptr_eq(c, &t.slice) => &["start", "stop", "step"],
                _ => &[],
            };
            out.extend_from_slice(table);
        }
        Value::Instance(i) => {
            answered(vm, object::INSTANCE_ATTRS, obj, &**i, &mut out);
            match &i.payload {
                _ if i.exc().is_some() => out.extend(exception_attrs::names(vm, obj, i)),
                Payload::Property(p) => answered(vm, object::PROPERTY_ATTRS, obj, p, &mut out),
                Payload::Wrapped(f) => answered(vm, object::WRAPPED_ATTRS, obj, f, &mut out),
                _ => {}
            }
        }
        _ => {}
    }
    out
}

/// The attributes of any instance that no dict holds: `__class__`, `__dict__`, `__weakref__`,
/// then those of an exception's data, a property, a class or static method, a slot member.
fn instance_attr(vm: &mut Vm, obj: &Value, inst: &Arc<Instance>, name: &str) -> PyResult<Option<Value>> {
    if let Some(v) = read(vm, object::INSTANCE_ATTRS, obj, &**inst, name)? {
        return Ok(Some(v));
    }
    if inst.exc().is_some() {
        return exception_attrs::read(vm, obj, inst, name);
    }
    match &inst.payload {
        Payload::Property(p) => read(vm, object::PROPERTY_ATTRS, obj, &**p, name),
        Payload::Wrapped(f) => read(vm, object::WRAPPED_ATTRS, obj, f, name),
        Payload::Native(_) => Ok(crate::objects::slots::member_of(obj).and_then(|m| super::slots::member_attr(m, name))),
        _ => Ok(None),
    }
}

/// What every built-in value has that its type's table does not give (`x.__class__`,
/// `x.__doc__`), after `computed`.
pub fn value_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(v) = computed(vm, obj, name)? {
        return Ok(Some(v));
    }
    read(vm, VALUE_ATTRS, obj, obj, name)
}

static VALUE_ATTRS: &[Computed<Value>] = &[
    Computed { name: "__class__", get: |_, v, _| Ok(Some(Value::Class(crate::objects::types::types().of(v)))) },
    Computed { name: "__doc__", get: |_, v, _| Ok(Some(super::type_::builtin_class_doc(&crate::objects::types::types().of(v)))) },
];
