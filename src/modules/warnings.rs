//! `warnings`: warn() with CPython's default filters and output (`file:line: Category: text` and
//! the source line), plus simplefilter/filterwarnings/resetwarnings for the common actions.
//! DeprecationWarning shows only when triggered by code in `__main__`, as in CPython 3.11;
//! "default" shows each warning once per location. showwarning/formatwarning as CPython's; a
//! program that replaces `warnings.showwarning` (logging.captureWarnings) gets every warning shown.

use super::make_module;
use crate::builtins::args::{kwarg, only_kwargs};
use crate::objects::ExcKind;
use crate::objects::class::Class;
use crate::objects::function::KwArgs;
use crate::objects::function::NO_KWARGS;
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

/// A filter: what to do with warnings of a category (and, from -W, a message start, a module and a line).
#[derive(Clone)]
struct Filter {
    action: Action,
    category: Arc<Class>,
    /// -W: the message must start with this (compared case-insensitively, as python3's `re.I`).
    message: Option<String>,
    /// -W: the module must be exactly this.
    module: Option<String>,
    /// -W: the line (0: any).
    lineno: usize,
}

impl Filter {
    fn matches(&self, category: &Arc<Class>, text: &str, module: &str, lineno: usize) -> bool {
        category.is_subclass(&self.category)
            && self.message.as_ref().is_none_or(|m| text.to_lowercase().starts_with(m))
            && self.module.as_ref().is_none_or(|m| m == module)
            && (self.lineno == 0 || self.lineno == lineno)
    }
}

/// User filters, newest first; then the built-in defaults apply.
static FILTERS: Mutex<Vec<Filter>> = Mutex::new(Vec::new());
/// Filter lists saved by `_filters_push` (unittest's assertWarns), restored by `_filters_pop`.
static SAVED: Mutex<Vec<Vec<Filter>>> = Mutex::new(Vec::new());
/// Warnings already shown: (text, category, where).
static SHOWN: Mutex<Option<HashSet<(String, String, String)>>> = Mutex::new(None);

