//! The socket calls that may wait: accept, connect, send, sendall, sendto, recv, recvfrom. Each
//! waits with the GIL released (`Vm::blocking`): it makes the call without waiting (MSG_DONTWAIT,
//! or a non-blocking descriptor) and, while that would block, polls the descriptor until it is
//! ready or the socket's timeout passes (TimeoutError 'timed out'). A wait ends early when another thread closes
//! the socket (EBADF), and in the main thread Ctrl-C raises KeyboardInterrupt, as in CPython.

use super::address;
use super::errors::{closed, errno_error, timed_out};
use super::handle::{Socket, socket_of};
use crate::objects::Arc;
use crate::objects::function::KwArgs;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::poll::{PollFd, PollFlags, PollTimeout};
use nix::sys::socket::{MsgFlags, SockaddrStorage};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd};
use std::time::{Duration, Instant};

/// The longest single poll: a wait looks this often whether its socket was closed meanwhile.
const SLICE: Duration = Duration::from_millis(100);

/// What a call waits for.
#[derive(Clone, Copy)]
enum Ready {
    Read,
    Write,
}

/// Whether a call may be made before the first poll: it cannot block (MSG_DONTWAIT, or a
/// non-blocking descriptor), so when it would have to wait it says so (EAGAIN) instead, and a
/// call that can succeed at once saves the poll.
#[derive(Clone, Copy, PartialEq, Eq)]
enum First {
    Call,
    Poll,
}

/// One try of a call: done (with a result or an OS error), or it would have to wait.
enum Try<T> {
    Done(nix::Result<T>),
    Wait,
}

impl<T> From<nix::Result<T>> for Try<T> {
    fn from(r: nix::Result<T>) -> Try<T> {
        match r {
            Err(Errno::EAGAIN | Errno::EINTR) => Try::Wait,
            other => Try::Done(other),
        }
    }
}

/// Polls `fd` until it is ready (or in error: the call will then report it) or `until` passes.
fn poll_ready(fd: BorrowedFd<'_>, ready: Ready, until: Option<Instant>) -> bool {
    let events = match ready {
        Ready::Read => PollFlags::POLLIN,
        Ready::Write => PollFlags::POLLOUT,
    };
    let slice_end = Instant::now() + SLICE;
    let end = until.map_or(slice_end, |u| u.min(slice_end));
    let ms = end.saturating_duration_since(Instant::now()).as_millis() as u16;
    let mut fds = [PollFd::new(fd, events)];
    matches!(nix::poll::poll(&mut fds, PollTimeout::from(ms)), Ok(n) if n > 0)
}

impl Socket {
    /// Runs `call` once the descriptor is `ready`, with the GIL released, honouring the
    /// timeout: Ok(None) when it passed first.
    fn wait_for<T>(&self, vm: &mut Vm, ready: Ready, first: First, mut call: impl FnMut(BorrowedFd<'_>) -> Try<T>) -> PyResult<Option<nix::Result<T>>> {
        let fd = self.fd()?;
        let timeout = self.timeout();
        if timeout == Some(Duration::ZERO) {
            return Ok(Some(match vm.allow_threads(|| call(fd.as_fd())) {
                Try::Done(r) => r,
                Try::Wait => Err(Errno::EAGAIN),
            }));
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut call_first = first == First::Call;
        vm.blocking(deadline, |until| {
            loop {
                if self.is_closed() {
                    return Some(Err(Errno::EBADF));
                }
                if !std::mem::take(&mut call_first) && !poll_ready(fd.as_fd(), ready, until) {
                    return None;
                }
                match call(fd.as_fd()) {
                    Try::Done(r) => return Some(r),
                    Try::Wait if until.is_some_and(|u| Instant::now() >= u) => return None,
                    Try::Wait => {}
                }
            }
        })
    }

    /// As `wait_for`, with OS errors and the timeout raised as CPython raises them.
    fn wait_then<T>(&self, vm: &mut Vm, ready: Ready, first: First, call: impl FnMut(BorrowedFd<'_>) -> Try<T>) -> PyResult<T> {
        match self.wait_for(vm, ready, first, call)? {
            Some(r) => r.map_err(errno_error),
            None => Err(timed_out()),
        }
    }
}

/// The bytes of a bytes-like argument.
fn data_arg(v: Option<&Value>, fname: &str) -> PyResult<Arc<Vec<u8>>> {
    match v {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(other) if let Some(b) = crate::builtins::buffer::bytes_of(other)? => Ok(Arc::new(b)),
        Some(other) => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(other).name))),
        None => Err(PyErr::type_error(format!("{fname}() takes at least 1 argument (0 given)"))),
    }
}

fn flags_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<MsgFlags> {
    match v {
        None => Ok(MsgFlags::empty()),
        Some(v) => Ok(MsgFlags::from_bits_retain(vm.index_value(v)? as i32)),
    }
}

fn size_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<usize> {
    let v = v.ok_or_else(|| PyErr::type_error(format!("{fname}() takes at least 1 argument (0 given)")))?;
    let n = vm.index_value(v)?;
    usize::try_from(n).map_err(|_| PyErr::value_error(format!("negative buffersize in {fname}")))
}

/// `accept()` -> (native socket, address).
pub fn accept(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    // accept() blocks on a blocking descriptor: poll first there.
    let first = if s.timeout().is_some() { First::Call } else { First::Poll };
    let raw = s.wait_then(vm, Ready::Read, first, |fd| nix::sys::socket::accept4(fd.as_raw_fd(), nix::sys::socket::SockFlag::SOCK_CLOEXEC).into())?;
    let fd = crate::unsafe_os::adopt_user_fd(raw).map_err(errno_error)?;
    let peer: Value = match nix::sys::socket::getpeername::<SockaddrStorage>(fd.as_raw_fd()) {
        Ok(addr) => address::to_value(&addr),
        Err(_) => Value::None,
    };
    Ok(Value::tuple(vec![s.sibling(fd)?, peer]))
}

