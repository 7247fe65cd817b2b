//! The global interpreter lock: one per interpreter, with a policy, an interval and per-thread
//! statistics. A thread runs bytecode only while it holds the lock (unless the policy is `off`).
//! The eval loop counts instructions down and calls `checkpoint` at zero; blocking calls release the
//! lock through `Vm::allow_threads`.

pub mod report;
pub mod stats;
pub mod trace;
pub mod world;

use crate::sync::spin::SpinSlot;
use crate::sync::{Condvar, Mutex};
use stats::Presence;
pub use stats::{Release, ThreadStats};
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use trace::ThreadState;

#[cfg(feature = "gil-audit")]
thread_local! {
    /// Under the `gil-audit` feature: whether this thread holds the GIL (what `audit_held` checks).
    static HOLDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[inline(always)]
fn set_holding(_held: bool) {
    #[cfg(feature = "gil-audit")]
    let _ = HOLDING.try_with(|h| h.set(_held));
}

/// `gil-audit`: a reference count changed (gil_cell/rc.rs) in GIL mode on a thread without the
/// GIL (or in its thread-local destructors): prints where, and aborts the process.
#[cfg(feature = "gil-audit")]
pub fn audit_held() {
    if !HOLDING.try_with(|h| h.get()).unwrap_or(false) {
        eprintln!("gil-audit: a reference count changed without the GIL\n{}", std::backtrace::Backtrace::force_capture());
        std::process::abort();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Every N instructions, if another thread waits, hand the lock to the longest waiter (FIFO).
    Handoff,
    /// Python 2: every N instructions release and at once re-acquire; the OS picks the winner.
    Legacy,
    /// Python 3.2+: a waiter that waited one interval (a time) asks the holder to drop the lock.
    CPython,
    /// No lock at all: threads run in parallel.
    Off,
}

impl Policy {
    pub fn parse(s: &str) -> Option<Policy> {
        Some(match s {
            "handoff" => Policy::Handoff,
            "legacy" => Policy::Legacy,
            "cpython" => Policy::CPython,
            "off" => Policy::Off,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Policy::Handoff => "handoff",
            Policy::Legacy => "legacy",
            Policy::CPython => "cpython",
            Policy::Off => "off",
        }
    }

    /// Where a thread whose countdown has run out may be switched out.
    pub fn switch_points(self) -> SwitchPoints {
        match self {
            Policy::Legacy => SwitchPoints::Anywhere,
            Policy::Handoff | Policy::CPython | Policy::Off => SwitchPoints::EvalBreaker,
        }
    }
}

/// The instructions at which the eval loop acts on a countdown that has run out (a GIL switch, a
/// drop request, a pending signal). The countdown itself runs on every instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchPoints {
    /// Python 2's check interval: at any instruction boundary, so `n += 1` on a shared global can
    /// be split between its load and its store, and unlocked counters lose updates.
    Anywhere,
    /// CPython 3.11's eval breaker (`CHECK_EVAL_BREAKER()` in Python/ceval.c): only
    /// - at a backward jump: the end of a loop body (JUMP_BACKWARD and 3.11's
    ///   POP_JUMP_BACKWARD_IF_*; here `Op::jumps_back`, checked before the jump, taken or not),
    /// - at the entry of a Python frame, and when a generator resumes (RESUME),
    /// - right after a call instruction returns (CALL, CALL_FUNCTION_EX, and the `__exit__` call
    ///   that ends a `with` block),
    /// - and in blocking calls, which release the lock themselves.
    ///
    /// So `n += 1`, `l[0] += 1`, `d[k] += 1` are never split (no thread loses an update), while a
    /// read-modify-write across a call (`n = add_one(n)`, whose callee's entry is a switch point)
    /// can be, as in CPython 3.11.
    EvalBreaker,
}

/// The thread id of the thread that runs the script (ids count up from here).
pub const MAIN_THREAD_ID: u64 = 1;

/// The default instruction interval (see README: chosen by measurement).
pub const DEFAULT_INTERVAL: i32 = 5000;
/// Parses `--switch-interval`: instructions, or a time (`5ms`, `500us`, `0.01s`).
pub fn parse_interval(s: &str) -> Result<(i32, Option<f64>), String> {
    let t = s.trim();
    let time = |num: &str, scale: f64| num.parse::<f64>().map(|v| v * scale).map_err(|_| format!("bad switch interval: {s}"));
    if let Some(n) = t.strip_suffix("ms") {
        return Ok((DEFAULT_INTERVAL, Some(time(n, 1e-3)?)));
    }
    if let Some(n) = t.strip_suffix("us") {
        return Ok((DEFAULT_INTERVAL, Some(time(n, 1e-6)?)));
    }
    if let Some(n) = t.strip_suffix('s') {
        return Ok((DEFAULT_INTERVAL, Some(time(n, 1.0)?)));
    }
    match t.parse::<i64>() {
        Ok(n) if n >= 1 => Ok((n.min(i32::MAX as i64) as i32, None)),
        _ => Err(format!("bad switch interval: {s} (expected a positive instruction count or a time like 5ms)")),
    }
}

/// Under the `cpython` policy the countdown only decides how often the drop request is looked at.
const CPYTHON_POLL: i32 = 200;

struct State {
    held: bool,
    holder: u64,
    /// Handoff: the threads waiting, in the order they get the lock (see `Waiter`). The releaser
    /// grants the lock to the front one.
    queue: VecDeque<Waiter>,
    /// Counts changes of holder.
    switches: u64,
}

/// A thread in the handoff queue. Threads coming back from a blocking call (a sleep, a lock, I/O)
/// go ahead of threads that the interval made give the lock up, so that a CPU-bound thread never
/// keeps a woken thread waiting longer than the holder's current interval. Each forced waiter
/// can be passed at most `MAX_OVERTAKEN` times per wait (so it waits at most that many more turns), so that threads trading the lock through
/// blocking calls (a ping-pong pair) cannot starve it.
struct Waiter {
    stats: Arc<ThreadStats>,
    /// In line only because the interval ran out (or it is a new thread): others may pass it.
    forced: bool,
    overtaken: u32,
    /// When a holder first nudged it (asked it, parked, to get onto a CPU: see `Gil::checkpoint`).
    nudged_at: Option<Instant>,
}

const MAX_OVERTAKEN: u32 = 4;

/// Where a thread arriving at the GIL joins the handoff queue.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arrival {
    /// Back from a blocking call: ahead of forced waiters that may still be passed.
    Woken,
    /// Forced out by the interval, or just started: at the back.
    Behind,
}

/// How long a thread that was made to give the GIL up spins for it back before parking (handoff).
const FORCED_SWITCH_SPIN: Duration = Duration::from_micros(100);

/// How long a waiter about to spin waits for a place to spin in (see `SpinSlot::take_within`).
const SLOT_PATIENCE: Duration = Duration::from_micros(20);

/// How long a nudged waiter spins for its grant before it parks again (the holder nudges it anew
/// at its next checkpoint): several intervals of 5000 instructions.
const NUDGED_SPIN: Duration = Duration::from_millis(1);

/// A nudged waiter that has not shown up on a CPU after this long is a sign that every CPU is
/// taken (woken threads run within tens of microseconds on an idle machine).
const BUSY_SIGN: Duration = Duration::from_micros(1000);

/// How often the handoff policy looks at how many threads the whole machine has ready to run.
const BUSY_LOOKUP: Duration = Duration::from_millis(20);

/// How long the handoff policy behaves as on a busy machine after the last such sign.
const BUSY_HOLD: Duration = Duration::from_millis(100);

/// How long a handoff holder waits, at most, for a nudged waiter to get onto a CPU before it
/// hands the lock over all the same (CPython's default switch interval): on a machine with more
/// runnable threads than CPUs the OS may take that long to run the waiter, and meanwhile the
/// holder goes on running instead of leaving the lock idle.
const NUDGE_PATIENCE: Duration = Duration::from_millis(5);

pub struct Gil {
    pub policy: Policy,
    interval: AtomicI32,
    /// The switch interval as a time (sys.setswitchinterval), in nanoseconds.
    interval_ns: AtomicU64,
    state: Mutex<State>,
    cv: Condvar,
    /// cpython policy: where a holder that dropped the lock on request waits until another
    /// thread has taken it (signalled by every take).
    switched: Condvar,
    waiting: AtomicUsize,
    drop_request: AtomicBool,
    /// Handoff: until when (ns since `started`) the machine counts as busy (see `is_busy`).
    busy_until_ns: AtomicU64,
    /// When (ns since `started`) the machine's run queue was last looked at.
    busy_checked_ns: AtomicU64,
    pub threads: Mutex<Vec<Arc<ThreadStats>>>,
    pub started: Instant,
    /// Set once by `--gil-trace`; None costs one branch per acquire/release.
    tracer: std::sync::OnceLock<trace::Tracer>,
    /// Under `off`: which threads run bytecode, so that fork can stop them (see world.rs).
    world: world::World,
}

impl State {
    /// Puts `me` in the handoff queue where `arrival` says; returns its place (0: next).
    fn enqueue(&mut self, me: Arc<ThreadStats>, arrival: Arrival) -> usize {
        let mut at = self.queue.len();
        if arrival == Arrival::Woken {
            while at > 0 && self.queue[at - 1].forced && self.queue[at - 1].overtaken < MAX_OVERTAKEN {
                at -= 1;
            }
            for passed in self.queue.range_mut(at..) {
                passed.overtaken += 1;
            }
        }
        self.queue.insert(at, Waiter { stats: me, forced: arrival == Arrival::Behind, overtaken: 0, nudged_at: None });
        at
    }
}

impl Gil {
    pub fn new(policy: Policy, interval: i32, interval_ns: u64) -> Gil {
        Gil {
            policy,
            interval: AtomicI32::new(interval.max(1)),
            interval_ns: AtomicU64::new(interval_ns),
            state: Mutex::new(State { held: false, holder: 0, queue: VecDeque::new(), switches: 0 }),
            cv: Condvar::new(),
            switched: Condvar::new(),
            waiting: AtomicUsize::new(0),
            drop_request: AtomicBool::new(false),
            busy_until_ns: AtomicU64::new(0),
            busy_checked_ns: AtomicU64::new(0),
            threads: Mutex::new(Vec::new()),
            started: Instant::now(),
            tracer: std::sync::OnceLock::new(),
            world: world::World::default(),
        }
    }

    pub fn interval(&self) -> i32 {
        self.interval.load(Ordering::Relaxed)
    }

    pub fn set_interval(&self, n: i32) {
        self.interval.store(n.max(1), Ordering::Relaxed);
    }

    pub fn interval_seconds(&self) -> f64 {
        self.interval_ns.load(Ordering::Relaxed) as f64 / 1e9
    }

    pub fn set_interval_seconds(&self, s: f64) {
        self.interval_ns.store((s * 1e9) as u64, Ordering::Relaxed);
    }

    /// Instructions until the next checkpoint.
    pub fn interval_ticks(&self) -> i32 {
        match self.policy {
            Policy::CPython => CPYTHON_POLL.min(self.interval()),
            _ => self.interval(),
        }
    }

    /// Whether another thread waits for the lock (a checkpoint may hand it over).
    pub fn has_waiters(&self) -> bool {
        self.waiting.load(Ordering::Relaxed) > 0
    }

    pub fn register(&self, stats: Arc<ThreadStats>) {
        self.threads.lock().push(stats);
    }

    /// Starts recording the timeline (`--gil-trace`); call before any thread starts.
    pub fn enable_trace(&self, path: &str) {
        let _ = self.tracer.set(trace::Tracer::new(path, self.started));
    }

    /// Writes the timeline, if one is being recorded.
    pub fn finish_trace(&self) -> Option<std::io::Result<()>> {
        let tracer = self.tracer.get()?;
        let threads = self.threads.lock().clone();
        Some(tracer.finish(&threads))
    }

    fn trace(&self, me: &ThreadStats, state: Option<ThreadState>) {
        if let Some(t) = self.tracer.get() {
            t.transition(me, state);
        }
    }

    /// The ids of the threads still running.
    pub fn alive_ids(&self) -> Vec<u64> {
        self.threads.lock().iter().filter(|t| t.alive.load(Ordering::Relaxed)).map(|t| t.id).collect()
    }

    /// A thread has finished: its timeline track ends and it is no longer alive.
    pub fn thread_exit(&self, me: &ThreadStats) {
        self.trace(me, None);
        me.alive.store(false, Ordering::Relaxed);
    }

    /// Every thread's counters, in the order the threads started.
    pub fn snapshots(&self) -> Vec<stats::Snapshot> {
        self.threads.lock().iter().map(|t| t.snapshot()).collect()
    }

    /// Sets every thread's counters back to zero.
    pub fn reset_stats(&self) {
        for t in self.threads.lock().iter() {
            t.reset();
        }
    }

    /// Runs `fork` with the lock's bookkeeping locked, so that no other thread is inside it at the
    /// instant of the fork (in the child that thread would not exist to unlock it).
    pub fn hold_across_fork<R>(&self, fork: impl FnOnce() -> R) -> R {
        let _threads = self.threads.lock();
        let _state = self.state.lock();
        fork()
    }

    /// Runs `f` (which forks) with every other thread out of object locks: under `off` they are
    /// stopped at safe points first (see world.rs); under the other policies the caller's GIL
    /// keeps them out already. Call it outside any lock another thread may wait for.
    pub fn stop_world_for_fork<R>(&self, f: impl FnOnce() -> R) -> R {
        if self.policy == Policy::Off { self.world.stopped(f) } else { f() }
    }

    /// In a child just made by fork(): only `me` exists and holds the lock; fresh statistics.
    pub fn after_fork(&self, me: &Arc<ThreadStats>) {
        let mut st = self.state.lock();
        st.held = self.policy != Policy::Off;
        set_holding(st.held);
        st.holder = me.id;
        st.queue.clear();
        st.switches = 0;
        drop(st);
        self.world.after_fork();
        self.waiting.store(0, Ordering::SeqCst);
        self.drop_request.store(false, Ordering::SeqCst);
        me.reset();
        *self.threads.lock() = vec![me.clone()];
    }

    /// The number of times the holder changed since the start.
    pub fn switch_count(&self) -> u64 {
        self.state.lock().switches
    }

    /// Takes the lock back after a blocking call, waiting as the policy says.
    pub fn acquire(&self, me: &Arc<ThreadStats>) {
        self.acquire_with_spin(me, Duration::ZERO, Arrival::Woken);
    }

    /// Takes the lock for a thread that is just starting: it waits its turn behind every thread
    /// already waiting.
    pub fn acquire_first(&self, me: &Arc<ThreadStats>) {
        self.acquire_with_spin(me, Duration::ZERO, Arrival::Behind);
    }

    /// As `acquire`, for a thread that has not slept: it spun for a lock that the GIL's holder
    /// released on another CPU, and that holder will soon block and hand the GIL over too.
    pub fn acquire_soon(&self, me: &Arc<ThreadStats>) {
        self.acquire_with_spin(me, crate::sync::spin::LOCK_SPIN, Arrival::Woken);
    }

    /// As `acquire`; a handoff waiter first in line spins up to `spin` for its grant before it
    /// parks (see `sync::spin`). Worth it only when the holder runs on another CPU: right after
    /// a forced release, or after spinning for a lock (`acquire_soon`). A thread woken from
    /// sleep usually shares its waker's CPU, where spinning only delays the holder
    /// (threads_pingpong ran 3x slower).
    fn acquire_with_spin(&self, me: &Arc<ThreadStats>, spin: Duration, arrival: Arrival) {
        if self.policy == Policy::Off {
            // No lock to wait for (only a fork in progress); the timeline still shows the thread running again.
            self.world.enter();
            self.trace(me, Some(ThreadState::Running));
            return;
        }
        self.trace(me, Some(ThreadState::Waiting));
        let start = Instant::now();
        if self.policy == Policy::Handoff {
            self.acquire_fifo(me, spin, arrival);
        } else {
            self.acquire_contended(me);
        }
        me.record_acquire(start.elapsed());
        set_holding(true);
        self.trace(me, Some(ThreadState::Running));
    }

    /// Handoff: take a free lock, or queue up and wait until a releaser grants it to us.
    fn acquire_fifo(&self, me: &Arc<ThreadStats>, spin: Duration, arrival: Arrival) {
        let mut st = self.state.lock();
        if !st.held && st.queue.is_empty() {
            self.take(&mut st, me);
            return;
        }
        let at = st.enqueue(me.clone(), arrival);
        let first_in_line = at == 0;
        self.waiting.fetch_add(1, Ordering::SeqCst);
        drop(st);
        let grant = &me.grant;
        let mut spin = if first_in_line { spin } else { Duration::ZERO };
        loop {
            if !spin.is_zero() {
                match SpinSlot::take_within(SLOT_PATIENCE) {
                    Some(slot) => {
                        grant.set_presence(Presence::OnCpu);
                        slot.spin(spin, None, || grant.granted.load(Ordering::Acquire));
                    }
                    None => grant.set_presence(Presence::CannotSpin),
                }
            }
            let mut g = grant.lock.lock();
            if !grant.granted.load(Ordering::Acquire) && grant.presence() == Presence::OnCpu {
                grant.set_presence(Presence::Parked);
            }
            while !grant.granted.load(Ordering::Acquire) && !grant.nudged.load(Ordering::Acquire) {
                grant.cv.wait(&mut g);
            }
            if grant.granted.load(Ordering::Acquire) {
                grant.granted.store(false, Ordering::Relaxed);
                grant.nudged.store(false, Ordering::Relaxed);
                grant.set_presence(Presence::Parked);
                break;
            }
            // Nudged by the holder: get onto a CPU and spin, so that it can hand over.
            grant.nudged.store(false, Ordering::Relaxed);
            spin = NUDGED_SPIN;
        }
        self.waiting.fetch_sub(1, Ordering::SeqCst);
    }

    /// Legacy and cpython: every waiter competes for a free lock; the OS decides who wins.
    fn acquire_contended(&self, me: &Arc<ThreadStats>) {
        let mut st = self.state.lock();
        if st.held {
            self.waiting.fetch_add(1, Ordering::SeqCst);
            while st.held {
                if self.policy == Policy::CPython {
                    // A whole interval without any switch: ask the holder to drop the lock.
                    let switches_before = st.switches;
                    let timeout = Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed).max(1000));
                    let timed_out = self.cv.wait_for(&mut st, timeout).timed_out();
                    if timed_out && st.held && st.switches == switches_before {
                        self.drop_request.store(true, Ordering::SeqCst);
                    }
                } else {
                    self.cv.wait(&mut st);
                }
            }
            self.waiting.fetch_sub(1, Ordering::SeqCst);
        }
        self.take(&mut st, me);
    }

    fn take(&self, st: &mut State, me: &ThreadStats) {
        if st.holder != me.id {
            st.switches += 1;
            me.switches.fetch_add(1, Ordering::Relaxed);
            if self.policy == Policy::CPython {
                self.switched.notify_all();
            }
        }
        st.held = true;
        st.holder = me.id;
    }

    /// Gives the lock up, for the reason `why`.
    pub fn release(&self, me: &ThreadStats, why: Release) {
        self.release_preferring(me, why, None);
    }

    /// As `release`, for a thread about to block on a lock that thread `holder` took: under
    /// handoff, if the holder is waiting for the GIL (the interval took it away inside its
    /// critical section), it jumps the queue, so that it lets the lock go soon. Else every thread
    /// queued ahead of it would run in turn only to block on the same lock, each a wake-up
    /// (a lock convoy: threads_lock_counter spent a third of its time there).
    pub fn release_for_holder(&self, me: &ThreadStats, holder: u64) {
        self.release_preferring(me, Release::Blocking, Some(holder));
    }

    /// Gives the lock up; under handoff the waiter with thread id `preferred` (if it waits) gets
    /// it first.
    fn release_preferring(&self, me: &ThreadStats, why: Release, preferred: Option<u64>) {
        if self.policy == Policy::Off {
            self.world.leave();
            self.trace(me, Some(ThreadState::Blocked));
            return;
        }
        set_holding(false);
        me.record_release(why);
        self.trace(
            me,
            Some(match why {
                Release::Interval => ThreadState::Waiting,
                Release::Blocking => ThreadState::Blocked,
            }),
        );
        let mut st = self.state.lock();
        if self.policy == Policy::Handoff {
            let preferred = preferred.and_then(|id| st.queue.iter().position(|w| w.stats.id == id));
            let next = match preferred {
                Some(i) => st.queue.remove(i),
                None => st.queue.pop_front(),
            }
            .map(|w| w.stats);
            if let Some(next) = next {
                // Hand the lock straight to the longest waiter: it never becomes free.
                self.take(&mut st, &next);
                drop(st);
                // Set under the grant's lock (so the waiter cannot miss it), notified after it
                // (so the woken waiter does not at once block on that lock).
                {
                    let _g = next.grant.lock.lock();
                    next.grant.granted.store(true, Ordering::Release);
                }
                next.grant.cv.notify_one();
                return;
            }
            st.held = false;
            return;
        }
        st.held = false;
        drop(st);
        if self.waiting.load(Ordering::SeqCst) > 0 {
            self.cv.notify_all();
        }
    }

    /// Handoff, at a forced switch: whether the first waiter can take the lock at once. A thread
    /// back from a blocking call always can, and so can a waiter spinning on a CPU; one that could
    /// not spin is handed the lock as it is. A parked one that the interval forced out is
    /// nudged (woken to spin) and the holder goes on running until it shows up on a CPU, or until
    /// `NUDGE_PATIENCE` has passed: a lock handed to a thread the OS has not scheduled (on a busy
    /// machine, for milliseconds) would stall every thread of the program meanwhile.
    fn next_is_ready(&self) -> bool {
        let mut st = self.state.lock();
        let Some(next) = st.queue.front_mut() else { return false };
        if !next.forced {
            // Back from a blocking call (a sleep, a lock, I/O): it gets the lock at once, as a
            // woken thread should (see `Arrival::Woken`), parked or not.
            return true;
        }
        let grant = &next.stats.grant;
        match grant.presence() {
            Presence::OnCpu | Presence::CannotSpin => true,
            Presence::Parked => {
                let now = Instant::now();
                let first = *next.nudged_at.get_or_insert(now);
                let waited = now.duration_since(first);
                if waited >= NUDGE_PATIENCE {
                    return true;
                }
                if self.is_busy(now) {
                    return false;
                }
                if waited >= BUSY_SIGN {
                    // Nudged, and the OS has not run it for that long: every CPU is taken.
                    self.busy_until_ns.store(self.since_start(now + BUSY_HOLD), Ordering::Relaxed);
                    return false;
                }
                if !grant.nudged.load(Ordering::Acquire) {
                    {
                        let _g = grant.lock.lock();
                        grant.nudged.store(true, Ordering::Release);
                    }
                    grant.cv.notify_one();
                }
                false
            }
        }
    }

    fn since_start(&self, t: Instant) -> u64 {
        t.duration_since(self.started).as_nanos() as u64
    }

    /// Whether the machine was seen to have no CPU to spare lately (see `BUSY_SIGN`): then a
    /// handoff holder neither nudges nor spins, and switches once per `NUDGE_PATIENCE`, as
    /// CPython's GIL does; spinning would only take CPU time from the holder.
    fn is_busy(&self, now: Instant) -> bool {
        let at = self.since_start(now);
        if at < self.busy_until_ns.load(Ordering::Relaxed) {
            return true;
        }
        // More threads ready to run, machine-wide, than CPUs: looked up at most once per
        // BUSY_LOOKUP (a read of /proc/stat, tens of µs).
        let last = self.busy_checked_ns.load(Ordering::Relaxed);
        if at.saturating_sub(last) >= BUSY_LOOKUP.as_nanos() as u64
            && self.busy_checked_ns.compare_exchange(last, at, Ordering::Relaxed, Ordering::Relaxed).is_ok()
        {
            let crowded = crate::sync::runnable_threads().is_some_and(|n| n > crate::sync::cpus());
            if crowded {
                self.busy_until_ns.store(at + BUSY_LOOKUP.as_nanos() as u64, Ordering::Relaxed);
            }
            return crowded;
        }
        false
    }

    /// Called by the eval loop every `interval_ticks()` instructions.
    pub fn checkpoint(&self, me: &Arc<ThreadStats>) {
        match self.policy {
            Policy::Off => self.world.safe_point(),
            Policy::Handoff => {
                if self.waiting.load(Ordering::Relaxed) > 0 && self.next_is_ready() {
                    let spin = if self.is_busy(Instant::now()) { Duration::ZERO } else { FORCED_SWITCH_SPIN };
                    self.release(me, Release::Interval);
                    self.acquire_with_spin(me, spin, Arrival::Behind);
                }
            }
            Policy::Legacy => {
                if self.waiting.load(Ordering::Relaxed) > 0 {
                    self.release(me, Release::Interval);
                    self.acquire_with_spin(me, FORCED_SWITCH_SPIN, Arrival::Behind);
                }
            }
            Policy::CPython => {
                if self.drop_request.swap(false, Ordering::SeqCst) {
                    self.release(me, Release::Interval);
                    // Forced switching: wait until some other thread has taken the lock.
                    let mut st = self.state.lock();
                    let at = st.switches;
                    while st.switches == at && self.waiting.load(Ordering::SeqCst) > 0 {
                        if self.switched.wait_for(&mut st, Duration::from_millis(5)).timed_out() && !st.held {
                            break;
                        }
                    }
                    drop(st);
                    self.acquire(me);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Queues threads (ids 2, 3, ... arriving as `arrivals` says, in that order) behind the
    /// holder 1, lets `release` give the lock up, and returns the order in which they then got it.
    fn order_with(arrivals: &[Arrival], release: impl FnOnce(&Gil, &Arc<ThreadStats>)) -> Vec<u64> {
        let gil = Arc::new(Gil::new(Policy::Handoff, 1000, 0));
        let holder = Arc::new(ThreadStats::new(1, "holder"));
        gil.acquire(&holder);
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut threads = Vec::new();
        for (i, &arrival) in arrivals.iter().enumerate() {
            let id = i as u64 + 2;
            let (shared, order) = (gil.clone(), order.clone());
            threads.push(std::thread::spawn(move || {
                let me = Arc::new(ThreadStats::new(id, "waiter"));
                shared.acquire_with_spin(&me, Duration::ZERO, arrival);
                order.lock().push(id);
                shared.release(&me, Release::Blocking);
            }));
            while gil.waiting.load(Ordering::SeqCst) < i + 1 {
                std::thread::yield_now();
            }
        }
        release(&gil, &holder);
        for t in threads {
            t.join().unwrap();
        }

        order.lock().clone()
    }

    fn order_after(release: impl FnOnce(&Gil, &Arc<ThreadStats>)) -> Vec<u64> {
        order_with(&[Arrival::Woken, Arrival::Woken], release)
    }

    #[test]
    fn a_woken_thread_goes_ahead_of_threads_the_interval_forced_out() {
        use Arrival::*;
        assert_eq!(order_with(&[Behind, Behind, Woken], |gil, me| gil.release(me, Release::Interval)), vec![4, 2, 3]);
        // Woken threads keep their order among themselves.
        assert_eq!(order_with(&[Behind, Woken, Woken], |gil, me| gil.release(me, Release::Interval)), vec![3, 4, 2]);
    }

    #[test]
    fn a_forced_out_thread_is_passed_a_bounded_number_of_times_per_wait() {
        use Arrival::*;
        // 3..6 pass 2; 7 may not pass it again; 9 still passes the forced 8 that came after.
        let arrivals = [Behind, Woken, Woken, Woken, Woken, Woken, Behind, Woken];
        assert_eq!(order_with(&arrivals, |gil, me| gil.release(me, Release::Interval)), vec![3, 4, 5, 6, 2, 7, 9, 8]);
    }

    #[test]
    fn handoff_grants_the_longest_waiter_first() {
        assert_eq!(order_after(|gil, me| gil.release(me, Release::Interval)), vec![2, 3]);
    }

    #[test]
    fn a_lock_holder_waiting_for_the_gil_jumps_the_queue() {
        assert_eq!(order_after(|gil, me| gil.release_for_holder(me, 3)), vec![3, 2]);
        // A holder that is not waiting for the GIL changes nothing.
        assert_eq!(order_after(|gil, me| gil.release_for_holder(me, 9)), vec![2, 3]);
    }

    #[test]
    fn a_forced_switch_waits_for_a_parked_waiter_to_get_onto_a_cpu() {
        let gil = Arc::new(Gil::new(Policy::Handoff, 1000, 0));
        let holder = Arc::new(ThreadStats::new(1, "holder"));
        gil.acquire(&holder);
        let shared = gil.clone();
        let waiter = std::thread::spawn(move || {
            let me = Arc::new(ThreadStats::new(2, "waiter"));
            shared.acquire_first(&me);
            shared.release(&me, Release::Blocking);
        });
        while gil.waiting.load(Ordering::SeqCst) == 0 {
            std::thread::yield_now();
        }
        // Parked: the first checkpoint only nudges it; the holder keeps the lock.
        assert!(!gil.next_is_ready());
        assert_eq!(gil.state.lock().holder, 1);
        // Once it spins on a CPU (or says it cannot), the next checkpoint hands over.
        let started = Instant::now();
        while !gil.next_is_ready() {
            assert!(started.elapsed() < NUDGE_PATIENCE * 2, "the nudge was lost");
            std::thread::yield_now();
        }
        gil.checkpoint(&holder);
        waiter.join().unwrap();
        assert_eq!(gil.switch_count(), 3, "the first take, to the waiter, and back");
    }
}
