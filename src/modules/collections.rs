//! `_collections`: the native `deque` (a ring buffer behind its own lock, so it is safe with the GIL
//! off), under the `collections` module written in the language, and the iterator of
//! OrderedDict. Comparisons of items may run user code, so they read one item at a time with the
//! lock released; a deque counts its changes of shape (`state`, as CPython's) so that iterators,
//! searches and comparisons notice it changed under them ("deque mutated during iteration").

use crate::ast::CmpOp;
use crate::builtins::args::{check_args, kwarg, only_kwargs};
use crate::builtins::native_class::NativeClass;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NO_KWARGS, NativeFn};
use crate::objects::iter::{DictPart, IterState, NativeIter, OrderedWalk, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::collections::VecDeque;
use std::sync::OnceLock;

/// What a deque's lock guards: the items, the bound that makes appends drop items at the other
/// end (set again by `__init__`), and the count of changes of shape.
struct Ring {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every change that adds, removes or moves items (not `d[i] = x`, not
    /// `reverse()`, as CPython's).
    state: u64,
}

impl Ring {
    /// Room for one more item, or MemoryError when the ring cannot grow (CPython's deque raises
    /// it; an infallible push would abort the process).
    fn make_room(&mut self) -> PyResult<()> {
        if self.items.len() == self.items.capacity() && self.items.try_reserve(1).is_err() {
            return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
        }
        Ok(())
    }

    fn push_back(&mut self, v: Value) -> PyResult<Option<Value>> {
        self.state += 1;
        if self.maxlen == Some(0) {
            return Ok(Some(v));
        }
        self.make_room()?;
        self.items.push_back(v);
        Ok(if self.maxlen.is_some_and(|m| self.items.len() > m) { self.items.pop_front() } else { None })
    }

    fn push_front(&mut self, v: Value) -> PyResult<Option<Value>> {
        self.state += 1;
        if self.maxlen == Some(0) {
            return Ok(Some(v));
        }
        self.make_room()?;
        self.items.push_front(v);
        Ok(if self.maxlen.is_some_and(|m| self.items.len() > m) { self.items.pop_back() } else { None })
    }
}

/// A deque's state.
pub struct Deque {
    ring: ObjCell<Ring>,
}

impl Deque {
    pub fn len(&self) -> usize {
        self.ring.lock().items.len()
    }

    fn state(&self) -> u64 {
        self.ring.lock().state
    }

    fn maxlen(&self) -> Option<usize> {
        self.ring.lock().maxlen
    }

    /// A copy of the items, or MemoryError (a copy sized once: a deque extended by itself).
    fn snapshot(&self) -> PyResult<Vec<Value>> {
        let ring = self.ring.lock();
        let mut out = Vec::new();
        crate::builtins::sizes::grow(&mut out, ring.items.len())?;
        out.extend(ring.items.iter().cloned());
        Ok(out)
    }

    /// Item `i` now, if there is one.
    fn get(&self, i: usize) -> Option<Value> {
        self.ring.lock().items.get(i).cloned()
    }

    /// Appends `v`; an item pushed out by `maxlen` is dropped after the ring is let go (its
    /// finalizer may touch the deque).
    fn push_back(&self, v: Value) -> PyResult<()> {
        let dropped = self.ring.lock().push_back(v)?;
        drop(dropped);
        Ok(())
    }

    fn push_front(&self, v: Value) -> PyResult<()> {
        let dropped = self.ring.lock().push_front(v)?;
        drop(dropped);
        Ok(())
    }

    /// Empties the deque (a change of shape only if it had items).
    fn clear(&self) {
        let mut ring = self.ring.lock();
        if ring.items.is_empty() {
            return;
        }
        ring.state += 1;
        let old = std::mem::take(&mut ring.items);
        drop(ring);
        drop(old);
    }
}

fn deque_of(v: &Value) -> Option<&Deque> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
    {
        return n.downcast_ref::<Deque>();
    }
    None
}

fn this(a: &[Value]) -> PyResult<&Deque> {
    a.first().and_then(deque_of).ok_or_else(|| PyErr::type_error("descriptor requires a 'collections.deque' object"))
}

fn mutated() -> PyErr {
    PyErr::runtime("deque mutated during iteration")
}

/// A deque's items and maxlen, if `v` is one (for sending it to another process).
pub fn deque_parts(v: &Value) -> Option<PyResult<(Vec<Value>, Option<usize>)>> {
    let d = deque_of(v)?;
    Some(d.snapshot().map(|items| (items, d.maxlen())))
}

/// A new deque of `items` (the receiving end of `deque_parts`).
pub fn make_deque(items: Vec<Value>, maxlen: Option<usize>) -> Value {
    new_deque(deque_class(), items.into(), maxlen)
}

fn new_deque(cls: &Arc<Class>, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let ring = Ring { items, maxlen, state: 0 };
    Value::Instance(Instance::new(cls.clone(), Payload::Native(Box::new(Deque { ring: ObjCell::new(ring) }))))
}

/// `deque.__new__(cls, ...)`: an empty deque of `cls`; `__init__` fills it, as CPython's. A
/// built-in class is constructed by its `__new__` alone (vm/call.rs), so `deque(...)` itself
/// runs `__init__` here.
fn deque_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(PyErr::type_error("deque.__new__(X): X is not a type object")),
    };
    let d = new_deque(&cls, VecDeque::new(), None);
    if Arc::ptr_eq(&cls, deque_class()) {
        let mut args = Vec::with_capacity(a.len());
        args.push(d.clone());
        args.extend_from_slice(&a[1..]);
        init(vm, &args, k)?;
    }
    Ok(d)
}

