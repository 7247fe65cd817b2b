//! The process side of `os`: user and group ids, process groups and sessions (getpgrp, setsid,
//! killpg...), times(), getloadavg(), sched_getaffinity/sched_yield, sysconf, system(),
//! putenv/unsetenv (the environment the OS gives children), execv/execve. Errors are CPython's
//! OSError subclasses with their errno.

use crate::builtins::args::{arg_str, check_args};
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::unistd::Pid;

fn errno_error(e: nix::errno::Errno) -> PyErr {
    super::socket::errors::errno_error(e)
}

fn pid_arg(vm: &mut Vm, v: &Value) -> PyResult<Pid> {
    Ok(Pid::from_raw(vm.index_value(v)? as i32))
}

fn id(v: u32) -> Value {
    Value::Int(v as i64)
}

macro_rules! no_args {
    ($name:ident, $py:literal, $e:expr) => {
        pub fn $name(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            check_args($py, a, k, 0, 0)?;
            Ok($e)
        }
    };
}

no_args!(getuid, "getuid", id(nix::unistd::getuid().as_raw()));
no_args!(geteuid, "geteuid", id(nix::unistd::geteuid().as_raw()));
no_args!(getgid, "getgid", id(nix::unistd::getgid().as_raw()));
no_args!(getegid, "getegid", id(nix::unistd::getegid().as_raw()));
no_args!(getpgrp, "getpgrp", Value::Int(nix::unistd::getpgrp().as_raw() as i64));

pub fn getgroups(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getgroups", a, k, 0, 0)?;
    let groups = nix::unistd::getgroups().map_err(errno_error)?;
    Ok(Value::list(groups.into_iter().map(|g| id(g.as_raw())).collect()))
}

pub fn getpgid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getpgid", a, k, 1, 1)?;
    let pid = pid_arg(vm, &a[0])?;
    Ok(Value::Int(nix::unistd::getpgid(Some(pid)).map_err(errno_error)?.as_raw() as i64))
}

pub fn getsid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getsid", a, k, 1, 1)?;
    let pid = pid_arg(vm, &a[0])?;
    Ok(Value::Int(nix::unistd::getsid(Some(pid)).map_err(errno_error)?.as_raw() as i64))
}

pub fn setsid(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setsid", a, k, 0, 0)?;
    nix::unistd::setsid().map_err(errno_error)?;
    Ok(Value::None)
}

pub fn setpgid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setpgid", a, k, 2, 2)?;
    let (pid, pgrp) = (pid_arg(vm, &a[0])?, pid_arg(vm, &a[1])?);
    nix::unistd::setpgid(pid, pgrp).map_err(errno_error)?;
    Ok(Value::None)
}

pub fn setpgrp(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setpgrp", a, k, 0, 0)?;
    nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0)).map_err(errno_error)?;
    Ok(Value::None)
}

/// os.killpg(pgid, sig).
pub fn killpg(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("killpg", a, k, 2, 2)?;
    let pgrp = pid_arg(vm, &a[0])?;
    let sig = vm.index_value(&a[1])? as i32;
    let signal = if sig == 0 { None } else { Some(nix::sys::signal::Signal::try_from(sig).map_err(errno_error)?) };
    nix::sys::signal::killpg(pgrp, signal).map_err(errno_error)?;
    Ok(Value::None)
}

/// _times() -> (user, system, children_user, children_system, elapsed) in seconds (os.py makes
/// the times_result).
pub fn times(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("times", a, k, 0, 0)?;
    let (parts, elapsed) = crate::unsafe_os::process_times().map_err(errno_error)?;
    let mut out: Vec<Value> = parts.iter().map(|s| Value::Float(*s)).collect();
    out.push(Value::Float(elapsed));
    Ok(Value::tuple(out))
}

/// os.getloadavg(): the 1, 5 and 15 minute load averages (from /proc/loadavg).
pub fn getloadavg(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getloadavg", a, k, 0, 0)?;
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let loads: Vec<f64> = text.split_whitespace().take(3).filter_map(|w| w.parse().ok()).collect();
    if loads.len() != 3 {
        return Err(PyErr::new(crate::objects::ExcKind::OSError, "Load averages are unobtainable"));
    }
    Ok(Value::tuple(loads.into_iter().map(Value::Float).collect()))
}

/// os.sched_getaffinity(pid): the set of CPUs the process may run on.
pub fn sched_getaffinity(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sched_getaffinity", a, k, 1, 1)?;
    let pid = pid_arg(vm, &a[0])?;
    let set = nix::sched::sched_getaffinity(pid).map_err(errno_error)?;
    let cpus = crate::objects::set::Set::new();
    for i in (0..nix::sched::CpuSet::count()).filter(|i| set.is_set(*i).unwrap_or(false)) {
        cpus.add(vm, Value::Int(i as i64))?;
    }
    Ok(Value::Set(cpus))
}

pub fn sched_yield(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sched_yield", a, k, 0, 0)?;
    vm.allow_threads(nix::sched::sched_yield).map_err(errno_error)?;
    Ok(Value::None)
}

