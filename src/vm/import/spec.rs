//! What Python code sees of an import: each module's `__spec__` (a `ModuleSpec` made by the
//! embedded `_frozen_importlib`), `__loader__`, `__package__`, `__path__`, `__file__` and
//! `__cached__`, set in CPython's order; the main module's namespace; and the module repr that reads
//! them. The finding itself is in finder.rs.

use super::finder::{self, Found};
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::function::NO_KWARGS;
use crate::objects::module::Module;
use crate::objects::str::intern;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;

/// The embedded module that defines ModuleSpec and the loaders.
pub const BOOTSTRAP: &str = "_frozen_importlib";

/// What kind of loader a spec gets (the names `_frozen_importlib._spec_for` knows).
#[derive(Clone, Copy)]
enum LoaderKind {
    Builtin,
    Frozen,
    Source,
    Namespace,
}

impl LoaderKind {
    fn name(self) -> &'static str {
        match self {
            LoaderKind::Builtin => "builtin",
            LoaderKind::Frozen => "frozen",
            LoaderKind::Source => "source",
            LoaderKind::Namespace => "namespace",
        }
    }
}

fn dirname(path: &str) -> String {
    std::path::Path::new(path).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
}

impl Vm {
    /// A function of the bootstrap module, importing it on first use.
    pub(super) fn bootstrap_fn(&mut self, name: &str) -> PyResult<Value> {
        let boot = self.import_module(BOOTSTRAP)?;
        self.get_attr(&boot, &intern(name))
    }

    /// The spec of a module found at `found` (None for the bootstrap module itself, which gets its
    /// spec once it has run).
    pub(super) fn make_spec(&mut self, name: &str, found: &Found) -> PyResult<Value> {
        if name == BOOTSTRAP {
            return Ok(Value::None);
        }
        let (kind, origin, locations) = match found {
            Found::Spec(spec) => return Ok(spec.clone()),
            Found::Native => (LoaderKind::Builtin, Value::None, None),
            Found::Embedded { package } => (LoaderKind::Frozen, Value::None, package.then(|| vec![finder::embedded_package_dir(name)])),
            Found::Source { path, package } => (LoaderKind::Source, Value::str(path), package.then(|| vec![dirname(path)])),
            Found::Namespace(dirs) => (LoaderKind::Namespace, Value::None, Some(dirs.clone())),
        };
        let locations = match locations {
            Some(dirs) => Value::list(dirs.iter().map(|d| Value::str(d)).collect()),
            None => Value::None,
        };
        let f = self.bootstrap_fn("_spec_for")?;
        self.call(&f, &[Value::str(kind.name()), Value::str(name), origin, locations], NO_KWARGS)
    }

    /// A new module namespace with the import attributes of `spec`, in CPython's order.
    pub(super) fn spec_namespace(&mut self, name: &str, spec: &Value) -> PyResult<Arc<Dict>> {
        let d = Dict::new();
        d.set_str(crate::name!("__name__").clone(), Value::str(name));
        d.set_str(crate::name!("__doc__").clone(), Value::None);
        self.set_spec_attrs(&d, spec)?;
        d.set_str(crate::name!("__builtins__").clone(), Value::Dict(self.interp.builtins.clone()));
        Ok(d)
    }

    /// `__package__`, `__loader__`, `__spec__`, `__path__`, `__file__`, `__cached__` from a spec.
    fn set_spec_attrs(&mut self, d: &Arc<Dict>, spec: &Value) -> PyResult<()> {
        if matches!(spec, Value::None) {
            return Ok(());
        }
        let parent = self.get_attr(spec, &intern("parent"))?;
        d.set_str(crate::name!("__package__").clone(), parent);
        let loader = self.get_attr(spec, &intern("loader"))?;
        d.set_str(crate::name!("__loader__").clone(), loader);
        d.set_str(crate::name!("__spec__").clone(), spec.clone());
        let locations = self.get_attr(spec, &intern("submodule_search_locations"))?;
        let namespace = !matches!(locations, Value::None) && matches!(self.get_attr(spec, &intern("origin"))?, Value::None);
        if !matches!(locations, Value::None) {
            d.set_str(crate::name!("__path__").clone(), locations);
        }
        let has_location = self.get_attr(spec, &intern("has_location"))?;
        if self.truthy(&has_location)? {
            let origin = self.get_attr(spec, &intern("origin"))?;
            d.set_str(crate::name!("__file__").clone(), origin);
            d.set_str(intern("__cached__"), Value::None);
        } else if namespace {
            d.set_str(crate::name!("__file__").clone(), Value::None);
        }
        Ok(())
    }

    /// Gives a native module its import attributes (its namespace was made by its maker).
    pub(super) fn set_native_spec(&mut self, module: &Value, spec: &Value) -> PyResult<()> {
        let Value::Module(m) = module else { return Ok(()) };
        if m.dict.get_str(crate::name!("__spec__")).is_none() {
            if m.dict.get_str(crate::name!("__doc__")).is_none() {
                m.dict.set_str(crate::name!("__doc__").clone(), Value::None);
            }
            self.set_spec_attrs(&m.dict, spec)?;
        }
        Ok(())
    }

