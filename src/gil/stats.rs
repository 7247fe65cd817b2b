//! Per-thread GIL statistics, counted exactly: instructions, acquisitions, forced and voluntary
//! releases, time waiting for the lock (total, max and a log2 histogram for percentiles), time
//! holding it, and switches (acquisitions that changed the holder).

use crate::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Waits are bucketed by the position of their highest bit in nanoseconds: bucket k holds waits in
/// [2^k, 2^(k+1)) ns, which is enough resolution to tell 1 µs from 1 ms from 1 s.
const BUCKETS: usize = 40;

/// Why a thread gives the GIL up: the switch interval took it (a forced release), or the thread
/// is about to block (a wait, I/O, `time.sleep`; a voluntary release).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Release {
    Interval,
    Blocking,
}

pub struct ThreadStats {
    pub id: u64,
    pub name: Mutex<String>,
    pub alive: AtomicBool,
    pub instructions: AtomicU64,
    pub acquisitions: AtomicU64,
    pub forced_releases: AtomicU64,
    pub voluntary_releases: AtomicU64,
    pub wait_ns: AtomicU64,
    pub wait_max_ns: AtomicU64,
    pub hold_ns: AtomicU64,
    pub switches: AtomicU64,
    wait_hist: [AtomicU64; BUCKETS],
    held_since: Mutex<Option<Instant>>,
    /// For `--gil-trace`: the state this thread is in and since when, and the slices it has
    /// finished (kept per thread, so recording takes no lock another thread wants).
    pub(super) trace: Mutex<TraceTrack>,
    /// Where the handoff policy grants this thread the GIL.
    pub(super) grant: Grant,
}

/// One thread's part of the `--gil-trace` timeline.
#[derive(Default)]
pub struct TraceTrack {
    pub current: Option<(super::trace::ThreadState, Instant)>,
    /// Finished slices: state, start, end.
    pub slices: Vec<(super::trace::ThreadState, Instant, Instant)>,
}

/// A one-thread mailbox: the releaser sets `granted` (under `lock`) and wakes the waiter. Under
/// handoff a holder that the interval makes give up the lock first `nudge`s a parked waiter and
/// hands over only once the waiter shows it is on a CPU (`presence`), so that the lock never goes
/// to a thread the OS has not scheduled (see `Gil::checkpoint`).
#[derive(Default)]
pub struct Grant {
    pub granted: AtomicBool,
    /// Set (under `lock`) by a holder asking this parked waiter to get onto a CPU and spin.
    pub nudged: AtomicBool,
    /// A `Presence`, as u8.
    pub presence: std::sync::atomic::AtomicU8,
    pub lock: Mutex<()>,
    pub cv: crate::sync::Condvar,
}

/// Where a handoff waiter is, as the holder sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Presence {
    /// Asleep in the kernel: handing it the lock now would leave the lock idle until the OS runs it.
    Parked = 0,
    /// Spinning for its grant on a CPU: a handoff is taken up at once.
    OnCpu = 1,
    /// Could not spin (no CPU to spare for spinning): the holder hands over as to a parked
    /// thread that will not get any readier.
    CannotSpin = 2,
}

impl Grant {
    pub fn presence(&self) -> Presence {
        match self.presence.load(Ordering::Acquire) {
            1 => Presence::OnCpu,
            2 => Presence::CannotSpin,
            _ => Presence::Parked,
        }
    }

    pub fn set_presence(&self, p: Presence) {
        self.presence.store(p as u8, Ordering::Release);
    }
}

/// A copy of one thread's counters at one moment.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Snapshot {
    pub id: u64,
    pub name: String,
    pub alive: bool,
    pub instructions: u64,
    pub acquisitions: u64,
    pub forced_releases: u64,
    pub voluntary_releases: u64,
    pub wait_ns: u64,
    pub wait_max_ns: u64,
    pub wait_p50_ns: u64,
    pub wait_p99_ns: u64,
    pub hold_ns: u64,
    pub switches: u64,
}

