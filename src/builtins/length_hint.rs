//! How many items a built-in iterator has left: the one count behind both its
//! `__length_hint__` method (builtins/generator.rs, through `Vm::iter_length_hint`) and the
//! sizes used to build lists from it (`operator.length_hint`, `list(it)`).

use crate::objects::Value;
use crate::objects::iter::{IterState, PyIter};
use num_bigint::BigInt;

/// What an iterator knows of the items it has left.
pub enum Left {
    /// That many.
    Items(usize),
    /// More than any size (an iterator over a huge range): the exact count.
    Beyond(BigInt),
    /// Its kind cannot tell (a generator, a map...).
    Unknown,
}

impl Left {
    /// The count as `__length_hint__` returns it (0 when unknown).
    pub fn value(self) -> Value {
        match self {
            Left::Items(n) => i64::try_from(n).map_or_else(|_| Value::bigint(BigInt::from(n)), Value::Int),
            Left::Beyond(n) => Value::bigint(n),
            Left::Unknown => Value::Int(0),
        }
    }

    /// The count as a size to reserve (None when unknown; a huge count is the largest size).
    pub fn size(self) -> Option<usize> {
        match self {
            Left::Items(n) => Some(n),
            Left::Beyond(_) => Some(usize::MAX),
            Left::Unknown => None,
        }
    }
}

fn sequence_len(seq: &Value) -> Option<usize> {
    Some(match seq {
        Value::List(l) => l.items.lock().len(),
        Value::Tuple(t) => t.len(),
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        v => crate::objects::memoryview::bytearray_of(v)?.lock().len(),
    })
}

/// How many items `it` has left. A dict or set iterator whose container changed size has none
/// (its next step raises RuntimeError).
pub fn left(it: &PyIter) -> Left {
    let st = it.state.lock();
    Left::Items(match &*st {
        IterState::Seq { seq: Value::Str(s), index } => s.as_str().get(*index..).map_or(0, |rest| rest.chars().count()),
        IterState::Seq { seq, index } => sequence_len(seq).unwrap_or(0).saturating_sub(*index),
        IterState::Range(cursor) => match cursor.left() {
            Ok(n) => n,
            Err(huge) => return Left::Beyond(huge),
        },
        IterState::Dict { dict, left, len, .. } => {
            if dict.len() == *len {
                *left
            } else {
                0
            }
        }
        IterState::DictReverse { dict, pos, len, .. } => {
            if dict.len() == *len {
                dict.count_before(*pos)
            } else {
                0
            }
        }
        IterState::Set { set, pos, len } => {
            if set.len() == *len {
                set.count_from(*pos)
            } else {
                0
            }
        }
        IterState::Reversed { seq, index } => {
            let left = usize::try_from(*index + 1).unwrap_or(0);
            match sequence_len(seq) {
                Some(n) if n < left => 0,
                _ => left,
            }
        }
        IterState::Native(n) => n.length_hint(),
        IterState::Tool(t) => match t.length_hint() {
            Some(n) => n,
            None => return Left::Unknown,
        },
        IterState::Exhausted => 0,
        _ => return Left::Unknown,
    })
}

/// How many items `it` has left as a size, when its kind knows.
pub fn remaining(it: &PyIter) -> Option<usize> {
    left(it).size()
}
