//! The one place with `unsafe`: OS calls that have no safe wrapper. Today that is fork() alone.
//!
//! Safety of fork here: the child continues with only the forking thread. gilpy forks while that
//! thread holds the GIL, after flushing stdout, so no other Python thread is inside interpreter
//! state guarded by the GIL; the child then resets the runtime (`Gil::after_fork`) before running
//! any Python code. This is the same contract CPython's os.fork() relies on.

use nix::unistd::{ForkResult, Pid};

/// Forks the process: Ok(None) in the child, Ok(Some(pid)) in the parent.
pub fn fork() -> nix::Result<Option<Pid>> {
    // SAFETY: see the module comment; the child only runs code of this process image and resets
    // the interpreter's shared state before it runs Python code.
    match unsafe { nix::unistd::fork() }? {
        ForkResult::Child => Ok(None),
        ForkResult::Parent { child } => Ok(Some(child)),
    }
}
