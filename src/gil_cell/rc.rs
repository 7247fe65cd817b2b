//! `Arc` and `Weak` for objects: the reference-counted handle behind every heap `Value` (and the
//! weak references to them), with std's API, whose counts are plain loads and stores under a GIL
//! policy and atomic read-modify-writes only under `--gil off` (the mode of the cells, chosen
//! once at start-up: see the module above; the `free-threaded` feature fixes it to atomic).
//!
//! Why: every `Value` clone and drop was a `lock`-prefixed instruction (18-23% of the time of
//! call- and object-heavy programs, docs/object-model.md), paid for the sake of `--gil off` while
//! only the GIL's holder runs bytecode.
//!
//! # Safety argument (GIL mode)
//!
//! Invariant: **in GIL mode a thread changes a count of these handles only while it holds the
//! GIL** (or on behalf of the holder, in a thread the holder starts and joins while it waits).
//! The GIL's hand-over is a lock with acquire/release ordering, so every count update
//! happens-after the previous holder's, and none run at once: a count is then an ordinary
//! integer, read and written with relaxed atomics (never a data race, no `lock` prefix). What
//! keeps the invariant is the cells' list (a)-(d) in the module above, plus:
//! (e) a finished thread drops its `Vm`, its function and arguments, and the thread-local caches
//!     holding objects before it lets go of the GIL for the last time (modules/thread);
//! (f) only the types marked `Shared` below can be put behind this handle, so the interpreter's
//!     own cross-thread state (thread statistics, the interpreter, OS handles) stays behind
//!     `std::sync::Arc`, whose counts are always atomic.
//!
//! Immortal objects (CPython 3.12's idea): the built-in classes and the interned strings live as
//! long as the process, and their counts start at `IMMORTAL`, so far from zero that no sequence
//! of updates, even racing ones, brings them down to it. Code that runs without the GIL may
//! then take and drop references to them (an exception made in a blocking call holds its
//! built-in class and interned names); every other object it touches there is one it made
//! itself, which no other thread can see until the GIL's hand-over publishes it.
//!
//! The `gil-audit` feature checks the invariant on every count update (a thread-local "holds the
//! GIL" flag kept by gil/): the test suite run with it finds any path that breaks it.

use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicUsize, fence};

/// The types whose handles are this `Arc`: the objects a `Value` points to. Implemented only
/// beside each such type, so `Arc::new` of anything else does not compile.
pub trait Shared: Send + Sync {}

/// `repr(C)`: `new_cyclic` builds one as `Inner<MaybeUninit<T>>`, which must lay out the same.
#[repr(C)]
struct Inner<T> {
    strong: AtomicUsize,
    /// The weak references, plus one held by all the strong ones together (as std's).
    weak: AtomicUsize,
    value: ManuallyDrop<T>,
}

pub struct Arc<T> {
    ptr: NonNull<Inner<T>>,
    owns: PhantomData<Inner<T>>,
}

pub struct Weak<T> {
    ptr: NonNull<Inner<T>>,
}

// SAFETY: the value is shared (`&T`) between threads only when `T: Sync`, and dropped by
// whichever thread lets go of the last handle (`T: Send`); the counts are atomic under
// `--gil off` and, under a GIL policy, updated only by the GIL's holder (the invariant above).
unsafe impl<T: Send + Sync> Send for Arc<T> {}
unsafe impl<T: Send + Sync> Sync for Arc<T> {}
unsafe impl<T: Send + Sync> Send for Weak<T> {}
unsafe impl<T: Send + Sync> Sync for Weak<T> {}

/// The count of an immortal object (see the module's comment): half of it is still immortal.
const IMMORTAL: usize = 1 << (usize::BITS - 2);

#[inline(always)]
fn increment(count: &AtomicUsize) {
    if super::threaded() {
        count.fetch_add(1, Relaxed);
    } else {
        let n = count.load(Relaxed);
        audit(n);
        count.store(n + 1, Relaxed);
    }
}

