//! `_imp`: the native half of `_frozen_importlib`'s loaders and of `importlib.util.find_spec`:
//! making a built-in module, running an embedded or a source module in a module's namespace, and
//! finding a module's spec without loading it. The import statement itself never calls this (it
//! runs in vm/import/ directly).

use super::make_module;
use crate::builtins::args::check_args;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn arg_string(v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!("{what} must be str, not {}", crate::objects::types::types().of(other).name))),
    }
}

/// A module's namespace dict.
fn namespace(vm: &mut Vm, module: &Value) -> PyResult<Arc<Dict>> {
    match module {
        Value::Module(m) => Ok(m.dict.clone()),
        other => match vm.get_attr(other, &intern("__dict__"))? {
            Value::Dict(d) => Ok(d),
            _ => Err(PyErr::type_error("module has no namespace dict")),
        },
    }
}

/// The module's name as its spec has it (else its `__name__`).
fn module_name(vm: &mut Vm, module: &Value) -> PyResult<String> {
    if let Ok(spec) = vm.get_attr(module, crate::name!("__spec__"))
        && !matches!(spec, Value::None)
        && let Ok(Value::Str(s)) = vm.get_attr(&spec, &intern("name"))
    {
        return Ok(s.as_str().to_string());
    }
    let name = vm.get_attr(module, crate::name!("__name__"))?;
    arg_string(&name, "module name")
}

/// `create_builtin(spec)`: a new native module for the spec's name.
fn create_builtin(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("create_builtin", a, k, 1, 1)?;
    let name = vm.get_attr(&a[0], &intern("name"))?;
    let name = arg_string(&name, "spec name")?;
    if let Some(m) = vm.interp.modules.get_str(&intern(&name))
        && matches!(name.as_str(), "sys" | "builtins")
    {
        return Ok(m);
    }
    match crate::modules::create(vm, &name)? {
        Some(m) => Ok(m),
        None => Err(PyErr::new(crate::objects::ExcKind::ImportError, format!("no built-in module named {name}"))),
    }
}

/// `exec_frozen(module)`: runs the embedded module's code in the module's namespace.
fn exec_frozen(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("exec_frozen", a, k, 1, 1)?;
    let name = module_name(vm, &a[0])?;
    let dict = namespace(vm, &a[0])?;
    let Some(src) = crate::stdlib::source(&name) else {
        return Err(PyErr::new(crate::objects::ExcKind::ImportError, format!("No such frozen object named '{name}'")));
    };
    vm.run_source(src, &format!("<frozen {name}>"), dict)?;
    Ok(Value::None)
}

/// `exec_source(module, path)`: runs a source file in the module's namespace.
fn exec_source(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("exec_source", a, k, 2, 2)?;
    let path = arg_string(&a[1], "path")?;
    let dict = namespace(vm, &a[0])?;
    vm.run_file(&path, dict)?;
    Ok(Value::None)
}

/// `find_spec(name, path=None)`: the spec an import of the absolute `name` would use, looking in
/// `path` (a package's `__path__`) or the built-in modules and sys.path; None if there is none.
fn find_spec(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("find_spec", a, k, 1, 2)?;
    let name = arg_string(&a[0], "name")?;
    let path = match a.get(1) {
        None | Some(Value::None) => None,
        Some(p) => {
            let items = vm.collect(p)?;
            Some(items.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.as_str().to_string()) } else { None }).collect())
        }
    };
    vm.spec_of(&name, path)
}

/// `is_builtin(name)`: 1 for a built-in module (-1 for one that cannot be re-initialised), else 0.
fn is_builtin(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("is_builtin", a, k, 1, 1)?;
    let name = arg_string(&a[0], "name")?;
    let builtin = crate::vm::import::finder::is_cpython_builtin(&name);
    Ok(Value::Int(match (builtin, name.as_str()) {
        (true, "sys" | "builtins") => -1,
        (true, _) => 1,
        (false, _) => 0,
    }))
}

/// `is_frozen(name)`: whether the embedded standard library has the module.
fn is_frozen(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("is_frozen", a, k, 1, 1)?;
    let name = arg_string(&a[0], "name")?;
    Ok(Value::Bool(crate::stdlib::source(&name).is_some()))
}

/// `stdlib_place()`: the sys.path entry of the embedded standard library.
fn stdlib_place(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("stdlib_place", a, k, 0, 0)?;
    Ok(Value::str(crate::vm::import::finder::stdlib_place()))
}

pub fn create() -> Value {
    make_module(
        "_imp",
        &[
            ("create_builtin", create_builtin),
            ("exec_frozen", exec_frozen),
            ("exec_source", exec_source),
            ("find_spec", find_spec),
            ("is_builtin", is_builtin),
            ("is_frozen", is_frozen),
            ("stdlib_place", stdlib_place),
        ],
    )
    .0
}
