//! `Value`'s clone and the release of a handle that is not the object's last, with one code
//! path for every kind of object. Each heap variant of `Value` holds exactly one
//! `objects::Arc` (and every other variant owns nothing), so the count is found without a jump
//! on the variant (`strong`: its arms compile to the same load, which the compiler merges) and
//! a counted handle is copied bit for bit. The derived clone and drop glue jump through a table
//! on the variant: one indirect branch, shared by every clone and drop in the interpreter.

use super::rc::{self, Arc};
use crate::objects::Value;
use std::sync::atomic::AtomicUsize;

/// The strong count of `v`'s object; None for an immediate (None, bool, int, float, ...),
/// which owns nothing. Exhaustive on purpose: a new variant must say which it is (and a heap
/// variant must hold one `objects::Arc` and nothing else, or `clone_value` is wrong).
#[inline(always)]
fn strong(v: &Value) -> Option<&AtomicUsize> {
    use Value::*;
    Some(match v {
        None | Null | NotImplemented | Ellipsis | Bool(_) | Int(_) | Float(_) => return Option::None,
        BigInt(a) => Arc::strong_cell(a),
        Str(a) => Arc::strong_cell(a),
        Bytes(a) => Arc::strong_cell(a),
        Tuple(a) => Arc::strong_cell(a),
        List(a) => Arc::strong_cell(a),
        Dict(a) => Arc::strong_cell(a),
        Set(a) => Arc::strong_cell(a),
        FrozenSet(a) => Arc::strong_cell(a),
        Range(a) => Arc::strong_cell(a),
        Slice(a) => Arc::strong_cell(a),
        Function(a) => Arc::strong_cell(a),
        BoundMethod(a) => Arc::strong_cell(a),
        Builtin(a) => Arc::strong_cell(a),
        Class(a) => Arc::strong_cell(a),
        Instance(a) => Arc::strong_cell(a),
        Module(a) => Arc::strong_cell(a),
        Iter(a) => Arc::strong_cell(a),
        Code(a) => Arc::strong_cell(a),
        Cell(a) => Arc::strong_cell(a),
    })
}

/// A new handle to `v`'s object (for an immediate, a copy).
#[inline(always)]
pub fn clone_value(v: &Value) -> Value {
    if let Some(count) = strong(v) {
        rc::increment_strong(count);
    }
    // SAFETY: an immediate owns nothing, so copying its bits is copying it. A heap variant
    // holds one `objects::Arc` and nothing else (see `strong`), and `Arc::clone` is the
    // increment just made followed by a copy of the pointer: the bits copied here are that new
    // handle, owned by the caller. `v` is borrowed, so the read is of a live, valid value.
    unsafe { std::ptr::read(v) }
}

/// Lets go of `v` when that leaves its object alive (an immediate, or a handle that is not the
/// last): no drop glue runs. Some(v) back for the last handle, which the caller drops.
#[inline(always)]
pub fn release(v: Value) -> Option<Value> {
    match strong(&v) {
        None => {}
        Some(count) if rc::release_if_shared(count) => {}
        Some(_) => return Some(v),
    }
    std::mem::forget(v);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clone_counts_every_kind_of_object_and_copies_immediates() {
        let list = Value::list(vec![Value::Int(1)]);
        let Value::List(l) = &list else { unreachable!() };
        assert_eq!(Arc::strong_count(l), 1);
        let copy = clone_value(&list);
        assert_eq!(Arc::strong_count(l), 2);
        assert!(copy.is(&list));
        drop(copy);
        assert_eq!(Arc::strong_count(l), 1);
        for v in [Value::None, Value::Int(-7), Value::Float(2.5), Value::Bool(true)] {
            assert!(clone_value(&v).is(&v));
        }
    }

    #[test]
    fn release_lets_go_of_a_shared_handle_and_hands_back_the_last() {
        let s = Value::str("text");
        let Value::Str(inner) = &s else { unreachable!() };
        let second = s.clone();
        assert_eq!(Arc::strong_count(inner), 2);
        match release(second) {
            // GIL mode: the count is taken down here.
            None => assert_eq!(Arc::strong_count(inner), 1),
            // Threaded mode (unit tests run in it unless set): the caller drops it.
            Some(v) => {
                drop(v);
                assert_eq!(Arc::strong_count(inner), 1);
            }
        }
        let last = s.clone();
        drop(s);
        assert!(release(last).is_some());
        assert!(release(Value::Int(3)).is_none());
    }
}
