//! `mappingproxy` (`types.MappingProxyType`): a read-only, live view of a mapping, and what a
//! class's `__dict__` gives. Every read goes to the mapping (its own `get`, `keys`, `copy`...,
//! as CPython's proxy calls them); there is no way to write through it.

use super::comparisons::comparison_methods;
use crate::ast::{BinOp, CmpOp};
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::{Builtin, KwArgs, NativeFn, Owner};
use crate::objects::native::NativeData;
use crate::objects::str::intern;
use crate::objects::types::{make_class, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;

/// The mapping a proxy reads.
struct Proxy {
    mapping: Value,
}

impl NativeData for Proxy {}

/// The `mappingproxy` class.
pub fn mappingproxy_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class("mappingproxy", vec![types().object.clone()], Kind::Native);
        for (n, f) in METHODS {
            c.dict.set_str(intern(n), Builtin::method(Owner::Named("mappingproxy"), n, *f));
        }
        c.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", proxy_new));
        c.dict.set_str(intern("__hash__"), Value::None);
        c.dict.set_str(intern("__class_getitem__"), super::type_::class_getitem_method(Owner::Named("mappingproxy")));
        c
    })
}

/// A proxy over `mapping` (no check: the caller knows it is a mapping).
pub fn wrap(mapping: Value) -> Value {
    Value::Instance(Instance::new(mappingproxy_class().clone(), Payload::Native(Box::new(Proxy { mapping }))))
}

/// `mappingproxy.__new__(cls, mapping)`: any object with `__getitem__` but a list or tuple
/// (CPython's `PyMapping_Check` minus the two sequences).
fn proxy_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let pos = a.get(1..).unwrap_or(&[]);
    let mapping = match (pos, k.len()) {
        ([m], 0) => m.clone(),
        ([], 1) if k[0].0.as_str() == "mapping" => k[0].1.clone(),
        ([], 1) => return Err(PyErr::type_error(format!("mappingproxy() got an unexpected keyword argument '{}'", k[0].0.as_str()))),
        _ if pos.len() + k.len() == 0 => return Err(PyErr::type_error("mappingproxy() missing required argument 'mapping' (pos 1)")),
        _ => return Err(PyErr::type_error(format!("mappingproxy() takes at most 1 argument ({} given)", pos.len() + k.len()))),
    };
    let cls = types().of(&mapping);
    let sequence = cls.is_subclass(&types().list) || cls.is_subclass(&types().tuple);
    if sequence || cls.lookup(&intern("__getitem__")).is_none() {
        return Err(PyErr::type_error(format!("mappingproxy() argument must be a mapping, not {}", types().of(&mapping).name)));
    }
    Ok(wrap(mapping))
}

/// The mapping behind `self`, or CPython's descriptor error.
fn mapping(_vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let found = match a.first() {
        Some(Value::Instance(i)) => i.native::<Proxy>().map(|p| p.mapping.clone()),
        _ => None,
    };
    match (found, a.first()) {
        (Some(m), _) => Ok(m),
        (None, Some(v)) => Err(PyErr::type_error(format!("descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object", types().of(v).name))),
        (None, None) => Err(PyErr::type_error(format!("unbound method mappingproxy.{name}() needs an argument"))),
    }
}

/// The arguments after `self`, exactly `n` of them (a slot wrapper's wording).
fn exactly(a: &[Value], n: usize) -> PyResult<&[Value]> {
    let rest = a.get(1..).unwrap_or(&[]);
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("expected {n} argument{s}, got {}", rest.len())));
    }
    Ok(rest)
}

/// A METH_NOARGS method: no arguments after `self`.
fn no_args(a: &[Value], name: &str) -> PyResult<()> {
    match a.len() {
        0 | 1 => Ok(()),
        n => Err(PyErr::type_error(format!("mappingproxy.{name}() takes no arguments ({} given)", n - 1))),
    }
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "__getitem__")?;
    let key = exactly(a, 1)?[0].clone();
    vm.getitem(&m, &key)
}

fn contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "__contains__")?;
    let key = exactly(a, 1)?[0].clone();
    Ok(Value::Bool(vm.contains(&m, &key)?))
}

fn iter(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "__iter__")?;
    exactly(a, 0)?;
    vm.get_iter(&m)
}

fn len(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "__len__")?;
    exactly(a, 0)?;
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn reversed(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "__reversed__")?;
    no_args(a, "__reversed__")?;
    super::functions::reversed(vm, &[m], &KwArgs::default())
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "__repr__")?;
    exactly(a, 0)?;
    Ok(Value::string(format!("mappingproxy({})", vm.repr(&m)?)))
}

fn str_(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "__str__")?;
    exactly(a, 0)?;
    Ok(Value::string(vm.str(&m)?))
}

/// The comparisons go to the mapping (`proxy == {...}` compares the dict).
fn compare(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    let m = mapping(vm, a, op.dunder().unwrap_or_default())?;
    let other = exactly(a, 1)?[0].clone();
    vm.rich_compare(&m, &other, op)
}

comparison_methods!(compare);

/// The mapping behind `v` when it is a proxy.
fn proxied(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.native::<Proxy>().map(|p| p.mapping.clone()),
        _ => None,
    }
}

/// `proxy | other` and `other | proxy`: the mapping (unwrapped on either side) or'ed.
fn or(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let left = mapping(vm, a, "__or__")?;
    let right = exactly(a, 1)?[0].clone();
    let right = proxied(&right).unwrap_or(right);
    vm.binary_op(&left, &right, BinOp::BitOr)
}

fn ror(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let right = mapping(vm, a, "__ror__")?;
    let left = exactly(a, 1)?[0].clone();
    vm.binary_op(&left, &right, BinOp::BitOr)
}

fn ior(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    mapping(vm, a, "__ior__")?;
    exactly(a, 1)?;
    Err(PyErr::type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

/// `get(key, default=None)`: the mapping's own `get`.
fn get(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let m = mapping(vm, a, "get")?;
    if !k.is_empty() {
        return Err(PyErr::type_error("get() takes no keyword arguments"));
    }
    let rest = &a[1..];
    match rest.len() {
        1 | 2 => {
            let default = rest.get(1).cloned().unwrap_or(Value::None);
            vm.call_method(&m, "get", &[rest[0].clone(), default])
        }
        0 => Err(PyErr::type_error("get expected at least 1 argument, got 0")),
        n => Err(PyErr::type_error(format!("get expected at most 2 arguments, got {n}"))),
    }
}

/// A method of the mapping called with no arguments (`keys`, `values`, `items`, `copy`).
fn forward(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let m = mapping(vm, a, name)?;
    no_args(a, name)?;
    vm.call_method(&m, name, &[])
}

fn keys(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    forward(vm, a, "keys")
}

fn values(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    forward(vm, a, "values")
}

fn items(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    forward(vm, a, "items")
}

fn copy(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    forward(vm, a, "copy")
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__len__", len),
    ("__reversed__", reversed),
    ("__repr__", repr),
    ("__str__", str_),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__or__", or),
    ("__ror__", ror),
    ("__ior__", ior),
    ("get", get),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("copy", copy),
];
