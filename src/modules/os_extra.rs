//! More of `os` for pathlib, shutil and tempfile: chdir, lstat, chmod, utime, access, symlink,
//! readlink, link, umask, statvfs, the descriptor calls (open, close, read, write,
//! lseek, fsync, isatty) and get_terminal_size. Each reports CPython's OSError and releases the
//! GIL while the OS works; descriptors are borrowed through `unsafe_os`, never owned here.

use crate::builtins::args::{arg_str, check_args};
use crate::builtins::file::os_error;
use crate::objects::Arc;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// OSError (or its subclass) for an errno from nix, optionally naming the file.
fn errno_error(e: nix::errno::Errno, name: Option<&str>) -> PyErr {
    let io = std::io::Error::from_raw_os_error(e as i32);
    match name {
        Some(n) => os_error(&io, n),
        // The OSError subclass CPython picks for the errno (BrokenPipeError for EPIPE...).
        None => super::socket::errors::errno_error(e),
    }
}

fn int_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<i64> {
    vm.index_value(&a[i])
}

/// os.lstat(path): stat without following a final symbolic link.
pub fn lstat(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("lstat", a, k, 1, 1)?;
    let path = arg_str(&a[0], "lstat")?.to_string();
    super::os_files::stat_path(vm, &path, false)
}

