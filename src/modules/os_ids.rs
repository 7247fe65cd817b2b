//! The user, group and scheduling-priority calls of `os` (in `_os`): set*uid/set*gid,
//! getresuid/getresgid, setgroups, initgroups, getgrouplist, getpriority/setpriority, nice,
//! getlogin, ctermid and wait. Errors are CPython's OSErrors for the errno.

use crate::builtins::args::check_args;
use crate::builtins::binary_args::int_arg;
use crate::modules::convert::type_name;
use crate::modules::socket::errors::errno_error;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::unistd::{Gid, Uid};

/// A uid or gid argument: -1 (no change) or an id, as CPython's converter takes them.
fn id_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<u32> {
    let n = int_arg(vm, v)?;
    match n {
        -1 => Ok(u32::MAX),
        0..=0xffff_fffe => Ok(n as u32),
        n if n < 0 => Err(PyErr::overflow(format!("{what} is less than minimum"))),
        _ => Err(PyErr::overflow(format!("{what} is greater than maximum"))),
    }
}

fn uids<const N: usize>(vm: &mut Vm, fname: &str, a: &[Value], k: &KwArgs) -> PyResult<[Uid; N]> {
    check_args(fname, a, k, N, N)?;
    let mut out = [Uid::from_raw(0); N];
    for (i, v) in a.iter().enumerate() {
        out[i] = Uid::from_raw(id_arg(vm, v, "uid")?);
    }
    Ok(out)
}

fn gids<const N: usize>(vm: &mut Vm, fname: &str, a: &[Value], k: &KwArgs) -> PyResult<[Gid; N]> {
    check_args(fname, a, k, N, N)?;
    let mut out = [Gid::from_raw(0); N];
    for (i, v) in a.iter().enumerate() {
        out[i] = Gid::from_raw(id_arg(vm, v, "gid")?);
    }
    Ok(out)
}

fn done(r: nix::Result<()>) -> PyResult<Value> {
    r.map_err(errno_error)?;
    Ok(Value::None)
}

pub fn setuid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [u] = uids::<1>(vm, "setuid", a, k)?;
    done(nix::unistd::setuid(u))
}

pub fn seteuid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [u] = uids::<1>(vm, "seteuid", a, k)?;
    done(nix::unistd::seteuid(u))
}

pub fn setreuid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [r, e] = uids::<2>(vm, "setreuid", a, k)?;
    done(nix::unistd::setresuid(r, e, Uid::from_raw(u32::MAX)))
}

pub fn setresuid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [r, e, s] = uids::<3>(vm, "setresuid", a, k)?;
    done(nix::unistd::setresuid(r, e, s))
}

pub fn setgid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [g] = gids::<1>(vm, "setgid", a, k)?;
    done(nix::unistd::setgid(g))
}

pub fn setegid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [g] = gids::<1>(vm, "setegid", a, k)?;
    done(nix::unistd::setegid(g))
}

pub fn setregid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [r, e] = gids::<2>(vm, "setregid", a, k)?;
    done(nix::unistd::setresgid(r, e, Gid::from_raw(u32::MAX)))
}

pub fn setresgid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [r, e, s] = gids::<3>(vm, "setresgid", a, k)?;
    done(nix::unistd::setresgid(r, e, s))
}

pub fn getresuid(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getresuid", a, k, 0, 0)?;
    let r = nix::unistd::getresuid().map_err(errno_error)?;
    Ok(Value::tuple([r.real, r.effective, r.saved].iter().map(|u| Value::Int(u.as_raw() as i64)).collect()))
}

pub fn getresgid(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getresgid", a, k, 0, 0)?;
    let r = nix::unistd::getresgid().map_err(errno_error)?;
    Ok(Value::tuple([r.real, r.effective, r.saved].iter().map(|g| Value::Int(g.as_raw() as i64)).collect()))
}