    /// After the bootstrap module has run: its own spec, and the specs of the modules imported
    /// before it could make them.
    pub(super) fn finish_bootstrap(&mut self, module: &Value) -> PyResult<()> {
        let f = self.get_attr(module, &intern("_spec_for"))?;
        let spec = self.call(&f, &[Value::str("frozen"), Value::str(BOOTSTRAP), Value::None, Value::None], NO_KWARGS)?;
        if let Value::Module(m) = module {
            let loader = self.get_attr(&spec, &intern("loader"))?;
            m.dict.set_str(crate::name!("__loader__").clone(), loader);
            m.dict.set_str(crate::name!("__spec__").clone(), spec);
            if let Some(Value::Module(sys)) = self.interp.modules.get_str(crate::name!("sys"))
                && let Some(Value::List(meta_path)) = sys.dict.get_str(&intern("meta_path"))
                && meta_path.items.lock().is_empty()
            {
                let defaults = ["BuiltinImporter", "FrozenImporter", "PathFinder"].iter().filter_map(|n| m.dict.get_str(&intern(n)));
                meta_path.items.lock().extend(defaults);
            }
        }
        Ok(())
    }

    /// Marks a spec as being initialised (CPython's `spec._initializing`), for the "partially
    /// initialized module" error of a circular import.
    pub(super) fn set_initializing(&mut self, spec: &Value, on: bool) {
        if !matches!(spec, Value::None) {
            let _ = self.set_attr(spec, &intern("_initializing"), Value::Bool(on));
        }
    }

    /// The main module's namespace: `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__`,
    /// `__annotations__`, `__builtins__`, then `__file__` and `__cached__` for a file, as CPython
    /// orders them. `spec` is the module's spec under `-m`, else None.
    pub fn main_namespace(&mut self, file: Option<&str>, spec: &Value) -> PyResult<Arc<Dict>> {
        let d = Dict::new();
        d.set_str(crate::name!("__name__").clone(), Value::str("__main__"));
        d.set_str(crate::name!("__doc__").clone(), Value::None);
        let (package, loader) = if matches!(spec, Value::None) {
            let loader = match file {
                Some(path) => {
                    let make = self.bootstrap_fn("SourceFileLoader")?;
                    self.call(&make, &[Value::str("__main__"), Value::str(path)], NO_KWARGS)?
                }
                None => self.bootstrap_fn("BuiltinImporter")?,
            };
            (Value::None, loader)
        } else {
            (self.get_attr(spec, &intern("parent"))?, self.get_attr(spec, &intern("loader"))?)
        };
        d.set_str(crate::name!("__package__").clone(), package);
        d.set_str(crate::name!("__loader__").clone(), loader);
        d.set_str(crate::name!("__spec__").clone(), spec.clone());
        d.set_str(intern("__annotations__"), Value::Dict(Dict::new()));
        d.set_str(crate::name!("__builtins__").clone(), Value::Dict(self.interp.builtins.clone()));
        if let Some(path) = file {
            d.set_str(crate::name!("__file__").clone(), Value::str(path));
            d.set_str(intern("__cached__"), Value::None);
        }
        Ok(d)
    }

    /// A module's repr as CPython 3.11 makes it from its spec: `<module 'm' from 'path'>`,
    /// `<module 'sys' (built-in)>`, `<module 'os' (frozen)>`, `<module 'ns' (loader)>`.
    pub fn module_repr(&mut self, m: &Arc<Module>) -> PyResult<String> {
        let spec = m.dict.get_str(crate::name!("__spec__")).filter(|s| !matches!(s, Value::None));
        let dict_name = match m.dict.get_str(crate::name!("__name__")) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => m.name.clone(),
        };
        let Some(spec) = spec else {
            return Ok(match m.dict.get_str(crate::name!("__file__")) {
                Some(Value::Str(f)) => format!("<module '{dict_name}' from '{}'>", f.as_str()),
                _ if crate::modules::is_native(&m.name) => format!("<module '{dict_name}' (built-in)>"),
                _ => format!("<module '{dict_name}'>"),
            });
        };
        let name = match self.get_attr(&spec, &intern("name")) {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => dict_name,
        };
        let origin = self.get_attr(&spec, &intern("origin"))?;
        if matches!(origin, Value::None) {
            let loader = self.get_attr(&spec, &intern("loader"))?;
            if matches!(loader, Value::None) {
                return Ok(format!("<module '{name}'>"));
            }
            return Ok(format!("<module '{name}' ({})>", self.repr(&loader)?));
        }
        let has_location = self.get_attr(&spec, &intern("has_location"))?;
        if self.truthy(&has_location)? {
            Ok(format!("<module '{name}' from {}>", self.repr(&origin)?))
        } else {
            Ok(format!("<module '{name}' ({})>", self.str(&origin)?))
        }
    }
}
