//! `_resource`: the native side of resource.py — the process's resource limits (getrlimit,
//! setrlimit, the RLIMIT_* numbers, RLIM_INFINITY), its resource usage (getrusage, as a plain
//! 16-tuple that resource.py turns into struct_rusage) and getpagesize. A program can cap its
//! own address space with it and see MemoryError where an allocation would pass the cap.

use crate::builtins::args::check_args;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::sys::resource::{Resource, UsageWho};

/// Linux's resource numbers, by the names CPython gives them.
const LIMITS: &[(&str, i64, Resource)] = &[
    ("RLIMIT_CPU", 0, Resource::RLIMIT_CPU),
    ("RLIMIT_FSIZE", 1, Resource::RLIMIT_FSIZE),
    ("RLIMIT_DATA", 2, Resource::RLIMIT_DATA),
    ("RLIMIT_STACK", 3, Resource::RLIMIT_STACK),
    ("RLIMIT_CORE", 4, Resource::RLIMIT_CORE),
    ("RLIMIT_RSS", 5, Resource::RLIMIT_RSS),
    ("RLIMIT_NPROC", 6, Resource::RLIMIT_NPROC),
    ("RLIMIT_NOFILE", 7, Resource::RLIMIT_NOFILE),
    ("RLIMIT_MEMLOCK", 8, Resource::RLIMIT_MEMLOCK),
    ("RLIMIT_AS", 9, Resource::RLIMIT_AS),
    ("RLIMIT_SIGPENDING", 11, Resource::RLIMIT_SIGPENDING),
    ("RLIMIT_MSGQUEUE", 12, Resource::RLIMIT_MSGQUEUE),
    ("RLIMIT_NICE", 13, Resource::RLIMIT_NICE),
    ("RLIMIT_RTPRIO", 14, Resource::RLIMIT_RTPRIO),
    ("RLIMIT_RTTIME", 15, Resource::RLIMIT_RTTIME),
];

/// Who getrusage reports on, by CPython's numbers.
const WHO: &[(&str, i64, UsageWho)] =
    &[("RUSAGE_SELF", 0, UsageWho::RUSAGE_SELF), ("RUSAGE_CHILDREN", -1, UsageWho::RUSAGE_CHILDREN), ("RUSAGE_THREAD", 1, UsageWho::RUSAGE_THREAD)];

/// "No limit": rlim_t's largest value, which CPython shows as -1.
const INFINITY: i64 = -1;

fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::builtins::sizes::c_int(vm, v).map(i64::from)
}

fn resource_of(vm: &mut Vm, v: &Value) -> PyResult<Resource> {
    let n = c_int_arg(vm, v)?;
    LIMITS.iter().find(|(_, k, _)| *k == n).map(|(_, _, r)| *r).ok_or_else(|| PyErr::value_error("invalid resource specified"))
}

/// A limit as Python sees it: RLIM_INFINITY is -1.
fn limit_value(x: u64) -> Value {
    if x == u64::MAX { Value::Int(INFINITY) } else { Value::bigint(num_bigint::BigInt::from(x)) }
}

/// A limit from Python: a C long long, -1 (or any negative) wrapping to rlim_t as CPython's.
fn limit_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let n = match v {
        Value::BigInt(b) => {
            num_traits::ToPrimitive::to_i64(&**b).ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long"))?
        }
        _ => vm.index_value(v).map_err(|e| {
            if e.matches(ExcKind::TypeError) { PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name)) } else { e }
        })?,
    };
    Ok(n as u64)
}

fn getrlimit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("resource.getrlimit", a, k, 1, 1)?;
    let r = resource_of(vm, &a[0])?;
    let (soft, hard) = nix::sys::resource::getrlimit(r).map_err(crate::modules::socket::errors::errno_error)?;
    Ok(Value::tuple(vec![limit_value(soft), limit_value(hard)]))
}

