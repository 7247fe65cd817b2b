//! `warnings`: warn() with CPython's default filters and output (`file:line: Category: text` and
//! the source line), plus simplefilter/filterwarnings/resetwarnings for the common actions.
//! DeprecationWarning shows only when triggered by code in `__main__`, as in CPython 3.11;
//! "default" shows each warning once per location.

use super::make_module;
use crate::builtins::args::{kwarg, only_kwargs};
use crate::objects::class::Class;
use crate::objects::function::KwArgs;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::collections::HashSet;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Default,
    Ignore,
    Always,
    Error,
    Once,
    Module,
}

impl Action {
    fn parse(s: &str) -> Option<Action> {
        Some(match s {
            "default" => Action::Default,
            "ignore" => Action::Ignore,
            "always" => Action::Always,
            "error" => Action::Error,
            "once" => Action::Once,
            "module" => Action::Module,
            _ => return None,
        })
    }
}

/// User filters, newest first; then the built-in defaults apply.
static FILTERS: Mutex<Vec<(Action, Arc<Class>)>> = Mutex::new(Vec::new());
/// Warnings already shown: (text, category, where).
static SHOWN: Mutex<Option<HashSet<(String, String, String)>>> = Mutex::new(None);

fn default_action(category: &Arc<Class>, module: &str) -> Action {
    let is = |name: &str| category.is_subclass(&types().exc(name));
    if is("DeprecationWarning") {
        return if module == "__main__" { Action::Default } else { Action::Ignore };
    }
    if is("PendingDeprecationWarning") || is("ImportWarning") || is("ResourceWarning") {
        return Action::Ignore;
    }
    Action::Default
}

fn warn(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("warn", k, &["message", "category", "stacklevel", "source"])?;
    let message = a.first().or(kwarg(k, "message")).cloned().ok_or_else(|| PyErr::type_error("warn() missing required argument 'message' (pos 1)"))?;
    let stacklevel = match a.get(2).or(kwarg(k, "stacklevel")) {
        Some(v) => vm.index_value(v)?.max(1) as usize,
        None => 1,
    };
    let (category, text) = match &message {
        Value::Instance(i) if i.class().is_subclass(&types().exc("Warning")) => (i.class(), vm.str(&message)?),
        _ => {
            let cat = match a.get(1).or(kwarg(k, "category")) {
                None | Some(Value::None) => types().exc("UserWarning"),
                Some(Value::Class(c)) if c.is_subclass(&types().exc("Warning")) => c.clone(),
                Some(other) => {
                    return Err(PyErr::type_error(format!("category must be a Warning subclass, not '{}'", types().of(other).name)));
                }
            };
            (cat, vm.str(&message)?)
        }
    };
    // The frame the warning is about: `stacklevel` frames up from warn()'s caller.
    let (filename, lineno, module, source_line) = match vm.frame_infos().len().checked_sub(stacklevel).and_then(|i| vm.frame_infos().get(i)) {
        Some(f) => {
            let line = f.code.lines.get(f.lasti).copied().unwrap_or(f.code.first_line);
            let module = match f.globals.get_str(&crate::objects::str::intern("__name__")) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "__main__".to_string(),
            };
            let src = f.code.source.line(line).unwrap_or("").trim().to_string();
            (f.code.source.filename.clone(), line, module, src)
        }
        None => ("sys".to_string(), 1, "sys".to_string(), String::new()),
    };
    let user = FILTERS.lock().iter().find(|(_, c)| category.is_subclass(c)).map(|(a, _)| *a);
    let action = user.unwrap_or_else(|| default_action(&category, &module));
    let key_where = match action {
        Action::Once => String::new(),
        Action::Module => filename.clone(),
        _ => format!("{filename}:{lineno}"),
    };
    match action {
        Action::Ignore => return Ok(Value::None),
        Action::Error => {
            return Err(match &message {
                Value::Instance(_) => PyErr { value: message.clone() },
                _ => PyErr::from_value(crate::objects::exceptions::new_exception(category.clone(), vec![Value::string(text)])),
            });
        }
        Action::Always => {}
        Action::Default | Action::Once | Action::Module => {
            let mut shown = SHOWN.lock();
            if !shown.get_or_insert_with(HashSet::new).insert((text.clone(), category.name.clone(), key_where)) {
                return Ok(Value::None);
            }
        }
    }
    let mut out = format!("{filename}:{lineno}: {}: {text}\n", category.name);
    if !source_line.is_empty() {
        out.push_str(&format!("  {source_line}\n"));
    }
    vm.interp.stdio.flush_out();
    vm.interp.stdio.write_err(&out);
    Ok(Value::None)
}

fn add_filter(vm: &mut Vm, a: &[Value], k: &KwArgs, fname: &str) -> PyResult<Value> {
    let action = match a.first().or(kwarg(k, "action")) {
        Some(Value::Str(s)) => Action::parse(s.as_str()).ok_or_else(|| PyErr::value_error(format!("invalid action: '{}'", s.as_str())))?,
        _ => return Err(PyErr::type_error(format!("{fname}() missing required argument 'action'"))),
    };
    let category = match kwarg(k, "category").or(if fname == "simplefilter" { a.get(1) } else { a.get(2) }) {
        Some(Value::Class(c)) => c.clone(),
        _ => types().exc("Warning"),
    };
    let _ = vm;
    FILTERS.lock().insert(0, (action, category));
    Ok(Value::None)
}

fn simplefilter(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    add_filter(vm, a, k, "simplefilter")
}

fn filterwarnings(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    add_filter(vm, a, k, "filterwarnings")
}

fn resetwarnings(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    FILTERS.lock().clear();
    Ok(Value::None)
}

pub fn create() -> Value {
    make_module("warnings", &[("warn", warn), ("simplefilter", simplefilter), ("filterwarnings", filterwarnings), ("resetwarnings", resetwarnings)]).0
}
