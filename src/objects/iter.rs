//! Iterator objects: one type with a state per kind (sequence, range, dict, set, zip, map, generator...).
//! The VM advances them (vm/iter.rs); kinds that call back into user code are taken out of the lock first.

use super::dict::Dict;
use super::set::Set;
use super::value::Value;
use crate::vm::frame::Frame;
use parking_lot::Mutex;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// list, tuple, str, bytes by index (a list iterator sees appends, as in CPython).
    Seq { seq: Value, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    Dict { dict: Arc<Dict>, pos: usize, part: DictPart, version: u64 },
    Set { set: Arc<Set>, pos: usize, len: usize },
    Enumerate { inner: Value, count: i64 },
    Zip { iters: Vec<Value> },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, inner: Value },
    Reversed { seq: Value, index: i64 },
    /// An object with only `__getitem__`: indexes until IndexError.
    GetItem { obj: Value, index: i64 },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    Generator(Box<Frame>),
    /// A generator (or callback iterator) whose step is in progress on some thread.
    Running,
    Exhausted,
}

pub struct PyIter {
    pub state: Mutex<IterState>,
    /// The Python-visible type name: "list_iterator", "generator", "zip", ...
    pub kind: &'static str,
    /// For generators: the function's name, for repr.
    pub name: String,
}

impl PyIter {
    pub fn new(kind: &'static str, state: IterState) -> Value {
        Value::Iter(Arc::new(PyIter { state: Mutex::new(state), kind, name: String::new() }))
    }
}
