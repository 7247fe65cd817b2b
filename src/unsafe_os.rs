//! The one place with `unsafe`: OS calls that have no safe wrapper: fork(), and the shared
//! memory mapping behind multiprocessing.Value and Array.
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

/// Words of memory shared between a process and the children it forks afterwards (an anonymous
/// `MAP_SHARED` mapping): what multiprocessing.Value and Array store their numbers in. Every access
/// is an atomic 64-bit load or store at a bounds-checked index.
pub struct SharedWords {
    ptr: std::ptr::NonNull<std::sync::atomic::AtomicU64>,
    len: usize,
}

// SAFETY: the mapping is only reached through atomic operations, from any thread.
unsafe impl Send for SharedWords {}
unsafe impl Sync for SharedWords {}

impl SharedWords {
    pub fn new(len: usize) -> nix::Result<SharedWords> {
        use nix::sys::mman::{MapFlags, ProtFlags};
        let bytes = std::num::NonZeroUsize::new(len.max(1) * 8).expect("non-zero length");
        // SAFETY: a fresh anonymous mapping that nothing else refers to; zero-filled by the OS.
        let ptr = unsafe {
            nix::sys::mman::mmap_anonymous(None, bytes, ProtFlags::PROT_READ | ProtFlags::PROT_WRITE, MapFlags::MAP_SHARED)?
        };
        Ok(SharedWords { ptr: ptr.cast(), len })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    fn word(&self, i: usize) -> &std::sync::atomic::AtomicU64 {
        assert!(i < self.len, "shared word index out of range");
        // SAFETY: i is in bounds of the live mapping, which is 8-byte aligned (page aligned).
        unsafe { &*self.ptr.as_ptr().add(i) }
    }

    pub fn load(&self, i: usize) -> u64 {
        self.word(i).load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn store(&self, i: usize, v: u64) {
        self.word(i).store(v, std::sync::atomic::Ordering::SeqCst)
    }
}

impl Drop for SharedWords {
    fn drop(&mut self) {
        // SAFETY: the mapping was made by `new` with this length and is not used after drop.
        let _ = unsafe { nix::sys::mman::munmap(self.ptr.cast(), self.len.max(1) * 8) };
    }
}
