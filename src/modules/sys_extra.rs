//! The parts of `sys` beyond sys.rs's basics: the installation's places (`prefix`, `platlibdir`,
//! `_stdlib_dir`), version constants (`hexversion`, `api_version`, `copyright`, ...), `displayhook`
//! (the REPL's echo of an expression statement goes through it, as in CPython), `exception()`,
//! `call_tracing`, `is_finalizing`, `getallocatedblocks` and the dlopen flags. Which names are made
//! lazily by `_sysinfo.py` is listed here too (`LAZY`), so that `dir(sys)` shows them.

use crate::builtins::args::check_args;
use crate::objects::dict::Dict;
use crate::objects::function::{KwArgs, NO_KWARGS, NativeFn};
use crate::objects::str::intern;
use crate::objects::{Arc, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::atomic::{AtomicI64, Ordering};

/// sys's names made on first use by `_sysinfo.py`: (name in sys, name in `_sysinfo`).
pub const LAZY: &[(&str, &str)] = &[
    ("addaudithook", "addaudithook"),
    ("audit", "audit"),
    ("breakpointhook", "breakpointhook"),
    ("__breakpointhook__", "breakpointhook"),
    ("flags", "FLAGS"),
    ("float_info", "FLOAT_INFO"),
    ("hash_info", "HASH_INFO"),
    ("implementation", "IMPLEMENTATION"),
    ("int_info", "INT_INFO"),
    ("stdlib_module_names", "STDLIB_MODULE_NAMES"),
    ("thread_info", "THREAD_INFO"),
];

/// The functions of this file, added to sys's table.
pub const FUNCS: &[(&str, NativeFn)] = &[
    ("displayhook", displayhook),
    ("exception", exception),
    ("call_tracing", call_tracing),
    ("is_finalizing", is_finalizing),
    ("getallocatedblocks", getallocatedblocks),
    ("getdlopenflags", getdlopenflags),
    ("setdlopenflags", setdlopenflags),
    ("__dir__", sys_dir),
];

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n\
Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n\
Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n\
Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

/// RTLD_NOW, CPython's default.
static DLOPEN_FLAGS: AtomicI64 = AtomicI64::new(2);

/// Adds the constants (the functions come in through `FUNCS`).
pub fn install(d: &Arc<Dict>) {
    let stdlib = crate::vm::import::finder::stdlib_place();
    // The standard library sits in PREFIX/lib/python3.11, as in a CPython installation.
    let prefix = stdlib.strip_suffix("/lib/python3.11").unwrap_or(stdlib).to_string();
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        d.set_str(intern(name), Value::string(prefix.clone()));
    }
    d.set_str(intern("_stdlib_dir"), Value::str(stdlib));
    d.set_str(intern("platlibdir"), Value::str("lib"));
    d.set_str(intern("hexversion"), Value::Int(0x030b_07f0));
    d.set_str(intern("maxunicode"), Value::Int(0x10_ffff));
    d.set_str(intern("float_repr_style"), Value::str("short"));
    d.set_str(intern("api_version"), Value::Int(1013));
    d.set_str(intern("abiflags"), Value::str(""));
    d.set_str(intern("copyright"), Value::str(COPYRIGHT));
    d.set_str(intern("pycache_prefix"), Value::None);
    if let Some(exe) = d.get_str(crate::name!("executable")) {
        d.set_str(intern("_base_executable"), exe);
    }
    if let Some(stdin) = d.get_str(crate::name!("stdin")) {
        d.set_str(intern("__stdin__"), stdin);
    }
    if let Some(hook) = d.get_str(&intern("displayhook")) {
        d.set_str(intern("__displayhook__"), hook);
    }
}

/// What an expression statement does with its value in interactive code (Op::PrintExpr):
/// hands it to `sys.displayhook`.
pub fn print_expr(vm: &mut Vm, v: Value) -> PyResult<()> {
    match vm.sys_attr("displayhook") {
        Some(hook) => vm.call(&hook, &[v], NO_KWARGS).map(drop),
        None => Err(PyErr::new(ExcKind::RuntimeError, "lost sys.displayhook")),
    }
}

/// sys.displayhook(value): writes repr(value) and a newline to sys.stdout and keeps the value in
/// `builtins._` (None is not shown and leaves `_` alone).
fn displayhook(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sys.displayhook", a, k, 1, 1)?;
    let v = &a[0];
    if v.is_none() {
        return Ok(Value::None);
    }
    let underscore = crate::name!("_").clone();
    vm.interp.builtins.set_str(underscore.clone(), Value::None);
    let out = match vm.sys_attr("stdout") {
        None | Some(Value::None) => return Err(PyErr::new(ExcKind::RuntimeError, "lost sys.stdout")),
        Some(out) => out,
    };
    let text = vm.repr(v)?;
    let standard = matches!(&out, Value::Instance(i) if i.native_data().and_then(|d| d.std_stream()).is_some());
    if standard {
        vm.write_stdout(&format!("{text}\n"))?;
    } else {
        vm.call_method(&out, "write", &[Value::string(text)])?;
        vm.call_method(&out, "write", &[Value::str("\n")])?;
    }
    vm.interp.builtins.set_str(underscore, v.clone());
    Ok(Value::None)
}

/// sys.exception(): the exception being handled, or None.
fn exception(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sys.exception", a, k, 0, 0)?;
    Ok(vm.exc_stack.last().cloned().unwrap_or(Value::None))
}

/// sys.call_tracing(func, args): func(*args) (tracing is never turned off here, so nothing to restore).
fn call_tracing(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("call_tracing", a, k, 2, 2)?;
    match &a[1] {
        Value::Tuple(t) => {
            let args = t.to_vec();
            vm.call(&a[0], &args, NO_KWARGS)
        }
        other => Err(PyErr::type_error(format!("call_tracing() argument 2 must be tuple, not {}", crate::objects::types::types().of(other).name))),
    }
}

/// sys.is_finalizing(): gilpy runs no code after it starts tearing the interpreter down.
fn is_finalizing(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sys.is_finalizing", a, k, 0, 0)?;
    Ok(Value::Bool(false))
}

/// sys.getallocatedblocks(): 0, as CPython answers when it is not using its own small-object
/// allocator (gilpy's objects come from mimalloc, which keeps no such count).
fn getallocatedblocks(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sys.getallocatedblocks", a, k, 0, 0)?;
    Ok(Value::Int(0))
}

fn getdlopenflags(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sys.getdlopenflags", a, k, 0, 0)?;
    Ok(Value::Int(DLOPEN_FLAGS.load(Ordering::Relaxed)))
}

/// sys.setdlopenflags(n): kept for getdlopenflags (gilpy loads no extension modules).
fn setdlopenflags(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setdlopenflags", a, k, 1, 1)?;
    let n = vm.index_value(&a[0])?;
    if i32::try_from(n).is_err() {
        return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"));
    }
    DLOPEN_FLAGS.store(n, Ordering::Relaxed);
    Ok(Value::None)
}

/// sys's `__dir__` (PEP 562): its namespace without the two module hooks, plus the names made lazily.
fn sys_dir(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Module(sys)) = vm.interp.modules.get_str(crate::name!("sys")) else { return Ok(Value::list(Vec::new())) };
    let mut names: Vec<String> =
        sys.dict.keys().iter().filter_map(|k| k.as_str().map(str::to_string)).filter(|n| n != "__getattr__" && n != "__dir__").collect();
    for (name, _) in LAZY {
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}
