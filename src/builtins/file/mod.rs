//! open() and the file objects it returns, as CPython's io stack behaves: text files
//! (TextIOWrapper: a codec, `errors=`, `newline=` translation, line buffering) and binary files
//! (BufferedReader / BufferedWriter / BufferedRandom, or FileIO with `buffering=0`), for
//! reading, writing, appending, exclusive creation and `+` updating; seek/tell/truncate,
//! readinto, iteration, `with`. The byte layer is raw.rs, the text layer text.rs. Reads and
//! writes release the GIL while the OS works.

mod raw;
mod text;

use crate::builtins::args::{kwarg, only_kwargs};
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::NO_KWARGS;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use raw::Raw;
use std::io::SeekFrom;
use std::sync::{Arc, OnceLock};
use text::{Newline, Text};

/// The OSError subclass and `[Errno N] text: 'name'` CPython raises for an I/O error.
pub fn os_error(e: &std::io::Error, name: &str) -> PyErr {
    use std::io::ErrorKind::*;
    // An error from the OS: the subclass CPython picks for its errno (one table, in
    // modules/socket/errors.rs); else by the kind std gives.
    let class = match e.raw_os_error() {
        Some(raw) => crate::modules::socket::errors::class_for(nix::errno::Errno::from_raw(raw)),
        None => match e.kind() {
            NotFound => ExcKind::FileNotFoundError,
            PermissionDenied => ExcKind::PermissionError,
            AlreadyExists => ExcKind::FileExistsError,
            IsADirectory => ExcKind::IsADirectoryError,
            NotADirectory => ExcKind::NotADirectoryError,
            _ => ExcKind::OSError,
        },
    };
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = match e.kind() {
        NotFound => "No such file or directory".to_string(),
        PermissionDenied => "Permission denied".to_string(),
        AlreadyExists => "File exists".to_string(),
        IsADirectory => "Is a directory".to_string(),
        NotADirectory => "Not a directory".to_string(),
        _ => {
            // The OS's text without Rust's " (os error N)".
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    if name.is_empty() {
        return PyErr::with_args(class, vec![Value::Int(errno), Value::string(text)]);
    }
    PyErr::with_args(class, vec![Value::Int(errno), Value::string(text), Value::str(name)])
}

/// Which of open()'s four kinds of file a mode makes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
    Append,
    Create,
}

/// What a file object is, as CPython's class names say.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layer {
    Text,
    Buffered,
    /// buffering=0.
    Unbuffered,
}

struct State {
    raw: Raw,
    /// Text mode's decoder and encoder.
    text: Option<Text>,
}

pub struct FileObj {
    name: Value,
    /// The mode as CPython shows it (text: as given; binary: normalised, e.g. 'rb+').
    mode: String,
    layer: Layer,
    readable: bool,
    writable: bool,
    /// Text mode: (encoding, errors, line_buffering) as `f.encoding` etc. show them.
    settings: (String, String, bool),
    /// None once closed.
    state: Mutex<Option<State>>,
}

impl Drop for FileObj {
    /// A file dropped unclosed writes out what it buffered, as CPython's does when its last
    /// reference goes (an error then is lost, as there).
    fn drop(&mut self) {
        if let Some(mut s) = self.state.get_mut().take() {
            let _ = s.raw.flush();
        }
    }
}

fn file_of(v: &Value) -> PyResult<&FileObj> {
    match v {
        Value::Instance(i) => i.native::<FileObj>().ok_or_else(|| PyErr::type_error("expected a file object")),
        _ => Err(PyErr::type_error("expected a file object")),
    }
}

/// The operations, for CPython's per-operation messages about closed and unsupported files.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    ReadLine,
    Write,
    Seek,
    Tell,
    Truncate,
    Flush,
    Query,
}

impl FileObj {
    fn binary(&self) -> bool {
        self.layer != Layer::Text
    }

    fn closed_error(&self, op: Op) -> PyErr {
        let msg = match (self.binary(), op) {
            (false, Op::Query) => "I/O operation on closed file",
            (false, _) => "I/O operation on closed file.",
            (true, Op::Read) => "read of closed file",
            (true, Op::ReadLine) => "readline of closed file",
            (true, Op::Seek) => "seek of closed file",
            (true, Op::Truncate) => "truncate of closed file",
            (true, Op::Write) => "write to closed file",
            (true, Op::Flush) => "I/O operation on closed file.",
            (true, _) => "I/O operation on closed file",
        };
        PyErr::value_error(msg)
    }

