//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython's checks and
//! errors, `message`/`exceptions` (kept in the exception's `ExcData::group`), `__str__`, `derive`,
//! `split` and `subgroup`, and the leaf-level helpers `except*` needs (vm/except_star.rs).

use super::args::check_args;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance};
use crate::objects::exceptions::new_exception;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::collections::HashSet;

/// What `split`/`subgroup` test each exception with.
pub enum Matcher {
    /// An exception type or a tuple of them: `isinstance`.
    Types(Vec<Arc<Class>>),
    /// A callable predicate.
    Predicate(Value),
    /// The leaf exceptions with these identities (how `except*` keeps the re-raised parts).
    Leaves(HashSet<usize>),
}

impl Matcher {
    /// CPython's rules for the argument of split()/subgroup().
    pub fn from_value(v: &Value) -> PyResult<Matcher> {
        let base = types().exc(ExcKind::BaseException);
        let bad = || PyErr::type_error("expected a function, exception type or tuple of exception types");
        match v {
            Value::Class(c) if c.is_subclass(&base) => Ok(Matcher::Types(vec![c.clone()])),
            Value::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for t in items.iter() {
                    match t {
                        Value::Class(c) if c.is_subclass(&base) => out.push(c.clone()),
                        _ => return Err(bad()),
                    }
                }
                Ok(Matcher::Types(out))
            }
            f if super::functions::is_callable(f) => Ok(Matcher::Predicate(f.clone())),
            _ => Err(bad()),
        }
    }

    fn test(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(ts) => {
                let c = types().of(exc);
                Ok(ts.iter().any(|t| c.is_subclass(t)))
            }
            Matcher::Predicate(f) => {
                let r = vm.call1(f, exc.clone())?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(exc.ptr().is_some_and(|p| ids.contains(&p))),
        }
    }
}

/// Whether `v` is an instance of BaseExceptionGroup (or a subclass).
pub fn is_group(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class_ref().is_subclass(types().exc_ref(ExcKind::BaseExceptionGroup)))
}

/// The `exceptions` tuple's items of a group (empty for anything else).
pub fn members(v: &Value) -> Vec<Value> {
    if let Value::Instance(i) = v
        && let Some(e) = i.exc()
        && let Some((_, Value::Tuple(t))) = &e.lock().group
    {
        return t.to_vec();
    }
    Vec::new()
}

/// The group's `message`.
pub fn message(v: &Value) -> Value {
    if let Value::Instance(i) = v
        && let Some(e) = i.exc()
        && let Some((m, _)) = &e.lock().group
    {
        return m.clone();
    }
    Value::str("")
}

/// A new group as `BaseExceptionGroup(msg, excs)` makes it (ExceptionGroup when every member is an
/// Exception).
/// `as_list`: the args show the exceptions as a list (else a tuple, as CPython's wrapping of a
/// naked exception).
pub fn make_group(msg: &str, excs: Vec<Value>, as_list: bool) -> Value {
    let exception = types().exc(ExcKind::Exception);
    let all_exceptions = excs.iter().all(|e| types().of(e).is_subclass(&exception));
    let kind = if all_exceptions { ExcKind::ExceptionGroup } else { ExcKind::BaseExceptionGroup };
    let seq = if as_list { Value::list(excs.clone()) } else { Value::tuple(excs.clone()) };
    let eg = new_exception(types().exc(kind), vec![Value::str(msg), seq]);
    set_group(&eg, Value::str(msg), Value::tuple(excs));
    eg
}

fn set_group(eg: &Value, msg: Value, excs: Value) {
    if let Value::Instance(i) = eg
        && let Some(e) = i.exc()
    {
        e.lock().group = Some((msg, excs));
    }
}

