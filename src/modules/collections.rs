//! `_collections`: the native `deque` (a ring buffer behind its own lock, so it is safe with the GIL
//! off), under the `collections` module written in the language. Comparisons of items may run user
//! code, so they work on a snapshot taken with the lock released.

use crate::builtins::args::{check_args, kwarg, only_kwargs};
use crate::gil_cell::ObjCell;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::iter::{IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};

/// A deque's state: its items and the bound that makes appends drop items at the other end.
pub struct Deque {
    items: ObjCell<VecDeque<Value>>,
    maxlen: Option<usize>,
}

impl Deque {
    pub fn len(&self) -> usize {
        self.items.lock().len()
    }

    fn push_back(&self, v: Value) {
        let mut items = self.items.lock();
        if self.maxlen == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen {
            items.pop_front();
        }
        items.push_back(v);
    }

    fn push_front(&self, v: Value) {
        let mut items = self.items.lock();
        if self.maxlen == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen {
            items.pop_back();
        }
        items.push_front(v);
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.lock().iter().cloned().collect()
    }
}

fn this(a: &[Value]) -> PyResult<&Deque> {
    if let Some(Value::Instance(i)) = a.first()
        && let Payload::Native(n) = &i.payload
        && let Some(d) = n.downcast_ref::<Deque>()
    {
        return Ok(d);
    }
    Err(PyErr::type_error("descriptor requires a 'collections.deque' object"))
}

/// A deque's items and maxlen, if `v` is one (for sending it to another process).
pub fn deque_parts(v: &Value) -> Option<(Vec<Value>, Option<usize>)> {
    let d = this(std::slice::from_ref(v)).ok()?;
    Some((d.snapshot(), d.maxlen))
}

/// A new deque of `items` (the receiving end of `deque_parts`).
pub fn make_deque(items: Vec<Value>, maxlen: Option<usize>) -> Value {
    new_deque(items.into(), maxlen)
}

fn new_deque(items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    Value::Instance(Instance::new(deque_class().clone(), Payload::Native(Box::new(Deque { items: ObjCell::new(items), maxlen }))))
}

