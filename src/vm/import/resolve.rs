//! Relative imports: the absolute name that `from ..a import b` means in the module whose globals
//! are given (its `__package__`, else `__spec__.parent`, else `__name__` and `__path__`), with
//! CPython's errors. It imports nothing.

use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The package a module's globals place it in, as CPython's `_calc___package__`.
fn package_of(vm: &mut Vm, globals: &Arc<Dict>) -> PyResult<String> {
    let package = globals.get_str(crate::name!("__package__")).filter(|v| !matches!(v, Value::None));
    if let Some(p) = package {
        return match p {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(PyErr::type_error("package must be a string")),
        };
    }
    if let Some(spec) = globals.get_str(crate::name!("__spec__")).filter(|v| !matches!(v, Value::None)) {
        return match vm.get_attr(&spec, &intern("parent"))? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(PyErr::type_error("__spec__.parent must be a string")),
        };
    }
    let name = match globals.get_str(crate::name!("__name__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(PyErr::type_error("__name__ must be a string")),
        None => return Err(PyErr::with_args(ExcKind::KeyError, vec![Value::str("'__name__' not in globals")])),
    };
    if globals.get_str(crate::name!("__path__")).is_some() {
        return Ok(name);
    }
    Ok(name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default())
}

/// The absolute name of `name` imported with `level` leading dots from the module of `globals`.
pub fn resolve(vm: &mut Vm, name: &str, globals: Option<&Arc<Dict>>, level: usize) -> PyResult<String> {
    let Some(globals) = globals else { return Err(PyErr::type_error("globals must be a dict")) };
    let package = package_of(vm, globals)?;
    if package.is_empty() {
        return Err(PyErr::new(ExcKind::ImportError, "attempted relative import with no known parent package"));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package")),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}
