//! `_posixsubprocess`: the native side of subprocess.py: fork_exec (the child's steps between
//! fork and exec are in unsafe_os::spawn, built here beforehand), close-on-exec pipes, and
//! waiting for a child with the GIL released (waitpid polled with growing pauses, so the main
//! thread still runs signal handlers and a timeout is kept).

use crate::builtins::args::check_args;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::spawn::{ExecPlan, fork_exec as os_fork_exec};
use crate::vm::Vm;
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;
use std::ffi::CString;
use std::time::{Duration, Instant};

fn os_error(e: nix::errno::Errno) -> PyErr {
    super::socket::errors::errno_error(e)
}

fn c_string(v: &Value) -> PyResult<CString> {
    let bytes: Vec<u8> = match v {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        other => return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", super::convert::type_name(other)))),
    };
    CString::new(bytes).map_err(|_| PyErr::value_error("embedded null byte"))
}

fn c_strings(vm: &mut Vm, v: &Value) -> PyResult<Vec<CString>> {
    vm.collect(v)?.iter().map(c_string).collect()
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    Ok(vm.index_value(v)? as i32)
}

/// The descriptors above 2 open in this process now (what close_fds closes in the child).
fn open_fds() -> Vec<i32> {
    let Ok(dir) = std::fs::read_dir("/proc/self/fd") else { return Vec::new() };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok()).filter(|&fd| fd > 2).collect()
}

/// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread,
/// c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
/// start_new_session, process_group) -> pid
fn fork_exec(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fork_exec", a, k, 17, 17)?;
    let argv = c_strings(vm, &a[0])?;
    let exec_paths = c_strings(vm, &a[1])?;
    let close_fds = vm.truthy(&a[2])?;
    let keep_fds = vm.collect(&a[3])?.iter().map(|v| fd_arg(vm, v)).collect::<PyResult<Vec<i32>>>()?;
    let cwd = if a[4].is_none() { None } else { Some(c_string(&a[4])?) };
    let env = if a[5].is_none() { None } else { Some(c_strings(vm, &a[5])?) };
    let mut fds = [0i32; 8];
    for (i, slot) in fds.iter_mut().enumerate() {
        *slot = fd_arg(vm, &a[6 + i])?;
    }
    let [p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write] = fds;
    let plan = ExecPlan {
        argv,
        env,
        exec_paths,
        cwd,
        stdio: [p2cread, c2pwrite, errwrite],
        parent_ends: vec![p2cwrite, c2pread, errread, errpipe_read],
        errpipe_write,
        keep_fds,
        close: if close_fds { open_fds() } else { Vec::new() },
        restore_signals: vm.truthy(&a[14])?,
        start_new_session: vm.truthy(&a[15])?,
        process_group: vm.index_value(&a[16])? as i32,
    };
    // As CPython, the parent's buffered output is not flushed: the child starts afresh by exec.
    let pid = os_fork_exec(&plan).map_err(os_error)?;
    Ok(Value::Int(pid as i64))
}

/// pipe() -> (read_fd, write_fd), both close-on-exec.
fn pipe(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    use std::os::fd::IntoRawFd;
    check_args("pipe", a, k, 0, 0)?;
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(os_error)?;
    Ok(Value::tuple(vec![Value::Int(r.into_raw_fd() as i64), Value::Int(w.into_raw_fd() as i64)]))
}

/// The return code of a finished child: its exit status, or -N when signal N ended it; None
/// while it runs. A child that cannot be waited for (ECHILD) counts as exited with 0.
fn reap(pid: i32) -> PyResult<Option<i64>> {
    match waitpid(Pid::from_raw(pid), Some(WaitPidFlag::WNOHANG)) {
        Ok(WaitStatus::Exited(_, code)) => Ok(Some(code as i64)),
        Ok(WaitStatus::Signaled(_, sig, _)) => Ok(Some(-(sig as i64))),
        Ok(_) => Ok(None),
        Err(nix::errno::Errno::ECHILD) => Ok(Some(0)),
        Err(nix::errno::Errno::EINTR) => Ok(None),
        Err(e) => Err(os_error(e)),
    }
}

/// poll(pid) -> returncode or None.
fn poll(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("poll", a, k, 1, 1)?;
    let pid = vm.index_value(&a[0])? as i32;
    Ok(reap(pid)?.map_or(Value::None, Value::Int))
}

/// wait(pid, timeout) -> returncode, or None when `timeout` seconds (None: no limit) passed.
fn wait(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("wait", a, k, 2, 2)?;
    let pid = vm.index_value(&a[0])? as i32;
    let deadline = if a[1].is_none() {
        None
    } else {
        let secs = crate::builtins::args::arg_f64(vm, &a[1])?.max(0.0);
        Some(Instant::now() + Duration::from_secs_f64(secs.min(1e9)))
    };
    let mut error = None;
    let got = vm.blocking(deadline, |until| {
        let mut pause = Duration::from_micros(50);
        loop {
            match reap(pid) {
                Ok(Some(code)) => return Some(code),
                Ok(None) => {}
                Err(e) => {
                    error = Some(e);
                    return Some(0);
                }
            }
            let now = Instant::now();
            let step = match until {
                Some(u) if now >= u => return None,
                Some(u) => pause.min(u - now),
                None => pause,
            };
            std::thread::sleep(step);
            pause = (pause * 2).min(Duration::from_millis(5));
        }
    })?;
    if let Some(e) = error {
        return Err(e);
    }
    Ok(got.map_or(Value::None, Value::Int))
}

/// child_error(errno, filename) -> the OSError subclass CPython raises for that errno, with
/// strerror's text and the filename (None: none).
fn child_error(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("child_error", a, k, 2, 2)?;
    let errno = nix::errno::Errno::from_raw(vm.index_value(&a[0])? as i32);
    let kind = super::socket::errors::class_for(errno);
    let mut args = vec![Value::Int(errno as i64), Value::string(super::socket::errors::strerror(errno))];
    if !a[1].is_none() {
        args.push(a[1].clone());
    }
    Ok(PyErr::with_args(kind, args).value)
}

pub fn create() -> Value {
    super::make_module("_posixsubprocess", &[("fork_exec", fork_exec), ("child_error", child_error), ("pipe", pipe), ("poll", poll), ("wait", wait)]).0
}
