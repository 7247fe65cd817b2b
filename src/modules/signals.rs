//! Ctrl-C: a SIGINT handler sets a flag; the main thread's eval loop turns it into KeyboardInterrupt
//! at its next GIL checkpoint.

use crate::objects::ExcKind;
use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};

/// Set by the SIGINT handler (shared with signal-hook, which sets it async-signal-safely).
pub static INTERRUPTED: LazyLock<Arc<AtomicBool>> = LazyLock::new(|| Arc::new(AtomicBool::new(false)));

/// Routes SIGINT to the INTERRUPTED flag instead of killing the process.
pub fn install() {
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, INTERRUPTED.clone());
}

pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm.stats.id == 1 && INTERRUPTED.swap(false, Ordering::SeqCst) {
        return Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]));
    }
    Ok(())
}
