//! Ctrl-C: a SIGINT handler sets a flag; the main thread's eval loop turns it into KeyboardInterrupt
//! at its next GIL checkpoint.

use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, Ordering};

pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm.stats.id == 1 && INTERRUPTED.swap(false, Ordering::SeqCst) {
        return Err(PyErr::with_args("KeyboardInterrupt", vec![]));
    }
    Ok(())
}