fn setrlimit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("resource.setrlimit", a, k, 2, 2)?;
    let r = resource_of(vm, &a[0])?;
    let pair = vm.collect(&a[1])?;
    if pair.len() != 2 {
        return Err(PyErr::value_error("expected a tuple of 2 integers"));
    }
    let soft = limit_arg(vm, &pair[0])?;
    let hard = limit_arg(vm, &pair[1])?;
    match nix::sys::resource::setrlimit(r, soft, hard) {
        Ok(()) => Ok(Value::None),
        Err(Errno::EINVAL) => Err(PyErr::value_error("current limit exceeds maximum limit")),
        Err(Errno::EPERM) => Err(PyErr::value_error("not allowed to raise maximum limit")),
        Err(e) => Err(crate::modules::socket::errors::errno_error(e)),
    }
}

/// getrusage(who): the 16 fields of struct_rusage, times in seconds.
fn getrusage(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("resource.getrusage", a, k, 1, 1)?;
    let n = c_int_arg(vm, &a[0])?;
    let who = WHO.iter().find(|(_, k, _)| *k == n).map(|(_, _, w)| *w).ok_or_else(|| PyErr::value_error("invalid who parameter"))?;
    let u = nix::sys::resource::getrusage(who).map_err(crate::modules::socket::errors::errno_error)?;
    let seconds = |t: nix::sys::time::TimeVal| Value::Float(t.tv_sec() as f64 + t.tv_usec() as f64 * 1e-6);
    let counts = [
        u.max_rss(),
        u.shared_integral(),
        u.unshared_data_integral(),
        u.unshared_stack_integral(),
        u.minor_page_faults(),
        u.major_page_faults(),
        u.full_swaps(),
        u.block_reads(),
        u.block_writes(),
        u.ipc_sends(),
        u.ipc_receives(),
        u.signals(),
        u.voluntary_context_switches(),
        u.involuntary_context_switches(),
    ];
    let mut fields = vec![seconds(u.user_time()), seconds(u.system_time())];
    fields.extend(counts.iter().map(|&c| Value::Int(c)));
    Ok(Value::tuple(fields))
}

/// resource.prlimit(pid, resource[, limits]) -> the limits before, (soft, hard).
fn prlimit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("prlimit", a, k, 2, 3)?;
    let pid = c_int_arg(vm, &a[0])?;
    let which = c_int_arg(vm, &a[1])?;
    if !LIMITS.iter().any(|(_, n, _)| *n == which) {
        return Err(PyErr::value_error("invalid resource specified"));
    }
    let new = match a.get(2) {
        None | Some(Value::None) => None,
        Some(v) => {
            let items = vm.collect(v).map_err(|_| PyErr::value_error("expected a tuple of 2 integers"))?;
            if items.len() != 2 {
                return Err(PyErr::value_error("expected a tuple of 2 integers"));
            }
            Some((limit_arg(vm, &items[0])?, limit_arg(vm, &items[1])?))
        }
    };
    match crate::unsafe_os::posix_calls::prlimit(pid as i32, which as i32, new) {
        Ok((soft, hard)) => Ok(Value::tuple(vec![limit_value(soft), limit_value(hard)])),
        Err(Errno::EINVAL) if new.is_some() => Err(PyErr::value_error("current limit exceeds maximum limit")),
        Err(e) => Err(crate::modules::socket::errors::errno_error(e)),
    }
}

fn getpagesize(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("resource.getpagesize", a, k, 0, 0)?;
    let size = nix::unistd::sysconf(nix::unistd::SysconfVar::PAGE_SIZE).ok().flatten().unwrap_or(4096);
    Ok(Value::Int(size))
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "_resource",
        &[("getrlimit", getrlimit), ("setrlimit", setrlimit), ("getrusage", getrusage), ("getpagesize", getpagesize), ("prlimit", prlimit)],
    );
    for (name, n, _) in LIMITS {
        d.set_str(intern(name), Value::Int(*n));
    }
    d.set_str(intern("RLIMIT_OFILE"), Value::Int(7));
    for (name, n, _) in WHO {
        d.set_str(intern(name), Value::Int(*n));
    }
    d.set_str(intern("RLIM_INFINITY"), Value::Int(INFINITY));
    m
}
