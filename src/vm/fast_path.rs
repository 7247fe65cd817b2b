//! The eval loop's inline fast paths: small-int and float arithmetic, ordering comparisons and
//! list/tuple indexing done without leaving the loop (None: the instruction takes the general
//! path through vm/ops.rs or vm/protocol.rs). Results are identical to the general path's.

use crate::objects::{PyResult, Value};

/// `seq[i]` for a list or tuple and a small int index, without leaving the eval loop.
#[inline(always)]
pub(super) fn subscript_fast_path(stack: &[Value]) -> Option<Value> {
    let n = stack.len();
    let Value::Int(i) = stack[n - 1] else { return None };
    let at = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match &stack[n - 2] {
        Value::List(l) => {
            let items = l.items.lock();
            at(items.len()).map(|j| items[j].clone())
        }
        Value::Tuple(t) => at(t.len()).map(|j| t[j].clone()),
        _ => None,
    }
}

/// Float arithmetic (and int/int true division) inline; None: take the general path.
#[inline(always)]
pub(super) fn float_fast_path(a: &Value, b: &Value, op: crate::ast::BinOp) -> Option<Value> {
    use crate::ast::BinOp;
    // Ints convert exactly below 2**53, which keeps the results identical to CPython's.
    const EXACT: i64 = 1 << 53;
    let as_f = |v: &Value| match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) if (-EXACT..=EXACT).contains(i) => Some(*i as f64),
        _ => None,
    };
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) && op != BinOp::Div {
        return None;
    }
    let (x, y) = (as_f(a)?, as_f(b)?);
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// `a op b` for two small ints (or floats) without leaving the eval loop (None: take the general path).
#[inline(always)]
pub(super) fn int_fast_path(stack: &[Value], op: crate::ast::BinOp) -> Option<Value> {
    use crate::ast::BinOp;
    let n = stack.len();
    let (Value::Int(a), Value::Int(b)) = (&stack[n - 2], &stack[n - 1]) else {
        return float_fast_path(&stack[n - 2], &stack[n - 1], op);
    };
    if op == BinOp::Div {
        return float_fast_path(&stack[n - 2], &stack[n - 1], op);
    }
    let r = match op {
        BinOp::Add => a.checked_add(*b),
        BinOp::Sub => a.checked_sub(*b),
        BinOp::Mul => a.checked_mul(*b),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::Mod if *b > 0 => Some(a.rem_euclid(*b)),
        BinOp::FloorDiv if *b > 0 => Some(a.div_euclid(*b)),
        _ => None,
    };
    r.map(Value::Int)
}

/// An ordering comparison of two small ints or two floats without leaving the eval loop.
#[inline(always)]
pub(super) fn compare_fast_path(stack: &[Value], op: crate::ast::CmpOp) -> Option<bool> {
    use crate::ast::CmpOp;
    let n = stack.len();
    fn ord<T: PartialOrd>(x: T, y: T, op: CmpOp) -> Option<bool> {
        Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => return None,
        })
    }
    match (&stack[n - 2], &stack[n - 1]) {
        (Value::Int(a), Value::Int(b)) => ord(*a, *b, op),
        (Value::Float(a), Value::Float(b)) => ord(*a, *b, op),
        _ => None,
    }
}

impl super::Vm {
    /// Pops the top of the stack and gives its truth (a conditional jump). A bool, as a
    /// comparison leaves, is read where it lies: no move of the whole value, no drop.
    #[inline(always)]
    pub(super) fn pop_truth(&mut self, stack: &mut Vec<Value>) -> PyResult<bool> {
        if let Some(Value::Bool(b)) = stack.last() {
            let b = *b;
            std::mem::forget(stack.pop());
            return Ok(b);
        }
        let v = stack.pop().unwrap();
        let b = self.truthy(&v);
        v.discard();
        b
    }
}