/// Takes one from the count; true when that was the last.
#[inline(always)]
fn decrement(count: &AtomicUsize) -> bool {
    if super::threaded() {
        if count.fetch_sub(1, Release) != 1 {
            return false;
        }
        // Every other thread's use of the object happens-before its destruction.
        fence(Acquire);
        true
    } else {
        let n = count.load(Relaxed);
        audit(n);
        count.store(n - 1, Relaxed);
        n == 1
    }
}

/// One more strong handle (`Arc::clone`'s update, for a handle copied bit for bit).
#[inline(always)]
pub(super) fn increment_strong(count: &AtomicUsize) {
    increment(count)
}

/// Takes one from a strong count when it is not the last (true: the caller's handle is gone
/// and must not be dropped again); false, with nothing changed, for the last handle or under
/// `--gil off` (whose drop takes the atomic path of `Drop`).
#[inline(always)]
pub(super) fn release_if_shared(count: &AtomicUsize) -> bool {
    if super::threaded() {
        return false;
    }
    let n = count.load(Relaxed);
    audit(n);
    if n <= 1 {
        return false;
    }
    count.store(n - 1, Relaxed);
    true
}

/// Under the `gil-audit` feature: aborts when the calling thread updates the count (now `_n`)
/// of a mortal object without holding the GIL, in GIL mode.
#[inline(always)]
fn audit(_n: usize) {
    #[cfg(feature = "gil-audit")]
    if _n < IMMORTAL / 2 {
        crate::gil::audit_held();
    }
}

impl<T: Shared> Arc<T> {
    pub fn new(value: T) -> Arc<T> {
        let inner = Box::new(Inner { strong: AtomicUsize::new(1), weak: AtomicUsize::new(1), value: ManuallyDrop::new(value) });
        Arc { ptr: NonNull::from(Box::leak(inner)), owns: PhantomData }
    }

    /// A new object made by `make`, which is given a weak handle to it (that cannot be upgraded
    /// until this returns): a class whose members point back at it.
    pub fn new_cyclic(make: impl FnOnce(&Weak<T>) -> T) -> Arc<T> {
        let inner = Box::new(Inner { strong: AtomicUsize::new(0), weak: AtomicUsize::new(1), value: ManuallyDrop::new(std::mem::MaybeUninit::<T>::uninit()) });
        let ptr = NonNull::from(Box::leak(inner)).cast::<Inner<T>>();
        // The handle `make` sees stands for the strong handles' weak count until the end.
        let weak = ManuallyDrop::new(Weak { ptr });
        let value = make(&weak);
        // SAFETY: `Inner` is `repr(C)` and `MaybeUninit<T>`/`ManuallyDrop<T>` lay out as `T`, so
        // the value's place is the same in both views; it is written once, before the strong
        // count says it exists (upgrades fail until then).
        unsafe { std::ptr::addr_of_mut!((*ptr.as_ptr()).value).write(ManuallyDrop::new(value)) };
        // SAFETY: the allocation is alive (the weak count is at least 1).
        let inner = unsafe { ptr.as_ref() };
        if super::threaded() {
            inner.strong.store(1, Release);
        } else {
            inner.strong.store(1, Relaxed);
        }
        Arc { ptr, owns: PhantomData }
    }
}

impl<T> Arc<T> {
    #[inline(always)]
    fn inner(&self) -> &Inner<T> {
        // SAFETY: a strong handle keeps the allocation and the value alive.
        unsafe { self.ptr.as_ref() }
    }

    #[inline(always)]
    pub fn ptr_eq(a: &Arc<T>, b: &Arc<T>) -> bool {
        a.ptr == b.ptr
    }

    /// The address of the value (stable for the object's life: `id()`).
    #[inline(always)]
    pub fn as_ptr(this: &Arc<T>) -> *const T {
        let value: &T = this;
        value as *const T
    }

