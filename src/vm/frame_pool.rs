//! Frames for calls: made fresh or taken from this thread's pool of finished frames (keeping their
//! vectors' capacity), and given back to the pool when a call ends.

use super::Vm;
use crate::code::Code;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::frame::{Frame, Shown};
use crate::objects::value::Value;
use crate::unsafe_os::SharedHeap;

impl Vm {
    #[inline(always)]
    pub fn new_frame(&mut self, code: &Arc<Code>, globals: &Arc<Dict>, namespace: Option<Arc<Dict>>) -> Box<Frame> {
        let id = self.next_frame_id;
        self.next_frame_id += 1;
        let nlocals = code.varnames.len();
        if let Some(mut f) = self.frame_pool.pop() {
            // A recycled frame keeps its vectors' capacity: no allocation per call. Its slots
            // are all empty (`recycle_frame`): a frame of the same shape needs nothing done.
            if f.locals.len() != nlocals {
                fit_slots(&mut f.locals, nlocals);
            }
            f.pc = 0;
            // A loop calling one function gets its own last frame back: the same code and
            // globals need no new references.
            if !Arc::ptr_eq(&f.globals, globals) {
                f.globals = globals.clone();
            }
            // (`recycle_frame` reset the rest of `shown`)
            // (`recycle_frame` emptied `mapping`)
            if namespace.is_some() {
                f.shown.get_mut().namespace = namespace;
            }
            f.id = id;
            f.started = false;
            f.saved_exc.clear();
            if !Arc::ptr_eq(&f.code, code) {
                f.code = code.clone();
            }
            return f;
        }
        Box::new(Frame {
            pc: 0,
            stack: Vec::with_capacity(8),
            locals: vec![None; nlocals],
            cells: Vec::new(),
            blocks: Vec::new(),
            globals: globals.clone(),
            shown: SharedHeap::new(Shown::new(namespace)),
            mapping: None,
            id,
            started: false,
            saved_exc: Vec::new(),
            code: code.clone(),
        })
    }

    /// Returns a finished frame to the pool (its values are dropped now, as CPython would).
    #[inline(always)]
    pub fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        const POOL: usize = 64;
        if self.frame_pool.len() < POOL {
            // Values go in order (first local first, as CPython clears a frame), each by
            // `discard` (no drop glue for immediates); the emptied vectors keep their capacity.
            if !frame.stack.is_empty() {
                frame.stack.drain(..).for_each(Value::discard);
            }
            // The slots stay, empty, for the next frame (most often of the same code).
            for slot in frame.locals.iter_mut() {
                if let Some(v) = slot.take() {
                    v.discard();
                }
            }
            if !frame.cells.is_empty() {
                frame.cells.clear();
            }
            frame.blocks.clear();
            frame.shown.get_mut().reset();
            if frame.mapping.is_some() {
                frame.mapping = None;
            }
            self.frame_pool.push(frame);
        }
    }
}

/// Makes a pooled frame's empty slots `n` (a frame of another shape than its last).
#[cold]
fn fit_slots(slots: &mut Vec<Option<Value>>, n: usize) {
    if slots.len() > n {
        // Every slot is empty: nothing to drop.
        slots.truncate(n);
    } else {
        slots.resize_with(n, || None);
    }
}
