//! The native socket object (`_socket.socket`): an owned OS descriptor with its family, kind,
//! protocol and timeout. The descriptor closes on close(), or when the last reference to the
//! object goes (an operation running in another thread keeps it open until it returns).
//! Creation, state (timeouts, blocking mode), names and descriptors live here; the calls that
//! may wait are in io.rs.

use super::address::{self, Addr};
use super::errors::{closed, errno_error};
use super::{Family, SOCK_CLOEXEC, SOCK_NONBLOCK, int_arg};
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::fcntl::{FcntlArg, OFlag, fcntl};
use nix::sys::socket::{SockFlag, SockProtocol, SockType, SockaddrLike, SockaddrStorage};
use parking_lot::Mutex;
use std::os::fd::{AsRawFd, IntoRawFd, OwnedFd, RawFd};
use std::sync::OnceLock;
use std::time::Duration;

pub struct Socket {
    fd: Mutex<Option<std::sync::Arc<OwnedFd>>>,
    pub family: Family,
    pub kind: i64,
    pub proto: i64,
    /// None: blocking; zero: non-blocking; else the time each call may wait.
    timeout: Mutex<Option<Duration>>,
}

impl Socket {
    fn wrap(fd: OwnedFd, family: Family, kind: i64, proto: i64, timeout: Option<Duration>) -> PyResult<Value> {
        let s = Socket { fd: Mutex::new(Some(std::sync::Arc::new(fd))), family, kind, proto, timeout: Mutex::new(None) };
        s.set_timeout(timeout)?;
        Ok(Value::Instance(Instance::new(socket_class().clone(), Payload::Native(Box::new(s)))))
    }

    /// The open descriptor, shared with the caller for the length of one operation.
    pub fn fd(&self) -> PyResult<std::sync::Arc<OwnedFd>> {
        self.fd.lock().clone().ok_or_else(closed)
    }

    pub fn is_closed(&self) -> bool {
        self.fd.lock().is_none()
    }

    pub fn timeout(&self) -> Option<Duration> {
        *self.timeout.lock()
    }

    /// Sets the timeout and, as CPython, the descriptor's O_NONBLOCK flag (set for any timeout).
    fn set_timeout(&self, t: Option<Duration>) -> PyResult<()> {
        let fd = self.fd()?;
        *self.timeout.lock() = t;
        let flags = OFlag::from_bits_truncate(fcntl(&*fd, FcntlArg::F_GETFL).map_err(errno_error)?);
        let want = if t.is_some() { flags | OFlag::O_NONBLOCK } else { flags - OFlag::O_NONBLOCK };
        if want != flags {
            fcntl(&*fd, FcntlArg::F_SETFL(want)).map_err(errno_error)?;
        }
        Ok(())
    }

    /// An accepted or duplicated descriptor as a socket like this one (kind and protocol kept).
    /// It starts blocking; socket.py applies the default timeout, as CPython does.
    pub fn sibling(&self, fd: OwnedFd) -> PyResult<Value> {
        Socket::wrap(fd, self.family, self.kind, self.proto, None)
    }
}

pub fn socket_of(v: &Value) -> PyResult<&Socket> {
    match v {
        Value::Instance(i) => i.native::<Socket>().ok_or_else(|| PyErr::type_error("descriptor requires a '_socket.socket' object")),
        _ => Err(PyErr::type_error("descriptor requires a '_socket.socket' object")),
    }
}

/// The kinds the OS can make, from a `type` argument with the creation flags removed.
fn sock_type(kind: i64) -> PyResult<SockType> {
    i32::try_from(kind).ok().and_then(|k| SockType::try_from(k).ok()).ok_or_else(|| errno_error(Errno::EINVAL))
}

fn protocol(proto: i64) -> PyResult<Option<SockProtocol>> {
    match proto {
        0 => Ok(None),
        6 => Ok(Some(SockProtocol::Tcp)),
        17 => Ok(Some(SockProtocol::Udp)),
        _ => Err(errno_error(Errno::EPROTONOSUPPORT)),
    }
}

