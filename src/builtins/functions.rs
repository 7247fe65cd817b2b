//! The global built-in functions: print, len, sorted, min/max, isinstance, getattr ... one function each.

use super::args::{check_args, kwarg, only_kwargs};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::function::NO_KWARGS;
use crate::objects::iter::{IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::native::StdStream;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn print(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::only_clinic_kwargs("print", k, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(k, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => return Err(PyErr::type_error(format!("sep must be None or a string, not {}", types().of(v).name))),
    };
    let end = match kwarg(k, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => return Err(PyErr::type_error(format!("end must be None or a string, not {}", types().of(v).name))),
    };
    let file = match kwarg(k, "file") {
        Some(Value::None) | None => vm.sys_attr("stdout"),
        Some(f) => Some(f.clone()),
    };
    let flush = match kwarg(k, "flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let stream = match &file {
        Some(Value::Instance(i)) => i.native_data().and_then(|d| d.std_stream()),
        Some(_) => None,
        None => Some(StdStream::Out),
    };
    let Some(stream) = stream else {
        // Any other file: one write() per piece, as CPython's print makes them.
        let f = file.expect("a file that is not a standard stream");
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                vm.call_method(&f, "write", &[Value::string(sep.clone())])?;
            }
            let text = match v {
                Value::Str(_) => v.clone(),
                _ => Value::string(vm.str(v)?),
            };
            vm.call_method(&f, "write", &[text])?;
        }
        vm.call_method(&f, "write", &[Value::string(end)])?;
        if flush {
            vm.call_method(&f, "flush", &[])?;
        }
        return Ok(Value::None);
    };
    let mut out = String::new();
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => out.push_str(&vm.str(v)?),
        }
    }
    out.push_str(&end);
    if crate::modules::sys_streams::is_closed(stream) {
        return Err(crate::modules::sys_streams::closed_error());
    }
    match stream {
        StdStream::Err => vm.write_stderr(&out),
        StdStream::Out => vm.write_stdout(&out)?,
        StdStream::In => return Err(PyErr::new(crate::objects::ExcKind::UnsupportedOperation, "not writable")),
    }
    if flush {
        vm.flush_stdout()?;
    }
    Ok(Value::None)
}

pub fn len(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("len", a, k, 1, 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

pub fn repr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("repr", a, k, 1, 1)?;
    // A built-in function calling back into Python: one level deeper, as CPython counts it.
    vm.nested(crate::vm::protocol::CALLING, |vm| vm.repr_object(&a[0]))
}

pub fn ascii(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("ascii", a, k, 1, 1)?;
    let r = vm.repr(&a[0])?;
    let mut out = String::new();
    for c in r.chars() {
        if (c as u32) < 128 {
            out.push(c);
        } else if (c as u32) < 256 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 65536 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    Ok(Value::string(out))
}

pub fn hash(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("hash", a, k, 1, 1)?;
    // A built-in function that may call back into Python (`__hash__`): one level deeper, as
    // CPython counts its calls of C functions against the recursion limit.
    if matches!(a[0], Value::Instance(_)) {
        return vm.nested(crate::vm::protocol::CALLING, |vm| Ok(Value::Int(vm.hash(&a[0])?)));
    }
    Ok(Value::Int(vm.hash(&a[0])?))
}

pub fn id(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("id", a, k, 1, 1)?;
    Ok(Value::Int(match &a[0] {
        Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
        Value::Bool(b) => 0x900 + *b as i64,
        Value::None => 0x800,
        v => v.ptr().unwrap_or(0) as i64,
    }))
}

pub fn abs(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("abs", a, k, 1, 1)?;
    Ok(match &a[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(i) => match i.class().lookup(crate::name!("__abs__")).map(crate::vm::special::as_method) {
            Some(f) => return vm.call1(&f, a[0].clone()),
            None => return Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", i.class().name))),
        },
        v => return Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", types().of(v).name))),
    })
}

pub fn callable(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("callable", a, k, 1, 1)?;
    Ok(Value::Bool(is_callable(&a[0])))
}

pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class().lookup(crate::name!("__call__")).is_some(),
        _ => false,
    }
}

/// An object (not a class) that answers `isinstance`/`issubclass` itself: its class's
/// `__instancecheck__` / `__subclasscheck__` (e.g. types.GenericAlias, which refuses).
fn custom_check(vm: &mut Vm, target: &Value, hook: &str, arg: &Value) -> Option<PyResult<bool>> {
    let Value::Instance(i) = target else { return None };
    let f = i.class().lookup(&crate::objects::str::intern(hook))?;
    Some(vm.call(&f, &[target.clone(), arg.clone()], NO_KWARGS).and_then(|r| vm.truthy(&r)))
}

fn bad_second_arg(fname: &str) -> PyErr {
    PyErr::type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))
}

