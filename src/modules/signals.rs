//! Signals, as CPython handles them: the OS-level handler (unsafe_os::sig) only marks the signal
//! tripped; the main thread's eval loop runs the Python handler at its next GIL checkpoint, and a
//! blocking wait of the main thread (`Vm::blocking`) wakes up to run it, then resumes (PEP 475).
//! Ctrl-C is SIGINT with `default_int_handler`, which raises KeyboardInterrupt. This file is also
//! the native `_signal` module under signal.py (which adds the IntEnums).

use crate::builtins::args::check_args;
use crate::builtins::functions::is_callable;
use crate::objects::ExcKind;
use crate::objects::function::{Builtin, KwArgs, NO_KWARGS};
use crate::objects::set::Set;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::sig::{self as os_sig, Disposition};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::{LazyLock, OnceLock};

/// One more than the highest signal number (CPython's NSIG on Linux).
pub const NSIG: usize = 65;

/// Set by the OS handler when any signal is tripped: the main thread then looks at `TRIPPED`.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Which signals arrived since their handler last ran.
static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// The descriptor the OS handler writes each signal's number to (set_wakeup_fd), -1: none.
pub static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// The Python-level handler of each signal: SIG_DFL (0), SIG_IGN (1), a callable, or None when
/// the handler was not installed from Python.
static HANDLERS: LazyLock<Mutex<Vec<Value>>> = LazyLock::new(|| Mutex::new(vec![Value::None; NSIG]));

/// Counts the handler runs (pause() returns once it changes).
static HANDLED: AtomicU64 = AtomicU64::new(0);

/// Signals for which siginterrupt(sig, True) asked that system calls be interrupted.
static INTERRUPTS: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// Live threads' pthread handles by ident, for pthread_kill.
static THREADS: LazyLock<Mutex<Vec<(u64, u64)>>> = LazyLock::new(|| Mutex::new(Vec::new()));

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;
const SIGINT: usize = 2;

/// Called by the OS-level handler: async-signal-safe (atomic stores only).
pub fn note_signal(sig: i32) {
    if let Some(flag) = TRIPPED.get(sig as usize) {
        flag.store(true, Ordering::SeqCst);
        INTERRUPTED.store(true, Ordering::SeqCst);
    }
}

fn default_int_handler_value() -> &'static Value {
    static H: OnceLock<Value> = OnceLock::new();
    H.get_or_init(|| Builtin::new("default_int_handler", default_int_handler))
}

/// Routes SIGINT to its flag instead of killing the process and records the starting handlers:
/// SIG_DFL or SIG_IGN as the OS has them, None for handlers not installed from Python.
pub fn install() {
    let mut h = HANDLERS.lock();
    for (sig, slot) in h.iter_mut().enumerate().skip(1) {
        *slot = match os_sig::current(sig as i32) {
            Ok(Disposition::Default) => Value::Int(SIG_DFL),
            Ok(Disposition::Ignore) => Value::Int(SIG_IGN),
            _ => Value::None,
        };
    }
    // Unlike CPython, also when SIGINT was ignored at start (a background job of a shell): gilpy
    // has always turned Ctrl-C into KeyboardInterrupt, and its tests count on it.
    if os_sig::catch(SIGINT as i32, true).is_ok() {
        h[SIGINT] = default_int_handler_value().clone();
    }
    drop(h);
    register_thread(crate::gil::MAIN_THREAD_ID);
}

/// Forgets the signals that arrived and were not handled yet (the REPL after Ctrl-C at its prompt).
pub fn clear_pending() {
    INTERRUPTED.store(false, Ordering::SeqCst);
    for t in &TRIPPED {
        t.store(false, Ordering::SeqCst);
    }
}

/// In a forked child: signals that arrived in the parent are not the child's to handle, and
/// only the forking thread exists.
pub fn after_fork() {
    clear_pending();
    let me = os_sig::this_thread();
    THREADS.lock().retain(|(_, h)| *h == me);
}

/// Records the calling OS thread under its ident (for pthread_kill).
pub fn register_thread(ident: u64) {
    let handle = os_sig::this_thread();
    let mut t = THREADS.lock();
    t.retain(|(i, _)| *i != ident);
    t.push((ident, handle));
}

/// The OS thread handle (pthread_t) of a live thread, by its ident.
pub fn thread_handle(ident: u64) -> Option<u64> {
    THREADS.lock().iter().find(|(i, _)| *i == ident).map(|(_, h)| *h)
}

