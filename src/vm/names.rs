//! Names the eval loop reads outside the fast locals: a global then a builtin, a name in a class
//! body whose namespace is a mapping, and the frame's local namespace that `locals()`, `vars()`
//! and `eval`/`exec` called from the frame see.

use super::Vm;
use crate::code::CodeKind;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::frame::Frame;
use crate::objects::function::NO_KWARGS;
use crate::objects::{PyErr, PyResult, Value};

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

    /// LoadGlobal: the globals, then the builtins, each tried first at the entry where this
    /// code last found the name (code/hints.rs).
    #[inline]
    pub(super) fn load_global_hinted(&self, frame: &Frame, name: &Arc<crate::objects::str::PyStr>, hint: &crate::code::hints::Hint) -> PyResult<Value> {
        if frame.globals.may_contain_str(name)
            && let Some(v) = frame.globals.get_str_hinted(name, hint)
        {
            return Ok(v);
        }
        if let Some(v) = self.interp.builtins.get_str_hinted(name, hint) {
            return Ok(v);
        }
        Err(PyErr::name_error(name.as_str()))
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
    /// need the frame's local variables (a snapshot, as in CPython); so does `sys._getframe()` (its
    /// frame object shows them). None for any other call.
    /// The callee is at `base`, its arguments from `first` on.
    pub(super) fn call_with_frame(&mut self, frame: &mut Frame, base: usize, first: usize) -> Option<PyResult<Value>> {
        use crate::objects::function::FrameBuiltin;
        let Value::Builtin(b) = &frame.stack[base] else { return None };
        let kind = b.frame?;
        let nargs = frame.stack.len() - first;
        if matches!(kind, FrameBuiltin::Locals | FrameBuiltin::Vars) && nargs == 0 {
            return Some(Ok(Value::Dict(self.frame_locals(frame))));
        }
        if kind == FrameBuiltin::GetFrame && nargs == 0 {
            let locals = self.frame_locals(frame);
            return Some(Ok(super::frame_object::running_frame(self, Some(locals))));
        }
        if matches!(kind, FrameBuiltin::Eval | FrameBuiltin::Exec) && nargs == 1 && frame.code.kind == CodeKind::Function {
            let func = frame.stack[base].clone();
            let locals = self.frame_locals(frame);
            let call_args = [frame.stack[first].clone(), Value::Dict(frame.globals.clone()), Value::Dict(locals)];
            return Some(self.call(&func, &call_args, NO_KWARGS));
        }
        None
    }

    /// The frame's local namespace: a snapshot of a function's variables (its cells included), or
    /// the namespace of a class body or module.
    pub(super) fn frame_locals(&self, frame: &mut Frame) -> Arc<Dict> {
        if frame.code.kind != CodeKind::Function {
            return frame.namespace().cloned().unwrap_or_else(|| frame.globals.clone());
        }
        let d = frame.shown.get().locals_dict.get_or_init(Dict::new).clone();
        refresh_locals(&frame.code, &frame.locals, &frame.cells, &d);
        d
    }
}

/// Writes a function frame's variables (its cells included) into `d`, its `f_locals` dict, as
/// CPython's `PyFrame_FastToLocals`: unbound ones are removed, other keys are kept.
pub(super) fn refresh_locals(code: &crate::code::Code, locals: &[Option<Value>], cells: &[Arc<crate::objects::value::Cell>], d: &Dict) {
    let set = |name: &Arc<crate::objects::str::PyStr>, v: Option<Value>| match v {
        Some(v) => d.set_str(name.clone(), v),
        None => {
            d.remove_str(name);
        }
    };
    for (name, v) in code.varnames.iter().zip(locals.iter()) {
        set(name, v.clone());
    }
    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
    for (name, cell) in cell_names.zip(cells.iter()) {
        set(name, cell.0.lock().clone());
    }
}
