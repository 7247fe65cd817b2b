//! `ObjCell`: the interior-mutability cell of every mutable object (a list's items, a dict's
//! table, an instance's slots, a closure cell, an iterator's state), and the one other module
//! besides `unsafe_os` where `unsafe` is allowed; (rc.rs) `Arc`/`Weak`, the reference-counted
//! handle of every object, counted without atomics under a GIL policy by the same argument; and
//! (swap_slot.rs) `SwapSlot`, the replaceable reference of an instance's class, read without a
//! reference count.
//!
//! The cell has two ways to guard its value, chosen once per process at start-up (`set_gil_mode`):
//!
//! - **GIL mode** (every policy but `off`): a borrow flag read and written with plain loads and
//!   stores (relaxed atomics: no `lock`-prefixed instruction), checked like a `RefCell`'s.
//! - **Threaded mode** (`--gil off`, and until start-up has chosen): a real lock
//!   (`parking_lot::RawMutex`), as every object had before.
//!
//! The `free-threaded` cargo feature fixes the threaded mode at compile time.
//!
//! # Safety argument (GIL mode)
//!
//! Invariant: **in GIL mode a thread calls `ObjCell::lock` only while it holds the GIL.**
//! The GIL's hand-over is a lock with acquire/release ordering, so every access to a cell's value
//! happens-after the previous holder's accesses, and no two threads are inside cells at once. The
//! flag then only has to catch the same thread borrowing a cell twice (a re-entrant `lock()`,
//! which would deadlock on a mutex); it does, and panics with a message instead. A guard kept
//! across a GIL release (which would deadlock on a mutex when another thread touched the object)
//! is also caught: the next holder sees the flag set (the GIL's ordering publishes it) and panics.
//! What keeps the invariant (docs/object-model.md has the audit):
//! (a) bytecode runs only under the GIL (gil/, vm/eval.rs);
//! (b) the closures of `Vm::allow_threads` and `Vm::blocking` (the GIL released) work on OS
//!     handles, bytes and their own locks, never on a list, dict, instance, closure cell or
//!     iterator;
//! (c) drops take no cell lock: a value being freed is reached through `&mut` (`get_mut`), so a
//!     thread that lets go of the last reference without the GIL (a thread's `Vm` after it ended)
//!     touches no flag;
//! (d) the mode changes only at start-up, before a second thread exists, and a guard unlocks the
//!     way it locked (it remembers), so a switch could never unbalance a lock.

pub mod rc;
mod swap_slot;
pub mod value_rc;
pub use swap_slot::SwapSlot;

use parking_lot::lock_api::RawMutex as RawLock;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether cells use their real lock. True until start-up chooses (unit tests, `--gil off`).
static THREADED: AtomicBool = AtomicBool::new(true);

/// Chooses the cells' mode for the rest of the process: `gil` true when every thread runs
/// bytecode only while holding the GIL. Called once at start-up, before a second thread exists.
pub fn set_gil_mode(gil: bool) {
    if !cfg!(feature = "free-threaded") {
        THREADED.store(!gil, Ordering::Relaxed);
    }
}

#[inline(always)]
fn threaded() -> bool {
    cfg!(feature = "free-threaded") || THREADED.load(Ordering::Relaxed)
}

pub struct ObjCell<T> {
    raw: parking_lot::RawMutex,
    borrowed: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: the value is reached only through a guard, which in threaded mode holds the real lock
// and in GIL mode is made only by the GIL's holder (the module's invariant), so no two threads
// reach it at once; `T: Send` lets the value be used from whichever thread holds the guard.
#[allow(unsafe_code)]
unsafe impl<T: Send> Sync for ObjCell<T> {}
#[allow(unsafe_code)]
unsafe impl<T: Send> Send for ObjCell<T> {}

impl<T: Default> Default for ObjCell<T> {
    fn default() -> Self {
        ObjCell::new(T::default())
    }
}

impl<T> ObjCell<T> {
    pub const fn new(value: T) -> ObjCell<T> {
        ObjCell { raw: parking_lot::RawMutex::INIT, borrowed: AtomicBool::new(false), value: UnsafeCell::new(value) }
    }

    /// Exclusive access to the value until the guard drops.
    #[inline(always)]
    pub fn lock(&self) -> CellGuard<'_, T> {
        self.lock_in(threaded())
    }

    /// `lock` in the given mode (`raw`: the real lock).
    #[inline(always)]
    fn lock_in(&self, raw: bool) -> CellGuard<'_, T> {
        let held = if raw {
            Some(lock_raw(&self.raw))
        } else {
            if self.borrowed.load(Ordering::Relaxed) {
                borrowed_twice();
            }
            self.borrowed.store(true, Ordering::Relaxed);
            None
        };
        CellGuard { cell: self, held }
    }

    /// The value, through exclusive access to the cell (no lock needed).
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

type RawHeld = <parking_lot::RawMutex as RawLock>::Guard;

/// The real lock, out of line: the GIL policies' inlined path stays a load, a test and a store
/// (`#[cold]` only places the code; under `--gil off` this is the usual path, one call more).
#[cold]
#[inline(never)]
fn lock_raw(raw: &parking_lot::RawMutex) -> RawHeld {
    RawLock::lock(raw)
}

#[cold]
#[inline(never)]
fn unlock_raw(raw: &parking_lot::RawMutex, held: RawHeld) {
    // SAFETY: `held` is the acquisition `lock_raw` made on this lock for the guard now dropping,
    // given back once.
    #[allow(unsafe_code)]
    unsafe {
        RawLock::unlock(raw, held)
    };
}

#[cold]
#[inline(never)]
fn borrowed_twice() -> ! {
    panic!("an object's state was borrowed while already borrowed (a re-entrant access, or one held across a GIL release)")
}

/// Exclusive access to an `ObjCell`'s value; unlocks the way it locked.
pub struct CellGuard<'a, T> {
    cell: &'a ObjCell<T>,
    /// The real lock's acquisition (threaded mode); None: the borrow flag (GIL mode).
    held: Option<RawHeld>,
}

impl<T> Drop for CellGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(held) = self.held.take() {
            unlock_raw(&self.cell.raw, held);
        } else {
            self.cell.borrowed.store(false, Ordering::Relaxed);
        }
    }
}

impl<T> std::ops::Deref for CellGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the guard stands for exclusive access (see `ObjCell::lock`) while it lives.
        #[allow(unsafe_code)]
        unsafe {
            &*self.cell.value.get()
        }
    }
}

impl<T> std::ops::DerefMut for CellGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` keeps this the only reference made through the guard.
        #[allow(unsafe_code)]
        unsafe {
            &mut *self.cell.value.get()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn threaded_mode_excludes_other_threads() {
        let c = Arc::new(ObjCell::new(0u64));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let c = c.clone();
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        *c.lock() += 1;
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(*c.lock(), 40_000);
    }

    #[test]
    fn a_guard_reads_and_writes_and_get_mut_needs_no_lock() {
        let mut c = ObjCell::new(vec![1, 2]);
        c.lock().push(3);
        assert_eq!(c.lock().len(), 3);
        c.get_mut().push(4);
        assert_eq!(*c.get_mut(), vec![1, 2, 3, 4]);
    }

    #[test]
    fn gil_mode_catches_a_second_borrow_and_frees_on_drop() {
        let c = ObjCell::new(5);
        {
            let mut g = c.lock_in(false);
            *g += 1;
            let again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(c.lock_in(false))));
            assert!(again.is_err());
        }
        assert_eq!(*c.lock_in(false), 6);
    }
}
