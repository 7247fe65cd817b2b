//! The slice type: its constructor, `indices`, and its computed attributes (`start`, `stop`,
//! `step`; see attr_table.rs).

use super::attr_table::Computed;
use crate::objects::Arc;
use crate::objects::function::{Builtin, KwArgs, Owner};
use crate::objects::value::Slice;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn slice_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("slice", a.get(1..).unwrap_or_default(), k, 1, 3)?;
    let g = |i: usize| a.get(i).cloned().unwrap_or(Value::None);
    let (start, stop, step) = if a.len() == 2 { (Value::None, g(1), Value::None) } else { (g(1), g(2), g(3)) };
    Ok(Value::Slice(Arc::new(Slice { start, stop, step })))
}

/// A slice bound as an exact int (None stays None): ints, or objects with `__index__`.
fn bound(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    match crate::vm::subclass::wrapped(v).unwrap_or(v) {
        Value::None => Ok(None),
        n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => Ok(Some(crate::vm::protocol::to_big(n))),
        Value::Instance(i) if vm.instance_lookup(i, crate::name!("__index__")).is_some() => Ok(Some(vm.index_bigint(v)?)),
        _ => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// slice.indices(length) -> (start, stop, step), clipped as CPython does, in exact ints (a step
/// or bound past 64 bits comes back as it was).
fn slice_indices(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("indices", &a[1..], k, 1, 1)?;
    let Value::Slice(s) = &a[0] else { return Err(PyErr::type_error("indices() needs a slice")) };
    let len = match crate::vm::subclass::wrapped(&a[1]).unwrap_or(&a[1]) {
        n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => crate::vm::protocol::to_big(n),
        other => vm.index_bigint(other)?,
    };
    if len.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let step = bound(vm, &s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards { (BigInt::from(-1), &len - 1) } else { (BigInt::from(0), len.clone()) };
    let clip = |v: Option<BigInt>, default: &BigInt| match v {
        None => default.clone(),
        Some(v) if v.is_negative() => (v + &len).max(lower.clone()),
        Some(v) => v.min(upper.clone()),
    };
    let start = clip(bound(vm, &s.start)?, if backwards { &upper } else { &lower });
    let stop = clip(bound(vm, &s.stop)?, if backwards { &lower } else { &upper });
    Ok(Value::tuple(vec![Value::bigint(start), Value::bigint(stop), Value::bigint(step)]))
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
