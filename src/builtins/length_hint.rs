//! How many items a built-in iterator has left, as a size (`operator.length_hint` and sizing a
//! list built from the iterator); the `__length_hint__` method itself is builtins/generator.rs's.

use crate::objects::Value;
use crate::objects::iter::{IterState, PyIter};

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
