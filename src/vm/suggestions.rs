//! "Did you mean" hints under an uncaught NameError or AttributeError, as CPython 3.11 prints
//! them (`NameError: name 'prnt' is not defined. Did you mean: 'print'?`). Only the default
//! display adds them (sys.excepthook, a thread's uncaught exception, the REPL); the `traceback`
//! module of 3.11 does not. The candidates: for an AttributeError, `dir(obj)`; for a NameError,
//! the variables of the innermost traceback frame's code, then its globals, then the builtins.
//! The nearest candidate by a weighted edit distance wins, if it is near enough.

use super::Vm;
use crate::objects::class::Instance;
use crate::objects::str::PyStr;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{Arc, ExcKind, PyErr, Value};

/// More candidates than this and no suggestion is offered (too slow to be worth it).
const MAX_CANDIDATES: usize = 750;
/// Names longer than this (after their common ends are trimmed) are never suggested.
const MAX_STRING_SIZE: usize = 40;
/// The cost of inserting, deleting or replacing a byte.
const MOVE_COST: usize = 2;
/// The cost of replacing an ASCII letter by itself in the other case.
const CASE_COST: usize = 1;

/// What replacing byte `a` by byte `b` costs.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between the UTF-8 bytes of `a` and `b`, or `max_cost + 1` when it
/// is certain to exceed `max_cost`.
fn edit_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (short, long) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (long.len() - short.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix, updated in place: row[i] is the cost of turning
    // long[..j] into short[..i + 1] for the current j.
    let mut row: Vec<usize> = (1..=short.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in long.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &c) in short.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, c);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate nearest to `name`, when one is near enough (no more than about a third of the
/// characters involved changed). None when there are too many candidates or one is not a str.
fn nearest(candidates: &[Value], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        let Value::Str(s) = item else { return None };
        let item = s.as_str();
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = edit_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.to_string())
}

/// `err` with `name` and `obj` set when it is an AttributeError that has neither yet (the
/// innermost failed lookup names itself; the lookups it propagates through leave it alone).
pub fn with_attribute_context(err: PyErr, obj: &Value, name: &Arc<PyStr>) -> PyErr {
    if let Value::Instance(inst) = &err.value
        && inst.class_ref().is_subclass(types().exc_ref(ExcKind::AttributeError))
        && field(inst, "name").is_none_or(|v| v.is_none())
        && field(inst, "obj").is_none_or(|v| v.is_none())
    {
        return err.with_field("name", Value::Str(name.clone())).with_field("obj", obj.clone());
    }
    err
}

/// The value of a field the raiser set on the exception (`name`, `obj`), if any.
fn field(inst: &Instance, key: &str) -> Option<Value> {
    inst.attr(&intern(key))
}

impl Vm {
    /// The suggestion printed after an uncaught exception's message, for an exception of exactly
    /// the type NameError or AttributeError that knows the name it failed on.
    pub fn suggestion_for(&mut self, exc: &Value) -> Option<String> {
        let Value::Instance(inst) = exc else { return None };
        let cls = inst.class();
        let t = types();
        if Arc::ptr_eq(&cls, t.exc_ref(ExcKind::AttributeError)) {
            let Some(Value::Str(name)) = field(inst, "name") else { return None };
            let obj = field(inst, "obj")?;
            let dir = crate::builtins::functions::dir(self, &[obj], crate::objects::function::NO_KWARGS).ok()?;
            let Value::List(items) = dir else { return None };
            let items = items.items.lock().clone();
            return nearest(&items, name.as_str());
        }
        if !Arc::ptr_eq(&cls, t.exc_ref(ExcKind::NameError)) {
            return None;
        }
        let Some(Value::Str(name)) = field(inst, "name") else { return None };
        let entry = inst.exc()?.lock().traceback.first().cloned()?;
        let varnames: Vec<Value> = entry.code.varnames.iter().map(|v| Value::Str(v.clone())).collect();
        if let Some(s) = nearest(&varnames, name.as_str()) {
            return Some(s);
        }
        if let Some(s) = nearest(&entry.globals.keys(), name.as_str()) {
            return Some(s);
        }
        nearest(&self.interp.builtins.keys(), name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str) -> usize {
        edit_distance(a.as_bytes(), b.as_bytes(), usize::MAX - 1)
    }

    #[test]
    fn distances_weigh_case_flips_half_of_an_edit() {
        assert_eq!(d("print", "print"), 0);
        assert_eq!(d("prnt", "print"), MOVE_COST);
        assert_eq!(d("Print", "print"), CASE_COST);
        assert_eq!(d("abc", "xyz"), 3 * MOVE_COST);
        assert_eq!(d("", "ab"), 2 * MOVE_COST);
    }

    #[test]
    fn long_names_are_compared_after_their_common_ends() {
        let a = "x".repeat(60) + "1";
        let b = "x".repeat(60) + "2";
        assert_eq!(d(&a, &b), MOVE_COST);
        let far = "y".repeat(45);
        assert_eq!(edit_distance(a.as_bytes(), far.as_bytes(), 10), 11);
    }
}
