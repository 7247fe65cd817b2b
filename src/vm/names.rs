//! Names the eval loop reads outside the fast locals: a global then a builtin, a name in a class
//! body whose namespace is a mapping, and the frame's local namespace that `locals()`, `vars()`
//! and `eval`/`exec` called from the frame see.

use super::Vm;
use crate::code::CodeKind;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::frame::Frame;
use crate::objects::{PyErr, PyResult, Value};
use std::sync::Arc;

impl Vm {
    /// LoadName in a class body whose namespace is a mapping: its `__getitem__`, then the
    /// globals and builtins when it raises KeyError.
    pub(super) fn mapping_load(&mut self, m: &Value, frame: &Frame, name: &Arc<crate::objects::str::PyStr>) -> PyResult<Value> {
        match self.getitem(m, &Value::Str(name.clone())) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::KeyError) => self.load_global(frame, name),
            Err(e) => Err(e),
        }
    }

    #[inline]
    pub(super) fn load_global(&self, frame: &Frame, name: &crate::objects::str::PyStr) -> PyResult<Value> {
        if frame.globals.may_contain_str(name)
            && let Some(v) = frame.globals.get_str(name)
        {
            return Ok(v);
        }
        if let Some(v) = self.interp.builtins.get_str(name) {
            return Ok(v);
        }
        Err(PyErr::name_error(name.as_str()))
    }

    /// `locals()`, `vars()`, and `eval`/`exec` with only their source, called from this frame: they
    /// need the frame's local variables (a snapshot, as in CPython). None for any other call.
    pub(super) fn call_with_frame(&mut self, frame: &mut Frame, base: usize) -> Option<PyResult<Value>> {
        use crate::objects::function::FrameBuiltin;
        let Value::Builtin(b) = &frame.stack[base] else { return None };
        let kind = b.frame?;
        let nargs = frame.stack.len() - base - 1;
        if matches!(kind, FrameBuiltin::Locals | FrameBuiltin::Vars) && nargs == 0 {
            return Some(Ok(Value::Dict(self.frame_locals(frame))));
        }
        if matches!(kind, FrameBuiltin::Eval | FrameBuiltin::Exec) && nargs == 1 && frame.code.kind == CodeKind::Function {
            let func = frame.stack[base].clone();
            let locals = self.frame_locals(frame);
            let call_args = [frame.stack[base + 1].clone(), Value::Dict(frame.globals.clone()), Value::Dict(locals)];
            return Some(self.call(&func, &call_args, &Vec::new()));
        }
        None
    }

    /// The frame's local namespace: a snapshot of a function's variables (its cells included), or
    /// the namespace of a class body or module.
    pub(super) fn frame_locals(&self, frame: &mut Frame) -> Arc<Dict> {
        if frame.code.kind != CodeKind::Function {
            return frame.namespace.clone().unwrap_or_else(|| frame.globals.clone());
        }
        let d = frame.locals_dict.get_or_insert_with(Dict::new).clone();
        let set = |name: &Arc<crate::objects::str::PyStr>, v: Option<Value>| match v {
            Some(v) => d.set_str(name.clone(), v),
            None => {
                d.remove_str(name);
            }
        };
        for (name, v) in frame.code.varnames.iter().zip(frame.locals.iter()) {
            set(name, v.clone());
        }
        let cell_names = frame.code.cellvars.iter().chain(frame.code.freevars.iter());
        for (name, cell) in cell_names.zip(frame.cells.iter()) {
            set(name, cell.0.lock().clone());
        }
        d
    }
}
