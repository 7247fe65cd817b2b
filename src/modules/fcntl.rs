//! `fcntl`: fcntl(2), ioctl(2), flock(2) and lockf(3) on descriptors, as CPython's fcntlmodule.c.
//! An int argument is passed through as C passes it; a bytes-like or str argument is copied into
//! a 1024-byte buffer that the call may fill, and comes back as bytes of its own length (a
//! writable buffer given to ioctl is updated in place). The raw calls live in `unsafe_os`; every
//! call runs with the GIL released, as a lock request may wait.

use crate::builtins::buffer::{bytes_of, is_bytes_like, writable_len, write_into};
use crate::modules::fd_call::{c_int, c_uint_bits, fd_call};
use crate::modules::int_constants::{self, int_constants};
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::{RAW_BUF_MIN, RawArg, fcntl_raw, ioctl_raw};
use crate::vm::Vm;
use nix::libc;

fn os_err(e: nix::errno::Errno) -> PyErr {
    super::socket::errors::errno_error(e)
}

/// The bytes of a str (UTF-8) or bytes-like argument, if it is one.
fn buffer_arg(v: &Value) -> PyResult<Option<Vec<u8>>> {
    match v {
        Value::Str(s) => Ok(Some(s.as_str().as_bytes().to_vec())),
        _ if is_bytes_like(v) => bytes_of(v),
        _ => Ok(None),
    }
}

/// The int form of argument 3 of fcntl/ioctl (0 when absent).
fn int_arg3(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    v.map_or(Ok(0), |v| Ok(i64::from(c_uint_bits(vm, v)?)))
}

/// A call `what` (fcntl or ioctl) given a bytes or str argument: the bytes copied into a
/// 1024-byte buffer the call may fill, and given back at their own length.
fn through_buffer(vm: &mut Vm, what: &str, arg: &[u8], call: impl FnOnce(RawArg<'_>) -> nix::Result<libc::c_int>) -> PyResult<Value> {
    if arg.len() > RAW_BUF_MIN {
        return Err(PyErr::value_error(format!("{what} string arg too long")));
    }
    let mut buf = vec![0u8; RAW_BUF_MIN];
    buf[..arg.len()].copy_from_slice(arg);
    vm.allow_threads(|| call(RawArg::Buf(&mut buf))).map_err(os_err)?;
    buf.truncate(arg.len());
    Ok(Value::Bytes(crate::objects::Arc::new(buf)))
}

/// `fcntl(fd, cmd, arg=0)`: the call's int result, or the filled buffer for a bytes/str arg.
fn fcntl(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "fcntl", "fcntl", a, k, (2, 3))?;
    let cmd = c_int(vm, &a[1])?;
    if let Some(arg) = a.get(2).map(buffer_arg).transpose()?.flatten() {
        return through_buffer(vm, "fcntl", &arg, |raw| fcntl_raw(fd, cmd, raw));
    }
    let n = int_arg3(vm, a.get(2))?;
    let r = vm.allow_threads(|| fcntl_raw(fd, cmd, RawArg::Int(n))).map_err(os_err)?;
    Ok(Value::Int(r as i64))
}

/// `ioctl(fd, request, arg=0, mutate_flag=True)`.
fn ioctl(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "fcntl", "ioctl", a, k, (2, 4))?;
    let request = vm.index_value(&a[1])? as u32 as libc::Ioctl;
    let mutate = match a.get(3) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if let Some(arg) = a.get(2) {
        if mutate && let Some(n) = writable_len(arg) {
            // A writable buffer: the call fills a copy, which is written back.
            let mut buf = bytes_of(arg)?.unwrap_or_default();
            buf.resize(n.max(RAW_BUF_MIN), 0);
            let r = vm.allow_threads(|| ioctl_raw(fd, request, RawArg::Buf(&mut buf))).map_err(os_err)?;
            write_into(arg, 0, &buf[..n]);
            return Ok(Value::Int(r as i64));
        }
        if let Some(bytes) = buffer_arg(arg)? {
            return through_buffer(vm, "ioctl", &bytes, |raw| ioctl_raw(fd, request, raw));
        }
    }
    let n = int_arg3(vm, a.get(2))?;
    let r = vm.allow_threads(|| ioctl_raw(fd, request, RawArg::Int(n))).map_err(os_err)?;
    Ok(Value::Int(r as i64))
}