/// How a connect ended, short of an error in its arguments.
enum Connected {
    Yes,
    Refused(Errno),
    TimedOut,
}

fn connect_outcome(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<Connected> {
    let s = socket_of(&a[0])?;
    let v = a.get(1).ok_or_else(|| PyErr::type_error(format!("{fname}() takes exactly one argument (0 given)")))?;
    let addr = address::parse(vm, s.family, v, fname)?;
    let fd = s.fd()?;
    let raw = fd.as_raw_fd();
    let timeout = s.timeout();
    let first = vm.allow_threads(|| {
        loop {
            match nix::sys::socket::connect(raw, addr.as_like()) {
                Err(Errno::EINTR) if timeout.is_none() => continue,
                other => break other,
            }
        }
    });
    match first {
        Ok(()) => Ok(Connected::Yes),
        Err(Errno::EINPROGRESS | Errno::EINTR) if timeout != Some(Duration::ZERO) => {
            // Non-blocking connect under a timeout: wait until writable, then read its outcome.
            let waited = s.wait_for(vm, Ready::Write, First::Poll, |fd| {
                Try::Done(match nix::sys::socket::getsockopt(&fd, nix::sys::socket::sockopt::SocketError) {
                    Ok(0) => Ok(()),
                    Ok(e) => Err(Errno::from_raw(e)),
                    Err(e) => Err(e),
                })
            })?;
            Ok(match waited {
                Some(Ok(())) => Connected::Yes,
                Some(Err(e)) => Connected::Refused(e),
                None => Connected::TimedOut,
            })
        }
        Err(e) => Ok(Connected::Refused(e)),
    }
}

pub fn connect(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match connect_outcome(vm, a, "connect")? {
        Connected::Yes => Ok(Value::None),
        Connected::Refused(e) => Err(errno_error(e)),
        Connected::TimedOut => Err(timed_out()),
    }
}

/// As connect, returning the errno (0 on success, EAGAIN when the timeout passed).
pub fn connect_ex(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match connect_outcome(vm, a, "connect_ex")? {
        Connected::Yes => 0,
        Connected::Refused(e) => e as i64,
        Connected::TimedOut => Errno::EAGAIN as i64,
    }))
}

pub fn send(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let data = data_arg(a.get(1), "send")?;
    let flags = flags_arg(vm, a.get(2))? | MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL;
    let n = s.wait_then(vm, Ready::Write, First::Call, |fd| nix::sys::socket::send(fd.as_raw_fd(), &data, flags).into())?;
    Ok(Value::Int(n as i64))
}

/// Sends everything, in as many calls as it takes, inside one wait (the timeout bounds the whole).
pub fn sendall(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let data = data_arg(a.get(1), "sendall")?;
    let flags = flags_arg(vm, a.get(2))? | MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL;
    let mut sent = 0;
    s.wait_then(vm, Ready::Write, First::Call, |fd| {
        while sent < data.len() {
            match nix::sys::socket::send(fd.as_raw_fd(), &data[sent..], flags) {
                Ok(n) => sent += n,
                Err(Errno::EINTR) => {}
                Err(Errno::EAGAIN) => return Try::Wait,
                Err(e) => return Try::Done(Err(e)),
            }
        }
        Try::Done(Ok(()))
    })?;
    Ok(Value::None)
}

/// `sendto(data[, flags], address)`.
pub fn sendto(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let (flags, target) = match a.len() {
        3 => (MsgFlags::empty(), &a[2]),
        4 => (flags_arg(vm, a.get(2))?, &a[3]),
        n => return Err(PyErr::type_error(format!("sendto() takes 2 or 3 arguments ({} given)", n.saturating_sub(1)))),
    };
    let data = data_arg(a.get(1), "sendto")?;
    let addr = address::parse(vm, s.family, target, "sendto")?;
    let flags = flags | MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL;
    let n = s.wait_then(vm, Ready::Write, First::Call, |fd| nix::sys::socket::sendto(fd.as_raw_fd(), &data, addr.as_like(), flags).into())?;
    Ok(Value::Int(n as i64))
}

pub fn recv(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let size = size_arg(vm, a.get(1), "recv")?;
    let flags = flags_arg(vm, a.get(2))? | MsgFlags::MSG_DONTWAIT;
    if s.is_closed() {
        return Err(closed());
    }
    if size == 0 {
        // CPython answers at once, without waiting for data.
        return Ok(Value::Bytes(Arc::new(Vec::new())));
    }
    let mut buf = vec![0u8; size];
    let n = s.wait_then(vm, Ready::Read, First::Call, |fd| nix::sys::socket::recv(fd.as_raw_fd(), &mut buf, flags).into())?;
    buf.truncate(n);
    Ok(Value::Bytes(Arc::new(buf)))
}

/// `recvfrom(bufsize[, flags])` -> (bytes, address).
pub fn recvfrom(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    let size = size_arg(vm, a.get(1), "recvfrom")?;
    let flags = flags_arg(vm, a.get(2))? | MsgFlags::MSG_DONTWAIT;
    let mut buf = vec![0u8; size];
    let (n, from) = s.wait_then(vm, Ready::Read, First::Call, |fd| crate::unsafe_os::recvfrom_flags(fd, &mut buf, flags).into())?;
    buf.truncate(n);
    let addr = from.map_or(Value::None, |a| address::to_value(&a));
    Ok(Value::tuple(vec![Value::Bytes(Arc::new(buf)), addr]))
}
