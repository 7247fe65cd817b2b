//! `fcntl`: fcntl(2), ioctl(2), flock(2) and lockf(3) on descriptors, as CPython's fcntlmodule.c.
//! An int argument is passed through as C passes it; a bytes-like or str argument is copied into
//! a 1024-byte buffer that the call may fill, and comes back as bytes of its own length (a
//! writable buffer given to ioctl is updated in place). The raw calls live in `unsafe_os`; every
//! call runs with the GIL released, as a lock request may wait.

use crate::builtins::buffer::{bytes_of, is_bytes_like, writable_len, write_into};
use crate::modules::select::fd_of;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::unsafe_os::{RAW_BUF_MIN, RawArg, fcntl_raw, ioctl_raw};
use crate::vm::Vm;
use nix::libc;

fn os_err(e: nix::errno::Errno) -> PyErr {
    super::socket::errors::errno_error(e)
}

/// The bytes of a str (UTF-8) or bytes-like argument, if it is one.
fn buffer_arg(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        _ if is_bytes_like(v) => bytes_of(v),
        _ => None,
    }
}

fn not_int(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))
}

/// A C int argument (CPython's OverflowError past its range).
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) {
        return Err(not_int(v));
    }
    let n = vm.index_value(v).map_err(|e| if e.matches(ExcKind::TypeError) { not_int(v) } else { e })?;
    i32::try_from(n).map(i64::from).map_err(|_| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))
}

fn arity(name: &str, a: &[Value], k: &KwArgs, min: usize, max: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() < min {
        return Err(PyErr::type_error(format!("{name} expected at least {min} arguments, got {}", a.len())));
    }
    if a.len() > max {
        return Err(PyErr::type_error(format!("{name} expected at most {max} arguments, got {}", a.len())));
    }
    Ok(())
}

/// The int form of argument 3 of fcntl/ioctl: C's unsigned int, its high bits dropped, as
/// CPython's "I" conversion does.
fn int_arg3(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(v @ Value::Float(_)) => Err(not_int(v)),
        Some(v) => Ok(vm.index_value(v).map_err(|e| if e.matches(ExcKind::TypeError) { not_int(v) } else { e })? as u32 as i32 as i64),
        None => Ok(0),
    }
}

/// `fcntl(fd, cmd, arg=0)`: the call's int result, or the filled buffer for a bytes/str arg.
fn fcntl(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("fcntl", a, k, 2, 3)?;
    let fd = fd_of(vm, &a[0])?;
    let cmd = c_int(vm, &a[1])? as i32;
    if let Some(arg) = a.get(2).and_then(buffer_arg) {
        if arg.len() > RAW_BUF_MIN {
            return Err(PyErr::value_error("fcntl string arg too long"));
        }
        let mut buf = vec![0u8; RAW_BUF_MIN];
        buf[..arg.len()].copy_from_slice(&arg);
        vm.allow_threads(|| fcntl_raw(fd, cmd, RawArg::Buf(&mut buf))).map_err(os_err)?;
        buf.truncate(arg.len());
        return Ok(Value::Bytes(crate::objects::Arc::new(buf)));
    }
    let n = int_arg3(vm, a.get(2))?;
    let r = vm.allow_threads(|| fcntl_raw(fd, cmd, RawArg::Int(n))).map_err(os_err)?;
    Ok(Value::Int(r as i64))
}

/// `ioctl(fd, request, arg=0, mutate_flag=True)`.
fn ioctl(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("ioctl", a, k, 2, 4)?;
    let fd = fd_of(vm, &a[0])?;
    let request = vm.index_value(&a[1])? as u32 as libc::Ioctl;
    let mutate = match a.get(3) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if let Some(arg) = a.get(2) {
        if mutate && let Some(n) = writable_len(arg) {
            // A writable buffer: the call fills a copy, which is written back.
            let mut buf = bytes_of(arg).unwrap_or_default();
            buf.resize(n.max(RAW_BUF_MIN), 0);
            let r = vm.allow_threads(|| ioctl_raw(fd, request, RawArg::Buf(&mut buf))).map_err(os_err)?;
            write_into(arg, 0, &buf[..n]);
            return Ok(Value::Int(r as i64));
        }
        if let Some(bytes) = buffer_arg(arg) {
            if bytes.len() > RAW_BUF_MIN {
                return Err(PyErr::value_error("ioctl string arg too long"));
            }
            let mut buf = vec![0u8; RAW_BUF_MIN];
            buf[..bytes.len()].copy_from_slice(&bytes);
            vm.allow_threads(|| ioctl_raw(fd, request, RawArg::Buf(&mut buf))).map_err(os_err)?;
            buf.truncate(bytes.len());
            return Ok(Value::Bytes(crate::objects::Arc::new(buf)));
        }
    }
    let n = int_arg3(vm, a.get(2))?;
    let r = vm.allow_threads(|| ioctl_raw(fd, request, RawArg::Int(n))).map_err(os_err)?;
    Ok(Value::Int(r as i64))
}

