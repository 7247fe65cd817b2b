//! The `_io` class hierarchy as CPython 3.11 has it: the four bases (`_IOBase`, `_RawIOBase`,
//! `_BufferedIOBase`, `_TextIOBase`, which io.py extends into the public ABCs with their mixin
//! methods) and the five classes of the objects open() returns (FileIO, BufferedReader,
//! BufferedWriter, BufferedRandom, TextIOWrapper), each with the methods its kind of file has.

use super::*;
use crate::builtins::native_class::NativeClass;
use crate::objects::function::Owner;

/// Which class a native file object belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    FileIO,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    TextIOWrapper,
}

impl FileKind {
    pub(super) fn name(self) -> &'static str {
        match self {
            FileKind::FileIO => "FileIO",
            FileKind::BufferedReader => "BufferedReader",
            FileKind::BufferedWriter => "BufferedWriter",
            FileKind::BufferedRandom => "BufferedRandom",
            FileKind::TextIOWrapper => "TextIOWrapper",
        }
    }
}

/// The abstract bases of `_io`.
#[derive(Clone, Copy)]
pub enum Base {
    IO,
    Raw,
    Buffered,
    Text,
}

fn base_cell(b: Base) -> &'static OnceLock<Arc<Class>> {
    static CELLS: [OnceLock<Arc<Class>>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    &CELLS[b as usize]
}

/// `_io._IOBase` and the three bases below it (instantiable and subclassable, as CPython's).
pub fn base(b: Base) -> Arc<Class> {
    base_cell(b)
        .get_or_init(|| {
            let (name, parent) = match b {
                Base::IO => {
                    let c = make_class_in("_io", "_IOBase", vec![types().object.clone()], Kind::Object);
                    c.dict.set_str(intern("__del__"), Builtin::method(Owner::Named("_IOBase"), "__del__", super::reconfigure::finalize));
                    return c;
                }
                Base::Raw => ("_RawIOBase", base(Base::IO)),
                Base::Buffered => ("_BufferedIOBase", base(Base::IO)),
                Base::Text => ("_TextIOBase", base(Base::IO)),
            };
            make_class_in("_io", name, vec![parent], Kind::Object)
        })
        .clone()
}

type Table = &'static [(&'static str, NativeFn)];

/// A table entry whose function serves both kinds of instance of the class: a file open() made
/// (the native function `$f`) and a stream made by calling the class on any Python object
/// (`io.TextIOWrapper(io.BytesIO())`), which io.py's implementation of the class runs.
macro_rules! dual {
    ($name:literal, $f:path) => {
        ($name, {
            fn either(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
                if let Some(this) = a.first()
                    && file_any(this).is_err()
                {
                    if let Some(f) = crate::modules::sys::stream_method(this, $name) {
                        return f(vm, a, k);
                    }
                    if let Some(py) = implementation(this) {
                        return run_implementation(vm, &py, $name, a, k);
                    }
                }
                $f(vm, a, k)
            }
            either as NativeFn
        })
    };
}

/// The io.py classes that implement each native class for streams that are not files
/// (registered by `_io._set_implementation` when io is imported).
static IMPLEMENTATIONS: Mutex<Vec<(Arc<Class>, Arc<Class>)>> = Mutex::new(Vec::new());

/// The implementing class for `this`, an instance of a native class or of a subclass of one.
fn implementation(this: &Value) -> Option<Arc<Class>> {
    let cls = types().of(this);
    let known = IMPLEMENTATIONS.lock();
    std::iter::once(&cls).chain(cls.mro.iter()).find_map(|c| known.iter().find(|(n, _)| Arc::ptr_eq(n, c)).map(|(_, py)| py.clone()))
}

/// Runs the implementation's `name` on `this` (a[0]): a method is called, a property read.
fn run_implementation(vm: &mut Vm, py: &Arc<Class>, name: &str, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let this = &a[0];
    let found = py.lookup(&intern(name));
    match &found {
        Some(Value::Function(f)) => vm.call_function_with_first(f, this, &a[1..], k),
        Some(Value::Instance(i)) if let Payload::Property(p) = &i.payload => vm.call1(&p.fget, this.clone()),
        Some(other) => vm.call(other, a, k),
        None => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{name}'", types().of(this).name))),
    }
}

/// Names of an implementing class's namespace that stay there (the class's own bookkeeping).
fn private_to_class(name: &str) -> bool {
    matches!(name, "__dict__" | "__weakref__" | "__module__" | "__qualname__" | "__doc__" | "__slots__" | "__abstractmethods__") || name.starts_with("_abc_")
}

/// `_io._set_implementation(native, py)`: io.py's `py` implements the native class for
/// streams over Python objects; what the native class lacks (`__init__`, helpers, mixin
/// methods of the io ABCs) it takes from `py`'s MRO.
pub fn set_implementation(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Class(native)), Some(Value::Class(py))) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("_set_implementation(native, py): two classes expected"));
    };
    for c in std::iter::once(py).chain(py.mro.iter()) {
        if Arc::ptr_eq(c, &types().object) || c.is_builtin {
            continue;
        }
        for (key, value) in c.dict.items() {
            let Value::Str(key) = key else { continue };
            let has = std::iter::once(native).chain(native.mro.iter()).any(|n| !Arc::ptr_eq(n, &types().object) && n.dict.get_str(&key).is_some());
            if private_to_class(key.as_str()) || has {
                continue;
            }
            native.dict.set_str(key.clone(), value);
        }
    }
    let mut known = IMPLEMENTATIONS.lock();
    known.retain(|(n, _)| !Arc::ptr_eq(n, native));
    known.push((native.clone(), py.clone()));
    Ok(Value::None)
}

