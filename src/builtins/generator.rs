//! Methods of generator objects: send, throw, close (and __next__/__iter__), on top of
//! `Vm::gen_send`, which resumes the generator's frame.

use crate::builtins::args::check_args;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::iter::PyIter;
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn generator_of(v: &Value) -> PyResult<&Arc<PyIter>> {
    match v {
        Value::Iter(it) if it.is(crate::code::Flavor::Generator) => Ok(it),
        other => Err(PyErr::type_error(format!("descriptor requires a 'generator' object but received a '{}'", types().of(other).name))),
    }
}

/// What the generator yielded, or StopIteration carrying what it returned.
pub fn yielded(r: Result<Value, Value>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(v),
        Err(ret) => Err(PyErr::stop_iteration(if ret.is_none() { None } else { Some(ret) })),
    }
}

/// send(value): resumes the generator; the paused yield evaluates to `value`.
fn send(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("send", a, k, 2, 2)?;
    let g = generator_of(&a[0])?;
    yielded(vm.gen_send(g, a[1].clone(), None)?)
}

fn next(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__next__", a, k, 1, 1)?;
    let g = generator_of(&a[0])?;
    yielded(vm.gen_send(g, Value::None, None)?)
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

/// throw(type[, value]) or throw(exception): raises it where the generator is paused.
fn throw(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("throw", a, k, 2, 4)?;
    let g = generator_of(&a[0])?;
    let err = thrown(vm, a)?;
    yielded(vm.gen_send(g, Value::None, Some(err))?)
}

/// The exception `throw(type[, value])` / `throw(exception)` raises (`a[0]` is the receiver).
pub fn thrown(vm: &mut Vm, a: &[Value]) -> PyResult<PyErr> {
    Ok(match (&a[1], a.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() => match vm.make_exception(v.clone()) {
            Ok(e) => e,
            Err(_) => {
                let inst = vm.call(&a[1], std::slice::from_ref(v), NO_KWARGS)?;
                vm.make_exception(inst)?
            }
        },
        (exc, _) => {
            if a.get(2).is_some_and(|v| !v.is_none()) && !matches!(exc, Value::Class(_)) && vm.make_exception(exc.clone()).is_ok() {
                return Err(PyErr::type_error("instance exception may not have a separate value"));
            }
            let types = crate::objects::types::types();
            let raisable = match exc {
                Value::Instance(i) => i.exc().is_some(),
                Value::Class(c) => c.is_subclass(&types.exc(crate::objects::ExcKind::BaseException)),
                _ => false,
            };
            if !raisable {
                return Err(PyErr::type_error(format!("exceptions must be classes or instances deriving from BaseException, not {}", types.of(exc).name)));
            }
            vm.make_exception_at(exc.clone(), crate::vm::exceptions::RaiseSite::Throw)?
        }
    })
}

/// close(): raises GeneratorExit where the generator is paused; it must not yield again.
fn close(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("close", a, k, 1, 1)?;
    let g = generator_of(&a[0])?;
    close_frame(vm, g)
}

/// close() of a generator or coroutine.
pub fn close_frame(vm: &mut Vm, g: &Arc<PyIter>) -> PyResult<Value> {
    if !vm.generator_started(g) {
        vm.finish_generator(g);
        return Ok(Value::None);
    }
    match vm.gen_send(g, Value::None, Some(PyErr::with_args(ExcKind::GeneratorExit, vec![]))) {
        Ok(Ok(_)) => Err(PyErr::runtime(format!("{} ignored GeneratorExit", g.kind.name()))),
        Ok(Err(_)) => Ok(Value::None),
        Err(e) => {
            let cls = types().of(&e.value);
            if cls.is_subclass(&types().exc(ExcKind::GeneratorExit)) || cls.is_subclass(&types().exc(ExcKind::StopIteration)) {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

const METHODS: &[(&str, NativeFn)] = &[("send", send), ("throw", throw), ("close", close), ("__next__", next), ("__iter__", iter)];

pub fn install() {
    for (n, f) in METHODS {
        types().generator.dict.set_str(intern(n), Builtin::method(Owner::Named("generator"), n, *f));
    }
    // The built-in iterators' `__next__` and `__iter__` as attributes (`it.__next__`).
    for &kind in IterKind::WITH_CLASS {
        if matches!(kind, IterKind::Coroutine | IterKind::AsyncGenerator) {
            continue;
        }
        let cls = types().iterator_class(kind);
        if cls.dict.get_str(crate::name!("__next__")).is_none() {
            cls.dict.set_str(intern("__next__"), Builtin::method(Owner::Named(kind.name()), "__next__", iterator_next));
        }
        if cls.dict.get_str(crate::name!("__iter__")).is_none() {
            cls.dict.set_str(intern("__iter__"), Builtin::method(Owner::Named(kind.name()), "__iter__", iter));
        }
        if kind.has_length_hint() {
            cls.dict.set_str(intern("__length_hint__"), Builtin::method(Owner::Named(kind.name()), "__length_hint__", iterator_length_hint));
        }
    }
}

/// `__length_hint__` of a built-in iterator: how many items it still expects.
fn iterator_length_hint(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__length_hint__", a, k, 1, 1)?;
    match &a[0] {
        Value::Iter(pi) => Ok(vm.iter_length_hint(pi)),
        _ => Err(PyErr::type_error("descriptor '__length_hint__' requires an iterator")),
    }
}

/// `__next__` of a built-in iterator: its next item, or StopIteration.
fn iterator_next(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__next__", a, k, 1, 1)?;
    // An instance of a subclass (`class Numbered(enumerate)`) steps the iterator it wraps.
    let it = crate::objects::class::wrapped(&a[0]).unwrap_or(&a[0]);
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }
}
