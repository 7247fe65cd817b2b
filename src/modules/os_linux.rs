//! The Linux descriptor and device calls of `os` (in `_os`, re-exported by os.py and posix):
//! eventfd and its read/write helpers, memfd_create, getrandom, posix_fadvise,
//! posix_fallocate, lockf, pidfd_open, writev, ttyname, tcgetpgrp/tcsetpgrp, major/minor/
//! makedev, mknod, chroot and abort, with their constants (libc's values). Calls that may wait
//! release the GIL.

use crate::builtins::args::{arg_str, check_args};
use crate::modules::convert::{buffer_bytes, type_name};
use crate::modules::int_constants::int_constants;
use crate::modules::socket::errors::errno_error;
use crate::objects::function::KwArgs;
use crate::objects::{Arc, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::os::fd::{BorrowedFd, IntoRawFd};

/// The constants of these calls.
pub const CONSTANTS: &[(&str, i64)] = int_constants![
    EFD_CLOEXEC,
    EFD_NONBLOCK,
    EFD_SEMAPHORE,
    GRND_NONBLOCK,
    GRND_RANDOM,
    MFD_ALLOW_SEALING,
    MFD_CLOEXEC,
    MFD_HUGETLB,
    MFD_HUGE_16GB,
    MFD_HUGE_16MB,
    MFD_HUGE_1GB,
    MFD_HUGE_1MB,
    MFD_HUGE_256MB,
    MFD_HUGE_2GB,
    MFD_HUGE_2MB,
    MFD_HUGE_32MB,
    MFD_HUGE_512KB,
    MFD_HUGE_512MB,
    MFD_HUGE_64KB,
    MFD_HUGE_8MB,
    MFD_HUGE_MASK,
    MFD_HUGE_SHIFT,
    POSIX_FADV_DONTNEED,
    POSIX_FADV_NOREUSE,
    POSIX_FADV_NORMAL,
    POSIX_FADV_RANDOM,
    POSIX_FADV_SEQUENTIAL,
    POSIX_FADV_WILLNEED,
    RWF_APPEND,
    RWF_DSYNC,
    RWF_HIPRI,
    RWF_NOWAIT,
    RWF_SYNC,
    SPLICE_F_MORE,
    SPLICE_F_MOVE,
    SPLICE_F_NONBLOCK,
    ST_APPEND,
    ST_MANDLOCK,
    ST_NOATIME,
    ST_NODEV,
    ST_NODIRATIME,
    ST_NOEXEC,
    ST_NOSUID,
    ST_RDONLY,
    ST_RELATIME,
    ST_SYNCHRONOUS,
    ST_WRITE,
    XATTR_CREATE,
    XATTR_REPLACE,
    // linux/limits.h, which the libc crate does not carry.
    XATTR_SIZE_MAX = 65536,
];

/// Arguments by position or keyword, in `names` order (the first `required` must be given).
fn bind(fname: &str, a: &[Value], k: &KwArgs, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    if a.len() > names.len() {
        return Err(PyErr::type_error(format!("{fname}() takes at most {} arguments ({} given)", names.len(), a.len())));
    }
    let mut out: Vec<Option<Value>> = (0..names.len()).map(|i| a.get(i).cloned()).collect();
    for (key, v) in k {
        match names.iter().position(|n| *n == key.as_str()) {
            Some(i) if out[i].is_some() => {
                return Err(PyErr::type_error(format!("argument for {fname}() given by name ('{}') and position ({})", key.as_str(), i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {fname}()", key.as_str()))),
        }
    }
    if let Some(i) = out[..required].iter().position(|v| v.is_none()) {
        return Err(PyErr::type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(out)
}

fn int_of(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => crate::builtins::binary_args::int_arg(vm, v),
        None => Ok(default),
    }
}

fn fd_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = crate::builtins::binary_args::int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| PyErr::overflow("fd is greater than maximum"))
}

/// Runs `f` on descriptor `fd`, borrowed, with the GIL released.
fn on_fd<R: Send>(vm: &mut Vm, fd: i32, f: impl FnOnce(BorrowedFd<'_>) -> nix::Result<R> + Send) -> PyResult<R> {
    vm.allow_threads(|| crate::unsafe_os::with_borrowed_fds(&[fd], |fds| f(fds[0]))).map_err(errno_error)
}

/// os.eventfd(initval, flags=EFD_CLOEXEC) -> fd.
pub fn eventfd(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let v = bind("eventfd", a, k, &["initval", "flags"], 1)?;
    let initval = int_of(vm, &v[0], 0)?;
    let flags = int_of(vm, &v[1], nix::libc::EFD_CLOEXEC as i64)?;
    if initval < 0 {
        return Err(PyErr::value_error("value must be positive"));
    }
    let initval = u32::try_from(initval).map_err(|_| PyErr::overflow("Python int too large to convert to C unsigned int"))?;
    let flags = nix::sys::eventfd::EfdFlags::from_bits_retain(flags as i32);
    let fd = nix::sys::eventfd::EventFd::from_value_and_flags(initval, flags).map_err(errno_error)?;
    Ok(Value::Int(std::os::fd::OwnedFd::from(fd).into_raw_fd() as i64))
}

/// os.eventfd_read(fd) -> the counter's value (waiting for it to be non-zero).
pub fn eventfd_read(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let v = bind("eventfd_read", a, k, &["fd"], 1)?;
    let fd = fd_of(vm, v[0].as_ref().expect("required"))?;
    let mut buf = [0u8; 8];
    on_fd(vm, fd, |f| nix::unistd::read(f, &mut buf))?;
    Ok(Value::Int(u64::from_ne_bytes(buf) as i64))
}

/// os.eventfd_write(fd, value): adds to the counter.
pub fn eventfd_write(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let v = bind("eventfd_write", a, k, &["fd", "value"], 2)?;
    let fd = fd_of(vm, v[0].as_ref().expect("required"))?;
    let value = match v[1].as_ref().expect("required") {
        n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
            let big = crate::modules::convert::index_big(vm, n)?.unwrap_or_default();
            num_traits::ToPrimitive::to_u64(&big).ok_or_else(|| PyErr::overflow("int too big to convert"))?
        }
        other => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    };
    let bytes = value.to_ne_bytes();
    on_fd(vm, fd, |f| nix::unistd::write(f, &bytes))?;
    Ok(Value::None)
}

/// os.memfd_create(name, flags=MFD_CLOEXEC) -> fd.
pub fn memfd_create(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let v = bind("memfd_create", a, k, &["name", "flags"], 1)?;
    let name = match v[0].as_ref().expect("required") {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(other)))),
    };
    let flags = int_of(vm, &v[1], nix::libc::MFD_CLOEXEC as i64)?;
    let flags = nix::sys::memfd::MFdFlags::from_bits_retain(flags as _);
    let fd = nix::sys::memfd::memfd_create(name.as_str(), flags).map_err(errno_error)?;
    Ok(Value::Int(fd.into_raw_fd() as i64))
}

/// os.getrandom(size, flags=0) -> bytes.
pub fn getrandom(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let v = bind("getrandom", a, k, &["size", "flags"], 1)?;
    let size = int_of(vm, &v[0], 0)?;
    let flags = int_of(vm, &v[1], 0)?;
    if size < 0 {
        return Err(errno_error(nix::errno::Errno::EINVAL));
    }
    let mut buf = crate::modules::convert::zeroed(size as usize)?;
    let n = vm.allow_threads(|| crate::unsafe_os::posix_calls::getrandom(&mut buf, flags as u32)).map_err(errno_error)?;
    buf.truncate(n);
    Ok(Value::Bytes(Arc::new(buf)))
}

/// Four int arguments (fd, offset, len, and one more) of posix_fadvise / lockf.
fn ints<const N: usize>(vm: &mut Vm, fname: &str, a: &[Value], k: &KwArgs) -> PyResult<[i64; N]> {
    check_args(fname, a, k, N, N)?;
    let mut out = [0; N];
    for (i, v) in a.iter().enumerate() {
        out[i] = crate::builtins::binary_args::int_arg(vm, v)?;
    }
    Ok(out)
}

/// os.posix_fadvise(fd, offset, len, advice).
pub fn posix_fadvise(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [fd, offset, len, advice] = ints::<4>(vm, "posix_fadvise", a, k)?;
    let advice: nix::fcntl::PosixFadviseAdvice = unsafe_free_advice(advice)?;
    on_fd(vm, fd as i32, |f| nix::fcntl::posix_fadvise(f, offset, len, advice))?;
    Ok(Value::None)
}

/// The advice of posix_fadvise by number (EINVAL for one the kernel does not know).
fn unsafe_free_advice(n: i64) -> PyResult<nix::fcntl::PosixFadviseAdvice> {
    use nix::fcntl::PosixFadviseAdvice as A;
    use nix::libc;
    Ok(match n as i32 {
        libc::POSIX_FADV_NORMAL => A::POSIX_FADV_NORMAL,
        libc::POSIX_FADV_SEQUENTIAL => A::POSIX_FADV_SEQUENTIAL,
        libc::POSIX_FADV_RANDOM => A::POSIX_FADV_RANDOM,
        libc::POSIX_FADV_NOREUSE => A::POSIX_FADV_NOREUSE,
        libc::POSIX_FADV_WILLNEED => A::POSIX_FADV_WILLNEED,
        libc::POSIX_FADV_DONTNEED => A::POSIX_FADV_DONTNEED,
        _ => return Err(errno_error(nix::errno::Errno::EINVAL)),
    })
}

/// os.posix_fallocate(fd, offset, len).
pub fn posix_fallocate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [fd, offset, len] = ints::<3>(vm, "posix_fallocate", a, k)?;
    on_fd(vm, fd as i32, |f| nix::fcntl::posix_fallocate(f, offset, len))?;
    Ok(Value::None)
}

