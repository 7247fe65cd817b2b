//! Closing generators whose last reference went while they were paused inside a `try` or `with`
//! block (objects/iter.rs queues their frames): their `finally` clauses and `__exit__` methods run
//! soon after, on the thread that dropped them, as CPython's generator finaliser does. An error
//! there is reported as "Exception ignored in: ..." and the program goes on.

use super::Vm;
use crate::objects::iter::{IterState, PyIter, pending};
use crate::objects::{PyErr, Value};
use parking_lot::Mutex;
use std::sync::Arc;

impl Vm {
    /// Runs the pending generator finalisers of this thread, if any.
    #[inline]
    pub fn run_finalizers(&mut self) {
        if pending::any() {
            self.close_dropped_generators();
        }
    }

    fn close_dropped_generators(&mut self) {
        // Closing may drop further generators: loop until none is left.
        loop {
            let frames = pending::take();
            if frames.is_empty() {
                return;
            }
            for (frame, name) in frames {
                let generator = Value::Iter(Arc::new(PyIter { state: Mutex::new(IterState::Generator(frame)), kind: "generator", name }));
                let saved = self.exc_stack.len();
                if let Err(e) = self.close_generator(&generator) {
                    self.report_ignored(&generator, &e);
                }
                self.exc_stack.truncate(saved);
            }
        }
    }

    fn close_generator(&mut self, generator: &Value) -> Result<(), PyErr> {
        let close = self.get_attr(generator, crate::name!("close"))?;
        self.call(&close, &[], &Vec::new())?;
        Ok(())
    }

    /// CPython's unraisable-exception report: "Exception ignored in: <obj>" and the traceback.
    fn report_ignored(&mut self, obj: &Value, err: &PyErr) {
        self.interp.stdio.flush_out();
        let what = self.repr(obj).unwrap_or_else(|_| "<object>".into());
        let text = self.format_exception(err);
        self.interp.stdio.write_err(&format!("Exception ignored in: {what}\n{text}"));
    }
}