/// `deque.__init__(iterable=(), maxlen=None)`: empties the deque, sets its bound, appends.
fn init(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("deque", k, &["iterable", "maxlen"])?;
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("deque expected at most 2 arguments, got {}", a.len() - 1)));
    }
    let d = this(a)?;
    let maxlen = match a.get(2).or_else(|| kwarg(k, "maxlen")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = match v {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(v)?,
                _ => return Err(PyErr::type_error("an integer is required")),
            };
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.clear();
    d.ring.lock().maxlen = maxlen;
    if let Some(it) = a.get(1).or_else(|| kwarg(k, "iterable")) {
        extend_from(vm, &a[0], d, it, Side::Back)?;
    }
    Ok(Value::None)
}

#[derive(Clone, Copy)]
enum Side {
    Back,
    Front,
}

/// Appends the items of `source` one at a time (so `deque(it, maxlen=n)` keeps only n items in
/// memory); a deque extended with itself appends a copy of what it held.
fn extend_from(vm: &mut Vm, me: &Value, d: &Deque, source: &Value, side: Side) -> PyResult<()> {
    let owned;
    let source = if source.is(me) {
        owned = Value::list(d.snapshot()?);
        &owned
    } else {
        source
    };
    let it = vm.get_iter(source)?;
    while let Some(v) = vm.next(&it)? {
        // Memory ran out in a small allocation (an item, e.g. a big int): MemoryError before the
        // next one, as `list()` does (the loop has no checkpoint that would raise it).
        if crate::unsafe_os::memory_ran_out() {
            return Err(crate::vm::ops::memory_error());
        }
        match side {
            Side::Back => d.push_back(v)?,
            Side::Front => d.push_front(v)?,
        }
    }
    Ok(())
}

fn append(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("append", a, k, 2, 2)?;
    this(a)?.push_back(a[1].clone())?;
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("appendleft", a, k, 2, 2)?;
    this(a)?.push_front(a[1].clone())?;
    Ok(Value::None)
}

fn pop_side(a: &[Value], side: Side) -> PyResult<Value> {
    let mut ring = this(a)?.ring.lock();
    let v = match side {
        Side::Back => ring.items.pop_back(),
        Side::Front => ring.items.pop_front(),
    };
    let v = v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))?;
    ring.state += 1;
    Ok(v)
}

fn pop(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pop", a, k, 1, 1)?;
    pop_side(a, Side::Back)
}

