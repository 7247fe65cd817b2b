//! Iteration: making iterators, advancing them (`None` when exhausted, without raising StopIteration
//! internally), generators (resume, send, throw, close) and `yield from` delegation.

use super::Vm;
use super::eval::Exit;
use crate::code::Flavor;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::NO_KWARGS;
use crate::objects::iter::{DictPart, IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use num_traits::{Signed, ToPrimitive};

/// Why an OrderedDict's iterator stopped with an error.
enum OrderedStop {
    Mutated,
    ChangedSize,
}

impl OrderedStop {
    fn into_error(self) -> PyErr {
        PyErr::runtime(match self {
            OrderedStop::Mutated => "OrderedDict mutated during iteration",
            OrderedStop::ChangedSize => "OrderedDict changed size during iteration",
        })
    }
}

/// One step of an OrderedDict's iterator (see `OrderedWalk`); `walk.pos` becomes usize::MAX
/// when the item returned was the last.
fn ordered_step(walk: &mut crate::objects::iter::OrderedWalk) -> Result<Option<Value>, OrderedStop> {
    if walk.dict.version() != walk.version {
        return Err(OrderedStop::Mutated);
    }
    if walk.len != Some(walk.dict.len()) {
        walk.len = None;
        return Err(OrderedStop::ChangedSize);
    }
    let found = if walk.reverse { walk.dict.entry_before(walk.pos) } else { walk.dict.entry_from(walk.pos).map(|(p, k, v)| (p - 1, k, v)) };
    let Some((at, k, v)) = found else { return Ok(None) };
    let more = if walk.reverse { walk.dict.entry_before(at).is_some() } else { walk.dict.has_entry_from(at + 1) };
    walk.pos = match (more, walk.reverse) {
        (false, _) => usize::MAX,
        (true, true) => at,
        (true, false) => at + 1,
    };
    Ok(Some(walk.part.pick(k, v)))
}

impl Vm {
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => PyIter::new(IterKind::ListIterator, IterState::Seq { seq: v.clone(), index: 0 }),
            Value::Tuple(_) => PyIter::new(IterKind::TupleIterator, IterState::Seq { seq: v.clone(), index: 0 }),
            Value::Str(s) => {
                PyIter::new(if s.is_ascii() { IterKind::StrAsciiIterator } else { IterKind::StrIterator }, IterState::Seq { seq: v.clone(), index: 0 })
            }
            Value::Bytes(_) => PyIter::new(IterKind::BytesIterator, IterState::Seq { seq: v.clone(), index: 0 }),
            Value::Range(r) => {
                let cursor = r.cursor();
                PyIter::new(cursor.kind(), IterState::Range(cursor))
            }
            Value::Dict(d) => PyIter::new(IterKind::DictKeyIterator, IterState::over_dict(d, DictPart::Keys)),
            Value::Set(s) | Value::FrozenSet(s) => PyIter::new(IterKind::SetIterator, IterState::Set { set: s.clone(), pos: 0, len: s.len() }),
            Value::Iter(pi) if matches!(pi.kind, IterKind::Coroutine | IterKind::AsyncGenerator) => {
                return Err(PyErr::type_error(format!("'{}' object is not iterable", pi.kind.name())));
            }
            Value::Iter(_) => v.clone(),
            Value::Instance(_) if let Some(inner) = super::subclass::base_value(v, crate::name!("__iter__")) => self.get_iter(&inner)?,
            Value::Instance(i) => {
                let cls = i.class_ref();
                if let Some(it) = i.native_data().and_then(|d| d.iter()) {
                    return Ok(it);
                }
                if let Some(f) = self.class_lookup(cls, crate::name!("__iter__")).map(super::special::as_method) {
                    let it = self.call1(&f, v.clone())?;
                    let ok = match &it {
                        Value::Iter(_) => true,
                        Value::Instance(j) => self.instance_lookup(j, crate::name!("__next__")).is_some(),
                        _ => false,
                    };
                    if !ok {
                        return Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", types().of(&it).name)));
                    }
                    return Ok(it);
                }
                if self.class_lookup(cls, crate::name!("__getitem__")).is_some() {
                    return Ok(PyIter::new(IterKind::Iterator, IterState::GetItem { obj: v.clone(), index: 0 }));
                }
                return Err(PyErr::type_error(format!("'{}' object is not iterable", cls.tp_name())));
            }
            Value::Class(_) if let Some(r) = self.call_meta(v, crate::name!("__iter__"), &[]) => {
                let it = r?;
                let ok = match &it {
                    Value::Iter(_) => true,
                    Value::Instance(j) => self.instance_lookup(j, crate::name!("__next__")).is_some(),
                    _ => false,
                };
                if !ok {
                    return Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", types().of(&it).name)));
                }
                it
            }
            _ => return Err(PyErr::type_error(format!("'{}' object is not iterable", types().of(v).tp_name()))),
        })
    }

    /// What a built-in iterator's `__length_hint__` says: the items still expected (0 once its
    /// container changed size, as CPython's dict and set iterators answer).
    pub fn iter_length_hint(&mut self, pi: &PyIter) -> Value {
        crate::builtins::length_hint::left(pi).value()
    }

    /// Advances an iterator: Some(value), or None when it is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(pi) => self.next_iter(pi),
            Value::Instance(i) => match self.instance_lookup(i, crate::name!("__next__")) {
                Some(f) => match self.call1(&f, it.clone()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(PyErr::type_error(format!("'{}' object is not an iterator", i.class().name))),
            },
            _ => Err(PyErr::type_error(format!("'{}' object is not an iterator", types().of(it).name))),
        }
    }

    fn next_iter(&mut self, pi: &Arc<PyIter>) -> PyResult<Option<Value>> {
        {
            let mut st = pi.state.lock();
            match &mut *st {
                IterState::Seq { seq, index } => {
                    let i = *index;
                    let (v, next) = match seq {
                        Value::List(l) => (l.items.lock().get(i).cloned(), i + 1),
                        Value::Tuple(t) => (t.get(i).cloned(), i + 1),
                        // A str iterator's index is a byte offset: each step decodes one character.
                        Value::Str(s) => match s.char_from(i) {
                            Some((c, after)) => (Some(Value::Str(PyStr::of_char(c))), after),
                            None => (None, i),
                        },
                        Value::Bytes(b) => (b.get(i).map(|x| Value::Int(*x as i64)), i + 1),
                        // A bytearray iterates live, as CPython's: it sees changes made meanwhile.
                        v => (crate::objects::memoryview::bytearray_of(v).and_then(|b| b.lock().get(i).map(|x| Value::Int(*x as i64))), i + 1),
                    };
                    *index = next;
                    if v.is_none() {
                        *st = IterState::Exhausted;
                    }
                    return Ok(v);
                }
                IterState::Range(cursor) => return Ok(cursor.next()),
                IterState::Dict { dict, pos, part, len, left } => {
                    if dict.len() != *len {
                        // Sticky, as CPython's: every later step raises too.
                        *len = usize::MAX;
                        return Err(PyErr::runtime("dictionary changed size during iteration"));
                    }
                    return Ok(match dict.entry_from(*pos) {
                        Some(_) if *left == 0 => {
                            *st = IterState::Exhausted;
                            return Err(PyErr::runtime("dictionary keys changed during iteration"));
                        }
                        Some((p, k, v)) => {
                            *left -= 1;
                            *pos = p;
                            Some(part.pick(k, v))
                        }
                        None => {
                            *st = IterState::Exhausted;
                            None
                        }
                    });
                }
                IterState::DictReverse { dict, pos, part, len } => {
                    if dict.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::runtime("dictionary changed size during iteration"));
                    }
                    return Ok(match dict.entry_before(*pos) {
                        Some((p, k, v)) => {
                            *pos = p;
                            Some(part.pick(k, v))
                        }
                        None => {
                            *st = IterState::Exhausted;
                            None
                        }
                    });
                }
                IterState::Ordered(walk) => {
                    let r = ordered_step(walk);
                    if !matches!(r, Ok(Some(_)) | Err(OrderedStop::ChangedSize)) || walk.pos == usize::MAX {
                        *st = IterState::Exhausted;
                    }
                    return r.map_err(OrderedStop::into_error);
                }
                IterState::Native(n) => return n.step(),
                IterState::Tool(_) => {}
                IterState::Set { set, pos, len } => {
                    if set.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::runtime("Set changed size during iteration"));
                    }
                    return Ok(match set.entry_from(*pos) {
                        Some((p, k)) => {
                            *pos = p;
                            Some(k)
                        }
                        None => None,
                    });
                }
                IterState::Exhausted => return Ok(None),
                IterState::Running => return Err(PyErr::value_error("generator already executing")),
                _ => {}
            }
        }
        // Kinds that run user code: take the state out while they do.
        let state = std::mem::replace(&mut *pi.state.lock(), IterState::Running);
        let state = match state {
            IterState::Tool(tool) => return self.step_tool(pi, tool),
            other => other,
        };
        let (result, state) = match state {
            IterState::Generator(frame) if !pi.is(Flavor::Generator) => {
                (Err(PyErr::type_error(format!("'{}' object is not an iterator", pi.kind.name()))), IterState::Generator(frame))
            }
            IterState::Generator(mut frame) => {
                let r = self.resume_frame(&mut frame, Value::None, None);
                match r {
                    Ok(Exit::Yield(v)) => (Ok(Some(v)), IterState::Generator(frame)),
                    Ok(Exit::Return(_)) => (Ok(None), IterState::Exhausted),
                    Err(e) => (Err(self.generator_error(e, pi.flavor.unwrap_or_default())), IterState::Exhausted),
                }
            }
            state @ (IterState::AsyncStep(_) | IterState::CoroWrapper(_) | IterState::AnextDefault { .. }) => {
                *pi.state.lock() = state;
                return match self.step_awaitable(pi, Value::None, None)? {
                    Ok(v) => Ok(Some(v)),
                    Err(v) if v.is_none() => Ok(None),
                    Err(v) => Err(PyErr::stop_iteration(Some(v))),
                };
            }
            IterState::Enumerate { inner, count } => match self.next(&inner) {
                Ok(Some(v)) => {
                    let next = match &count {
                        Value::Int(n) if let Some(m) = n.checked_add(1) => Value::Int(m),
                        c => Value::bigint(super::protocol::to_big(c) + 1),
                    };
                    (Ok(Some(Value::tuple(vec![count, v]))), IterState::Enumerate { inner, count: next })
                }
                Ok(None) => (Ok(None), IterState::Exhausted),
                Err(e) => (Err(e), IterState::Enumerate { inner, count }),
            },
            IterState::Zip { iters, strict } => {
                let mut out = Vec::with_capacity(iters.len());
                let mut done = iters.is_empty();
                let mut err = None;
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it) {
                        Ok(Some(v)) => out.push(v),
                        Ok(None) => {
                            done = true;
                            if strict {
                                err = self.zip_length_mismatch(&iters, i).err();
                            }
                            break;
                        }
                        Err(e) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                match (err, done) {
                    (Some(e), true) => (Err(e), IterState::Exhausted),
                    (Some(e), false) => (Err(e), IterState::Zip { iters, strict }),
                    (None, true) => (Ok(None), IterState::Exhausted),
                    (None, false) => (Ok(Some(Value::tuple(out))), IterState::Zip { iters, strict }),
                }
            }
            IterState::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                let mut r: PyResult<Option<Value>> = Ok(None);
                let mut exhausted = false;
                for it in &iters {
                    match self.next(it) {
                        Ok(Some(v)) => args.push(v),
                        Ok(None) => {
                            exhausted = true;
                            break;
                        }
                        Err(e) => {
                            r = Err(e);
                            break;
                        }
                    }
                }
                if r.is_ok() && !exhausted {
                    r = self.call(&func, &args, NO_KWARGS).map(Some);
                }
                if exhausted { (Ok(None), IterState::Exhausted) } else { (r, IterState::Map { func, iters }) }
            }
            IterState::Filter { func, inner } => {
                let r = loop {
                    match self.next(&inner) {
                        Ok(Some(v)) => {
                            let keep = if func.is_none() { self.truthy(&v) } else { self.call1(&func, v.clone()).and_then(|r| self.truthy(&r)) };
                            match keep {
                                Ok(true) => break Ok(Some(v)),
                                Ok(false) => continue,
                                Err(e) => break Err(e),
                            }
                        }
                        other => break other,
                    }
                };
                match r {
                    Ok(None) => (Ok(None), IterState::Exhausted),
                    r => (r, IterState::Filter { func, inner }),
                }
            }
            IterState::Reversed { seq, index } => {
                if index < 0 {
                    (Ok(None), IterState::Exhausted)
                } else {
                    let r = self.getitem(&seq, &Value::Int(index));
                    match r {
                        Ok(v) => (Ok(Some(v)), IterState::Reversed { seq, index: index - 1 }),
                        Err(e) if e.matches(ExcKind::IndexError) => (Ok(None), IterState::Exhausted),
                        Err(e) => (Err(e), IterState::Exhausted),
                    }
                }
            }
            IterState::GetItem { obj, index } => match self.getitem(&obj, &Value::Int(index)) {
                Ok(v) => (Ok(Some(v)), IterState::GetItem { obj, index: index + 1 }),
                Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => (Ok(None), IterState::Exhausted),
                Err(e) => (Err(e), IterState::Exhausted),
            },
            IterState::Callable { func, sentinel } => match self.call0(&func) {
                Ok(v) => {
                    if self.eq(&v, &sentinel).unwrap_or(false) {
                        (Ok(None), IterState::Exhausted)
                    } else {
                        (Ok(Some(v)), IterState::Callable { func, sentinel })
                    }
                }
                Err(e) => (Err(e), IterState::Exhausted),
            },
            other => (Ok(None), other),
        };
        *pi.state.lock() = state;
        result
    }

    /// A StopIteration escaping a generator becomes RuntimeError, as PEP 479 says (and a
    /// StopAsyncIteration escaping an async generator).
    pub(super) fn generator_error(&self, e: PyErr, flavor: Flavor) -> PyErr {
        let what = flavor.described();
        let escaped = if e.matches(ExcKind::StopIteration) {
            "StopIteration"
        } else if flavor == Flavor::AsyncGenerator && e.matches(ExcKind::StopAsyncIteration) {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let r = PyErr::runtime(format!("{what} raised {escaped}"));
        r.data().cause = Some(e.value.clone());
        r.data().context = Some(e.value.clone());
        r
    }

    /// Resumes a generator frame with a sent value (ignored on the first run) or an exception.
    pub fn resume_frame(&mut self, frame: &mut crate::objects::frame::Frame, sent: Value, throw: Option<PyErr>) -> PyResult<Exit> {
        // The exceptions the frame was handling when it paused (in an except clause) go back on
        // this thread's stack while it runs, and leave with it at its next pause.
        let base = self.exc_stack.len();
        if !frame.saved_exc.is_empty() {
            self.exc_stack.append(&mut frame.saved_exc);
        }
        let r = self.resume_inner(frame, sent, throw);
        // (Most generators yield outside except clauses: nothing to set aside then.)
        if self.exc_stack.len() > base && matches!(r, Ok(Exit::Yield(_))) {
            let held = frame.blocks.iter().filter(|b| b.cleanup).count();
            let at = self.exc_stack.len().saturating_sub(held).max(base);
            frame.saved_exc = self.exc_stack.split_off(at);
        }
        r
    }

    fn resume_inner(&mut self, frame: &mut crate::objects::frame::Frame, sent: Value, mut throw: Option<PyErr>) -> PyResult<Exit> {
        let mut push_sent = true;
        if frame.started
            && let Some(e) = throw.take()
        {
            // Paused inside `yield from` / `await`: the exception goes to the sub-iterator first.
            match self.throw_into_delegate(frame, e) {
                super::coroutine::Thrown::Yielded(v) => return Ok(Exit::Yield(v)),
                super::coroutine::Thrown::Finished => push_sent = false,
                super::coroutine::Thrown::Raise(e) => throw = Some(e),
            }
        }
        if frame.started {
            if throw.is_none() && push_sent {
                frame.stack.push(sent);
            }
        } else {
            frame.started = true;
        }
        self.depth += 1;
        if self.depth > self.recursion_limit() {
            self.depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        // As a call (vm/call.rs): no stack check while the depth is shallow.
        let r = if self.depth < super::call::SHALLOW_CALLS { self.run_frame(frame, throw) } else { super::stack::for_frame(|| self.run_frame(frame, throw)) };
        self.depth -= 1;
        r
    }

    /// Whether a generator has run up to its first yield (false also once it has finished).
    pub fn generator_started(&self, pi: &Arc<PyIter>) -> bool {
        let st = pi.state.lock();
        matches!(&*st, IterState::Running) || matches!(&*st, IterState::Generator(f) if f.started)
    }

    /// Marks a generator finished without running it (close() before the first next()).
    pub fn finish_generator(&self, pi: &Arc<PyIter>) {
        let mut st = pi.state.lock();
        if matches!(&*st, IterState::Generator(_)) {
            *st = IterState::Exhausted;
        }
    }

    /// generator.send / throw: Ok(Ok(yielded)) or Ok(Err(returned value)).
    pub fn gen_send(&mut self, pi: &Arc<PyIter>, sent: Value, throw: Option<PyErr>) -> PyResult<Result<Value, Value>> {
        Ok(self.gen_step(pi, sent, throw)?.map(|(v, _)| v))
    }

    /// `gen_send`, also telling whether a yielded value came from an `await` (`yield from`)
    /// passing through rather than from a `yield` of the frame itself (async generators).
    pub fn gen_step(&mut self, pi: &Arc<PyIter>, sent: Value, throw: Option<PyErr>) -> PyResult<Result<(Value, bool), Value>> {
        let state = std::mem::replace(&mut *pi.state.lock(), IterState::Running);
        match state {
            IterState::Generator(mut frame) => {
                if !frame.started && !sent.is_none() && throw.is_none() {
                    *pi.state.lock() = IterState::Generator(frame);
                    let what = pi.flavor.unwrap_or_default().described();
                    return Err(PyErr::type_error(format!("can't send non-None value to a just-started {what}")));
                }
                let r = self.resume_frame(&mut frame, sent, throw);
                match r {
                    Ok(Exit::Yield(v)) => {
                        let awaiting = matches!(frame.code.ops.get(frame.lasti()), Some(crate::code::Op::YieldFrom));
                        *pi.state.lock() = IterState::Generator(frame);
                        Ok(Ok((v, awaiting)))
                    }
                    Ok(Exit::Return(v)) => {
                        *pi.state.lock() = IterState::Exhausted;
                        Ok(Err(v))
                    }
                    Err(e) => {
                        *pi.state.lock() = IterState::Exhausted;
                        Err(self.generator_error(e, pi.flavor.unwrap_or_default()))
                    }
                }
            }
            IterState::Running => {
                *pi.state.lock() = IterState::Running;
                Err(PyErr::value_error(format!("{} already executing", pi.flavor.unwrap_or_default().described())))
            }
            other => {
                *pi.state.lock() = other;
                match throw {
                    Some(e) => Err(e),
                    None => Ok(Err(Value::None)),
                }
            }
        }
    }

    /// One step of `yield from sub`: Ok(yielded) or Err(the sub-iterator's return value).
    pub fn delegate(&mut self, sub: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Iter(pi) = sub
            && matches!(pi.flavor, Some(Flavor::Generator | Flavor::Coroutine))
        {
            return self.gen_send(pi, sent, None);
        }
        self.send_to(sub, sent, None)
    }

    /// All items of an iterable.
    /// What an object's `__length_hint__` says (an instance's; None when it has none, returns
    /// NotImplemented or raises TypeError, as `operator.length_hint` with no default).
    fn length_hint(&mut self, v: &Value) -> PyResult<Option<usize>> {
        if let Value::Iter(it) = v {
            return Ok(crate::builtins::length_hint::remaining(it));
        }
        let Value::Instance(i) = v else { return Ok(None) };
        let Some(f) = self.instance_lookup(i, crate::name!("__length_hint__")) else { return Ok(None) };
        let r = match self.call1(&super::special::as_method(f), v.clone()) {
            Ok(r) => r,
            Err(e) if e.matches(ExcKind::TypeError) => return Ok(None),
            Err(e) => return Err(e),
        };
        match r {
            Value::NotImplemented => Ok(None),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let n = super::protocol::to_big(&r);
                if n.is_negative() {
                    return Err(PyErr::value_error("__length_hint__() should return >= 0"));
                }
                Ok(Some(n.to_usize().ok_or_else(|| PyErr::overflow("cannot fit 'int' into an index-sized integer"))?))
            }
            other => Err(PyErr::type_error(format!("__length_hint__ must be an integer, not {}", types().of(&other).name))),
        }
    }

    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return crate::builtins::sizes::copied(&l.items.lock()),
            Value::Tuple(t) => return crate::builtins::sizes::copied(t),
            Value::Dict(d) => return Ok(d.keys()),
            Value::Set(s) | Value::FrozenSet(s) => return Ok(s.items()),
            // As CPython's list(): the length first (OverflowError past an index), then one allocation.
            Value::Range(r) => {
                let n = r.len_index().ok_or_else(|| PyErr::overflow(crate::objects::range::TOO_LONG))?;
                let mut out = Vec::new();
                out.try_reserve_exact(n as usize).map_err(|_| super::ops::memory_error())?;
                let mut cursor = r.cursor();
                while let Some(x) = cursor.next() {
                    out.push(x);
                }
                return Ok(out);
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        // As CPython's list(): room for what __length_hint__ promises first, so that a huge
        // promise (itertools.repeat(x, 2**40)) is MemoryError at once.
        if let Some(n) = self.length_hint(v)? {
            out.try_reserve(n).map_err(|_| super::ops::memory_error())?;
        }
        while let Some(x) = self.next(&it)? {
            // Memory ran out in a small allocation (an item): MemoryError before the next one.
            if crate::unsafe_os::memory_ran_out() {
                return Err(super::ops::memory_error());
            }
            // Grown by hand so that an endless iterator ends in MemoryError, not an abort.
            if out.len() == out.capacity() {
                out.try_reserve(out.len().max(4)).map_err(|_| super::ops::memory_error())?;
            }
            out.push(x);
        }
        Ok(out)
    }
}

impl Vm {
    /// `zip(strict=True)`: iterator `ended` ran out; Ok when every iterator ran out together, else
    /// CPython's ValueError naming the first one that is shorter or longer.
    fn zip_length_mismatch(&mut self, iters: &[Value], ended: usize) -> PyResult<()> {
        let others = |n: usize| if n == 1 { "argument 1".to_string() } else { format!("arguments 1-{n}") };
        if ended > 0 {
            return Err(PyErr::value_error(format!("zip() argument {} is shorter than {}", ended + 1, others(ended))));
        }
        for (j, it) in iters.iter().enumerate().skip(1) {
            if self.next(it)?.is_some() {
                return Err(PyErr::value_error(format!("zip() argument {} is longer than {}", j + 1, others(j))));
            }
        }
        Ok(())
    }
}
