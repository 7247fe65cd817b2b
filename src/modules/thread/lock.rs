//! The two native locks under `threading`: `_thread.lock` (any thread may release it) and
//! `_thread.RLock` (re-entrant, owned by the thread that took it). Waiting releases the GIL, honours
//! timeouts, and lets Ctrl-C through in the main thread (see `Vm::blocking`).

use crate::builtins::args::{kwarg, only_kwargs};
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::sync::{Condvar, Mutex};
use crate::vm::Vm;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The largest timeout accepted (seconds), as `_thread.TIMEOUT_MAX`.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// After a waiter has waited this long, a release hands the lock straight to a waiter instead of
/// letting the releaser (or any thread) barge in and take it again: eventual fairness, so a thread
/// that re-takes a lock in a loop cannot starve the others (parking_lot does the same).
const FAIR_AFTER: Duration = Duration::from_millis(1);

/// Who may take a lock that is being released.
#[derive(Default)]
struct Waiting {
    /// Threads blocked in acquire.
    count: usize,
    /// Since when someone has been waiting without getting the lock.
    since: Option<Instant>,
    /// The lock was handed over: the first waiter to wake takes it (it stays locked meanwhile).
    handed: bool,
}

impl Waiting {
    /// A waiter arrives; `first` is when it started wanting the lock (it may have woken to a
    /// free lock and lost it again since), so fairness counts its whole wait.
    fn enter(&mut self, first: Instant) {
        self.count += 1;
        self.since = Some(self.since.map_or(first, |t| t.min(first)));
    }

    fn leave(&mut self) {
        self.count -= 1;
        if self.count == 0 {
            self.since = None;
        }
    }

    /// Whether this release should hand the lock over rather than free it.
    fn hand_over(&mut self) -> bool {
        if self.count > 0 && self.since.is_some_and(|t| t.elapsed() >= FAIR_AFTER) {
            self.handed = true;
            self.since = Some(Instant::now());
            return true;
        }
        false
    }

    /// A waiter that wakes takes a handed-over lock.
    fn take_handed(&mut self) -> bool {
        std::mem::take(&mut self.handed)
    }
}

/// What a waiter found when it woke.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Turn {
    /// The releaser handed the lock over: the waiter owns it now.
    Handed,
    /// The lock is free: try to take it (with the GIL held).
    Free,
}

/// A plain lock: a flag and a condition variable.
#[derive(Default)]
pub struct RawLock {
    state: Mutex<(bool, Waiting)>,
    cv: Condvar,
    /// The thread that took the lock last (a hint for the GIL, see `Vm::blocking_on_lock`; a
    /// plain lock has no owner: any thread may release it).
    taker: AtomicU64,
}

impl RawLock {
    pub fn try_acquire(&self) -> bool {
        let mut st = self.state.lock();
        if st.0 {
            return false;
        }
        st.0 = true;
        true
    }

    /// Waits (without taking a free lock) until the lock is handed to us (`Handed`: we own it),
    /// is seen free (`Free`: the caller retries with the GIL held), or `until` passes. Taking the
    /// lock only with the GIL held keeps a woken waiter from snatching it from the running
    /// thread, which would force a GIL switch on every wake-up (a lock convoy).
    pub fn wait_turn(&self, first: Instant, until: Option<Instant>) -> Option<Turn> {
        let mut st = self.state.lock();
        let due = first.elapsed() >= FAIR_AFTER;
        if !st.0 {
            // A waiter that has waited long enough takes a free lock at once.
            if due {
                st.0 = true;
                return Some(Turn::Handed);
            }
            return Some(Turn::Free);
        }
        st.1.enter(first);
        let turn = loop {
            if st.1.take_handed() {
                break Some(Turn::Handed);
            }
            if !st.0 {
                if first.elapsed() >= FAIR_AFTER {
                    st.0 = true;
                    break Some(Turn::Handed);
                }
                break Some(Turn::Free);
            }
            match until {
                None => self.cv.wait(&mut st),
                Some(u) => {
                    if self.cv.wait_until(&mut st, u).timed_out() {
                        break if st.1.take_handed() {
                            Some(Turn::Handed)
                        } else if !st.0 {
                            Some(Turn::Free)
                        } else {
                            None
                        };
                    }
                }
            }
        };
        st.1.leave();
        turn
    }