/// The identities of every leaf (non-group) exception inside `v`, `v` itself when it is a leaf.
pub fn collect_leaf_ids(v: &Value, out: &mut HashSet<usize>) {
    if is_group(v) {
        for m in members(v) {
            collect_leaf_ids(&m, out);
        }
    } else if let Some(p) = v.ptr() {
        out.insert(p);
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else { return Err(PyErr::type_error("BaseExceptionGroup.__new__(X): X is not a type object")) };
    if a.len() != 3 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", a.len() - 1)));
    }
    let Value::Str(msg) = &a[1] else {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", types().of(&a[1]).name)));
    };
    let excs = match &a[2] {
        Value::List(l) => l.items.lock().clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Instance(i) if i.class_ref().lookup(crate::name!("__getitem__")).is_some() => vm.collect(&a[2])?,
        _ => return Err(PyErr::type_error("second argument (exceptions) must be a sequence")),
    };
    if excs.is_empty() {
        return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base = types().exc(ExcKind::BaseException);
    let exception = types().exc(ExcKind::Exception);
    let mut nest_base = false;
    for (i, e) in excs.iter().enumerate() {
        let c = types().of(e);
        if !matches!(e, Value::Instance(_)) || !c.is_subclass(&base) {
            return Err(PyErr::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        nest_base |= !c.is_subclass(&exception);
    }
    let beg = types().exc(ExcKind::BaseExceptionGroup);
    let eg = types().exc(ExcKind::ExceptionGroup);
    let mut class = cls.clone();
    if Arc::ptr_eq(cls, &beg) {
        if !nest_base {
            class = eg;
        }
    } else if Arc::ptr_eq(cls, &eg) {
        if nest_base {
            return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nest_base && cls.is_subclass(&exception) {
        return Err(PyErr::type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name)));
    }
    let v = vm.new_instance(&class, &a[1..]);
    set_group(&v, Value::Str(msg.clone()), Value::tuple(excs));
    Ok(v)
}

fn eg_str(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = members(&a[0]).len();
    let msg = message(&a[0]);
    let text = msg.as_str().unwrap_or("");
    Ok(Value::string(format!("{text} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn eg_derive(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("derive", a, k, 2, 2)?;
    let beg = Value::Class(types().exc(ExcKind::BaseExceptionGroup));
    vm.call(&beg, &[message(&a[0]), a[1].clone()], NO_KWARGS)
}

fn eg_split(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("split", a, k, 2, 2)?;
    let m = Matcher::from_value(&a[1])?;
    let (matched, rest) = split(vm, &a[0], &m, true)?;
    Ok(Value::tuple(vec![matched.unwrap_or(Value::None), rest.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("subgroup", a, k, 2, 2)?;
    let m = Matcher::from_value(&a[1])?;
    Ok(split(vm, &a[0], &m, false)?.0.unwrap_or(Value::None))
}

/// Splits a group into the part that matches and (when `want_rest`) the part that does not, keeping
/// the nesting; each part is made by `derive` and given the group's traceback, cause, context and
/// notes, as CPython's `exceptiongroup_split_recursive`.
pub fn split(vm: &mut Vm, eg: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.test(vm, eg)? {
        return Ok((Some(eg.clone()), None));
    }
    if !is_group(eg) {
        return Ok((None, Some(eg.clone())));
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in members(eg) {
        let (mi, ri) = split(vm, &e, m, want_rest)?;
        matched.extend(mi);
        if want_rest {
            rest.extend(ri);
        }
    }
    let matched = subset(vm, eg, matched)?;
    let rest = if want_rest { subset(vm, eg, rest)? } else { None };
    Ok((matched, rest))
}

fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let part = vm.call_method(orig, "derive", &[Value::list(excs)])?;
    if !is_group(&part) {
        return Err(PyErr::type_error("derive must return an instance of BaseExceptionGroup"));
    }
    copy_metadata(orig, &part);
    Ok(Some(part))
}

/// Gives `to` the traceback, cause, context and a copy of the notes of `from`.
fn copy_metadata(from: &Value, to: &Value) {
    let (Value::Instance(f), Value::Instance(t)) = (from, to) else { return };
    let (Some(fe), Some(te)) = (f.exc(), t.exc()) else { return };
    if !Arc::ptr_eq(f, t) {
        let src = fe.lock();
        let mut dst = te.lock();
        dst.traceback = src.traceback.clone();
        dst.tb_objects.clear();
        dst.cause = src.cause.clone();
        dst.context = src.context.clone();
        dst.suppress_context = true;
    }
    notes_copy(f, t);
}

fn notes_copy(f: &Arc<Instance>, t: &Arc<Instance>) {
    let notes = intern("__notes__");
    if t.has_dict()
        && let Some(n) = f.attr(&notes)
    {
        let items = match &n {
            Value::List(l) => l.items.lock().clone(),
            Value::Tuple(t) => t.to_vec(),
            _ => return,
        };
        let _ = t.set_attr(&notes, Value::list(items));
    }
}

/// Whether `a` carries the same traceback, cause and context as `b` (a part of `b` re-raised
/// unchanged by an `except*` clause).
pub fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Value::Instance(x), Value::Instance(y)) = (a, b) else { return false };
    let (Some(xe), Some(ye)) = (x.exc(), y.exc()) else { return false };
    if Arc::ptr_eq(x, y) {
        return true;
    }
    let (p, q) = (xe.lock(), ye.lock());
    let same = |u: &Option<Value>, v: &Option<Value>| match (u, v) {
        (None, None) => true,
        (Some(u), Some(v)) => u.is(v),
        _ => false,
    };
    same(&p.cause, &q.cause)
        && same(&p.context, &q.context)
        && p.traceback.len() == q.traceback.len()
        && p.traceback.iter().zip(q.traceback.iter()).all(|(s, t)| s.frame_id == t.frame_id && s.lasti == t.lasti && Arc::ptr_eq(&s.code, &t.code))
}

/// `BaseException.add_note(note)` (3.11): appends to the `__notes__` list, made on first use.
fn add_note(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("add_note", a, k, 2, 2)?;
    if !matches!(a[1], Value::Str(_)) {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", types().of(&a[1]).name)));
    }
    let Value::Instance(i) = &a[0] else { return Ok(Value::None) };
    let Some(d) = i.dict() else { return Ok(Value::None) };
    let key = intern("__notes__");
    match d.get_str(&key) {
        None => d.set_str(key, Value::list(vec![a[1].clone()])),
        Some(Value::List(l)) => l.items.lock().push(a[1].clone()),
        Some(_) => return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

pub fn install() {
    let beg = types().exc(ExcKind::BaseExceptionGroup);
    let methods: &[(&'static str, NativeFn)] = &[("__str__", eg_str), ("derive", eg_derive), ("split", eg_split), ("subgroup", eg_subgroup)];
    for (n, f) in methods {
        beg.dict.set_str(intern(n), Builtin::method(Owner::BaseExceptionGroup, n, *f));
    }
    beg.dict.set_str(crate::name!("__new__").clone(), Builtin::method(Owner::BaseExceptionGroup, "__new__", eg_new));
    beg.dict.set_str(intern("__class_getitem__"), super::type_::class_getitem_method(Owner::BaseExceptionGroup));
    types().exc(ExcKind::BaseException).dict.set_str(intern("add_note"), Builtin::method(Owner::Named("BaseException"), "add_note", add_note));
}