pub fn chmod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("chmod", a, k, 2, 2)?;
    let path = arg_str(&a[0], "chmod")?.to_string();
    let mode = int_arg(vm, a, 1)? as u32;
    use std::os::unix::fs::PermissionsExt;
    vm.allow_threads(|| std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// os.utime(path, times=None, *, ns=None): times is (atime, mtime) in seconds.
pub fn utime(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("utime", k, &["times", "ns"])?;
    if a.is_empty() || a.len() > 2 {
        return Err(PyErr::type_error(format!("utime() takes from 1 to 2 positional arguments but {} were given", a.len())));
    }
    let path = arg_str(&a[0], "utime")?.to_string();
    let times = a.get(1).or(crate::builtins::args::kwarg(k, "times")).cloned().unwrap_or(Value::None);
    let ns = crate::builtins::args::kwarg(k, "ns").cloned().unwrap_or(Value::None);
    let pair = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<Option<(f64, f64)>> {
        match v {
            Value::None => Ok(None),
            Value::Tuple(t) if t.len() == 2 => {
                let x = crate::builtins::args::arg_f64(vm, &t[0])?;
                let y = crate::builtins::args::arg_f64(vm, &t[1])?;
                Ok(Some((x, y)))
            }
            _ => Err(PyErr::type_error(format!("utime: '{what}' must be a tuple of two ints"))),
        }
    };
    let secs = pair(vm, &times, "times")?;
    let nanos = pair(vm, &ns, "ns")?.map(|(x, y)| (x / 1e9, y / 1e9));
    if secs.is_some() && nanos.is_some() {
        return Err(PyErr::value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    use nix::sys::stat::{UtimensatFlags, utimensat};
    use nix::sys::time::TimeSpec;
    let spec = |s: f64| {
        let whole = s.floor();
        TimeSpec::new(whole as i64, ((s - whole) * 1e9) as i64)
    };
    let (at, mt) = match secs.or(nanos) {
        Some((x, y)) => (spec(x), spec(y)),
        None => (TimeSpec::UTIME_NOW, TimeSpec::UTIME_NOW),
    };
    vm.allow_threads(|| utimensat(nix::fcntl::AT_FDCWD, path.as_str(), &at, &mt, UtimensatFlags::FollowSymlink)).map_err(|e| errno_error(e, Some(&path)))?;
    Ok(Value::None)
}

/// os.chdir(path): the process's working directory (for every thread, as CPython's).
pub fn chdir(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("chdir", a, k, 1, 1)?;
    let path = arg_str(&a[0], "chdir")?.to_string();
    vm.allow_threads(|| std::env::set_current_dir(&path)).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// os.access(path, mode): whether the real user may use the file that way.
pub fn access(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("access", a, k, 2, 2)?;
    let path = arg_str(&a[0], "access")?.to_string();
    let mode = nix::unistd::AccessFlags::from_bits_truncate(int_arg(vm, a, 1)? as i32);
    Ok(Value::Bool(vm.allow_threads(|| nix::unistd::access(path.as_str(), mode)).is_ok()))
}

pub fn symlink(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("symlink", a, k, 2, 3)?;
    let src = arg_str(&a[0], "symlink")?.to_string();
    let dst = arg_str(&a[1], "symlink")?.to_string();
    vm.allow_threads(|| std::os::unix::fs::symlink(&src, &dst)).map_err(|e| crate::builtins::file::os_error2(&e, &src, &dst))?;
    Ok(Value::None)
}

pub fn link(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("link", a, k, 2, 2)?;
    let src = arg_str(&a[0], "link")?.to_string();
    let dst = arg_str(&a[1], "link")?.to_string();
    vm.allow_threads(|| std::fs::hard_link(&src, &dst)).map_err(|e| crate::builtins::file::os_error2(&e, &src, &dst))?;
    Ok(Value::None)
}

pub fn readlink(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("readlink", a, k, 1, 1)?;
    let path = arg_str(&a[0], "readlink")?.to_string();
    let target = vm.allow_threads(|| std::fs::read_link(&path)).map_err(|e| os_error(&e, &path))?;
    Ok(Value::string(target.to_string_lossy().into_owned()))
}

pub fn umask(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("umask", a, k, 1, 1)?;
    let mode = nix::sys::stat::Mode::from_bits_truncate(int_arg(vm, a, 0)? as nix::libc::mode_t);
    Ok(Value::Int(nix::sys::stat::umask(mode).bits() as i64))
}

/// _statvfs(path) -> (f_frsize, f_blocks, f_bfree, f_bavail): what shutil.disk_usage needs.
pub fn statvfs(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("statvfs", a, k, 1, 1)?;
    let path = arg_str(&a[0], "statvfs")?.to_string();
    let s = vm.allow_threads(|| nix::sys::statvfs::statvfs(path.as_str())).map_err(|e| errno_error(e, Some(&path)))?;
    Ok(Value::tuple(vec![
        Value::Int(s.fragment_size() as i64),
        Value::Int(s.blocks() as i64),
        Value::Int(s.blocks_free() as i64),
        Value::Int(s.blocks_available() as i64),
    ]))
}

/// os.open(path, flags, mode=0o777) -> a descriptor number the caller owns.
pub fn open(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("open", a, k, 2, 3)?;
    let path = arg_str(&a[0], "open")?.to_string();
    let flags = nix::fcntl::OFlag::from_bits_truncate(int_arg(vm, a, 1)? as i32) | nix::fcntl::OFlag::O_CLOEXEC;
    let mode = match a.get(2) {
        Some(_) => int_arg(vm, a, 2)? as nix::libc::mode_t,
        None => 0o777,
    };
    let fd =
        vm.allow_threads(|| nix::fcntl::open(path.as_str(), flags, nix::sys::stat::Mode::from_bits_truncate(mode))).map_err(|e| errno_error(e, Some(&path)))?;
    use std::os::fd::IntoRawFd;
    Ok(Value::Int(fd.into_raw_fd() as i64))
}

pub fn close(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("close", a, k, 1, 1)?;
    let fd = int_arg(vm, a, 0)? as i32;
    let owned = crate::unsafe_os::adopt_user_fd(fd).map_err(|e| errno_error(e, None))?;
    drop(owned);
    Ok(Value::None)
}

/// Whether `fd` is an open descriptor in blocking mode (a read or write on it may wait).
fn blocks(fd: i32) -> bool {
    use nix::fcntl::{FcntlArg, OFlag, fcntl};
    crate::unsafe_os::with_borrowed_fds(&[fd], |fds| fcntl(fds[0], FcntlArg::F_GETFL))
        .is_ok_and(|flags| !OFlag::from_bits_truncate(flags).contains(OFlag::O_NONBLOCK))
}

pub fn read(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("read", a, k, 2, 2)?;
    let fd = int_arg(vm, a, 0)? as i32;
    let n = int_arg(vm, a, 1)?;
    if n < 0 {
        // CPython sets errno to EINVAL for a negative length.
        return Err(errno_error(nix::errno::Errno::EINVAL, None));
    }
    let mut buf = super::convert::zeroed(n as usize)?;
    // Wait for data where Ctrl-C can reach us (a read would restart after the signal); a
    // non-blocking descriptor reads at once (EAGAIN when empty).
    if blocks(fd) {
        super::select::wait_poll(vm, &[(fd, super::select::READ_EVENTS)], None)?;
    }
    let got = vm.allow_threads(|| crate::unsafe_os::with_borrowed_fds(&[fd], |fds| nix::unistd::read(fds[0], &mut buf))).map_err(|e| errno_error(e, None))?;
    buf.truncate(got);
    Ok(Value::Bytes(Arc::new(buf)))
}

pub fn write(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("write", a, k, 2, 2)?;
    let fd = int_arg(vm, a, 0)? as i32;
    let data = super::convert::buffer_bytes(&a[1])?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", super::convert::type_name(&a[1]))))?;
    // Wait for room where Ctrl-C can reach us (a full pipe would block the write for ever).
    if blocks(fd) {
        super::select::wait_poll(vm, &[(fd, super::select::WRITE_EVENTS)], None)?;
    }
    let n = vm.allow_threads(|| crate::unsafe_os::with_borrowed_fds(&[fd], |fds| nix::unistd::write(fds[0], &data))).map_err(|e| errno_error(e, None))?;
    Ok(Value::Int(n as i64))
}

pub fn lseek(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("lseek", a, k, 3, 3)?;
    let fd = int_arg(vm, a, 0)? as i32;
    let pos = int_arg(vm, a, 1)?;
    let whence = match int_arg(vm, a, 2)? {
        0 => nix::unistd::Whence::SeekSet,
        1 => nix::unistd::Whence::SeekCur,
        2 => nix::unistd::Whence::SeekEnd,
        _ => return Err(errno_error(nix::errno::Errno::EINVAL, None)),
    };
    let at = crate::unsafe_os::with_borrowed_fds(&[fd], |fds| nix::unistd::lseek(fds[0], pos, whence)).map_err(|e| errno_error(e, None))?;
    Ok(Value::Int(at))
}

pub fn fsync(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fsync", a, k, 1, 1)?;
    let fd = int_arg(vm, a, 0)? as i32;
    if fd < 0 {
        return Err(PyErr::value_error(format!("file descriptor cannot be a negative integer ({fd})")));
    }
    vm.allow_threads(|| crate::unsafe_os::with_borrowed_fds(&[fd], |fds| nix::unistd::fsync(fds[0]))).map_err(|e| errno_error(e, None))?;
    Ok(Value::None)
}

pub fn isatty(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isatty", a, k, 1, 1)?;
    let fd = int_arg(vm, a, 0)? as i32;
    Ok(Value::Bool(crate::unsafe_os::with_borrowed_fds(&[fd], |fds| nix::unistd::isatty(fds[0])).unwrap_or(false)))
}

/// _terminal_size(fd) -> (columns, lines) of the terminal on `fd`, or OSError (ENOTTY on a pipe).
pub fn terminal_size(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("get_terminal_size", a, k, 0, 1)?;
    let fd = if a.is_empty() { 1 } else { int_arg(vm, a, 0)? as i32 };
    let size = crate::unsafe_os::with_borrowed_fds(&[fd], |fds| crate::unsafe_os::window_size(fds[0])).map_err(|e| errno_error(e, None))?;
    Ok(Value::tuple(vec![Value::Int(size.0 as i64), Value::Int(size.1 as i64)]))
}

/// _uname() -> (sysname, nodename, release, version, machine) of the running kernel, behind os.uname().
pub fn uname(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("uname", a, k, 0, 0)?;
    let u = nix::sys::utsname::uname().map_err(|e| errno_error(e, None))?;
    let parts = [u.sysname(), u.nodename(), u.release(), u.version(), u.machine()];
    Ok(Value::tuple(parts.iter().map(|p| Value::string(p.to_string_lossy().into_owned())).collect()))
}

/// strerror(code): the C library's text for an error number ("Unknown error N" for others).
pub fn strerror(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("strerror", a, k, 1, 1)?;
    let too_large = || PyErr::new(crate::objects::ExcKind::OverflowError, "Python int too large to convert to C int");
    let code = int_arg(vm, a, 0).map_err(|e| if e.matches(crate::objects::ExcKind::OverflowError) { too_large() } else { e })?;
    let code = i32::try_from(code).map_err(|_| too_large())?;
    Ok(Value::string(crate::objects::os_error::strerror(code)))
}
