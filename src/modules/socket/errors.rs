//! The exceptions the socket and select modules raise, as CPython builds them: an errno becomes
//! the OSError subclass CPython picks for it (ConnectionRefusedError for ECONNREFUSED...) with
//! `.errno`/`.strerror` and the message `[Errno N] text`; `socket.gaierror` and `socket.herror`
//! are OSError subclasses of their own; a timeout is `TimeoutError('timed out')`.

use crate::objects::Arc;
use crate::objects::class::{Class, Kind};
use crate::objects::exceptions::new_exception;
use crate::objects::types::{make_class_in, types};
use crate::objects::{ExcKind, PyErr, Value};
use nix::errno::Errno;
use std::sync::OnceLock;

/// The OSError subclass CPython raises for `errno` (its errno-to-class table).
pub fn class_for(errno: Errno) -> ExcKind {
    use Errno::*;
    match errno {
        EAGAIN | EALREADY | EINPROGRESS => ExcKind::BlockingIOError,
        ECHILD => ExcKind::ChildProcessError,
        EPIPE | ESHUTDOWN => ExcKind::BrokenPipeError,
        ECONNABORTED => ExcKind::ConnectionAbortedError,
        ECONNREFUSED => ExcKind::ConnectionRefusedError,
        ECONNRESET => ExcKind::ConnectionResetError,
        EEXIST => ExcKind::FileExistsError,
        ENOENT => ExcKind::FileNotFoundError,
        EISDIR => ExcKind::IsADirectoryError,
        ENOTDIR => ExcKind::NotADirectoryError,
        EINTR => ExcKind::InterruptedError,
        EACCES | EPERM => ExcKind::PermissionError,
        ESRCH => ExcKind::ProcessLookupError,
        ETIMEDOUT => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

/// The C library's strerror() text for `errno`.
pub fn strerror(errno: Errno) -> String {
    crate::objects::os_error::strerror(errno as i32)
}

/// `[Errno N] text` as the OSError subclass for that errno.
pub fn errno_error(errno: Errno) -> PyErr {
    PyErr::with_args(class_for(errno), vec![Value::Int(errno as i64), Value::string(strerror(errno))])
}

/// The error of a socket that has been closed: `[Errno 9] Bad file descriptor`.
pub fn closed() -> PyErr {
    errno_error(Errno::EBADF)
}

/// What a timed-out socket operation raises.
pub fn timed_out() -> PyErr {
    PyErr::new(ExcKind::TimeoutError, "timed out")
}

fn socket_exception(name: &str) -> Arc<Class> {
    make_class_in("socket", name, vec![types().exc(ExcKind::OSError)], Kind::Exception)
}

/// `socket.gaierror`: a getaddrinfo() failure, `[Errno -2] Name or service not known`.
pub fn gaierror_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| socket_exception("gaierror"))
}

/// `socket.herror`: a host lookup failure (gethostbyaddr).
pub fn herror_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| socket_exception("herror"))
}

/// The address lookup errors of getaddrinfo(3) (EAI_*), with glibc's gai_strerror text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gai {
    BadFlags = -1,
    NoName = -2,
    Again = -3,
    Fail = -4,
    Family = -6,
    SockType = -7,
    Service = -8,
    AddrFamily = -9,
    Memory = -10,
    System = -11,
    NoData = -5,
}

impl Gai {
    pub fn text(self) -> &'static str {
        match self {
            Gai::BadFlags => "Bad value for ai_flags",
            Gai::NoName => "Name or service not known",
            Gai::Again => "Temporary failure in name resolution",
            Gai::Fail => "Non-recoverable failure in name resolution",
            Gai::NoData => "No address associated with hostname",
            Gai::Family => "ai_family not supported",
            Gai::SockType => "ai_socktype not supported",
            Gai::Service => "Servname not supported for ai_socktype",
            Gai::AddrFamily => "Address family for hostname not supported",
            Gai::Memory => "Memory allocation failure",
            Gai::System => "System error",
        }
    }

    /// The code whose text ends the message of a failed std lookup ("failed to lookup address
    /// information: Name or service not known").
    pub fn from_message(msg: &str) -> Gai {
        const ALL: [Gai; 11] = [
            Gai::BadFlags,
            Gai::NoName,
            Gai::Again,
            Gai::Fail,
            Gai::NoData,
            Gai::Family,
            Gai::SockType,
            Gai::Service,
            Gai::AddrFamily,
            Gai::Memory,
            Gai::System,
        ];
        ALL.into_iter().find(|g| msg.ends_with(g.text())).unwrap_or(Gai::NoName)
    }
}

/// `socket.gaierror(code, text)`.
pub fn gaierror(code: Gai) -> PyErr {
    PyErr { value: new_exception(gaierror_class().clone(), vec![Value::Int(code as i64), Value::str(code.text())]) }
}