    /// Waits until the lock is taken (true) or `until` passes (false).
    #[cfg(test)]
    pub fn acquire_until(&self, until: Option<Instant>) -> bool {
        let mut st = self.state.lock();
        if !st.0 {
            st.0 = true;
            return true;
        }
        st.1.enter(Instant::now());
        let got = loop {
            if st.1.take_handed() {
                break true;
            }
            if !st.0 {
                st.0 = true;
                break true;
            }
            match until {
                None => self.cv.wait(&mut st),
                Some(u) => {
                    if self.cv.wait_until(&mut st, u).timed_out() {
                        if st.1.take_handed() || !st.0 {
                            st.0 = true;
                            break true;
                        }
                        break false;
                    }
                }
            }
        };
        st.1.leave();
        got
    }

    /// False when the lock was not held.
    pub fn release(&self) -> bool {
        let mut st = self.state.lock();
        if !st.0 || st.1.handed {
            return false;
        }
        if !st.1.hand_over() {
            st.0 = false;
        }
        let waiters = st.1.count > 0;
        drop(st);
        if waiters {
            self.cv.notify_one();
        }
        true
    }

    pub fn is_locked(&self) -> bool {
        self.state.lock().0
    }

    /// Whether the lock is free at this instant, without waiting for its bookkeeping (for spinning).
    fn seen_free(&self) -> bool {
        self.state.try_lock().is_some_and(|st| !st.0)
    }
}

/// A re-entrant lock: the owning thread's id and how many times it holds the lock.
#[derive(Default)]
pub struct ReentrantLock {
    state: Mutex<(u64, u64, Waiting)>,
    cv: Condvar,
}

impl ReentrantLock {
    fn try_acquire(&self, me: u64, times: u64) -> bool {
        let mut st = self.state.lock();
        if st.1 == 0 {
            st.0 = me;
            st.1 = times;
            true
        } else if st.0 == me && !st.2.handed {
            st.1 += times;
            true
        } else {
            false
        }
    }

    /// As `RawLock::wait_turn`; a handed-over lock becomes `me`'s with `times` levels.
    fn wait_turn(&self, me: u64, times: u64, first: Instant, until: Option<Instant>) -> Option<Turn> {
        let mut st = self.state.lock();
        if st.1 == 0 && first.elapsed() < FAIR_AFTER {
            return Some(Turn::Free);
        }
        st.2.enter(first);
        let turn = loop {
            if st.2.take_handed() {
                break Some(Turn::Handed);
            }
            if st.1 == 0 {
                // A waiter that has waited long enough takes a free lock at once.
                break Some(if first.elapsed() >= FAIR_AFTER { Turn::Handed } else { Turn::Free });
            }
            match until {
                None => self.cv.wait(&mut st),
                Some(u) => {
                    if self.cv.wait_until(&mut st, u).timed_out() {
                        break if st.2.take_handed() {
                            Some(Turn::Handed)
                        } else if st.1 == 0 {
                            Some(Turn::Free)
                        } else {
                            None
                        };
                    }
                }
            }
        };
        if turn == Some(Turn::Handed) {
            st.0 = me;
            st.1 = times;
        }
        st.2.leave();
        turn
    }

    /// Releases once (`all`: every level, returning how many there were); Err when not the owner.
    fn release(&self, me: u64, all: bool) -> Result<u64, ()> {
        let mut st = self.state.lock();
        if st.1 == 0 || st.0 != me || st.2.handed {
            return Err(());
        }
        let levels = if all { st.1 } else { 1 };
        st.1 -= levels;
        if st.1 == 0 {
            if st.2.hand_over() {
                // Still locked (count 1) until the waiter that wakes makes it its own.
                st.1 = 1;
            }
            st.0 = 0;
            let waiters = st.2.count > 0;
            drop(st);
            if waiters {
                self.cv.notify_one();
            }
        }
        Ok(levels)
    }

    /// As `RawLock::seen_free`.
    fn seen_free(&self) -> bool {
        self.state.try_lock().is_some_and(|st| st.1 == 0)
    }

    fn owner_and_count(&self) -> (u64, u64) {
        let st = self.state.lock();
        (st.0, st.1)
    }
}

