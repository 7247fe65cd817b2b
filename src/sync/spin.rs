//! Spinning before parking: a thread about to sleep on a lock that another CPU is about to release
//! busy-waits a few microseconds first. Parking and waking cost a futex round trip and a trip
//! through the scheduler (about 10 µs each way); a ping-pong of two threads through queues hands
//! its token over in less than that, so a brief spin turns every hop from a sleep and a wake-up
//! into a few hundred nanoseconds. Spinning only pays with a CPU to spare: it is off on one CPU,
//! and at most one thread fewer than there are CPUs spins at a time, so spinners never crowd out
//! the thread they wait for.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a wait for a lock spins at most: a little over one hop of a queue ping-pong
/// (threads_pingpong ran alike with 10, 30 and 100 µs, and 1.8x slower with none).
pub const LOCK_SPIN: Duration = Duration::from_micros(30);

/// Threads spinning right now.
static SPINNERS: AtomicUsize = AtomicUsize::new(0);

/// How many threads may spin at once: one fewer than the CPUs (none on a single CPU).
fn max_spinners() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()) - 1)
}

/// Busy-waits until `ready()` holds (true), or `limit` or `until` passes, or no CPU is free for
/// spinning (false: the caller parks as it would have).
pub fn spin_until(limit: Duration, until: Option<Instant>, ready: impl FnMut() -> bool) -> bool {
    match SpinSlot::take() {
        Some(slot) => slot.spin(limit, until, ready),
        None => false,
    }
}

/// The right to spin: one of the `max_spinners()` places, given back when dropped.
pub struct SpinSlot(());

impl SpinSlot {
    /// A place to spin in, or None when as many threads as may already spin.
    pub fn take() -> Option<SpinSlot> {
        take_slot(&SPINNERS, max_spinners()).then(|| SpinSlot(()))
    }

    /// As `take`, trying again for up to `patience`: a thread that another spinner is about to
    /// hand over to frees its place within a microsecond (the GIL's handoff: the spinner that
    /// got the lock stops spinning as the one that gave it up starts).
    pub fn take_within(patience: Duration) -> Option<SpinSlot> {
        if max_spinners() == 0 {
            return None;
        }
        let end = Instant::now() + patience;
        loop {
            if let Some(slot) = SpinSlot::take() {
                return Some(slot);
            }
            if Instant::now() >= end {
                return None;
            }
            std::hint::spin_loop();
        }
    }

    /// Busy-waits until `ready()` holds (true), or `limit` or `until` passes (false).
    pub fn spin(&self, limit: Duration, until: Option<Instant>, ready: impl FnMut() -> bool) -> bool {
        let mut end = Instant::now() + limit;
        if let Some(u) = until {
            end = end.min(u);
        }
        spin(end, ready)
    }
}

impl Drop for SpinSlot {
    fn drop(&mut self) {
        SPINNERS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Counts one more spinner unless `max` already spin.
fn take_slot(spinners: &AtomicUsize, max: usize) -> bool {
    if spinners.fetch_add(1, Ordering::Relaxed) >= max {
        spinners.fetch_sub(1, Ordering::Relaxed);
        return false;
    }
    true
}

/// Polls `ready` (a few dozen nanoseconds apart) until it holds or `end` passes.
fn spin(end: Instant, mut ready: impl FnMut() -> bool) -> bool {
    loop {
        for _ in 0..16 {
            std::hint::spin_loop();
        }
        if ready() {
            return true;
        }
        if Instant::now() >= end {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spin_ends_when_the_condition_holds() {
        let mut polls = 0;
        let far = Instant::now() + Duration::from_secs(3600);
        assert!(spin(far, || {
            polls += 1;
            polls == 3
        }));
        assert_eq!(polls, 3);
    }

    #[test]
    fn a_spin_gives_up_when_its_time_is_over() {
        let mut polls = 0;
        assert!(!spin(Instant::now(), || {
            polls += 1;
            false
        }));
        assert_eq!(polls, 1);
        assert!(!spin_until(Duration::from_secs(3600), Some(Instant::now()), || false));
    }

    #[test]
    fn no_more_spinners_than_allowed() {
        let spinners = AtomicUsize::new(0);
        assert!(take_slot(&spinners, 2));
        assert!(take_slot(&spinners, 2));
        assert!(!take_slot(&spinners, 2));
        assert_eq!(spinners.load(Ordering::Relaxed), 2);
        assert!(!take_slot(&AtomicUsize::new(0), 0), "one CPU: nobody spins");
    }
}
