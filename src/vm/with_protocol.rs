//! The `with` statement's protocol: `__enter__` and `__exit__` looked up on the type, the exit kept
//! on the stack unbound when it is a plain method (no bound-method object per `with`), and called
//! with the exception (or three Nones) when the block ends.

use super::Vm;
use crate::objects::function::NO_KWARGS;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

impl Vm {
    /// `with mgr:`: looks `__enter__` and `__exit__` up on the type (as CPython), calls
    /// `__enter__`, and returns `__exit__` as SetupWith keeps it (`exit self`, see there) with
    /// what `__enter__` returned.
    pub(super) fn enter_context(&mut self, mgr: Value) -> PyResult<(Value, Value, Value)> {
        let cls = types().of(&mgr);
        let protocol = |missed: &str| PyErr::type_error(format!("'{}' object does not support the context manager protocol{missed}", cls.name));
        let Some(enter) = self.class_lookup(&cls, crate::name!("__enter__")) else {
            return Err(protocol(""));
        };
        let Some(exit) = self.class_lookup(&cls, crate::name!("__exit__")) else {
            return Err(protocol(" (missed __exit__ method)"));
        };
        let entered = match enter {
            Value::Function(_) | Value::Builtin(_) if is_plain_method(&enter) => self.call(&enter, std::slice::from_ref(&mgr), NO_KWARGS)?,
            other => {
                let enter = self.bind(other, &mgr, &cls)?;
                self.call(&enter, &[], NO_KWARGS)?
            }
        };
        if is_plain_method(&exit) {
            return Ok((exit, mgr, entered));
        }
        let exit = self.bind(exit, &mgr, &cls)?;
        Ok((exit, Value::Null, entered))
    }

    /// Calls a context manager's exit as SetupWith keeps it, with (type, value, traceback).
    pub(super) fn call_exit(&mut self, exit: &Value, this: &Value, args: [Value; 3]) -> PyResult<Value> {
        match this {
            Value::Null => self.call(exit, &args, NO_KWARGS),
            _ => {
                let [a, b, c] = args;
                self.call(exit, &[this.clone(), a, b, c], NO_KWARGS)
            }
        }
    }
}

/// A class attribute that, looked up through an instance, is just called with the instance first:
/// a Python function or a native method not yet bound.
pub(super) fn is_plain_method(v: &Value) -> bool {
    match v {
        Value::Function(_) => true,
        Value::Builtin(b) => b.bound.is_none() && b.owner.is_method(),
        _ => false,
    }
}
