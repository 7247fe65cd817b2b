//! `_warnings`, the native half of `warnings` (src/stdlib/warnings.py), as CPython's: the filter
//! list (`filters`, 5-tuples `(action, message, category, module, lineno)` where message and
//! module are None, a str compared exactly, or a compiled pattern whose `match` decides), the
//! default action and the once-registry, `warn()` (which finds the caller's frame and its
//! module's `__warningregistry__`) and `warn_explicit()`. When the Python `warnings` module has
//! been imported, its `filters`, `defaultaction`, `onceregistry` and `_showwarnmsg` are the
//! ones used (a program may rebind them: `catch_warnings` does), as CPython's C code reads them;
//! before that, warnings are printed here in the same format. The compiler's SyntaxWarnings
//! (vm/compile_warnings.rs) and `-W` options come through here too.

use super::make_module;
use crate::builtins::args::{kwarg, only_kwargs};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::Class;
use crate::objects::dict::Dict;
use crate::objects::exceptions::new_exception;
use crate::objects::function::{KwArgs, NO_KWARGS};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::atomic::{AtomicU64, Ordering};

/// What a filter says to do with a warning.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Action {
    Default,
    Ignore,
    Always,
    Error,
    Once,
    Module,
}

impl Action {
    const ALL: [(&'static str, Action); 6] = [
        ("default", Action::Default),
        ("always", Action::Always),
        ("ignore", Action::Ignore),
        ("module", Action::Module),
        ("once", Action::Once),
        ("error", Action::Error),
    ];

    fn parse(s: &str) -> Option<Action> {
        Self::ALL.iter().find(|(name, _)| *name == s).map(|(_, a)| *a)
    }

    fn name(self) -> &'static str {
        Self::ALL.iter().find(|(_, a)| *a == self).map(|(n, _)| *n).unwrap_or("default")
    }
}

/// Bumped by `_filters_mutated()`: a module's `__warningregistry__` remembers the version it
/// was filled under and is emptied when the filters have changed since.
static FILTERS_VERSION: AtomicU64 = AtomicU64::new(1);

/// One warning to issue: its category, the message (a str or a Warning instance) and its text,
/// and where it is about.
pub struct Warning {
    pub category: Arc<Class>,
    pub message: Value,
    pub text: String,
    pub filename: String,
    pub lineno: usize,
    /// The module the filters match against.
    pub module: String,
    /// The source line shown under the warning ("" for none).
    pub source_line: String,
    /// The `__warningregistry__` dict recording what was shown from where (None: the
    /// compiler's warnings, each shown, as CPython's).
    pub registry: Option<Arc<Dict>>,
}

/// An attribute of the Python `warnings` module, if that module has been imported.
fn python_side(vm: &Vm, name: &str) -> Option<Value> {
    match vm.interp.modules.get_str(&intern("warnings"))? {
        Value::Module(m) => m.dict.get_str(&intern(name)),
        _ => None,
    }
}

/// The `_warnings` module's own dict (made on first use).
fn native_side(vm: &mut Vm) -> PyResult<Arc<Dict>> {
    match vm.import_module("_warnings")? {
        Value::Module(m) => Ok(m.dict.clone()),
        _ => Err(PyErr::new(ExcKind::SystemError, "_warnings is not a module")),
    }
}

/// `warnings.NAME` if the Python side exists and has it, else `_warnings.NATIVE`.
fn setting(vm: &mut Vm, name: &str, native: &str) -> PyResult<Option<Value>> {
    if let Some(v) = python_side(vm, name) {
        return Ok(Some(v));
    }
    Ok(native_side(vm)?.get_str(&intern(native)))
}