/// `flock(fd, operation)`: LOCK_SH, LOCK_EX or LOCK_UN, maybe with LOCK_NB.
fn flock(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "fcntl", "flock", a, k, (2, 2))?;
    let op = c_int(vm, &a[1])?;
    vm.allow_threads(|| flock_op(fd, op)).map_err(os_err)?;
    Ok(Value::None)
}

#[allow(deprecated)]
fn flock_op(fd: i32, op: i32) -> nix::Result<()> {
    use nix::fcntl::FlockArg;
    let arg = match (op & !libc::LOCK_NB, op & libc::LOCK_NB != 0) {
        (libc::LOCK_SH, false) => FlockArg::LockShared,
        (libc::LOCK_SH, true) => FlockArg::LockSharedNonblock,
        (libc::LOCK_EX, false) => FlockArg::LockExclusive,
        (libc::LOCK_EX, true) => FlockArg::LockExclusiveNonblock,
        (libc::LOCK_UN, false) => FlockArg::Unlock,
        (libc::LOCK_UN, true) => FlockArg::UnlockNonblock,
        _ => return Err(nix::errno::Errno::EINVAL),
    };
    nix::fcntl::flock(fd, arg)
}

/// `lockf(fd, cmd, len=0, start=0, whence=0)`: a POSIX record lock through fcntl(F_SETLK[W]).
fn lockf(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "fcntl", "lockf", a, k, (2, 5))?;
    let cmd = c_int(vm, &a[1])?;
    let mut nums = [0i64; 3];
    for (i, slot) in nums.iter_mut().enumerate() {
        if let Some(v) = a.get(2 + i) {
            *slot = vm.index_value(v)?;
        }
    }
    let [len, start, whence] = nums;
    // CPython tests the bits in this order, so LOCK_SH wins over LOCK_EX.
    let kind = if cmd == libc::LOCK_UN {
        libc::F_UNLCK
    } else if cmd & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if cmd & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(PyErr::value_error("unrecognized lockf argument"));
    };
    let lock = libc::flock { l_type: kind as i16, l_whence: whence as i16, l_start: start, l_len: len, l_pid: 0 };
    let wait = cmd & libc::LOCK_NB == 0;
    let r = vm.allow_threads(|| {
        crate::unsafe_os::with_borrowed_fds(&[fd], |b| {
            let arg = if wait { nix::fcntl::FcntlArg::F_SETLKW(&lock) } else { nix::fcntl::FcntlArg::F_SETLK(&lock) };
            nix::fcntl::fcntl(b[0], arg)
        })
    });
    r.map_err(os_err)?;
    Ok(Value::None)
}

/// The module's constants: Linux's values from the libc crate, and the few it lacks.
const CONSTANTS: &[(&str, i64)] = int_constants![
    DN_ACCESS = 1,
    DN_ATTRIB = 32,
    DN_CREATE = 4,
    DN_DELETE = 8,
    DN_MODIFY = 2,
    DN_MULTISHOT = 2147483648,
    DN_RENAME = 16,
    FASYNC = 8192,
    FD_CLOEXEC,
    F_ADD_SEALS,
    F_DUPFD,
    F_DUPFD_CLOEXEC,
    F_EXLCK = 4,
    F_GETFD,
    F_GETFL,
    F_GETLEASE,
    F_GETLK,
    F_GETLK64 = 5,
    F_GETOWN,
    F_GETPIPE_SZ,
    F_GETSIG = 11,
    F_GET_SEALS,
    F_NOTIFY,
    F_OFD_GETLK,
    F_OFD_SETLK,
    F_OFD_SETLKW,
    F_RDLCK,
    F_SEAL_GROW,
    F_SEAL_SEAL,
    F_SEAL_SHRINK,
    F_SEAL_WRITE,
    F_SETFD,
    F_SETFL,
    F_SETLEASE,
    F_SETLK,
    F_SETLK64 = 6,
    F_SETLKW,
    F_SETLKW64 = 7,
    F_SETOWN,
    F_SETPIPE_SZ,
    F_SETSIG = 10,
    F_SHLCK = 8,
    F_UNLCK,
    F_WRLCK,
    LOCK_EX,
    LOCK_MAND = 32,
    LOCK_NB,
    LOCK_READ = 64,
    LOCK_RW = 192,
    LOCK_SH,
    LOCK_UN,
    LOCK_WRITE = 128,
];

pub fn create() -> Value {
    let (m, d) = super::make_module("fcntl", &[("fcntl", fcntl), ("ioctl", ioctl), ("flock", flock), ("lockf", lockf)]);
    int_constants::install(&d, CONSTANTS);
    m
}
