//! `select`: select(), poll objects (poll.rs) and epoll objects (epoll.rs) over descriptors
//! named by ints or by objects with a fileno() method. Every wait releases the GIL, ends at its
//! timeout and lets Ctrl-C through (`Vm::blocking`); `select.error` is OSError.

mod epoll;
mod poll;

use super::make_module;
use super::socket::errors::errno_error;
use crate::objects::ExcKind;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::poll::{PollFd, PollFlags, PollTimeout};
use std::time::Instant;

const CONSTANTS: &[(&str, i64)] = &[
    ("POLLIN", 1),
    ("POLLPRI", 2),
    ("POLLOUT", 4),
    ("POLLERR", 8),
    ("POLLHUP", 16),
    ("POLLNVAL", 32),
    ("POLLRDNORM", 64),
    ("POLLRDBAND", 128),
    ("POLLWRNORM", 256),
    ("POLLWRBAND", 512),
    ("POLLMSG", 1024),
    ("POLLRDHUP", 8192),
    ("EPOLLIN", 1),
    ("EPOLLPRI", 2),
    ("EPOLLOUT", 4),
    ("EPOLLERR", 8),
    ("EPOLLHUP", 16),
    ("EPOLLRDNORM", 64),
    ("EPOLLRDBAND", 128),
    ("EPOLLWRNORM", 256),
    ("EPOLLWRBAND", 512),
    ("EPOLLMSG", 1024),
    ("EPOLLRDHUP", 8192),
    ("EPOLLEXCLUSIVE", 1 << 28),
    ("EPOLLONESHOT", 1 << 30),
    ("EPOLLET", 1 << 31),
    ("EPOLL_CLOEXEC", 0o2000000),
    ("PIPE_BUF", 4096),
];

pub fn create() -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[("select", select), ("poll", poll::new_poll), ("epoll", epoll::new_epoll)];
    let (m, d) = make_module("select", funcs);
    crate::modules::int_constants::install(&d, CONSTANTS);
    d.set_str(intern("error"), Value::Class(types().exc(ExcKind::OSError)));
    m
}

/// The descriptor an argument names: an int, or what its fileno() returns (CPython's checks).
pub fn fd_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(v)?,
        _ => {
            let fileno = vm.get_attr(v, &intern("fileno")).map_err(|_| PyErr::type_error("argument must be an int, or have a fileno() method."))?;
            let r = vm.call(&fileno, &[], NO_KWARGS)?;
            match r {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(&r)?,
                _ => return Err(PyErr::type_error("fileno() returned a non-integer")),
            }
        }
    };
    if n < 0 {
        return Err(PyErr::value_error(format!("file descriptor cannot be a negative integer ({n})")));
    }
    i32::try_from(n).map_err(|_| PyErr::overflow("Python int too large to convert to C int"))
}

/// Polls `fds` (descriptor, events) until something is ready or `until` passes; the revents of
/// each, or an OS error. An interrupted call counts as "nothing yet".
pub fn poll_once(fds: &[(i32, i16)], until: Option<Instant>) -> Result<Vec<i16>, Errno> {
    let numbers: Vec<i32> = fds.iter().map(|(fd, _)| *fd).collect();
    crate::unsafe_os::with_borrowed_fds(&numbers, |borrowed| {
        let mut pollfds: Vec<PollFd<'_>> = borrowed.iter().zip(fds).map(|(b, (_, ev))| PollFd::new(*b, PollFlags::from_bits_retain(*ev))).collect();
        let timeout = match until {
            None => PollTimeout::NONE,
            Some(u) => PollTimeout::try_from(u.saturating_duration_since(Instant::now()).as_millis().min(i32::MAX as u128) as i32).unwrap_or(PollTimeout::MAX),
        };
        match nix::poll::poll(&mut pollfds, timeout) {
            Ok(_) => Ok(pollfds.iter().map(|p| p.revents().map_or(0, |r| r.bits())).collect()),
            Err(Errno::EINTR) => Ok(vec![0; fds.len()]),
            Err(e) => Err(e),
        }
    })
}

/// Waits with the GIL released until `poll_once` reports something or the deadline passes
/// (then all zero).
pub fn wait_poll(vm: &mut Vm, fds: &[(i32, i16)], deadline: Option<Instant>) -> PyResult<Vec<i16>> {
    let first = poll_once(fds, Some(Instant::now()));
    let ready = |r: &Result<Vec<i16>, Errno>| r.as_ref().map_or(true, |v| v.iter().any(|&e| e != 0));
    let outcome = if ready(&first) || deadline.is_some_and(|d| d <= Instant::now()) {
        // Nothing to wait for; still let other threads run, as CPython's select does.
        vm.allow_threads(|| ());
        first
    } else {
        match vm.blocking(deadline, |until| {
            let r = poll_once(fds, until);
            ready(&r).then_some(r)
        })? {
            Some(r) => r,
            None => Ok(vec![0; fds.len()]),
        }
    };
    outcome.map_err(errno_error)
}

/// A timeout in seconds (float or int, None for ever) as a deadline, with select's messages.
fn select_deadline(v: Option<&Value>) -> PyResult<Option<Instant>> {
    let ns = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v) => match crate::modules::timeout::to_nanos(v, crate::modules::timeout::Unit::Seconds)? {
            Some(ns) => ns,
            None => return Err(PyErr::type_error("timeout must be a float or None")),
        },
    };
    if ns < 0 {
        return Err(PyErr::value_error("timeout must be non-negative"));
    }
    Ok(Some(crate::modules::timeout::deadline_after(ns)))
}

pub(crate) const READ_EVENTS: i16 = PollFlags::POLLIN.bits() | PollFlags::POLLHUP.bits() | PollFlags::POLLERR.bits();
pub(crate) const WRITE_EVENTS: i16 = PollFlags::POLLOUT.bits() | PollFlags::POLLERR.bits();
const EXCEPT_EVENTS: i16 = PollFlags::POLLPRI.bits();

/// `select(rlist, wlist, xlist[, timeout])` -> the ready objects of each list, in their order.
fn select(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("select", a, k, 3, 4)?;
    let mut lists: Vec<Vec<(Value, i32)>> = Vec::new();
    for v in &a[..3] {
        if !matches!(v, Value::List(_) | Value::Tuple(_)) && vm.get_attr(v, &intern("__iter__")).is_err() {
            return Err(PyErr::type_error("arguments 1-3 must be sequences"));
        }
        let items = vm.collect(v)?;
        let mut entries = Vec::new();
        for item in items {
            let fd = fd_of(vm, &item)?;
            entries.push((item, fd));
        }
        lists.push(entries);
    }
    let deadline = select_deadline(a.get(3))?;
    // One poll entry per (list, object): the order of the answers follows the arguments.
    let wanted = [READ_EVENTS, WRITE_EVENTS, EXCEPT_EVENTS];
    let fds: Vec<(i32, i16)> = lists.iter().zip(wanted).flat_map(|(l, ev)| l.iter().map(move |(_, fd)| (*fd, ev))).collect();
    let revents = wait_poll(vm, &fds, deadline)?;
    if revents.iter().any(|&r| r & PollFlags::POLLNVAL.bits() != 0) {
        return Err(errno_error(Errno::EBADF));
    }
    let mut answers = revents.into_iter();
    let mut out = Vec::new();
    for (list, ev) in lists.into_iter().zip(wanted) {
        let ready: Vec<Value> = list.into_iter().filter_map(|(obj, _)| (answers.next().unwrap_or(0) & ev != 0).then_some(obj)).collect();
        out.push(Value::list(ready));
    }
    Ok(Value::tuple(out))
}