/// The default filters of CPython 3.11 (no -W options): DeprecationWarning shown for code in
/// `__main__`, ignored elsewhere; PendingDeprecation, Import and Resource warnings ignored.
fn default_filters() -> Value {
    let entry = |action: &str, kind: ExcKind, module: Value| {
        Value::tuple(vec![Value::str(action), Value::None, Value::Class(types().exc(kind)), module, Value::Int(0)])
    };
    Value::list(vec![
        entry("default", ExcKind::DeprecationWarning, Value::str("__main__")),
        entry("ignore", ExcKind::DeprecationWarning, Value::None),
        entry("ignore", ExcKind::PendingDeprecationWarning, Value::None),
        entry("ignore", ExcKind::ImportWarning, Value::None),
        entry("ignore", ExcKind::ResourceWarning, Value::None),
    ])
}

/// Whether a filter's message or module part accepts `text`: None accepts anything, a str must
/// equal it, anything else is asked `.match(text)`.
fn part_matches(vm: &mut Vm, part: &Value, text: &str) -> PyResult<bool> {
    match part {
        Value::None => Ok(true),
        Value::Str(s) => Ok(s.as_str() == text),
        pattern => {
            let found = vm.call_method(pattern, "match", &[Value::str(text)])?;
            vm.truthy(&found)
        }
    }
}

/// The first filter that applies: its action and the filter itself (for error messages).
fn find_filter(vm: &mut Vm, category: &Arc<Class>, text: &str, module: &str, lineno: usize) -> PyResult<(String, Value)> {
    let filters = setting(vm, "filters", "filters")?;
    let Some(Value::List(list)) = filters else {
        return Err(PyErr::value_error("_warnings.filters must be a list"));
    };
    let snapshot = list.items.lock().clone();
    for (i, item) in snapshot.into_iter().enumerate() {
        let Value::Tuple(parts) = &item else {
            return Err(PyErr::value_error(format!("_warnings.filters item {i} isn't a 5-tuple")));
        };
        let [action, message, filter_category, filter_module, filter_lineno] = &parts[..] else {
            return Err(PyErr::value_error(format!("_warnings.filters item {i} isn't a 5-tuple")));
        };
        let Value::Str(action) = action else {
            return Err(PyErr::type_error(format!("action must be a string, not '{}'", types().of(action).name)));
        };
        let category_ok = match filter_category {
            Value::Class(c) => category.is_subclass(c),
            _ => false,
        };
        if !category_ok || !part_matches(vm, message, text)? || !part_matches(vm, filter_module, module)? {
            continue;
        }
        let line = vm.index_value(filter_lineno)?;
        if line == 0 || line == lineno as i64 {
            return Ok((action.as_str().to_string(), item.clone()));
        }
    }
    let default = match setting(vm, "defaultaction", "_defaultaction")? {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(PyErr::type_error(format!("_warnings.defaultaction must be a string, not '{}'", types().of(&other).name))),
        None => "default".to_string(),
    };
    Ok((default, Value::None))
}

