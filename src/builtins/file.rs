//! open() and the file objects it returns: text (str) or binary (bytes) files for reading, writing,
//! appending or exclusive creation, used directly or in `with`, iterable by line. Reads and writes
//! release the GIL while the OS works.

use crate::builtins::args::{kwarg, only_kwargs};
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::{make_class, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::sync::{Arc, OnceLock};

enum Handle {
    Reader(BufReader<File>),
    Writer(BufWriter<File>),
}

pub struct FileObj {
    name: String,
    mode: String,
    binary: bool,
    handle: Mutex<Option<Handle>>,
}

/// The OSError subclass and `[Errno N] text: 'name'` CPython raises for an I/O error.
pub fn os_error(e: &std::io::Error, name: &str) -> PyErr {
    use std::io::ErrorKind::*;
    let class = match e.kind() {
        NotFound => ExcKind::FileNotFoundError,
        PermissionDenied => ExcKind::PermissionError,
        AlreadyExists => ExcKind::FileExistsError,
        IsADirectory => ExcKind::IsADirectoryError,
        _ => ExcKind::OSError,
    };
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = match e.kind() {
        NotFound => "No such file or directory".to_string(),
        PermissionDenied => "Permission denied".to_string(),
        AlreadyExists => "File exists".to_string(),
        IsADirectory => "Is a directory".to_string(),
        _ => e.to_string(),
    };
    PyErr::with_args(class, vec![Value::Int(errno), Value::string(text), Value::str(name)])
}

fn file_of(v: &Value) -> PyResult<&FileObj> {
    match v {
        Value::Instance(i) => i.native::<FileObj>().ok_or_else(|| PyErr::type_error("expected a file object")),
        _ => Err(PyErr::type_error("expected a file object")),
    }
}

fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

impl FileObj {
    fn text(&self, bytes: Vec<u8>) -> PyResult<Value> {
        if self.binary {
            return Ok(Value::Bytes(Arc::new(bytes)));
        }
        String::from_utf8(bytes).map(Value::string).map_err(|_| PyErr::new(ExcKind::UnicodeDecodeError, "'utf-8' codec can't decode the file's bytes"))
    }

    fn with_reader<T>(&self, vm: &mut Vm, f: impl FnOnce(&mut BufReader<File>) -> std::io::Result<T>) -> PyResult<T> {
        let mut h = self.handle.lock();
        match h.as_mut() {
            None if self.binary => Err(PyErr::value_error("read of closed file")),
            None => Err(closed_error()),
            Some(Handle::Writer(_)) => Err(PyErr::new(ExcKind::UnsupportedOperation, "not readable")),
            Some(Handle::Reader(r)) => vm.allow_threads(|| f(r)).map_err(|e| os_error(&e, &self.name)),
        }
    }
}

fn read(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let size = match a.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_value(v)?,
    };
    let bytes = f.with_reader(vm, |r| {
        let mut buf = Vec::new();
        if size < 0 {
            r.read_to_end(&mut buf)?;
        } else {
            r.take(size as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?;
    f.text(bytes)
}

fn readline(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let bytes = f.with_reader(vm, |r| {
        let mut buf = Vec::new();
        r.read_until(b'\n', &mut buf)?;
        Ok(buf)
    })?;
    f.text(bytes)
}

fn readlines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let line = readline(vm, &a[..1], &Vec::new())?;
        let empty = match &line {
            Value::Str(s) => s.as_str().is_empty(),
            Value::Bytes(b) => b.is_empty(),
            _ => true,
        };
        if empty {
            return Ok(Value::list(lines));
        }
        lines.push(line);
    }
}

fn next(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let line = readline(vm, a, k)?;
    match &line {
        Value::Str(s) if s.as_str().is_empty() => Err(PyErr::stop_iteration(None)),
        Value::Bytes(b) if b.is_empty() => Err(PyErr::stop_iteration(None)),
        _ => Ok(line),
    }
}

fn write(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let (bytes, count): (Vec<u8>, usize) = match (a.get(1), f.binary) {
        (Some(Value::Str(s)), false) => (s.as_str().as_bytes().to_vec(), s.char_len()),
        (Some(Value::Bytes(b)), true) => (b.to_vec(), b.len()),
        (Some(v), false) => return Err(PyErr::type_error(format!("write() argument must be str, not {}", types().of(v).name))),
        (Some(v), true) => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(v).name))),
        (None, _) => return Err(PyErr::type_error("write() takes exactly one argument (0 given)")),
    };
    let mut h = f.handle.lock();
    match h.as_mut() {
        None => Err(closed_error()),
        Some(Handle::Reader(_)) => Err(PyErr::new(ExcKind::UnsupportedOperation, "not writable")),
        Some(Handle::Writer(w)) => {
            vm.allow_threads(|| w.write_all(&bytes)).map_err(|e| os_error(&e, &f.name))?;
            Ok(Value::Int(count as i64))
        }
    }
}

