//! `import`, as CPython's import system: sys.modules first, then the built-in modules, then sys.path
//! in order (a package's submodules: its `__path__`), see finder.rs; relative names (resolve.rs);
//! each module run once in a namespace carrying its spec (spec.rs); `from m import x` with the
//! submodule fallback and CPython's errors; `__import__`; the module `-m` runs.

mod archive;
pub mod finder;
pub mod locks;
mod meta_path;
pub mod resolve;
pub mod spec;

use super::Vm;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::module::Module;
use crate::objects::str::{PyStr, intern};
use crate::objects::{PyErr, PyResult, Value};
use finder::Found;

/// ModuleNotFoundError with its `name`, as the import system raises it.
fn not_found(vm: &mut Vm, message: String, name: &str) -> PyErr {
    let err = PyErr::new(ExcKind::ModuleNotFoundError, message);
    let _ = vm.set_attr(&err.value, &intern("name"), Value::str(name));
    err
}

/// Why `-m NAME` has nothing to run.
pub enum MainModuleError {
    /// python3's message, printed after "python3: " (exit status 1).
    Message(String),
    /// The module's source is not source text: the SyntaxError line.
    Source(String),
}

/// The module `-m NAME` runs: its code's text and file name, `__file__`, and its spec.
pub struct MainModule {
    pub source: String,
    pub filename: String,
    pub file: Option<String>,
    pub spec: Value,
}

