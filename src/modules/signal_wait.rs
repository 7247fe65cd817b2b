//! The waiting calls of `_signal`: sigwait, sigwaitinfo and sigtimedwait (the GIL released
//! while waiting; handlers of other signals run when a wait is interrupted, then it resumes),
//! their `struct_siginfo` (a struct sequence made by `_structseq`), and pidfd_send_signal.

use crate::builtins::args::check_args;
use crate::modules::socket::errors::errno_error;
use crate::objects::function::{KwArgs, NO_KWARGS};
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::posix_calls::{SigInfo, sigtimedwait as os_wait};
use crate::vm::Vm;
use nix::errno::Errno;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const FIELDS: [&str; 7] = ["si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"];

/// `signal.struct_siginfo`, made once by `_structseq.make`.
fn siginfo_class(vm: &mut Vm) -> PyResult<Value> {
    static C: OnceLock<Value> = OnceLock::new();
    if let Some(c) = C.get() {
        return Ok(c.clone());
    }
    let structseq = vm.import_module("_structseq")?;
    let make = vm.get_attr(&structseq, &intern("make"))?;
    let fields = Value::tuple(FIELDS.iter().map(|f| Value::str(f)).collect());
    let class = vm.call(&make, &[Value::str("signal"), Value::str("struct_siginfo"), fields], NO_KWARGS)?;
    Ok(C.get_or_init(|| class).clone())
}

/// Puts `struct_siginfo` into the module's namespace.
pub fn install(vm: &mut Vm, d: &crate::objects::dict::Dict) -> PyResult<()> {
    let class = siginfo_class(vm)?;
    d.set_str(intern("struct_siginfo"), class);
    Ok(())
}

fn siginfo(vm: &mut Vm, info: SigInfo) -> PyResult<Value> {
    let class = siginfo_class(vm)?;
    let items = Value::tuple(info.iter().map(|n| Value::Int(*n)).collect());
    vm.call(&class, &[items], NO_KWARGS)
}

/// Waits for one of `sigs` until `deadline` (None: for ever), running the handlers of other
/// signals that interrupt the wait.
fn wait(vm: &mut Vm, sigs: &[i32], deadline: Option<Instant>) -> PyResult<Option<SigInfo>> {
    loop {
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        match vm.allow_threads(|| os_wait(sigs, left)) {
            Err(Errno::EINTR) => {
                super::signals::check_interrupt(vm)?;
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return Ok(None);
                }
            }
            other => {
                // A handled signal another thread took while this one waited runs now, as
                // CPython runs it when its wait is interrupted.
                super::signals::check_interrupt(vm)?;
                return other.map_err(errno_error);
            }
        }
    }
}

/// signal.sigwait(sigset) -> the signal number.
pub fn sigwait(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sigwait", a, k, 1, 1)?;
    let sigs = super::signals::signal_list(vm, &a[0])?;
    let info = wait(vm, &sigs, None)?.ok_or_else(|| errno_error(Errno::EAGAIN))?;
    Ok(Value::Int(info[0]))
}

/// signal.sigwaitinfo(sigset) -> struct_siginfo.
pub fn sigwaitinfo(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sigwaitinfo", a, k, 1, 1)?;
    let sigs = super::signals::signal_list(vm, &a[0])?;
    let info = wait(vm, &sigs, None)?.ok_or_else(|| errno_error(Errno::EAGAIN))?;
    siginfo(vm, info)
}

/// signal.sigtimedwait(sigset, timeout) -> struct_siginfo, or None when the time ran out.
pub fn sigtimedwait(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sigtimedwait", a, k, 2, 2)?;
    let sigs = super::signals::signal_list(vm, &a[0])?;
    let secs = crate::builtins::args::arg_f64(vm, &a[1])?;
    if secs < 0.0 {
        return Err(PyErr::value_error("timeout must be non-negative"));
    }
    let deadline = Instant::now() + Duration::try_from_secs_f64(secs).map_err(|_| PyErr::overflow("timestamp too large to convert to C _PyTime_t"))?;
    match wait(vm, &sigs, Some(deadline))? {
        Some(info) => siginfo(vm, info),
        None => Ok(Value::None),
    }
}

/// signal.pidfd_send_signal(pidfd, sig, siginfo=None, flags=0).
pub fn pidfd_send_signal(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pidfd_send_signal", a, k, 2, 4)?;
    let pidfd = crate::builtins::binary_args::int_arg(vm, &a[0])?;
    let sig = crate::builtins::binary_args::int_arg(vm, &a[1])?;
    if !matches!(a.get(2), None | Some(Value::None)) {
        return Err(PyErr::type_error("siginfo must be None"));
    }
    let flags = match a.get(3) {
        Some(v) => crate::builtins::binary_args::int_arg(vm, v)?,
        None => 0,
    };
    crate::unsafe_os::posix_calls::pidfd_send_signal(pidfd as i32, sig as i32, flags as u32).map_err(errno_error)?;
    super::signals::check_interrupt(vm)?;
    Ok(Value::None)
}
