//! `import`: sys.modules first, then native modules, then the embedded standard library written in
//! the language, then `NAME.py` beside the main script. Each module runs once.

use super::Vm;
use crate::objects::ExcKind;
use crate::objects::module::Module;
use crate::objects::str::{PyStr, intern};
use crate::objects::{PyErr, PyResult, Value};
use std::sync::Arc;

impl Vm {
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.interp.modules.get_str(&intern(name)) {
            return Ok(m);
        }
        // `a.b`: the package `a` first; the submodule then becomes its attribute `b`.
        let parent = match name.rsplit_once('.') {
            Some((package, child)) => Some((self.import_module(package)?, child)),
            None => None,
        };
        if let Some(m) = self.interp.modules.get_str(&intern(name)) {
            return Ok(m);
        }
        let module = self.load_module(name)?;
        if let Some((Value::Module(package), child)) = parent {
            package.dict.set_str(intern(child), module.clone());
        }
        Ok(module)
    }

    fn load_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = crate::modules::create(self, name)? {
            self.interp.modules.set_str(intern(name), m.clone());
            return Ok(m);
        }
        if let Some(src) = crate::stdlib::source(name) {
            return self.exec_module(name, src, &format!("<frozen {name}>"), None);
        }
        let rel = name.replace('.', "/");
        let dir = self.interp.main_dir.lock().clone();
        for candidate in [dir.join(format!("{rel}.py")), dir.join(&rel).join("__init__.py")] {
            if candidate.is_file() {
                let path = candidate.to_string_lossy().to_string();
                let src = std::fs::read_to_string(&candidate).map_err(|e| PyErr::new(ExcKind::ImportError, format!("cannot read {path}: {e}")))?;
                return self.exec_module(name, &src, &path, Some(&path));
            }
        }
        let err = PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{name}'"));
        self.set_attr(&err.value, &crate::objects::str::intern("name"), Value::str(name))?;
        Err(err)
    }

    /// Runs module source in a fresh namespace registered in sys.modules (removed again on failure).
    pub fn exec_module(&mut self, name: &str, src: &str, filename: &str, file: Option<&str>) -> PyResult<Value> {
        let code = match super::compile_source(src, filename, false) {
            Ok(c) => c,
            Err((e, source)) => return Err(self.syntax_error(&e, &source)),
        };
        let dict = self.new_module_dict(name);
        if let Some(f) = file {
            dict.set_str(crate::name!("__file__").clone(), Value::str(f));
        }
        let module = Value::Module(Module::new(name, dict.clone()));
        self.interp.modules.set_str(intern(name), module.clone());
        if let Err(e) = self.run_code(code, dict) {
            self.interp.modules.remove_str(&intern(name));
            return Err(e);
        }
        // A module may replace itself in sys.modules.
        Ok(self.interp.modules.get_str(&intern(name)).unwrap_or(module))
    }

    pub fn import_from(&mut self, module: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::AttributeError) => {
                let Value::Module(m) = module else { return Err(e) };
                if let Ok(sub) = self.import_module(&format!("{}.{}", m.name, name.as_str())) {
                    return Ok(sub);
                }
                let location = match m.dict.get_str(crate::name!("__file__")) {
                    Some(Value::Str(f)) => f.as_str().to_string(),
                    _ => "unknown location".to_string(),
                };
                let err = PyErr::new(ExcKind::ImportError, format!("cannot import name '{}' from '{}' ({})", name.as_str(), m.name, location));
                self.set_attr(&err.value, &crate::objects::str::intern("name"), Value::str(&m.name))?;
                if let Some(file) = m.dict.get_str(crate::name!("__file__")) {
                    self.set_attr(&err.value, &crate::objects::str::intern("path"), file)?;
                }
                Err(err)
            }
            Err(e) => Err(e),
        }
    }
}