    /// Runs `f` on the open file with the GIL released; the closed / unsupported errors first.
    fn with<T: Send>(&self, vm: &mut Vm, op: Op, f: impl FnOnce(&mut State) -> PyResult<T> + Send) -> PyResult<T> {
        let mut guard = self.state.lock();
        let Some(state) = guard.as_mut() else { return Err(self.closed_error(op)) };
        let unsupported = |binary: &str, text: &str| PyErr::new(ExcKind::UnsupportedOperation, if self.binary() { binary } else { text });
        if matches!(op, Op::Read | Op::ReadLine) && !self.readable {
            return Err(unsupported("read", "not readable"));
        }
        if op == Op::Write && !self.writable {
            return Err(unsupported("write", "not writable"));
        }
        if op == Op::Truncate && !self.writable {
            return Err(PyErr::new(ExcKind::UnsupportedOperation, "truncate"));
        }
        vm.allow_threads(|| f(state))
    }
}

/// An I/O error on this file as the OSError CPython raises (no file name: CPython gives none).
fn io(e: std::io::Error) -> PyErr {
    os_error(&e, "")
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Arc::new(b))
}

fn read(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let size = size_arg(vm, a.get(1))?;
    if f.binary() {
        return f.with(vm, Op::Read, |s| s.raw.read(size).map_err(io)).map(bytes_value);
    }
    f.with(vm, Op::Read, |s| {
        let State { raw, text } = s;
        text.as_mut().expect("a text file has a text layer").read(raw, size)
    })
    .map(Value::string)
}

fn readline(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let limit = size_arg(vm, a.get(1))?;
    if f.binary() {
        return f.with(vm, Op::ReadLine, |s| s.raw.read_line(limit).map_err(io)).map(bytes_value);
    }
    f.with(vm, Op::ReadLine, |s| {
        let State { raw, text } = s;
        text.as_mut().expect("a text file has a text layer").read_line(raw, limit)
    })
    .map(Value::string)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    }
}

fn length(v: &Value) -> usize {
    match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        _ => 0,
    }
}

