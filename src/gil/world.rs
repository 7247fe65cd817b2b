//! Stopping the world for fork() under `--gil off`. With no lock keeping the other threads out
//! of the interpreter, one of them may hold an object's lock (a list being appended to) at the
//! instant of the fork, and the child, where that thread does not exist, would wait for it
//! forever. So the forking thread asks every thread that runs bytecode to park at its next
//! checkpoint (a safe point: between instructions, no object lock held) and waits until all
//! have; threads inside a blocking call are out of the interpreter already and wait on their way
//! back in. The child goes on with the forking thread alone; in the parent the others resume.
//! Under the other policies the forking thread holds the GIL, which does the same job.

use crate::sync::{Condvar, Mutex};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::time::Duration;

#[derive(Default)]
pub struct World {
    /// Threads running bytecode: between entering (a start, the end of a blocking call) and
    /// leaving (a blocking call, the thread's end). The forking thread is one of them.
    running: AtomicUsize,
    /// Set while a fork waits for the others to park, and across the fork.
    stop: AtomicBool,
    /// How many running threads are parked at a safe point.
    parked: Mutex<usize>,
    cv: Condvar,
    /// One fork at a time.
    forking: Mutex<()>,
}

impl World {
    /// A thread starts running bytecode; it waits first while the world is stopped.
    pub fn enter(&self) {
        loop {
            self.running.fetch_add(1, SeqCst);
            if !self.stop.load(SeqCst) {
                return;
            }
            // Not in yet: back out, tell the forker, and wait for the fork to be over.
            self.running.fetch_sub(1, SeqCst);
            let mut parked = self.parked.lock();
            self.cv.notify_all();
            while self.stop.load(SeqCst) {
                self.cv.wait(&mut parked);
            }
        }
    }

    /// A thread stops running bytecode (it blocks, or it ends).
    pub fn leave(&self) {
        self.running.fetch_sub(1, SeqCst);
        if self.stop.load(SeqCst) {
            let _parked = self.parked.lock();
            self.cv.notify_all();
        }
    }

    /// A safe point of a running thread: it parks there while the world is stopped.
    pub fn safe_point(&self) {
        if !self.stop.load(SeqCst) {
            return;
        }
        let mut parked = self.parked.lock();
        if !self.stop.load(SeqCst) {
            return;
        }
        *parked += 1;
        self.cv.notify_all();
        while self.stop.load(SeqCst) {
            self.cv.wait(&mut parked);
        }
        *parked -= 1;
    }

    /// Runs `fork` (by a running thread) once every other running thread is parked at a safe
    /// point; they resume when it returns.
    pub fn stopped<R>(&self, fork: impl FnOnce() -> R) -> R {
        let _one = loop {
            if let Some(g) = self.forking.try_lock() {
                break g;
            }
            // Another thread forks: be parked for it rather than keep it waiting for us.
            self.safe_point();
            std::thread::yield_now();
        };
        let mut parked = self.parked.lock();
        self.stop.store(true, SeqCst);
        while *parked + 1 < self.running.load(SeqCst) {
            // Every change is notified; the timeout only bounds the cost of a missed one.
            self.cv.wait_for(&mut parked, Duration::from_millis(2));
        }
        let r = fork();
        self.stop.store(false, SeqCst);
        self.cv.notify_all();
        r
    }

    /// In a child just made by fork: only the forking thread exists, and it runs.
    pub fn after_fork(&self) {
        self.running.store(1, SeqCst);
        *self.parked.lock() = 0;
        self.stop.store(false, SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::AtomicU64;

    /// Workers that only ever change a counter between safe points are all parked while the
    /// stopped section runs: the counter does not move inside it.
    #[test]
    fn stopped_section_sees_no_running_worker() {
        let world = Arc::new(World::default());
        world.enter();
        let count = Arc::new(AtomicU64::new(0));
        let done = Arc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..4)
            .map(|_| {
                let (world, count, done) = (world.clone(), count.clone(), done.clone());
                std::thread::spawn(move || {
                    world.enter();
                    while !done.load(SeqCst) {
                        count.fetch_add(1, SeqCst);
                        world.safe_point();
                    }
                    world.leave();
                })
            })
            .collect();
        for _ in 0..50 {
            let moved = world.stopped(|| {
                let before = count.load(SeqCst);
                std::thread::sleep(Duration::from_millis(1));
                count.load(SeqCst) != before
            });
            assert!(!moved);
        }
        done.store(true, SeqCst);
        for w in workers {
            w.join().unwrap();
        }
    }
}
