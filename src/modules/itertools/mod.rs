//! `_itertools`: the classes of CPython's C `itertools` module (stdlib/itertools.py re-exports
//! them, and keeps `tee` in gilpy; `count` is a native class of its own, count.rs). Each class is the class of an
//! `IterKind`; its `__new__` checks the arguments with CPython's messages and makes a native
//! iterator (combinatorics.rs: no user code per step; tools.rs: steps that call back).

mod combinatorics;
mod count;
mod groupby;
mod tools;

use crate::builtins::args::{kwarg, only_clinic_kwargs};
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{Builtin, KwArgs, NativeFn, Owner};
use crate::objects::iter::{IterState, NativeIter, PyIter, ToolIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use combinatorics::{Combinations, Permutations, Product};
use tools::{Accumulate, Chain, Compress, Cycle, Islice, Pairwise, PredicateRule, Predicated, Repeat, Starmap, ZipLongest};

/// Each class with its constructor.
const CLASSES: &[(IterKind, NativeFn)] = &[
    (IterKind::Accumulate, accumulate),
    (IterKind::Chain, chain),
    (IterKind::Combinations, combinations),
    (IterKind::CombinationsWithReplacement, combinations_with_replacement),
    (IterKind::Compress, compress),
    (IterKind::Cycle, cycle),
    (IterKind::Dropwhile, dropwhile),
    (IterKind::Filterfalse, filterfalse),
    (IterKind::Groupby, groupby),
    (IterKind::Islice, islice),
    (IterKind::Pairwise, pairwise),
    (IterKind::Permutations, permutations),
    (IterKind::Product, product),
    (IterKind::Repeat, repeat),
    (IterKind::Starmap, starmap),
    (IterKind::Takewhile, takewhile),
    (IterKind::ZipLongest, zip_longest),
];

pub fn create() -> Value {
    let (m, d) = super::make_module("_itertools", &[]);
    let t = types();
    for (kind, make) in CLASSES {
        let cls = t.iterator_class(*kind);
        if cls.dict.get_str(crate::name!("__new__")).is_none() {
            cls.dict.set_str(crate::name!("__new__").clone(), Builtin::method(Owner::Named(kind.name()), "__new__", *make));
        }
        d.set_str(intern(kind.name()), Value::Class(cls.clone()));
    }
    let chain_cls = t.iterator_class(IterKind::Chain);
    if chain_cls.dict.get_str(&intern("from_iterable")).is_none() {
        let from_iterable = Builtin::method(Owner::Named("chain"), "from_iterable", chain_from_iterable);
        chain_cls.dict.set_str(intern("from_iterable"), Value::Instance(Instance::new(t.classmethod.clone(), Payload::Wrapped(from_iterable))));
    }
    d.set_str(intern("count"), Value::Class(count::count_class().clone()));
    d.set_str(intern("_grouper"), Value::Class(t.iterator_class(IterKind::Grouper).clone()));
    m
}

/// A group of a groupby as the iterator it is.
fn grouper_value(group: groupby::Grouper) -> Value {
    PyIter::new(IterKind::Grouper, IterState::Tool(Box::new(group)))
}

fn groupby(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let args = clinic("groupby", a, k, &["iterable", "key"], 1)?;
    let source = vm.get_iter(args[0].as_ref().expect("required"))?;
    let key = args[1].clone().filter(|f| !f.is_none());
    Ok(tool(cls, IterKind::Groupby, groupby::GroupBy::new(source, key)))
}

/// The class a constructor was called for (its first argument) and the arguments after it.
fn class_and_args(a: &[Value]) -> PyResult<(&Arc<Class>, &[Value])> {
    match a.first() {
        Some(Value::Class(cls)) => Ok((cls, &a[1..])),
        _ => Err(PyErr::type_error("__new__(X): X is not a type object")),
    }
}

/// The new iterator as an instance of `cls`: itself for the built-in class, wrapped in an
/// instance of a subclass (`class MyChain(chain)`).
fn made(cls: &Arc<Class>, kind: IterKind, state: IterState) -> Value {
    Instance::of_subclass(cls, types().iterator_class(kind), PyIter::new(kind, state))
}

fn native(cls: &Arc<Class>, kind: IterKind, it: impl NativeIter + 'static) -> Value {
    made(cls, kind, IterState::Native(Box::new(it)))
}

fn tool(cls: &Arc<Class>, kind: IterKind, it: impl ToolIter + 'static) -> Value {
    made(cls, kind, IterState::Tool(Box::new(it)))
}

/// "NAME() takes no keyword arguments".
fn no_keywords(name: &str, k: &KwArgs) -> PyResult<()> {
    match k.is_empty() {
        true => Ok(()),
        false => Err(PyErr::type_error(format!("{name}() takes no keyword arguments"))),
    }
}

/// Exactly `n` positional arguments, in CPython's words for the C tools ("starmap expected 2
/// arguments, got 1"), and no keywords.
fn positional<'a>(name: &str, a: &'a [Value], k: &KwArgs, n: usize) -> PyResult<&'a [Value]> {
    no_keywords(name, k)?;
    if a.len() != n {
        let plural = if n == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name} expected {n} argument{plural}, got {}", a.len())));
    }
    Ok(a)
}