fn writelines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let items = vm.collect(a.get(1).ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument"))?)?;
    for item in items {
        write(vm, &[a[0].clone(), item], &Vec::new())?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let mut h = f.handle.lock();
    match h.as_mut() {
        None => Err(closed_error()),
        Some(Handle::Writer(w)) => vm.allow_threads(|| w.flush()).map(|_| Value::None).map_err(|e| os_error(&e, &f.name)),
        Some(Handle::Reader(_)) => Ok(Value::None),
    }
}

fn close(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let handle = f.handle.lock().take();
    if let Some(Handle::Writer(mut w)) = handle {
        vm.allow_threads(|| w.flush()).map_err(|e| os_error(&e, &f.name))?;
    }
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    file_of(&a[0])?;
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    close(vm, &a[..1], k)?;
    Ok(Value::Bool(false))
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(file_of(&a[0])?.handle.lock().is_none()))
}

fn name(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&file_of(&a[0])?.name))
}

fn mode(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&file_of(&a[0])?.mode))
}

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let kind = if f.binary { if f.mode.contains('r') { "_io.BufferedReader" } else { "_io.BufferedWriter" } } else { "_io.TextIOWrapper" };
    let enc = if f.binary { String::new() } else { " encoding='UTF-8'".to_string() };
    Ok(Value::string(format!("<{kind} name='{}' mode='{}'{enc}>", f.name, f.mode)))
}

fn file_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class("TextIOWrapper", vec![types().object.clone()], Kind::Native);
        let methods: &[(&'static str, NativeFn)] = &[
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("flush", flush),
            ("close", close),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", iter),
            ("__next__", next),
            ("__repr__", repr),
        ];
        for (n, f) in methods {
            c.dict.set_str(intern(n), Builtin::method("TextIOWrapper", n, *f));
        }
        for (n, f) in [("closed", closed as NativeFn), ("name", name), ("mode", mode)] {
            c.dict.set_str(intern(n), crate::builtins::object::native_property(Builtin::method("TextIOWrapper", n, f)));
        }
        c
    })
}

/// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
pub fn open(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("open", k, &["file", "mode", "buffering", "encoding", "errors", "newline"])?;
    let file = a.first().or(kwarg(k, "file")).ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    let Value::Str(path) = file else {
        return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", types().of(file).name)));
    };
    let mode = match a.get(1).or(kwarg(k, "mode")) {
        None => "r".to_string(),
        Some(Value::Str(m)) => m.as_str().to_string(),
        Some(v) => return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", types().of(v).name))),
    };
    let binary = mode.contains('b');
    let kinds = mode.chars().filter(|c| matches!(c, 'r' | 'w' | 'a' | 'x')).count();
    if mode.chars().any(|c| !"rwaxbt+".contains(c)) || (binary && mode.contains('t')) {
        return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
    }
    if kinds != 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    let mut opts = std::fs::OpenOptions::new();
    let reading = mode.contains('r') && !mode.contains('+');
    match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => opts.read(true).write(mode.contains('+')),
        Some('w') => opts.write(true).create(true).truncate(true),
        Some('a') => opts.append(true).create(true),
        _ => opts.write(true).create_new(true),
    };
    let name = path.as_str().to_string();
    let opened = vm.allow_threads(|| opts.open(&name));
    let f = opened.map_err(|e| os_error(&e, &name))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(PyErr::with_args(ExcKind::IsADirectoryError, vec![Value::Int(21), Value::str("Is a directory"), Value::str(&name)]));
    }
    let handle = if reading { Handle::Reader(BufReader::new(f)) } else { Handle::Writer(BufWriter::new(f)) };
    let obj = FileObj { name, mode, binary, handle: Mutex::new(Some(handle)) };
    Ok(Value::Instance(Instance::new(file_class().clone(), Payload::Native(Box::new(obj)))))
}