fn popleft(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("popleft", a, k, 1, 1)?;
    pop_side(a, Side::Front)
}

fn extend(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("extend", a, k, 2, 2)?;
    extend_from(vm, &a[0], this(a)?, &a[1], Side::Back)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("extendleft", a, k, 2, 2)?;
    extend_from(vm, &a[0], this(a)?, &a[1], Side::Front)?;
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("clear", a, k, 1, 1)?;
    this(a)?.clear();
    Ok(Value::None)
}

/// A copy: a plain deque copies natively; a subclass is called as `type(d)(d[, maxlen])`.
fn copy(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("copy", a, k, 1, 1)?;
    let d = this(a)?;
    let Value::Instance(inst) = &a[0] else { unreachable!("this() checked an instance") };
    let cls = inst.class();
    if Arc::ptr_eq(&cls, deque_class()) {
        let ring = d.ring.lock();
        let mut items = std::collections::VecDeque::new();
        items.try_reserve_exact(ring.items.len()).map_err(|_| crate::vm::ops::memory_error())?;
        items.extend(ring.items.iter().cloned());
        let maxlen = ring.maxlen;
        drop(ring);
        return Ok(new_deque(&cls, items, maxlen));
    }
    let mut args = vec![a[0].clone()];
    if let Some(m) = d.maxlen() {
        args.push(Value::Int(m as i64));
    }
    vm.call(&Value::Class(cls), &args, NO_KWARGS)
}

/// Compares `x` with each item from `start` (before `stop`) until `found` says stop: the index
/// it stopped at, or None. A change of shape meanwhile is the error `changed` makes.
fn scan(vm: &mut Vm, d: &Deque, x: &Value, start: usize, stop: usize, changed: fn() -> PyErr, mut found: impl FnMut(bool) -> bool) -> PyResult<Option<usize>> {
    let state = d.state();
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        let eq = item.is(x) || vm.eq(&item, x)?;
        if d.state() != state {
            return Err(changed());
        }
        if found(eq) {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn count(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("count", a, k, 2, 2)?;
    let d = this(a)?;
    let mut n = 0;
    scan(vm, d, &a[1], 0, d.len(), mutated, |eq| {
        n += eq as i64;
        false
    })?;
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("index", a, k, 2, 4)?;
    let d = this(a)?;
    let len = d.len() as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        Ok(match v {
            Some(v) => {
                let i = vm.index_value(v)?;
                if i < 0 { (i + len).max(0) } else { i.min(len) }
            }
            None => default,
        })
    };
    let start = bound(a.get(2), 0)?;
    let stop = bound(a.get(3), len)?;
    if start < stop
        && let Some(i) = scan(vm, d, &a[1], start as usize, stop as usize, mutated, |eq| eq)?
    {
        return Ok(Value::Int(i as i64));
    }
    Err(PyErr::value_error(format!("{} is not in deque", vm.repr(&a[1])?)))
}

fn contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    Ok(Value::Bool(scan(vm, d, &a[1], 0, d.len(), mutated, |eq| eq)?.is_some()))
}

fn insert(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("insert", a, k, 3, 3)?;
    let d = this(a)?;
    let i = vm.index_value(&a[1])?;
    let mut ring = d.ring.lock();
    if Some(ring.items.len()) == ring.maxlen {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let at = Vm::insert_position(i, ring.items.len());
    ring.items.insert(at, a[2].clone());
    ring.state += 1;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("remove", a, k, 2, 2)?;
    let d = this(a)?;
    let changed = || PyErr::index_error("deque mutated during iteration");
    match scan(vm, d, &a[1], 0, d.len(), changed, |eq| eq)? {
        Some(i) => {
            let mut ring = d.ring.lock();
            let old = ring.items.remove(i);
            ring.state += 1;
            drop(ring);
            drop(old);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error(format!("{} is not in deque", vm.repr(&a[1])?))),
    }
}

fn reverse(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("reverse", a, k, 1, 1)?;
    this(a)?.ring.lock().items.make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("rotate", a, k, 1, 2)?;
    let n = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let mut ring = this(a)?.ring.lock();
    let len = ring.items.len() as i64;
    if len > 1 {
        ring.state += 1;
        let r = n.rem_euclid(len) as usize;
        ring.items.rotate_right(r);
    }
    Ok(Value::None)
}

fn maxlen(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(this(a)?.maxlen().map_or(Value::None, |n| Value::Int(n as i64)))
}

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.len() as i64))
}

