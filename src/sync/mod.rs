//! The blocking primitives that threads wait on (the GIL, `_thread` locks, stdout's order lock):
//! std's futex-based Mutex and Condvar behind parking_lot's calling style.
//!
//! Why not parking_lot here: it keeps its waiting threads in one global table. After fork() the
//! child inherits that table with the parent's other threads still queued in it; they do not exist
//! in the child, so a notify can be spent on a ghost (a lost wake-up) or a bucket lock they held is
//! never released (a hang). std's primitives keep all their state in the lock word itself, so a
//! child only has to make sure no ghost *holds* a lock at the fork, which the fork path arranges
//! by holding the GIL's locks across it. parking_lot stays for object state that is never waited
//! on across a fork.
//!
//! `spin` holds the brief busy-wait a thread may do before it parks on a lock.

pub mod spin;

/// How many threads the whole machine has running or ready to run right now (`procs_running` in
/// Linux's /proc/stat), or None where that cannot be read.
pub fn runnable_threads() -> Option<usize> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    stat.lines().find_map(|l| l.strip_prefix("procs_running ")).and_then(|n| n.trim().parse().ok())
}

/// The CPUs this process may run on.
pub fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

use std::ops::{Deref, DerefMut};
use std::time::{Duration, Instant};

/// A mutex that does not poison: a panic while it is held leaves the data as it was.
#[derive(Default)]
pub struct Mutex<T>(std::sync::Mutex<T>);

/// Holds a `Mutex` locked; a `Condvar` wait lends the lock out and puts it back.
pub struct MutexGuard<'a, T>(Option<std::sync::MutexGuard<'a, T>>);

impl<T> Mutex<T> {
    pub const fn new(value: T) -> Mutex<T> {
        Mutex(std::sync::Mutex::new(value))
    }

    pub fn lock(&self) -> MutexGuard<'_, T> {
        MutexGuard(Some(self.0.lock().unwrap_or_else(|e| e.into_inner())))
    }

    /// The lock if it is free right now; never waits.
    pub fn try_lock(&self) -> Option<MutexGuard<'_, T>> {
        match self.0.try_lock() {
            Ok(g) => Some(MutexGuard(Some(g))),
            Err(std::sync::TryLockError::Poisoned(e)) => Some(MutexGuard(Some(e.into_inner()))),
            Err(std::sync::TryLockError::WouldBlock) => None,
        }
    }
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0.as_ref().expect("guard is held outside a wait")
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.0.as_mut().expect("guard is held outside a wait")
    }
}

/// Whether a timed wait ended because the time ran out.
pub struct WaitTimeoutResult(bool);

impl WaitTimeoutResult {
    pub fn timed_out(&self) -> bool {
        self.0
    }
}

#[derive(Default)]
pub struct Condvar(std::sync::Condvar);

impl Condvar {
    pub const fn new() -> Condvar {
        Condvar(std::sync::Condvar::new())
    }

    pub fn wait<T>(&self, guard: &mut MutexGuard<'_, T>) {
        let g = guard.0.take().expect("guard is held");
        guard.0 = Some(self.0.wait(g).unwrap_or_else(|e| e.into_inner()));
    }

    pub fn wait_for<T>(&self, guard: &mut MutexGuard<'_, T>, timeout: Duration) -> WaitTimeoutResult {
        let g = guard.0.take().expect("guard is held");
        let (g, r) = self.0.wait_timeout(g, timeout).unwrap_or_else(|e| e.into_inner());
        guard.0 = Some(g);
        WaitTimeoutResult(r.timed_out())
    }

    pub fn wait_until<T>(&self, guard: &mut MutexGuard<'_, T>, until: Instant) -> WaitTimeoutResult {
        match until.checked_duration_since(Instant::now()) {
            Some(d) if !d.is_zero() => self.wait_for(guard, d),
            _ => WaitTimeoutResult(true),
        }
    }

    pub fn notify_one(&self) {
        self.0.notify_one();
    }

    pub fn notify_all(&self) {
        self.0.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_waiter_is_woken_and_sees_the_change() {
        let pair = Arc::new((Mutex::new(false), Condvar::new()));
        let other = pair.clone();
        let t = std::thread::spawn(move || {
            *other.0.lock() = true;
            other.1.notify_all();
        });
        let mut g = pair.0.lock();
        while !*g {
            pair.1.wait(&mut g);
        }
        drop(g);
        t.join().unwrap();
    }

    #[test]
    fn a_timed_wait_times_out() {
        let m = Mutex::new(0);
        let cv = Condvar::new();
        let mut g = m.lock();
        assert!(cv.wait_until(&mut g, Instant::now() + Duration::from_millis(5)).timed_out());
        assert!(cv.wait_until(&mut g, Instant::now()).timed_out());
        *g += 1;
        assert_eq!(*g, 1);
    }
}