/// `_socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)`; with a fileno,
/// a family, type or protocol of -1 is read from the descriptor.
pub fn new_socket(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let family = int_arg(vm, a, 0, 2)?;
    let raw_kind = int_arg(vm, a, 1, super::SOCK_STREAM)?;
    let proto = int_arg(vm, a, 2, 0)?;
    if let Some(f) = a.get(3).filter(|v| !matches!(v, Value::None)) {
        let raw = vm.index_value(f)?;
        let raw = RawFd::try_from(raw).map_err(|_| PyErr::overflow("signed integer is greater than maximum"))?;
        if raw < 0 {
            return Err(PyErr::value_error("negative file descriptor"));
        }
        let fd = crate::unsafe_os::adopt_user_fd(raw).map_err(errno_error)?;
        let family = match family {
            -1 => {
                let addr: SockaddrStorage = nix::sys::socket::getsockname(fd.as_raw_fd()).map_err(errno_error)?;
                addr.family().map_or(-1, |f| f as i64)
            }
            f => f,
        };
        let kind = match raw_kind {
            -1 => nix::sys::socket::getsockopt(&fd, nix::sys::socket::sockopt::SockType).map_err(errno_error)? as i64,
            k => k & !(SOCK_NONBLOCK | SOCK_CLOEXEC),
        };
        return Socket::wrap(fd, Family::from_number(family)?, kind, proto.max(0), None);
    }
    let family = Family::from_number(family)?;
    let kind = raw_kind & !(SOCK_NONBLOCK | SOCK_CLOEXEC);
    let mut flags = SockFlag::SOCK_CLOEXEC;
    if raw_kind & SOCK_NONBLOCK != 0 {
        flags |= SockFlag::SOCK_NONBLOCK;
    }
    let fd = nix::sys::socket::socket(family.os(), sock_type(kind)?, flags, protocol(proto)?).map_err(errno_error)?;
    let timeout = (raw_kind & SOCK_NONBLOCK != 0).then_some(Duration::ZERO);
    Socket::wrap(fd, family, kind, proto, timeout)
}

/// `_socket.socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`: two connected sockets.
pub fn socketpair(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let family = Family::from_number(int_arg(vm, a, 0, 1)?)?;
    let kind = int_arg(vm, a, 1, super::SOCK_STREAM)? & !(SOCK_NONBLOCK | SOCK_CLOEXEC);
    let proto = int_arg(vm, a, 2, 0)?;
    let (x, y) = nix::sys::socket::socketpair(family.os(), sock_type(kind)?, protocol(proto)?, SockFlag::SOCK_CLOEXEC).map_err(errno_error)?;
    Ok(Value::tuple(vec![Socket::wrap(x, family, kind, proto, None)?, Socket::wrap(y, family, kind, proto, None)?]))
}

fn close(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    socket_of(&a[0])?.fd.lock().take();
    Ok(Value::None)
}

/// Gives up the descriptor without closing it and returns its number (-1 when closed).
fn detach(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let Some(fd) = s.fd.lock().take() else { return Ok(Value::Int(-1)) };
    match std::sync::Arc::try_unwrap(fd) {
        Ok(owned) => Ok(Value::Int(owned.into_raw_fd() as i64)),
        // Another thread is inside a call on it: keep it owned until that call ends.
        Err(shared) => {
            let n = shared.as_raw_fd();
            *s.fd.lock() = Some(shared);
            Err(PyErr::new(ExcKind::OSError, format!("cannot detach descriptor {n} while another thread uses it")))
        }
    }
}

fn dup(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let fd = s.fd()?;
    let copy = nix::fcntl::fcntl(&*fd, FcntlArg::F_DUPFD_CLOEXEC(0)).map_err(errno_error)?;
    let owned = crate::unsafe_os::adopt_user_fd(copy).map_err(errno_error)?;
    s.sibling(owned)
}

/// `_socket.dup(fd)`: a new descriptor number for the same socket (close-on-exec), which the
/// caller owns, as CPython's `_socket.dup`.
pub fn dup_fd(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("dup", a, k, 1, 1)?;
    let raw = RawFd::try_from(vm.index_value(&a[0])?).map_err(|_| PyErr::overflow("Python int too large to convert to C int"))?;
    if raw < 0 {
        return Err(errno_error(Errno::EBADF));
    }
    let copy = crate::unsafe_os::with_borrowed_fds(&[raw], |b| fcntl(b[0], FcntlArg::F_DUPFD_CLOEXEC(0))).map_err(errno_error)?;
    Ok(Value::Int(copy as i64))
}

fn fileno(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    Ok(Value::Int(s.fd.lock().as_ref().map_or(-1, |f| f.as_raw_fd() as i64)))
}

fn family(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(socket_of(&a[0])?.family as i64))
}

fn kind(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(socket_of(&a[0])?.kind))
}

fn proto(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(socket_of(&a[0])?.proto))
}

