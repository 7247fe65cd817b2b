//! dict: constructor, methods, and the keys/values/items views.

use super::args::{check_args, only_kwargs};
use crate::objects::Arc;
use crate::objects::class::{Instance, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NO_KWARGS, NativeFn};
use crate::objects::iter::{DictPart, IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// A live view of a dict (`d.keys()`, `d.values()`, `d.items()`).
pub struct DictView {
    pub dict: Arc<Dict>,
    pub part: DictPart,
}

impl DictView {
    pub fn items(&self) -> Vec<Value> {
        match self.part {
            DictPart::Keys => self.dict.keys(),
            DictPart::Values => self.dict.values(),
            DictPart::Items => self.dict.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
        }
    }
}

fn this(a: &[Value]) -> PyResult<&Arc<Dict>> {
    match a.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

pub fn update_from(vm: &mut Vm, d: &Arc<Dict>, src: &Value) -> PyResult<()> {
    match src {
        Value::Dict(s) => {
            for (k, v) in s.items() {
                d.set(vm, k, v)?;
            }
        }
        _ => {
            if vm.has_attr(src, "keys")? {
                let keys = vm.call_method(src, "keys", &[])?;
                for k in vm.collect(&keys)? {
                    let v = vm.getitem(src, &k)?;
                    d.set(vm, k, v)?;
                }
                return Ok(());
            }
            for (i, item) in vm.collect(src)?.into_iter().enumerate() {
                let pair = vm.collect(&item).map_err(|_| PyErr::type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")))?;
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len())));
                }
                let mut it = pair.into_iter();
                d.set(vm, it.next().unwrap(), it.next().unwrap())?;
            }
        }
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let d = Dict::new();
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", a.len() - 1)));
    }
    if let Some(src) = a.get(1) {
        update_from(vm, &d, src)?;
    }
    for (key, v) in k {
        d.set(vm, Value::Str(key.clone()), v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn get(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("get", a, k, 2, 3)?;
    Ok(this(a)?.get(vm, &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setdefault", a, k, 2, 3)?;
    let d = this(a)?;
    if let Some(v) = d.get(vm, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or(Value::None);
    d.set(vm, a[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pop", a, k, 2, 3)?;
    match this(a)?.remove(vm, &a[1])? {
        Some(v) => Ok(v),
        None => a.get(2).cloned().ok_or_else(|| PyErr::key_error(a[1].clone())),
    }
}

fn popitem(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match this(a)?.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn update(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?.clone();
    if let Some(src) = a.get(1) {
        update_from(vm, &d, src)?;
    }
    for (key, v) in k {
        d.set(vm, Value::Str(key.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn view(a: &[Value], part: DictPart) -> PyResult<Value> {
    let d = this(a)?.clone();
    let cls = match part {
        DictPart::Keys => types().dict_keys.clone(),
        DictPart::Values => types().dict_values.clone(),
        DictPart::Items => types().dict_items.clone(),
    };
    Ok(Value::Instance(Instance::new(cls, Payload::Native(Box::new(DictView { dict: d, part })))))
}

fn keys(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view(a, DictPart::Keys)
}
fn values(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view(a, DictPart::Values)
}
fn items(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view(a, DictPart::Items)
}

fn copy(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(this(a)?.copy()))
}

fn clear(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?.clear();
    Ok(Value::None)
}

/// `cls.fromkeys(iterable, value=None)`, a class method: a plain dict for dict itself, else
/// `cls()` filled through its own `__setitem__` (a subclass's override sees every key).
fn fromkeys(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fromkeys", a.get(1..).unwrap_or(&[]), k, 1, 2)?;
    let v = a.get(2).cloned().unwrap_or(Value::None);
    if matches!(&a[0], Value::Class(c) if Arc::ptr_eq(c, &types().dict)) {
        let d = Dict::new();
        for key in vm.collect(&a[1])? {
            d.set(vm, key, v.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let d = vm.call(&a[0], &[], NO_KWARGS)?;
    for key in vm.collect(&a[1])? {
        vm.setitem(&d, key, v.clone())?;
    }
    Ok(d)
}

fn view_contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Instance(i) = &a[0] else { return Ok(Value::Bool(false)) };
    let view = i.native::<DictView>().unwrap();
    Ok(Value::Bool(match view.part {
        DictPart::Keys => view.dict.contains(vm, &a[1])?,
        _ => {
            let items = view.items();
            let mut found = false;
            for x in items {
                if vm.eq(&x, &a[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
    }))
}

/// `reversed(d)`: the keys, last inserted first (an error if the dict changes size meanwhile).
fn dict_reversed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(PyIter::new(IterKind::DictReverseKeyIterator, IterState::over_dict_reversed(this(a)?, DictPart::Keys)))
}

/// `reversed(d.keys())`, `reversed(d.values())`, `reversed(d.items())`.
fn view_reversed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(view) = (match a.first() {
        Some(Value::Instance(i)) => i.native::<DictView>(),
        _ => None,
    }) else {
        return Err(PyErr::type_error("descriptor '__reversed__' requires a dict view"));
    };
    let kind = match view.part {
        DictPart::Keys => IterKind::DictReverseKeyIterator,
        DictPart::Values => IterKind::DictReverseValueIterator,
        DictPart::Items => IterKind::DictReverseItemIterator,
    };
    Ok(PyIter::new(kind, IterState::over_dict_reversed(&view.dict, view.part)))
}

fn view_len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Instance(i) = &a[0] else { return Ok(Value::Int(0)) };
    Ok(Value::Int(i.native::<DictView>().unwrap().dict.len() as i64))
}

/// The set operations of `keys()` and `items()` views (`d.keys() & other`, and the reflected forms):
/// a new set made from the left operand, updated with the right one, as CPython's.
fn view_set_op(vm: &mut Vm, left: &Value, right: &Value, update: &str) -> PyResult<Value> {
    let result = vm.call(&Value::Class(types().set.clone()), std::slice::from_ref(left), NO_KWARGS)?;
    vm.call_method(&result, update, std::slice::from_ref(right))?;
    Ok(result)
}

fn view_and(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_set_op(vm, &a[0], &a[1], "intersection_update")
}
fn view_or(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_set_op(vm, &a[0], &a[1], "update")
}
fn view_xor(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_set_op(vm, &a[0], &a[1], "symmetric_difference_update")
}
fn view_sub(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_set_op(vm, &a[0], &a[1], "difference_update")
}
fn view_rsub(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_set_op(vm, &a[1], &a[0], "difference_update")
}
fn view_isdisjoint(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isdisjoint", a, k, 2, 2)?;
    let common = view_set_op(vm, &a[0], &a[1], "intersection_update")?;
    Ok(Value::Bool(!vm.truthy(&common)?))
}

/// A keys or items view compared with a set or another such view: as the sets of their members
/// (`d.keys() == {'a'}`); anything else is NotImplemented.
fn view_compare(vm: &mut Vm, a: &[Value], op: &str) -> PyResult<Value> {
    let set_like = |v: &Value| match v {
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::Instance(i) => i.native::<DictView>().is_some_and(|view| !matches!(view.part, DictPart::Values)),
        _ => false,
    };
    if a.len() != 2 || !set_like(&a[1]) {
        return Ok(Value::NotImplemented);
    }
    let set = Value::Class(types().set.clone());
    let left = vm.call(&set, &a[..1], NO_KWARGS)?;
    let right = vm.call(&set, &a[1..], NO_KWARGS)?;
    vm.call_method(&left, op, &[right])
}

fn view_eq(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__eq__")
}
fn view_ne(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__ne__")
}
fn view_lt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__lt__")
}
fn view_le(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__le__")
}
fn view_gt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__gt__")
}
fn view_ge(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__ge__")
}

const VIEW_SET_OPS: &[(&str, NativeFn)] = &[
    ("__eq__", view_eq),
    ("__ne__", view_ne),
    ("__lt__", view_lt),
    ("__le__", view_le),
    ("__gt__", view_gt),
    ("__ge__", view_ge),
    ("__and__", view_and),
    ("__rand__", view_and),
    ("__or__", view_or),
    ("__ror__", view_or),
    ("__xor__", view_xor),
    ("__rxor__", view_xor),
    ("__sub__", view_sub),
    ("__rsub__", view_rsub),
    ("isdisjoint", view_isdisjoint),
];

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", dict_new),
    ("get", get),
    ("setdefault", setdefault),
    ("pop", pop),
    ("popitem", popitem),
    ("update", update),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("copy", copy),
    ("clear", clear),
    ("__reversed__", dict_reversed),
];

pub fn install() {
    for (n, f) in METHODS {
        types().dict.dict.set_str(intern(n), Builtin::method(Owner::Dict, n, *f));
    }
    let _ = only_kwargs;
    let fromkeys = Builtin::method(Owner::Dict, "fromkeys", fromkeys);
    types().dict.dict.set_str(crate::name!("fromkeys").clone(), Value::Instance(Instance::new(types().classmethod.clone(), Payload::Wrapped(fromkeys))));
    for c in [&types().dict_keys, &types().dict_items] {
        for (n, f) in VIEW_SET_OPS {
            c.dict.set_str(intern(n), Builtin::method(Owner::Named("dict_keys"), n, *f));
        }
    }
    for c in [&types().dict_keys, &types().dict_values, &types().dict_items] {
        c.dict.set_str(crate::name!("__contains__").clone(), Builtin::method(Owner::Named("dict_keys"), "__contains__", view_contains));
        c.dict.set_str(crate::name!("__len__").clone(), Builtin::method(Owner::Named("dict_keys"), "__len__", view_len));
        c.dict.set_str(crate::name!("__reversed__").clone(), Builtin::method(Owner::Named("dict_keys"), "__reversed__", view_reversed));
    }
}

/// A dict view measures, shows, compares and iterates over its dict without a call.
impl crate::objects::native::NativeData for DictView {
    fn length(&self) -> Option<usize> {
        Some(self.dict.len())
    }

    fn view_items(&self) -> Option<Vec<Value>> {
        Some(self.items())
    }

    fn iter(&self) -> Option<Value> {
        let kind = match self.part {
            DictPart::Keys => IterKind::DictKeyIterator,
            DictPart::Values => IterKind::DictValueIterator,
            DictPart::Items => IterKind::DictItemIterator,
        };
        Some(PyIter::new(kind, IterState::over_dict(&self.dict, self.part)))
    }
}
