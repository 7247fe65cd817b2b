//! Each thread's stack as it last published it, for `sys._current_frames()` (and
//! `faulthandler.dump_traceback`) on other threads. A thread publishes its frames (code,
//! globals, current instruction, id, a function frame's variables) when it lets go of the GIL:
//! before a blocking call and before a switch another thread waits for. A thread holding the GIL
//! therefore sees every other thread's stack as it is, since those run no Python code until they
//! take the GIL back. (With `--gil off` the other threads' stacks are as of their last blocking
//! call.)
//! The variables are a snapshot taken at publish time, and it must not keep objects alive (a
//! `__del__` or a weak reference would notice): containers and instances are held weakly (one
//! that died since is left out), immutable values that refer to nothing (numbers, strings,
//! bytes, None) strongly, anything else (functions, sets, iterators...) left out. Only the frames
//! that may have run since the last publish are read again: the new ones and the innermost one
//! that was there before (the others stayed suspended in the same call).

use super::{FrameInfo, Vm};
use crate::code::{Code, CodeKind};
use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::dict::Dict;
use crate::objects::frame::WeakValue;
use parking_lot::Mutex;

/// One frame of a published stack.
#[derive(Clone)]
pub struct PublishedFrame {
    pub code: Arc<Code>,
    pub globals: Arc<Dict>,
    pub lasti: usize,
    /// The frame's `Frame::id`.
    pub id: u64,
    /// A function frame's variables when it was published (see the module's comment).
    pub locals: Option<std::sync::Arc<Vec<(usize, Held)>>>,
}

/// A published variable, by its index in `co_varnames + co_cellvars + co_freevars`.
pub enum Held {
    Strong(Value),
    Weak(WeakValue),
}

impl PublishedFrame {
    /// The variables as a `f_locals` dict: the ones still alive.
    pub fn locals_dict(&self) -> Option<Arc<Dict>> {
        let held = self.locals.as_ref()?;
        let code = &self.code;
        let names: Vec<&Arc<crate::objects::str::PyStr>> = code.varnames.iter().chain(&code.cellvars).chain(&code.freevars).collect();
        let d = Dict::new();
        for (i, h) in held.iter() {
            let value = match h {
                Held::Strong(v) => Some(v.clone()),
                Held::Weak(w) => w.get(),
            };
            if let (Some(name), Some(v)) = (names.get(*i), value) {
                d.set_str((*name).clone(), v);
            }
        }
        Some(d)
    }
}

/// Reads a function frame's variables for publishing (on the frame's own thread).
fn published_locals(f: &FrameInfo) -> Option<std::sync::Arc<Vec<(usize, Held)>>> {
    if f.code.kind != CodeKind::Function {
        return None;
    }
    let held = f.view.read(|parts| {
        let cells = parts.cells.iter().map(|c| c.0.lock().clone());
        let values = parts.locals.iter().cloned().chain(cells);
        values
            .enumerate()
            .filter_map(|(i, v)| {
                let v = v?;
                let held = match &v {
                    Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::BigInt(_) | Value::Str(_) | Value::Bytes(_) | Value::Ellipsis => {
                        Held::Strong(v)
                    }
                    _ => Held::Weak(WeakValue::of(&v)?),
                };
                Some((i, held))
            })
            .collect()
    });
    Some(std::sync::Arc::new(held))
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
        let mut stale = Vec::new();
        let fresh = same.saturating_sub(1);
        for (i, (p, f)) in stack.iter_mut().zip(infos).enumerate() {
            p.lasti = f.running_lasti();
            if i >= fresh {
                stale.push(std::mem::replace(&mut p.locals, published_locals(f)));
            }
        }
        stack.extend(infos[same..].iter().map(|f| PublishedFrame {
            code: f.code.clone(),
            globals: f.globals.clone(),
            lasti: f.running_lasti(),
            id: f.id,
            locals: published_locals(f),
        }));
        drop(stack);
        drop(old);
        drop(stale);
    }
}