pub fn unregister_thread(ident: u64) {
    THREADS.lock().retain(|(i, _)| *i != ident);
}

/// At a checkpoint of the main thread: runs the handlers of the signals that arrived.
#[inline]
pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm.stats.id == crate::gil::MAIN_THREAD_ID && INTERRUPTED.load(Ordering::Relaxed) {
        return run_handlers(vm);
    }
    Ok(())
}

/// After this process sent itself `sig` (os.kill): the kernel may hand a process-directed
/// signal to any of gilpy's threads, so its flag can lag behind kill's return. When a Python
/// handler is installed, waits (briefly) for the flag, then runs the handlers as CPython's eval
/// loop does right after the call.
pub fn await_own_signal(vm: &mut Vm, sig: i32) -> PyResult<()> {
    let Some(flag) = usize::try_from(sig).ok().and_then(|s| TRIPPED.get(s)) else { return Ok(()) };
    let handled = is_callable(&HANDLERS.lock()[sig as usize]);
    if handled && vm.stats.id == crate::gil::MAIN_THREAD_ID {
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(100);
        while !flag.load(Ordering::SeqCst) && std::time::Instant::now() < deadline {
            std::thread::yield_now();
        }
    }
    check_interrupt(vm)
}

/// Runs the Python handler of each tripped signal, lowest number first; an exception a handler
/// raises propagates (the signals not yet handled stay tripped for the next checkpoint).
pub fn run_handlers(vm: &mut Vm) -> PyResult<()> {
    INTERRUPTED.store(false, Ordering::SeqCst);
    for sig in 1..NSIG {
        if !TRIPPED[sig].swap(false, Ordering::SeqCst) {
            continue;
        }
        HANDLED.fetch_add(1, Ordering::SeqCst);
        let handler = HANDLERS.lock()[sig].clone();
        if !is_callable(&handler) {
            continue;
        }
        let frame = if handler.is(default_int_handler_value()) {
            Value::None
        } else {
            crate::vm::frame_object::sys_getframe(vm, &[], NO_KWARGS).unwrap_or(Value::None)
        };
        if let Err(e) = vm.call(&handler, &[Value::Int(sig as i64), frame], NO_KWARGS) {
            if TRIPPED.iter().any(|t| t.load(Ordering::SeqCst)) {
                INTERRUPTED.store(true, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    Ok(())
}

fn default_int_handler(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]))
}

fn out_of_range() -> PyErr {
    PyErr::value_error("signal number out of range")
}

fn signum(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = vm.index_value(v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(out_of_range());
    }
    Ok(n as usize)
}

fn os_error(e: nix::errno::Errno) -> PyErr {
    super::socket::errors::errno_error(e)
}

fn main_only(vm: &Vm, what: &str) -> PyResult<()> {
    if vm.is_main_thread() { Ok(()) } else { Err(PyErr::value_error(format!("{what} only works in main thread of the main interpreter"))) }
}

/// SIG_DFL or SIG_IGN when `v` is that int (or an IntEnum of it).
fn disposition_of(vm: &mut Vm, v: &Value) -> Option<i64> {
    let n = match v {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::Instance(_) => vm.index_value(v).ok()?,
        _ => return None,
    };
    matches!(n, SIG_DFL | SIG_IGN).then_some(n)
}

fn signal(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("signal", a, k, 2, 2)?;
    main_only(vm, "signal")?;
    let sig = signum(vm, &a[0])?;
    let handler = &a[1];
    let new = if is_callable(handler) {
        handler.clone()
    } else if let Some(d) = disposition_of(vm, handler) {
        Value::Int(d)
    } else {
        return Err(PyErr::type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
    };
    check_interrupt(vm)?;
    let restart = !INTERRUPTS[sig].load(Ordering::Relaxed);
    let r = match &new {
        Value::Int(SIG_DFL) => os_sig::set_default(sig as i32),
        Value::Int(SIG_IGN) => os_sig::set_ignore(sig as i32),
        _ => os_sig::catch(sig as i32, restart),
    };
    r.map_err(os_error)?;
    let old = std::mem::replace(&mut HANDLERS.lock()[sig], new);
    Ok(old)
}

fn getsignal(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getsignal", a, k, 1, 1)?;
    let sig = signum(vm, &a[0])?;
    Ok(HANDLERS.lock()[sig].clone())
}

fn raise_signal(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("raise_signal", a, k, 1, 1)?;
    // As CPython: no range check of its own; raise(3) refuses a bad number (EINVAL).
    let sig = vm.index_value(&a[0])?;
    let sig = i32::try_from(sig).map_err(|_| PyErr::overflow("Python int too large to convert to C int"))?;
    os_sig::raise(sig).map_err(os_error)?;
    check_interrupt(vm)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("strsignal", a, k, 1, 1)?;
    let sig = signum(vm, &a[0])?;
    Ok(match os_sig::describe(sig as i32) {
        Some(s) if !s.starts_with("Unknown signal") => Value::string(s),
        _ => Value::None,
    })
}

fn valid_numbers() -> Vec<i64> {
    let (lo, hi) = os_sig::rt_range();
    (1..32).chain(lo as i64..=hi as i64).collect()
}

fn int_set(vm: &mut Vm, items: impl IntoIterator<Item = i64>) -> PyResult<Value> {
    let s = Set::new();
    for n in items {
        s.add(vm, Value::Int(n))?;
    }
    Ok(Value::Set(s))
}

fn valid_signals(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("valid_signals", a, k, 0, 0)?;
    int_set(vm, valid_numbers())
}

fn alarm(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("alarm", a, k, 1, 1)?;
    if matches!(a[0], Value::Float(_)) {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let secs = vm.index_value(&a[0])?;
    // CPython takes a C int and hands it to alarm(2) as unsigned: -1 is a very long delay.
    let secs = i32::try_from(secs).map_err(|_| PyErr::overflow("Python int too large to convert to C int"))? as u32;
    let old = if secs == 0 { nix::unistd::alarm::cancel() } else { nix::unistd::alarm::set(secs) };
    Ok(Value::Int(old.unwrap_or(0) as i64))
}

fn pause(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pause", a, k, 0, 0)?;
    let slice = std::time::Duration::from_millis(5);
    let before = HANDLED.load(Ordering::SeqCst);
    // Returns once a signal arrived, whether its handler ran inside the wait or after it.
    vm.blocking(None, |until| {
        while !INTERRUPTED.load(Ordering::SeqCst) && HANDLED.load(Ordering::SeqCst) == before {
            let now = std::time::Instant::now();
            match until {
                Some(u) if now >= u => return None,
                Some(u) => std::thread::sleep(slice.min(u - now)),
                None => std::thread::sleep(slice),
            }
        }
        Some(())
    })?;
    check_interrupt(vm)?;
    Ok(Value::None)
}

fn itimer_error(e: nix::errno::Errno) -> PyErr {
    let class = itimer_error_class();
    PyErr::from_value(crate::objects::exceptions::new_exception(class, vec![Value::Int(e as i64), Value::string(super::socket::errors::strerror(e))]))
}

fn itimer_error_class() -> crate::objects::Arc<crate::objects::class::Class> {
    static C: OnceLock<crate::objects::Arc<crate::objects::class::Class>> = OnceLock::new();
    C.get_or_init(|| {
        use crate::objects::class::Kind;
        use crate::objects::types::{make_class_in, types};
        make_class_in("signal", "itimer_error", vec![types().exc(ExcKind::OSError)], Kind::Exception)
    })
    .clone()
}

fn timer_value(t: (f64, f64)) -> Value {
    Value::tuple(vec![Value::Float(t.0), Value::Float(t.1)])
}

fn setitimer(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setitimer", a, k, 2, 3)?;
    let which = vm.index_value(&a[0])?;
    let delay = crate::builtins::args::arg_f64(vm, &a[1])?;
    let interval = match a.get(2) {
        Some(v) => crate::builtins::args::arg_f64(vm, v)?,
        None => 0.0,
    };
    let old = os_sig::setitimer(which as i32, delay, interval).map_err(itimer_error)?;
    Ok(timer_value(old))
}

fn getitimer(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getitimer", a, k, 1, 1)?;
    let which = vm.index_value(&a[0])?;
    Ok(timer_value(os_sig::getitimer(which as i32).map_err(itimer_error)?))
}

fn pthread_kill(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pthread_kill", a, k, 2, 2)?;
    let ident = vm.index_value(&a[0])? as u64;
    let sig = vm.index_value(&a[1])?;
    if !(0..NSIG as i64).contains(&sig) {
        return Err(os_error(nix::errno::Errno::EINVAL));
    }
    let handle = THREADS.lock().iter().find(|(i, _)| *i == ident).map(|(_, h)| *h);
    let handle = handle.ok_or_else(|| os_error(nix::errno::Errno::ESRCH))?;
    os_sig::pthread_kill(handle, sig as i32).map_err(os_error)?;
    check_interrupt(vm)?;
    Ok(Value::None)
}

pub fn signal_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<i32>> {
    let items = vm.collect(v)?;
    let mut out = Vec::new();
    for item in items {
        let n = vm.index_value(&item)?;
        if n < 1 || n >= NSIG as i64 {
            return Err(PyErr::value_error(format!("signal number {n} out of range [1; {}]", NSIG - 1)));
        }
        out.push(n as i32);
    }
    Ok(out)
}

fn pthread_sigmask(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pthread_sigmask", a, k, 2, 2)?;
    let how = vm.index_value(&a[0])?;
    let sigs = signal_list(vm, &a[1])?;
    let old = os_sig::thread_mask(how as i32, &sigs).map_err(os_error)?;
    check_interrupt(vm)?;
    int_set(vm, old.into_iter().map(|s| s as i64))
}

fn sigpending(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sigpending", a, k, 0, 0)?;
    let p = os_sig::pending().map_err(os_error)?;
    int_set(vm, p.into_iter().map(|s| s as i64))
}

fn set_wakeup_fd(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("set_wakeup_fd", k, &["warn_on_full_buffer"])?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("set_wakeup_fd() takes exactly 1 positional argument ({} given)", a.len())));
    }
    let fd = vm.index_value(&a[0])?;
    main_only(vm, "set_wakeup_fd")?;
    if fd != -1 {
        use nix::fcntl::{FcntlArg, OFlag, fcntl};
        let flags = crate::unsafe_os::with_borrowed_fds(&[fd as i32], |fds| fcntl(fds[0], FcntlArg::F_GETFL)).map_err(os_error)?;
        if !OFlag::from_bits_truncate(flags).contains(OFlag::O_NONBLOCK) {
            return Err(PyErr::value_error(format!("the fd {fd} must be in non-blocking mode")));
        }
    }
    Ok(Value::Int(WAKEUP_FD.swap(fd as i32, Ordering::SeqCst) as i64))
}

