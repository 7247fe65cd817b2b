//! `_functools`: the native `functools.partial` type, as CPython 3.11's C one (its flattening of
//! a plain partial of a partial, its messages, `__reduce__`/`__setstate__`, repr): calling a
//! partial costs one native call and no Python frame of its own. functools.py re-exports it.

use crate::builtins::functions::is_callable;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, KwArgs, Owner};
use crate::objects::native::NativeData;
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use smallvec::SmallVec;
use std::sync::OnceLock;

/// What a partial holds: the callable, the positional arguments put first, and the keywords
/// (the very dict `p.keywords` shows: changing it changes later calls, as in CPython).
struct State {
    func: Value,
    args: Arc<Vec<Value>>,
    keywords: Arc<Dict>,
}

/// A partial's payload; `__setstate__` replaces its state, so it sits in an object cell (held
/// only while it is read or replaced, never across a call).
struct Partial {
    state: ObjCell<State>,
}

impl NativeData for Partial {}

const OWNER: Owner = Owner::Named("partial");

fn state_of(v: &Value, method: &str) -> PyResult<(Value, Arc<Vec<Value>>, Arc<Dict>)> {
    let found = match v {
        Value::Instance(i) => i.native::<Partial>(),
        _ => None,
    };
    match found {
        Some(p) => {
            let s = p.state.lock();
            Ok((s.func.clone(), s.args.clone(), s.keywords.clone()))
        }
        None => Err(PyErr::type_error(format!("descriptor '{method}' requires a 'functools.partial' object but received '{}'", types().of(v).name))),
    }
}

/// A partial keeps str keys only (they came from a call's keywords or a checked state).
fn keyword_list(d: &Dict) -> KwArgs {
    d.items()
        .into_iter()
        .filter_map(|(k, v)| match k {
            Value::Str(s) => Some((s, v)),
            _ => None,
        })
        .collect()
}

/// `partial(func, /, *args, **keywords)`. A partial of a partial whose class calls as partial
/// does (and which has no attributes of its own) is opened up.
fn partial_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!("functools.partial.__new__(X): X is not a type object ({})", types().of(other).name)));
        }
        None => return Err(PyErr::type_error("functools.partial.__new__(): not enough arguments")),
    };
    let Some(target) = a.get(1) else { return Err(PyErr::type_error("type 'partial' takes at least one argument")) };
    if !is_callable(target) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let mut func = target.clone();
    let mut args: Vec<Value> = a[2..].to_vec();
    let keywords = Dict::new();
    if let Value::Instance(inner) = target
        && calls_as_partial(inner.class_ref())
        && inner.dict().is_none_or(|d| d.len() == 0)
        && let Some(p) = inner.native::<Partial>()
    {
        let s = p.state.lock();
        func = s.func.clone();
        args = s.args.iter().cloned().chain(args).collect();
        for (key, v) in keyword_list(&s.keywords) {
            keywords.set_str(key, v);
        }
    }
    for (key, v) in k {
        keywords.set_str(key.clone(), v.clone());
    }
    let state = State { func, args: Arc::new(args), keywords };
    Ok(Value::Instance(Instance::with_dict(cls, Payload::Native(Box::new(Partial { state: ObjCell::new(state) })))))
}

/// Whether instances of `cls` are called by partial's own `__call__` (CPython: `tp_call` is
/// `partial_call`).
fn calls_as_partial(cls: &Arc<Class>) -> bool {
    let own = partial_class().dict.get_str(crate::name!("__call__"));
    match (cls.lookup(crate::name!("__call__")), own) {
        (Some(Value::Builtin(a)), Some(Value::Builtin(b))) => Arc::ptr_eq(&a, &b),
        _ => false,
    }
}

/// `p(*args, **keywords)`: `p.func(*p.args, *args, **{**p.keywords, **keywords})`.
fn partial_call(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(this) = a.first() else { return Err(PyErr::type_error("descriptor '__call__' of 'functools.partial' object needs an argument")) };
    let (func, front, keywords) = state_of(this, "__call__")?;
    let rest = &a[1..];
    let merged;
    let kwargs = if keywords.len() == 0 {
        k
    } else {
        let mut all = keyword_list(&keywords);
        for (key, v) in k {
            match all.iter_mut().find(|(name, _)| name.as_str() == key.as_str()) {
                Some(slot) => slot.1 = v.clone(),
                None => all.push((key.clone(), v.clone())),
            }
        }
        merged = all;
        &merged
    };
    if front.is_empty() {
        return vm.call(&func, rest, kwargs);
    }
    let mut args: SmallVec<[Value; 8]> = SmallVec::with_capacity(front.len() + rest.len());
    args.extend(front.iter().cloned());
    args.extend(rest.iter().cloned());
    vm.call(&func, &args, kwargs)
}

fn partial_func(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(state_of(&a[0], "func")?.0)
}

fn partial_args(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Tuple(state_of(&a[0], "args")?.1))
}

fn partial_keywords(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(state_of(&a[0], "keywords")?.2))
}

