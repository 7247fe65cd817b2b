//! No Rust panic reaches the user as a crash or a hang: a panic inside a native function becomes
//! a `SystemError` in the thread that called it (with the panic's message), and the thread goes
//! on as after any exception. A panic while the GIL is released (inside a blocking call) takes
//! the GIL back before it travels on, so no thread ever runs bytecode without the lock or leaves
//! the others waiting for a lock its dead frame held.
//!
//! The panic hook keeps the message for the SystemError instead of printing Rust's report (set
//! `GILPY_RUST_PANICS=1` to get that report too, when debugging gilpy itself).

use crate::objects::ExcKind;
use crate::objects::{PyErr, PyResult};
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    /// The message and place of this thread's last panic, kept by the hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The last panic of any thread: what the process reports if a panic escapes every catch.
static LAST_FATAL: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// What to print when a panic ended the interpreter's main thread (a bug caught by no guard).
pub fn fatal_message() -> String {
    let what = LAST_FATAL.lock().unwrap_or_else(|e| e.into_inner()).take().unwrap_or_else(|| "a panic".into());
    format!("SystemError: internal error in gilpy (a Rust panic: {what}); please report it")
}

/// Installs the hook (once, at start-up).
pub fn install_hook() {
    let default = std::panic::take_hook();
    let report = std::env::var_os("GILPY_RUST_PANICS").is_some();
    std::panic::set_hook(Box::new(move |info| {
        let msg = match info.payload().downcast_ref::<&str>() {
            Some(s) => (*s).to_string(),
            None => info.payload().downcast_ref::<String>().cloned().unwrap_or_else(|| "a panic".into()),
        };
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let what = format!("{msg}{at}");
        *LAST_FATAL.lock().unwrap_or_else(|e| e.into_inner()) = Some(what.clone());
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(what));
        if report {
            default(info);
        }
    }));
}

/// The SystemError for the panic just caught on this thread.
pub fn system_error() -> PyErr {
    let what = LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "a panic".into());
    PyErr::new(ExcKind::SystemError, format!("internal error in gilpy (a Rust panic: {what}); please report it"))
}

/// Runs a native function: its panic becomes a SystemError.
#[inline]
pub fn catch<R>(f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(_) => Err(system_error()),
    }
}

/// Runs `f` (with the GIL released); if it panics, `reacquire` runs before the panic goes on.
pub fn with_reacquire<R>(f: impl FnOnce() -> R, reacquire: impl FnOnce()) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            reacquire();
            std::panic::resume_unwind(payload)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_system_error_with_its_message() {
        install_hook();
        let r: PyResult<()> = catch(|| panic!("boom {}", 7));
        let e = r.unwrap_err();
        assert!(e.matches(ExcKind::SystemError));
        let msg = match e.data().args.first() {
            Some(crate::objects::Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        assert!(msg.contains("boom 7"), "{msg}");
    }

    #[test]
    fn a_panic_while_the_lock_is_released_takes_it_back_first() {
        install_hook();
        let taken = std::cell::Cell::new(false);
        let r = catch_unwind(AssertUnwindSafe(|| with_reacquire(|| -> () { panic!("inside") }, || taken.set(true))));
        assert!(r.is_err() && taken.get());
    }
}