/// Calls `__init__` on a new instance with the arguments its class was called with.
pub(super) fn run_init(vm: &mut Vm, init: &Value, inst: &Value, args: &[Value], k: &KwArgs) -> PyResult<()> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(inst.clone());
    all.extend_from_slice(args);
    vm.call(init, &all, k).map(drop)
}

/// `__new__` of the native stream classes but FileIO: an instance for io.py's implementation
/// (its `__init__` runs next: here when the native class itself is called, as type.__call__
/// does not run it for built-in classes).
fn stream_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else { return Err(PyErr::type_error("__new__(X): X is not a type object")) };
    let inst = Value::Instance(Instance::with_dict(cls.clone(), Payload::None));
    if cls.is_builtin {
        match implementation(&inst) {
            Some(_) => {
                if let Some(init) = cls.lookup(crate::name!("__init__")) {
                    run_init(vm, &init, &inst, &a[1..], k)?;
                }
            }
            None => return Err(PyErr::type_error(format!("cannot create '_io.{}' instances before io is imported", cls.name))),
        }
    }
    Ok(inst)
}

const COMMON: Table = &[
    dual!("read", read),
    dual!("readline", readline),
    dual!("readlines", readlines),
    dual!("write", write),
    dual!("writelines", writelines),
    dual!("flush", flush),
    dual!("close", close),
    dual!("seek", seek),
    dual!("tell", tell),
    dual!("truncate", truncate),
    dual!("fileno", fileno),
    dual!("isatty", isatty),
    dual!("readable", readable),
    dual!("writable", writable),
    dual!("seekable", seekable),
    dual!("__enter__", enter),
    dual!("__exit__", exit),
    dual!("__iter__", iter),
    dual!("__next__", next),
    dual!("__repr__", repr),
];
const COMMON_PROPS: Table = &[dual!("closed", closed), dual!("name", name), dual!("mode", mode)];

const BINARY: Table = &[dual!("readinto", readinto)];
const BUFFERED: Table = &[dual!("read1", read1), dual!("readinto1", readinto), dual!("detach", super::reconfigure::detach)];
/// Only the classes that read ahead can peek.
const PEEK: Table = &[dual!("peek", peek)];
const BUFFERED_PROPS: Table = &[dual!("raw", raw_of)];
const FILEIO: Table = &[dual!("readall", readall)];
const FILEIO_PROPS: Table = &[dual!("closefd", closefd)];
const TEXT: Table = &[dual!("detach", super::reconfigure::detach), dual!("reconfigure", super::reconfigure::reconfigure)];
const TEXT_PROPS: Table = &[
    dual!("encoding", encoding),
    dual!("errors", errors),
    dual!("line_buffering", line_buffering),
    dual!("buffer", buffer_of),
    dual!("newlines", super::reconfigure::newlines),
    dual!("write_through", super::reconfigure::write_through),
];

fn make(kind: FileKind) -> Arc<Class> {
    let owner = kind.name();
    let parent = match kind {
        FileKind::FileIO => base(Base::Raw),
        FileKind::TextIOWrapper => base(Base::Text),
        _ => base(Base::Buffered),
    };
    let (methods, props): (Vec<Table>, Vec<Table>) = match kind {
        FileKind::FileIO => (vec![COMMON, BINARY, FILEIO], vec![COMMON_PROPS, FILEIO_PROPS]),
        FileKind::TextIOWrapper => (vec![COMMON, TEXT], vec![COMMON_PROPS, TEXT_PROPS]),
        FileKind::BufferedWriter => (vec![COMMON, BINARY, BUFFERED], vec![COMMON_PROPS, BUFFERED_PROPS]),
        _ => (vec![COMMON, BINARY, BUFFERED, PEEK], vec![COMMON_PROPS, BUFFERED_PROPS]),
    };
    let mut c = NativeClass::with_base("_io", owner, parent);
    for table in methods {
        c = c.methods(table);
    }
    for table in props {
        c = c.properties(table);
    }
    let new: NativeFn = if kind == FileKind::FileIO { fileio_new } else { stream_new };
    c.constructor(new).build()
}

/// The class of the file objects of `kind`.
pub fn class(kind: FileKind) -> Arc<Class> {
    static CELLS: [OnceLock<Arc<Class>>; 5] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CELLS[kind as usize].get_or_init(|| make(kind)).clone()
}

/// `_io.TextIOWrapper`: the class of text files and of the standard streams.
pub fn text_class() -> Arc<Class> {
    class(FileKind::TextIOWrapper)
}

/// Every class `_io` exports by name: the bases and the file classes.
pub fn exported() -> Vec<(&'static str, Arc<Class>)> {
    let mut out =
        vec![("_IOBase", base(Base::IO)), ("_RawIOBase", base(Base::Raw)), ("_BufferedIOBase", base(Base::Buffered)), ("_TextIOBase", base(Base::Text))];
    for k in [FileKind::FileIO, FileKind::BufferedReader, FileKind::BufferedWriter, FileKind::BufferedRandom, FileKind::TextIOWrapper] {
        out.push((k.name(), class(k)));
    }
    out.extend(super::memory::classes());
    out
}
