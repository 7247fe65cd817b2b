//! `_multiprocessing`: the native layer under the multiprocessing package (src/stdlib/multiprocessing/). fork() (with the child's runtime
//! reset), waiting for and signalling children, leaving a child, serialisation (wire.rs), and
//! connections and cross-process semaphores (conn.rs).

pub mod conn;
pub mod wire;

use super::make_module;
use crate::builtins::args::check_args;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::sys::signal::Signal;
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;
use std::time::{Duration, Instant};

/// fork() -> 0 in the child, the child's pid in the parent. Standard streams are flushed first
/// so nothing prints twice; the child starts with one thread, a fresh GIL and fresh statistics.
fn fork(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fork", a, k, 0, 0)?;
    vm.flush_ticks();
    let interp = vm.interp.clone();
    let forked = interp.gil.stop_world_for_fork(|| interp.stdio.flush_and_hold(|| interp.gil.hold_across_fork(crate::unsafe_os::fork)));
    match forked {
        Ok(Some(pid)) => Ok(Value::Int(pid.as_raw() as i64)),
        Ok(None) => {
            vm.interp.gil.after_fork(&vm.stats);
            vm.interp.running_threads.store(0, std::sync::atomic::Ordering::SeqCst);
            let me = vm.stats.id;
            vm.interp.stacks.retain(|t| t == me);
            crate::modules::signals::after_fork();
            Ok(Value::Int(0))
        }
        Err(e) => Err(PyErr::new(ExcKind::OSError, format!("fork failed: {e}"))),
    }
}

/// Raises the soft limit on open descriptors to the hard one: every cross-process lock and
/// shared array keeps a memory file open (so spawned children can map it), and a program may
/// make thousands of them.
pub fn raise_descriptor_limit() {
    use nix::sys::resource::{Resource, getrlimit, setrlimit};
    if let Ok((soft, hard)) = getrlimit(Resource::RLIMIT_NOFILE)
        && soft < hard
    {
        let _ = setrlimit(Resource::RLIMIT_NOFILE, hard, hard);
    }
}

fn exit_code(status: WaitStatus) -> Option<i64> {
    match status {
        WaitStatus::Exited(_, code) => Some(code as i64),
        WaitStatus::Signaled(_, sig, _) => Some(-(sig as i64)),
        _ => None,
    }
}

/// waitpid(pid, timeout=None) -> the exit code (negative: killed by that signal), or None if the
/// child is still running when the timeout passes (0: just look).
fn wait(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("waitpid", a, k, 1, 2)?;
    let pid = Pid::from_raw(vm.index_value(&a[0])? as i32);
    let until = crate::modules::timeout::selector_deadline(vm, a.get(1))?;
    let look = || match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
        Ok(WaitStatus::StillAlive) => Ok(None),
        Ok(s) => Ok(exit_code(s)),
        Err(e) => Err(e),
    };
    match look() {
        Ok(Some(code)) => return Ok(Value::Int(code)),
        Ok(None) => {}
        Err(e) => return Err(crate::modules::socket::errors::errno_error(e)),
    }
    if until.is_some_and(|u| u <= Instant::now()) {
        return Ok(Value::None);
    }
    // Poll with a short back-off: waitpid has no timeout, and the main thread must stay interruptible.
    let mut pause = Duration::from_micros(200);
    let r = vm.blocking(until, |u| {
        loop {
            match look() {
                Ok(Some(code)) => return Some(Ok(code)),
                Ok(None) => {}
                Err(e) => return Some(Err(e)),
            }
            let now = Instant::now();
            if u.is_some_and(|u| now >= u) {
                return None;
            }
            let step = u.map_or(pause, |u| pause.min(u - now));
            std::thread::sleep(step);
            pause = (pause * 2).min(Duration::from_millis(10));
        }
    })?;
    match r {
        Some(Ok(code)) => Ok(Value::Int(code)),
        Some(Err(e)) => Err(crate::modules::socket::errors::errno_error(e)),
        None => Ok(Value::None),
    }
}

