//! The `sys` module: argv, path, modules, exit, the standard streams, recursion limit, and the switch
//! interval (as a time, like CPython, and as an instruction count: setcheckinterval).

use super::make_module;
use crate::builtins::args::{arg_f64, check_args};
use crate::objects::ExcKind;
use crate::objects::class::{Instance, Payload};
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;
use std::sync::atomic::Ordering;

/// Which OS stream a `sys.stdout`-like object writes to.
pub use crate::objects::native::StdStream as Stream;

/// The standard streams show their file's repr and let print write to them directly.
impl crate::objects::native::NativeData for Stream {
    fn repr(&self) -> Option<String> {
        let (name, mode) = match self {
            Stream::Out => ("<stdout>", 'w'),
            Stream::Err => ("<stderr>", 'w'),
            Stream::In => ("<stdin>", 'r'),
        };
        Some(format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"))
    }

    fn std_stream(&self) -> Option<Stream> {
        Some(*self)
    }
}

fn stream_write(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("write", a, k, 2, 2)?;
    let Value::Instance(i) = &a[0] else { return Err(PyErr::type_error("write on a non-stream")) };
    let s = match &a[1] {
        Value::Str(s) => s.clone(),
        other => return Err(PyErr::type_error(format!("write() argument must be str, not {}", crate::objects::types::types().of(other).name))),
    };
    match i.native::<Stream>() {
        Some(Stream::Out) => vm.write_stdout(s.as_str())?,
        Some(Stream::Err) => vm.write_stderr(s.as_str()),
        _ => return Err(PyErr::new(ExcKind::UnsupportedOperation, "not writable")),
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.flush_stdout()?;
    Ok(Value::None)
}

fn stream_fileno(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Instance(i) = &a[0] else { return Ok(Value::Int(-1)) };
    Ok(Value::Int(match i.native::<Stream>() {
        Some(Stream::In) => 0,
        Some(Stream::Out) => 1,
        _ => 2,
    }))
}

fn stream_readline(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match crate::builtins::io::read_stdin_line(vm)? {
        Some(s) => Ok(Value::string(s)),
        None => Ok(Value::str("")),
    }
}

/// The `name` of a standard stream: `<stdout>`, as CPython's.
fn stream_name(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(i)) = a.first() else { return Err(PyErr::type_error("descriptor requires a stream")) };
    Ok(Value::str(match i.native::<Stream>() {
        Some(Stream::In) => "<stdin>",
        Some(Stream::Out) => "<stdout>",
        _ => "<stderr>",
    }))
}

/// `sys.stdout.buffer` and the others: the binary layer, made once per stream.
fn stream_buffer(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    static CELLS: [OnceLock<Value>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let Some(Value::Instance(i)) = a.first() else { return Err(PyErr::type_error("descriptor requires a stream")) };
    let which = i.native::<Stream>().copied().unwrap_or(Stream::Err);
    let slot = match which {
        Stream::In => 0,
        Stream::Out => 1,
        Stream::Err => 2,
    };
    if let Some(v) = CELLS[slot].get() {
        return Ok(v.clone());
    }
    let made = crate::builtins::file::std_buffer(which)?;
    Ok(CELLS[slot].get_or_init(|| made).clone())
}

/// What a standard stream does for `name` (its methods and properties), when `this` is one:
/// the standard streams are instances of `_io.TextIOWrapper` (as CPython's), whose methods ask
/// here first (builtins/file/classes.rs).
pub fn stream_method(this: &Value, name: &str) -> Option<NativeFn> {
    let Value::Instance(i) = this else { return None };
    let which = *i.native::<Stream>()?;
    if let Some(refuse) = super::sys_streams::closed_method(which, name) {
        return Some(refuse);
    }
    let own: [(&str, NativeFn); 6] = [
        ("write", stream_write),
        ("flush", stream_flush),
        ("fileno", stream_fileno),
        ("readline", stream_readline),
        ("name", stream_name),
        ("buffer", stream_buffer),
    ];
    own.iter().chain(super::sys_streams::METHODS.iter()).chain(super::sys_streams::PROPERTIES.iter()).find(|(n, _)| *n == name).map(|(_, f)| *f)
}

pub fn stream(kind: Stream) -> Value {
    Value::Instance(Instance::new(crate::builtins::file::text_class(), Payload::Native(Box::new(kind))))
}

fn exit(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("exit", a, k, 0, 1)?;
    Err(PyErr::with_args(ExcKind::SystemExit, a.to_vec()))
}

/// getdefaultencoding() and getfilesystemencoding(): gilpy's strings are UTF-8 everywhere.
fn getdefaultencoding(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getdefaultencoding", a, k, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencoding(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getfilesystemencoding", a, k, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getfilesystemencodeerrors", a, k, 0, 0)?;
    Ok(Value::str("surrogateescape"))
}

fn getrecursionlimit(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setrecursionlimit", a, k, 1, 1)?;
    let n = vm.index_value(&a[0])?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.interp.recursion_limit.store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn get_int_max_str_digits(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if !a.is_empty() || !k.is_empty() {
        return Err(PyErr::type_error(format!("sys.get_int_max_str_digits() takes no arguments ({} given)", a.len() + k.len())));
    }
    Ok(Value::Int(crate::objects::int_text::limit() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let given = match (a, crate::builtins::args::kwarg(k, "maxdigits")) {
        ([v], None) | ([], Some(v)) if k.len() == usize::from(a.is_empty()) => v.clone(),
        ([], None) => return Err(PyErr::type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")),
        _ => return Err(PyErr::type_error(format!("set_int_max_str_digits() takes at most 1 argument ({} given)", a.len() + k.len()))),
    };
    let n = crate::builtins::sizes::c_int(vm, &given)?;
    crate::objects::int_text::set_limit(n as i64)?;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(vm.interp.gil.interval_seconds()))
}

fn setswitchinterval(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setswitchinterval", a, k, 1, 1)?;
    let s = arg_f64(vm, &a[0])?;
    if s <= 0.0 {
        return Err(PyErr::value_error("switch interval must be strictly positive"));
    }
    vm.interp.gil.set_interval_seconds(s);
    Ok(Value::None)
}

fn getcheckinterval(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.gil.interval() as i64))
}

fn setcheckinterval(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setcheckinterval", a, k, 1, 1)?;
    super::gil::set_interval_from(vm, &a[0], "check interval must be strictly positive")
}

fn exc_info(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(match vm.exc_stack.last() {
        Some(e) => Value::tuple(vec![Value::Class(crate::objects::types::types().of(e)), e.clone(), crate::vm::traceback_object::traceback_of(vm, e)]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// sys.intern(s): the one shared copy of an exact str.
fn intern_fn(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("intern", a, k, 1, 1)?;
    match &a[0] {
        Value::Str(s) => Ok(Value::Str(crate::objects::str::intern(s.as_str()))),
        Value::Instance(i) if matches!(i.payload, crate::objects::class::Payload::Base(Value::Str(_))) => {
            Err(PyErr::type_error(format!("can't intern {}", i.class_ref().name)))
        }
        other => Err(PyErr::type_error(format!("intern() argument must be str, not {}", crate::objects::types::types().of(other).name))),
    }
}

/// PEP 562 hook of sys: the names of `sys_extra::LAZY` (`flags`, `implementation`, `int_info`, ...) are made by the
/// embedded `_sysinfo` on first use and then kept in sys's namespace.
fn lazy_attr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Str(name)) = a.first() else { return Err(PyErr::type_error("attribute name must be string")) };
    let Some((_, field)) = super::sys_extra::LAZY.iter().find(|(n, _)| *n == name.as_str()) else {
        return Err(PyErr::attribute_error(format!("module 'sys' has no attribute '{}'", name.as_str())));
    };
    let info = vm.import_module("_sysinfo")?;
    let v = vm.get_attr(&info, &crate::objects::str::intern(field))?;
    if let Some(Value::Module(sys)) = vm.interp.modules.get_str(crate::name!("sys")) {
        sys.dict.set_str(name.clone(), v.clone());
    }
    Ok(v)
}

fn getrefcount(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(2))
}

/// sys.path at start-up, as python3 builds it: the script's folder ('' for -c, stdin and the REPL;
/// left out under -P/-I), the PYTHONPATH entries made absolute (ignored under -E/-I), then the
/// embedded standard library's place.
fn initial_path(vm: &Vm) -> Vec<String> {
    let flags = &crate::config::get().flags;
    let mut path = Vec::new();
    if !flags.safe_path {
        path.push(vm.interp.main_dir.lock().to_string_lossy().to_string());
    }
    if flags.ignore_environment == 0
        && let Some(extra) = std::env::var_os("PYTHONPATH")
    {
        let cwd = std::env::current_dir().unwrap_or_default();
        for entry in std::env::split_paths(&extra) {
            let entry = cwd.join(entry).to_string_lossy().trim_end_matches('/').to_string();
            let entry = if entry.is_empty() { "/".to_string() } else { entry };
            if !path[usize::from(!flags.safe_path)..].contains(&entry) {
                path.push(entry);
            }
        }
    }
    path.push(crate::vm::import::finder::stdlib_place().to_string());
    path
}

pub fn create(vm: &mut Vm) -> Value {
    let (m, d) = make_module(
        "sys",
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getfilesystemencoding),
            ("getfilesystemencodeerrors", getfilesystemencodeerrors),
            ("setrecursionlimit", setrecursionlimit),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("getcheckinterval", getcheckinterval),
            ("setcheckinterval", setcheckinterval),
            ("exc_info", exc_info),
            ("excepthook", crate::vm::excepthook::sys_excepthook),
            ("unraisablehook", crate::vm::excepthook::sys_unraisablehook),
            ("getrefcount", getrefcount),
            ("intern", intern_fn),
            ("getsizeof", super::sizeof::getsizeof),
            ("_current_frames", crate::vm::frame_object::sys_current_frames),
            ("_getframe", crate::vm::frame_object::sys_getframe),
            ("settrace", crate::vm::trace::sys_settrace),
            ("setprofile", crate::vm::trace::sys_setprofile),
            ("gettrace", crate::vm::trace::sys_gettrace),
            ("getprofile", crate::vm::trace::sys_getprofile),
        ],
    );
    // _getframe() with no depth shows its caller's local variables (see `FrameBuiltin`).
    let getframe = Builtin::with_frame("_getframe", crate::vm::frame_object::sys_getframe, crate::objects::function::FrameBuiltin::GetFrame);
    d.set_str(intern("_getframe"), getframe);
    let argv: Vec<Value> = vm.interp.argv.lock().iter().map(|s| Value::str(s)).collect();
    for hook in ["excepthook", "unraisablehook"] {
        if let Some(f) = d.get_str(&intern(hook)) {
            d.set_str(intern(&format!("__{hook}__")), f);
        }
    }
    d.set_str(crate::name!("argv").clone(), Value::list(argv));
    d.set_str(crate::name!("path").clone(), Value::list(initial_path(vm).into_iter().map(Value::string).collect()));
    d.set_str(crate::name!("modules").clone(), Value::Dict(vm.interp.modules.clone()));
    let builtin_names = crate::vm::import::finder::builtin_module_names().iter().map(|n| Value::str(n)).collect();
    d.set_str(intern("builtin_module_names"), Value::tuple(builtin_names));
    // The import system's hooks: meta_path gets its three default finders once _frozen_importlib
    // runs; the program may add its own (vm/import/meta_path.rs).
    d.set_str(intern("meta_path"), Value::list(Vec::new()));
    d.set_str(intern("path_hooks"), Value::list(Vec::new()));
    d.set_str(intern("path_importer_cache"), Value::Dict(crate::objects::dict::Dict::new()));
    d.set_str(crate::name!("stdout").clone(), stream(Stream::Out));
    d.set_str(crate::name!("stderr").clone(), stream(Stream::Err));
    d.set_str(crate::name!("stdin").clone(), stream(Stream::In));
    d.set_str(crate::name!("__stdout__").clone(), d.get_str(crate::name!("stdout")).unwrap());
    d.set_str(crate::name!("__stderr__").clone(), d.get_str(crate::name!("stderr")).unwrap());
    d.set_str(crate::name!("version").clone(), Value::str(concat!("3.11.7 (gilpy ", env!("CARGO_PKG_VERSION"), ")")));
    d.set_str(crate::name!("version_info").clone(), Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]));
    d.set_str(crate::name!("platform").clone(), Value::str("linux"));
    d.set_str(crate::name!("byteorder").clone(), Value::str("little"));
    d.set_str(crate::name!("maxsize").clone(), Value::Int(i64::MAX));
    d.set_str(crate::name!("executable").clone(), Value::string(std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
    d.set_str(crate::name!("__getattr__").clone(), Builtin::new("__getattr__", lazy_attr));
    for (n, f) in super::sys_extra::FUNCS {
        d.set_str(intern(n), Builtin::new(n, *f));
    }
    super::sys_extra::install(&d);
    super::sys_flags::install(&d);
    m
}
