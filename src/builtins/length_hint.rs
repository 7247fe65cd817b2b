//! `__length_hint__` of the built-in iterators (list, tuple, str, bytes, bytearray, range, dict
//! views, set, reversed...; NotImplemented when an iterator's state cannot tell): how many items are left, as CPython's answer for
//! `operator.length_hint` and for sizing a list built from the iterator.

use crate::objects::function::{Builtin, KwArgs};
use crate::objects::iter::{IterState, PyIter};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// The iterator kinds that cannot tell what is left (CPython's have no `__length_hint__`).
const UNKNOWN: &[&str] = &[
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
    "coroutine",
    "async_generator",
    "async_generator_asend",
    "async_generator_athrow",
    "coroutine_wrapper",
    "anext_awaitable",
];

fn sequence_len(seq: &Value) -> Option<usize> {
    Some(match seq {
        Value::List(l) => l.items.lock().len(),
        Value::Tuple(t) => t.len(),
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        v => crate::objects::memoryview::bytearray_of(v)?.lock().len(),
    })
}

/// How many items `it` has left, when its kind knows (None: it cannot tell).
pub fn remaining(it: &PyIter) -> Option<usize> {
    let st = it.state.lock();
    Some(match &*st {
        IterState::Seq { seq: Value::Str(s), index } => s.as_str().get(*index..).map_or(0, |rest| rest.chars().count()),
        IterState::Seq { seq, index } => sequence_len(seq)?.saturating_sub(*index),
        IterState::Range(cursor) => cursor.left(),
        IterState::Dict { dict, left, len, .. } => {
            if dict.len() == *len {
                *left
            } else {
                0
            }
        }
        IterState::Set { set, pos, len } => {
            if set.len() != *len {
                return Some(0);
            }
            let mut count = 0;
            let mut at = *pos;
            while let Some((next, _)) = set.entry_from(at) {
                count += 1;
                at = next;
            }
            count
        }
        IterState::Reversed { seq, index } => {
            let left = usize::try_from(*index + 1).unwrap_or(0);
            match sequence_len(seq) {
                Some(n) if n < left => 0,
                _ => left,
            }
        }
        IterState::Exhausted => 0,
        _ => return None,
    })
}

fn length_hint(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Iter(it)) => Ok(remaining(it).map_or(Value::NotImplemented, |n| Value::Int(n as i64))),
        _ => Err(PyErr::type_error("descriptor '__length_hint__' requires an iterator")),
    }
}

pub fn install() {
    for kind in crate::objects::types::ITERATOR_KINDS.iter().filter(|k| !UNKNOWN.contains(k)) {
        types().iterators[kind].dict.set_str(intern("__length_hint__"), Builtin::method(kind, "__length_hint__", length_hint));
    }
}