/// os.setgroups(groups).
pub fn setgroups(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setgroups", a, k, 1, 1)?;
    let items = vm.collect(&a[0]).map_err(|_| PyErr::type_error("setgroups argument must be a sequence"))?;
    let mut groups = Vec::with_capacity(items.len());
    for g in &items {
        if !matches!(g, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
            return Err(PyErr::type_error("groups must be integers"));
        }
        groups.push(Gid::from_raw(id_arg(vm, g, "gid")?));
    }
    done(nix::unistd::setgroups(&groups))
}

fn user_arg(v: &Value, fname: &str) -> PyResult<std::ffi::CString> {
    let Value::Str(s) = v else { return Err(PyErr::type_error(format!("{fname}() argument 1 must be str, not {}", type_name(v)))) };
    std::ffi::CString::new(s.as_str()).map_err(|_| PyErr::value_error("embedded null byte"))
}

/// os.initgroups(username, gid).
pub fn initgroups(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("initgroups", a, k, 2, 2)?;
    let user = user_arg(&a[0], "initgroups")?;
    let gid = Gid::from_raw(id_arg(vm, &a[1], "gid")?);
    done(nix::unistd::initgroups(&user, gid))
}

/// os.getgrouplist(user, group) -> the user's group ids.
pub fn getgrouplist(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getgrouplist", a, k, 2, 2)?;
    let user = user_arg(&a[0], "getgrouplist")?;
    let gid = Gid::from_raw(id_arg(vm, &a[1], "gid")?);
    let groups = nix::unistd::getgrouplist(&user, gid).map_err(errno_error)?;
    Ok(Value::list(groups.iter().map(|g| Value::Int(g.as_raw() as i64)).collect()))
}

/// os.getpriority(which, who).
pub fn getpriority(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getpriority", a, k, 2, 2)?;
    let (which, who) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    Ok(Value::Int(crate::unsafe_os::posix_calls::getpriority(which as u32, who as u32).map_err(errno_error)? as i64))
}

/// os.setpriority(which, who, priority).
pub fn setpriority(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setpriority", a, k, 3, 3)?;
    let (which, who, prio) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?, int_arg(vm, &a[2])?);
    done(crate::unsafe_os::posix_calls::setpriority(which as u32, who as u32, prio as i32))
}

/// os.nice(increment) -> the new niceness.
pub fn nice(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("nice", a, k, 1, 1)?;
    let inc = int_arg(vm, &a[0])?;
    Ok(Value::Int(crate::unsafe_os::posix_calls::nice(inc as i32).map_err(errno_error)? as i64))
}

/// os.getlogin().
pub fn getlogin(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getlogin", a, k, 0, 0)?;
    Ok(Value::string(crate::unsafe_os::posix_calls::getlogin().map_err(errno_error)?))
}

/// os.ctermid().
pub fn ctermid(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("ctermid", a, k, 0, 0)?;
    Ok(Value::string(crate::unsafe_os::posix_calls::ctermid()))
}

/// os.wait() -> (pid, status) of any child, waiting with the GIL released.
pub fn wait(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("wait", a, k, 0, 0)?;
    let s = vm.allow_threads(|| nix::sys::wait::waitpid(None, None)).map_err(errno_error)?;
    let pid = s.pid().map_or(0, |p| p.as_raw());
    Ok(Value::tuple(vec![Value::Int(pid as i64), Value::Int(raw_status(&s) as i64)]))
}

/// A wait status as the C `int` encodes it (what os.WEXITSTATUS and friends read).
fn raw_status(s: &nix::sys::wait::WaitStatus) -> i32 {
    use nix::sys::wait::WaitStatus as W;
    match s {
        W::Exited(_, code) => (code & 0xff) << 8,
        W::Signaled(_, sig, core) => *sig as i32 | if *core { 0x80 } else { 0 },
        W::Stopped(_, sig) => (*sig as i32) << 8 | 0x7f,
        W::Continued(_) => 0xffff,
        _ => 0,
    }
}