/// Whether `registry` already records `key` as shown; empties it first when the filters changed
/// since it was filled.
fn already_shown(vm: &mut Vm, registry: &Arc<Dict>, key: &Value) -> PyResult<bool> {
    let version = Value::Int(FILTERS_VERSION.load(Ordering::Relaxed) as i64);
    let version_key = Value::str("version");
    let recorded = registry.get(vm, &version_key)?;
    if !matches!(&recorded, Some(v) if vm.eq(v, &version)?) {
        registry.clear();
        registry.set(vm, version_key, version)?;
    }
    match registry.get(vm, key)? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// Issues a warning through the filters: shown (by `warnings._showwarnmsg` when the Python side
/// exists, which honours a replaced showwarning/formatwarning), ignored, or raised as an
/// exception (the "error" action).
pub fn warn_explicit(vm: &mut Vm, w: Warning) -> PyResult<()> {
    let Warning { category, message, text, filename, lineno, module, source_line, registry } = w;
    let instance = match &message {
        Value::Instance(i) if i.class().is_subclass(types().exc_ref(ExcKind::Warning)) => message.clone(),
        _ => new_exception(category.clone(), vec![message.clone()]),
    };
    let key = Value::tuple(vec![Value::string(text.clone()), Value::Class(category.clone()), Value::Int(lineno as i64)]);
    if let Some(reg) = &registry
        && already_shown(vm, reg, &key)?
    {
        return Ok(());
    }
    let (action_name, item) = find_filter(vm, &category, &text, &module, lineno)?;
    let Some(action) = Action::parse(&action_name) else {
        let item = vm.repr(&item)?;
        return Err(PyErr::new(ExcKind::RuntimeError, format!("Unrecognized action ('{action_name}') in warnings.filters:\n {item}")));
    };
    let mark = |vm: &mut Vm, key: Value| -> PyResult<()> {
        match &registry {
            Some(reg) => reg.set(vm, key, Value::Int(1)),
            None => Ok(()),
        }
    };
    match action {
        Action::Error => return Err(PyErr::from_value(instance)),
        Action::Ignore => return Ok(()),
        Action::Always => {}
        Action::Default => mark(vm, key)?,
        Action::Once => {
            mark(vm, key)?;
            let once_key = Value::tuple(vec![Value::string(text.clone()), Value::Class(category.clone())]);
            let Some(Value::Dict(once)) = setting(vm, "onceregistry", "_onceregistry")? else {
                return Err(PyErr::type_error("_warnings.onceregistry must be a dict"));
            };
            if let Some(v) = once.get(vm, &once_key)?
                && vm.truthy(&v)?
            {
                return Ok(());
            }
            once.set(vm, once_key, Value::Int(1))?;
        }
        Action::Module => {
            mark(vm, key)?;
            let module_key = Value::tuple(vec![Value::string(text.clone()), Value::Class(category.clone()), Value::Int(0)]);
            if let Some(reg) = &registry {
                if let Some(v) = reg.get(vm, &module_key)?
                    && vm.truthy(&v)?
                {
                    return Ok(());
                }
                reg.set(vm, module_key, Value::Int(1))?;
            }
        }
    }
    show(vm, instance, category, &text, filename, lineno, &source_line)
}

/// Shows a warning that passed the filters.
fn show(vm: &mut Vm, instance: Value, category: Arc<Class>, text: &str, filename: String, lineno: usize, source_line: &str) -> PyResult<()> {
    if let (Some(show), Some(message_class)) = (python_side(vm, "_showwarnmsg"), python_side(vm, "WarningMessage")) {
        let msg = vm.call(&message_class, &[instance, Value::Class(category), Value::string(filename), Value::Int(lineno as i64)], NO_KWARGS)?;
        vm.call(&show, &[msg], NO_KWARGS)?;
        return Ok(());
    }
    let mut out = format!("{filename}:{lineno}: {}: {text}\n", category.name);
    if !source_line.is_empty() {
        out.push_str(&format!("  {source_line}\n"));
    }
    vm.interp.stdio.flush_out();
    vm.interp.stdio.write_err(&out);
    Ok(())
}

/// Line `lineno` of a file, stripped, as linecache gives it ("" if there is none).
pub fn source_line_of(filename: &str, lineno: i64) -> String {
    if lineno < 1 || filename.starts_with('<') {
        return String::new();
    }
    std::fs::read_to_string(filename).ok().and_then(|text| text.lines().nth(lineno as usize - 1).map(|l| l.trim().to_string())).unwrap_or_default()
}

/// The category a warn() call names: the message's class when it is a Warning, else the
/// `category` argument (UserWarning by default), which must be a Warning subclass.
fn category_of(message: &Value, given: Option<&Value>) -> PyResult<Arc<Class>> {
    if let Value::Instance(i) = message
        && i.class().is_subclass(types().exc_ref(ExcKind::Warning))
    {
        return Ok(i.class());
    }
    match given {
        None | Some(Value::None) => Ok(types().exc(ExcKind::UserWarning)),
        Some(Value::Class(c)) if c.is_subclass(types().exc_ref(ExcKind::Warning)) => Ok(c.clone()),
        Some(other) => Err(PyErr::type_error(format!("category must be a Warning subclass, not '{}'", types().of(other).name))),
    }
}

/// The module's `__warningregistry__` in `globals` (made if missing).
pub fn registry_in(vm: &mut Vm, globals: &Arc<Dict>) -> PyResult<Arc<Dict>> {
    let name = intern("__warningregistry__");
    if let Some(Value::Dict(d)) = globals.get_str(&name) {
        return Ok(d);
    }
    let d = Dict::new();
    globals.set_str(name, Value::Dict(d.clone()));
    let _ = vm;
    Ok(d)
}

/// `warnings.warn(text, kind)` on behalf of a built-in: the warning is about the Python line
/// that called it.
pub fn warn_caller(vm: &mut Vm, kind: ExcKind, text: &str) -> PyResult<()> {
    warn(vm, &[Value::str(text), Value::Class(types().exc(kind))], NO_KWARGS).map(|_| ())
}

/// warn(message, category=None, stacklevel=1, source=None)
fn warn(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("warn", k, &["message", "category", "stacklevel", "source"])?;
    if a.len() > 4 {
        return Err(PyErr::type_error(format!("warn() takes at most 4 arguments ({} given)", a.len())));
    }
    let message = a.first().or(kwarg(k, "message")).cloned().ok_or_else(|| PyErr::type_error("warn() missing required argument 'message' (pos 1)"))?;
    let category = category_of(&message, a.get(1).or(kwarg(k, "category")))?;
    let stacklevel = match a.get(2).or(kwarg(k, "stacklevel")) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let text = vm.str(&message)?;
    // The frame the warning is about: `stacklevel` frames up from warn()'s caller.
    let depth = vm.frame_infos().len() as i64;
    let at = depth - stacklevel.max(1);
    let frame = if at >= 0 { vm.frame_infos().get(at as usize).map(|f| (f.code.clone(), f.globals.clone(), f.running_lasti())) } else { None };
    let (filename, lineno, globals, source_line) = match frame {
        Some((code, globals, lasti)) => {
            let line = code.lines.get(lasti).copied().unwrap_or(code.first_line) as usize;
            let src = source_line_of(&code.source.filename, line as i64);
            (code.source.filename.clone(), line, globals, src)
        }
        None => {
            let sys = match vm.interp.modules.get_str(&intern("sys")) {
                Some(Value::Module(m)) => m.dict.clone(),
                _ => Dict::new(),
            };
            ("sys".to_string(), 1, sys, String::new())
        }
    };
    let module = match globals.get_str(&intern("__name__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "<string>".to_string(),
    };
    let registry = Some(registry_in(vm, &globals)?);
    warn_explicit(vm, Warning { category, message, text, filename, lineno, module, source_line, registry })?;
    Ok(Value::None)
}

/// warn_explicit(message, category, filename, lineno, module=None, registry=None,
/// module_globals=None, source=None)
fn warn_explicit_builtin(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    const NAMES: [&str; 8] = ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"];
    only_kwargs("warn_explicit", k, &NAMES)?;
    let arg = |i: usize| a.get(i).or(kwarg(k, NAMES[i])).cloned();
    let (Some(message), Some(category), Some(filename), Some(lineno)) = (arg(0), arg(1), arg(2), arg(3)) else {
        return Err(PyErr::type_error("warn_explicit() missing required argument"));
    };
    let category = category_of(&message, Some(&category))?;
    let Value::Str(filename) = filename else {
        return Err(PyErr::type_error(format!("warn_explicit() argument 3 must be str, not {}", types().of(&filename).name)));
    };
    let filename = filename.as_str().to_string();
    let lineno = vm.index_value(&lineno)?.max(0) as usize;
    let module = match arg(4) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ if filename.is_empty() => "<unknown>".to_string(),
        _ => filename.strip_suffix(".py").unwrap_or(&filename).to_string(),
    };
    let registry = match arg(5) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(other) => return Err(PyErr::type_error(format!("'registry' must be a dict or None, not '{}'", types().of(&other).name))),
    };
    let text = vm.str(&message)?;
    let source_line = source_line_of(&filename, lineno as i64);
    warn_explicit(vm, Warning { category, message, text, filename, lineno, module, source_line, registry })?;
    Ok(Value::None)
}