/// `isinstance(obj, target)` for one target (tuples recurse), asking a metaclass's
/// `__instancecheck__` when the target's metaclass has one.
fn is_instance_of(vm: &mut Vm, obj: &Value, target: &Value) -> PyResult<bool> {
    match target {
        Value::Class(c) => {
            let cls = types().of(obj);
            if Arc::ptr_eq(&cls, c) {
                return Ok(true);
            }
            if let Some(r) = crate::vm::metaclass::check_hook(vm, target, "__instancecheck__", obj) {
                return r;
            }
            if cls.is_subclass(c) {
                return Ok(true);
            }
            // As CPython: an instance whose `__class__` (a property, as mock's spec) names
            // another class is an instance of that class too.
            if let Value::Instance(inst) = obj
                && !inst.class_ref().plain
                && let Some(Value::Instance(_)) = vm.class_lookup(inst.class_ref(), crate::name!("__class__"))
                && let Ok(Value::Class(k)) = vm.get_attr(obj, crate::name!("__class__"))
            {
                return Ok(k.is_subclass(c));
            }
            Ok(false)
        }
        // Tuples in tuples count against the recursion limit, as CPython's.
        Value::Tuple(t) => vm.nested(" in __instancecheck__", |vm| {
            for x in t.iter() {
                if is_instance_of(vm, obj, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }),
        _ => custom_check(vm, target, "__instancecheck__", obj).unwrap_or_else(|| Err(bad_second_arg("isinstance"))),
    }
}

/// `issubclass(sub, target)` for one target (tuples recurse), as `is_instance_of`.
fn is_subclass_of(vm: &mut Vm, sub: &Value, target: &Value) -> PyResult<bool> {
    match target {
        Value::Class(c) => {
            if let Some(r) = crate::vm::metaclass::check_hook(vm, target, "__subclasscheck__", sub) {
                return r;
            }
            let Value::Class(s) = sub else { return Err(PyErr::type_error("issubclass() arg 1 must be a class")) };
            Ok(s.is_subclass(c))
        }
        Value::Tuple(t) => vm.nested(" in __subclasscheck__", |vm| {
            for x in t.iter() {
                if is_subclass_of(vm, sub, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }),
        _ => custom_check(vm, target, "__subclasscheck__", sub).unwrap_or_else(|| Err(bad_second_arg("issubclass"))),
    }
}

pub fn isinstance(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("isinstance", a, k, 2, 2)?;
    is_instance_of(vm, &a[0], &a[1]).map(Value::Bool)
}

pub fn issubclass(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("issubclass", a, k, 2, 2)?;
    is_subclass_of(vm, &a[0], &a[1]).map(Value::Bool)
}

fn attr_name(v: &Value) -> PyResult<Arc<crate::objects::str::PyStr>> {
    match v {
        Value::Str(s) => Ok(crate::objects::str::intern_value(s)),
        _ => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", types().of(v).name))),
    }
}

pub fn getattr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getattr", a, k, 2, 3)?;
    let name = attr_name(&a[1])?;
    if a.len() == 3 {
        return Ok(vm.lookup_attr(&a[0], &name)?.unwrap_or_else(|| a[2].clone()));
    }
    vm.get_attr(&a[0], &name)
}

pub fn setattr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setattr", a, k, 3, 3)?;
    let name = attr_name(&a[1])?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

pub fn hasattr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("hasattr", a, k, 2, 2)?;
    let name = attr_name(&a[1])?;
    Ok(Value::Bool(vm.lookup_attr(&a[0], &name)?.is_some()))
}

pub fn delattr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("delattr", a, k, 2, 2)?;
    let name = attr_name(&a[1])?;
    vm.del_attr(&a[0], &name)?;
    Ok(Value::None)
}

pub fn iter(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("iter", a, k, 1, 2)?;
    if a.len() == 2 {
        if !is_callable(&a[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(PyIter::new(IterKind::CallableIterator, IterState::Callable { func: a[0].clone(), sentinel: a[1].clone() }));
    }
    vm.get_iter(&a[0])
}

pub fn next(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("next", a, k, 1, 2)?;
    if let Value::Iter(it) = &a[0]
        && it.is(crate::code::Flavor::Generator)
    {
        return match vm.gen_send(it, Value::None, None)? {
            Ok(v) => Ok(v),
            Err(r) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr::stop_iteration(if r.is_none() { None } else { Some(r) })),
            },
        };
    }
    let is_iter = matches!(&a[0], Value::Iter(_)) || matches!(&a[0], Value::Instance(i) if i.class().lookup(crate::name!("__next__")).is_some());
    if !is_iter {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", types().of(&a[0]).name)));
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::stop_iteration(None)),
        },
    }
}

pub fn enumerate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("enumerate", k, &["iterable", "start"])?;
    let Some(iterable) = a.first().or(kwarg(k, "iterable")) else {
        return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = match kwarg(k, "start").or(a.get(1)) {
        Some(v) => Value::bigint(vm.index_bigint(v)?),
        None => Value::Int(0),
    };
    let inner = vm.get_iter(iterable)?;
    Ok(PyIter::new(IterKind::Enumerate, IterState::Enumerate { inner, count: start }))
}

pub fn zip(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if let Some((n, _)) = k.iter().find(|(n, _)| n.as_str() != "strict") {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for zip()", n.as_str())));
    }
    let mut iters = Vec::with_capacity(a.len());
    for v in a {
        iters.push(vm.get_iter(v)?);
    }
    let strict = match super::args::kwarg(k, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(PyIter::new(IterKind::Zip, IterState::Zip { iters, strict }))
}

pub fn map(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(PyErr::type_error("map() takes no keyword arguments"));
    }
    if a.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for v in &a[1..] {
        iters.push(vm.get_iter(v)?);
    }
    Ok(PyIter::new(IterKind::Map, IterState::Map { func: a[0].clone(), iters }))
}

