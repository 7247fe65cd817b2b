//! Methods and attributes of coroutines (`send`, `throw`, `close`, `__await__`, `cr_*`), async
//! generators (`asend`, `athrow`, `aclose`, `__anext__`, `__aiter__`, `ag_*`), the awaitables
//! those return, and the `aiter()` / `anext()` built-ins. The stepping itself is in
//! vm/coroutine.rs and vm/iter.rs.

use crate::builtins::args::check_args;
use crate::builtins::attr_table::Computed;
use crate::builtins::generator::{close_frame, thrown, yielded};
use crate::objects::Arc;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::iter::{AsyncStepKind, IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::coroutine::async_step;

fn receiver(v: &Value, kind: IterKind) -> PyResult<&Arc<PyIter>> {
    match v {
        Value::Iter(it) if it.kind == kind => Ok(it),
        other => Err(PyErr::type_error(format!("descriptor requires a '{}' object but received a '{}'", kind.name(), types().of(other).name))),
    }
}

fn coroutine_of(v: &Value) -> PyResult<&Arc<PyIter>> {
    let c = receiver(v, IterKind::Coroutine)?;
    if matches!(&*c.state.lock(), IterState::Exhausted) {
        return Err(PyErr::runtime("cannot reuse already awaited coroutine"));
    }
    Ok(c)
}

fn coro_send(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("send", a, k, 2, 2)?;
    let c = coroutine_of(&a[0])?;
    yielded(vm.gen_send(c, a[1].clone(), None)?)
}

fn coro_throw(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("throw", a, k, 2, 4)?;
    let c = coroutine_of(&a[0])?;
    let err = thrown(vm, a)?;
    yielded(vm.gen_send(c, Value::None, Some(err))?)
}

fn coro_close(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("close", a, k, 1, 1)?;
    close_frame(vm, receiver(&a[0], IterKind::Coroutine)?)
}

/// `coro.__await__()`: an iterator over the coroutine (CPython's coroutine_wrapper).
fn coro_await(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__await__", a, k, 1, 1)?;
    let c = receiver(&a[0], IterKind::Coroutine)?;
    Ok(PyIter::new(IterKind::CoroutineWrapper, IterState::CoroWrapper(c.clone())))
}

fn agen_of(v: &Value) -> PyResult<&Arc<PyIter>> {
    receiver(v, IterKind::AsyncGenerator)
}

fn agen_aiter(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__aiter__", a, k, 1, 1)?;
    agen_of(&a[0])?;
    Ok(a[0].clone())
}

fn agen_anext(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__anext__", a, k, 1, 1)?;
    Ok(async_step(agen_of(&a[0])?.clone(), AsyncStepKind::Send, Value::None, None))
}

fn agen_asend(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("asend", a, k, 2, 2)?;
    Ok(async_step(agen_of(&a[0])?.clone(), AsyncStepKind::Send, a[1].clone(), None))
}

fn agen_athrow(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("athrow", a, k, 2, 4)?;
    let g = agen_of(&a[0])?.clone();
    let err = thrown(vm, a)?;
    Ok(async_step(g, AsyncStepKind::Throw, Value::None, Some(err)))
}

fn agen_aclose(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("aclose", a, k, 1, 1)?;
    let g = agen_of(&a[0])?.clone();
    Ok(async_step(g, AsyncStepKind::Close, Value::None, Some(PyErr::with_args(ExcKind::GeneratorExit, vec![]))))
}

/// The awaitables above (asend/athrow/aclose objects, coroutine wrappers, anext's): iterators
/// that step what they wrap.
fn awaitable_of(v: &Value) -> PyResult<&Arc<PyIter>> {
    match v {
        Value::Iter(it) if it.kind.is_awaitable_step() => Ok(it),
        other => Err(PyErr::type_error(format!("descriptor requires an awaitable but received a '{}'", types().of(other).name))),
    }
}

fn step_send(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("send", a, k, 2, 2)?;
    let it = awaitable_of(&a[0])?;
    yielded(vm.step_awaitable(it, a[1].clone(), None)?)
}

fn step_next(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__next__", a, k, 1, 1)?;
    let it = awaitable_of(&a[0])?;
    yielded(vm.step_awaitable(it, Value::None, None)?)
}

fn step_throw(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("throw", a, k, 2, 4)?;
    let it = awaitable_of(&a[0])?;
    let err = thrown(vm, a)?;
    yielded(vm.step_awaitable(it, Value::None, Some(err))?)
}

fn step_close(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("close", a, k, 1, 1)?;
    let it = awaitable_of(&a[0])?;
    *it.state.lock() = IterState::Exhausted;
    Ok(Value::None)
}

fn same(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

const COROUTINE: &[(&str, NativeFn)] = &[("send", coro_send), ("throw", coro_throw), ("close", coro_close), ("__await__", coro_await)];
const ASYNC_GENERATOR: &[(&str, NativeFn)] =
    &[("asend", agen_asend), ("athrow", agen_athrow), ("aclose", agen_aclose), ("__anext__", agen_anext), ("__aiter__", agen_aiter)];
const AWAITABLE: &[(&str, NativeFn)] =
    &[("send", step_send), ("throw", step_throw), ("close", step_close), ("__next__", step_next), ("__iter__", same), ("__await__", same)];

pub fn install() {
    let table: [(IterKind, &[(&str, NativeFn)]); 6] = [
        (IterKind::Coroutine, COROUTINE),
        (IterKind::AsyncGenerator, ASYNC_GENERATOR),
        (IterKind::AsyncGeneratorAsend, AWAITABLE),
        (IterKind::AsyncGeneratorAthrow, AWAITABLE),
        (IterKind::CoroutineWrapper, AWAITABLE),
        (IterKind::AnextAwaitable, AWAITABLE),
    ];
    for (kind, methods) in table {
        let cls = types().iterator_class(kind);
        for (n, f) in methods {
            cls.dict.set_str(intern(n), Builtin::method(Owner::Named(kind.name()), n, *f));
        }
    }
}

/// The names of generators, coroutines and async generators (see attr_table.rs); then
/// `frame_attr` answers the `gi_*` / `cr_*` / `ag_*` names.
pub static FRAME_ATTRS: &[Computed<PyIter>] = &[
    Computed { name: "__qualname__", get: |_, _, it| Ok(Some(Value::str(&it.name))) },
    Computed { name: "__name__", get: |_, _, it| Ok(Some(Value::str(it.name.rsplit('.').next().unwrap_or(&it.name)))) },
];

/// `gi_*` / `cr_*` / `ag_*` attributes: running, frame, code, and what it awaits.
pub fn frame_attr(vm: &mut Vm, it: &Arc<PyIter>, name: &str) -> Option<Value> {
    let prefix = match it.kind {
        IterKind::Generator => "gi_",
        IterKind::Coroutine => "cr_",
        _ => "ag_",
    };
    let field = name.strip_prefix(prefix)?;
    let st = it.state.lock();
    let frame = match &*st {
        IterState::Generator(f) => Some(f),
        _ => None,
    };
    Some(match field {
        "running" => Value::Bool(matches!(&*st, IterState::Running)),
        "frame" => frame.map_or(Value::None, |f| crate::vm::frame_object::suspended_frame(vm, f)),
        "code" => frame.map_or(Value::None, |f| Value::Code(f.code.clone())),
        "suspended" => Value::Bool(frame.is_some_and(|f| f.started)),
        "await" | "yieldfrom" if (field == "yieldfrom") == (prefix == "gi_") => match frame {
            Some(f) if f.started && matches!(f.code.ops.get(f.pc), Some(crate::code::Op::YieldFrom)) => f.stack.last().cloned().unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => return None,
    })
}

/// aiter(async_iterable): its `__aiter__()`.
pub fn aiter(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("aiter", a, k, 1, 1)?;
    let cls = types().of(&a[0]);
    let Some(f) = vm.class_lookup(&cls, crate::name!("__aiter__")) else {
        return Err(PyErr::type_error(format!("'{}' object is not an async iterable", cls.name)));
    };
    let f = vm.bind(f, &a[0], &cls)?;
    let it = vm.call(&f, &[], crate::objects::function::NO_KWARGS)?;
    if vm.class_lookup(&types().of(&it), crate::name!("__anext__")).is_none() {
        return Err(PyErr::type_error(format!("aiter() returned not an async iterator of type '{}'", types().of(&it).name)));
    }
    Ok(it)
}

/// anext(async_iterator[, default]): the awaitable of its `__anext__()`; with a default, one
/// that ends with the default instead of raising StopAsyncIteration.
pub fn anext(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("anext", a, k, 1, 2)?;
    let cls = types().of(&a[0]);
    let Some(f) = vm.class_lookup(&cls, crate::name!("__anext__")) else {
        return Err(PyErr::type_error(format!("'{}' object is not an async iterator", cls.name)));
    };
    let f = vm.bind(f, &a[0], &cls)?;
    let awaitable = vm.call(&f, &[], crate::objects::function::NO_KWARGS)?;
    let Some(default) = a.get(1) else { return Ok(awaitable) };
    let Some(inner) = vm.awaitable_iter(&awaitable)? else {
        return Err(PyErr::type_error(format!("'{}' object is not awaitable", types().of(&awaitable).name)));
    };
    Ok(PyIter::new(IterKind::AnextAwaitable, IterState::AnextDefault { inner, default: default.clone() }))
}