/// `flock(fd, operation)`: LOCK_SH, LOCK_EX or LOCK_UN, maybe with LOCK_NB.
fn flock(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("flock", a, k, 2, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let op = c_int(vm, &a[1])? as i32;
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
    arity("lockf", a, k, 2, 5)?;
    let fd = fd_of(vm, &a[0])?;
    let cmd = c_int(vm, &a[1])? as i32;
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
const CONSTANTS: &[(&str, i64)] = &[
    ("DN_ACCESS", 1),
    ("DN_ATTRIB", 32),
    ("DN_CREATE", 4),
    ("DN_DELETE", 8),
    ("DN_MODIFY", 2),
    ("DN_MULTISHOT", 2147483648),
    ("DN_RENAME", 16),
    ("FASYNC", 8192),
    ("FD_CLOEXEC", libc::FD_CLOEXEC as i64),
    ("F_ADD_SEALS", libc::F_ADD_SEALS as i64),
    ("F_DUPFD", libc::F_DUPFD as i64),
    ("F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC as i64),
    ("F_EXLCK", 4),
    ("F_GETFD", libc::F_GETFD as i64),
    ("F_GETFL", libc::F_GETFL as i64),
    ("F_GETLEASE", libc::F_GETLEASE as i64),
    ("F_GETLK", libc::F_GETLK as i64),
    ("F_GETLK64", 5),
    ("F_GETOWN", libc::F_GETOWN as i64),
    ("F_GETPIPE_SZ", libc::F_GETPIPE_SZ as i64),
    ("F_GETSIG", 11),
    ("F_GET_SEALS", libc::F_GET_SEALS as i64),
    ("F_NOTIFY", libc::F_NOTIFY as i64),
    ("F_OFD_GETLK", libc::F_OFD_GETLK as i64),
    ("F_OFD_SETLK", libc::F_OFD_SETLK as i64),
    ("F_OFD_SETLKW", libc::F_OFD_SETLKW as i64),
    ("F_RDLCK", libc::F_RDLCK as i64),
    ("F_SEAL_GROW", libc::F_SEAL_GROW as i64),
    ("F_SEAL_SEAL", libc::F_SEAL_SEAL as i64),
    ("F_SEAL_SHRINK", libc::F_SEAL_SHRINK as i64),
    ("F_SEAL_WRITE", libc::F_SEAL_WRITE as i64),
    ("F_SETFD", libc::F_SETFD as i64),
    ("F_SETFL", libc::F_SETFL as i64),
    ("F_SETLEASE", libc::F_SETLEASE as i64),
    ("F_SETLK", libc::F_SETLK as i64),
    ("F_SETLK64", 6),
    ("F_SETLKW", libc::F_SETLKW as i64),
    ("F_SETLKW64", 7),
    ("F_SETOWN", libc::F_SETOWN as i64),
    ("F_SETPIPE_SZ", libc::F_SETPIPE_SZ as i64),
    ("F_SETSIG", 10),
    ("F_SHLCK", 8),
    ("F_UNLCK", libc::F_UNLCK as i64),
    ("F_WRLCK", libc::F_WRLCK as i64),
    ("LOCK_EX", libc::LOCK_EX as i64),
    ("LOCK_MAND", 32),
    ("LOCK_NB", libc::LOCK_NB as i64),
    ("LOCK_READ", 64),
    ("LOCK_RW", 192),
    ("LOCK_SH", libc::LOCK_SH as i64),
    ("LOCK_UN", libc::LOCK_UN as i64),
    ("LOCK_WRITE", 128),
];

pub fn create() -> Value {
    let (m, d) = super::make_module("fcntl", &[("fcntl", fcntl), ("ioctl", ioctl), ("flock", flock), ("lockf", lockf)]);
    for (name, value) in CONSTANTS {
        d.set_str(intern(name), Value::Int(*value));
    }
    m
}