fn filters_mutated(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    FILTERS_VERSION.fetch_add(1, Ordering::Relaxed);
    Ok(Value::None)
}

/// Adds the filter a `-W` option or PYTHONWARNINGS entry describes
/// (`action:message:category:module:lineno`, every part optional, the action abbreviable) as
/// CPython's `warnings._setoption`: the message a case-insensitive prefix pattern, the module an
/// exact-match pattern. Err is python3's reason for ignoring it.
pub fn add_option_filter(vm: &mut Vm, spec: &str) -> Result<(), String> {
    let parts: Vec<&str> = spec.split(':').map(str::trim).collect();
    if parts.len() > 5 {
        return Err(format!("too many fields (max 5): '{spec}'"));
    }
    let part = |i: usize| parts.get(i).copied().unwrap_or("");
    let action_text = part(0);
    let action = if action_text.is_empty() {
        Action::Default
    } else {
        Action::ALL.iter().find(|(name, _)| name.starts_with(action_text)).map(|(_, a)| *a).ok_or_else(|| format!("invalid action: '{action_text}'"))?
    };
    let category = match part(2) {
        "" => types().exc(ExcKind::Warning),
        name => {
            let found = match name.rsplit_once('.') {
                Some((module, class)) => vm.import_module(module).ok().and_then(|m| vm.get_attr(&m, &intern(class)).ok()),
                None => vm.interp.builtins.get_str(&intern(name)),
            };
            match found {
                Some(Value::Class(c)) if c.is_subclass(types().exc_ref(ExcKind::Warning)) => c,
                Some(_) => return Err(format!("invalid warning category: '{name}'")),
                None => return Err(format!("unknown warning category: '{name}'")),
            }
        }
    };
    let lineno = match part(4) {
        "" => 0,
        n => n.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| format!("invalid lineno '{n}'"))?,
    };
    let pattern = |vm: &mut Vm, text: &str, exact_end: bool| -> Result<Value, String> {
        if text.is_empty() {
            return Ok(Value::None);
        }
        let failed = |_: PyErr| format!("invalid pattern: {text:?}");
        let re = vm.import_module("re").map_err(failed)?;
        let escaped = vm.call_method(&re, "escape", &[Value::str(text)]).map_err(failed)?;
        if exact_end {
            let source = format!("{}\\Z", vm.str(&escaped).map_err(failed)?);
            vm.call_method(&re, "compile", &[Value::string(source)]).map_err(failed)
        } else {
            let flag = vm.get_attr(&re, &intern("I")).map_err(failed)?;
            vm.call_method(&re, "compile", &[escaped, flag]).map_err(failed)
        }
    };
    let message = pattern(vm, part(1), false)?;
    let module = pattern(vm, part(3), true)?;
    let entry = Value::tuple(vec![Value::str(action.name()), message, Value::Class(category), module, Value::Int(lineno)]);
    let list = native_side(vm).ok().and_then(|d| d.get_str(&intern("filters")));
    if let Some(Value::List(list)) = list {
        let current = list.items.lock().clone();
        let mut kept = Vec::with_capacity(current.len() + 1);
        kept.push(entry.clone());
        for existing in current {
            if !vm.eq(&existing, &entry).unwrap_or(false) {
                kept.push(existing);
            }
        }
        *list.items.lock() = kept;
    }
    FILTERS_VERSION.fetch_add(1, Ordering::Relaxed);
    Ok(())
}

pub fn create() -> Value {
    let (module, dict) = make_module("_warnings", &[("warn", warn), ("warn_explicit", warn_explicit_builtin), ("_filters_mutated", filters_mutated)]);
    dict.set_str(intern("filters"), default_filters());
    dict.set_str(intern("_defaultaction"), Value::str("default"));
    dict.set_str(intern("_onceregistry"), Value::Dict(Dict::new()));
    module
}