/// Reads `acquire(blocking=True, timeout=-1)`: None for a non-blocking try, else the deadline
/// (None: wait for ever).
fn acquire_deadline(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Option<Option<Instant>>> {
    only_kwargs("acquire", k, &["blocking", "timeout"])?;
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("acquire() takes at most 2 arguments ({} given)", a.len() - 1)));
    }
    let blocking = match a.get(1).or(kwarg(k, "blocking")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match a.get(2).or(kwarg(k, "timeout")) {
        // Read as CPython reads it first (NaN, and numbers past its range, are errors).
        Some(v) => crate::modules::timeout::nanos_arg(vm, v, crate::modules::timeout::Unit::Seconds)? as f64 / 1e9,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(PyErr::value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::overflow("timeout value is too large"));
    }
    Ok(Some((timeout >= 0.0).then(|| crate::modules::timeout::deadline_after((timeout * 1e9) as i64))))
}

fn lock_of(v: &Value) -> PyResult<&RawLock> {
    match v {
        Value::Instance(i) => i.native::<RawLock>().ok_or_else(|| PyErr::type_error("descriptor requires a '_thread.lock' object")),
        _ => Err(PyErr::type_error("descriptor requires a '_thread.lock' object")),
    }
}

fn rlock_of(v: &Value) -> PyResult<&ReentrantLock> {
    match v {
        Value::Instance(i) => i.native::<ReentrantLock>().ok_or_else(|| PyErr::type_error("descriptor requires a '_thread.RLock' object")),
        _ => Err(PyErr::type_error("descriptor requires a '_thread.RLock' object")),
    }
}

/// Takes `lock` the way acquire's arguments say.
pub fn acquire_raw(vm: &mut Vm, lock: &RawLock, deadline: Option<Option<Instant>>) -> PyResult<bool> {
    let me = vm.stats.id;
    if lock.try_acquire() {
        lock.taker.store(me, Ordering::Relaxed);
        return Ok(true);
    }
    if deadline.is_none() {
        return Ok(false);
    }
    // Contended: the clock is read only now (an uncontended acquire costs no system time).
    let first = Instant::now();
    loop {
        if lock.try_acquire() {
            break;
        }
        let Some(deadline) = deadline else { return Ok(false) };
        let holder = lock.taker.load(Ordering::Relaxed);
        match vm.blocking_on_lock(deadline, holder, || lock.seen_free(), |until| lock.wait_turn(first, until))? {
            Some(Turn::Handed) => break,
            Some(Turn::Free) => continue,
            None => return Ok(false),
        }
    }
    lock.taker.store(me, Ordering::Relaxed);
    Ok(true)
}

fn lock_acquire(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let deadline = acquire_deadline(vm, a, k)?;
    let lock = lock_of(&a[0])?;
    Ok(Value::Bool(acquire_raw(vm, lock, deadline)?))
}

fn lock_release(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if !lock_of(&a[0])?.release() {
        return Err(PyErr::runtime("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    lock_release(vm, &a[..1], k)
}

fn lock_locked(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(lock_of(&a[0])?.is_locked()))
}

fn lock_repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let state = if lock_of(&a[0])?.is_locked() { "locked" } else { "unlocked" };
    Ok(Value::string(format!("<{state} _thread.lock object at {:#x}>", a[0].ptr().unwrap_or(0))))
}

fn lock_at_fork_reinit(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    lock_of(&a[0])?.release();
    Ok(Value::None)
}

fn rlock_new(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(new_rlock())
}

fn rlock_acquire(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let deadline = acquire_deadline(vm, a, k)?;
    let lock = rlock_of(&a[0])?;
    Ok(Value::Bool(acquire_reentrant(vm, lock, 1, deadline)?))
}

/// Takes `lock` for the calling thread `levels` times, the way acquire's arguments say.
fn acquire_reentrant(vm: &mut Vm, lock: &ReentrantLock, levels: u64, deadline: Option<Option<Instant>>) -> PyResult<bool> {
    let me = vm.stats.id;
    if lock.try_acquire(me, levels) {
        return Ok(true);
    }
    if deadline.is_none() {
        return Ok(false);
    }
    let first = Instant::now();
    loop {
        if lock.try_acquire(me, levels) {
            return Ok(true);
        }
        let Some(deadline) = deadline else { return Ok(false) };
        let holder = lock.owner_and_count().0;
        match vm.blocking_on_lock(deadline, holder, || lock.seen_free(), |until| lock.wait_turn(me, levels, first, until))? {
            Some(Turn::Handed) => return Ok(true),
            Some(Turn::Free) => continue,
            None => return Ok(false),
        }
    }
}

fn rlock_release(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    rlock_of(&a[0])?.release(vm.stats.id, false).map_err(|_| PyErr::runtime("cannot release un-acquired lock"))?;
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    rlock_release(vm, &a[..1], k)
}

fn rlock_is_owned(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let st = rlock_of(&a[0])?.owner_and_count();
    Ok(Value::Bool(st.1 > 0 && st.0 == vm.stats.id))
}

/// For Condition.wait: release every level, returning (count, owner) to restore later.
fn rlock_release_save(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = vm.stats.id;
    let levels = rlock_of(&a[0])?.release(me, true).map_err(|_| PyErr::runtime("cannot release un-acquired lock"))?;
    Ok(Value::tuple(vec![Value::Int(levels as i64), Value::Int(me as i64)]))
}

fn rlock_acquire_restore(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let levels = match a.get(1) {
        Some(Value::Tuple(t)) => match t.first() {
            Some(Value::Int(n)) => (*n).max(1) as u64,
            _ => 1,
        },
        _ => 1,
    };
    acquire_reentrant(vm, rlock_of(&a[0])?, levels, Some(None))?;
    Ok(Value::None)
}

fn rlock_repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (owner, count) = rlock_of(&a[0])?.owner_and_count();
    let state = if count > 0 { "locked" } else { "unlocked" };
    Ok(Value::string(format!("<{state} _thread.RLock object owner={} count={count} at {:#x}>", if count > 0 { owner } else { 0 }, a[0].ptr().unwrap_or(0))))
}