fn default_action(category: &Arc<Class>, module: &str) -> Action {
    let is = |kind: ExcKind| category.is_subclass(types().exc_ref(kind));
    if is(ExcKind::DeprecationWarning) {
        return if module == "__main__" { Action::Default } else { Action::Ignore };
    }
    if is(ExcKind::PendingDeprecationWarning) || is(ExcKind::ImportWarning) || is(ExcKind::ResourceWarning) {
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
        Value::Instance(i) if i.class().is_subclass(&types().exc(ExcKind::Warning)) => (i.class(), vm.str(&message)?),
        _ => {
            let cat = match a.get(1).or(kwarg(k, "category")) {
                None | Some(Value::None) => types().exc(ExcKind::UserWarning),
                Some(Value::Class(c)) if c.is_subclass(&types().exc(ExcKind::Warning)) => c.clone(),
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
    warn_explicit(vm, Warning { category, message, text, filename, lineno: lineno as usize, module, source_line, registry: true })?;
    Ok(Value::None)
}

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
    /// Whether "default" shows it once per location (warn()); the compiler's warnings have no
    /// registry, so each is shown, as CPython's.
    pub registry: bool,
}

/// Issues a warning through the filters: shown (by `showwarning`, or a replacement), ignored, or
/// raised as an exception (the "error" action).
pub fn warn_explicit(vm: &mut Vm, w: Warning) -> PyResult<()> {
    let Warning { category, message, text, filename, lineno, module, source_line, registry } = w;
    let user = FILTERS.lock().iter().find(|f| f.matches(&category, &text, &module, lineno)).map(|f| f.action);
    let action = user.unwrap_or_else(|| default_action(&category, &module));
    let key_where = match action {
        Action::Once => String::new(),
        Action::Module => filename.clone(),
        _ => format!("{filename}:{lineno}"),
    };
    match action {
        Action::Ignore => return Ok(()),
        Action::Error => {
            return Err(match &message {
                Value::Instance(_) => PyErr { value: message.clone() },
                _ => PyErr::from_value(crate::objects::exceptions::new_exception(category.clone(), vec![Value::string(text)])),
            });
        }
        Action::Always => {}
        Action::Default | Action::Module if !registry => {}
        Action::Default | Action::Once | Action::Module => {
            let mut shown = SHOWN.lock();
            if !shown.get_or_insert_with(HashSet::new).insert((text.clone(), category.name.clone(), key_where)) {
                return Ok(());
            }
        }
    }
    // A program (logging.captureWarnings) may have replaced warnings.showwarning: it gets the
    // warning instead, as CPython's warn() hands it over.
    if let Some(hook) = replaced_showwarning(vm) {
        let instance = match &message {
            Value::Instance(i) if i.class().is_subclass(&types().exc(ExcKind::Warning)) => message.clone(),
            _ => crate::objects::exceptions::new_exception(category.clone(), vec![Value::string(text)]),
        };
        let args = [instance, Value::Class(category), Value::string(filename), Value::Int(lineno as i64), Value::None, Value::None];
        vm.call(&hook, &args, NO_KWARGS)?;
        return Ok(());
    }
    let out = format_text(&filename, lineno as i64, &category.name, &text, &source_line);
    vm.interp.stdio.flush_out();
    vm.interp.stdio.write_err(&out);
    Ok(())
}

/// `file:line: Category: text`, then the source line (if any), indented.
fn format_text(filename: &str, lineno: i64, category: &str, text: &str, source_line: &str) -> String {
    let mut out = format!("{filename}:{lineno}: {category}: {text}\n");
    if !source_line.is_empty() {
        out.push_str(&format!("  {source_line}\n"));
    }
    out
}

/// `warnings.showwarning` when a program has set it to something other than the native one.
fn replaced_showwarning(vm: &Vm) -> Option<Value> {
    let Some(Value::Module(m)) = vm.interp.modules.get_str(&crate::objects::str::intern("warnings")) else { return None };
    let hook = m.dict.get_str(&crate::objects::str::intern("showwarning"))?;
    match &hook {
        hook if hook.is(native_showwarning()) => None,
        _ => Some(hook),
    }
}

/// The native `warnings.showwarning` (one object, so that a replacement can be told by identity).
fn native_showwarning() -> &'static Value {
    static HOOK: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    HOOK.get_or_init(|| crate::objects::function::Builtin::new("showwarning", showwarning))
}

/// Line `lineno` of a file, stripped, as linecache gives it ("" if there is none).
pub fn source_line_of(filename: &str, lineno: i64) -> String {
    if lineno < 1 || filename.starts_with('<') {
        return String::new();
    }
    std::fs::read_to_string(filename).ok().and_then(|text| text.lines().nth(lineno as usize - 1).map(|l| l.trim().to_string())).unwrap_or_default()
}

/// formatwarning(message, category, filename, lineno, line=None): the text warn() prints.
fn formatwarning(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("formatwarning", k, &["message", "category", "filename", "lineno", "line"])?;
    let arg = |i: usize, name: &str| a.get(i).or(kwarg(k, name)).cloned();
    let (Some(message), Some(category), Some(filename), Some(lineno)) = (arg(0, "message"), arg(1, "category"), arg(2, "filename"), arg(3, "lineno")) else {
        return Err(PyErr::type_error("formatwarning() missing required arguments (message, category, filename, lineno)"));
    };
    let text = vm.str(&message)?;
    let category = match &category {
        Value::Class(c) => c.name.clone(),
        other => {
            let name = vm.get_attr(other, &crate::objects::str::intern("__name__"))?;
            vm.str(&name)?
        }
    };
    let filename = vm.str(&filename)?;
    let lineno = vm.index_value(&lineno)?;
    let line = match arg(4, "line") {
        None | Some(Value::None) => source_line_of(&filename, lineno),
        Some(v) => vm.str(&v)?.trim().to_string(),
    };
    Ok(Value::string(format_text(&filename, lineno, &category, &text, &line)))
}

/// showwarning(message, category, filename, lineno, file=None, line=None): writes the
/// formatted warning to `file` (sys.stderr by default).
fn showwarning(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("showwarning", k, &["message", "category", "filename", "lineno", "file", "line"])?;
    let file = a.get(4).or(kwarg(k, "file")).cloned().unwrap_or(Value::None);
    let mut fa: Vec<Value> = a.iter().take(4).cloned().collect();
    let mut fk: KwArgs = k.iter().filter(|(n, _)| n.as_str() != "file").cloned().collect();
    if let Some(line) = a.get(5) {
        fk.push((crate::objects::str::intern("line"), line.clone()));
    }
    fa.truncate(4);
    let text = formatwarning(vm, &fa, &fk)?;
    if let Value::None = file {
        let Value::Str(s) = &text else { return Ok(Value::None) };
        vm.interp.stdio.flush_out();
        vm.interp.stdio.write_err(s.as_str());
        return Ok(Value::None);
    }
    let write = vm.get_attr(&file, &crate::objects::str::intern("write"))?;
    vm.call(&write, &[text], NO_KWARGS)?;
    Ok(Value::None)
}

fn add_filter(vm: &mut Vm, a: &[Value], k: &KwArgs, fname: &str) -> PyResult<Value> {
    let action = match a.first().or(kwarg(k, "action")) {
        Some(Value::Str(s)) => Action::parse(s.as_str()).ok_or_else(|| PyErr::value_error(format!("invalid action: '{}'", s.as_str())))?,
        _ => return Err(PyErr::type_error(format!("{fname}() missing required argument 'action'"))),
    };
    let category = match kwarg(k, "category").or(if fname == "simplefilter" { a.get(1) } else { a.get(2) }) {
        Some(Value::Class(c)) => c.clone(),
        _ => types().exc(ExcKind::Warning),
    };
    let _ = vm;
    FILTERS.lock().insert(0, Filter { action, category, message: None, module: None, lineno: 0 });
    Ok(Value::None)
}

/// Adds the filter a `-W` option or PYTHONWARNINGS entry describes
/// (`action:message:category:module:lineno`, every part optional, the action abbreviable);
/// Err is python3's reason for ignoring it.
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
        ["default", "always", "ignore", "module", "once", "error"]
            .iter()
            .find(|a| a.starts_with(action_text))
            .and_then(|a| Action::parse(a))
            .ok_or_else(|| format!("invalid action: '{action_text}'"))?
    };
    let category = match part(2) {
        "" => types().exc(ExcKind::Warning),
        name => {
            let found = match name.rsplit_once('.') {
                Some((module, class)) => vm.import_module(module).ok().and_then(|m| vm.get_attr(&m, &crate::objects::str::intern(class)).ok()),
                None => vm.interp.builtins.get_str(&crate::objects::str::intern(name)),
            };
            match found {
                Some(Value::Class(c)) if c.is_subclass(&types().exc(ExcKind::Warning)) => c,
                Some(_) => return Err(format!("invalid warning category: '{name}'")),
                None => return Err(format!("unknown warning category: '{name}'")),
            }
        }
    };
    let lineno = match part(4) {
        "" => 0,
        n => n.parse::<usize>().map_err(|_| format!("invalid lineno '{n}'"))?,
    };
    let message = Some(part(1).to_lowercase()).filter(|m| !m.is_empty());
    let module = Some(part(3).to_string()).filter(|m| !m.is_empty());
    FILTERS.lock().insert(0, Filter { action, category, message, module, lineno });
    Ok(())
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

/// `_filters_push()`: saves the current filters (the part of CPython's `catch_warnings` that
/// unittest's assertWarns needs); `_filters_pop()` puts the last saved list back.
fn filters_push(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let copy = FILTERS.lock().clone();
    SAVED.lock().push(copy);
    Ok(Value::None)
}

fn filters_pop(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if let Some(saved) = SAVED.lock().pop() {
        *FILTERS.lock() = saved;
    }
    Ok(Value::None)
}

pub fn create() -> Value {
    let module = make_module(
        "warnings",
        &[
            ("warn", warn),
            ("simplefilter", simplefilter),
            ("filterwarnings", filterwarnings),
            ("resetwarnings", resetwarnings),
            ("formatwarning", formatwarning),
            ("_filters_push", filters_push),
            ("_filters_pop", filters_pop),
        ],
    );
    module.1.set_str(crate::objects::str::intern("showwarning"), native_showwarning().clone());
    module.0
}