fn deque_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("deque", k, &["iterable", "maxlen"])?;
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("deque expected at most 2 arguments, got {}", a.len() - 1)));
    }
    let maxlen_arg = a.get(2).or_else(|| kwarg(k, "maxlen")).cloned().unwrap_or(Value::None);
    let maxlen = match maxlen_arg {
        Value::None => None,
        v => {
            let n = vm.index_value(&v).map_err(|_| PyErr::type_error("an integer is required"))?;
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let d = new_deque(VecDeque::new(), maxlen);
    if let Some(it) = a.get(1).or_else(|| kwarg(k, "iterable")) {
        let items = vm.collect(it)?;
        let dq = this(std::slice::from_ref(&d))?;
        for v in items {
            dq.push_back(v);
        }
    }
    Ok(d)
}

fn append(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("append", a, k, 2, 2)?;
    this(a)?.push_back(a[1].clone());
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("appendleft", a, k, 2, 2)?;
    this(a)?.push_front(a[1].clone());
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pop", a, k, 1, 1)?;
    this(a)?.items.lock().pop_back().ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("popleft", a, k, 1, 1)?;
    this(a)?.items.lock().pop_front().ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("extend", a, k, 2, 2)?;
    let items = vm.collect(&a[1])?;
    let d = this(a)?;
    for v in items {
        d.push_back(v);
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("extendleft", a, k, 2, 2)?;
    let items = vm.collect(&a[1])?;
    let d = this(a)?;
    for v in items {
        d.push_front(v);
    }
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("clear", a, k, 1, 1)?;
    let old = std::mem::take(&mut *this(a)?.items.lock());
    drop(old);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("copy", a, k, 1, 1)?;
    let d = this(a)?;
    let items = d.items.lock().clone();
    Ok(new_deque(items, d.maxlen))
}

fn count(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("count", a, k, 2, 2)?;
    let mut n = 0;
    for v in this(a)?.snapshot() {
        if vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("index", a, k, 2, 4)?;
    let items = this(a)?.snapshot();
    let len = items.len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        Ok(match v {
            Some(v) => {
                let i = vm.index_value(v)?;
                if i < 0 { (i + len).max(0) } else { i.min(len) }
            }
            None => default,
        })
    };
    let start = bound(vm, a.get(2), 0)?;
    let stop = bound(vm, a.get(3), len)?;
    for i in start..stop {
        if vm.eq(&items[i as usize], &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(PyErr::value_error(format!("{} is not in deque", vm.repr(&a[1])?)))
}

fn insert(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("insert", a, k, 3, 3)?;
    let d = this(a)?;
    let i = vm.index_value(&a[1])?;
    let mut items = d.items.lock();
    if Some(items.len()) == d.maxlen {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let at = Vm::insert_position(i, items.len());
    items.insert(at, a[2].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("remove", a, k, 2, 2)?;
    let d = this(a)?;
    for (i, v) in d.snapshot().iter().enumerate() {
        if vm.eq(v, &a[1])? {
            let mut items = d.items.lock();
            if items.get(i).is_some_and(|x| x.is(v)) {
                items.remove(i);
                return Ok(Value::None);
            }
            return Err(PyErr::new(ExcKind::IndexError, "deque mutated during remove()."));
        }
    }
    Err(PyErr::value_error(format!("{} is not in deque", vm.repr(&a[1])?)))
}

fn reverse(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("reverse", a, k, 1, 1)?;
    this(a)?.items.lock().make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("rotate", a, k, 1, 2)?;
    let n = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let mut items = this(a)?.items.lock();
    let len = items.len() as i64;
    if len > 1 {
        let r = n.rem_euclid(len) as usize;
        items.rotate_right(r);
    }
    Ok(Value::None)
}

fn maxlen(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(this(a)?.maxlen.map_or(Value::None, |n| Value::Int(n as i64)))
}

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.items.lock().len() as i64))
}

fn bool_(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(!this(a)?.items.lock().is_empty()))
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let items = Value::tuple(this(a)?.snapshot());
    Ok(Value::Iter(Arc::new(PyIter {
        state: ObjCell::new(IterState::Seq { seq: items, index: 0 }),
        kind: IterKind::DequeIterator,
        name: String::new(),
        flavor: None,
    })))
}

fn reversed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let mut items = this(a)?.snapshot();
    items.reverse();
    let seq = Value::tuple(items);
    Ok(Value::Iter(Arc::new(PyIter {
        state: ObjCell::new(IterState::Seq { seq, index: 0 }),
        kind: IterKind::DequeReverseIterator,
        name: String::new(),
        flavor: None,
    })))
}

fn contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    for v in this(a)?.snapshot() {
        if vm.eq(&v, &a[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn position(vm: &mut Vm, d: &Deque, idx: &Value) -> PyResult<usize> {
    let len = d.items.lock().len();
    vm.seq_index(idx, len)?.ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    if let Value::Slice(_) = a[1] {
        return Err(PyErr::type_error("sequence index must be integer, not 'slice'"));
    }
    let i = position(vm, d, &a[1])?;
    d.items.lock().get(i).cloned().ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let i = position(vm, d, &a[1])?;
    let old = d.items.lock().get_mut(i).map(|slot| std::mem::replace(slot, a[2].clone()));
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let i = position(vm, d, &a[1])?;
    let old = d.items.lock().remove(i);
    drop(old);
    Ok(Value::None)
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let items = d.snapshot();
    let maxlen = d.maxlen;
    let text = vm.repr_guard(&a[0], "[...]", |vm| {
        let parts: PyResult<Vec<String>> = items.iter().map(|v| vm.repr(v)).collect();
        let body = parts?.join(", ");
        Ok(match maxlen {
            Some(n) => format!("deque([{body}], maxlen={n})"),
            None => format!("deque([{body}])"),
        })
    })?;
    Ok(Value::string(text))
}

fn eq(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (Ok(x), Ok(y)) = (this(a), this(&a[1..])) else { return Ok(Value::NotImplemented) };
    let (x, y) = (x.snapshot(), y.snapshot());
    if x.len() != y.len() {
        return Ok(Value::Bool(false));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq(p, q)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn ne(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(match eq(vm, a, k)? {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn add(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let x = this(a)?;
    let Ok(y) = this(&a[1..]) else { return Ok(Value::NotImplemented) };
    let r = new_deque(VecDeque::new(), x.maxlen);
    let rd = this(std::slice::from_ref(&r))?;
    for v in x.snapshot().into_iter().chain(y.snapshot()) {
        rd.push_back(v);
    }
    Ok(r)
}

fn iadd(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    extend(vm, a, k)?;
    Ok(a[0].clone())
}

const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("clear", clear),
    ("copy", copy),
    ("__copy__", copy),
    ("count", count),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("rotate", rotate),
    ("__len__", len),
    ("__bool__", bool_),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__add__", add),
    ("__iadd__", iadd),
];

pub fn deque_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class_in("collections", "deque", vec![types().object.clone()], Kind::Native);
        for (n, f) in METHODS {
            c.dict.set_str(intern(n), Builtin::method(Owner::Named("deque"), n, *f));
        }
        c.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", deque_new));
        c.dict.set_str(intern("maxlen"), crate::builtins::object::native_property(Builtin::method(Owner::Named("deque"), "maxlen", maxlen)));
        c.dict.set_str(crate::name!("__module__").clone(), Value::str("collections"));
        c.dict.set_str(intern("__hash__"), Value::None);
        c.dict.set_str(intern("__class_getitem__"), crate::builtins::type_::class_getitem_method(Owner::Named("deque")));
        c
    })
}

pub fn create() -> Value {
    let (m, d) = super::make_module("_collections", &[]);
    d.set_str(intern("deque"), Value::Class(deque_class().clone()));
    m
}

/// A deque measures itself (len, truth) without a call.
impl crate::objects::native::NativeData for Deque {
    fn length(&self) -> Option<usize> {
        Some(Deque::len(self))
    }
}