/// os.lockf(fd, command, length).
pub fn lockf(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [fd, command, length] = ints::<3>(vm, "lockf", a, k)?;
    vm.allow_threads(|| crate::unsafe_os::posix_calls::lockf(fd as i32, command as i32, length)).map_err(errno_error)?;
    Ok(Value::None)
}

/// os.pidfd_open(pid, flags=0) -> fd.
pub fn pidfd_open(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let v = bind("pidfd_open", a, k, &["pid", "flags"], 1)?;
    let pid = int_of(vm, &v[0], 0)?;
    let flags = int_of(vm, &v[1], 0)?;
    let fd = crate::unsafe_os::posix_calls::pidfd_open(pid as i32, flags as u32).map_err(errno_error)?;
    Ok(Value::Int(fd as i64))
}

/// os.writev(fd, buffers) -> bytes written.
pub fn writev(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("writev", a, k, 2, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let items = vm.collect(&a[1]).map_err(|_| PyErr::type_error("writev() arg 2 must be a sequence"))?;
    let mut chunks = Vec::with_capacity(items.len());
    for item in &items {
        chunks.push(buffer_bytes(item)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(item))))?);
    }
    let n = on_fd(vm, fd, |f| {
        let slices: Vec<std::io::IoSlice<'_>> = chunks.iter().map(|c| std::io::IoSlice::new(c)).collect();
        nix::sys::uio::writev(f, &slices)
    })?;
    Ok(Value::Int(n as i64))
}

