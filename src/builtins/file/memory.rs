//! `_io.StringIO` and `_io.BytesIO`: text and bytes kept in memory and used like a file,
//! as CPython 3.11's (its messages, its seek/truncate rules, StringIO's `newline` translation
//! and `newlines` record). Both keep a vector of elements (chars or bytes) and a position, so
//! that every operation costs what it touches. Subclassable: `__new__` makes the empty stream,
//! `__init__` fills it.

use super::classes::{Base, base};
use crate::builtins::args::kwarg;
use crate::builtins::native_class::NativeClass;
use crate::gil_cell::{CellGuard, ObjCell};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::memoryview::{ItemFormat, MemoryView, Window};
use crate::objects::native::NativeData;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How a StringIO treats line endings (its `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None: `\r\n` and `\r` become `\n` as they are written; lines end at `\n`.
    Translate,
    /// '': kept as written; lines end at `\r`, `\n` or `\r\n`.
    Universal,
    /// '\n' (the default): kept; lines end at `\n`.
    Lf,
    /// '\r': `\n` is written as `\r`; lines end at `\r`.
    Cr,
    /// '\r\n': `\n` is written as `\r\n`; lines end at `\r\n`.
    CrLf,
}

/// Which line endings a StringIO with `newline=None` or `''` has seen (its `newlines`).
const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

struct State<T> {
    data: Vec<T>,
    pos: usize,
    closed: bool,
    newline: Newline,
    seen: u8,
}

/// The stream of one StringIO (`T` = char) or BytesIO (`T` = u8).
pub struct Memory<T> {
    /// An object cell, as a list's items: under a GIL no atomic read-modify-write per call.
    state: ObjCell<State<T>>,
    /// Live memoryviews from `getbuffer()` (BytesIO only): while any, the size is fixed.
    exports: AtomicUsize,
}

impl<T: Copy + PartialEq + Default> Memory<T> {
    fn new() -> Self {
        Memory { state: ObjCell::new(State { data: Vec::new(), pos: 0, closed: false, newline: Newline::Lf, seen: 0 }), exports: AtomicUsize::new(0) }
    }

    /// CPython's refusal to change a stream whose buffer a memoryview exports.
    fn unexported(&self) -> PyResult<()> {
        if self.exports.load(Ordering::Acquire) > 0 {
            return Err(PyErr::new(ExcKind::BufferError, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }
}

impl Memory<u8> {
    /// Runs `f` over the stream's bytes (`f` must not call the VM).
    pub fn read_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        f(&self.state.lock().data)
    }

    /// Runs `f` over the stream's bytes for a change in place (`f` must not call the VM).
    pub fn write_bytes<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        f(&mut self.state.lock().data)
    }
}

// Held as an instance's native payload; the VM reaches it through its methods only.
impl<T: Send + Sync + 'static> NativeData for Memory<T> {}

/// `_io._BytesIOBuffer`: what a BytesIO's `getbuffer()` view is a view of (its `obj`). Views of it
/// read and write the stream's bytes in place and count as exports of the stream.
pub struct StreamBuffer {
    stream: Value,
}

impl StreamBuffer {
    /// The stream's bytes (None only if the payload was replaced, which it never is).
    pub fn memory(&self) -> Option<&Memory<u8>> {
        memory::<u8>(&self.stream).ok()
    }
}

impl NativeData for StreamBuffer {
    fn buffer_exports(&self) -> Option<&AtomicUsize> {
        self.memory().map(|m| &m.exports)
    }
}

/// The stream buffer inside `v`, if `v` is one.
pub fn stream_buffer_of(v: &Value) -> Option<&StreamBuffer> {
    match v {
        Value::Instance(i) => i.native::<StreamBuffer>(),
        _ => None,
    }
}

fn stream_buffer_class() -> &'static Arc<Class> {
    static CELL: OnceLock<Arc<Class>> = OnceLock::new();
    CELL.get_or_init(|| make_class_in("_io", "_BytesIOBuffer", vec![types().object.clone()], Kind::Native))
}

/// `getbuffer()`: a writable memoryview of the bytes; the stream cannot change size until it
/// is released.
fn bytes_getbuffer(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let len = open::<u8>(&a[0])?.data.len();
    let holder = Value::Instance(Instance::new(stream_buffer_class().clone(), Payload::Native(Box::new(StreamBuffer { stream: a[0].clone() }))));
    let window = Window { format: ItemFormat::U8, start: 0, len, stride: 1 };
    Ok(crate::builtins::memoryview::wrap(MemoryView::new(holder, false, window)))
}

/// What differs between the two streams: the element and how CPython words each error.
trait Element: Copy + PartialEq + Default + Send + Sync + 'static {
    const LF: Self;
    const CR: Self;
    const TEXT: bool;
    fn value(items: &[Self]) -> Value;
    fn closed_error() -> PyErr;
}

impl Element for char {
    const LF: char = '\n';
    const CR: char = '\r';
    const TEXT: bool = true;
    fn value(items: &[char]) -> Value {
        // ASCII text (the usual case) is narrowed a byte at a time, which the compiler vectorizes.
        let text = if items.iter().all(char::is_ascii) {
            String::from_utf8(items.iter().map(|&c| c as u8).collect()).expect("ASCII is UTF-8")
        } else {
            let mut text = String::with_capacity(items.len());
            text.extend(items);
            text
        };
        Value::Str(crate::objects::str::PyStr::from_counted(text, items.len()))
    }
    fn closed_error() -> PyErr {
        PyErr::value_error("I/O operation on closed file")
    }
}

impl Element for u8 {
    const LF: u8 = b'\n';
    const CR: u8 = b'\r';
    const TEXT: bool = false;
    fn value(items: &[u8]) -> Value {
        Value::Bytes(Arc::new(items.to_vec()))
    }
    fn closed_error() -> PyErr {
        PyErr::value_error("I/O operation on closed file.")
    }
}

fn memory<T: Element>(v: &Value) -> PyResult<&Memory<T>> {
    let found = match v {
        Value::Instance(i) => i.native::<Memory<T>>(),
        _ => None,
    };
    found.ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_io.{}' object", if T::TEXT { "StringIO" } else { "BytesIO" })))
}

/// The open stream's state, or the closed-file ValueError.
fn open<T: Element>(v: &Value) -> PyResult<CellGuard<'_, State<T>>> {
    let s = memory::<T>(v)?.state.lock();
    if s.closed {
        return Err(T::closed_error());
    }
    Ok(s)
}

/// A size argument: None or negative for "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_as(v, crate::vm::protocol::Oversize::Size)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

impl<T: Element> State<T> {
    /// Where the line starting at the position ends (just past its ending), or the end.
    fn line_end(&self, limit: Option<usize>) -> usize {
        let len = self.data.len();
        let start = self.pos.min(len);
        let stop = limit.map_or(len, |l| len.min(start.saturating_add(l)));
        let rest = &self.data[start..stop];
        let found = match self.newline {
            Newline::Translate | Newline::Lf => rest.iter().position(|c| *c == T::LF).map(|i| i + 1),
            Newline::Cr => rest.iter().position(|c| *c == T::CR).map(|i| i + 1),
            Newline::CrLf => rest.windows(2).position(|w| w[0] == T::CR && w[1] == T::LF).map(|i| i + 2),
            Newline::Universal => rest.iter().position(|c| *c == T::LF || *c == T::CR).map(|i| {
                // A \r followed by \n (within what may be read) ends with both.
                if rest[i] == T::CR && rest.get(i + 1) == Some(&T::LF) { i + 2 } else { i + 1 }
            }),
        };
        start + found.unwrap_or(rest.len())
    }

    fn take(&mut self, end: usize) -> Value {
        let start = self.pos.min(self.data.len());
        let out = T::value(&self.data[start..end.max(start)]);
        self.pos = self.pos.max(end);
        out
    }

    /// Writes `items` at the position (past the end: after a gap of zeros).
    /// Writes `items` at the position (past the end: the gap filled with zeros first); a buffer
    /// that cannot grow that far is MemoryError, with nothing written.
    fn put(&mut self, items: &[T]) -> PyResult<()> {
        let end = self.pos.checked_add(items.len()).ok_or_else(crate::vm::ops::memory_error)?;
        if end > self.data.len() {
            let more = end - self.data.len();
            crate::builtins::sizes::grow(&mut self.data, more)?;
        }
        if self.pos > self.data.len() {
            self.data.resize(self.pos, T::default());
        }
        if self.pos == self.data.len() {
            self.data.extend_from_slice(items);
        } else {
            let overlap = end.min(self.data.len());
            self.data[self.pos..overlap].copy_from_slice(&items[..overlap - self.pos]);
            self.data.extend_from_slice(&items[overlap - self.pos..]);
        }
        self.pos = end;
        Ok(())
    }
}

/// StringIO's text as it is stored: endings noted and translated as `newline` asks.
fn translate(s: &mut State<char>, text: &str) -> Vec<char> {
    if matches!(s.newline, Newline::Translate | Newline::Universal) {
        let b = text.as_bytes();
        for (i, c) in b.iter().enumerate() {
            match c {
                b'\r' if b.get(i + 1) == Some(&b'\n') => s.seen |= SEEN_CRLF,
                b'\r' => s.seen |= SEEN_CR,
                b'\n' if i > 0 && b[i - 1] == b'\r' => {}
                b'\n' => s.seen |= SEEN_LF,
                _ => {}
            }
        }
    }
    match s.newline {
        Newline::Translate if text.contains('\r') => text.replace("\r\n", "\n").replace('\r', "\n").chars().collect(),
        Newline::Cr if text.contains('\n') => text.replace('\n', "\r").chars().collect(),
        Newline::CrLf if text.contains('\n') => text.replace('\n', "\r\n").chars().collect(),
        _ if text.is_ascii() => text.bytes().map(char::from).collect(),
        _ => text.chars().collect(),
    }
}

fn type_name(v: &Value) -> String {
    types().of(v).name.clone()
}

// ---- the methods both streams have

fn getvalue<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(T::value(&open::<T>(&a[0])?.data))
}

fn read<T: Element>(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let size = size_arg(vm, a.get(1))?;
    let mut s = open::<T>(&a[0])?;
    let len = s.data.len();
    let end = size.map_or(len, |n| len.min(s.pos.saturating_add(n)));
    Ok(s.take(end))
}

fn readline<T: Element>(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let limit = size_arg(vm, a.get(1))?;
    let mut s = open::<T>(&a[0])?;
    let end = s.line_end(limit);
    Ok(s.take(end))
}

/// readlines(hint=-1): lines until their total length passes `hint` (BytesIO: reaches it).
fn readlines<T: Element>(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let hint = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => usize::try_from(vm.index_value(v)?).ok().filter(|h| *h > 0),
        Some(v) if T::TEXT => return Err(PyErr::type_error(format!("argument should be integer or None, not '{}'", type_name(v)))),
        Some(v) => return Err(PyErr::type_error(format!("integer argument expected, got '{}'", type_name(v)))),
    };
    let mut s = memory::<T>(&a[0])?.state.lock();
    if s.closed {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    let mut lines = Vec::new();
    let mut total = 0;
    while s.pos < s.data.len() {
        let end = s.line_end(None);
        total += end - s.pos;
        lines.push(s.take(end));
        if hint.is_some_and(|h| if T::TEXT { total > h } else { total >= h }) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn tell<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(open::<T>(&a[0])?.pos as i64))
}

fn truncate<T: Element>(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    drop(open::<T>(&a[0])?);
    memory::<T>(&a[0])?.unexported()?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => Some(vm.index_value(v)?),
        Some(v) if vm.has_attr(v, "__index__")? => Some(vm.index_value(v)?),
        Some(v) => return Err(PyErr::type_error(format!("argument should be integer or None, not '{}'", type_name(v)))),
    };
    let mut s = open::<T>(&a[0])?;
    let size = match size {
        None => s.pos,
        Some(n) if n < 0 => return Err(PyErr::value_error(format!("{} size value {n}", if T::TEXT { "Negative" } else { "negative" }))),
        Some(n) => n as usize,
    };
    if size < s.data.len() {
        s.data.truncate(size);
    }
    Ok(Value::Int(size as i64))
}

fn close<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let stream = memory::<T>(&a[0])?;
    stream.unexported()?;
    let mut s = stream.state.lock();
    s.closed = true;
    s.data = Vec::new();
    Ok(Value::None)
}

fn closed<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(memory::<T>(&a[0])?.state.lock().closed))
}

/// readable(), writable(), seekable(): True while open.
fn can<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    drop(open::<T>(&a[0])?);
    Ok(Value::Bool(true))
}

fn isatty<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if memory::<T>(&a[0])?.state.lock().closed {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(Value::Bool(false))
}

fn next<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let mut s = open::<T>(&a[0])?;
    if s.pos >= s.data.len() {
        return Err(PyErr::stop_iteration(None));
    }
    let end = s.line_end(None);
    Ok(s.take(end))
}

fn enter<T: Element>(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if memory::<T>(&a[0])?.state.lock().closed {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.call_method(&a[0], "close", &[])?;
    Ok(Value::None)
}

fn writelines<T: Element>(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if memory::<T>(&a[0])?.state.lock().closed {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    let lines = a.get(1).ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument (0 given)"))?;
    for line in vm.collect(lines)? {
        vm.call_method(&a[0], "write", &[line])?;
    }
    Ok(Value::None)
}

fn unsupported(name: &'static str) -> PyErr {
    PyErr::new(ExcKind::UnsupportedOperation, name)
}

fn fileno(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

fn detach(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(unsupported("detach"))
}

// ---- StringIO's own

/// `__init__(initial_value='', newline='\n')`: the text, written as `newline` says, read from
/// its start.
fn string_init(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("StringIO", k, &["initial_value", "newline"])?;
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("StringIO() takes at most 2 arguments ({} given)", a.len() - 1)));
    }
    let initial = a.get(1).or(kwarg(k, "initial_value"));
    let text = match initial {
        None | Some(Value::None) => crate::objects::str::PyStr::new(""),
        Some(Value::Str(s)) => s.clone(),
        Some(v) => return Err(PyErr::type_error(format!("initial_value must be str or None, not {}", type_name(v)))),
    };
    let newline = match a.get(2).or(kwarg(k, "newline")) {
        None => Newline::Lf,
        Some(Value::None) => Newline::Translate,
        Some(Value::Str(s)) => match s.as_str() {
            "" => Newline::Universal,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            other => return Err(PyErr::value_error(format!("illegal newline value: {}", crate::objects::repr::str_repr(other)))),
        },
        Some(v) => return Err(PyErr::type_error(format!("newline must be str or None, not {}", type_name(v)))),
    };
    let mut s = memory::<char>(&a[0])?.state.lock();
    *s = State { data: Vec::new(), pos: 0, closed: false, newline, seen: 0 };
    let items = translate(&mut s, text.as_str());
    s.data = items;
    Ok(Value::None)
}

fn string_write(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let text = match a.get(1) {
        Some(Value::Str(t)) => t.clone(),
        Some(v) => return Err(PyErr::type_error(format!("string argument expected, got '{}'", type_name(v)))),
        None => return Err(PyErr::type_error("StringIO.write() takes exactly one argument (0 given)")),
    };
    let mut s = open::<char>(&a[0])?;
    if s.pos == s.data.len() && s.newline == Newline::Lf {
        // The usual case: text added at the end, as it is.
        crate::builtins::sizes::grow(&mut s.data, text.char_len())?;
        if text.is_ascii() {
            s.data.extend(text.as_str().bytes().map(char::from));
        } else {
            s.data.extend(text.as_str().chars());
        }
        s.pos = s.data.len();
    } else {
        let items = translate(&mut s, text.as_str());
        s.put(&items)?;
    }
    Ok(Value::Int(text.char_len() as i64))
}

fn string_seek(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let pos = vm.index_value(a.get(1).ok_or_else(|| PyErr::type_error("seek expected at least 1 argument, got 0"))?)?;
    let whence = match a.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let mut s = open::<char>(&a[0])?;
    match whence {
        0 if pos < 0 => Err(PyErr::value_error(format!("Negative seek position {pos}"))),
        0 => {
            s.pos = pos as usize;
            Ok(Value::Int(pos))
        }
        1 | 2 if pos != 0 => Err(PyErr::new(ExcKind::OSError, "Can't do nonzero cur-relative seeks")),
        1 => Ok(Value::Int(s.pos as i64)),
        2 => {
            s.pos = s.data.len();
            Ok(Value::Int(s.pos as i64))
        }
        _ => Err(PyErr::value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

fn string_newlines(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = open::<char>(&a[0])?;
    if !matches!(s.newline, Newline::Translate | Newline::Universal) {
        return Ok(Value::None);
    }
    let names: Vec<Value> =
        [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")].iter().filter(|(bit, _)| s.seen & bit != 0).map(|(_, n)| Value::str(n)).collect();
    Ok(match names.len() {
        0 => Value::None,
        1 => names[0].clone(),
        _ => Value::tuple(names),
    })
}

fn string_line_buffering(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    drop(open::<char>(&a[0])?);
    Ok(Value::Bool(false))
}

fn none(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn string_flush(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn string_iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if memory::<char>(&a[0])?.state.lock().closed {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

// ---- BytesIO's own

fn bytes_init(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("BytesIO", k, &["initial_bytes"])?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("BytesIO() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    let data = match a.get(1).or(kwarg(k, "initial_bytes")) {
        None | Some(Value::None) => Vec::new(),
        Some(v) => crate::builtins::binary_args::bytes_like(v)?,
    };
    let stream = memory::<u8>(&a[0])?;
    stream.unexported()?;
    let mut s = stream.state.lock();
    *s = State { data, pos: 0, closed: false, newline: Newline::Lf, seen: 0 };
    Ok(Value::None)
}

fn bytes_write(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(v) = a.get(1) else { return Err(PyErr::type_error("BytesIO.write() takes exactly one argument (0 given)")) };
    let mut s = open::<u8>(&a[0])?;
    memory::<u8>(&a[0])?.unexported()?;
    if let Value::Bytes(b) = v {
        s.put(b)?;
        return Ok(Value::Int(b.len() as i64));
    }
    let data = crate::builtins::binary_args::bytes_like(v)?;
    s.put(&data)?;
    Ok(Value::Int(data.len() as i64))
}

fn bytes_seek(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let pos = vm.index_value(a.get(1).ok_or_else(|| PyErr::type_error("seek expected at least 1 argument, got 0"))?)?;
    let whence = match a.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let mut s = open::<u8>(&a[0])?;
    let from = match whence {
        0 if pos < 0 => return Err(PyErr::value_error(format!("negative seek value {pos}"))),
        0 => 0,
        1 => s.pos as i64,
        2 => s.data.len() as i64,
        _ => return Err(PyErr::value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos = (from + pos).max(0) as usize;
    Ok(Value::Int(s.pos as i64))
}

fn bytes_readinto(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(target) = a.get(1) else { return Err(PyErr::type_error("readinto() takes exactly one argument (0 given)")) };
    let mut s = open::<u8>(&a[0])?;
    let Some(room) = crate::builtins::buffer::writable_len(target) else {
        return Err(PyErr::type_error(format!("readinto() argument must be read-write bytes-like object, not {}", type_name(target))));
    };
    let start = s.pos.min(s.data.len());
    let end = s.data.len().min(start + room);
    crate::builtins::buffer::write_into(target, 0, &s.data[start..end]);
    s.pos = s.pos.max(end);
    Ok(Value::Int((end - start) as i64))
}

fn bytes_flush(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    drop(open::<u8>(&a[0])?);
    Ok(Value::None)
}

fn bytes_iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

// ---- the classes

type Table = &'static [(&'static str, NativeFn)];

const STRING: Table = &[
    ("__init__", string_init),
    ("getvalue", getvalue::<char>),
    ("read", read::<char>),
    ("readline", readline::<char>),
    ("readlines", readlines::<char>),
    ("write", string_write),
    ("writelines", writelines::<char>),
    ("seek", string_seek),
    ("tell", tell::<char>),
    ("truncate", truncate::<char>),
    ("close", close::<char>),
    ("flush", string_flush),
    ("readable", can::<char>),
    ("writable", can::<char>),
    ("seekable", can::<char>),
    ("isatty", isatty::<char>),
    ("fileno", fileno),
    ("detach", detach),
    ("__iter__", string_iter),
    ("__next__", next::<char>),
    ("__enter__", enter::<char>),
    ("__exit__", exit),
];
const STRING_PROPS: Table =
    &[("closed", closed::<char>), ("newlines", string_newlines), ("line_buffering", string_line_buffering), ("encoding", none), ("errors", none)];

const BYTES: Table = &[
    ("__init__", bytes_init),
    ("getvalue", getvalue::<u8>),
    ("read", read::<u8>),
    ("read1", read::<u8>),
    ("readline", readline::<u8>),
    ("readlines", readlines::<u8>),
    ("readinto", bytes_readinto),
    ("readinto1", bytes_readinto),
    ("write", bytes_write),
    ("writelines", writelines::<u8>),
    ("getbuffer", bytes_getbuffer),
    ("seek", bytes_seek),
    ("tell", tell::<u8>),
    ("truncate", truncate::<u8>),
    ("close", close::<u8>),
    ("flush", bytes_flush),
    ("readable", can::<u8>),
    ("writable", can::<u8>),
    ("seekable", can::<u8>),
    ("isatty", isatty::<u8>),
    ("fileno", fileno),
    ("detach", detach),
    ("__iter__", bytes_iter),
    ("__next__", next::<u8>),
    ("__enter__", enter::<u8>),
    ("__exit__", exit),
];
const BYTES_PROPS: Table = &[("closed", closed::<u8>)];

/// `__new__`: an empty stream of class `cls`; called on the native class itself (which
/// type.__call__ does not initialise), it runs `__init__` with the arguments too.
fn new_string(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    new_stream(vm, a, k, string_init, || Box::new(Memory::<char>::new()))
}

fn new_bytes(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    new_stream(vm, a, k, bytes_init, || Box::new(Memory::<u8>::new()))
}

/// `init` is the native class's own `__init__` (the one its dict holds), run directly: a
/// stream made with no arguments is already what it would make.
fn new_stream(vm: &mut Vm, a: &[Value], k: &KwArgs, init: NativeFn, empty: impl FnOnce() -> Box<dyn NativeData>) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else { return Err(PyErr::type_error("__new__(X): X is not a type object")) };
    let inst = Value::Instance(Instance::with_dict(cls.clone(), Payload::Native(empty())));
    if cls.is_builtin && (a.len() > 1 || !k.is_empty()) {
        let mut args: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::with_capacity(a.len());
        args.push(inst.clone());
        args.extend(a[1..].iter().cloned());
        init(vm, &args, k)?;
    }
    Ok(inst)
}

fn make(name: &'static str, parent: Base, methods: Table, props: Table, new: NativeFn) -> Arc<Class> {
    NativeClass::with_base("_io", name, base(parent)).methods(methods).properties(props).constructor(new).build()
}

/// `_io.StringIO` and `_io.BytesIO`.
pub fn classes() -> [(&'static str, Arc<Class>); 2] {
    static CELLS: [OnceLock<Arc<Class>>; 2] = [OnceLock::new(), OnceLock::new()];
    [
        ("StringIO", CELLS[0].get_or_init(|| make("StringIO", Base::Text, STRING, STRING_PROPS, new_string)).clone()),
        ("BytesIO", CELLS[1].get_or_init(|| make("BytesIO", Base::Buffered, BYTES, BYTES_PROPS, new_bytes)).clone()),
    ]
}
