//! Finalisers: closing generators whose last reference went while they were paused inside a `try`
//! or `with` block (objects/iter.rs queues their frames), and calling `__del__` of instances whose
//! last reference went (objects/class.rs queues them). They run at the dropping thread's next
//! safe point (after a store, a delete, a call), holding the GIL, never inside a Rust drop, where
//! the dropping code may hold locks; as CPython's do, their `finally` clauses and `__del__`s run
//! soon after the last reference goes. An error
//! there is reported as "Exception ignored in: ..." and the program goes on.

use super::Vm;
use crate::objects::Arc;
use crate::objects::class::{ANY_DEL, Instance};
use crate::objects::dict::Dict;
use crate::objects::function::NO_KWARGS;
use crate::objects::iter::{PyIter, pending};
use crate::objects::{PyErr, Value};
use std::sync::atomic::Ordering;

/// The end of a thread: lets go of its `Vm` and of every object its thread-local caches hold,
/// while it still holds the GIL (objects' reference counts are changed only under the GIL:
/// gil_cell/rc.rs). Its pending finalisers run first, as at any safe point.
pub fn end_thread(mut vm: Vm) {
    vm.run_finalizers();
    drop(vm);
    pending::discard_all();
    crate::objects::str::char_cursor::forget();
    crate::modules::re::forget_decoded();
}

impl Vm {
    /// Runs the pending generator finalisers of this thread, if any.
    #[inline]
    pub fn run_finalizers(&mut self) {
        if pending::any() {
            self.close_dropped_generators();
        }
    }

    fn close_dropped_generators(&mut self) {
        // Closing may drop further generators and objects: loop until none is left.
        loop {
            let frames = pending::take();
            let dels = pending::take_dels();
            let callbacks = pending::take_weak_callbacks();
            let unawaited = pending::take_never_awaited();
            if frames.is_empty() && dels.is_empty() && callbacks.is_empty() && unawaited.is_empty() {
                return;
            }
            for name in unawaited {
                self.warn_never_awaited(&name);
            }
            for inst in dels {
                self.call_del(inst);
            }
            for (callback, weakref) in callbacks {
                let saved = self.exc_stack.len();
                if let Err(e) = self.call(&callback, std::slice::from_ref(&weakref), NO_KWARGS) {
                    self.report_ignored(&callback, &e);
                }
                self.exc_stack.truncate(saved);
            }
            for (frame, name) in frames {
                let generator = Value::Iter(PyIter::for_closing(frame, name));
                let saved = self.exc_stack.len();
                if let Err(e) = self.close_generator(&generator) {
                    self.report_ignored(&generator, &e);
                }
                self.exc_stack.truncate(saved);
            }
        }
    }

    /// `obj.__del__()` for an instance whose last reference went; an exception is reported
    /// as CPython's "Exception ignored in: <function C.__del__ at 0x...>" and dropped.
    fn call_del(&mut self, inst: Arc<Instance>) {
        let Some(del) = self.class_lookup(inst.class_ref(), crate::name!("__del__")) else { return };
        let obj = Value::Instance(inst);
        let saved = self.exc_stack.len();
        let result = self.call(&del, std::slice::from_ref(&obj), NO_KWARGS);
        self.exc_stack.truncate(saved);
        if let Err(e) = result {
            self.report_ignored(&del, &e);
        }
    }

    /// At the end of the program, when some class has `__del__`: the main module's globals
    /// are set to None in the order they were bound (but `__builtins__`), as CPython's
    /// finalisation frees them, so objects they held are finalised while the interpreter runs.
    pub fn finalize_main(&mut self, globals: &Arc<Dict>) {
        if !ANY_DEL.load(Ordering::Relaxed) {
            return;
        }
        for k in globals.keys() {
            let Value::Str(name) = k else { continue };
            if name.as_str() == "__builtins__" {
                continue;
            }
            let old = globals.get_str(&name);
            globals.set_str(name.clone(), Value::None);
            drop(old);
            self.run_finalizers();
        }
    }

    /// CPython's RuntimeWarning for a coroutine dropped before it ran, located at the line
    /// running when it was dropped.
    fn warn_never_awaited(&mut self, name: &str) {
        use crate::modules::warnings::{Warning, source_line_of, warn_explicit};
        let Some(info) = self.frame_infos().last() else { return };
        let filename = info.code.filename().to_string();
        let lineno = info.code.lines.get(info.running_lasti()).copied().unwrap_or(info.code.first_line) as usize;
        let module = match info.globals.get_str(crate::name!("__name__")) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "__main__".to_string(),
        };
        let mut source_line = source_line_of(&filename, lineno as i64);
        if !source_line.is_empty() {
            source_line.push_str("\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback");
        }
        let text = format!("coroutine '{name}' was never awaited");
        let warning = Warning {
            category: crate::objects::types::types().exc(crate::objects::ExcKind::RuntimeWarning),
            message: Value::str(&text),
            text,
            filename,
            lineno,
            module,
            source_line,
            registry: None,
        };
        let globals = info.globals.clone();
        let warning = Warning { registry: crate::modules::warnings::registry_in(self, &globals).ok(), ..warning };
        let saved = self.exc_stack.len();
        if let Err(e) = warn_explicit(self, warning) {
            self.report_ignored(&Value::None, &e);
        }
        self.exc_stack.truncate(saved);
    }

    fn close_generator(&mut self, generator: &Value) -> Result<(), PyErr> {
        let close = self.get_attr(generator, crate::name!("close"))?;
        self.call(&close, &[], NO_KWARGS)?;
        Ok(())
    }

    /// CPython's unraisable-exception report, through `sys.unraisablehook` (vm/excepthook.rs).
    fn report_ignored(&mut self, obj: &Value, err: &PyErr) {
        self.report_unraisable(obj, err);
    }
}