impl ThreadStats {
    pub fn new(id: u64, name: &str) -> ThreadStats {
        ThreadStats {
            id,
            name: Mutex::new(name.to_string()),
            alive: AtomicBool::new(true),
            instructions: AtomicU64::new(0),
            acquisitions: AtomicU64::new(0),
            forced_releases: AtomicU64::new(0),
            voluntary_releases: AtomicU64::new(0),
            wait_ns: AtomicU64::new(0),
            wait_max_ns: AtomicU64::new(0),
            hold_ns: AtomicU64::new(0),
            switches: AtomicU64::new(0),
            wait_hist: std::array::from_fn(|_| AtomicU64::new(0)),
            held_since: Mutex::new(None),
            trace: Mutex::new(TraceTrack::default()),
            grant: Grant::default(),
        }
    }

    pub fn record_acquire(&self, waited: Duration) {
        let ns = waited.as_nanos() as u64;
        self.acquisitions.fetch_add(1, Ordering::Relaxed);
        self.wait_ns.fetch_add(ns, Ordering::Relaxed);
        self.wait_max_ns.fetch_max(ns, Ordering::Relaxed);
        let bucket = (64 - ns.leading_zeros() as usize).min(BUCKETS - 1);
        self.wait_hist[bucket].fetch_add(1, Ordering::Relaxed);
        *self.held_since.lock() = Some(Instant::now());
    }

    pub fn record_release(&self, why: Release) {
        match why {
            Release::Interval => self.forced_releases.fetch_add(1, Ordering::Relaxed),
            Release::Blocking => self.voluntary_releases.fetch_add(1, Ordering::Relaxed),
        };
        if let Some(t) = self.held_since.lock().take() {
            self.hold_ns.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        }
    }

    /// The wait (upper bound of its histogram bucket) below which `q` of all waits fall.
    fn wait_percentile(&self, q: f64) -> u64 {
        let counts: Vec<u64> = self.wait_hist.iter().map(|c| c.load(Ordering::Relaxed)).collect();
        let total: u64 = counts.iter().sum();
        if total == 0 {
            return 0;
        }
        let target = ((total as f64) * q).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (k, c) in counts.iter().enumerate() {
            seen += c;
            if seen >= target {
                return if k == 0 { 0 } else { (1u64 << k) - 1 };
            }
        }
        self.wait_max_ns.load(Ordering::Relaxed)
    }

    pub fn snapshot(&self) -> Snapshot {
        // Time held so far counts while the thread still holds the lock.
        let holding = self.held_since.lock().map(|t| t.elapsed().as_nanos() as u64).unwrap_or(0);
        Snapshot {
            id: self.id,
            name: self.name.lock().clone(),
            alive: self.alive.load(Ordering::Relaxed),
            instructions: self.instructions.load(Ordering::Relaxed),
            acquisitions: self.acquisitions.load(Ordering::Relaxed),
            forced_releases: self.forced_releases.load(Ordering::Relaxed),
            voluntary_releases: self.voluntary_releases.load(Ordering::Relaxed),
            wait_ns: self.wait_ns.load(Ordering::Relaxed),
            wait_max_ns: self.wait_max_ns.load(Ordering::Relaxed),
            wait_p50_ns: self.wait_percentile(0.5),
            wait_p99_ns: self.wait_percentile(0.99),
            hold_ns: self.hold_ns.load(Ordering::Relaxed) + holding,
            switches: self.switches.load(Ordering::Relaxed),
        }
    }

    /// Sets every counter back to zero (gil.reset()); a lock held now counts from now.
    pub fn reset(&self) {
        for c in [
            &self.instructions,
            &self.acquisitions,
            &self.forced_releases,
            &self.voluntary_releases,
            &self.wait_ns,
            &self.wait_max_ns,
            &self.hold_ns,
            &self.switches,
        ] {
            c.store(0, Ordering::Relaxed);
        }
        for c in &self.wait_hist {
            c.store(0, Ordering::Relaxed);
        }
        let mut held = self.held_since.lock();
        if held.is_some() {
            *held = Some(Instant::now());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_come_from_the_histogram() {
        let s = ThreadStats::new(1, "t");
        for _ in 0..99 {
            s.record_acquire(Duration::from_nanos(1000));
        }
        s.record_acquire(Duration::from_millis(10));
        let snap = s.snapshot();
        assert_eq!(snap.acquisitions, 100);
        assert!(snap.wait_p50_ns >= 1000 && snap.wait_p50_ns < 2048);
        assert!(snap.wait_p99_ns < 2048);
        assert_eq!(snap.wait_max_ns, 10_000_000);
        s.reset();
        assert_eq!(s.snapshot().acquisitions, 0);
    }
}
