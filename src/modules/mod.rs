//! Native modules: sys, _time, _os and _posixpath (under os.py), math, random, _thread, warnings, _gil, _multiprocessing,
//! _collections, _traceback, _socket, select, _sre, _struct, array, binascii, _hashlib. `create`
//! builds one on
//! its first import.

pub mod array;
pub mod binascii;
pub mod collections;
pub mod convert;
pub mod gil;
pub mod hashlib;
pub mod math;
pub mod os;
pub mod os_extra;
pub mod os_files;
pub mod process;
pub mod pystruct;
pub mod random;
pub mod re;
pub mod select;
pub mod signals;
pub mod socket;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;
pub mod warnings;

use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, NativeFn};
use crate::objects::module::Module;
use crate::objects::str::intern;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;

const NATIVE: &[&str] = &[
    "sys",
    "_time",
    "_os",
    "_posixpath",
    "math",
    "random",
    "_thread",
    "warnings",
    "_gil",
    "gil",
    "_multiprocessing",
    "_collections",
    "_traceback",
    "_socket",
    "select",
    "_sre",
    "_struct",
    "array",
    "binascii",
    "_hashlib",
];

pub fn is_native(name: &str) -> bool {
    NATIVE.contains(&name)
}

/// A module object with the given functions.
pub fn make_module(name: &str, funcs: &[(&'static str, NativeFn)]) -> (Value, std::sync::Arc<Dict>) {
    let d = Dict::new();
    d.set_str(crate::name!("__name__").clone(), Value::str(name));
    for (n, f) in funcs {
        d.set_str(intern(n), Builtin::new(n, *f));
    }
    (Value::Module(Module::new(name, d.clone())), d)
}

pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "sys" => sys::create(vm),
        "_time" => time::create(),
        "_os" => os::create(vm)?,
        "_posixpath" => os::create_path(),
        "math" => math::create(),
        "random" => random::create(),
        "_thread" => thread::create(),
        "warnings" => warnings::create(),
        "_gil" | "gil" => gil::create(name),
        "_multiprocessing" => process::create(),
        "_collections" => collections::create(),
        "_traceback" => traceback::create(),
        "_socket" => socket::create(),
        "select" => select::create(),
        "_sre" => re::create(),
        "_struct" => pystruct::create(),
        "array" => array::create(),
        "binascii" => binascii::create(),
        "_hashlib" => hashlib::create(),
        _ => return Ok(None),
    }))
}
