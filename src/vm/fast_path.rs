//! The eval loop's inline fast paths: small-int and float arithmetic, comparisons, list/tuple
//! indexing and the calls of `len` and `isinstance` done without leaving the loop (None: the
//! instruction takes the general path through vm/ops.rs, vm/protocol.rs or vm/call.rs).
//! Results are identical to the general path's.

use crate::objects::dict::StrLookup;
use crate::objects::function::Owner;
use crate::objects::types::types;
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
        // An arithmetic shift; past 63 places only the sign is left (-1 >> 100 == -1).
        BinOp::RShift if *b >= 0 => Some(a >> (*b).min(63)),
        // Only while no bit is shifted out (else a big int: the general path).
        BinOp::LShift if (0..64).contains(b) => {
            let r = a << *b;
            (r >> *b == *a).then_some(r)
        }
        _ => None,
    };
    r.map(Value::Int)
}

/// A comparison whose operands may be heap values, without leaving the eval loop: identity
/// (`is`, `is not`) of any two values, and the six comparisons of two strs (code point order
/// is the order of their UTF-8 bytes). The caller drops the operands.
#[inline(always)]
fn heap_compare_fast_path(stack: &[Value], op: crate::ast::CmpOp) -> Option<bool> {
    use crate::ast::CmpOp;
    let n = stack.len();
    let (a, b) = (&stack[n - 2], &stack[n - 1]);
    match op {
        CmpOp::Is => return Some(a.is(b)),
        CmpOp::IsNot => return Some(!a.is(b)),
        CmpOp::In | CmpOp::NotIn => return None,
        _ => {}
    }
    let (Value::Str(a), Value::Str(b)) = (a, b) else { return None };
    Some(op.holds(a.as_str(), b.as_str()))
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
    /// `a b -> ` of a comparison instruction whose operands are not two small ints or floats
    /// (`compare_fast_path`), giving `a op b`: by the fast path for strs and identity, else
    /// through `compare_op`. The operands are dropped left first, as
    /// CPython drops them, and the finalizers their drops left run before the result is used.
    #[inline(never)]
    pub(super) fn compare_pop(&mut self, stack: &mut Vec<Value>, op: crate::ast::CmpOp) -> PyResult<Value> {
        let r = match heap_compare_fast_path(stack, op) {
            Some(v) => Ok(Value::Bool(v)),
            None => {
                let n = stack.len();
                self.compare_op(&stack[n - 2], &stack[n - 1], op)
            }
        };
        let b = stack.pop().unwrap();
        stack.pop().unwrap().discard();
        b.discard();
        self.run_finalizers();
        r
    }

    /// `a b -> ` of an operator instruction whose operands are not two small ints or floats
    /// (`int_fast_path`), giving `a op b` (`a op= b` when `inplace`); the operands are dropped
    /// left first.
    #[inline(never)]
    pub(super) fn binary_pop(&mut self, stack: &mut Vec<Value>, op: crate::ast::BinOp, inplace: bool) -> PyResult<Value> {
        let b = stack.pop().unwrap();
        let a = stack.pop().unwrap();
        let r = if inplace { self.inplace_op(&a, &b, op) } else { self.binary_op(&a, &b, op) };
        a.discard();
        b.discard();
        r
    }

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

/// A call of the built-in `len` or `isinstance` (the callee at `stack[base]`, its positional
/// arguments above it) whose answer needs no Python code: `len` of a core container,
/// `isinstance` against a class without a metaclass. None: the call takes the general path.
/// (The built-ins are told by name among the free functions: no native module has a function
/// of either name, and a Python function of that name is not a `Builtin`.)
#[inline(always)]
pub(super) fn builtin_fast_call(stack: &[Value], base: usize) -> Option<Value> {
    let Value::Builtin(b) = &stack[base] else { return None };
    if b.owner != Owner::Free || b.bound.is_some() {
        return None;
    }
    match (stack.len() - base - 1, b.name) {
        (1, "len") => {
            let n = match &stack[base + 1] {
                Value::Str(s) => s.char_len(),
                Value::Tuple(t) => t.len(),
                Value::List(l) => l.items.lock().len(),
                Value::Dict(d) => d.len(),
                Value::Set(s) | Value::FrozenSet(s) => s.len(),
                Value::Bytes(b) => b.len(),
                _ => return None,
            };
            Some(Value::Int(n as i64))
        }
        (2, "isinstance") => {
            let Value::Class(c) = &stack[base + 2] else { return None };
            if c.metaclass.is_some() {
                return None;
            }
            let obj = &stack[base + 1];
            if types().of_ref(obj).is_subclass(c) {
                return Some(Value::Bool(true));
            }
            // An instance whose class may give it another `__class__`: the general path.
            match obj {
                Value::Instance(i) if !i.class_ref().plain => None,
                _ => Some(Value::Bool(false)),
            }
        }
        _ => None,
    }
}

/// A method call (`CallMethod`: the method at `stack[base]`, the receiver above it, then the
/// arguments) of `list.append(x)`, `list.pop()` or `dict.get(k[, default])` with a str key, on
/// a list or dict itself (not a subclass's instance), done without the general call's argument
/// checks and slices: nothing there calls Python code or drops a value. None: the general path.
#[inline(always)]
pub(super) fn method_fast_call(stack: &[Value], base: usize) -> Option<Value> {
    let Value::Builtin(b) = &stack[base] else { return None };
    if b.bound.is_some() {
        return None;
    }
    let nargs = stack.len() - base - 2;
    match (&stack[base + 1], b.owner, b.name, nargs) {
        (Value::List(l), Owner::List, "append", 1) => {
            let mut items = l.items.lock();
            // Growing past what the allocator gives: the general path raises MemoryError.
            crate::builtins::sizes::push_item(&mut items, stack[base + 2].clone()).ok()?;
            Some(Value::None)
        }
        (Value::List(l), Owner::List, "pop", 0) => l.items.lock().pop(),
        (Value::Dict(d), Owner::Dict, "get", 1 | 2) => {
            let Value::Str(k) = &stack[base + 2] else { return None };
            match d.lookup_str(k) {
                StrLookup::Found(v) => Some(v),
                StrLookup::Absent => Some(stack.get(base + 3).cloned().unwrap_or(Value::None)),
                StrLookup::NeedsVm => None,
            }
        }
        _ => None,
    }
}

/// The truth of a value that needs no call and has no drop (a bool, small int, float or None),
/// for the conditional jumps: `if n:`, `elif v:`, `while count:`. None: `truthy` answers.
#[inline(always)]
pub(super) fn immediate_truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Int(i) => Some(*i != 0),
        Value::None => Some(false),
        Value::Float(f) => Some(*f != 0.0),
        _ => None,
    }
}

/// `not x` of an immediate and `-x` of a float or small int (not its most negative), without leaving the
/// eval loop. None: the general path (`unary_op`).
#[inline(always)]
pub(super) fn unary_fast_path(v: &Value, op: crate::ast::UnaryOp) -> Option<Value> {
    use crate::ast::UnaryOp;
    match (op, v) {
        (UnaryOp::Not, _) => immediate_truth(v).map(|b| Value::Bool(!b)),
        (UnaryOp::Neg, Value::Int(i)) => i.checked_neg().map(Value::Int),
        (UnaryOp::Neg, Value::Float(f)) => Some(Value::Float(-f)),
        _ => None,
    }
}