    pub fn strong_count(this: &Arc<T>) -> usize {
        this.inner().strong.load(Relaxed)
    }

    /// Makes the object immortal (see the module's comment): it is never freed. Only for
    /// objects made at start-up or kept for the process's life anyway (built-in classes,
    /// interned strings), by the thread holding the GIL.
    pub fn make_immortal(this: &Arc<T>) {
        this.inner().strong.store(IMMORTAL, Relaxed);
        this.inner().weak.store(IMMORTAL, Relaxed);
    }

    /// Whether the object was made immortal (`make_immortal`): updates never bring such a
    /// count near zero, so it stays above half of `IMMORTAL`.
    #[inline]
    pub fn is_immortal(this: &Arc<T>) -> bool {
        this.inner().strong.load(Relaxed) >= IMMORTAL / 2
    }

    pub fn downgrade(this: &Arc<T>) -> Weak<T> {
        increment(&this.inner().weak);
        Weak { ptr: this.ptr }
    }

    /// The value, when this is the only strong handle; the handle back otherwise.
    pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>> {
        let inner = this.inner();
        if super::threaded() {
            if inner.strong.compare_exchange(1, 0, Relaxed, Relaxed).is_err() {
                return Err(this);
            }
            fence(Acquire);
        } else {
            audit(1);
            if inner.strong.load(Relaxed) != 1 {
                return Err(this);
            }
            inner.strong.store(0, Relaxed);
        }
        let this = ManuallyDrop::new(this);
        // SAFETY: the strong count went from 1 to 0 here, so no one else reads the value; it is
        // moved out once, and the weak handles never read it again (upgrade fails at 0).
        let value = unsafe { ManuallyDrop::take(&mut (*this.ptr.as_ptr()).value) };
        drop(Weak { ptr: this.ptr });
        Ok(value)
    }

    /// The strong count itself, for `Value`'s clone and release (value_rc.rs), which update it
    /// with `increment_strong` / `release_if_shared` on the handle's behalf.
    #[inline(always)]
    pub(super) fn strong_cell(this: &Arc<T>) -> &AtomicUsize {
        &this.inner().strong
    }

    #[cold]
    #[inline(never)]
    fn drop_slow(&mut self) {
        // SAFETY: the last strong handle is going: the value is dropped once, here; weak handles
        // keep only the allocation, and never read the value again.
        unsafe { ManuallyDrop::drop(&mut (*self.ptr.as_ptr()).value) };
        drop(Weak { ptr: self.ptr });
    }
}

impl<T> Clone for Arc<T> {
    #[inline(always)]
    fn clone(&self) -> Arc<T> {
        increment(&self.inner().strong);
        Arc { ptr: self.ptr, owns: PhantomData }
    }
}

impl<T> Drop for Arc<T> {
    #[inline(always)]
    fn drop(&mut self) {
        if decrement(&self.inner().strong) {
            self.drop_slow();
        }
    }
}

impl<T> std::ops::Deref for Arc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T> Weak<T> {
    /// A strong handle, while the object lives.
    pub fn upgrade(&self) -> Option<Arc<T>> {
        // SAFETY: a weak handle keeps the allocation (not the value) alive.
        let inner = unsafe { self.ptr.as_ref() };
        if super::threaded() {
            let mut n = inner.strong.load(Relaxed);
            loop {
                if n == 0 {
                    return None;
                }
                match inner.strong.compare_exchange_weak(n, n + 1, Acquire, Relaxed) {
                    Ok(_) => break,
                    Err(now) => n = now,
                }
            }
        } else {
            let n = inner.strong.load(Relaxed);
            audit(n);
            if n == 0 {
                return None;
            }
            inner.strong.store(n + 1, Relaxed);
        }
        Some(Arc { ptr: self.ptr, owns: PhantomData })
    }