pub fn filter(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("filter", a, k, 2, 2)?;
    let inner = vm.get_iter(&a[1])?;
    Ok(PyIter::new(IterKind::Filter, IterState::Filter { func: a[0].clone(), inner }))
}

pub fn reversed(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(PyErr::type_error("reversed() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("reversed expected 1 argument, got {}", a.len())));
    }
    let v = &a[0];
    match v {
        Value::Range(r) => Ok(super::range::reversed_iter(r)),
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => {
            let n = vm.len(v)? as i64;
            let kind = if matches!(v, Value::List(_)) { IterKind::ListReverseIterator } else { IterKind::Reversed };
            Ok(PyIter::new(kind, IterState::Reversed { seq: v.clone(), index: n - 1 }))
        }
        Value::Dict(d) => Ok(PyIter::new(IterKind::DictReverseKeyIterator, IterState::over_dict_reversed(d, crate::objects::iter::DictPart::Keys))),
        // A subclass of a built-in value type reverses the value it wraps, unless it defines
        // __reversed__ in Python.
        Value::Instance(_) if let Some(inner) = crate::vm::subclass::base_value(v, crate::name!("__reversed__")) => reversed(vm, &[inner], k),
        Value::Instance(i) => {
            match i.class().lookup(crate::name!("__reversed__")) {
                Some(Value::None) => return Err(PyErr::type_error(format!("'{}' object is not reversible", i.class().name))),
                Some(f) => return vm.call1(&crate::vm::special::as_method(f), v.clone()),
                None => {}
            }
            if i.class().lookup(crate::name!("__getitem__")).is_some() {
                // A sequence without __len__ fails in len(), as in CPython.
                let n = vm.len(v)? as i64;
                return Ok(PyIter::new(IterKind::Reversed, IterState::Reversed { seq: v.clone(), index: n - 1 }));
            }
            Err(PyErr::type_error(format!("'{}' object is not reversible", i.class().name)))
        }
        Value::Class(_) if let Some(r) = vm.call_meta(v, crate::name!("__reversed__"), &[]) => r,
        _ => Err(PyErr::type_error(format!("'{}' object is not reversible", types().of(v).name))),
    }
}

/// Sorts values in place (stable), by key if given; comparison errors propagate.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: std::borrow::Cow<[Value]> = match key {
        Some(f) if !f.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(vm.call1(f, v.clone())?);
            }
            ks.into()
        }
        _ => items.as_slice().into(),
    };
    // The order (a word per item) and the sort's own buffer (half as much) are had first, so
    // that sorting a list that fills memory is MemoryError, not an allocation abort.
    crate::vm::ops::check_alloc(items.len().saturating_mul(std::mem::size_of::<usize>() / 2 * 3))?;
    let mut idx: Vec<usize> = Vec::new();
    super::sizes::grow(&mut idx, items.len())?;
    idx.extend(0..items.len());
    // Keys all of one plain kind are totally ordered without the VM: the library's stable sort.
    // (Its comparison must be a total order, which user comparisons and NaNs need not be.)
    if all_plain(&keys) {
        let order = |x: &usize, y: &usize| match (&keys[*x], &keys[*y]) {
            (Value::Int(p), Value::Int(q)) => p.cmp(q),
            (Value::Str(p), Value::Str(q)) => p.as_str().cmp(q.as_str()),
            _ => std::cmp::Ordering::Equal,
        };
        if reverse { idx.sort_by(|x, y| order(y, x)) } else { idx.sort_by(order) }
    } else if let Some(rows) = int_rows(&keys) {
        if reverse { idx.sort_by(|x, y| rows[*y].cmp(&rows[*x])) } else { idx.sort_by(|x, y| rows[*x].cmp(&rows[*y])) }
    } else {
        let mut err = None;
        let mut less = |x: usize, y: usize| -> bool {
            if err.is_some() {
                return false;
            }
            let (a, b) = if reverse { (&keys[y], &keys[x]) } else { (&keys[x], &keys[y]) };
            match vm.less_than(a, b) {
                Ok(r) => r,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        };
        merge_sort(&mut idx, &mut less);
        if let Some(e) = err {
            return Err(e);
        }
    }
    drop(keys);
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    *items = idx.into_iter().filter_map(|i| slots[i].take()).collect();
    Ok(())
}

/// Whether the sort keys are all ints (that fit a machine word) or all strs.
fn all_plain(keys: &[Value]) -> bool {
    match keys.first() {
        Some(Value::Int(_)) => keys.iter().all(|k| matches!(k, Value::Int(_))),
        Some(Value::Str(_)) => keys.iter().all(|k| matches!(k, Value::Str(_))),
        _ => false,
    }
}

/// Sort keys that are all tuples of one length (at most `ROW`) of ints that fit a machine
/// word, as rows of numbers (compared as tuples are, without the VM or a pointer per item).
fn int_rows(keys: &[Value]) -> Option<Vec<[i64; ROW]>> {
    let Value::Tuple(first) = keys.first()? else { return None };
    let n = first.len();
    if n == 0 || n > ROW {
        return None;
    }
    let mut rows = Vec::with_capacity(keys.len());
    for k in keys {
        let Value::Tuple(t) = k else { return None };
        if t.len() != n {
            return None;
        }
        let mut row = [0; ROW];
        for (slot, v) in row.iter_mut().zip(t.iter()) {
            let Value::Int(x) = v else { return None };
            *slot = *x;
        }
        rows.push(row);
    }
    Some(rows)
}

