//! `_os`, the native core of `os` (process ids, cpu count, environ, getcwd, files and directories),
//! and `_posixpath`, the native core of `os.path`; src/stdlib/os.py and posixpath.py build on them.

use super::make_module;
use crate::builtins::args::{arg_str, check_args};
use crate::objects::types::types;

/// A path argument of os.path's string functions, with posixpath's error for anything else.
fn path_str(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", types().of(v).name))),
    }
}
use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn getpid(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn cpu_count(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(std::thread::available_parallelism().map(|n| n.get() as i64).unwrap_or(1)))
}

fn getcwd(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()))
}

/// os.remove / os.unlink: deletes a file, with CPython's OSError on failure.
fn remove(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("remove", a, k, 1, 1)?;
    let path = arg_str(&a[0], "remove")?.to_string();
    vm.allow_threads(|| std::fs::remove_file(&path)).map_err(|e| crate::builtins::file::os_error(&e, &path))?;
    Ok(Value::None)
}

/// os.mkdir(path, mode=0o777): makes one directory, with CPython's OSError (FileExistsError...).
fn mkdir(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("mkdir", a, k, 1, 2)?;
    let path = arg_str(&a[0], "mkdir")?.to_string();
    let mode = match a.get(1) {
        Some(v) => vm.index_value(v)? as u32,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    vm.allow_threads(|| std::fs::DirBuilder::new().mode(mode).create(&path)).map_err(|e| crate::builtins::file::os_error(&e, &path))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("rmdir", a, k, 1, 1)?;
    let path = arg_str(&a[0], "rmdir")?.to_string();
    vm.allow_threads(|| std::fs::remove_dir(&path)).map_err(|e| crate::builtins::file::os_error(&e, &path))?;
    Ok(Value::None)
}

/// os._exit(n): leaves the process at once, without flushing or cleanup (as CPython's).
fn exit_now(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("_exit", a, k, 1, 1)?;
    let code = vm.index_value(&a[0])?;
    std::process::exit(code as i32)
}

fn kill(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("kill", a, k, 2, 2)?;
    let pid = nix::unistd::Pid::from_raw(vm.index_value(&a[0])? as i32);
    let sig = vm.index_value(&a[1])? as i32;
    let result = if sig == 0 {
        nix::sys::signal::kill(pid, None)
    } else {
        let s = nix::sys::signal::Signal::try_from(sig).map_err(|_| crate::modules::socket::errors::errno_error(nix::errno::Errno::EINVAL))?;
        nix::sys::signal::kill(pid, s)
    };
    result.map_err(crate::modules::socket::errors::errno_error)?;
    // A signal sent to this process is handled as soon as kill returns, as CPython's eval loop
    // does after the call (two signals sent in a row are then handled twice, not merged).
    if sig != 0 && (pid.as_raw() == 0 || pid == nix::unistd::getpid()) {
        crate::modules::signals::await_own_signal(vm, sig)?;
    }
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("listdir", a, k, 0, 1)?;
    let path = match a.first() {
        Some(v) => arg_str(v, "listdir")?.to_string(),
        None => ".".to_string(),
    };
    let entries = vm.allow_threads(|| std::fs::read_dir(&path)).map_err(|e| crate::builtins::file::os_error(&e, &path))?;
    let names = entries.filter_map(|e| e.ok()).map(|e| Value::string(e.file_name().to_string_lossy().into_owned())).collect();
    Ok(Value::list(names))
}

fn join(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let mut out = String::new();
    for v in a {
        let s = path_str(v)?;
        if s.starts_with('/') {
            out = s.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(s);
        } else {
            out.push('/');
            out.push_str(s);
        }
    }
    Ok(Value::string(out))
}

fn exists(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("exists", a, k, 1, 1)?;
    Ok(Value::Bool(std::path::Path::new(arg_str(&a[0], "exists")?).exists()))
}

fn isfile(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isfile", a, k, 1, 1)?;
    Ok(Value::Bool(std::path::Path::new(arg_str(&a[0], "isfile")?).is_file()))
}

fn isdir(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isdir", a, k, 1, 1)?;
    Ok(Value::Bool(std::path::Path::new(arg_str(&a[0], "isdir")?).is_dir()))
}

fn basename(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("basename", a, k, 1, 1)?;
    let s = path_str(&a[0])?;
    Ok(Value::str(s.rsplit('/').next().unwrap_or("")))
}

fn dirname(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("dirname", a, k, 1, 1)?;
    let s = path_str(&a[0])?;
    Ok(Value::str(match s.rfind('/') {
        Some(0) => "/",
        Some(i) => &s[..i],
        None => "",
    }))
}

/// posixpath.normpath: collapses "//", "." and "a/.." without looking at the disk.
fn normalize(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        match comp {
            "" | "." => {}
            ".." if initial == 0 && (parts.is_empty() || parts.last() == Some(&"..")) => parts.push(".."),
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let out = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if out.is_empty() { ".".into() } else { out }
}

fn normpath(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("normpath", a, k, 1, 1)?;
    Ok(Value::string(normalize(path_str(&a[0])?)))
}

fn abspath(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("abspath", a, k, 1, 1)?;
    let s = path_str(&a[0])?;
    let joined = if s.starts_with('/') { s.to_string() } else { format!("{}/{s}", std::env::current_dir().unwrap_or_default().to_string_lossy()) };
    Ok(Value::string(normalize(&joined)))
}

/// split(path) -> (head, tail): tail is everything after the last slash.
fn split(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("split", a, k, 1, 1)?;
    let s = path_str(&a[0])?;
    let i = s.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = s.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
}

/// splitext(path) -> (root, ext): ext starts at the last dot of the last component, unless
/// that component is all leading dots.
fn splitext(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("splitext", a, k, 1, 1)?;
    let s = path_str(&a[0])?;
    let start = s.rfind('/').map_or(0, |i| i + 1);
    let name = &s[start..];
    let dot = name.rfind('.').filter(|&d| name[..d].chars().any(|c| c != '.'));
    Ok(match dot {
        Some(d) => Value::tuple(vec![Value::str(&s[..start + d]), Value::str(&name[d..])]),
        None => Value::tuple(vec![Value::str(s), Value::str("")]),
    })
}

fn getsize(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getsize", a, k, 1, 1)?;
    let s = arg_str(&a[0], "getsize")?;
    match std::fs::metadata(s) {
        Ok(m) => Ok(Value::Int(m.len() as i64)),
        Err(e) => Err(crate::builtins::file::os_error(&e, s)),
    }
}

pub fn create_path() -> Value {
    let (m, _) = make_module(
        "_posixpath",
        &[
            ("join", join),
            ("exists", exists),
            ("isfile", isfile),
            ("isdir", isdir),
            ("basename", basename),
            ("dirname", dirname),
            ("abspath", abspath),
            ("normpath", normpath),
            ("split", split),
            ("splitext", splitext),
            ("getsize", getsize),
        ],
    );
    m
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = make_module(
        "_os",
        &[
            ("getpid", getpid),
            ("getppid", getppid),
            ("cpu_count", cpu_count),
            ("getcwd", getcwd),
            ("remove", remove),
            ("unlink", remove),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("_exit", exit_now),
            ("kill", kill),
        ],
    );
    use super::os_extra as x;
    let more: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("rename", super::os_files::rename),
        ("replace", super::os_files::replace),
        ("stat", super::os_files::stat),
        ("lstat", x::lstat),
        ("chdir", x::chdir),
        ("chmod", x::chmod),
        ("utime", x::utime),
        ("access", x::access),
        ("symlink", x::symlink),
        ("link", x::link),
        ("readlink", x::readlink),
        ("umask", x::umask),
        ("_statvfs", x::statvfs),
        ("open", x::open),
        ("close", x::close),
        ("read", x::read),
        ("write", x::write),
        ("lseek", x::lseek),
        ("fsync", x::fsync),
        ("isatty", x::isatty),
        ("_terminal_size", x::terminal_size),
        ("_uname", x::uname),
        ("strerror", x::strerror),
        ("pipe", super::os_fd::pipe),
        ("pipe2", super::os_fd::pipe2),
        ("dup", super::os_fd::dup),
        ("dup2", super::os_fd::dup2),
        ("fstat", super::os_fd::fstat),
        ("ftruncate", super::os_fd::ftruncate),
        ("truncate", super::os_fd::truncate),
        ("get_inheritable", super::os_fd::get_inheritable),
        ("set_inheritable", super::os_fd::set_inheritable),
        ("get_blocking", super::os_fd::get_blocking),
        ("set_blocking", super::os_fd::set_blocking),
        ("openpty", super::os_fd::openpty),
        ("fdatasync", super::os_fd::fdatasync),
        ("closerange", super::os_fd::closerange),
        ("pread", super::os_fd::pread),
        ("pwrite", super::os_fd::pwrite),
        ("device_encoding", super::os_fd::device_encoding),
        ("fchmod", super::os_fd::fchmod),
        ("fchdir", super::os_fd::fchdir),
        ("chown", super::os_fd::chown),
        ("lchown", super::os_fd::lchown),
        ("fchown", super::os_fd::fchown),
        ("mkfifo", super::os_fd::mkfifo),
        ("sync", super::os_fd::sync),
        ("getuid", super::os_proc::getuid),
        ("geteuid", super::os_proc::geteuid),
        ("getgid", super::os_proc::getgid),
        ("getegid", super::os_proc::getegid),
        ("getgroups", super::os_proc::getgroups),
        ("getpgrp", super::os_proc::getpgrp),
        ("getpgid", super::os_proc::getpgid),
        ("getsid", super::os_proc::getsid),
        ("setsid", super::os_proc::setsid),
        ("setpgid", super::os_proc::setpgid),
        ("setpgrp", super::os_proc::setpgrp),
        ("killpg", super::os_proc::killpg),
        ("_times", super::os_proc::times),
        ("getloadavg", super::os_proc::getloadavg),
        ("sched_getaffinity", super::os_proc::sched_getaffinity),
        ("sched_yield", super::os_proc::sched_yield),
        ("sysconf", super::os_proc::sysconf),
        ("system", super::os_proc::system),
        ("putenv", super::os_proc::putenv),
        ("unsetenv", super::os_proc::unsetenv),
        ("execv", super::os_proc::execve),
        ("execve", super::os_proc::execve),
        ("eventfd", super::os_linux::eventfd),
        ("eventfd_read", super::os_linux::eventfd_read),
        ("eventfd_write", super::os_linux::eventfd_write),
        ("memfd_create", super::os_linux::memfd_create),
        ("getrandom", super::os_linux::getrandom),
        ("posix_fadvise", super::os_linux::posix_fadvise),
        ("posix_fallocate", super::os_linux::posix_fallocate),
        ("lockf", super::os_linux::lockf),
        ("pidfd_open", super::os_linux::pidfd_open),
        ("writev", super::os_linux::writev),
        ("ttyname", super::os_linux::ttyname),
        ("tcgetpgrp", super::os_linux::tcgetpgrp),
        ("tcsetpgrp", super::os_linux::tcsetpgrp),
        ("major", super::os_linux::major),
        ("minor", super::os_linux::minor),
        ("makedev", super::os_linux::makedev),
        ("mknod", super::os_linux::mknod),
        ("chroot", super::os_linux::chroot),
        ("abort", super::os_linux::abort),
        ("setuid", super::os_ids::setuid),
        ("seteuid", super::os_ids::seteuid),
        ("setreuid", super::os_ids::setreuid),
        ("setresuid", super::os_ids::setresuid),
        ("setgid", super::os_ids::setgid),
        ("setegid", super::os_ids::setegid),
        ("setregid", super::os_ids::setregid),
        ("setresgid", super::os_ids::setresgid),
        ("getresuid", super::os_ids::getresuid),
        ("getresgid", super::os_ids::getresgid),
        ("setgroups", super::os_ids::setgroups),
        ("initgroups", super::os_ids::initgroups),
        ("getgrouplist", super::os_ids::getgrouplist),
        ("getpriority", super::os_ids::getpriority),
        ("setpriority", super::os_ids::setpriority),
        ("nice", super::os_ids::nice),
        ("getlogin", super::os_ids::getlogin),
        ("ctermid", super::os_ids::ctermid),
        ("wait", super::os_ids::wait),
    ];
    for (n, f) in more {
        d.set_str(intern(n), crate::objects::function::Builtin::new(n, *f));
    }
    crate::modules::int_constants::install(&d, super::os_linux::CONSTANTS);
    let env = Dict::new();
    for (k, v) in std::env::vars() {
        env.set_str(intern(&k), Value::string(v));
    }
    d.set_str(crate::name!("environ").clone(), Value::Dict(env));
    d.set_str(crate::name!("sep").clone(), Value::str("/"));
    d.set_str(crate::name!("linesep").clone(), Value::str("\n"));
    d.set_str(crate::name!("name").clone(), Value::str("posix"));
    let _ = vm;
    Ok(m)
}