/// The sysconf names gilpy knows (CPython's `os.sysconf_names` has these among more).
pub const SYSCONF: &[(&str, nix::unistd::SysconfVar)] = &[
    ("SC_ARG_MAX", nix::unistd::SysconfVar::ARG_MAX),
    ("SC_CHILD_MAX", nix::unistd::SysconfVar::CHILD_MAX),
    ("SC_CLK_TCK", nix::unistd::SysconfVar::CLK_TCK),
    ("SC_NGROUPS_MAX", nix::unistd::SysconfVar::NGROUPS_MAX),
    ("SC_NPROCESSORS_CONF", nix::unistd::SysconfVar::_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", nix::unistd::SysconfVar::_NPROCESSORS_ONLN),
    ("SC_OPEN_MAX", nix::unistd::SysconfVar::OPEN_MAX),
    ("SC_PAGESIZE", nix::unistd::SysconfVar::PAGE_SIZE),
    ("SC_PAGE_SIZE", nix::unistd::SysconfVar::PAGE_SIZE),
    ("SC_PHYS_PAGES", nix::unistd::SysconfVar::_PHYS_PAGES),
    ("SC_AVPHYS_PAGES", nix::unistd::SysconfVar::_AVPHYS_PAGES),
    ("SC_LINE_MAX", nix::unistd::SysconfVar::LINE_MAX),
    ("SC_HOST_NAME_MAX", nix::unistd::SysconfVar::HOST_NAME_MAX),
    ("SC_LOGIN_NAME_MAX", nix::unistd::SysconfVar::LOGIN_NAME_MAX),
];

/// os.sysconf(name): a system limit by name (`'SC_PAGE_SIZE'`), -1 when it has none.
pub fn sysconf(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sysconf", a, k, 1, 1)?;
    let name = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Int(_) => return Err(PyErr::value_error("unrecognized configuration name")),
        _ => return Err(PyErr::type_error("configuration names must be strings or integers")),
    };
    let Some((_, var)) = SYSCONF.iter().find(|(n, _)| *n == name) else { return Err(PyErr::value_error("unrecognized configuration name")) };
    Ok(Value::Int(nix::unistd::sysconf(*var).map_err(errno_error)?.unwrap_or(-1)))
}

/// os.system(command): runs it under /bin/sh and returns its wait status.
pub fn system(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("system", a, k, 1, 1)?;
    let command = arg_str(&a[0], "system")?.to_string();
    use std::os::unix::process::ExitStatusExt;
    let status = vm.allow_threads(|| std::process::Command::new("/bin/sh").arg("-c").arg(&command).status());
    Ok(Value::Int(match status {
        Ok(s) => s.into_raw() as i64,
        Err(_) => 127 << 8,
    }))
}

fn env_name(v: &Value, what: &str) -> PyResult<String> {
    let s = arg_str(v, what)?.to_string();
    if s.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    Ok(s)
}

/// os.putenv(key, value): the environment children get (os.environ calls it on assignment).
pub fn putenv(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("putenv", a, k, 2, 2)?;
    let key = env_name(&a[0], "putenv")?;
    let value = env_name(&a[1], "putenv")?;
    if key.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if key.is_empty() {
        return Err(errno_error(nix::errno::Errno::EINVAL));
    }
    crate::unsafe_os::set_env(&key, Some(&value));
    Ok(Value::None)
}

pub fn unsetenv(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("unsetenv", a, k, 1, 1)?;
    let key = env_name(&a[0], "unsetenv")?;
    if key.is_empty() || key.contains('=') {
        return Err(errno_error(nix::errno::Errno::EINVAL));
    }
    crate::unsafe_os::set_env(&key, None);
    Ok(Value::None)
}

fn c_strings(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<std::ffi::CString>> {
    let items = match v {
        Value::List(_) | Value::Tuple(_) => vm.collect(v)?,
        _ => return Err(PyErr::type_error(format!("{what} must be a tuple or list"))),
    };
    items
        .iter()
        .map(|item| {
            let s = match item {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                Value::Bytes(b) => b.to_vec(),
                other => {
                    return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", crate::objects::types::types().of(other).name)));
                }
            };
            std::ffi::CString::new(s).map_err(|_| PyErr::value_error("embedded null byte"))
        })
        .collect()
}

/// os.execv(path, args) and os.execve(path, args, env): this process becomes the program.
pub fn execve(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("execve", a, k, 2, 3)?;
    let name = if a.len() == 2 { "execv" } else { "execve" };
    let path = std::ffi::CString::new(arg_str(&a[0], name)?.as_bytes()).map_err(|_| PyErr::value_error("embedded null byte"))?;
    let args = c_strings(vm, &a[1], &format!("{name}() arg 2"))?;
    if args.is_empty() {
        return Err(PyErr::value_error(format!("{name}() arg 2 must not be empty")));
    }
    if args[0].as_bytes().is_empty() {
        return Err(PyErr::value_error(format!("{name}() arg 2 first element cannot be empty")));
    }
    let env: Vec<std::ffi::CString> = match a.get(2) {
        None => std::env::vars().filter_map(|(k, v)| std::ffi::CString::new(format!("{k}={v}")).ok()).collect(),
        Some(Value::Dict(d)) => {
            let mut out = Vec::new();
            for (key, value) in d.items() {
                let (Value::Str(key), Value::Str(value)) = (&key, &value) else { return Err(PyErr::type_error("env must contain str keys and values")) };
                out.push(std::ffi::CString::new(format!("{}={}", key.as_str(), value.as_str())).map_err(|_| PyErr::value_error("embedded null byte"))?);
            }
            out
        }
        Some(other) => {
            let items = vm.call_method(other, "items", &[])?;
            let mut out = Vec::new();
            for pair in vm.collect(&items)? {
                let kv = vm.collect(&pair)?;
                let (Some(Value::Str(key)), Some(Value::Str(value))) = (kv.first(), kv.get(1)) else {
                    return Err(PyErr::type_error("env must contain str keys and values"));
                };
                out.push(std::ffi::CString::new(format!("{}={}", key.as_str(), value.as_str())).map_err(|_| PyErr::value_error("embedded null byte"))?);
            }
            out
        }
    };
    vm.flush_stdout()?;
    let e = nix::unistd::execve(&path, &args, &env).unwrap_err();
    Err(crate::builtins::file::os_error(&std::io::Error::from_raw_os_error(e as i32), ""))
}