fn kill(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("kill", a, k, 2, 2)?;
    let pid = Pid::from_raw(vm.index_value(&a[0])? as i32);
    let sig = Signal::try_from(vm.index_value(&a[1])? as i32).map_err(|_| PyErr::value_error("invalid signal number"))?;
    match nix::sys::signal::kill(pid, sig) {
        Ok(()) | Err(nix::errno::Errno::ESRCH) => Ok(Value::None),
        Err(e) => Err(PyErr::new(ExcKind::OSError, e.desc())),
    }
}

/// _exit(code): leaves the process at once (a child after its target), flushing stdout first.
fn exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_exit", a, k, 1, 1)?;
    let code = vm.index_value(&a[0])?;
    vm.interp.stdio.flush_out();
    std::process::exit(code as i32)
}

/// ignore_sigint(): this process no longer receives Ctrl-C (a Manager's server, which its
/// program shuts down at exit).
fn ignore_sigint(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("ignore_sigint", a, k, 0, 0)?;
    crate::unsafe_os::ignore_sigint().map_err(|e| PyErr::new(ExcKind::OSError, e.desc()))?;
    Ok(Value::None)
}

fn dumps(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("dumps", a, k, 1, 1)?;
    Ok(Value::Bytes(Arc::new(wire::dumps(vm, &a[0])?)))
}

/// spawning() -> whether a job for a spawned child is being encoded right now (the only time
/// locks, queues and shared values may be serialised).
fn spawning(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("spawning", a, k, 0, 0)?;
    Ok(Value::Bool(wire::spawning()))
}

fn loads(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("loads", a, k, 1, 1)?;
    let Value::Bytes(b) = &a[0] else { return Err(PyErr::type_error("loads() needs bytes")) };
    wire::loads(vm, b)
}

pub fn create() -> Value {
    let (m, d) = make_module(
        "_multiprocessing",
        &[
            ("fork", fork),
            ("waitpid", wait),
            ("kill", kill),
            ("_exit", exit),
            ("dumps", dumps),
            ("loads", loads),
            ("spawning", spawning),
            ("ignore_sigint", ignore_sigint),
            ("socketpair", conn::socketpair),
            ("pipe", conn::pipe),
            ("spawn", spawn),
            ("listen", conn::listen),
            ("connect", conn::connect),
            ("private_dir", conn::private_dir),
            ("random_bytes", conn::random_bytes),
            ("hmac_sha256", conn::hmac_sha256),
            ("hmac_verify", conn::hmac_verify),
        ],
    );
    d.set_str(intern("SemLock"), conn::semlock_type());
    d.set_str(intern("SharedArray"), conn::shared_type());
    m
}

/// spawn(main_path, job) -> pid: starts this gilpy executable again as a spawned child
/// (`gilpy --mp-spawn MAIN`), which imports MAIN as `__mp_main__` and then runs the Process object
/// serialised in `job`, read from its stdin. The GIL options travel in the environment.
fn spawn(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    use std::io::Write;
    check_args("spawn", a, k, 2, 2)?;
    let main = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    // The descriptors of Connections in the job are inherited by the child, then closed here.
    let (job, _inherited) = wire::dumps_for_spawn(vm, &a[1])?;
    let exe = std::env::current_exe().map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    vm.interp.stdio.flush_out();
    let gil = &vm.interp.gil;
    let mut child = std::process::Command::new(exe)
        .arg("--gil")
        .arg(gil.policy.name())
        .arg("--switch-interval")
        .arg(gil.interval().to_string())
        .arg("--mp-spawn")
        .arg(&main)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| PyErr::new(ExcKind::OSError, format!("cannot spawn a child process: {e}")))?;
    let pid = child.id();
    let mut stdin = child.stdin.take().ok_or_else(|| PyErr::new(ExcKind::OSError, "no pipe to the child"))?;
    vm.allow_threads(move || stdin.write_all(&job)).map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    Ok(Value::Int(pid as i64))
}
