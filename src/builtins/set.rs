//! set and frozenset: constructors, methods and the operators' algorithms (CPython's, so results
//! iterate in CPython's order).

use super::args::check_args;
use crate::ast::BinOp;
use crate::objects::Arc;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::set::{Set, SetTable};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn this(a: &[Value]) -> PyResult<&Arc<Set>> {
    match a.first() {
        Some(Value::Set(s)) | Some(Value::FrozenSet(s)) => Ok(s),
        _ => Err(PyErr::type_error("descriptor requires a 'set' object")),
    }
}

pub fn copy_of(s: &Set) -> Arc<Set> {
    Set::from_table(s.copy_table())
}

/// a | b, a & b, a - b, a ^ b as new sets.
pub fn set_op(vm: &mut Vm, a: &Arc<Set>, b: &Arc<Set>, op: BinOp) -> PyResult<Arc<Set>> {
    match op {
        BinOp::BitOr => {
            let r = copy_of(a);
            for (h, k) in b.hashed_items() {
                r.add_hashed(vm, h, k)?;
            }
            Ok(r)
        }
        BinOp::BitAnd => {
            let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
            let r = Set::new();
            for (h, k) in small.hashed_items() {
                if big.contains(vm, &k)? {
                    r.add_hashed(vm, h, k)?;
                }
            }
            Ok(r)
        }
        BinOp::Sub => {
            let r = Set::new();
            for (h, k) in a.hashed_items() {
                if !b.contains(vm, &k)? {
                    r.add_hashed(vm, h, k)?;
                }
            }
            Ok(r)
        }
        _ => {
            let r = copy_of(a);
            for (h, k) in b.hashed_items() {
                if !r.discard(vm, &k)? {
                    r.add_hashed(vm, h, k)?;
                }
            }
            Ok(r)
        }
    }
}

pub fn set_op_inplace(vm: &mut Vm, a: &Arc<Set>, b: &Arc<Set>, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::BitOr => {
            for (h, k) in b.hashed_items() {
                a.add_hashed(vm, h, k)?;
            }
        }
        BinOp::Sub => {
            for k in b.items() {
                a.discard(vm, &k)?;
            }
        }
        _ => {
            let r = set_op(vm, a, b, op)?;
            let t: SetTable = r.table.lock().clone();
            *a.table.lock() = t;
        }
    }
    Ok(())
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Arc<Set>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        _ => {
            let items = vm_collect(vm, v)?;
            crate::vm::ops::new_set_from(vm, items)
        }
    }
}

fn vm_collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.collect(v)
}

fn set_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let frozen = matches!(a.first(), Some(Value::Class(c)) if c.is_subclass(&types().frozenset));
    check_args(if frozen { "frozenset" } else { "set" }, a.get(1..).unwrap_or_default(), k, 0, 1)?;
    let s = match a.get(1) {
        Some(Value::Set(s) | Value::FrozenSet(s)) => copy_of(s),
        Some(v) => {
            let items = vm.collect(v)?;
            crate::vm::ops::new_set_from(vm, items)?
        }
        None => Set::new(),
    };
    let is_frozen = matches!(&a[0], Value::Class(c) if Arc::ptr_eq(c, &types().frozenset));
    Ok(if is_frozen { Value::FrozenSet(s) } else { Value::Set(s) })
}

fn wrap_like(a: &Value, s: Arc<Set>) -> Value {
    if matches!(a, Value::FrozenSet(_)) { Value::FrozenSet(s) } else { Value::Set(s) }
}

fn multi(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let mut acc = copy_of(this(a)?);
    for other in &a[1..] {
        let o = to_set(vm, other)?;
        acc = set_op(vm, &acc, &o, op)?;
    }
    Ok(wrap_like(&a[0], acc))
}

fn union(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    multi(vm, a, BinOp::BitOr)
}
fn intersection(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    multi(vm, a, BinOp::BitAnd)
}
fn difference(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    multi(vm, a, BinOp::Sub)
}
fn symmetric_difference(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    multi(vm, a, BinOp::BitXor)
}

fn add(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("add", a, k, 2, 2)?;
    this(a)?.add(vm, a[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("discard", a, k, 2, 2)?;
    this(a)?.discard(vm, &a[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("remove", a, k, 2, 2)?;
    if !this(a)?.discard(vm, &a[1])? {
        return Err(PyErr::key_error(a[1].clone()));
    }
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?.pop().ok_or_else(|| PyErr::key_error(Value::str("pop from an empty set")))
}

fn clear(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?.clear();
    Ok(Value::None)
}

/// `s.difference_update(*others)` and the other in-place methods: `s op= set(other)` for each.
fn multi_inplace(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let s = this(a)?.clone();
    for other in &a[1..] {
        let o = to_set(vm, other)?;
        let o = if Arc::ptr_eq(&o, &s) { copy_of(&o) } else { o };
        set_op_inplace(vm, &s, &o, op)?;
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    multi_inplace(vm, a, BinOp::Sub)
}
fn intersection_update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    multi_inplace(vm, a, BinOp::BitAnd)
}
fn symmetric_difference_update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("set.symmetric_difference_update() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    multi_inplace(vm, a, BinOp::BitXor)
}

fn copy(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(wrap_like(&a[0], copy_of(this(a)?)))
}

fn update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = this(a)?.clone();
    for other in &a[1..] {
        for v in vm.collect(other)? {
            s.add(vm, v)?;
        }
    }
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("issubset", a, k, 2, 2)?;
    let o = to_set(vm, &a[1])?;
    for x in this(a)?.items() {
        if !o.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("issuperset", a, k, 2, 2)?;
    let s = this(a)?.clone();
    for x in vm.collect(&a[1])? {
        if !s.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isdisjoint", a, k, 2, 2)?;
    let s = this(a)?.clone();
    for x in vm.collect(&a[1])? {
        if s.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

const SET: &[(&str, NativeFn)] = &[
    ("__new__", set_new),
    ("add", add),
    ("discard", discard),
    ("remove", remove),
    ("pop", pop),
    ("clear", clear),
    ("copy", copy),
    ("update", update),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("difference_update", difference_update),
    ("intersection_update", intersection_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];

const FROZEN: &[&str] = &["__new__", "copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"];

pub fn install() {
    for (n, f) in SET {
        types().set.dict.set_str(intern(n), Builtin::method(Owner::Set, n, *f));
        if FROZEN.contains(n) {
            types().frozenset.dict.set_str(intern(n), Builtin::method(Owner::Frozenset, n, *f));
        }
    }
}