fn bool_(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.len() != 0))
}

/// Where an iterator over a deque is. It reads the live deque by position; any change of shape
/// since it was made is an error, as CPython's (sticky going forwards; a reverse iterator stops
/// after reporting it).
struct DequeIter {
    deque: Value,
    state: u64,
    /// Items already given.
    index: usize,
    /// Items still expected.
    counter: usize,
    reverse: bool,
}

impl NativeIter for DequeIter {
    fn step(&mut self) -> PyResult<Option<Value>> {
        let Some(d) = deque_of(&self.deque) else { return Ok(None) };
        if self.reverse && self.counter == 0 {
            return Ok(None);
        }
        let ring = d.ring.lock();
        if ring.state != self.state {
            self.counter = 0;
            return Err(mutated());
        }
        if self.counter == 0 {
            return Ok(None);
        }
        let len = ring.items.len();
        let at = if self.reverse { len.checked_sub(self.index + 1) } else { Some(self.index) };
        let v = at.and_then(|i| ring.items.get(i).cloned());
        self.index += 1;
        self.counter -= 1;
        Ok(v)
    }

    fn length_hint(&self) -> usize {
        self.counter
    }
}

fn deque_iter(a: &[Value], reverse: bool) -> PyResult<Value> {
    let ring = this(a)?.ring.lock();
    let walk = DequeIter { deque: a[0].clone(), state: ring.state, index: 0, counter: ring.items.len(), reverse };
    drop(ring);
    let kind = if reverse { IterKind::DequeReverseIterator } else { IterKind::DequeIterator };
    Ok(PyIter::new(kind, IterState::Native(Box::new(walk))))
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    deque_iter(a, false)
}

fn reversed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    deque_iter(a, true)
}

fn position(vm: &mut Vm, d: &Deque, idx: &Value) -> PyResult<usize> {
    if let Value::Slice(_) = idx {
        return Err(PyErr::type_error("sequence index must be integer, not 'slice'"));
    }
    let len = d.len();
    vm.seq_index(idx, len)?.ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let i = position(vm, d, &a[1])?;
    d.get(i).ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let i = position(vm, d, &a[1])?;
    let old = d.ring.lock().items.get_mut(i).map(|slot| std::mem::replace(slot, a[2].clone()));
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let i = position(vm, d, &a[1])?;
    let mut ring = d.ring.lock();
    let old = ring.items.remove(i);
    if old.is_some() {
        ring.state += 1;
    }
    drop(ring);
    drop(old);
    Ok(Value::None)
}

fn class_name(v: &Value) -> String {
    types().of(v).name.to_string()
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let name = class_name(&a[0]);
    let text = vm.repr_guard(&a[0], "[...]", |vm| {
        let items = d.snapshot()?;
        let parts: PyResult<Vec<String>> = items.iter().map(|v| vm.repr(v)).collect();
        let body = parts?.join(", ");
        Ok(match d.maxlen() {
            Some(n) => format!("{name}([{body}], maxlen={n})"),
            None => format!("{name}([{body}])"),
        })
    })?;
    Ok(Value::string(text))
}

