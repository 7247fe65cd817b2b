//! `select.epoll()` objects (Linux): an epoll descriptor with register/modify/unregister,
//! poll(timeout in seconds, maxevents) -> [(fd, events)] waiting with the GIL released,
//! close/closed/fileno and use as a context manager.

use super::super::socket::errors::errno_error;
use super::fd_of;
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::sys::epoll::{Epoll, EpollCreateFlags, EpollEvent, EpollFlags, EpollTimeout};
use parking_lot::Mutex;
use std::os::fd::AsRawFd;
use std::sync::OnceLock;
use std::time::Instant;

/// EPOLLIN | EPOLLPRI | EPOLLOUT, register()'s default mask.
const DEFAULT_MASK: i64 = 1 | 2 | 4;

pub struct EpollObj {
    epoll: Mutex<Option<std::sync::Arc<Epoll>>>,
}

fn epoll_of(v: &Value) -> PyResult<&EpollObj> {
    match v {
        Value::Instance(i) => i.native::<EpollObj>().ok_or_else(|| PyErr::type_error("descriptor requires a 'select.epoll' object")),
        _ => Err(PyErr::type_error("descriptor requires a 'select.epoll' object")),
    }
}

impl EpollObj {
    fn get(&self) -> PyResult<std::sync::Arc<Epoll>> {
        self.epoll.lock().clone().ok_or_else(|| PyErr::value_error("I/O operation on closed epoll object"))
    }
}

/// `epoll(sizehint=-1, flags=0)`.
pub fn new_epoll(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if let Some(v) = a.first() {
        let hint = vm.index_value(v)?;
        if hint == 0 || hint < -1 {
            return Err(PyErr::value_error("negative sizehint"));
        }
    }
    let ep = Epoll::new(EpollCreateFlags::EPOLL_CLOEXEC).map_err(errno_error)?;
    let obj = EpollObj { epoll: Mutex::new(Some(std::sync::Arc::new(ep))) };
    Ok(Value::Instance(Instance::new(epoll_class().clone(), Payload::Native(Box::new(obj)))))
}

fn event_arg(vm: &mut Vm, v: Option<&Value>, fd: i32) -> PyResult<EpollEvent> {
    let mask = match v {
        None => DEFAULT_MASK,
        Some(v) => vm.index_value(v)?,
    };
    let bits = u32::try_from(mask).map_err(|_| PyErr::overflow("Python int too large to convert to C unsigned int"))?;
    Ok(EpollEvent::new(EpollFlags::from_bits_retain(bits as i32), fd as u64))
}

/// The epoll object and the descriptor an argument names (checked in CPython's order).
fn target(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<(std::sync::Arc<Epoll>, i32)> {
    let e = epoll_of(&a[0])?;
    let v = a.get(1).ok_or_else(|| PyErr::type_error(format!("{fname}() missing required argument 'fd' (pos 1)")))?;
    let fd = fd_of(vm, v)?;
    Ok((e.get()?, fd))
}

fn register(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (ep, fd) = target(vm, a, "register")?;
    let ev = event_arg(vm, a.get(2), fd)?;
    crate::unsafe_os::with_borrowed_fds(&[fd], |b| ep.add(b[0], ev)).map_err(errno_error)?;
    Ok(Value::None)
}

fn modify(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (ep, fd) = target(vm, a, "modify")?;
    let v = a.get(2).ok_or_else(|| PyErr::type_error("modify() missing required argument 'eventmask' (pos 2)"))?;
    let mut ev = event_arg(vm, Some(v), fd)?;
    crate::unsafe_os::with_borrowed_fds(&[fd], |b| ep.modify(b[0], &mut ev)).map_err(errno_error)?;
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (ep, fd) = target(vm, a, "unregister")?;
    crate::unsafe_os::with_borrowed_fds(&[fd], |b| ep.delete(b[0])).map_err(errno_error)?;
    Ok(Value::None)
}

/// `poll(timeout=None, maxevents=-1)`: seconds (None or negative: for ever).
fn poll(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let e = epoll_of(&a[0])?;
    let arg = |i: usize, name: &str| a.get(i).or_else(|| crate::builtins::args::kwarg(k, name)).cloned();
    let ns = match arg(1, "timeout") {
        None | Some(Value::None) => None,
        Some(v) => match crate::modules::timeout::to_nanos(&v, crate::modules::timeout::Unit::Seconds)? {
            Some(ns) if ns < 0 => None,
            Some(ns) => Some(crate::modules::timeout::poll_millis(ns)?.saturating_mul(1_000_000)),
            None => return Err(PyErr::type_error("timeout must be an integer or None")),
        },
    };
    let max = match arg(2, "maxevents") {
        None => -1,
        Some(v) => vm.index_value(&v)?,
    };
    let ep = e.get()?;
    let max = match max {
        -1 => 1023,
        n if n <= 0 => return Err(PyErr::value_error(format!("maxevents must be greater than 0, got {n}"))),
        n => n.min(1 << 20) as usize,
    };
    let deadline = match ns {
        Some(ns) if ns >= 0 => Some(crate::modules::timeout::deadline_after(ns)),
        _ => None,
    };
    let mut events = vec![EpollEvent::empty(); max];
    let wait = |events: &mut [EpollEvent], until: Option<Instant>| -> Result<usize, Errno> {
        let timeout = match until {
            None => EpollTimeout::NONE,
            Some(u) => {
                EpollTimeout::try_from(u.saturating_duration_since(Instant::now()).as_millis().min(i32::MAX as u128) as i32).unwrap_or(EpollTimeout::MAX)
            }
        };
        match ep.wait(events, timeout) {
            Err(Errno::EINTR) => Ok(0),
            other => other,
        }
    };
    let n = if deadline.is_some_and(|d| d <= Instant::now()) {
        vm.allow_threads(|| wait(&mut events, Some(Instant::now())))
    } else {
        match vm.blocking(deadline, |until| match wait(&mut events, until) {
            Ok(0) => None,
            other => Some(other),
        })? {
            Some(r) => r,
            None => Ok(0),
        }
    }
    .map_err(errno_error)?;
    let out = events[..n].iter().map(|ev| Value::tuple(vec![Value::Int(ev.data() as i64), Value::Int(ev.events().bits() as u32 as i64)])).collect();
    Ok(Value::list(out))
}

fn close(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    epoll_of(&a[0])?.epoll.lock().take();
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(epoll_of(&a[0])?.epoll.lock().is_none()))
}

fn fileno(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(epoll_of(&a[0])?.get()?.0.as_raw_fd() as i64))
}

fn enter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    epoll_of(&a[0])?.get()?;
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    close(vm, &a[..1], k)?;
    Ok(Value::None)
}

fn epoll_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("register", register),
            ("modify", modify),
            ("unregister", unregister),
            ("poll", poll),
            ("close", close),
            ("fileno", fileno),
            ("__enter__", enter),
            ("__exit__", exit),
        ];
        NativeClass::new("select", "epoll").methods(methods).properties(&[("closed", closed)]).build()
    })
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for EpollObj {}
