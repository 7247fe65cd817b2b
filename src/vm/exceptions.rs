//! Exceptions as the eval loop raises and catches them: `raise X` (instance or class), `except T`
//! matching, the implicit `__context__` chaining, the traceback entry a frame adds, and the
//! errors of unbound local and free variables.

use super::Vm;
use crate::code::Code;
use crate::objects::ExcKind;
use crate::objects::exceptions::TbEntry;
use crate::objects::frame::Frame;
use crate::objects::function::NO_KWARGS;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

impl Vm {
    pub(super) fn unbound_local(&self, code: &Code, i: usize) -> PyErr {
        let name = code.varnames[i].as_str();
        PyErr::new(ExcKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    pub(super) fn unbound_cell(&self, code: &Code, i: usize) -> PyErr {
        if i < code.cellvars.len() {
            let name = code.cellvars[i].as_str();
            PyErr::new(ExcKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
        } else {
            let name = code.freevars[i - code.cellvars.len()].as_str();
            PyErr::new(ExcKind::NameError, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
                .with_field("name", Value::str(name))
        }
    }

    /// Records this frame in the exception's traceback, as CPython's `PyTraceBack_Here`: once
    /// for each time the exception reaches the frame other than by a bare `raise` or the end of
    /// a handler that did not match (a re-raise).
    pub(super) fn note_traceback(&mut self, frame: &Frame, err: &PyErr) {
        let pos = self.error_position.take().or_else(|| frame.code.positions.get(frame.lasti()).copied()).unwrap_or_default();
        let locals = frame.locals_now();
        let entry = TbEntry {
            code: frame.code.clone(),
            line: frame.line(),
            pos,
            lasti: frame.lasti() as u32,
            globals: frame.globals.clone(),
            frame_id: frame.id,
            locals,
        };
        err.data().traceback.push(entry);
    }

    /// Sets the implicit `__context__` of an exception raised by native code here.
    pub(super) fn chain_context(&self, err: &PyErr) {
        if let Some(handled) = self.exc_stack.last() {
            if handled.is(&err.value) {
                return;
            }
            let mut data = err.data();
            if data.context.is_none() && data.traceback.is_empty() {
                data.context = Some(handled.clone());
            }
        }
    }

    /// Sets the `__context__` of an exception a `raise` statement raises: the exception being
    /// handled, as CPython's `_PyErr_SetObject` (cutting the handled exception's context chain
    /// where it reaches the raised one, so that no cycle is made).
    pub(super) fn raise_context(&self, err: &PyErr) {
        let Some(handled) = self.exc_stack.last() else { return };
        if handled.is(&err.value) {
            return;
        }
        let mut at = handled.clone();
        for _ in 0..100_000 {
            let Value::Instance(inst) = &at else { break };
            let Some(data) = inst.exc() else { break };
            let next = data.lock().context.clone();
            match next {
                Some(c) if c.is(&err.value) => {
                    data.lock().context = None;
                    break;
                }
                Some(c) => at = c,
                None => break,
            }
        }
        err.data().context = Some(handled.clone());
    }

    /// `raise X`: X may be an exception instance or class.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        self.make_exception_at(v, RaiseSite::Raise)
    }

    /// `make_exception` for `site` (which words the error when a class's `__new__` makes no
    /// exception).
    pub fn make_exception_at(&mut self, v: Value, site: RaiseSite) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc().is_some() => Ok(PyErr::from_value(v)),
            Value::Class(c) if c.is_subclass(&types().exc(ExcKind::BaseException)) => {
                let inst = self.call(&v, &[], NO_KWARGS)?;
                if matches!(&inst, Value::Instance(i) if i.exc().is_some()) {
                    return Ok(PyErr::from_value(inst));
                }
                let cls = types().of(&inst);
                let made = match site {
                    RaiseSite::Raise => self.repr(&Value::Class(cls))?,
                    RaiseSite::Throw => cls.name.to_string(),
                };
                let asked = self.repr(&v)?;
                Err(PyErr::type_error(format!("calling {asked} should have returned an instance of BaseException, not {made}")))
            }
            _ => Err(PyErr::type_error("exceptions must derive from BaseException")),
        }
    }

    /// The `Y` of `raise X from Y` (None is handled by the caller): an exception instance or class.
    pub fn make_cause(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc().is_some() => Ok(PyErr::from_value(v)),
            Value::Class(c) if c.is_subclass(&types().exc(ExcKind::BaseException)) => self.make_exception(v),
            _ => Err(PyErr::type_error("exception causes must derive from BaseException")),
        }
    }

    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = types().of(exc);
        match typ {
            Value::Class(c) => {
                if !c.is_subclass(&types().exc(ExcKind::BaseException)) {
                    return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
}

/// Where an exception class is instantiated to be raised: CPython words one error differently.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RaiseSite {
    /// A `raise` statement.
    Raise,
    /// `generator.throw(cls)`.
    Throw,
}