/// readlines(hint=-1): lines until their total size reaches `hint`.
fn readlines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    if f.state.lock().is_none() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    let hint = size_arg(vm, a.get(1))?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = readline(vm, &a[..1], NO_KWARGS)?;
        if is_empty(&line) {
            break;
        }
        total += length(&line);
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn next(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let line = readline(vm, &a[..1], k)?;
    if is_empty(&line) { Err(PyErr::stop_iteration(None)) } else { Ok(line) }
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    if f.state.lock().is_none() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

fn write(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let Some(data) = a.get(1) else { return Err(PyErr::type_error("write() takes exactly one argument (0 given)")) };
    if f.binary() {
        let Some(bytes) = crate::builtins::buffer::bytes_of(data) else {
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(data).name)));
        };
        let n = bytes.len();
        f.with(vm, Op::Write, move |s| s.raw.write(&bytes).map_err(io))?;
        return Ok(Value::Int(n as i64));
    }
    let Value::Str(s) = data else { return Err(PyErr::type_error(format!("write() argument must be str, not {}", types().of(data).name))) };
    let text_in = s.as_str().to_string();
    let count = s.char_len();
    f.with(vm, Op::Write, move |st| {
        let State { raw, text } = st;
        let t = text.as_mut().expect("a text file has a text layer");
        t.sync(raw)?;
        let bytes = t.encode(raw, &text_in)?;
        raw.write(&bytes).map_err(io)?;
        if t.line_buffering && text_in.contains(['\n', '\r']) {
            raw.flush().map_err(io)?;
        }
        Ok(())
    })?;
    Ok(Value::Int(count as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let items = vm.collect(a.get(1).ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument (0 given)"))?)?;
    for item in items {
        write(vm, &[a[0].clone(), item], NO_KWARGS)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    f.with(vm, Op::Flush, |s| s.raw.flush().map_err(io))?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let state = f.state.lock().take();
    if let Some(mut s) = state {
        vm.allow_threads(|| s.raw.flush()).map_err(io)?;
    }
    Ok(Value::None)
}

/// OSError [Errno 22] Invalid argument: what the OS says to a negative position or size.
fn invalid_argument() -> PyErr {
    os_error(&std::io::Error::from_raw_os_error(22), "")
}

fn seek(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let Some(target) = a.get(1) else { return Err(PyErr::type_error("seek expected at least 1 argument, got 0")) };
    if matches!(target, Value::Float(_)) {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let offset = vm.index_value(target)?;
    let whence = match a.get(2) {
        None => 0,
        Some(v) => vm.index_value(v)?,
    };
    let pos = match whence {
        0 if offset < 0 => return Err(invalid_argument()),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        w if f.binary() => return Err(PyErr::value_error(format!("whence value {w} unsupported"))),
        w => return Err(PyErr::value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    };
    if !f.binary() {
        if whence == 1 && offset != 0 {
            return Err(PyErr::new(ExcKind::UnsupportedOperation, "can't do nonzero cur-relative seeks"));
        }
        if whence == 2 && offset != 0 {
            return Err(PyErr::new(ExcKind::UnsupportedOperation, "can't do nonzero end-relative seeks"));
        }
    }
    let at = f.with(vm, Op::Seek, move |s| {
        let State { raw, text } = s;
        if let Some(t) = text.as_mut() {
            if whence == 1 {
                return t.tell(raw);
            }
            t.reset();
        }
        raw.seek(pos).map_err(io)
    })?;
    Ok(Value::Int(at as i64))
}

fn tell(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let at = f.with(vm, Op::Tell, |s| {
        let State { raw, text } = s;
        match text.as_mut() {
            Some(t) => t.tell(raw),
            None => raw.tell().map_err(io),
        }
    })?;
    Ok(Value::Int(at as i64))
}

fn truncate(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_value(v)?),
    };
    if size.is_some_and(|n| n < 0) {
        return Err(invalid_argument());
    }
    let at = f.with(vm, Op::Truncate, move |s| {
        let State { raw, text } = s;
        if let Some(t) = text.as_mut() {
            t.sync(raw)?;
        }
        let at = match size {
            Some(n) => n as u64,
            None => raw.tell().map_err(io)?,
        };
        raw.truncate(at).map_err(io)?;
        Ok(at)
    })?;
    Ok(Value::Int(at as i64))
}

/// readinto(b): fills a writable buffer (bytearray, array, memoryview) from the file; the number
/// of bytes read.
fn readinto(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let Some(target) = a.get(1) else { return Err(PyErr::type_error("readinto() takes exactly one argument (0 given)")) };
    if !f.binary() {
        return Err(PyErr::new(ExcKind::AttributeError, "'_io.TextIOWrapper' object has no attribute 'readinto'"));
    }
    let Some(len) = crate::builtins::buffer::writable_len(target) else {
        return Err(PyErr::type_error(format!("readinto() argument must be read-write bytes-like object, not {}", types().of(target).name)));
    };
    let data = f.with(vm, Op::Read, move |s| s.raw.read(Some(len)).map_err(io))?;
    let n = data.len();
    crate::builtins::buffer::write_into(target, 0, &data);
    Ok(Value::Int(n as i64))
}

fn fileno(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let f = file_of(&a[0])?;
    f.with(vm, Op::Query, |s| Ok(Value::Int(s.raw.file.as_raw_fd() as i64)))
}

fn isatty(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use std::io::IsTerminal;
    let f = file_of(&a[0])?;
    f.with(vm, Op::Query, |s| Ok(Value::Bool(s.raw.file.is_terminal())))
}

fn readable(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    f.with(vm, Op::Query, |_| Ok(Value::Bool(f.readable)))
}

fn writable(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    f.with(vm, Op::Query, |_| Ok(Value::Bool(f.writable)))
}

fn seekable(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use std::io::Seek;
    let f = file_of(&a[0])?;
    f.with(vm, Op::Query, |s| Ok(Value::Bool(s.raw.file.stream_position().is_ok())))
}

fn enter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    if f.state.lock().is_none() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    close(vm, &a[..1], k)?;
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(file_of(&a[0])?.state.lock().is_none()))
}

fn name(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(file_of(&a[0])?.name.clone())
}

fn mode(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&file_of(&a[0])?.mode))
}

