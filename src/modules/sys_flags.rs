//! `sys.flags` (the command-line flags as python3's struct sequence shows them: by name, by
//! index, `sys.flags(debug=0, ...)`), and the other start-up settings sys shows: `orig_argv`,
//! `warnoptions`, `_xoptions`, `dont_write_bytecode`. Read from `crate::config`, never changed.

use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::{Arc, OnceLock};

/// The fields in python3 3.11's order.
struct SysFlags(Vec<(&'static str, Value)>);

fn fields(f: &crate::config::Flags) -> Vec<(&'static str, Value)> {
    let n = |v: u8| Value::Int(v as i64);
    vec![
        ("debug", n(f.debug)),
        ("inspect", n(f.inspect)),
        ("interactive", n(f.interactive)),
        ("optimize", n(f.optimize)),
        ("dont_write_bytecode", n(f.dont_write_bytecode)),
        ("no_user_site", n(f.no_user_site)),
        ("no_site", n(f.no_site)),
        ("ignore_environment", n(f.ignore_environment)),
        ("verbose", n(f.verbose)),
        ("bytes_warning", n(f.bytes_warning)),
        ("quiet", n(f.quiet)),
        ("hash_randomization", Value::Int(1)),
        ("isolated", n(f.isolated)),
        ("dev_mode", Value::Bool(f.dev_mode)),
        ("utf8_mode", n(f.utf8_mode)),
        ("warn_default_encoding", Value::Int(0)),
        ("safe_path", Value::Bool(f.safe_path)),
        ("int_max_str_digits", Value::Int(-1)),
    ]
}

fn this(v: &Value) -> PyResult<&SysFlags> {
    match v {
        Value::Instance(i) => i.native::<SysFlags>().ok_or_else(|| PyErr::type_error("descriptor requires a 'sys.flags' object")),
        _ => Err(PyErr::type_error("descriptor requires a 'sys.flags' object")),
    }
}

fn getattr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(&a[0])?;
    let Some(Value::Str(name)) = a.get(1) else { return Err(PyErr::type_error("attribute name must be string")) };
    f.0.iter()
        .find(|(n, _)| *n == name.as_str())
        .map(|(_, v)| v.clone())
        .ok_or_else(|| PyErr::new(ExcKind::AttributeError, format!("'sys.flags' object has no attribute '{}'", name.as_str())))
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(&a[0])?;
    let i = vm.index_value(a.get(1).unwrap_or(&Value::None))?;
    let len = f.0.len() as i64;
    let at = if i < 0 { i + len } else { i };
    f.0.get(at as usize).filter(|_| at >= 0).map(|(_, v)| v.clone()).ok_or_else(|| PyErr::new(ExcKind::IndexError, "tuple index out of range"))
}

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(&a[0])?.0.len() as i64))
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(&a[0])?;
    let mut parts = Vec::new();
    for (n, v) in &f.0 {
        parts.push(format!("{n}={}", vm.repr(v)?));
    }
    Ok(Value::string(format!("sys.flags({})", parts.join(", "))))
}

fn flags_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class_in("sys", "flags", vec![types().object.clone()], Kind::Native);
        for (n, f) in [("__getattr__", getattr as NativeFn), ("__getitem__", getitem), ("__len__", len), ("__repr__", repr)] {
            c.dict.set_str(intern(n), Builtin::method("flags", n, f));
        }
        c
    })
}

/// Sets sys.flags, sys.orig_argv, sys.warnoptions, sys._xoptions and sys.dont_write_bytecode.
pub fn install(d: &Arc<Dict>) {
    let config = crate::config::get();
    let flags = SysFlags(fields(&config.flags));
    d.set_str(intern("flags"), Value::Instance(Instance::new(flags_class().clone(), Payload::Native(Box::new(flags)))));
    d.set_str(intern("orig_argv"), Value::list(config.orig_argv.iter().map(|s| Value::str(s)).collect()));
    d.set_str(intern("warnoptions"), Value::list(config.warnoptions.iter().map(|s| Value::str(s)).collect()));
    let x = Dict::new();
    for opt in &config.xoptions {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k, Value::str(v)),
            None => (opt.as_str(), Value::Bool(true)),
        };
        x.set_str(intern(k), v);
    }
    d.set_str(intern("_xoptions"), Value::Dict(x));
    d.set_str(intern("dont_write_bytecode"), Value::Bool(config.flags.dont_write_bytecode != 0));
}
