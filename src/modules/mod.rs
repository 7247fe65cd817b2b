//! Native modules: sys, _time, _os and _posixpath (under os.py), math, random, _thread, _warnings, _gil, _multiprocessing,
//! _collections, _functools, _traceback, _socket, select, _sre, _struct, array, binascii, _hashlib, _io, _json. `create`
//! builds one on
//! its first import.

pub mod array;
pub mod ast_tree;
pub mod binascii;
pub mod bz2;
pub mod code_dis;
pub mod codecs;
pub mod collections;
pub mod convert;
pub mod expat;
pub mod fcntl;
pub mod fd_call;
pub mod functools;
pub mod gc;
pub mod gil;
pub mod hashlib;
pub mod imp;
pub mod int_constants;
pub mod io;
pub mod itertools;
pub mod json;
pub mod lzma;
pub mod marshal;
pub mod math;
pub mod math_log;
pub mod math_special;
pub mod mmap;
pub mod os;
pub mod os_extra;
pub mod os_fd;
pub mod os_files;
pub mod os_ids;
pub mod os_linux;
pub mod os_proc;
pub mod pickle;
pub mod process;
pub mod pwdgrp;
pub mod pystruct;
pub mod random;
pub mod re;
pub mod resource;
pub mod select;
pub mod shmem;
pub mod signal_wait;
pub mod signals;
pub mod sizeof;
pub mod socket;
pub mod sqlite;
pub mod stream_handle;
pub mod subprocess;
pub mod sys;
pub mod sys_extra;
pub mod sys_flags;
pub mod sys_streams;
pub mod syslog;
pub mod termios;
pub mod thread;
pub mod time;
pub mod timeout;
pub mod traceback;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;
pub mod zlib;

use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, NativeFn};
use crate::objects::module::Module;
use crate::objects::str::intern;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;

/// A native module's maker: the VM and the name imported.
type Maker = fn(&mut Vm, &str) -> PyResult<Value>;

/// Every native module, by the name it is imported as, with its maker.
const NATIVE: &[(&str, Maker)] = &[
    ("sys", |vm, _| Ok(sys::create(vm))),
    ("_time", |_, _| Ok(time::create())),
    ("_os", |vm, _| os::create(vm)),
    ("_posixpath", |_, _| Ok(os::create_path())),
    ("math", |_, _| Ok(math::create())),
    ("_random", |_, _| Ok(random::create())),
    ("_resource", |_, _| Ok(resource::create())),
    ("_thread", |_, _| Ok(thread::create())),
    ("_warnings", |_, _| Ok(warnings::create())),
    ("_gil", |_, name| Ok(gil::create(name))),
    ("gil", |_, name| Ok(gil::create(name))),
    ("_multiprocessing", |_, _| Ok(process::create())),
    ("_collections", |_, _| Ok(collections::create())),
    ("_functools", |_, _| Ok(functools::create())),
    ("_expat", |_, _| Ok(expat::create())),
    ("_traceback", |_, _| Ok(traceback::create())),
    ("_socket", |_, _| Ok(socket::create())),
    ("select", |_, _| Ok(select::create())),
    ("_sre", |_, _| Ok(re::create())),
    ("_codecs", |_, _| Ok(codecs::create())),
    ("_struct", |_, _| Ok(pystruct::create())),
    ("array", |_, _| Ok(array::create())),
    ("binascii", |_, _| Ok(binascii::create())),
    ("_hashlib", |_, _| Ok(hashlib::create())),
    ("_imp", |_, _| Ok(imp::create())),
    ("_io", |_, _| Ok(io::create())),
    ("_itertools", |_, _| Ok(itertools::create())),
    ("_json", |_, _| Ok(json::create())),
    ("_pickle", |_, _| Ok(pickle::create())),
    ("_pwdgrp", |_, _| Ok(pwdgrp::create())),
    ("_gc", |_, _| Ok(gc::create())),
    ("_gilpy_dis", |_, _| Ok(code_dis::create())),
    ("_posixshmem", |_, _| Ok(shmem::create())),
    ("_posixsubprocess", |_, _| Ok(subprocess::create())),
    ("_signal", |vm, _| {
        let m = signals::create();
        if let Value::Module(module) = &m {
            signal_wait::install(vm, &module.dict)?;
        }
        Ok(m)
    }),
    ("_weakrefhandle", |_, _| Ok(weakref::create())),
    ("_zlib", |_, _| Ok(zlib::create())),
    ("marshal", |_, _| Ok(marshal::create())),
    ("_sqlite3", |_, _| Ok(sqlite::create())),
    ("_bz2", |_, _| Ok(bz2::create())),
    ("_lzma", |_, _| Ok(lzma::create())),
    ("_ast", |_, _| Ok(ast_tree::create())),
    ("unicodedata", |_, _| Ok(unicodedata::create())),
    // POSIX descriptors and memory (std22b): fcntl, termios, mmap.
    ("fcntl", |_, _| Ok(fcntl::create())),
    ("termios", |_, _| Ok(termios::create())),
    ("mmap", |_, _| Ok(mmap::create())),
    ("syslog", |_, _| Ok(syslog::create())),
    // `builtins`: the built-in namespace itself, so `builtins.print = f` changes what code sees.
    ("builtins", |vm, _| Ok(Value::Module(Module::new("builtins", vm.interp.builtins.clone())))),
];

/// The name of every native module, in the table's order.
pub fn native_names() -> impl Iterator<Item = &'static str> {
    NATIVE.iter().map(|(n, _)| *n)
}

pub fn is_native(name: &str) -> bool {
    NATIVE.iter().any(|(n, _)| *n == name)
}

/// A module object with the given functions.
pub fn make_module(name: &str, funcs: &[(&'static str, NativeFn)]) -> (Value, crate::objects::Arc<Dict>) {
    let d = Dict::new();
    d.set_str(crate::name!("__name__").clone(), Value::str(name));
    for (n, f) in funcs {
        d.set_str(intern(n), Builtin::new(n, *f));
    }
    (Value::Module(Module::new(name, d.clone())), d)
}

pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    match NATIVE.iter().find(|(n, _)| *n == name) {
        Some((_, make)) => make(vm, name).map(Some),
        None => Ok(None),
    }
}