/// os.ttyname(fd) -> the terminal's device path.
pub fn ttyname(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("ttyname", a, k, 1, 1)?;
    let fd = fd_of(vm, &a[0])?;
    let path = on_fd(vm, fd, |f| nix::unistd::ttyname(f))?;
    Ok(Value::string(path.to_string_lossy().into_owned()))
}

/// os.tcgetpgrp(fd) -> the terminal's foreground process group.
pub fn tcgetpgrp(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tcgetpgrp", a, k, 1, 1)?;
    let fd = fd_of(vm, &a[0])?;
    Ok(Value::Int(on_fd(vm, fd, |f| nix::unistd::tcgetpgrp(f))?.as_raw() as i64))
}

/// os.tcsetpgrp(fd, pgid).
pub fn tcsetpgrp(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tcsetpgrp", a, k, 2, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let pgid = nix::unistd::Pid::from_raw(crate::builtins::binary_args::int_arg(vm, &a[1])? as i32);
    on_fd(vm, fd, |f| nix::unistd::tcsetpgrp(f, pgid))?;
    Ok(Value::None)
}

/// A device number argument (unsigned): "dev_t" overflow as CPython words it.
fn dev_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let big = match crate::modules::convert::index_big(vm, v)? {
        Some(b) => b,
        None => return Err(PyErr::type_error("an integer is required")),
    };
    num_traits::ToPrimitive::to_u64(&big).ok_or_else(|| PyErr::overflow("Python int too large to convert to C dev_t"))
}

/// os.major(device).
pub fn major(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("major", a, k, 1, 1)?;
    Ok(Value::Int(nix::sys::stat::major(dev_arg(vm, &a[0])?) as i64))
}

/// os.minor(device).
pub fn minor(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("minor", a, k, 1, 1)?;
    Ok(Value::Int(nix::sys::stat::minor(dev_arg(vm, &a[0])?) as i64))
}

/// os.makedev(major, minor).
pub fn makedev(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("makedev", a, k, 2, 2)?;
    let (ma, mi) = (crate::builtins::binary_args::int_arg(vm, &a[0])?, crate::builtins::binary_args::int_arg(vm, &a[1])?);
    let (ma, mi) = (
        u32::try_from(ma).map_err(|_| PyErr::overflow("Python int too large to convert to C unsigned int"))?,
        u32::try_from(mi).map_err(|_| PyErr::overflow("Python int too large to convert to C unsigned int"))?,
    );
    Ok(Value::Int(nix::sys::stat::makedev(ma as u64, mi as u64) as i64))
}

/// os.mknod(path, mode=0o600, device=0).
pub fn mknod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let v = bind("mknod", a, k, &["path", "mode", "device"], 1)?;
    let path = arg_str(v[0].as_ref().expect("required"), "mknod")?.to_string();
    let mode = int_of(vm, &v[1], 0o600)?;
    let device = match &v[2] {
        Some(d) => dev_arg(vm, d)?,
        None => 0,
    };
    let kind = nix::sys::stat::SFlag::from_bits_truncate(mode as nix::libc::mode_t & nix::libc::S_IFMT);
    let perm = nix::sys::stat::Mode::from_bits_truncate(mode as nix::libc::mode_t & !nix::libc::S_IFMT);
    nix::sys::stat::mknod(path.as_str(), kind, perm, device)
        .map_err(|e| crate::builtins::file::os_error(&std::io::Error::from_raw_os_error(e as i32), &path))?;
    Ok(Value::None)
}

/// os.chroot(path).
pub fn chroot(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("chroot", a, k, 1, 1)?;
    let path = arg_str(&a[0], "chroot")?.to_string();
    nix::unistd::chroot(path.as_str()).map_err(|e| crate::builtins::file::os_error(&std::io::Error::from_raw_os_error(e as i32), &path))?;
    Ok(Value::None)
}

/// os.abort(): ends the process with SIGABRT, no cleanup.
pub fn abort(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("abort", a, k, 0, 0)?;
    std::process::abort()
}
