//! The computed attributes of the callable types (see attr_table.rs): functions (`__name__`,
//! `__defaults__`, `__code__`, ...), bound methods (`__self__`, `__func__`), built-in functions
//! and methods, and closure cells (`cell_contents`).

use super::attr_table::Computed;
use crate::objects::dict::Dict;
use crate::objects::function::{BoundMethod, Builtin, Function};
use crate::objects::types::types;
use crate::objects::value::Cell;
use crate::objects::{PyErr, Value};

pub static FUNCTION: &[Computed<Function>] = &[
    Computed { name: "__name__", get: |_, _, f| Ok(Some(Value::Str(f.name.lock().clone()))) },
    Computed { name: "__qualname__", get: |_, _, f| Ok(Some(Value::string(f.current_qualname()))) },
    Computed { name: "__doc__", get: |_, _, f| Ok(Some(f.attr(crate::name!("__doc__")).unwrap_or_else(|| f.doc.clone()))) },
    Computed { name: "__defaults__", get: |_, _, f| Ok(Some(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) })) },
    Computed { name: "__kwdefaults__", get: |_, _, f| Ok(Some(kwdefaults(f))) },
    Computed { name: "__annotations__", get: |_, _, f| Ok(Some(f.annotations())) },
    // An assigned `__module__` (functools.wraps does that) is kept in the function's dict.
    Computed {
        name: "__module__",
        get: |_, _, f| Ok(Some(f.attr(crate::name!("__module__")).or_else(|| f.globals.get_str(crate::name!("__name__"))).unwrap_or(Value::None))),
    },
    Computed { name: "__dict__", get: |_, _, f| Ok(Some(Value::Dict(f.dict().clone()))) },
    Computed { name: "__code__", get: |_, _, f| Ok(Some(Value::Code(f.code.clone()))) },
    Computed { name: "__globals__", get: |_, _, f| Ok(Some(Value::Dict(f.globals.clone()))) },
    Computed { name: "__closure__", get: |_, _, f| Ok(Some(closure(f))) },
    Computed { name: "__class__", get: |_, _, _| Ok(Some(Value::Class(types().function.clone()))) },
];

/// `f.__kwdefaults__`: None when the function has no keyword-only defaults.
fn kwdefaults(f: &Function) -> Value {
    if f.kwdefaults.is_empty() {
        return Value::None;
    }
    let d = Dict::new();
    for (k, v) in &f.kwdefaults {
        d.set_str(k.clone(), v.clone());
    }
    Value::Dict(d)
}

/// `f.__closure__`: the cells of the free variables, or None.
fn closure(f: &Function) -> Value {
    if f.closure.is_empty() { Value::None } else { Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect()) }
}

pub static METHOD: &[Computed<BoundMethod>] = &[
    Computed { name: "__self__", get: |_, _, m| Ok(Some(m.self_.clone())) },
    Computed { name: "__func__", get: |_, _, m| Ok(Some(m.func.clone())) },
    Computed { name: "__class__", get: |_, _, _| Ok(Some(Value::Class(types().method.clone()))) },
];

/// `len.__qualname__` is its name; a method's is `type.name` (`[].append` gives 'list.append').
fn builtin_qualname(b: &Builtin) -> Value {
    match b.owner {
        crate::objects::function::Owner::Free => Value::str(b.name),
        owner => Value::string(format!("{}.{}", owner.name(), b.name)),
    }
}

/// `print.__module__` is 'builtins'; a method of a type has none.
fn builtin_module(vm: &mut crate::vm::Vm, b: &Builtin) -> Value {
    let in_builtins = matches!(b.owner, crate::objects::function::Owner::Free)
        && matches!(vm.interp.builtins.get_str(&crate::objects::str::intern(b.name)), Some(Value::Builtin(f)) if f.func as usize == b.func as usize);
    if in_builtins { Value::str("builtins") } else { Value::None }
}

/// The doc of a function of `builtins` or a method of a core type (builtins/docs/).
fn builtin_doc(vm: &mut crate::vm::Vm, b: &Builtin) -> Value {
    let doc = if b.owner.is_method() {
        super::docs::method_doc(b.owner, b.name)
    } else if matches!(builtin_module(vm, b), Value::Str(_)) {
        super::docs::function_doc(b.name).map(str::to_string)
    } else {
        None
    };
    doc.map_or(Value::None, |d| Value::str(&d))
}

pub static BUILTIN: &[Computed<Builtin>] = &[
    Computed { name: "__name__", get: |_, _, b| Ok(Some(Value::str(b.name))) },
    Computed { name: "__qualname__", get: |_, _, b| Ok(Some(builtin_qualname(b))) },
    Computed { name: "__module__", get: |vm, _, b| Ok(Some(builtin_module(vm, b))) },
    Computed { name: "__self__", get: |_, _, b| Ok(Some(b.bound.clone().unwrap_or(Value::None))) },
    Computed { name: "__doc__", get: |vm, _, b| Ok(Some(builtin_doc(vm, b))) },
    Computed { name: "__class__", get: |_, _, _| Ok(Some(Value::Class(types().builtin.clone()))) },
];

pub static CELL: &[Computed<Cell>] = &[Computed {
    name: "cell_contents",
    get: |_, _, c| match c.0.lock().clone() {
        Some(v) => Ok(Some(v)),
        None => Err(PyErr::value_error("Cell is empty")),
    },
}];
