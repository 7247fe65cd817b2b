//! A frame: one activation of a code object: its value stack, local slots, cells and handler blocks.
//! Plain data (a generator keeps its frame); vm/eval.rs runs it.

use crate::code::Code;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::value::{Cell, Value};

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
    /// Index of the instruction being run, for the traceback's line.
    pub lasti: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<Arc<Cell>>,
    pub blocks: Vec<Block>,
    pub globals: Arc<Dict>,
    /// A class body's namespace (LoadName / StoreName); None elsewhere.
    pub namespace: Option<Arc<Dict>>,
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
    /// What `locals()` returned in this function frame: refreshed from the variables on each
    /// call, keeping other keys (an `exec` wrote them), as CPython 3.11's `f_locals`.
    pub locals_dict: Option<Arc<Dict>>,
}

impl Frame {
    pub fn line(&self) -> u32 {
        self.code.lines.get(self.lasti).copied().unwrap_or(self.code.first_line)
    }
}