/// Rich comparison of two deques, as CPython's: lengths first for == and !=, then the first
/// items that differ decide (compared with `op`), else the lengths. Either deque changing
/// shape meanwhile is "deque mutated during iteration".
fn compare(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    let (Ok(x), Ok(y)) = (this(a), this(&a[1..])) else { return Ok(Value::NotImplemented) };
    let (xn, yn) = (x.len(), y.len());
    if xn != yn && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    let (xs, ys) = (x.state(), y.state());
    let mut i = 0;
    let differing = loop {
        let (Some(p), Some(q)) = (x.get(i), y.get(i)) else { break None };
        if x.state() != xs || y.state() != ys {
            return Err(mutated());
        }
        let same = p.is(&q) || vm.eq(&p, &q)?;
        if x.state() != xs || y.state() != ys {
            return Err(mutated());
        }
        if !same {
            break Some((p, q));
        }
        i += 1;
    };
    match differing {
        None => {
            let (xn, yn) = (x.len(), y.len());
            Ok(Value::Bool(match op {
                CmpOp::Eq => xn == yn,
                CmpOp::NotEq => xn != yn,
                CmpOp::Lt => xn < yn,
                CmpOp::LtE => xn <= yn,
                CmpOp::Gt => xn > yn,
                _ => xn >= yn,
            }))
        }
        Some(_) if op == CmpOp::Eq => Ok(Value::Bool(false)),
        Some(_) if op == CmpOp::NotEq => Ok(Value::Bool(true)),
        Some((p, q)) => vm.compare_op(&p, &q, op),
    }
}

fn add(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?;
    if this(&a[1..]).is_err() {
        return Err(PyErr::type_error(format!("can only concatenate deque (not \"{}\") to deque", class_name(&a[1]))));
    }
    let r = copy(vm, &a[..1], NO_KWARGS)?;
    let rd = this(std::slice::from_ref(&r))?;
    extend_from(vm, &r, rd, &a[1], Side::Back)?;
    Ok(r)
}

fn iadd(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    extend(vm, a, k)?;
    Ok(a[0].clone())
}

/// The count of `d * n`: TypeError for a non-integer, as sequences say it.
fn times(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    match n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(n),
        Value::Instance(_) if vm.index_value(n).is_ok() => vm.index_value(n),
        _ => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", class_name(n)))),
    }
}

/// Repeats the deque's items in place `n` times in all (emptied for n <= 0). With a bound only
/// the last `maxlen` items are ever made; without one a size past memory is MemoryError.
fn repeat_in_place(d: &Deque, n: i64) -> PyResult<()> {
    if n <= 0 {
        d.clear();
        return Ok(());
    }
    let mut ring = d.ring.lock();
    let len = ring.items.len();
    if n == 1 || len == 0 {
        return Ok(());
    }
    let total = (len as u128) * (n as u128);
    let keep = match ring.maxlen {
        Some(m) => total.min(m as u128) as usize,
        None => {
            if total > isize::MAX as u128 / 16 {
                return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
            }
            total as usize
        }
    };
    let original: Vec<Value> = ring.items.iter().cloned().collect();
    // The result ends with a whole copy of the items: count back `keep` items from the end.
    let skip = (total - keep as u128) % len as u128;
    let mut out = VecDeque::new();
    if out.try_reserve(keep).is_err() {
        return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
    }
    out.extend(original.iter().cycle().skip(skip as usize).take(keep).cloned());
    ring.state += 1;
    let old = std::mem::replace(&mut ring.items, out);
    drop(ring);
    drop(old);
    Ok(())
}

fn imul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = this(a)?;
    let n = times(vm, &a[1])?;
    repeat_in_place(d, n)?;
    Ok(a[0].clone())
}

fn mul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?;
    let n = times(vm, &a[1])?;
    let r = copy(vm, &a[..1], NO_KWARGS)?;
    repeat_in_place(this(std::slice::from_ref(&r))?, n)?;
    Ok(r)
}

