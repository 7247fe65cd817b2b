//! A frame: one activation of a code object: its value stack, local slots, cells and handler blocks.
//! Plain data (a generator keeps its frame); vm/eval.rs runs it. What code outside the eval loop
//! reads of a running frame (frame objects) is in its `Shown`, apart from the frame itself.

use crate::code::Code;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::exceptions::FrameLocals;
use crate::objects::value::{Cell, Value};
use crate::unsafe_os::SharedHeap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// A handler pushed by SetupExcept / SetupWith, or (cleanup) the marker of an except clause being run.
#[derive(Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
    pub cleanup: bool,
}

pub struct Frame {
    pub code: Arc<Code>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<Arc<Cell>>,
    pub blocks: Vec<Block>,
    pub globals: Arc<Dict>,
    /// What frame objects read while the frame runs (see `unsafe_os::FrameView`).
    pub shown: SharedHeap<Shown>,
    /// A class body's namespace when a metaclass `__prepare__` made it something other than a
    /// plain dict: LoadName / StoreName / DeleteName go through its `__getitem__` family.
    pub mapping: Option<Value>,
    /// Unique per frame, so a traceback gets one line per frame even when an exception is re-raised.
    pub id: u64,
    /// Generators: whether the frame has started running.
    pub started: bool,
    /// A paused generator's exceptions being handled (it yielded inside except clauses): off the
    /// thread's exception stack while it is paused (vm/iter.rs `resume_frame`).
    pub saved_exc: Vec<Value>,
}

/// The part of a frame that frame objects read while it runs (`f_lineno`, `f_lasti`,
/// `f_locals`): in its own allocation, which the `&mut Frame` of the eval loop does not cover, and
/// changed only through shared references (atomics, once-cells, locks) while the frame runs.
#[derive(Default)]
pub struct Shown {
    /// Index of the instruction being run (for all but the innermost frame, a call), for the
    /// traceback's line.
    lasti: AtomicUsize,
    /// A class body's (or module's, exec's) namespace (LoadName / StoreName); None elsewhere.
    pub namespace: Option<Arc<Dict>>,
    /// What `locals()` returned in this function frame: refreshed from the variables on each
    /// call, keeping other keys (an `exec` wrote them), as CPython 3.11's `f_locals`.
    pub locals_dict: OnceLock<Arc<Dict>>,
    /// Made when a frame object first shows this frame while it runs: the frame leaves its last
    /// state there each time it stops running (returns, raises or yields), for that object.
    pub last: OnceLock<std::sync::Arc<LastSeen>>,
}

impl Shown {
    pub fn new(namespace: Option<Arc<Dict>>) -> Shown {
        Shown { namespace, ..Shown::default() }
    }

    pub fn lasti(&self) -> usize {
        self.lasti.load(Relaxed)
    }

    /// Clears what the previous run of a pooled frame left (each field only if set: this runs
    /// on every call).
    #[inline(always)]
    pub fn reset(&mut self) {
        *self.lasti.get_mut() = 0;
        if self.namespace.is_some() {
            self.namespace = None;
        }
        if self.locals_dict.get().is_some() {
            self.locals_dict.take();
        }
        if self.last.get().is_some() {
            self.last.take();
        }
    }
}

/// How a frame was when it last stopped running, for the frame objects made while it ran:
/// CPython's frame objects keep their frame's variables after it returns. Whoever registers one
/// (vm/frame_object.rs) gives the function that fills it when the frame stops, so this layer
/// never names the frame-object code.
pub struct LastSeen {
    state: parking_lot::Mutex<Option<LastState>>,
    on_stop: OnStop,
}

/// What a frame does, when it stops running, for the `LastSeen` registered on it.
pub type OnStop = fn(&Frame, &std::sync::Arc<LastSeen>);

impl LastSeen {
    pub fn new(on_stop: OnStop) -> LastSeen {
        LastSeen { state: parking_lot::Mutex::new(None), on_stop }
    }
}

#[derive(Clone)]
pub struct LastState {
    /// A function frame's slots and cells.
    pub locals: Option<std::sync::Arc<FrameLocals>>,
    /// Variables left out of `locals` because they lead back to the frame object (a cycle with
    /// no collector to free it), kept weakly: (index among the slots then the cells, value).
    pub weak: std::sync::Arc<Vec<(usize, WeakValue)>>,
    pub lasti: usize,
}

/// A container value held without keeping it alive.
pub enum WeakValue {
    Tuple(crate::objects::Weak<Vec<Value>>),
    List(crate::objects::Weak<crate::objects::value::List>),
    Dict(crate::objects::Weak<Dict>),
    Instance(crate::objects::Weak<crate::objects::class::Instance>),
}

impl WeakValue {
    pub fn of(v: &Value) -> Option<WeakValue> {
        Some(match v {
            Value::Tuple(t) => WeakValue::Tuple(Arc::downgrade(t)),
            Value::List(l) => WeakValue::List(Arc::downgrade(l)),
            Value::Dict(d) => WeakValue::Dict(Arc::downgrade(d)),
            Value::Instance(i) => WeakValue::Instance(Arc::downgrade(i)),
            _ => return None,
        })
    }

    /// The value, if something else still holds it.
    pub fn get(&self) -> Option<Value> {
        Some(match self {
            WeakValue::Tuple(t) => Value::Tuple(t.upgrade()?),
            WeakValue::List(l) => Value::List(l.upgrade()?),
            WeakValue::Dict(d) => Value::Dict(d.upgrade()?),
            WeakValue::Instance(i) => Value::Instance(i.upgrade()?),
        })
    }
}

impl LastSeen {
    pub fn get(&self) -> Option<LastState> {
        self.state.lock().clone()
    }

    pub fn set(&self, state: LastState) {
        let old = self.state.lock().replace(state);
        drop(old);
    }
}

impl Frame {
    #[inline(always)]
    pub fn lasti(&self) -> usize {
        self.shown.get().lasti.load(Relaxed)
    }

    #[inline(always)]
    pub fn set_lasti(&self, pc: usize) {
        self.shown.get().lasti.store(pc, Relaxed)
    }

    pub fn namespace(&self) -> Option<&Arc<Dict>> {
        self.shown.get().namespace.as_ref()
    }

    pub fn line(&self) -> u32 {
        self.code.lines.get(self.lasti()).copied().unwrap_or(self.code.first_line)
    }

    /// A function frame's variables as they are now (a traceback entry keeps them).
    pub fn locals_now(&self) -> Option<std::sync::Arc<FrameLocals>> {
        (self.code.kind == crate::code::CodeKind::Function).then(|| std::sync::Arc::new(FrameLocals { values: self.locals.clone(), cells: self.cells.clone() }))
    }

    /// The frame stops running: if a frame object showed it meanwhile, the function it registered
    /// runs (vm/frame_object.rs keeps the variables and position for it). One load and a branch
    /// otherwise.
    #[inline(always)]
    pub fn note_stopped(&self) {
        if let Some(last) = self.shown.get().last.get() {
            (last.on_stop)(self, last);
        }
    }
}
