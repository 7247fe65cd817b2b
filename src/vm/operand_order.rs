//! Which operand's special method a binary operator or a comparison tries first, as CPython
//! decides it for two instances of Python classes (`binary_op1` with `slot_nb_*`, and
//! `do_richcompare`'s `checked_reverse_op`): the right operand goes first when its class is a
//! proper subclass of the left's (for arithmetic, only if that subclass overrides the reflected
//! method), and an operand of the left's own class is never asked for the reflected method of
//! an arithmetic operator.

use super::Vm;
use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::str::PyStr;

/// The order in which the two operands' methods are tried.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OperandOrder {
    /// The left's method, then the right's reflected one (the usual order).
    LeftThenRight,
    /// The right's reflected method, then the left's (the right's class derives from the left's).
    RightFirst,
    /// Only the left's method: both are of one class.
    LeftOnly,
}

/// The order for `a op b`, where `reflected` is the reflected method's name (`__radd__`).
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, reflected: &Arc<PyStr>) -> OperandOrder {
    let (Value::Instance(x), Value::Instance(y)) = (a, b) else { return OperandOrder::LeftThenRight };
    let (left, right) = (x.class_ref(), y.class_ref());
    if Arc::ptr_eq(left, right) {
        return OperandOrder::LeftOnly;
    }
    if !right.is_subclass(left) {
        return OperandOrder::LeftThenRight;
    }
    // CPython's `method_is_overloaded`: the subclass has the method and it is not the one the
    // left's class has.
    let (left, right) = (left.clone(), right.clone());
    match (vm.class_lookup(&right, reflected), vm.class_lookup(&left, reflected)) {
        (Some(r), Some(l)) if r.is(&l) => OperandOrder::LeftThenRight,
        (Some(_), _) => OperandOrder::RightFirst,
        (None, _) => OperandOrder::LeftThenRight,
    }
}

/// The order for a rich comparison `a op b`: the right first when its class is a proper
/// subclass of the left's (whatever it defines; its inherited method answers then).
pub fn comparison(a: &Value, b: &Value) -> OperandOrder {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => {
            let (left, right) = (x.class_ref(), y.class_ref());
            if !Arc::ptr_eq(left, right) && right.is_subclass(left) { OperandOrder::RightFirst } else { OperandOrder::LeftThenRight }
        }
        _ => OperandOrder::LeftThenRight,
    }
}
