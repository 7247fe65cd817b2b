//! Each thread's stack as it last published it, for `sys._current_frames()` (and
//! `faulthandler.dump_traceback`) on other threads. A thread publishes its frames (code,
//! globals, current instruction, id: no variables) when it lets go of the GIL: before a blocking
//! call and before a switch another thread waits for. A thread holding the GIL therefore sees
//! every other thread's stack as it is, since those run no Python code until they take the GIL
//! back. (With `--gil off` the other threads' stacks are as of their last blocking call.)

use super::Vm;
use crate::code::Code;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use parking_lot::Mutex;

/// One frame of a published stack.
#[derive(Clone)]
pub struct PublishedFrame {
    pub code: Arc<Code>,
    pub globals: Arc<Dict>,
    pub lasti: usize,
    /// The frame's `Frame::id`.
    pub id: u64,
}

/// A thread's published stack, outermost frame first.
pub type Published = std::sync::Arc<Mutex<Vec<PublishedFrame>>>;

/// The published stacks of the interpreter's threads, by thread id (`threading.get_ident()`).
#[derive(Default)]
pub struct StackBoard {
    threads: Mutex<Vec<(u64, Published)>>,
}

impl StackBoard {
    /// A thread starts: its (empty) stack joins the board.
    pub fn register(&self, thread: u64) -> Published {
        let stack = Published::default();
        let mut threads = self.threads.lock();
        threads.retain(|(id, _)| *id != thread);
        threads.push((thread, stack.clone()));
        stack
    }

    /// A thread ends (or, after fork, every thread but the child's one).
    pub fn retain(&self, keep: impl Fn(u64) -> bool) {
        let gone: Vec<(u64, Published)> = {
            let mut threads = self.threads.lock();
            let (kept, gone) = std::mem::take(&mut *threads).into_iter().partition(|(id, _)| keep(*id));
            *threads = kept;
            gone
        };
        drop(gone);
    }

    /// Every thread's published stack, newest thread first (as CPython lists them), by thread id.
    pub fn all(&self) -> Vec<(u64, Vec<PublishedFrame>)> {
        let threads: Vec<(u64, Published)> = self.threads.lock().iter().rev().cloned().collect();
        threads.into_iter().map(|(id, stack)| (id, stack.lock().clone())).collect()
    }
}

impl Vm {
    /// Publishes this thread's stack (see the module's comment): the frames below the first one
    /// that changed keep their entries, only their instruction is updated.
    pub fn publish_stack(&self) {
        let infos = self.frame_infos();
        let mut stack = self.published.lock();
        let same = stack.iter().zip(infos).take_while(|(p, f)| p.id == f.id).count();
        let old = stack.split_off(same);
        for (p, f) in stack.iter_mut().zip(infos) {
            p.lasti = f.running_lasti();
        }
        stack.extend(infos[same..].iter().map(|f| PublishedFrame { code: f.code.clone(), globals: f.globals.clone(), lasti: f.running_lasti(), id: f.id }));
        drop(stack);
        drop(old);
    }
}