/// Argument-clinic parameters: `names[i]` from position i or by keyword; the first `required`
/// must be given ("NAME() missing required argument 'x' (pos 1)").
fn clinic(name: &str, a: &[Value], k: &KwArgs, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    only_clinic_kwargs(name, k, names)?;
    if a.len() > names.len() {
        return Err(PyErr::type_error(format!("{name}() takes at most {} arguments ({} given)", names.len(), a.len())));
    }
    let mut out = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        let given = a.get(i).cloned().or_else(|| kwarg(k, n).cloned());
        if given.is_none() && i < required {
            return Err(PyErr::type_error(format!("{name}() missing required argument '{n}' (pos {})", i + 1)));
        }
        out.push(given);
    }
    Ok(out)
}

/// Whether `v` has `__index__` (an int, or an instance of a class defining it).
fn has_index(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(i) => vm.instance_lookup(i, crate::name!("__index__")).is_some(),
        _ => false,
    }
}

/// A non-negative size from an `__index__` value ("r must be non-negative").
fn size(vm: &mut Vm, v: &Value, negative: &str) -> PyResult<usize> {
    let n = vm.index_value(v)?;
    usize::try_from(n).map_err(|_| PyErr::value_error(negative))
}

fn chain(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    no_keywords("chain", k)?;
    let source = vm.get_iter(&Value::tuple(a.to_vec()))?;
    Ok(tool(cls, IterKind::Chain, Chain { source: Some(source), active: None }))
}

/// `chain.from_iterable(iterables)`, a class method.
fn chain_from_iterable(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    no_keywords("chain.from_iterable", k)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", a.len())));
    }
    let source = vm.get_iter(&a[0])?;
    Ok(tool(cls, IterKind::Chain, Chain { source: Some(source), active: None }))
}

const ISLICE_INDEX: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// An islice argument as CPython reads it: through `__index__` into a C ssize_t, with -1 for
/// anything that is not one (a float, a str, an int past 64 bits), which islice cannot tell
/// from a real -1.
fn islice_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if !has_index(vm, v) {
        return Ok(-1);
    }
    match vm.index_value(v) {
        Ok(n) => Ok(n),
        Err(e) if e.matches(ExcKind::OverflowError) => Ok(-1),
        Err(e) => Err(e),
    }
}

fn islice(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    no_keywords("islice", k)?;
    if a.len() < 2 {
        return Err(PyErr::type_error(format!("islice expected at least 2 arguments, got {}", a.len())));
    }
    if a.len() > 4 {
        return Err(PyErr::type_error(format!("islice expected at most 4 arguments, got {}", a.len())));
    }
    let (start, stop, step) = if a.len() == 2 { (None, &a[1], None) } else { (Some(&a[1]), &a[2], a.get(3)) };
    let start = match start.filter(|v| !v.is_none()) {
        Some(v) => islice_arg(vm, v)?,
        None => 0,
    };
    let stop = match stop.is_none() {
        true => None,
        false => match islice_arg(vm, stop)? {
            -1 => return Err(PyErr::value_error(ISLICE_STOP)),
            n => Some(n),
        },
    };
    if start < 0 || stop.is_some_and(|n| n < -1) {
        return Err(PyErr::value_error(ISLICE_INDEX));
    }
    let step = match step.filter(|v| !v.is_none()) {
        Some(v) => islice_arg(vm, v)?,
        None => 1,
    };
    if step < 1 {
        return Err(PyErr::value_error("Step for islice() must be a positive integer or None."));
    }
    let source = vm.get_iter(&a[0])?;
    let stop = stop.map(|n| n as usize);
    Ok(tool(cls, IterKind::Islice, Islice { source, taken: 0, wanted: start as usize, stop, step: step as usize }))
}

fn product(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    only_clinic_kwargs("product", k, &["repeat"])?;
    let repeat = match kwarg(k, "repeat") {
        Some(v) => {
            let n = vm.index_value(v)?;
            usize::try_from(n).map_err(|_| PyErr::value_error("repeat argument cannot be negative"))?
        }
        None => 1,
    };
    let mut pools = Vec::with_capacity(a.len());
    for iterable in a {
        pools.push(vm.collect(iterable)?);
    }
    if repeat > 0 && pools.len().checked_mul(repeat).is_none_or(|n| n > isize::MAX as usize / 8) {
        return Err(PyErr::new(ExcKind::OverflowError, "repeat argument too large"));
    }
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
    Ok(native(cls, IterKind::Product, Product { pools, indices: None, done: false }))
}