fn siginterrupt(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("siginterrupt", a, k, 2, 2)?;
    let sig = signum(vm, &a[0])?;
    let flag = vm.truthy(&a[1])?;
    INTERRUPTS[sig].store(flag, Ordering::Relaxed);
    let caught = is_callable(&HANDLERS.lock()[sig]);
    if caught {
        os_sig::catch(sig as i32, !flag).map_err(os_error)?;
    }
    Ok(Value::None)
}

/// The signal names of Linux with their numbers (the SIG* constants of the module).
const NAMES: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
];

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "_signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("alarm", alarm),
            ("pause", pause),
            ("setitimer", setitimer),
            ("getitimer", getitimer),
            ("sigwait", super::signal_wait::sigwait),
            ("sigwaitinfo", super::signal_wait::sigwaitinfo),
            ("sigtimedwait", super::signal_wait::sigtimedwait),
            ("pidfd_send_signal", super::signal_wait::pidfd_send_signal),
            ("pthread_kill", pthread_kill),
            ("pthread_sigmask", pthread_sigmask),
            ("sigpending", sigpending),
            ("set_wakeup_fd", set_wakeup_fd),
            ("siginterrupt", siginterrupt),
        ],
    );
    let set = |name: &str, v: Value| d.set_str(intern(name), v);
    set("default_int_handler", default_int_handler_value().clone());
    for (name, n) in NAMES {
        set(name, Value::Int(*n));
    }
    let (lo, hi) = os_sig::rt_range();
    set("SIGRTMIN", Value::Int(lo as i64));
    set("SIGRTMAX", Value::Int(hi as i64));
    set("NSIG", Value::Int(NSIG as i64));
    set("SIG_DFL", Value::Int(SIG_DFL));
    set("SIG_IGN", Value::Int(SIG_IGN));
    set("SIG_BLOCK", Value::Int(0));
    set("SIG_UNBLOCK", Value::Int(1));
    set("SIG_SETMASK", Value::Int(2));
    set("ITIMER_REAL", Value::Int(0));
    set("ITIMER_VIRTUAL", Value::Int(1));
    set("ITIMER_PROF", Value::Int(2));
    set("ItimerError", Value::Class(itimer_error_class()));
    m
}
