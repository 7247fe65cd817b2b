//! Coroutines and async generators at run time. A coroutine is a generator-like frame with another
//! type (`PyIter` of kind "coroutine"), stepped by the same `gen_step`; this file holds what the
//! coroutine opcodes need (`await`'s awaitable protocol, `async for`, `async with`), the delivery
//! of `throw()` and `close()` down a chain of awaits, and the awaitables an async generator's
//! `asend()`/`athrow()`/`aclose()` return.
//!
//! An async generator's frame yields for two reasons: its own `yield v` (the awaitable made by
//! `asend()` then ends with v) and an `await` inside it passing a value up to the event loop (the
//! awaitable yields that value too). The frame tells them apart by the instruction it stopped at:
//! `YieldValue` or `YieldFrom` (`gen_step`'s flag).

use super::Vm;
use crate::code::Flavor;
use crate::code::Op;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::frame::Frame;
use crate::objects::function::NO_KWARGS;
use crate::objects::iter::{AsyncStep, AsyncStepKind, IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

/// What became of an exception thrown into a frame paused at `yield from` / `await`.
pub(super) enum Thrown {
    /// The sub-iterator handled it and yielded this: the frame stays paused.
    Yielded(Value),
    /// The sub-iterator handled it and finished: its result is on the frame's stack.
    Finished,
    /// Raise this in the frame.
    Raise(PyErr),
}

/// The value a StopIteration carries.
pub fn stop_value(e: &PyErr) -> Value {
    e.data().args.first().cloned().unwrap_or(Value::None)
}

impl Vm {
    /// `await v`: the iterator to delegate to (a coroutine itself, or what `__await__` returns).
    /// `site` words the error (0 `await`, 1 after `__aenter__`, 2 after `__aexit__`).
    pub(super) fn get_awaitable(&mut self, v: Value, site: u8) -> PyResult<Value> {
        match self.awaitable_iter(&v)? {
            Some(it) => Ok(it),
            None => {
                let name = types().of(&v).name.clone();
                Err(PyErr::type_error(match site {
                    1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {name}"),
                    2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {name}"),
                    _ => format!("object {name} can't be used in 'await' expression"),
                }))
            }
        }
    }

    /// The awaitable protocol: None when `v` has no `__await__`.
    pub fn awaitable_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if let Value::Iter(pi) = v {
            match pi.kind {
                IterKind::Coroutine => {
                    if matches!(&*pi.state.lock(), IterState::Exhausted) {
                        return Err(PyErr::runtime("cannot reuse already awaited coroutine"));
                    }
                    return Ok(Some(v.clone()));
                }
                k if k.is_awaitable_step() => return Ok(Some(v.clone())),
                _ => {}
            }
        }
        let cls = types().of(v);
        let Some(f) = self.class_lookup(&cls, crate::name!("__await__")) else { return Ok(None) };
        let f = self.bind(f, v, &cls)?;
        let it = self.call(&f, &[], NO_KWARGS)?;
        let ok = match &it {
            Value::Iter(pi) if pi.is(Flavor::Coroutine) => return Err(PyErr::type_error("__await__() returned a coroutine")),
            Value::Iter(pi) => !pi.is(Flavor::AsyncGenerator),
            Value::Instance(j) => self.instance_lookup(j, crate::name!("__next__")).is_some(),
            _ => false,
        };
        if !ok {
            return Err(PyErr::type_error(format!("__await__() returned non-iterator of type '{}'", types().of(&it).name)));
        }
        Ok(Some(it))
    }

    /// `async for x in v`: `v.__aiter__()`.
    pub(super) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let cls = types().of(v);
        let Some(f) = self.class_lookup(&cls, crate::name!("__aiter__")) else {
            return Err(PyErr::type_error(format!("'async for' requires an object with __aiter__ method, got {}", cls.name)));
        };
        let f = self.bind(f, v, &cls)?;
        let it = self.call(&f, &[], NO_KWARGS)?;
        if self.class_lookup(&types().of(&it), crate::name!("__anext__")).is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                types().of(&it).name
            )));
        }
        Ok(it)
    }

    /// One step of `async for`: the awaitable of `aiter.__anext__()`.
    pub(super) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if let Value::Iter(pi) = aiter
            && pi.is(Flavor::AsyncGenerator)
        {
            return Ok(async_step(pi.clone(), AsyncStepKind::Send, Value::None, None));
        }
        let cls = types().of(aiter);
        let Some(f) = self.class_lookup(&cls, crate::name!("__anext__")) else {
            return Err(PyErr::type_error(format!("'async for' requires an iterator with __anext__ method, got {}", cls.name)));
        };
        let f = self.bind(f, aiter, &cls)?;
        let r = self.call(&f, &[], NO_KWARGS)?;
        match self.awaitable_iter(&r)? {
            Some(it) => Ok(it),
            None => Err(PyErr::type_error(format!("'async for' received an invalid object from __anext__: {}", types().of(&r).name))),
        }
    }

    /// `async with mgr`: `exit self aenter_result`, the exit kept as `SetupWith` keeps it.
    pub(super) fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value, Value)> {
        let cls = types().of(&mgr);
        let protocol = |missed: &str| PyErr::type_error(format!("'{}' object does not support the asynchronous context manager protocol{missed}", cls.name));
        let Some(enter) = self.class_lookup(&cls, crate::name!("__aenter__")) else {
            return Err(protocol(""));
        };
        let Some(exit) = self.class_lookup(&cls, crate::name!("__aexit__")) else {
            return Err(protocol(" (missed __aexit__ method)"));
        };
        let enter = self.bind(enter, &mgr, &cls)?;
        let entered = self.call(&enter, &[], NO_KWARGS)?;
        if super::with_protocol::is_plain_method(&exit) {
            return Ok((exit, mgr, entered));
        }
        let exit = self.bind(exit, &mgr, &cls)?;
        Ok((exit, Value::Null, entered))
    }

    /// `throw()` reaching a frame: paused at `yield from` / `await`, the sub-iterator gets it first.
    pub(super) fn throw_into_delegate(&mut self, frame: &mut Frame, e: PyErr) -> Thrown {
        if !matches!(frame.code.ops.get(frame.pc), Some(Op::YieldFrom)) {
            return Thrown::Raise(e);
        }
        let Some(sub) = frame.stack.last().cloned() else { return Thrown::Raise(e) };
        match self.send_to(&sub, Value::None, Some(e)) {
            Ok(Ok(v)) => Thrown::Yielded(v),
            Ok(Err(result)) => {
                frame.stack.pop();
                frame.stack.push(result);
                frame.pc += 1;
                Thrown::Finished
            }
            Err(e) => Thrown::Raise(e),
        }
    }

    /// Sends a value (or throws an exception) into any iterator being delegated to: Ok(Ok(v)) it
    /// yielded v, Ok(Err(r)) it finished with r.
    pub fn send_to(&mut self, sub: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<Result<Value, Value>> {
        let throw = match throw {
            // close(): the sub-iterator is closed, then GeneratorExit goes on up.
            Some(e) if e.matches(ExcKind::GeneratorExit) => {
                self.close_iter(sub)?;
                return Err(e);
            }
            other => other,
        };
        if let Value::Iter(pi) = sub {
            if matches!(pi.flavor, Some(Flavor::Generator | Flavor::Coroutine)) {
                return self.gen_send(pi, sent, throw);
            }
            if pi.kind.is_awaitable_step() {
                return self.step_awaitable(pi, sent, throw);
            }
        }
        let finished = |r: PyResult<Value>| match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if e.matches(ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        };
        if let Some(e) = throw {
            let Ok(f) = self.get_attr(sub, crate::name!("throw")) else { return Err(e) };
            let exc = e.value.clone();
            return finished(self.call(&f, &[exc], NO_KWARGS));
        }
        if sent.is_none() {
            if let Value::Iter(_) = sub {
                return Ok(match self.next(sub)? {
                    Some(v) => Ok(v),
                    None => Err(Value::None),
                });
            }
            let cls = types().of(sub);
            let Some(f) = self.class_lookup(&cls, crate::name!("__next__")) else {
                return Err(PyErr::type_error(format!("'{}' object is not an iterator", cls.name)));
            };
            let f = self.bind(f, sub, &cls)?;
            return finished(self.call(&f, &[], NO_KWARGS));
        }
        let f = self.get_attr(sub, crate::name!("send"))?;
        finished(self.call(&f, &[sent], NO_KWARGS))
    }

    /// `close()` on a sub-iterator, if it has one.
    fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        if let Value::Iter(pi) = sub
            && !matches!(pi.flavor, Some(Flavor::Generator | Flavor::Coroutine))
            && !matches!(pi.kind, IterKind::AsyncGeneratorAsend | IterKind::AsyncGeneratorAthrow | IterKind::CoroutineWrapper)
        {
            return Ok(());
        }
        if let Ok(f) = self.get_attr(sub, crate::name!("close")) {
            self.call(&f, &[], NO_KWARGS)?;
        }
        Ok(())
    }

    /// One step of an awaitable made by this file (asend/athrow/aclose, a coroutine's
    /// `__await__()`, `anext(ait, default)`).
    pub fn step_awaitable(&mut self, pi: &Arc<PyIter>, sent: Value, throw: Option<PyErr>) -> PyResult<Result<Value, Value>> {
        let state = std::mem::replace(&mut *pi.state.lock(), IterState::Running);
        let (r, state) = match state {
            IterState::CoroWrapper(coro) => (self.gen_send(&coro, sent, throw), IterState::CoroWrapper(coro)),
            IterState::AnextDefault { inner, default } => {
                let r = match self.send_to(&inner, sent, throw) {
                    Err(e) if e.matches(ExcKind::StopAsyncIteration) => Ok(Err(default.clone())),
                    r => r,
                };
                (r, IterState::AnextDefault { inner, default })
            }
            IterState::AsyncStep(mut step) => {
                let r = self.async_gen_step(&mut step, sent, throw);
                (r, IterState::AsyncStep(step))
            }
            IterState::Running => return Err(PyErr::value_error(format!("{} already executing", pi.kind.name()))),
            other => {
                *pi.state.lock() = other;
                let msg = if pi.kind == IterKind::AsyncGeneratorAthrow {
                    "cannot reuse already awaited aclose()/athrow()"
                } else {
                    "cannot reuse already awaited __anext__()/asend()"
                };
                return Err(throw.unwrap_or_else(|| PyErr::runtime(msg)));
            }
        };
        // Finished (returned or raised): the awaitable cannot be awaited again.
        let done = !matches!(r, Ok(Ok(_))) && !matches!(state, IterState::CoroWrapper(_));
        *pi.state.lock() = if done { IterState::Exhausted } else { state };
        r
    }

    /// Steps an async generator for one of its awaitables.
    fn async_gen_step(&mut self, step: &mut AsyncStep, sent: Value, throw: Option<PyErr>) -> PyResult<Result<Value, Value>> {
        let (sent, throw) = match step.first.take() {
            Some((v, t)) if throw.is_none() => (v, t),
            _ => (sent, throw),
        };
        let agen = step.agen.clone();
        let closing = step.kind == AsyncStepKind::Close;
        {
            let mut st = agen.state.lock();
            match &*st {
                IterState::Exhausted => {
                    drop(st);
                    return match step.kind {
                        AsyncStepKind::Close => Ok(Err(Value::None)),
                        AsyncStepKind::Throw => Err(throw.unwrap_or_else(|| PyErr::with_args(ExcKind::StopAsyncIteration, vec![]))),
                        AsyncStepKind::Send => Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![])),
                    };
                }
                // aclose() (or athrow()) before the first step: the generator just ends.
                IterState::Generator(f) if !f.started && step.kind != AsyncStepKind::Send => {
                    *st = IterState::Exhausted;
                    drop(st);
                    return match step.kind {
                        AsyncStepKind::Close => Ok(Err(Value::None)),
                        _ => Err(throw.unwrap_or_else(|| PyErr::with_args(ExcKind::StopAsyncIteration, vec![]))),
                    };
                }
                IterState::Running => {
                    drop(st);
                    let what =
                        if closing { "aclose(): asynchronous generator is already running" } else { "anext(): asynchronous generator is already running" };
                    return Err(PyErr::runtime(what));
                }
                _ => {}
            }
        }
        match self.gen_step(&agen, sent, throw) {
            // An await inside the generator: the value goes on up to the event loop.
            Ok(Ok((v, true))) => Ok(Ok(v)),
            Ok(Ok((v, false))) => {
                if closing {
                    return Err(PyErr::runtime("async generator ignored GeneratorExit"));
                }
                Ok(Err(v))
            }
            Ok(Err(_)) if closing => Ok(Err(Value::None)),
            Ok(Err(_)) => Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![])),
            Err(e) if closing && (e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopAsyncIteration)) => Ok(Err(Value::None)),
            Err(e) => Err(e),
        }
    }
}

/// An awaitable stepping `agen` (asend / athrow / aclose): `first` is what its first step sends.
pub fn async_step(agen: Arc<PyIter>, kind: AsyncStepKind, sent: Value, throw: Option<PyErr>) -> Value {
    let type_name = if kind == AsyncStepKind::Send { IterKind::AsyncGeneratorAsend } else { IterKind::AsyncGeneratorAthrow };
    let step = AsyncStep { agen, kind, first: Some((sent, throw)) };
    PyIter::new(type_name, IterState::AsyncStep(Box::new(step)))
}