/// Setting or deleting `func`, `args` or `keywords` (CPython's read-only members).
fn readonly(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(PyErr::attribute_error("readonly attribute"))
}

/// `functools.partial(<func>, 1, key=2)`; a subclass shows its own name; `...` for a partial
/// met again while its own repr is being made.
fn partial_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let this = &a[0];
    let (func, front, keywords) = state_of(this, "__repr__")?;
    let cls = types().of(this);
    let shown = if Arc::ptr_eq(&cls, partial_class()) { "functools.partial".to_string() } else { cls.name.clone() };
    let text = vm.repr_guard(this, "...", |vm| {
        let mut parts = vec![vm.repr(&func)?];
        for v in front.iter() {
            parts.push(vm.repr(v)?);
        }
        for (key, v) in keyword_list(&keywords) {
            parts.push(format!("{}={}", key.as_str(), vm.repr(&v)?));
        }
        Ok(format!("{shown}({})", parts.join(", ")))
    })?;
    Ok(Value::str(&text))
}

/// `(type(p), (p.func,), (p.func, p.args, p.keywords, p.__dict__ or None))`.
fn partial_reduce(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let this = &a[0];
    let (func, front, keywords) = state_of(this, "__reduce__")?;
    let dict = match this {
        Value::Instance(i) => i.dict().filter(|d| d.len() > 0).map_or(Value::None, Value::Dict),
        _ => Value::None,
    };
    let cls = Value::Class(types().of(this));
    let state = Value::tuple(vec![func.clone(), Value::Tuple(front), Value::Dict(keywords), dict]);
    Ok(Value::tuple(vec![cls, Value::tuple(vec![func]), state]))
}

/// `p.__setstate__((func, args, keywords, dict))`, as pickle calls it.
fn partial_setstate(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("partial.__setstate__() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let invalid = || PyErr::type_error("invalid partial state");
    let Value::Tuple(state) = &a[1] else { return Err(invalid()) };
    let [func, front, keywords, dict] = state.as_slice() else { return Err(invalid()) };
    if !is_callable(func) {
        return Err(invalid());
    }
    let Value::Tuple(front) = front else { return Err(invalid()) };
    let keywords = match keywords {
        Value::None => Dict::new(),
        Value::Dict(d) => d.clone(),
        Value::Instance(i) if matches!(&i.payload, Payload::Base(Value::Dict(_))) => match &i.payload {
            Payload::Base(Value::Dict(d)) => d.copy(),
            _ => unreachable!("matched a dict"),
        },
        _ => return Err(invalid()),
    };
    for (key, _) in keywords.items() {
        if !matches!(key, Value::Str(_)) {
            return Err(PyErr::type_error("keywords must be strings"));
        }
    }
    let Value::Instance(inst) = &a[0] else { return Err(invalid()) };
    let Some(p) = inst.native::<Partial>() else { return Err(invalid()) };
    let old = std::mem::replace(&mut *p.state.lock(), State { func: func.clone(), args: front.clone(), keywords });
    drop(old);
    match dict {
        Value::None => {
            inst.set_dict(Dict::new());
        }
        Value::Dict(d) => {
            inst.set_dict(d.clone());
        }
        other => {
            // CPython keeps any object there; a mapping's items are what can be shown.
            let d = Dict::new();
            let items = vm.call_method(other, "items", &[])?;
            for pair in vm.collect(&items)? {
                let kv = vm.collect(&pair)?;
                if let [key, v] = kv.as_slice() {
                    d.set(vm, key.clone(), v.clone())?;
                }
            }
            inst.set_dict(d);
        }
    }
    Ok(Value::None)
}

type Table = &'static [(&'static str, crate::objects::function::NativeFn)];

const METHODS: Table = &[("__call__", partial_call), ("__repr__", partial_repr), ("__reduce__", partial_reduce), ("__setstate__", partial_setstate)];

const MEMBERS: Table = &[("func", partial_func), ("args", partial_args), ("keywords", partial_keywords)];

const DOC: &str = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";

/// The `functools.partial` class.
pub fn partial_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class_in("functools", "partial", vec![types().object.clone()], Kind::Native);
        for (n, f) in METHODS {
            c.dict.set_str(intern(n), Builtin::method(OWNER, n, *f));
        }
        for (n, f) in MEMBERS {
            let get = Builtin::method(OWNER, n, *f);
            let refuse = Builtin::method(OWNER, n, readonly);
            c.dict.set_str(intern(n), crate::builtins::object::native_property_full(get, refuse.clone(), refuse));
        }
        c.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", partial_new));
        c.dict.set_str(crate::name!("__module__").clone(), Value::str("functools"));
        c.dict.set_str(intern("__doc__"), Value::str(DOC));
        c.dict.set_str(intern("__class_getitem__"), crate::builtins::type_::class_getitem_method(OWNER));
        c
    })
}

pub fn create() -> Value {
    let (m, d) = super::make_module("_functools", &[]);
    d.set_str(intern("partial"), Value::Class(partial_class().clone()));
    m
}
