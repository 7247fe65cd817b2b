//! The `range` type's constructor and methods (`count`, `index`, `__reversed__`) and its
//! subscription, membership and reversal at full precision; the numbers themselves are
//! objects/range.rs.

use super::args::check_args;
use super::attr_table::Computed;
use crate::modules::convert::index_big;
use crate::objects::Arc;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::iter::{IterState, PyIter};
use crate::objects::range::{Range, slice_indices};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::value::Slice;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::Zero;

/// The int `v` stands for, for range's arguments and indices; `what` words the TypeError.
fn int_of(vm: &mut Vm, v: &Value, what: impl FnOnce() -> String) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        _ => index_big(vm, v)?.ok_or_else(|| PyErr::type_error(what())),
    }
}

fn not_an_int(v: &Value) -> String {
    format!("'{}' object cannot be interpreted as an integer", types().of(v).name)
}

pub fn range_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("range", a.get(1..).unwrap_or_default(), k, 1, 3)?;
    if let [_, Value::Int(stop)] = a {
        return Ok(Value::Range(Arc::new(Range::Small { start: 0, stop: *stop, step: 1 })));
    }
    let mut n = Vec::new();
    for v in &a[1..] {
        n.push(int_of(vm, v, || not_an_int(v))?);
    }
    let mut n = n.into_iter();
    let (start, stop, step) = match a.len() {
        2 => (BigInt::zero(), n.next().unwrap_or_default(), BigInt::from(1)),
        3 => (n.next().unwrap_or_default(), n.next().unwrap_or_default(), BigInt::from(1)),
        _ => (n.next().unwrap_or_default(), n.next().unwrap_or_default(), n.next().unwrap_or_default()),
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Arc::new(Range::new(start, stop, step))))
}

/// `range[key]`: an item (any int, IndexError past the ends) or a slice (a new range).
pub fn getitem(vm: &mut Vm, r: &Range, key: &Value) -> PyResult<Value> {
    match key {
        Value::Slice(sl) => slice(vm, r, sl),
        _ => {
            let i = int_of(vm, key, || format!("range indices must be integers or slices, not {}", types().of(key).name))?;
            r.item(&i).ok_or_else(|| PyErr::index_error("range object index out of range"))
        }
    }
}

fn slice(vm: &mut Vm, r: &Range, sl: &Slice) -> PyResult<Value> {
    let mut part = |v: &Value| -> PyResult<Option<BigInt>> {
        if matches!(v, Value::None) {
            return Ok(None);
        }
        int_of(vm, v, || "slice indices must be integers or None or have an __index__ method".to_string()).map(Some)
    };
    let (start, stop, step) = (part(&sl.start)?, part(&sl.stop)?, part(&sl.step)?);
    let (start, stop, step) = slice_indices(start, stop, step, &r.len()).map_err(PyErr::value_error)?;
    Ok(Value::Range(Arc::new(r.slice(&start, &stop, &step))))
}

/// `x in range`: arithmetic for an int or bool, else a comparison with each item in turn
/// (as CPython; that search can be as long as the range).
pub fn contains(vm: &mut Vm, r: &Range, x: &Value) -> PyResult<bool> {
    match x {
        Value::Int(i) => Ok(r.position(&BigInt::from(*i)).is_some()),
        Value::Bool(b) => Ok(r.position(&BigInt::from(*b as i64)).is_some()),
        Value::BigInt(b) => Ok(r.position(b).is_some()),
        _ => Ok(search(vm, r, x)?.is_some()),
    }
}

/// The position of the first item equal to `x`, comparing one by one.
fn search(vm: &mut Vm, r: &Range, x: &Value) -> PyResult<Option<BigInt>> {
    let mut cursor = r.cursor();
    let mut at = BigInt::zero();
    while let Some(item) = cursor.next() {
        if vm.eq(&item, x)? {
            return Ok(Some(at));
        }
        at += 1;
    }
    Ok(None)
}

fn exact_int(x: &Value) -> Option<BigInt> {
    match x {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn this(a: &[Value]) -> PyResult<Arc<Range>> {
    match a.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'range' object")),
    }
}

fn count(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("count", a, k, 2, 2)?;
    let r = this(a)?;
    if let Some(x) = exact_int(&a[1]) {
        return Ok(Value::Int(r.position(&x).is_some() as i64));
    }
    let mut cursor = r.cursor();
    let mut n = BigInt::zero();
    while let Some(item) = cursor.next() {
        if vm.eq(&item, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::bigint(n))
}

fn index(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("index", a, k, 2, 2)?;
    let r = this(a)?;
    if let Some(x) = exact_int(&a[1]) {
        return match r.position(&x) {
            Some(p) => Ok(Value::bigint(p)),
            None => Err(PyErr::value_error(format!("{x} is not in range"))),
        };
    }
    match search(vm, &r, &a[1])? {
        Some(p) => Ok(Value::bigint(p)),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

/// `reversed(range)`: the items last to first, without a length limit.
pub fn reversed_iter(r: &Range) -> Value {
    let cursor = r.cursor_reversed();
    PyIter::new(cursor.kind(), IterState::Range(cursor))
}

fn reversed(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__reversed__", a, k, 1, 1)?;
    Ok(reversed_iter(this(a)?.as_ref()))
}

const RANGE: &[(&str, NativeFn)] = &[("__new__", range_new), ("__reversed__", reversed), ("count", count), ("index", index)];

/// `r.start`, `r.stop`, `r.step`.
pub static ATTRS: &[Computed<Range>] = &[
    Computed { name: "start", get: |_, _, r| Ok(Some(r.start())) },
    Computed { name: "stop", get: |_, _, r| Ok(Some(r.stop())) },
    Computed { name: "step", get: |_, _, r| Ok(Some(r.step())) },
];

pub fn install() {
    for (n, f) in RANGE {
        types().range.dict.set_str(intern(n), Builtin::method(Owner::Range, n, *f));
    }
}
