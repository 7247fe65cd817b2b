//! The slice type: its constructor, `indices`, and its computed attributes (`start`, `stop`,
//! `step`; see attr_table.rs).

use super::attr_table::Computed;
use crate::objects::Arc;
use crate::objects::function::{Builtin, KwArgs, Owner};
use crate::objects::value::Slice;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn slice_new(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let g = |i: usize| a.get(i).cloned().unwrap_or(Value::None);
    let (start, stop, step) = if a.len() == 2 { (Value::None, g(1), Value::None) } else { (g(1), g(2), g(3)) };
    Ok(Value::Slice(Arc::new(Slice { start, stop, step })))
}

/// slice.indices(length) -> (start, stop, step), clipped as CPython does.
fn slice_indices(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("indices", &a[1..], k, 1, 1)?;
    let Value::Slice(s) = &a[0] else { return Err(PyErr::type_error("indices() needs a slice")) };
    let len = vm.index_value(&a[1])?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_indices(s, len as usize)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

/// `s.start`, `s.stop`, `s.step`, and `s.indices` bound to the slice.
pub static ATTRS: &[Computed<Slice>] = &[
    Computed { name: "start", get: |_, _, s| Ok(Some(s.start.clone())) },
    Computed { name: "stop", get: |_, _, s| Ok(Some(s.stop.clone())) },
    Computed { name: "step", get: |_, _, s| Ok(Some(s.step.clone())) },
    Computed {
        name: "indices",
        get: |_, v, _| {
            let bound = Builtin { name: "indices", func: slice_indices, bound: Some(v.clone()), owner: Owner::Slice, frame: None, arity: None };
            Ok(Some(Value::Builtin(Arc::new(bound))))
        },
    },
];