/// A text file's setting (encoding, errors, line_buffering); AttributeError on a binary file.
fn text_attr(a: &[Value], what: &str) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let kind = match f.layer {
        Layer::Text => unreachable!(),
        Layer::Buffered if f.readable && f.writable => "BufferedRandom",
        Layer::Buffered if f.readable => "BufferedReader",
        Layer::Buffered => "BufferedWriter",
        Layer::Unbuffered => "FileIO",
    };
    Err(PyErr::new(ExcKind::AttributeError, format!("'_io.{kind}' object has no attribute '{what}'")))
}

fn encoding(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    match &f.text_settings() {
        Some((enc, _, _)) => Ok(Value::str(enc)),
        None => text_attr(a, "encoding"),
    }
}

fn errors(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    match &f.text_settings() {
        Some((_, errors, _)) => Ok(Value::str(errors)),
        None => text_attr(a, "errors"),
    }
}

fn line_buffering(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    match &f.text_settings() {
        Some((_, _, lb)) => Ok(Value::Bool(*lb)),
        None => text_attr(a, "line_buffering"),
    }
}

impl FileObj {
    fn text_settings(&self) -> Option<(String, String, bool)> {
        if self.binary() {
            return None;
        }
        Some(self.settings.clone())
    }
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let name = vm.repr(&f.name)?;
    Ok(Value::string(match f.layer {
        Layer::Text => format!("<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>", f.mode, f.settings.0),
        Layer::Unbuffered => format!("<_io.FileIO name={name} mode='{}' closefd=True>", f.mode),
        Layer::Buffered => {
            let kind = if f.readable && f.writable {
                "BufferedRandom"
            } else if f.readable {
                "BufferedReader"
            } else {
                "BufferedWriter"
            };
            format!("<_io.{kind} name={name}>")
        }
    }))
}

fn file_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class_in("_io", "TextIOWrapper", vec![types().object.clone()], Kind::Native);
        let methods: &[(&'static str, NativeFn)] = &[
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("flush", flush),
            ("close", close),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("readinto", readinto),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", iter),
            ("__next__", next),
            ("__repr__", repr),
        ];
        for (n, f) in methods {
            c.dict.set_str(intern(n), Builtin::method("TextIOWrapper", n, *f));
        }
        let props: &[(&'static str, NativeFn)] =
            &[("closed", closed), ("name", name), ("mode", mode), ("encoding", encoding), ("errors", errors), ("line_buffering", line_buffering)];
        for (n, f) in props {
            c.dict.set_str(intern(n), crate::builtins::object::native_property(Builtin::method("TextIOWrapper", n, *f)));
        }
        c
    })
}

/// The path open() was given: str, bytes, a file descriptor, or an os.PathLike.
enum Target {
    Path(String),
    Fd(i32),
}

fn target_of(vm: &mut Vm, file: &Value) -> PyResult<(Target, Value)> {
    let path = match file {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Int(n) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative file descriptor"));
            }
            return Ok((Target::Fd(*n as i32), file.clone()));
        }
        Value::Bool(_) | Value::Float(_) | Value::None => {
            return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", types().of(file).name)));
        }
        other => {
            let Ok(fspath) = vm.get_attr(other, &intern("__fspath__")) else {
                return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", types().of(file).name)));
            };
            let p = vm.call(&fspath, &[], NO_KWARGS)?;
            return target_of(vm, &p);
        }
    };
    if path.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    Ok((Target::Path(path), file.clone()))
}

/// Checks a mode string as CPython does; (access, plus, binary).
fn parse_mode(mode: &str) -> PyResult<(Access, bool, bool)> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+U".contains(c) || seen.contains(c) {
            return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let kinds: Vec<char> = mode.chars().filter(|c| "rwax".contains(*c)).collect();
    if mode.contains('U') {
        return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.contains('b') && mode.contains('t') {
        return Err(PyErr::value_error("can't have text and binary mode at once"));
    }
    if kinds.len() != 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    let access = match kinds[0] {
        'r' => Access::Read,
        'w' => Access::Write,
        'a' => Access::Append,
        _ => Access::Create,
    };
    Ok((access, mode.contains('+'), mode.contains('b')))
}

fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str())),
        Some(other) => Err(PyErr::type_error(format!("open() argument '{what}' must be str or None, not {}", types().of(other).name))),
    }
}

/// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
pub fn open(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("open", k, &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"])?;
    let arg = |i: usize, n: &str| a.get(i).or(kwarg(k, n));
    let file = arg(0, "file").ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?.clone();
    let mode = match arg(1, "mode") {
        None => "r".to_string(),
        Some(Value::Str(m)) => m.as_str().to_string(),
        Some(v) => return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", types().of(v).name))),
    };
    let buffering = match arg(2, "buffering") {
        None => -1,
        Some(v @ Value::Str(_)) | Some(v @ Value::Float(_)) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name)));
        }
        Some(v) => vm.index_value(v)?,
    };
    let encoding_arg = opt_str(arg(3, "encoding"), "encoding")?.map(str::to_string);
    let errors_arg = opt_str(arg(4, "errors"), "errors")?.map(str::to_string);
    let newline_arg = opt_str(arg(5, "newline"), "newline")?.map(str::to_string);
    let (access, plus, binary) = parse_mode(&mode)?;
    if binary {
        for (given, what) in [(encoding_arg.is_some(), "an encoding"), (errors_arg.is_some(), "an errors"), (newline_arg.is_some(), "a newline")] {
            if given {
                return Err(PyErr::value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    } else if buffering == 0 {
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let newline = Newline::parse(newline_arg.as_deref())
        .ok_or_else(|| PyErr::value_error(format!("illegal newline value: {}", newline_arg.clone().unwrap_or_default())))?;
    let (target, name) = target_of(vm, &file)?;
    let mut opts = std::fs::OpenOptions::new();
    match access {
        Access::Read => opts.read(true).write(plus),
        Access::Write => opts.write(true).read(plus).create(true).truncate(true),
        Access::Append => opts.append(true).read(plus).create(true),
        Access::Create => opts.write(true).read(plus).create_new(true),
    };
    let shown = match &target {
        Target::Path(p) => p.clone(),
        Target::Fd(n) => n.to_string(),
    };
    let f = match target {
        Target::Path(path) => vm.allow_threads(|| opts.open(&path)).map_err(|e| os_error(&e, &shown))?,
        Target::Fd(fd) => {
            crate::unsafe_os::adopt_inherited_fd(fd).map(std::fs::File::from).map_err(|e| os_error(&std::io::Error::from_raw_os_error(e as i32), ""))?
        }
    };
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(PyErr::with_args(ExcKind::IsADirectoryError, vec![Value::Int(21), Value::str("Is a directory"), Value::str(&shown)]));
    }
    let readable = access == Access::Read || plus;
    let writable = access != Access::Read || plus;
    let layer = if !binary {
        Layer::Text
    } else if buffering == 0 {
        Layer::Unbuffered
    } else {
        Layer::Buffered
    };
    let text = if binary {
        None
    } else {
        // None and "locale" (PEP 597) both mean the locale's encoding: UTF-8 here, as gilpy
        // runs in a UTF-8 locale.
        let name = encoding_arg.as_deref().filter(|e| *e != "locale").unwrap_or("utf-8");
        let enc = crate::builtins::codec_args::lookup(name)?;
        // An unknown handler name is an error only when a codec needs it, as in CPython.
        let handler = crate::codecs::ErrorHandler::parse(errors_arg.as_deref().unwrap_or("strict"));
        Some(Text::new(enc, handler, newline, buffering == 1))
    };
    let shown_mode = if binary {
        let base = match access {
            Access::Create => "xb",
            Access::Append => "ab",
            _ if plus => "rb",
            Access::Read => "rb",
            Access::Write => "wb",
        };
        format!("{base}{}", if plus { "+" } else { "" })
    } else {
        mode.clone()
    };
    let settings = (encoding_arg.unwrap_or_else(|| "UTF-8".into()), errors_arg.unwrap_or_else(|| "strict".into()), buffering == 1);
    let mut raw = Raw::new(f, layer == Layer::Unbuffered);
    if access == Access::Append {
        use std::io::Seek;
        let _ = raw.file.seek(SeekFrom::End(0));
    }
    let obj = FileObj { name, mode: shown_mode, layer, readable, writable, settings, state: Mutex::new(Some(State { raw, text })) };
    Ok(Value::Instance(Instance::new(file_class().clone(), Payload::Native(Box::new(obj)))))
}
