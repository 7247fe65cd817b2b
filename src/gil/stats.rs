//! Per-thread GIL statistics, counted exactly: instructions, acquisitions, forced and voluntary
//! releases, time waiting for the lock (total and max) and time holding it, and switches.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use parking_lot::Mutex;

pub struct ThreadStats {
    pub id: u64,
    pub name: Mutex<String>,
    pub instructions: AtomicU64,
    pub acquisitions: AtomicU64,
    pub forced_releases: AtomicU64,
    pub voluntary_releases: AtomicU64,
    pub wait_ns: AtomicU64,
    pub wait_max_ns: AtomicU64,
    pub hold_ns: AtomicU64,
    pub switches: AtomicU64,
    held_since: Mutex<Option<Instant>>,
}

impl ThreadStats {
    pub fn new(id: u64, name: &str) -> ThreadStats {
        ThreadStats {
            id,
            name: Mutex::new(name.to_string()),
            instructions: AtomicU64::new(0),
            acquisitions: AtomicU64::new(0),
            forced_releases: AtomicU64::new(0),
            voluntary_releases: AtomicU64::new(0),
            wait_ns: AtomicU64::new(0),
            wait_max_ns: AtomicU64::new(0),
            hold_ns: AtomicU64::new(0),
            switches: AtomicU64::new(0),
            held_since: Mutex::new(None),
        }
    }

    pub fn record_acquire(&self, waited: Duration) {
        let ns = waited.as_nanos() as u64;
        self.acquisitions.fetch_add(1, Ordering::Relaxed);
        self.wait_ns.fetch_add(ns, Ordering::Relaxed);
        self.wait_max_ns.fetch_max(ns, Ordering::Relaxed);
        *self.held_since.lock() = Some(Instant::now());
    }

    pub fn record_release(&self, forced: bool) {
        if forced {
            self.forced_releases.fetch_add(1, Ordering::Relaxed);
        } else {
            self.voluntary_releases.fetch_add(1, Ordering::Relaxed);
        }
        if let Some(t) = self.held_since.lock().take() {
            self.hold_ns.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        }
    }
}
