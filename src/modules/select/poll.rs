//! `select.poll()` objects: a registry of descriptors and event masks (in registration order),
//! and poll(timeout in ms) -> [(fd, events)], waiting with the GIL released.

use super::super::socket::errors::errno_error;
use super::{fd_of, wait_poll};
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use parking_lot::Mutex;
use std::sync::OnceLock;

/// POLLIN | POLLPRI | POLLOUT, register()'s default mask.
const DEFAULT_MASK: i64 = 1 | 2 | 4;

pub struct Poll {
    registered: Mutex<Vec<(i32, i16)>>,
}

fn poll_of(v: &Value) -> PyResult<&Poll> {
    match v {
        Value::Instance(i) => i.native::<Poll>().ok_or_else(|| PyErr::type_error("descriptor requires a 'select.poll' object")),
        _ => Err(PyErr::type_error("descriptor requires a 'select.poll' object")),
    }
}

pub fn new_poll(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("poll", a, k, 0, 0)?;
    let p = Poll { registered: Mutex::new(Vec::new()) };
    Ok(Value::Instance(Instance::new(poll_class().clone(), Payload::Native(Box::new(p)))))
}

fn mask_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i16> {
    let m = match v {
        None => DEFAULT_MASK,
        Some(v) => vm.index_value(v)?,
    };
    u16::try_from(m)
        .map(|m| m as i16)
        .map_err(|_| PyErr::overflow(if m < 0 { "can't convert negative int to unsigned" } else { "Python int too large for C unsigned short" }))
}

fn register(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = poll_of(&a[0])?;
    let target = a.get(1).ok_or_else(|| PyErr::type_error("register() takes at least 1 argument (0 given)"))?;
    let fd = fd_of(vm, target)?;
    let mask = mask_arg(vm, a.get(2))?;
    let mut reg = p.registered.lock();
    match reg.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => reg.push((fd, mask)),
    }
    Ok(Value::None)
}

fn modify(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = poll_of(&a[0])?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!("modify expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let fd = fd_of(vm, &a[1])?;
    let mask = mask_arg(vm, a.get(2))?;
    let mut reg = p.registered.lock();
    match reg.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => return Err(errno_error(Errno::ENOENT)),
    }
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = poll_of(&a[0])?;
    let target = a.get(1).ok_or_else(|| PyErr::type_error("unregister() takes exactly one argument (0 given)"))?;
    let fd = fd_of(vm, target)?;
    let mut reg = p.registered.lock();
    match reg.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            reg.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::with_args(ExcKind::KeyError, vec![Value::Int(fd as i64)])),
    }
}

/// `poll([timeout])`: milliseconds (None or negative: for ever) -> [(fd, revents)].
fn poll(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = poll_of(&a[0])?;
    let _ = &vm;
    let ms = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match crate::modules::timeout::to_nanos(v, crate::modules::timeout::Unit::Millis)? {
            Some(ns) if ns < 0 => None,
            Some(ns) => Some(crate::modules::timeout::poll_millis(ns)?),
            None => return Err(PyErr::type_error("timeout must be an integer or None")),
        },
    };
    let deadline = match ms {
        Some(m) if m >= 0 => Some(crate::modules::timeout::deadline_after(m * 1_000_000)),
        _ => None,
    };
    let fds = p.registered.lock().clone();
    let revents = wait_poll(vm, &fds, deadline)?;
    let out =
        fds.iter().zip(revents).filter(|(_, r)| *r != 0).map(|((fd, _), r)| Value::tuple(vec![Value::Int(*fd as i64), Value::Int(r as u16 as i64)])).collect();
    Ok(Value::list(out))
}

fn poll_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] = &[("register", register), ("modify", modify), ("unregister", unregister), ("poll", poll)];
        NativeClass::new("select", "poll").methods(methods).build()
    })
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Poll {}