const ROW: usize = 4;

/// A stable merge sort of indices with a comparison that may fail or be inconsistent (it
/// never panics): binary insertion into short runs, merges through one scratch vector, and
/// no merge where the two halves are already in order.
fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let mut scratch = Vec::with_capacity(v.len() / 2 + 1);
    sort_run(v, less, &mut scratch);
}

const INSERTION_RUN: usize = 24;

fn sort_run(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool, scratch: &mut Vec<usize>) {
    if v.len() <= INSERTION_RUN {
        for i in 1..v.len() {
            let x = v[i];
            // Already in place (presorted input): one comparison.
            if !less(x, v[i - 1]) {
                continue;
            }
            // The first of v[..i] that x sorts before (after every equal one: stable).
            let (mut lo, mut hi) = (0, i - 1);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(x, v[mid]) { hi = mid } else { lo = mid + 1 }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = x;
        }
        return;
    }
    let mid = v.len() / 2;
    sort_run(&mut v[..mid], less, scratch);
    sort_run(&mut v[mid..], less, scratch);
    if !less(v[mid], v[mid - 1]) {
        return;
    }
    scratch.clear();
    scratch.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut out) = (0, mid, 0);
    while i < scratch.len() && j < v.len() {
        if less(v[j], scratch[i]) {
            v[out] = v[j];
            j += 1;
        } else {
            v[out] = scratch[i];
            i += 1;
        }
        out += 1;
    }
    // What is left of the right half is already in place.
    let rest = scratch.len() - i;
    v[out..out + rest].copy_from_slice(&scratch[i..]);
}

pub fn sorted(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    // sorted() hands its keywords to list.sort(), whose message names it.
    if let Some((n, _)) = k.iter().find(|(n, _)| !matches!(n.as_str(), "key" | "reverse")) {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for sort()", n.as_str())));
    }
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", a.len())));
    }
    let mut items = vm.collect(&a[0])?;
    let reverse = match kwarg(k, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_values(vm, &mut items, kwarg(k, "key"), reverse)?;
    Ok(Value::list(items))
}

