//! Per-module import locks, as CPython's `_ModuleLock`: the thread that starts loading a module
//! owns its name until the module has run; another thread importing it meanwhile waits (the GIL
//! let go) and then gets the finished module instead of a half-run one. A wait that would close
//! a cycle of threads each waiting for the other's module is not made (CPython's deadlock
//! avoidance): that thread gets the partly initialised module, as a circular import does.

use crate::sync::{Condvar, Mutex};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

#[derive(Default)]
struct State {
    /// Module name -> the thread loading it.
    owners: HashMap<String, u64>,
    /// Thread -> the module name it waits for.
    waiting: HashMap<u64, String>,
}

#[derive(Default)]
pub struct ImportLocks {
    state: Mutex<State>,
    changed: Condvar,
    /// Loads in progress in all threads: 0 lets an import of a loaded module skip the lock.
    busy: AtomicUsize,
}

/// What `claim` found.
pub enum Claim {
    /// This thread now owns the name: load the module, then `release` it.
    Owned,
    /// This thread already loads the name further up its stack (a circular import).
    Reentrant,
    /// Another thread owns it; waiting for it would deadlock.
    WouldDeadlock,
    /// Another thread owns it: wait with `wait_released`, then look again.
    Busy,
}

impl ImportLocks {
    /// Whether no module is being loaded by any thread.
    #[inline]
    pub fn idle(&self) -> bool {
        self.busy.load(Ordering::Acquire) == 0
    }

    /// Takes `name` for thread `me` if no other thread loads it.
    pub fn claim(&self, name: &str, me: u64) -> Claim {
        let mut st = self.state.lock();
        match st.owners.get(name).copied() {
            None => {
                st.owners.insert(name.to_string(), me);
                self.busy.fetch_add(1, Ordering::AcqRel);
                Claim::Owned
            }
            Some(owner) if owner == me => Claim::Reentrant,
            Some(owner) => {
                if closes_cycle(&st, owner, me) {
                    Claim::WouldDeadlock
                } else {
                    Claim::Busy
                }
            }
        }
    }

    /// Whether another thread than `me` loads `name` now.
    pub fn loaded_elsewhere(&self, name: &str, me: u64) -> bool {
        let st = self.state.lock();
        st.owners.get(name).is_some_and(|&owner| owner != me && !closes_cycle(&st, owner, me))
    }

    /// Gives `name` up (its module has run, or failed) and wakes the threads waiting for it.
    pub fn release(&self, name: &str) {
        let mut st = self.state.lock();
        if st.owners.remove(name).is_some() {
            self.busy.fetch_sub(1, Ordering::AcqRel);
        }
        drop(st);
        self.changed.notify_all();
    }

    /// Waits until `until` at most for `name` to be released (true) or the time to pass.
    pub fn wait_released(&self, name: &str, me: u64, until: Option<Instant>) -> bool {
        let mut st = self.state.lock();
        st.waiting.insert(me, name.to_string());
        let released = loop {
            if !st.owners.contains_key(name) {
                break true;
            }
            match until {
                Some(u) => {
                    if self.changed.wait_until(&mut st, u).timed_out() {
                        break !st.owners.contains_key(name);
                    }
                }
                None => self.changed.wait(&mut st),
            }
        };
        st.waiting.remove(&me);
        released
    }
}

/// Whether `me` waiting for `owner` would close a cycle: `owner` waits (directly or through
/// other threads) for a module `me` loads.
fn closes_cycle(st: &State, owner: u64, me: u64) -> bool {
    let mut current = owner;
    for _ in 0..=st.waiting.len() {
        let Some(wanted) = st.waiting.get(&current) else { return false };
        match st.owners.get(wanted) {
            Some(&next) if next == me => return true,
            Some(&next) => current = next,
            None => return false,
        }
    }
    false
}
