//! The descriptor calls of `os` beyond open/read/write: pipe, pipe2, dup, dup2, fstat,
//! ftruncate, truncate, get/set_inheritable, get/set_blocking, openpty, fdatasync, closerange,
//! pread, pwrite, device_encoding, fchmod, fchdir, chown/lchown/fchown, mkfifo, sync. New
//! descriptors are non-inheritable (close-on-exec), as CPython's PEP 446 makes them; each
//! error is CPython's OSError subclass with its errno (and file name where CPython gives one).

use crate::builtins::args::{arg_str, check_args};
use crate::builtins::file::os_error;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::fcntl::{FcntlArg, FdFlag, OFlag, fcntl};
use std::os::fd::{BorrowedFd, IntoRawFd, OwnedFd};

/// OSError for an errno, naming the file when CPython does.
fn errno_error(e: nix::errno::Errno, name: Option<&str>) -> PyErr {
    match name {
        Some(n) => os_error(&std::io::Error::from_raw_os_error(e as i32), n),
        None => super::socket::errors::errno_error(e),
    }
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = vm.index_value(v)?;
    i32::try_from(n).map_err(|_| PyErr::new(crate::objects::ExcKind::OverflowError, "fd is greater than maximum"))
}

/// Runs `f` on descriptor `fd` borrowed (the kernel reports a closed one as EBADF).
fn on_fd<R>(fd: i32, f: impl FnOnce(BorrowedFd<'_>) -> nix::Result<R>) -> PyResult<R> {
    raw_on_fd(fd, f).map_err(|e| errno_error(e, None))
}

/// As `on_fd`, the errno left as it is: what a call with the GIL released returns (the
/// exception is made after it is back).
fn raw_on_fd<R>(fd: i32, f: impl FnOnce(BorrowedFd<'_>) -> nix::Result<R>) -> nix::Result<R> {
    crate::unsafe_os::with_borrowed_fds(&[fd], |fds| f(fds[0]))
}

fn owned_pair(a: OwnedFd, b: OwnedFd) -> Value {
    Value::tuple(vec![Value::Int(a.into_raw_fd() as i64), Value::Int(b.into_raw_fd() as i64)])
}

/// os.pipe() -> (read_fd, write_fd).
pub fn pipe(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pipe", a, k, 0, 0)?;
    let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).map_err(|e| errno_error(e, None))?;
    Ok(owned_pair(r, w))
}

/// os.pipe2(flags) -> (read_fd, write_fd), with O_NONBLOCK / O_CLOEXEC as asked.
pub fn pipe2(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pipe2", a, k, 1, 1)?;
    let flags = OFlag::from_bits_truncate(vm.index_value(&a[0])? as i32);
    let (r, w) = nix::unistd::pipe2(flags).map_err(|e| errno_error(e, None))?;
    Ok(owned_pair(r, w))
}

/// os.dup(fd): a new non-inheritable descriptor for the same file.
pub fn dup(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("dup", a, k, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    Ok(Value::Int(on_fd(fd, |b| fcntl(b, FcntlArg::F_DUPFD_CLOEXEC(0)))? as i64))
}

/// os.dup2(fd, fd2, inheritable=True) -> fd2.
pub fn dup2(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("dup2", k, &["fd", "fd2", "inheritable"])?;
    let arg = |i: usize, n: &str| a.get(i).or(crate::builtins::args::kwarg(k, n)).cloned();
    let (Some(fd), Some(fd2)) = (arg(0, "fd"), arg(1, "fd2")) else {
        return Err(PyErr::type_error("dup2() missing required argument 'fd2' (pos 2)"));
    };
    let (fd, fd2) = (fd_arg(vm, &fd)?, fd_arg(vm, &fd2)?);
    let inheritable = match arg(2, "inheritable") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    crate::unsafe_os::dup2(fd, fd2, inheritable).map_err(|e| errno_error(e, None))?;
    Ok(Value::Int(fd2 as i64))
}

/// os.fstat(fd): the stat_result of an open descriptor.
pub fn fstat(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fstat", a, k, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let file = std::fs::File::from(on_fd(fd, |b| b.try_clone_to_owned().map_err(|e| nix::errno::Errno::from_raw(e.raw_os_error().unwrap_or(9))))?);
    let meta = vm.allow_threads(|| file.metadata()).map_err(|e| os_error(&e, ""))?;
    Ok(super::os_files::stat_value(&meta))
}

pub fn ftruncate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("ftruncate", a, k, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let len = vm.index_value(&a[1])?;
    vm.allow_threads(|| raw_on_fd(fd, |b| nix::unistd::ftruncate(b, len))).map_err(|e| errno_error(e, None))?;
    Ok(Value::None)
}

/// os.truncate(path, length) (a descriptor works too, as CPython's).
pub fn truncate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("truncate", a, k, 2, 2)?;
    if matches!(a[0], Value::Int(_)) {
        return ftruncate(vm, a, k);
    }
    let path = arg_str(&a[0], "truncate")?.to_string();
    let len = vm.index_value(&a[1])?;
    vm.allow_threads(|| nix::unistd::truncate(path.as_str(), len)).map_err(|e| errno_error(e, Some(&path)))?;
    Ok(Value::None)
}

pub fn get_inheritable(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("get_inheritable", a, k, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let flags = on_fd(fd, |b| fcntl(b, FcntlArg::F_GETFD))?;
    Ok(Value::Bool(!FdFlag::from_bits_truncate(flags).contains(FdFlag::FD_CLOEXEC)))
}

pub fn set_inheritable(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("set_inheritable", a, k, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let inheritable = vm.truthy(&a[1])?;
    on_fd(fd, |b| {
        let mut flags = FdFlag::from_bits_truncate(fcntl(b, FcntlArg::F_GETFD)?);
        flags.set(FdFlag::FD_CLOEXEC, !inheritable);
        fcntl(b, FcntlArg::F_SETFD(flags))
    })?;
    Ok(Value::None)
}

pub fn get_blocking(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("get_blocking", a, k, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let flags = on_fd(fd, |b| fcntl(b, FcntlArg::F_GETFL))?;
    Ok(Value::Bool(!OFlag::from_bits_truncate(flags).contains(OFlag::O_NONBLOCK)))
}

pub fn set_blocking(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("set_blocking", a, k, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let blocking = vm.truthy(&a[1])?;
    on_fd(fd, |b| {
        let mut flags = OFlag::from_bits_truncate(fcntl(b, FcntlArg::F_GETFL)?);
        flags.set(OFlag::O_NONBLOCK, !blocking);
        fcntl(b, FcntlArg::F_SETFL(flags))
    })?;
    Ok(Value::None)
}

/// os.openpty() -> (master_fd, slave_fd), both non-inheritable.
pub fn openpty(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("openpty", a, k, 0, 0)?;
    let pty = nix::pty::openpty(None, None).map_err(|e| errno_error(e, None))?;
    for fd in [&pty.master, &pty.slave] {
        fcntl(fd, FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC)).map_err(|e| errno_error(e, None))?;
    }
    Ok(owned_pair(pty.master, pty.slave))
}

pub fn fdatasync(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fdatasync", a, k, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    vm.allow_threads(|| raw_on_fd(fd, |b| nix::unistd::fdatasync(b))).map_err(|e| errno_error(e, None))?;
    Ok(Value::None)
}

/// os.closerange(fd_low, fd_high): closes each open descriptor in [low, high), errors ignored.
pub fn closerange(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("closerange", a, k, 2, 2)?;
    let (low, high) = (fd_arg(vm, &a[0])?.max(0), fd_arg(vm, &a[1])?);
    for fd in low..high {
        if let Ok(owned) = crate::unsafe_os::adopt_user_fd(fd) {
            drop(owned);
        }
    }
    Ok(Value::None)
}

/// os.pread(fd, n, offset): at most n bytes from `offset`, the file position unmoved.
pub fn pread(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pread", a, k, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = vm.index_value(&a[1])?;
    if n < 0 {
        return Err(PyErr::value_error("negative buffersize in pread"));
    }
    let offset = vm.index_value(&a[2])?;
    let mut buf = super::convert::zeroed(n as usize)?;
    let got = vm.allow_threads(|| raw_on_fd(fd, |b| nix::sys::uio::pread(b, &mut buf, offset))).map_err(|e| errno_error(e, None))?;
    buf.truncate(got);
    Ok(Value::Bytes(crate::objects::Arc::new(buf)))
}

/// os.pwrite(fd, data, offset) -> bytes written at `offset`, the file position unmoved.
pub fn pwrite(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pwrite", a, k, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = crate::builtins::binary_args::bytes_like(&a[1])?;
    let offset = vm.index_value(&a[2])?;
    let n = vm.allow_threads(|| raw_on_fd(fd, |b| nix::sys::uio::pwrite(b, &data, offset))).map_err(|e| errno_error(e, None))?;
    Ok(Value::Int(n as i64))
}

/// os.device_encoding(fd): the terminal's encoding (UTF-8 here), None for anything else.
pub fn device_encoding(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("device_encoding", a, k, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let tty = crate::unsafe_os::with_borrowed_fds(&[fd], |fds| nix::unistd::isatty(fds[0])).unwrap_or(false);
    Ok(if tty { Value::str("UTF-8") } else { Value::None })
}

pub fn fchmod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fchmod", a, k, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let mode = nix::sys::stat::Mode::from_bits_truncate(vm.index_value(&a[1])? as nix::libc::mode_t);
    on_fd(fd, |b| nix::sys::stat::fchmod(b, mode))?;
    Ok(Value::None)
}

pub fn fchdir(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fchdir", a, k, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    on_fd(fd, |b| nix::unistd::fchdir(b))?;
    Ok(Value::None)
}

/// A uid or gid argument: -1 leaves it unchanged.
fn owner_ids(vm: &mut Vm, a: &[Value]) -> PyResult<(Option<nix::unistd::Uid>, Option<nix::unistd::Gid>)> {
    let uid = vm.index_value(&a[1])?;
    let gid = vm.index_value(&a[2])?;
    Ok(((uid != -1).then(|| nix::unistd::Uid::from_raw(uid as u32)), (gid != -1).then(|| nix::unistd::Gid::from_raw(gid as u32))))
}

fn chown_path(vm: &mut Vm, name: &str, a: &[Value], k: &KwArgs, follow: bool) -> PyResult<Value> {
    crate::builtins::args::only_kwargs(name, k, &["follow_symlinks", "dir_fd"])?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!("{name}() missing required argument 'gid' (pos 3)")));
    }
    let follow = follow && !matches!(crate::builtins::args::kwarg(k, "follow_symlinks"), Some(Value::Bool(false)));
    if matches!(a[0], Value::Int(_)) && follow {
        return fchown(vm, a, crate::objects::function::NO_KWARGS);
    }
    let path = arg_str(&a[0], name)?.to_string();
    let (uid, gid) = owner_ids(vm, a)?;
    let flag = if follow { nix::fcntl::AtFlags::empty() } else { nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW };
    nix::unistd::fchownat(nix::fcntl::AT_FDCWD, path.as_str(), uid, gid, flag).map_err(|e| errno_error(e, Some(&path)))?;
    Ok(Value::None)
}

/// os.chown(path, uid, gid, *, follow_symlinks=True).
pub fn chown(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    chown_path(vm, "chown", a, k, true)
}

pub fn lchown(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    chown_path(vm, "lchown", a, k, false)
}

pub fn fchown(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fchown", a, k, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let (uid, gid) = owner_ids(vm, a)?;
    on_fd(fd, |b| nix::unistd::fchown(b, uid, gid))?;
    Ok(Value::None)
}

/// os.mkfifo(path, mode=0o666).
pub fn mkfifo(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("mkfifo", a, k, 1, 2)?;
    let path = arg_str(&a[0], "mkfifo")?.to_string();
    let mode = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 0o666,
    };
    nix::unistd::mkfifo(path.as_str(), nix::sys::stat::Mode::from_bits_truncate(mode as nix::libc::mode_t)).map_err(|e| errno_error(e, Some(&path)))?;
    Ok(Value::None)
}

pub fn sync(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sync", a, k, 0, 0)?;
    vm.allow_threads(nix::unistd::sync);
    Ok(Value::None)
}