/// `__reduce__`: (type, ((), maxlen) or (), instance dict or None, iterator over the items).
fn reduce(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__reduce__", a, k, 1, 1)?;
    let d = this(a)?;
    let args = match d.maxlen() {
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
        None => Value::tuple(vec![]),
    };
    let state = match &a[0] {
        Value::Instance(i) => {
            if i.attr_count() > 0 {
                i.dict().map_or(Value::None, Value::Dict)
            } else {
                Value::None
            }
        }
        _ => Value::None,
    };
    let it = vm.get_iter(&a[0])?;
    Ok(Value::tuple(vec![Value::Class(types().of(&a[0]).clone()), args, state, it]))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
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
    ("__eq__", |vm, a, _| compare(vm, a, CmpOp::Eq)),
    ("__ne__", |vm, a, _| compare(vm, a, CmpOp::NotEq)),
    ("__lt__", |vm, a, _| compare(vm, a, CmpOp::Lt)),
    ("__le__", |vm, a, _| compare(vm, a, CmpOp::LtE)),
    ("__gt__", |vm, a, _| compare(vm, a, CmpOp::Gt)),
    ("__ge__", |vm, a, _| compare(vm, a, CmpOp::GtE)),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__reduce__", reduce),
];

pub fn deque_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        NativeClass::new("collections", "deque")
            .methods(METHODS)
            .constructor(deque_new)
            .properties(&[("maxlen", maxlen)])
            .module_attr()
            .unhashable()
            .set("__class_getitem__", crate::builtins::type_::class_getitem_method(Owner::Named("deque")))
            .build()
    })
}

/// `_odict_iter(od, part, reverse)`: the iterator of an OrderedDict (part 0 keys, 1 values,
/// 2 items), which notices keys added, removed or moved under it (objects/iter.rs
/// `OrderedWalk`).
fn odict_iter(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_odict_iter", a, k, 3, 3)?;
    let Some(Value::Dict(dict)) = crate::objects::class::wrapped(&a[0]).or(Some(&a[0])) else {
        return Err(PyErr::type_error("_odict_iter() needs an OrderedDict"));
    };
    let part = match vm.index_value(&a[1])? {
        0 => DictPart::Keys,
        1 => DictPart::Values,
        _ => DictPart::Items,
    };
    let reverse = vm.truthy(&a[2])?;
    // Made empty, it stays at its end whatever is added later, as CPython's.
    let state = if dict.len() == 0 { IterState::Exhausted } else { IterState::Ordered(Box::new(OrderedWalk::new(dict, part, reverse))) };
    Ok(PyIter::new(IterKind::OdictIterator, state))
}

/// `_tuple_item(pos)`: the getter of a namedtuple's field (the `fget` of its property), item
/// `pos` of the tuple read natively, as CPython's `_tuplegetter` (a subclass's `__getitem__` is
/// not asked), instead of a Python function's frame per attribute read.
fn tuple_item(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_tuple_item", a, k, 1, 1)?;
    let pos = vm.index_value(&a[0])?;
    Ok(Value::Builtin(Arc::new(Builtin {
        name: "_tuple_item",
        func: read_tuple_item,
        bound: Some(Value::Int(pos)),
        owner: Owner::Free,
        frame: None,
        arity: None,
    })))
}

/// The getter `_tuple_item` makes: called with its position bound first, then the tuple.
fn read_tuple_item(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_tuple_item", a, k, 2, 2)?;
    let Value::Int(pos) = a[0] else { return Err(PyErr::type_error("_tuple_item: the position is an int")) };
    let tuple = match &a[1] {
        Value::Tuple(t) => t,
        other => match crate::objects::class::wrapped(other) {
            Some(Value::Tuple(t)) => t,
            _ => {
                let name = class_name(other);
                return Err(PyErr::type_error(format!("descriptor for index '{pos}' for tuple subclasses doesn't apply to '{name}' object")));
            }
        },
    };
    usize::try_from(pos).ok().and_then(|i| tuple.get(i)).cloned().ok_or_else(|| PyErr::index_error("tuple index out of range"))
}

pub fn create() -> Value {
    let (m, d) = super::make_module("_collections", &[("_odict_iter", odict_iter), ("_tuple_item", tuple_item)]);
    d.set_str(intern("deque"), Value::Class(deque_class().clone()));
    m
}

/// A deque measures itself (len, truth) without a call.
impl crate::objects::native::NativeData for Deque {
    fn length(&self) -> Option<usize> {
        Some(Deque::len(self))
    }
}