/// A class of `_thread` with the methods of `methods`.
fn native_class(name: &'static str, methods: &[(&'static str, NativeFn)]) -> NativeClass {
    NativeClass::new("_thread", name).methods(methods).module_attr()
}

pub fn lock_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        native_class(
            "lock",
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("__enter__", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("__exit__", lock_exit),
                ("locked", lock_locked),
                ("locked_lock", lock_locked),
                ("__repr__", lock_repr),
                ("_at_fork_reinit", lock_at_fork_reinit),
            ],
        )
        .build()
    })
}

pub fn rlock_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        native_class(
            "RLock",
            &[
                ("acquire", rlock_acquire),
                ("__enter__", rlock_acquire),
                ("release", rlock_release),
                ("__exit__", rlock_exit),
                ("_is_owned", rlock_is_owned),
                ("_release_save", rlock_release_save),
                ("_acquire_restore", rlock_acquire_restore),
                ("__repr__", rlock_repr),
            ],
        )
        .constructor(rlock_new)
        .build()
    })
}

pub fn new_lock() -> Value {
    Value::Instance(Instance::new(lock_class().clone(), Payload::Native(Box::new(RawLock::default()))))
}

pub fn new_rlock() -> Value {
    Value::Instance(Instance::new(rlock_class().clone(), Payload::Native(Box::new(ReentrantLock::default()))))
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for RawLock {}
impl crate::objects::native::NativeData for ReentrantLock {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn raw_lock_times_out_and_any_thread_releases() {
        let l = Arc::new(RawLock::default());
        assert!(l.try_acquire());
        assert!(!l.acquire_until(Some(Instant::now() + Duration::from_millis(10))));
        let l2 = l.clone();
        std::thread::spawn(move || assert!(l2.release())).join().unwrap();
        assert!(l.try_acquire());
        assert!(l.release());
        assert!(!l.release());
    }

    #[test]
    fn reentrant_lock_counts_levels_per_owner() {
        let l = ReentrantLock::default();
        assert!(l.try_acquire(1, 1));
        assert!(l.try_acquire(1, 1));
        assert!(!l.try_acquire(2, 1));
        assert_eq!(l.release(2, false), Err(()));
        assert_eq!(l.release(1, true), Ok(2));
        assert!(l.try_acquire(2, 1));
    }

    #[test]
    fn a_long_waiter_gets_the_lock_handed_over() {
        let l = Arc::new(RawLock::default());
        assert!(l.try_acquire());
        let l2 = l.clone();
        let waiter = std::thread::spawn(move || l2.acquire_until(None));
        // Barging: keep re-taking the lock; after FAIR_AFTER a release must hand it over.
        let start = Instant::now();
        loop {
            assert!(l.release());
            if !l.try_acquire() {
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "the waiter starved");
        }
        assert!(waiter.join().unwrap());
        assert!(l.is_locked());
    }
}