/// A timeout argument: None, or non-negative seconds (CPython's odd message for a str is kept).
pub fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Duration>> {
    let _ = vm;
    let ns = match v {
        Value::None => return Ok(None),
        _ => match crate::modules::timeout::to_nanos(v, crate::modules::timeout::Unit::Seconds)? {
            Some(ns) => ns,
            None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))),
        },
    };
    if ns < 0 {
        return Err(PyErr::value_error("Timeout value out of range"));
    }
    Ok(Some(Duration::from_nanos(ns as u64)))
}

fn settimeout(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let v = a.get(1).ok_or_else(|| PyErr::type_error("settimeout() takes exactly one argument (0 given)"))?;
    let t = timeout_arg(vm, v)?;
    s.set_timeout(t)?;
    Ok(Value::None)
}

fn gettimeout(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(match socket_of(&a[0])?.timeout() {
        None => Value::None,
        Some(d) => Value::Float(d.as_secs_f64()),
    })
}

fn setblocking(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let v = a.get(1).ok_or_else(|| PyErr::type_error("setblocking() takes exactly one argument (0 given)"))?;
    let on = vm.truthy(v)?;
    s.set_timeout(if on { None } else { Some(Duration::ZERO) })?;
    Ok(Value::None)
}

fn getblocking(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    Ok(Value::Bool(s.timeout() != Some(Duration::ZERO)))
}

fn bind(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let v = a.get(1).ok_or_else(|| PyErr::type_error("bind() takes exactly one argument (0 given)"))?;
    let addr: Addr = address::parse(vm, s.family, v, "bind")?;
    let fd = s.fd()?;
    nix::sys::socket::bind(fd.as_raw_fd(), addr.as_like()).map_err(errno_error)?;
    Ok(Value::None)
}

fn listen(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let backlog = match a.get(1) {
        Some(v) => vm.index_value(v)?.clamp(0, i32::MAX as i64) as i32,
        None => 128,
    };
    let fd = s.fd()?;
    let backlog = nix::sys::socket::Backlog::new(backlog).unwrap_or(nix::sys::socket::Backlog::MAXCONN);
    nix::sys::socket::listen(&*fd, backlog).map_err(errno_error)?;
    Ok(Value::None)
}

fn getsockname(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let fd = socket_of(&a[0])?.fd()?;
    let addr: SockaddrStorage = nix::sys::socket::getsockname(fd.as_raw_fd()).map_err(errno_error)?;
    Ok(address::to_value(&addr))
}

fn getpeername(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let fd = socket_of(&a[0])?.fd()?;
    let addr: SockaddrStorage = nix::sys::socket::getpeername(fd.as_raw_fd()).map_err(errno_error)?;
    Ok(address::to_value(&addr))
}

fn shutdown(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use nix::sys::socket::Shutdown;
    let s = socket_of(&a[0])?;
    let v = a.get(1).ok_or_else(|| PyErr::type_error("shutdown() takes exactly one argument (0 given)"))?;
    let how = match vm.index_value(v)? {
        0 => Shutdown::Read,
        1 => Shutdown::Write,
        2 => Shutdown::Both,
        _ => return Err(errno_error(Errno::EINVAL)),
    };
    let fd = s.fd()?;
    nix::sys::socket::shutdown(fd.as_raw_fd(), how).map_err(errno_error)?;
    Ok(Value::None)
}

fn closed_prop(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(socket_of(&a[0])?.is_closed()))
}

pub fn socket_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("close", close),
            ("detach", detach),
            ("dup", dup),
            ("fileno", fileno),
            ("settimeout", settimeout),
            ("gettimeout", gettimeout),
            ("setblocking", setblocking),
            ("getblocking", getblocking),
            ("bind", bind),
            ("listen", listen),
            ("getsockname", getsockname),
            ("getpeername", getpeername),
            ("shutdown", shutdown),
            ("accept", super::io::accept),
            ("connect", super::io::connect),
            ("connect_ex", super::io::connect_ex),
            ("send", super::io::send),
            ("sendall", super::io::sendall),
            ("sendto", super::io::sendto),
            ("recv", super::io::recv),
            ("recvfrom", super::io::recvfrom),
            ("setsockopt", super::options::setsockopt),
            ("getsockopt", super::options::getsockopt),
        ];
        let properties: &[(&'static str, NativeFn)] = &[("family", family), ("type", kind), ("proto", proto), ("closed", closed_prop)];
        NativeClass::new("_socket", "socket").methods(methods).properties(properties).build()
    })
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Socket {}
