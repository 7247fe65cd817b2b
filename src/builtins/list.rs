//! list and tuple: constructors and methods.

use super::args::{check_args, kwarg};
use crate::objects::Arc;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::value::List;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn this(a: &[Value]) -> PyResult<&Arc<List>> {
    match a.first() {
        Some(Value::List(l)) => Ok(l),
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

fn list_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("list", a.get(1..).unwrap_or_default(), k, 0, 1)?;
    match a.get(1) {
        Some(v) => Ok(Value::list(vm.collect(v)?)),
        None => Ok(Value::list(vec![])),
    }
}

fn append(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("append", a, k, 2, 2)?;
    super::sizes::push_item(&mut this(a)?.items.lock(), a[1].clone())?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("extend", a, k, 2, 2)?;
    let items = vm.collect(&a[1])?;
    let l = this(a)?;
    let mut mine = l.items.lock();
    super::sizes::grow(&mut mine, items.len())?;
    mine.extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("insert", a, k, 3, 3)?;
    let l = this(a)?;
    let i = vm.index_value(&a[1])?;
    let mut items = l.items.lock();
    let at = Vm::insert_position(i, items.len());
    items.insert(at, a[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pop", a, k, 1, 2)?;
    let l = this(a)?;
    let len = l.items.lock().len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(v) => {
            let i = vm.index_value(v)?;
            vm.seq_index(&Value::Int(i), len)?.ok_or_else(|| PyErr::index_error("pop index out of range"))?
        }
        None => len - 1,
    };
    Ok(l.items.lock().remove(i))
}

fn remove(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("remove", a, k, 2, 2)?;
    // As CPython's: the list as it is at each step (an `__eq__` may change it), no copy of it;
    // the item found goes from the index it was found at, if the list still reaches that far.
    let l = this(a)?;
    let mut i = 0;
    while let Some(x) = item_at(&a[0], i) {
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            let mut items = l.items.lock();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

/// Item `i` of the list or tuple `seq` as it is now (None past its end): the searches read the
/// list live, as CPython's do, instead of copying it first.
fn item_at(seq: &Value, i: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.items.lock().get(i).cloned(),
        Value::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}

fn seq_len(seq: &Value) -> usize {
    match seq {
        Value::List(l) => l.items.lock().len(),
        Value::Tuple(t) => t.len(),
        _ => 0,
    }
}

fn index(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(PyErr::type_error("index expected at least 1 argument, got 0"));
    }
    let n = seq_len(&a[0]) as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = match a.get(2) {
        Some(v) => norm(vm.index_as(v, crate::vm::protocol::Oversize::Clamp)?),
        None => 0,
    } as usize;
    let end = match a.get(3) {
        Some(v) => norm(vm.index_as(v, crate::vm::protocol::Oversize::Clamp)?),
        None => n,
    } as usize;
    for i in start..end.max(start) {
        let Some(x) = item_at(&a[0], i) else { break };
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::value_error(if matches!(a[0], Value::List(_)) {
        format!("{} is not in list", vm.repr(&a[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    }))
}

fn count(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("count", a, k, 2, 2)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = item_at(&a[0], i) {
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::only_clinic_kwargs("sort", k, &["key", "reverse"])?;
    if a.len() != 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let l = this(a)?;
    let mut items = std::mem::take(&mut *l.items.lock());
    let reverse = match kwarg(k, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let r = super::functions::sort_values(vm, &mut items, kwarg(k, "key"), reverse);
    // The list looks empty while it is sorted; whatever a key or a comparison put in it meanwhile
    // (anything that allocated) is thrown away, and the sort reports it, as CPython's.
    let meddled = std::mem::replace(&mut *l.items.lock(), items);
    let modified = meddled.capacity() != 0;
    drop(meddled);
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?.items.lock().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::list(super::sizes::copied(&this(a)?.items.lock())?))
}

fn clear(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?.items.lock().clear();
    Ok(Value::None)
}

fn tuple_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tuple", a.get(1..).unwrap_or_default(), k, 0, 1)?;
    match a.get(1) {
        Some(Value::Tuple(_)) => Ok(a[1].clone()),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
        None => Ok(Value::tuple(vec![])),
    }
}

/// `list.__reversed__()`: the reverse iterator `reversed(l)` gives.
fn list_reversed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = this(a)?.items.lock().len() as i64;
    Ok(crate::objects::iter::PyIter::new(
        crate::objects::iter_kind::IterKind::ListReverseIterator,
        crate::objects::iter::IterState::Reversed { seq: a[0].clone(), index: n - 1 },
    ))
}

const LIST: &[(&str, NativeFn)] = &[
    ("__new__", list_new),
    ("__reversed__", list_reversed),
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("sort", sort),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
];

const TUPLE: &[(&str, NativeFn)] = &[("__new__", tuple_new), ("index", index), ("count", count)];

pub fn install() {
    for (n, f) in LIST {
        types().list.dict.set_str(intern(n), Builtin::method(Owner::List, n, *f));
    }
    for (n, f) in TUPLE {
        types().tuple.dict.set_str(intern(n), Builtin::method(Owner::Tuple, n, *f));
    }
}