fn min_max(vm: &mut Vm, a: &[Value], k: &KwArgs, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    // As CPython: the count of positional arguments is checked before the keywords.
    if a.is_empty() {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if let Some((n, _)) = k.iter().find(|(n, _)| !matches!(n.as_str(), "key" | "default")) {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {name}()", n.as_str())));
    }
    let items = match a.len() {
        0 => return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&a[0])?,
        _ => {
            if kwarg(k, "default").is_some() {
                return Err(PyErr::type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            a.to_vec()
        }
    };
    if items.is_empty() {
        return match kwarg(k, "default") {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let key = kwarg(k, "key").filter(|f| !f.is_none()).cloned();
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(f) => vm.call1(f, best.clone())?,
        None => best.clone(),
    };
    for v in items.into_iter().skip(1) {
        let kv = match &key {
            Some(f) => vm.call1(f, v.clone())?,
            None => v.clone(),
        };
        // As CPython: max asks `item > best`, min asks `item < best`.
        let better = if is_max {
            let r = vm.rich_compare(&kv, &best_key, crate::ast::CmpOp::Gt)?;
            vm.truthy(&r)?
        } else {
            vm.less_than(&kv, &best_key)?
        };
        if better {
            best = v;
            best_key = kv;
        }
    }
    Ok(best)
}

pub fn min(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    vm.nested(crate::vm::protocol::CALLING, |vm| min_max(vm, a, k, false))
}

pub fn max(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    vm.nested(crate::vm::protocol::CALLING, |vm| min_max(vm, a, k, true))
}

pub fn sum(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("sum", k, &["start"])?;
    if a.is_empty() || a.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", a.len())));
    }
    let mut acc = a.get(1).or(kwarg(k, "start")).cloned().unwrap_or(Value::Int(0));
    let start = crate::vm::subclass::wrapped(&acc).unwrap_or(&acc);
    if let Value::Str(_) = start {
        return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Value::Bytes(_) = start {
        return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if crate::objects::memoryview::bytearray_of(&acc).is_some() {
        return Err(PyErr::type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(&a[0])?;
    // Floats are summed with Neumaier compensation, as CPython 3.12 does not yet; 3.11 adds plainly.
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, crate::ast::BinOp::Add)?;
    }
    Ok(acc)
}

pub fn any(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("any", a, k, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn all(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("all", a, k, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn chr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("chr", a, k, 1, 1)?;
    // A C int, as CPython's: OverflowError past 32 bits, ValueError past the code points.
    let n = super::sizes::c_int(vm, &a[0])?;
    match u32::try_from(n).ok().filter(|&n| n < 0x110000).and_then(char::from_u32) {
        Some(c) => Ok(Value::Str(crate::objects::str::PyStr::of_char(c))),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

pub fn ord(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("ord", a, k, 1, 1)?;
    match &a[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        Value::Str(s) => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", s.char_len()))),
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        v if let Some(&[c]) = crate::objects::memoryview::bytearray_of(v).map(|b| b.snapshot()).as_deref() => Ok(Value::Int(c as i64)),
        Value::Bytes(b) => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        v if let Some(b) = crate::objects::memoryview::bytearray_of(v) => {
            Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.snapshot().len())))
        }
        v => Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", types().of(v).name))),
    }
}

fn radix(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str, ty: char) -> PyResult<Value> {
    check_args(name, a, k, 1, 1)?;
    let n = match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::vm::protocol::to_big(&a[0]),
        v => vm.index_bigint(v)?,
    };
    let spec = crate::vm::format_spec::Spec { alt: true, ty: Some(ty), ..Default::default() };
    Ok(Value::string(crate::vm::format_spec::format_int(&n, &spec)?))
}

pub fn hex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    radix(vm, a, k, "hex", 'x')
}
pub fn oct(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    radix(vm, a, k, "oct", 'o')
}
pub fn bin(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    radix(vm, a, k, "bin", 'b')
}

pub fn format(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("format", a, k, 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", types().of(v).name))),
        None => String::new(),
    };
    vm.format_object(&a[0], &spec)
}

pub fn divmod(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("divmod", a, k, 2, 2)?;
    // A class's own __divmod__, then the other operand's __rdivmod__.
    for (obj, other, name) in [(&a[0], &a[1], crate::name!("__divmod__")), (&a[1], &a[0], crate::name!("__rdivmod__"))] {
        if let Value::Instance(i) = obj
            && crate::vm::subclass::base_value(obj, name).is_none()
            && let Some(f) = vm.instance_lookup(i, name)
        {
            let r = vm.call(&f, &[obj.clone(), other.clone()], crate::objects::function::NO_KWARGS)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let (x, y) = (crate::vm::subclass::wrapped(&a[0]).unwrap_or(&a[0]), crate::vm::subclass::wrapped(&a[1]).unwrap_or(&a[1]));
    let number = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_));
    if !number(x) || !number(y) {
        return Err(PyErr::type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", types().of(&a[0]).name, types().of(&a[1]).name)));
    }
    let a = &[x.clone(), y.clone()];
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (&a[0], &a[1]) {
        let x = super::args::arg_f64(vm, &a[0])?;
        let y = super::args::arg_f64(vm, &a[1])?;
        if y == 0.0 {
            return Err(PyErr::zero_division("float divmod()"));
        }
        let (q, r) = crate::vm::ops::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let q = vm.binary_op(&a[0], &a[1], crate::ast::BinOp::FloorDiv)?;
    let r = vm.binary_op(&a[0], &a[1], crate::ast::BinOp::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

pub fn pow(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        // pow(base, exp, mod=None): by position or by name.
        let bound = super::args::clinic_args("pow", a, k, &["base", "exp", "mod"], 3, 2)?;
        let args: Vec<Value> = bound.into_iter().map(|v| v.unwrap_or(Value::None)).collect();
        return pow(vm, &args, NO_KWARGS);
    }
    check_args("pow", a, k, 2, 3)?;
    if a.len() == 3 && !a[2].is_none() {
        if a.iter().any(|v| crate::objects::complex::complex_parts(v).is_some()) {
            return Err(PyErr::value_error("complex modulo"));
        }
        // A class of the base's own with __pow__ (Decimal) takes the three-argument form itself.
        if let Value::Instance(i) = &a[0]
            && let Some(f) = vm.class_lookup(i.class_ref(), crate::name!("__pow__"))
        {
            let r = vm.call(&f, a, k)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !a.iter().all(|v| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) {
            // float's pow refuses a modulus; with no float among them, no type takes the three.
            if a.iter().any(|v| matches!(v, Value::Float(_))) {
                return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            let names: Vec<String> = a.iter().map(|v| format!("'{}'", types().of(v).tp_name())).collect();
            return Err(PyErr::type_error(format!("unsupported operand type(s) for ** or pow(): {}", names.join(", "))));
        }
        let (b, e, m) = (crate::vm::protocol::to_big(&a[0]), crate::vm::protocol::to_big(&a[1]), crate::vm::protocol::to_big(&a[2]));
        if m.is_zero() {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        let r = if e.is_negative() {
            // A negative exponent raises the modular inverse to the positive power.
            let Some(inv) = b.modinv(&m) else {
                return Err(PyErr::value_error("base is not invertible for the given modulus"));
            };
            inv.modpow(&-e, &m)
        } else {
            b.modpow(&e, &m)
        };
        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) { r + &m } else { r };
        return Ok(Value::bigint(r));
    }
    vm.binary_op(&a[0], &a[1], crate::ast::BinOp::Pow)
}

pub fn round(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("round", k, &["number", "ndigits"])?;
    if a.len() + k.len() > 2 {
        return Err(PyErr::type_error(format!("round() takes at most 2 arguments ({} given)", a.len() + k.len())));
    }
    let a: &[Value] = &match (a.first(), kwarg(k, "number")) {
        (Some(_), Some(_)) => return Err(PyErr::type_error("argument for round() given by name ('number') and position (1)")),
        (None, Some(n)) => vec![n.clone()],
        (Some(_), None) => a.to_vec(),
        (None, None) => return Err(PyErr::type_error("round() missing required argument 'number' (pos 1)")),
    };
    let nd = a.get(1).or(kwarg(k, "ndigits")).filter(|v| !v.is_none()).cloned();
    match &a[0] {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow("cannot convert float infinity to integer"));
                }
                Ok(super::numbers::float_to_int(f.round_ties_even()))
            }
            Some(n) => {
                let n = super::sizes::saturated_arg(vm, &n)?;
                Ok(Value::Float(super::numbers::round_float(*f, n)))
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match nd {
            None => Ok(Value::bigint(crate::vm::protocol::to_big(&a[0]))),
            Some(n) => {
                let n = super::sizes::saturated_arg(vm, &n)?;
                if n >= 0 {
                    return Ok(Value::bigint(crate::vm::protocol::to_big(&a[0])));
                }
                let x = crate::vm::protocol::to_big(&a[0]);
                // 10**k > 2 * |x| once k passes x's bit count: then x rounds to 0.
                if n.unsigned_abs() > x.bits() {
                    return Ok(Value::Int(0));
                }
                let p = num_traits::pow(BigInt::from(10), n.unsigned_abs() as usize);
                let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
                Ok(Value::bigint(q * p))
            }
        },
        Value::Instance(i) => match i.class().lookup(crate::name!("__round__")).map(crate::vm::special::as_method) {
            Some(f) => match nd {
                Some(n) => vm.call(&f, &[a[0].clone(), n], NO_KWARGS),
                None => vm.call(&f, &[a[0].clone()], NO_KWARGS),
            },
            None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", i.class().name))),
        },
        v => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", types().of(v).name))),
    }
}

pub fn dir(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("dir", a, k, 0, 1)?;
    // A `__dir__` written in Python (on the class, or on the metaclass for a class) answers.
    let custom = match a.first() {
        Some(Value::Instance(i)) => match vm.instance_lookup(i, &intern("__dir__")) {
            Some(f @ Value::Function(_)) => Some(vm.call1(&f, a[0].clone())),
            _ => None,
        },
        Some(v @ Value::Class(_)) => vm.call_meta(v, &intern("__dir__"), &[]),
        // A module's own `__dir__` function (PEP 562).
        Some(Value::Module(m)) => m.dict.get_str(&intern("__dir__")).map(|f| vm.call(&f, &[], crate::objects::function::NO_KWARGS)),
        _ => None,
    };
    if let Some(r) = custom {
        let mut items = vm.collect(&r?)?;
        let mut failed = None;
        items.sort_by(|x, y| match (x, y) {
            (Value::Str(p), Value::Str(q)) => p.as_str().cmp(q.as_str()),
            _ => {
                failed = Some(PyErr::type_error("'<' not supported between instances of '__dir__' results"));
                std::cmp::Ordering::Equal
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        return Ok(Value::list(items));
    }
    let list = match a.first() {
        None => Value::list(vm.current_globals().keys()),
        Some(obj) => default_dir(vm, obj)?,
    };
    let Value::List(l) = &list else { unreachable!("default_dir makes a list") };
    let mut names: Vec<String> = l.items.lock().iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// What `object.__dir__` gives: the keys of the object's namespaces (its own dict, then its
/// class's MRO; a module's dict; a class's MRO) with its computed attributes, once each, unsorted.
pub fn default_dir(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let dicts = match obj {
        Value::Module(m) => vec![m.dict.clone()],
        Value::Class(c) => c.full_mro().iter().map(|c| c.dict.clone()).collect(),
        Value::Instance(i) => {
            let mut v: Vec<_> = i.dict().into_iter().collect();
            v.extend(i.class().full_mro().iter().map(|c| c.dict.clone()));
            v
        }
        other => types().of(other).full_mro().iter().map(|c| c.dict.clone()).collect(),
    };
    let mut seen = std::collections::HashSet::new();
    for d in dicts {
        for key in d.keys() {
            if let Value::Str(s) = key
                && seen.insert(s.as_str().to_string())
            {
                names.push(s.as_str().to_string());
            }
        }
    }
    if !matches!(obj, Value::Module(_)) {
        for name in super::attr_table::computed_names(vm, obj) {
            if seen.insert(name.to_string()) {
                names.push(name.to_string());
            }
        }
    }
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

pub fn vars(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("vars", a, k, 0, 1)?;
    match a.first() {
        None => Ok(Value::Dict(vm.current_globals())),
        Some(v) => vm.get_attr(v, crate::name!("__dict__")).map_err(|_| PyErr::type_error("vars() argument must have __dict__ attribute")),
    }
}

pub fn globals(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(vm.current_globals()))
}

/// locals(): the eval loop answers a direct call with the calling frame's variables
/// (vm/eval.rs, `call_with_frame`); reached any other way it can only give the globals.
pub fn locals(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("locals", a, k, 0, 0)?;
    globals(vm, a, k)
}

/// The namespaces of eval/exec: `globals` (the caller's by default, given `__builtins__` as
/// CPython does) and `locals` (the globals unless given).
fn eval_namespaces(
    vm: &mut Vm,
    fname: &str,
    a: &[Value],
    k: &KwArgs,
) -> PyResult<(crate::objects::Arc<crate::objects::dict::Dict>, crate::objects::Arc<crate::objects::dict::Dict>)> {
    super::args::only_kwargs(fname, k, &["globals", "locals"])?;
    let globals = match a.get(1).or_else(|| super::args::kwarg(k, "globals")) {
        None | Some(Value::None) => vm.current_globals(),
        Some(Value::Dict(d)) => d.clone(),
        Some(other) => return Err(PyErr::type_error(format!("{fname}() globals must be a dict, not {}", types().of(other).name))),
    };
    if globals.get_str(crate::name!("__builtins__")).is_none() {
        globals.set_str(crate::name!("__builtins__").clone(), Value::Dict(vm.interp.builtins.clone()));
    }
    let locals = match a.get(2).or_else(|| super::args::kwarg(k, "locals")) {
        None | Some(Value::None) => globals.clone(),
        Some(Value::Dict(d)) => d.clone(),
        Some(other) => return Err(PyErr::type_error(format!("locals must be a mapping, not {}", types().of(other).name))),
    };
    Ok((globals, locals))
}

/// Compiles eval/exec source (str or bytes) as `<string>`.
/// Source text given as a string to compile/eval/exec may not hold a NUL (CPython's SyntaxError,
/// raised before any parsing).
fn no_null_bytes(vm: &mut Vm, text: &str) -> PyResult<()> {
    if text.contains('\0') {
        const MSG: &str = "source code string cannot contain null bytes";
        let err = PyErr::new(ExcKind::SyntaxError, MSG);
        vm.set_attr(&err.value, crate::name!("msg"), Value::str(MSG))?;
        for field in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] {
            vm.set_attr(&err.value, &crate::objects::str::intern(field), Value::None)?;
        }
        return Err(err);
    }
    Ok(())
}

fn eval_code(vm: &mut Vm, fname: &str, src: &Value, eval: bool) -> PyResult<crate::objects::Arc<crate::code::Code>> {
    let text = match src {
        Value::Code(c) => return Ok(c.clone()),
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            let what = "a string, bytes or code object";
            let _ = other;
            return Err(PyErr::type_error(format!("{fname}() arg 1 must be {what}")));
        }
    };
    no_null_bytes(vm, &text)?;
    // eval ignores leading spaces and tabs, as CPython does.
    let text = if eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
    let source = crate::code::Source::new("<string>", &text);
    let compiled = crate::parser::parse_module(&text).and_then(|ast| {
        crate::compiler::compile_tree(ast, text.len(), |ast| {
            if eval { crate::compiler::compile_eval(ast, source.clone()) } else { crate::compiler::compile_exec(ast, source.clone()) }
        })
    });
    let code = compiled.map_err(|e| vm.syntax_error(&e, &source))?;
    vm.issue_syntax_warnings(&source)?;
    Ok(code)
}

/// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object for
/// exec (mode 'exec'), eval ('eval') or the interactive prompt ('single', echoing expressions).
/// Source is text, bytes or an `ast` tree; the flag `ast.PyCF_ONLY_AST` gives the tree instead (other
/// flags and optimize are accepted and have no effect).
pub fn compile(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    const NAMES: [&str; 6] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    if a.len() > NAMES.len() {
        return Err(PyErr::type_error(format!("compile() takes at most 6 arguments ({} given)", a.len())));
    }
    let mut args: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    args.resize(NAMES.len(), None);
    for (name, v) in k {
        let Some(i) = NAMES.iter().position(|n| *n == name.as_str()) else {
            return Err(PyErr::type_error(format!("compile() got an unexpected keyword argument '{}'", name.as_str())));
        };
        if args[i].is_some() {
            return Err(PyErr::type_error(format!("argument for compile() given by name ('{}') and position ({})", name.as_str(), i + 1)));
        }
        args[i] = Some(v.clone());
    }
    for (i, name) in NAMES[..3].iter().enumerate() {
        if args[i].is_none() {
            return Err(PyErr::type_error(format!("compile() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    let src = args[0].take().unwrap_or(Value::None);
    let filename = match args[1].take() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(&b).into_owned(),
        Some(other) => {
            return Err(PyErr::type_error(format!("compile() argument 'filename' must be str, bytes or os.PathLike, not {}", types().of(&other).name)));
        }
        None => String::new(),
    };
    let mode = match args[2].take() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(PyErr::type_error(format!("compile() argument 'mode' must be str, not {}", types().of(&other).name))),
        None => String::new(),
    };
    let flags = match args[3].take() {
        None => 0,
        Some(v) => vm.index_value(&v)?,
    };
    // CPython's __future__ flags, CO_NESTED (obsolete) and the compile-only PyCF_ flags.
    const KNOWN_FLAGS: i64 = 0x1FE_0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;
    if flags & !KNOWN_FLAGS != 0 {
        return Err(PyErr::value_error("compile(): unrecognised flags"));
    }
    if !matches!(mode.as_str(), "exec" | "eval" | "single" | "func_type") {
        return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    let text = match &src {
        Value::Code(c) => return Ok(Value::Code(c.clone())),
        // A syntax tree, or text wanted as one: the ast module does that work.
        Value::Instance(_) => match ast_source(vm, &src, &filename, &mode, flags & PYCF_ONLY_AST != 0)? {
            AstSource::Tree(tree) => return Ok(tree),
            AstSource::Text(text) => text,
        },
        Value::Str(_) | Value::Bytes(_) if flags & PYCF_ONLY_AST != 0 => {
            let ast = vm.import_module("ast")?;
            let parse = vm.get_attr(&ast, &crate::objects::str::intern("parse"))?;
            return vm.call(&parse, &[src.clone(), Value::str(&filename), Value::str(&mode)], &KwArgs::new());
        }
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    no_null_bytes(vm, &text)?;
    if flags & PYCF_ALLOW_INCOMPLETE_INPUT != 0 && crate::repl::awaits_more(&text, mode == "single" && flags & PYCF_DONT_IMPLY_DEDENT != 0) {
        return Err(PyErr::new(ExcKind::SyntaxError, "incomplete input"));
    }
    let text = if mode == "eval" { text.trim_start_matches([' ', '\t']).to_string() } else { text };
    let source = crate::code::Source::new(&filename, &text);
    let ast = crate::parser::parse_module(&text);
    let compiled = match mode.as_str() {
        "exec" => ast.and_then(|ast| crate::compiler::compile_exec(&ast, source.clone())),
        "eval" => ast.and_then(|ast| crate::compiler::compile_eval(&ast, source.clone())),
        "single" => ast.and_then(|ast| crate::compiler::compile_module(&ast, source.clone(), true)),
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = compiled.map_err(|e| vm.syntax_error(&e, &source))?;
    vm.issue_syntax_warnings(&source)?;
    Ok(Value::Code(code))
}

/// compile()'s flag asking for the syntax tree instead of a code object.
const PYCF_ONLY_AST: i64 = 0x400;
/// codeop's flags: a compound statement is complete only after its closing newline, and text
/// that more lines could complete raises SyntaxError('incomplete input').
const PYCF_DONT_IMPLY_DEDENT: i64 = 0x200;
const PYCF_ALLOW_INCOMPLETE_INPUT: i64 = 0x4000;

/// What compile() does with a syntax-tree object: hand it back, or compile it.
enum AstSource {
    Tree(Value),
    Text(String),
}

/// A syntax tree given to compile(): returned as is under PyCF_ONLY_AST, otherwise written back
/// as source by `ast._source_of` (which checks that it is a tree of the mode's kind) and compiled.
fn ast_source(vm: &mut Vm, tree: &Value, filename: &str, mode: &str, only_ast: bool) -> PyResult<AstSource> {
    let ast = vm.import_module("ast")?;
    let source_of = vm.get_attr(&ast, &crate::objects::str::intern("_source_of"))?;
    let text = vm.call(&source_of, &[tree.clone(), Value::str(mode), Value::str(filename)], &KwArgs::new())?;
    if only_ast {
        return Ok(AstSource::Tree(tree.clone()));
    }
    match text {
        Value::Str(s) => Ok(AstSource::Text(s.as_str().to_string())),
        _ => Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object")),
    }
}

/// eval(source, globals=None, locals=None): the value of one expression.
pub fn eval(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let src = a.first().ok_or_else(|| PyErr::type_error("eval expected at least 1 argument, got 0"))?;
    let (globals, locals) = eval_namespaces(vm, "eval", a, k)?;
    let code = eval_code(vm, "eval", src, true)?;
    let ns = (!crate::objects::Arc::ptr_eq(&globals, &locals)).then_some(locals);
    let frame = vm.new_frame(&code, &globals, ns);
    vm.run_frame_boxed(frame)
}

/// exec(source, globals=None, locals=None): runs statements; returns None.
pub fn exec(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let src = a.first().ok_or_else(|| PyErr::type_error("exec expected at least 1 argument, got 0"))?;
    let (globals, locals) = eval_namespaces(vm, "exec", a, k)?;
    let code = eval_code(vm, "exec", src, false)?;
    let ns = (!crate::objects::Arc::ptr_eq(&globals, &locals)).then_some(locals);
    let frame = vm.new_frame(&code, &globals, ns);
    vm.run_frame_boxed(frame)?;
    Ok(Value::None)
}

pub fn build_class(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::type_::build_class(vm, a, k)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: imports `name` (and its
/// parents, relative to `globals`' package when `level` > 0); returns the top-level package unless
/// `fromlist` names something, as CPython's.
pub fn import(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::only_kwargs("__import__", k, &["name", "globals", "locals", "fromlist", "level"])?;
    if a.len() > 5 {
        return Err(PyErr::type_error(format!("__import__() takes at most 5 arguments ({} given)", a.len())));
    }
    let arg = |i: usize, name: &str| a.get(i).or(super::args::kwarg(k, name)).cloned();
    let Some(name) = arg(0, "name") else {
        return Err(PyErr::type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let globals = arg(1, "globals").unwrap_or(Value::None);
    let fromlist = arg(3, "fromlist").unwrap_or(Value::None);
    let level = arg(4, "level").unwrap_or(Value::Int(0));
    vm.dunder_import(&name, &globals, &fromlist, &level)
}

/// breakpoint(*args, **kws): hands everything to `sys.breakpointhook` (made by `_sysinfo.py`, which
/// reads PYTHONBREAKPOINT), as CPython's builtin does; RuntimeError once the hook was deleted.
pub fn breakpoint(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let lost = || PyErr::runtime("lost sys.breakpointhook");
    let Some(sys) = vm.interp.modules.get_str(crate::name!("sys")) else { return Err(lost()) };
    // sys makes both names on first use (sys_extra::LAZY); after that, a deleted hook stays deleted.
    if vm.sys_attr("__breakpointhook__").is_none() {
        vm.get_attr(&sys, &intern("__breakpointhook__"))?;
        if vm.sys_attr("breakpointhook").is_none() {
            vm.get_attr(&sys, &intern("breakpointhook"))?;
        }
    }
    let hook = vm.sys_attr("breakpointhook").ok_or_else(lost)?;
    vm.call(&hook, a, k)
}
