//! `_traceback`: the text of tracebacks for the `traceback` module (src/stdlib/traceback.py), made
//! by the same printer as an uncaught exception's (src/vm/traceback.rs). Called only from there,
//! with positional arguments already checked.

use super::make_module;
use crate::builtins::args::check_args;
use crate::objects::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// None, or an int (a `limit`).
fn limit_arg(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(n) => Ok(Some(*n)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))),
    }
}

/// format(exc, limit, chain) -> the whole text, as printed for an uncaught exception.
fn format(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("format", a, k, 3, 3)?;
    let limit = limit_arg(&a[1])?;
    let chain = vm.truthy(&a[2])?;
    Ok(Value::string(vm.format_exception_with(&a[0], limit, chain)))
}

/// stack(skip, limit) -> the running frames, outermost first, less the innermost `skip`.
fn stack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("stack", a, k, 2, 2)?;
    let skip = limit_arg(&a[0])?.unwrap_or(0).max(0) as usize;
    let limit = limit_arg(&a[1])?;
    Ok(Value::string(vm.format_stack(skip, limit)))
}

/// frame_stack(frame, limit) -> a frame object's frame and its callers, outermost first.
fn frame_stack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("frame_stack", a, k, 2, 2)?;
    let Some(chain) = crate::vm::frame_object::frame_chain(vm, &a[0]) else {
        return Err(PyErr::new(ExcKind::AttributeError, format!("'{}' object has no attribute 'f_back'", types().of(&a[0]).name)));
    };
    let limit = limit_arg(&a[1])?;
    Ok(Value::string(vm.format_frame_chain(&chain, limit)))
}

pub fn create() -> Value {
    make_module("_traceback", &[("format", format), ("stack", stack), ("frame_stack", frame_stack)]).0
}