fn permutations(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let args = clinic("permutations", a, k, &["iterable", "r"], 1)?;
    let pool = vm.collect(args[0].as_ref().expect("required"))?;
    let r = match &args[1] {
        None => pool.len(),
        Some(v) if v.is_none() => pool.len(),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => size(vm, v, "r must be non-negative")?,
        Some(v) if crate::vm::subclass::wrapped(v).is_some_and(|w| matches!(w, Value::Int(_) | Value::BigInt(_))) => size(vm, v, "r must be non-negative")?,
        Some(_) => return Err(PyErr::type_error("Expected int as r")),
    };
    Ok(native(cls, IterKind::Permutations, Permutations::new(pool, r)))
}

/// combinations and combinations_with_replacement: `(iterable, r)`.
fn combinations_of(vm: &mut Vm, a: &[Value], k: &KwArgs, kind: IterKind, replace: bool) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let args = clinic(kind.name(), a, k, &["iterable", "r"], 2)?;
    let pool = vm.collect(args[0].as_ref().expect("required"))?;
    let r = size(vm, args[1].as_ref().expect("required"), "r must be non-negative")?;
    Ok(native(cls, kind, Combinations::new(pool, r, replace)))
}

fn combinations(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    combinations_of(vm, a, k, IterKind::Combinations, false)
}

fn combinations_with_replacement(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    combinations_of(vm, a, k, IterKind::CombinationsWithReplacement, true)
}

fn repeat(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let args = clinic("repeat", a, k, &["object", "times"], 1)?;
    let times = match &args[1] {
        None => None,
        Some(v) => {
            let n = vm.index_value(v)?;
            Some(usize::try_from(n).unwrap_or(0))
        }
    };
    Ok(tool(cls, IterKind::Repeat, Repeat { object: args[0].clone().expect("required"), times }))
}

fn starmap(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let a = positional("starmap", a, k, 2)?;
    let source = vm.get_iter(&a[1])?;
    Ok(tool(cls, IterKind::Starmap, Starmap { function: a[0].clone(), source }))
}

fn zip_longest(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    if k.iter().any(|(n, _)| n.as_str() != "fillvalue") {
        return Err(PyErr::type_error("zip_longest() got an unexpected keyword argument"));
    }
    let mut sources = Vec::with_capacity(a.len());
    for iterable in a {
        sources.push(Some(vm.get_iter(iterable)?));
    }
    let fill = kwarg(k, "fillvalue").cloned().unwrap_or(Value::None);
    Ok(tool(cls, IterKind::ZipLongest, ZipLongest { active: sources.len(), sources, fill }))
}

fn accumulate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    only_clinic_kwargs("accumulate", k, &["iterable", "func", "initial"])?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("accumulate() takes at most 2 positional arguments ({} given)", a.len())));
    }
    let Some(iterable) = a.first().or_else(|| kwarg(k, "iterable")) else {
        return Err(PyErr::type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    let func = a.get(1).or_else(|| kwarg(k, "func")).filter(|f| !f.is_none()).cloned();
    let initial = kwarg(k, "initial").filter(|v| !v.is_none()).cloned();
    let source = vm.get_iter(iterable)?;
    Ok(tool(cls, IterKind::Accumulate, Accumulate { source, func, total: None, initial }))
}

fn pairwise(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let a = positional("pairwise", a, k, 1)?;
    let source = vm.get_iter(&a[0])?;
    Ok(tool(cls, IterKind::Pairwise, Pairwise { source, last: None }))
}

fn compress(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let args = clinic("compress", a, k, &["data", "selectors"], 2)?;
    let data = vm.get_iter(args[0].as_ref().expect("required"))?;
    let selectors = vm.get_iter(args[1].as_ref().expect("required"))?;
    Ok(tool(cls, IterKind::Compress, Compress { data, selectors }))
}

fn predicated(vm: &mut Vm, a: &[Value], k: &KwArgs, kind: IterKind, rule: PredicateRule) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let a = positional(kind.name(), a, k, 2)?;
    let source = vm.get_iter(&a[1])?;
    let predicate = match (&a[0], rule) {
        (Value::None, PredicateRule::FilterFalse) => None,
        (p, _) => Some(p.clone()),
    };
    Ok(tool(cls, kind, Predicated { rule, predicate, source, flipped: false }))
}

fn takewhile(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicated(vm, a, k, IterKind::Takewhile, PredicateRule::TakeWhile)
}

fn dropwhile(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicated(vm, a, k, IterKind::Dropwhile, PredicateRule::DropWhile)
}

fn filterfalse(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicated(vm, a, k, IterKind::Filterfalse, PredicateRule::FilterFalse)
}

fn cycle(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (cls, a) = class_and_args(a)?;
    let a = positional("cycle", a, k, 1)?;
    let source = vm.get_iter(&a[0])?;
    Ok(tool(cls, IterKind::Cycle, Cycle { source: Some(source), saved: Vec::new(), pos: 0 }))
}
