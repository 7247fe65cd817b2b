//! `_gc`: the native side of gc.py. gilpy frees objects by reference counting (Arc) when their
//! last reference goes; there is no cycle collector, so objects in a reference cycle are never
//! freed. `collect()` runs the finalisers, weakref callbacks and generator closes already queued
//! and reports 0 objects collected, which is the truth.

use crate::builtins::args::check_args;
use crate::objects::function::KwArgs;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;

fn collect(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("collect", a, k, 0, 0)?;
    vm.run_finalizers();
    Ok(Value::Int(0))
}

/// is_finalized(obj): whether obj's __del__ has run (only instances have one).
fn is_finalized(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("is_finalized", a, k, 1, 1)?;
    Ok(Value::Bool(match &a[0] {
        Value::Instance(i) => i.is_finalized(),
        _ => false,
    }))
}

pub fn create() -> Value {
    super::make_module("_gc", &[("collect", collect), ("is_finalized", is_finalized)]).0
}
