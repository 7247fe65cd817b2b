//! Finders that programs put on `sys.meta_path`: when the list holds anything besides the three
//! default finders (BuiltinImporter, FrozenImporter, PathFinder, which stand for the native search),
//! each entry is asked in order with `find_spec(name, path, None)`, and a spec it returns is loaded
//! through its loader (`module_from_spec`, then `exec_module`; `load_module` for old loaders).

use super::finder::Found;
use crate::objects::ExcKind;
use crate::objects::function::NO_KWARGS;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// What one entry of sys.meta_path is.
enum Entry {
    /// One of the default finders: the native search.
    Native,
    /// A finder the program added.
    Custom(Value),
}

impl Vm {
    /// The entries of sys.meta_path when it holds a finder of the program's; None when it holds only
    /// the defaults (or is missing), so the native search alone runs.
    fn custom_meta_path(&mut self) -> PyResult<Option<Vec<Entry>>> {
        let Some(Value::Module(sys)) = self.interp.modules.get_str(crate::name!("sys")) else { return Ok(None) };
        let Some(Value::List(list)) = sys.dict.get_str(&intern("meta_path")) else { return Ok(None) };
        let items = list.items.lock().clone();
        let Some(Value::Module(boot)) = self.interp.modules.get_str(&intern(super::spec::BOOTSTRAP)) else { return Ok(None) };
        let defaults: Vec<Value> = ["BuiltinImporter", "FrozenImporter", "PathFinder"].iter().filter_map(|n| boot.dict.get_str(&intern(n))).collect();
        let is_default = |v: &Value| defaults.iter().any(|d| d.is(v));
        if items.iter().all(is_default) {
            return Ok(None);
        }
        Ok(Some(items.into_iter().map(|v| if is_default(&v) { Entry::Native } else { Entry::Custom(v) }).collect()))
    }

    /// Imports `name` through a sys.meta_path that holds the program's finders; `native` is the
    /// native search's answer, used where a default finder stands. None when nothing finds it.
    pub(super) fn import_by_meta_path(
        &mut self,
        name: &str,
        path: &Value,
        native: impl FnOnce(&mut Vm) -> PyResult<Option<Found>>,
    ) -> PyResult<Option<MetaFound>> {
        let Some(entries) = self.custom_meta_path()? else { return Ok(Some(MetaFound::Native(native(self)?))) };
        let mut native = Some(native);
        for entry in entries {
            match entry {
                Entry::Native => {
                    if let Some(search) = native.take()
                        && let Some(found) = search(self)?
                    {
                        return Ok(Some(MetaFound::Native(Some(found))));
                    }
                }
                Entry::Custom(finder) => {
                    let find = match self.get_attr(&finder, &intern("find_spec")) {
                        Ok(f) => f,
                        Err(e) if e.matches(ExcKind::AttributeError) => continue,
                        Err(e) => return Err(e),
                    };
                    let spec = self.call(&find, &[Value::str(name), path.clone(), Value::None], NO_KWARGS)?;
                    if !matches!(spec, Value::None) {
                        return self.load_from_spec(name, &spec).map(|m| Some(MetaFound::Loaded(m)));
                    }
                }
            }
        }
        Ok(None)
    }

    /// Loads a module from a spec a finder of the program's returned.
    pub(super) fn load_from_spec(&mut self, name: &str, spec: &Value) -> PyResult<Value> {
        let loader = self.get_attr(spec, &intern("loader"))?;
        if matches!(loader, Value::None) {
            return Err(PyErr::new(ExcKind::ImportError, "missing loader"));
        }
        if !self.has_attr(&loader, "exec_module")? && self.has_attr(&loader, "load_module")? {
            let load = self.get_attr(&loader, &intern("load_module"))?;
            self.call(&load, &[Value::str(name)], NO_KWARGS)?;
            return self.interp.modules.get_str(&intern(name)).ok_or_else(|| PyErr::key_error(Value::str(name)));
        }
        let make = self.bootstrap_fn("module_from_spec")?;
        let module = self.call(&make, std::slice::from_ref(spec), NO_KWARGS)?;
        self.interp.modules.set_str(intern(name), module.clone());
        self.set_initializing(spec, true);
        let exec = self.get_attr(&loader, &intern("exec_module"));
        let result = exec.and_then(|exec| self.call(&exec, std::slice::from_ref(&module), NO_KWARGS));
        self.set_initializing(spec, false);
        if let Err(e) = result {
            self.interp.modules.remove_str(&intern(name));
            return Err(e);
        }
        Ok(self.interp.modules.get_str(&intern(name)).unwrap_or(module))
    }
}

/// What the meta path search gave.
pub(super) enum MetaFound {
    /// The native search's answer (None: not found there).
    Native(Option<Found>),
    /// A module a program's finder found, already loaded.
    Loaded(Value),
}