impl Vm {
    /// `import NAME` with an absolute dotted name: the innermost module.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.interp.modules.get_str(&intern(name)) {
            if matches!(m, Value::None) {
                return Err(not_found(self, format!("import of {name} halted; None in sys.modules"), name));
            }
            // Another thread is still running the module: wait for it to finish (locks.rs).
            if !self.interp.import_locks.idle() && self.interp.import_locks.loaded_elsewhere(name, self.stats.id) {
                self.wait_for_import(name)?;
                return self.import_module(name);
            }
            return Ok(m);
        }
        let me = self.stats.id;
        let owned = loop {
            match self.interp.import_locks.claim(name, me) {
                locks::Claim::Owned => break true,
                locks::Claim::Reentrant | locks::Claim::WouldDeadlock => break false,
                locks::Claim::Busy => {
                    self.wait_for_import(name)?;
                    if let Some(m) = self.interp.modules.get_str(&intern(name)) {
                        return Ok(m);
                    }
                }
            }
        };
        let result = self.import_module_claimed(name);
        if owned {
            self.interp.import_locks.release(name);
        }
        result
    }

    /// Waits, the GIL let go, until no other thread loads `name`.
    fn wait_for_import(&mut self, name: &str) -> PyResult<()> {
        let interp = self.interp.clone();
        let me = self.stats.id;
        self.blocking(None, |until| interp.import_locks.wait_released(name, me, until).then_some(()))?;
        Ok(())
    }

    /// `import_module` once this thread owns the import of `name`.
    fn import_module_claimed(&mut self, name: &str) -> PyResult<Value> {
        // `a.b`: the package `a` first; the submodule then becomes its attribute `b`.
        let parent = match name.rsplit_once('.') {
            Some((package, child)) => Some((package, self.import_module(package)?, child)),
            None => None,
        };
        if let Some(m) = self.interp.modules.get_str(&intern(name)) {
            return Ok(m);
        }
        let (entries, path) = match &parent {
            None => (None, Value::None),
            Some((package, module, _)) => match self.package_path(module)? {
                Some(entries) => {
                    let path = self.get_attr(module, crate::name!("__path__"))?;
                    (Some(entries), path)
                }
                None => return Err(not_found(self, format!("No module named '{name}'; '{package}' is not a package"), name)),
            },
        };
        let search = |vm: &mut Vm| match entries {
            Some(entries) => vm.find_on(name, &entries),
            None => match finder::find_builtin(name) {
                Some(found) => Ok(Some(found)),
                None => {
                    let entries = vm.sys_path();
                    vm.find_on(name, &entries)
                }
            },
        };
        let found = match self.import_by_meta_path(name, &path, search)? {
            Some(meta_path::MetaFound::Native(found)) => found,
            Some(meta_path::MetaFound::Loaded(module)) => {
                if let Some((_, package, child)) = parent {
                    let _ = self.set_attr(&package, &intern(child), module.clone());
                }
                return Ok(module);
            }
            None => None,
        };
        let Some(found) = found else { return Err(not_found(self, format!("No module named '{name}'"), name)) };
        let module = self.load(name, &found)?;
        if let Some((_, package, child)) = parent {
            let _ = self.set_attr(&package, &intern(child), module.clone());
        }
        Ok(module)
    }

    /// The str entries of sys.path.
    pub fn sys_path(&mut self) -> Vec<String> {
        let Some(Value::Module(sys)) = self.interp.modules.get_str(crate::name!("sys")) else { return Vec::new() };
        let Some(path) = sys.dict.get_str(crate::name!("path")) else { return Vec::new() };
        let items = self.collect(&path).unwrap_or_default();
        items.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.as_str().to_string()) } else { None }).collect()
    }

    /// A package's `__path__` entries; None when the module is not a package.
    fn package_path(&mut self, module: &Value) -> PyResult<Option<Vec<String>>> {
        let path = match self.get_attr(module, crate::name!("__path__")) {
            Ok(p) => p,
            Err(e) if e.matches(ExcKind::AttributeError) => return Ok(None),
            Err(e) => return Err(e),
        };
        let items = self.collect(&path)?;
        Ok(Some(items.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.as_str().to_string()) } else { None }).collect()))
    }

    /// Makes and runs the module found for `name`, registered in sys.modules (removed again if it
    /// fails).
    fn load(&mut self, name: &str, found: &Found) -> PyResult<Value> {
        if let Found::Spec(spec) = found {
            return self.load_from_spec(name, spec);
        }
        if let Found::Native = found {
            let Some(module) = crate::modules::create(self, name)? else {
                return Err(not_found(self, format!("No module named '{name}'"), name));
            };
            self.interp.modules.set_str(intern(name), module.clone());
            let spec = self.make_spec(name, found)?;
            self.set_native_spec(&module, &spec)?;
            return Ok(module);
        }
        let spec = self.make_spec(name, found)?;
        let dict = self.spec_namespace(name, &spec)?;
        let module = Value::Module(Module::new(name, dict.clone()));
        self.interp.modules.set_str(intern(name), module.clone());
        self.set_initializing(&spec, true);
        let result = match found {
            Found::Embedded { .. } => match crate::stdlib::source(name) {
                Some(src) => self.run_source(src, &format!("<frozen {name}>"), dict),
                None => Ok(()),
            },
            Found::Source { path, .. } => self.run_file(path, dict),
            Found::Native | Found::Namespace(_) | Found::Spec(_) => Ok(()),
        };
        self.set_initializing(&spec, false);
        if let Err(e) = result {
            self.interp.modules.remove_str(&intern(name));
            return Err(e);
        }
        if name == spec::BOOTSTRAP {
            self.finish_bootstrap(&module)?;
        }
        // A module may replace itself in sys.modules.
        Ok(self.interp.modules.get_str(&intern(name)).unwrap_or(module))
    }

    /// Compiles and runs module source text in `dict`.
    pub fn run_source(&mut self, src: &str, filename: &str, dict: Arc<Dict>) -> PyResult<()> {
        let code = match super::compile_source(src, filename, false) {
            Ok(c) => c,
            Err((e, source)) => return Err(self.syntax_error(&e, &source)),
        };
        self.issue_syntax_warnings(&code.source)?;
        self.run_code(code, dict).map(|_| ())
    }

    /// Reads, decodes (PEP 263) and runs a source file in `dict`.
    pub fn run_file(&mut self, path: &str, dict: Arc<Dict>) -> PyResult<()> {
        let bytes = std::fs::read(path).map_err(|e| crate::builtins::file::os_error(&e, path))?;
        let src = crate::codecs::source::decode_source(&bytes).map_err(|e| self.source_error(&e, path, true))?;
        self.run_source(&src, path, dict)
    }

    /// The SyntaxError for source bytes that are not source text (PEP 263), as CPython raises it.
    pub fn source_error(&mut self, e: &crate::codecs::source::SourceError, filename: &str, imported: bool) -> PyErr {
        let message = if imported { e.import_message(filename) } else { e.message(filename) };
        let err = PyErr::new(ExcKind::SyntaxError, message.clone());
        let _ = self.set_attr(&err.value, &intern("msg"), Value::string(message));
        // Only a script names the NUL's place: an imported module's source goes through
        // compile(), whose error has no position.
        if let crate::codecs::source::SourceError::NullByte { line, text } = e {
            let place = [("filename", Value::str(filename)), ("lineno", Value::Int(*line as i64)), ("text", Value::str(text))];
            for (field, value) in place {
                let _ = self.set_attr(&err.value, &intern(field), if imported { Value::None } else { value });
            }
            for field in ["offset", "end_lineno", "end_offset"] {
                let _ = self.set_attr(&err.value, &intern(field), Value::None);
            }
        }
        err
    }

    /// Runs module source in a fresh namespace registered in sys.modules (removed again on failure).
    pub fn exec_module(&mut self, name: &str, src: &str, filename: &str, file: Option<&str>) -> PyResult<Value> {
        let dict = self.new_module_dict(name);
        if let Some(f) = file {
            dict.set_str(crate::name!("__file__").clone(), Value::str(f));
        }
        let module = Value::Module(Module::new(name, dict.clone()));
        self.interp.modules.set_str(intern(name), module.clone());
        if let Err(e) = self.run_source(src, filename, dict) {
            self.interp.modules.remove_str(&intern(name));
            return Err(e);
        }
        Ok(self.interp.modules.get_str(&intern(name)).unwrap_or(module))
    }

    /// IMPORT_NAME: `dotted` may start with dots, a relative import's level.
    pub fn import_name(&mut self, dotted: &str, globals: &Arc<Dict>, locals: Option<Arc<Dict>>, fromlist: Value) -> PyResult<Value> {
        let name = dotted.trim_start_matches('.');
        let level = dotted.len() - name.len();
        // A replaced `builtins.__import__` is called as CPython calls it.
        let Some(hook) = self.interp.builtins.get_str(crate::name!("__import__")) else {
            return Err(PyErr::new(ExcKind::ImportError, "__import__ not found"));
        };
        if !hook.is(&crate::builtins::import_value()) {
            let locals = locals.map_or(Value::None, Value::Dict);
            let args = [Value::str(name), Value::Dict(globals.clone()), locals, fromlist, Value::Int(level as i64)];
            return self.call(&hook, &args, crate::objects::function::NO_KWARGS);
        }
        let module = if level == 0 {
            self.import_module(name)?
        } else {
            let absolute = resolve::resolve(self, name, Some(globals), level)?;
            self.import_module(&absolute)?
        };
        match name.split_once('.') {
            Some((top, _)) if level == 0 && fromlist.is_none() => self.import_module(top),
            _ => Ok(module),
        }
    }

    /// `from module import name`: the attribute, else the package's submodule, else CPython's
    /// ImportError (naming a partially initialised module when the import is circular).
    pub fn import_from(&mut self, module: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if e.matches(ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
        let package = match self.get_attr(module, crate::name!("__name__")) {
            Ok(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        if let Some(package) = &package {
            let full = format!("{package}.{}", name.as_str());
            if self.package_path(module)?.is_some() {
                match self.import_module(&full) {
                    Ok(m) => return Ok(m),
                    Err(e) if e.matches(ExcKind::ModuleNotFoundError) && self.error_names(&e, &full) => {}
                    Err(e) => return Err(e),
                }
            } else if let Some(m) = self.interp.modules.get_str(&intern(&full)) {
                return Ok(m);
            }
        }
        Err(self.cannot_import(module, name.as_str(), package))
    }

    /// Whether an ImportError's `name` is `name`.
    fn error_names(&mut self, e: &PyErr, name: &str) -> bool {
        matches!(self.get_attr(&e.value, &intern("name")), Ok(Value::Str(s)) if s.as_str() == name)
    }

    /// "cannot import name 'x' from 'm' (path)", with its `name` and `path`.
    fn cannot_import(&mut self, module: &Value, name: &str, package: Option<String>) -> PyErr {
        let file = match self.get_attr(module, crate::name!("__file__")) {
            Ok(Value::Str(f)) => Some(f.as_str().to_string()),
            _ => None,
        };
        let location = file.clone().unwrap_or_else(|| "unknown location".to_string());
        let package_text = package.clone().unwrap_or_else(|| "<unknown module name>".to_string());
        let initializing = match self.get_attr(module, crate::name!("__spec__")) {
            Ok(spec) if !matches!(spec, Value::None) => match self.get_attr(&spec, &intern("_initializing")) {
                Ok(v) => self.truthy(&v).unwrap_or(false),
                Err(_) => false,
            },
            _ => false,
        };
        let message = if initializing {
            format!("cannot import name '{name}' from partially initialized module '{package_text}' (most likely due to a circular import) ({location})")
        } else {
            format!("cannot import name '{name}' from '{package_text}' ({location})")
        };
        let err = PyErr::new(ExcKind::ImportError, message);
        let _ = self.set_attr(&err.value, &intern("name"), package.map(Value::string).unwrap_or(Value::None));
        let _ = self.set_attr(&err.value, &intern("path"), file.map(Value::string).unwrap_or(Value::None));
        err
    }

    /// `from module import *` into `ns`: the names of `__all__`, else the public names.
    pub fn import_star(&mut self, module: &Value, ns: &Arc<Dict>) -> PyResult<()> {
        let all = match self.get_attr(module, &intern("__all__")) {
            Ok(v) => Some(v),
            Err(e) if e.matches(ExcKind::AttributeError) => None,
            Err(e) => return Err(e),
        };
        if let Some(all) = all {
            let module_name = match self.get_attr(module, crate::name!("__name__")) {
                Ok(Value::Str(s)) => s.as_str().to_string(),
                _ => "?".to_string(),
            };
            for item in self.collect(&all)? {
                let Value::Str(s) = &item else {
                    let kind = crate::objects::types::types().of(&item).name.clone();
                    return Err(PyErr::type_error(format!("Item in {module_name}.__all__ must be str, not {kind}")));
                };
                let v = match self.get_attr(module, s) {
                    Ok(v) => v,
                    Err(e) if e.matches(ExcKind::AttributeError) && self.package_path(module)?.is_some() => {
                        self.import_module(&format!("{module_name}.{}", s.as_str()))?;
                        self.get_attr(module, s)?
                    }
                    Err(e) => return Err(e),
                };
                ns.set_str(s.clone(), v);
            }
            return Ok(());
        }
        let dict = match module {
            Value::Module(m) => m.dict.clone(),
            other => match self.get_attr(other, &intern("__dict__"))? {
                Value::Dict(d) => d,
                _ => return Err(PyErr::new(ExcKind::ImportError, "from-import-* object has no __dict__ and no __all__")),
            },
        };
        for (k, v) in dict.items() {
            if let Value::Str(s) = &k
                && !s.as_str().starts_with('_')
            {
                ns.set_str(s.clone(), v);
            }
        }
        Ok(())
    }

    /// `__import__(name, globals, locals, fromlist, level)` as CPython's: the top-level package
    /// unless `fromlist` names something (then the module itself, its listed submodules imported).
    pub fn dunder_import(&mut self, name: &Value, globals: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let Value::Str(name) = name else { return Err(PyErr::type_error("module name must be a string")) };
        let name = name.as_str().to_string();
        let level = self.index_value(level)?;
        if level < 0 {
            return Err(PyErr::value_error("level must be >= 0"));
        }
        let absolute = if level > 0 {
            let globals = match globals {
                Value::Dict(d) => Some(d.clone()),
                _ => None,
            };
            resolve::resolve(self, &name, globals.as_ref(), level as usize)?
        } else {
            if name.is_empty() {
                return Err(PyErr::value_error("Empty module name"));
            }
            name.clone()
        };
        let module = self.import_module(&absolute)?;
        let items = if matches!(fromlist, Value::None) { Vec::new() } else { self.collect(fromlist)? };
        if items.is_empty() {
            let top = name.split('.').next().unwrap_or("");
            if level == 0 {
                return self.import_module(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            let cut = name.len() - top.len();
            let wanted = &absolute[..absolute.len() - cut];
            return match self.interp.modules.get_str(&intern(wanted)) {
                Some(m) => Ok(m),
                None => Err(PyErr::new(ExcKind::KeyError, format!("'{wanted}' not in sys.modules as expected"))),
            };
        }
        if self.package_path(&module)?.is_some() {
            self.handle_fromlist(&module, &items, false)?;
        }
        Ok(module)
    }

    /// Imports the submodules a fromlist names that the package does not have as attributes.
    fn handle_fromlist(&mut self, module: &Value, items: &[Value], recursive: bool) -> PyResult<()> {
        let module_name = match self.get_attr(module, crate::name!("__name__")) {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => return Ok(()),
        };
        for item in items {
            let Value::Str(s) = item else {
                let kind = crate::objects::types::types().of(item).name.clone();
                let place = if recursive { format!("{module_name}.__all__") } else { "``from list''".to_string() };
                return Err(PyErr::type_error(format!("Item in {place} must be str, not {kind}")));
            };
            if s.as_str() == "*" {
                if !recursive && let Ok(all) = self.get_attr(module, &intern("__all__")) {
                    let all = self.collect(&all)?;
                    self.handle_fromlist(module, &all, true)?;
                }
                continue;
            }
            if !self.has_attr(module, s.as_str())? {
                let full = format!("{module_name}.{}", s.as_str());
                match self.import_module(&full) {
                    Ok(_) => {}
                    Err(e) if e.matches(ExcKind::ModuleNotFoundError) && self.error_names(&e, &full) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(())
    }

    /// The module `-m NAME` runs (its package's `__main__` for a package), found as an import
    /// would find it; `Err` is python3's message after "python3: ".
    pub fn find_main_module(&mut self, name: &str) -> Result<MainModule, MainModuleError> {
        self.find_main(name).map_err(|e| match e {
            Ok(source) => MainModuleError::Source(source),
            Err(message) => MainModuleError::Message(message),
        })
    }

    /// `find_main_module`'s search; `Err(Ok(..))` is a SyntaxError line, `Err(Err(..))` a message.
    fn find_main(&mut self, name: &str) -> Result<MainModule, Result<String, String>> {
        if name.starts_with('.') {
            return Err(Err("Relative module names not supported".to_string()));
        }
        let found = match self.find_spec_of(name) {
            Ok(f) => f,
            Err(e) => {
                let text = crate::vm::format::exception_str(self, &e.value).unwrap_or_default();
                let kind = crate::objects::types::types().of(&e.value).name.clone();
                return Err(Err(format!("Error while finding module specification for '{name}' ({kind}: {text})")));
            }
        };
        let Some(found) = found else { return Err(Err(format!("No module named {name}"))) };
        let is_package = match &found {
            Found::Spec(spec) => !matches!(self.get_attr(spec, &intern("submodule_search_locations")), Ok(Value::None) | Err(_)),
            other => matches!(other, Found::Embedded { package: true } | Found::Source { package: true, .. } | Found::Namespace(_)),
        };
        if is_package {
            let main = format!("{name}.__main__");
            if let Err(e) = self.import_module(name) {
                let text = crate::vm::format::exception_str(self, &e.value).unwrap_or_default();
                let kind = crate::objects::types::types().of(&e.value).name.clone();
                return Err(Err(format!("Error while finding module specification for '{main}' ({kind}: {text})")));
            }
            return match self.find_main(&main) {
                Err(Err(m)) if m == format!("No module named {main}") => {
                    Err(Err(format!("No module named {main}; '{name}' is a package and cannot be directly executed")))
                }
                other => other,
            };
        }
        let spec = self.make_spec(name, &found).map_err(|e| Err(crate::vm::format::exception_str(self, &e.value).unwrap_or_default()))?;
        match found {
            Found::Native => Err(Err(format!("No code object available for {name}"))),
            Found::Embedded { .. } => {
                let source = crate::stdlib::source(name).unwrap_or("").to_string();
                Ok(MainModule { source, filename: format!("<frozen {name}>"), file: None, spec })
            }
            Found::Source { path, .. } => {
                let bytes = std::fs::read(&path).map_err(|e| Err(format!("cannot read {path}: {e}")))?;
                match crate::codecs::source::decode_source(&bytes) {
                    Ok(source) => Ok(MainModule { source, filename: path.clone(), file: Some(path), spec }),
                    Err(e) => Err(Ok(format!("SyntaxError: {}", e.message(&path)))),
                }
            }
            Found::Namespace(_) => Err(Err(format!("No module named {name}"))),
            Found::Spec(_) => self.spec_main(name, spec).map_err(|e| Err(crate::vm::format::exception_str(self, &e.value).unwrap_or_default())),
        }
    }

    /// Where `name` would be found (its parent packages imported first), without loading it.
    pub fn find_spec_of(&mut self, name: &str) -> PyResult<Option<Found>> {
        if let Some((package, _)) = name.rsplit_once('.') {
            let module = self.import_module(package)?;
            return match self.package_path(&module)? {
                Some(entries) => self.find_on(name, &entries),
                None => Ok(None),
            };
        }
        if let Some(f) = finder::find_builtin(name) {
            return Ok(Some(f));
        }
        let entries = self.sys_path();
        self.find_on(name, &entries)
    }

    /// The spec `importlib.util.find_spec` returns for a module not yet imported (None if absent).
    pub fn spec_of(&mut self, name: &str, path: Option<Vec<String>>) -> PyResult<Value> {
        let found = match path {
            Some(entries) => self.find_on(name, &entries)?,
            None => match finder::find_builtin(name) {
                Some(f) => Some(f),
                None => {
                    let entries = self.sys_path();
                    self.find_on(name, &entries)?
                }
            },
        };
        match found {
            Some(f) => self.make_spec(name, &f),
            None => Ok(Value::None),
        }
    }
}
