//! `_thread`: the native layer under threading.py. Every Python thread is an OS thread with its own
//! `Vm` (frames, exception state, GIL countdown) sharing the one `Interp`; it runs only while it
//! holds the GIL. Also the locks (see lock.rs), thread identity, and the `_local` type.

pub mod lock;

use super::make_module;
use crate::builtins::args::check_args;
use crate::gil::ThreadStats;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::Kind;
use crate::objects::function::KwArgs;
use crate::objects::types::{make_class, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};
use std::sync::OnceLock;
use std::sync::atomic::Ordering;

/// Stack size of a thread's OS thread; deeper recursion grows the stack through `stacker`.
const THREAD_STACK: usize = 16 << 20;

/// The OS's id for the calling thread (what `threading.get_native_id()` shows; Linux TID).
pub fn native_id() -> u64 {
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name().and_then(|n| n.to_str()).and_then(|n| n.parse().ok()))
        .unwrap_or_else(|| std::process::id() as u64)
}

/// Starts `func(*args, **kwargs)` on a new OS thread; returns its ident.
pub fn spawn(interp: &std::sync::Arc<Interp>, func: Value, args: Vec<Value>, kwargs: KwArgs) -> PyResult<u64> {
    let id = interp.next_thread_id.fetch_add(1, Ordering::SeqCst);
    let stats = std::sync::Arc::new(ThreadStats::new(id, &format!("Thread-{id}")));
    interp.gil.register(stats.clone());
    interp.running_threads.fetch_add(1, Ordering::SeqCst);
    let interp2 = interp.clone();
    let spawned = std::thread::Builder::new().name(format!("gilpy-{id}")).stack_size(THREAD_STACK).spawn(move || {
        interp2.gil.acquire_first(&stats);
        crate::modules::signals::register_thread(id);
        let mut vm = Vm::new(interp2.clone(), stats.clone());
        if let Err(e) = crate::vm::panic_guard::catch(|| vm.call(&func, &args, &kwargs))
            && !e.matches(ExcKind::SystemExit)
        {
            let what = vm.repr(&func).unwrap_or_else(|_| "<function>".into());
            vm.interp.stdio.flush_out();
            vm.interp.stdio.write_err(&format!("Exception ignored in thread started by: {what}\n"));
            vm.print_exception(&e);
        }
        vm.exc_stack.clear();
        vm.flush_ticks();
        // Every object this thread holds goes before it lets go of the GIL (gil_cell/rc.rs).
        drop((func, args, kwargs));
        crate::vm::finalize::end_thread(vm);
        crate::modules::signals::unregister_thread(id);
        interp2.stacks.retain(|t| t != id);
        interp2.running_threads.fetch_sub(1, Ordering::SeqCst);
        // Release first: the release would start a "blocked" slice on the timeline.
        interp2.gil.release(&stats, crate::gil::Release::Blocking);
        interp2.gil.thread_exit(&stats);
    });
    match spawned {
        Ok(_) => Ok(id),
        Err(e) => {
            interp.running_threads.fetch_sub(1, Ordering::SeqCst);
            Err(PyErr::runtime(format!("can't start new thread: {e}")))
        }
    }
}

fn start_new_thread(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("start_new_thread", a, k, 2, 3)?;
    if !crate::builtins::functions::is_callable(&a[0]) {
        return Err(PyErr::type_error("first arg must be callable"));
    }
    let Value::Tuple(args) = &a[1] else { return Err(PyErr::type_error("2nd arg must be a tuple")) };
    let mut kwargs = Vec::new();
    match a.get(2) {
        None => {}
        Some(Value::Dict(d)) => {
            for (key, v) in d.items() {
                match key {
                    Value::Str(s) => kwargs.push((s, v)),
                    _ => return Err(PyErr::type_error("keywords must be strings")),
                }
            }
        }
        Some(_) => return Err(PyErr::type_error("optional 3rd arg must be a dictionary")),
    }
    let interp = vm.interp.clone();
    Ok(Value::Int(spawn(&interp, a[0].clone(), args.to_vec(), kwargs)? as i64))
}

fn allocate_lock(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("allocate_lock", a, k, 0, 0)?;
    Ok(lock::new_lock())
}

fn get_ident(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("get_ident", a, k, 0, 0)?;
    Ok(Value::Int(vm.stats.id as i64))
}

fn get_native_id(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("get_native_id", a, k, 0, 0)?;
    Ok(Value::Int(native_id() as i64))
}

/// The number of threads started by start_new_thread that are still running.
fn count(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.running_threads.load(Ordering::SeqCst) as i64))
}

fn exit(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::SystemExit, vec![]))
}

/// `_set_name(name)`: the calling thread's name in the GIL statistics and trace.
fn set_name(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_set_name", a, k, 1, 1)?;
    *vm.stats.name.lock() = vm.str(&a[0])?;
    Ok(Value::None)
}

/// `_exiting()`: the calling thread is about to finish (threading calls it before join() can
/// return), so its statistics are flushed and it no longer counts as alive.
fn exiting(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_exiting", a, k, 0, 0)?;
    vm.flush_ticks();
    vm.stats.alive.store(false, Ordering::Relaxed);
    // Off the stack board before the joiners are released: a `sys._current_frames()` after
    // `join()` no longer lists this thread (CPython drops the thread state first).
    let id = vm.stats.id;
    vm.interp.stacks.retain(|t| t != id);
    Ok(Value::None)
}

/// `_print_exception(exc[, file])`: the traceback of `exc` as an uncaught exception prints it
/// (with its "Did you mean" hint), on stderr or written to `file`.
fn print_exception(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_print_exception", a, k, 1, 2)?;
    let err = PyErr { value: a[0].clone() };
    match a.get(1) {
        None | Some(Value::None) => vm.print_exception(&err),
        Some(file) => {
            let text = vm.format_exception(&err);
            vm.call_method(file, "write", &[Value::string(text)])?;
        }
    }
    Ok(Value::None)
}

fn local_class() -> &'static Arc<crate::objects::class::Class> {
    static C: OnceLock<Arc<crate::objects::class::Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class("_local", vec![types().object.clone()], Kind::Local);
        c.dict.set_str(crate::name!("__module__").clone(), Value::str("_thread"));
        c
    })
}

pub fn create() -> Value {
    let (m, d) = make_module(
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("exit", exit),
            ("_set_name", set_name),
            ("_print_exception", print_exception),
            ("_exiting", exiting),
        ],
    );
    d.set_str(crate::name!("LockType").clone(), Value::Class(lock::lock_class().clone()));
    d.set_str(crate::name!("RLock").clone(), Value::Class(lock::rlock_class().clone()));
    d.set_str(crate::name!("_local").clone(), Value::Class(local_class().clone()));
    d.set_str(crate::name!("TIMEOUT_MAX").clone(), Value::Float(lock::TIMEOUT_MAX));
    d.set_str(crate::name!("error").clone(), Value::Class(types().exc(ExcKind::RuntimeError)));
    m
}