    /// The address the value has (or had): what `Arc::as_ptr` gave.
    pub fn as_ptr(&self) -> *const T {
        // SAFETY: the allocation lives while this handle does; no reference to the (maybe
        // dropped) value is made, only its address.
        unsafe { std::ptr::addr_of!((*self.ptr.as_ptr()).value) as *const T }
    }

    pub fn strong_count(&self) -> usize {
        // SAFETY: as in `upgrade`.
        unsafe { self.ptr.as_ref() }.strong.load(Relaxed)
    }
}

impl<T> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        // SAFETY: as in `upgrade`.
        increment(&unsafe { self.ptr.as_ref() }.weak);
        Weak { ptr: self.ptr }
    }
}

impl<T> Drop for Weak<T> {
    fn drop(&mut self) {
        // SAFETY: as in `upgrade`.
        if decrement(&unsafe { self.ptr.as_ref() }.weak) {
            // SAFETY: the last handle of any kind: the value was dropped already (the strong
            // handles' weak went last), so freeing the box drops only the counts.
            drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
        }
    }
}

impl<T: Shared + Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(T::default())
    }
}

impl<T: Shared> From<T> for Arc<T> {
    fn from(value: T) -> Arc<T> {
        Arc::new(value)
    }
}

impl<T> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T {
        self
    }
}

impl<T> std::borrow::Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T {
        self
    }
}

impl<T: PartialEq> PartialEq for Arc<T> {
    fn eq(&self, other: &Arc<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Arc<T> {}

impl<T: PartialOrd> PartialOrd for Arc<T> {
    fn partial_cmp(&self, other: &Arc<T>) -> Option<std::cmp::Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: Ord> Ord for Arc<T> {
    fn cmp(&self, other: &Arc<T>) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: std::hash::Hash> std::hash::Hash for Arc<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: std::fmt::Display> std::fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    struct Counted(&'static AtomicU32);
    impl Shared for Counted {}
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.fetch_add(1, Relaxed);
        }
    }

    #[test]
    fn the_value_drops_once_with_the_last_strong_handle() {
        static DROPS: AtomicU32 = AtomicU32::new(0);
        let a = Arc::new(Counted(&DROPS));
        let b = a.clone();
        let w = Arc::downgrade(&a);
        drop(a);
        assert_eq!(DROPS.load(Relaxed), 0);
        assert!(w.upgrade().is_some());
        drop(b);
        assert_eq!(DROPS.load(Relaxed), 1);
        assert!(w.upgrade().is_none());
        drop(w);
        assert_eq!(DROPS.load(Relaxed), 1);
    }

    #[test]
    fn unique_handles_give_their_value() {
        static DROPS: AtomicU32 = AtomicU32::new(0);
        let a = Arc::new(Counted(&DROPS));
        let b = a.clone();
        let Err(a) = Arc::try_unwrap(a) else { panic!("shared") };
        drop(b);
        let v = Arc::try_unwrap(a).ok().expect("unique");
        assert_eq!(DROPS.load(Relaxed), 0);
        drop(v);
        assert_eq!(DROPS.load(Relaxed), 1);
    }

    #[test]
    fn an_immortal_object_is_never_freed() {
        static DROPS: AtomicU32 = AtomicU32::new(0);
        let a = Arc::new(Counted(&DROPS));
        Arc::make_immortal(&a);
        for _ in 0..1000 {
            drop(a.clone());
        }
        let w = Arc::downgrade(&a);
        drop(a);
        assert!(w.upgrade().is_some());
        assert_eq!(DROPS.load(Relaxed), 0);
    }

    #[test]
    fn threaded_mode_counts_from_many_threads() {
        static DROPS: AtomicU32 = AtomicU32::new(0);
        let a = Arc::new(Counted(&DROPS));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let a = a.clone();
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        let b = a.clone();
                        let w = Arc::downgrade(&b);
                        drop(w.upgrade());
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(Arc::strong_count(&a), 1);
        drop(a);
        assert_eq!(DROPS.load(Relaxed), 1);
    }
}
