//! `Value`: the 16-byte handle every part of the interpreter passes around. Immediates (None, bool,
//! small int, float) live inline; everything else is behind an `Arc`, and mutable objects keep their state
//! behind their own `parking_lot` lock, so values can cross threads with the GIL on or off.

use super::class::{Class, Instance};
use super::dict::Dict;
use super::function::{BoundMethod, Builtin, Function};
use super::iter::PyIter;
use super::module::Module;
use super::set::Set;
use super::str::PyStr;
use crate::code::Code;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;
use num_bigint::BigInt;

/// `repr(u64)` puts every payload at offset 8, so a Value moves as two aligned words (a byte tag
/// with a `bool` at offset 1 made the compiler copy overlapping words, stalling store forwarding).
/// Every variant is an immediate (owns nothing) or holds exactly one `objects::Arc` and nothing
/// else: `Value`'s clone relies on it (gil_cell/value_rc.rs).
#[repr(u64)]
pub enum Value {
    None,
    /// Internal stack marker (LoadMethod's "no self"); never reaches user code.
    Null,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Arc<BigInt>),
    Str(Arc<PyStr>),
    Bytes(Arc<Vec<u8>>),
    Tuple(Arc<Vec<Value>>),
    List(Arc<List>),
    Dict(Arc<Dict>),
    Set(Arc<Set>),
    FrozenSet(Arc<Set>),
    Range(Arc<Range>),
    Slice(Arc<Slice>),
    Function(Arc<Function>),
    BoundMethod(Arc<BoundMethod>),
    Builtin(Arc<Builtin>),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Module(Arc<Module>),
    Iter(Arc<PyIter>),
    Code(Arc<Code>),
    Cell(Arc<Cell>),
}

/// The objects a `Value` points to: the only types behind `objects::Arc`, whose counts are
/// not atomic under a GIL policy (gil_cell/rc.rs).
macro_rules! shared_objects {
    ($($t:ty),* $(,)?) => { $(impl crate::gil_cell::rc::Shared for $t {})* };
}
shared_objects!(BigInt, PyStr, Vec<u8>, Vec<Value>, List, Dict, Set, Range, Slice, Function, BoundMethod, Builtin, Class, Instance, Module, PyIter, Code, Cell);

/// A closure cell: one variable shared between a function and the functions nested in it.
pub struct Cell(pub ObjCell<Option<Value>>);

impl Cell {
    pub fn new(v: Option<Value>) -> Arc<Cell> {
        Arc::new(Cell(ObjCell::new(v)))
    }
}

pub struct List {
    pub items: ObjCell<Vec<Value>>,
}

impl Drop for List {
    fn drop(&mut self) {
        super::trashcan::release(std::mem::take(self.items.get_mut()).into_iter());
    }
}

impl List {
    pub fn new(items: Vec<Value>) -> Arc<List> {
        Arc::new(List { items: ObjCell::new(items) })
    }
}

pub use super::range::Range;

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Clone for Value {
    /// Immediates are copied; a heap value's count goes up by one, the same few instructions
    /// for every kind of object (gil_cell/value_rc.rs).
    #[inline(always)]
    fn clone(&self) -> Value {
        crate::gil_cell::value_rc::clone_value(self)
    }
}

impl Value {
    /// Drops a value, skipping the out-of-line drop glue unless it is the object's last handle
    /// (the eval loop's hot path).
    #[inline(always)]
    pub fn discard(self) {
        // Immediates and objects that other handles keep alive: no drop glue.
        let Some(last) = crate::gil_cell::value_rc::release(self) else { return };
        if let Value::Tuple(t) = &last
            && Arc::strong_count(t) == 1
            && t.iter().any(|x| matches!(x, Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Instance(_)))
        {
            // A tuple has no drop of its own to bound the recursion of nested ones.
            super::trashcan::release(std::iter::once(last));
        } else {
            drop(last);
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(PyStr::new(s))
    }

    pub fn string(s: String) -> Value {
        Value::Str(PyStr::from_string(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(List::new(items))
    }

    pub fn bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Arc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Null, Null) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            // Floats live inline, so two NaNs made apart cannot be told from one: treat NaN as never
            // identical, which keeps `nan in [float('nan')]` False as in CPython.
            (Float(a), Float(b)) => a.to_bits() == b.to_bits() && !a.is_nan(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, for `id()` and identity.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(a) => Arc::as_ptr(a) as *const u8 as usize,
            Str(a) => Arc::as_ptr(a) as *const u8 as usize,
            Bytes(a) => Arc::as_ptr(a) as *const u8 as usize,
            Tuple(a) => Arc::as_ptr(a) as *const u8 as usize,
            List(a) => Arc::as_ptr(a) as *const u8 as usize,
            Dict(a) => Arc::as_ptr(a) as *const u8 as usize,
            Set(a) | FrozenSet(a) => Arc::as_ptr(a) as *const u8 as usize,
            Range(a) => Arc::as_ptr(a) as *const u8 as usize,
            Slice(a) => Arc::as_ptr(a) as *const u8 as usize,
            Function(a) => Arc::as_ptr(a) as *const u8 as usize,
            BoundMethod(a) => Arc::as_ptr(a) as *const u8 as usize,
            Builtin(a) => Arc::as_ptr(a) as *const u8 as usize,
            Class(a) => Arc::as_ptr(a) as *const u8 as usize,
            Instance(a) => Arc::as_ptr(a) as *const u8 as usize,
            Module(a) => Arc::as_ptr(a) as *const u8 as usize,
            Iter(a) => Arc::as_ptr(a) as *const u8 as usize,
            Code(a) => Arc::as_ptr(a) as *const u8 as usize,
            Cell(a) => Arc::as_ptr(a) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod layout_tests {
    use super::Value;

    #[test]
    fn value_is_two_words_and_option_is_free() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
