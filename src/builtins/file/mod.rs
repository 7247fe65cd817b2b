//! open() and the file objects it returns, as CPython's io stack behaves: text files
//! (TextIOWrapper: a codec, `errors=`, `newline=` translation, line buffering) and binary files
//! (BufferedReader / BufferedWriter / BufferedRandom, or FileIO with `buffering=0`), for
//! reading, writing, appending, exclusive creation and `+` updating; seek/tell/truncate,
//! readinto, iteration, `with`. The byte layer is raw.rs, the text layer text.rs. Reads and
//! writes release the GIL while the OS works.

mod classes;
mod fault;
pub(crate) mod memory;
mod raw;
mod reconfigure;
mod text;

use classes::{FileKind, class};
pub use classes::{exported as exported_classes, set_implementation, text_class};
pub use reconfigure::{Reconfigure, parse_reconfigure};

use crate::builtins::args::{kwarg, only_kwargs};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::NO_KWARGS;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use fault::{Done, Fault};
use parking_lot::Mutex;
use raw::Raw;
use std::io::SeekFrom;
use std::sync::OnceLock;
use text::{Newline, Text};

/// The OSError subclass and `[Errno N] text: 'name'` CPython raises for an I/O error.
pub fn os_error(e: &std::io::Error, name: &str) -> PyErr {
    let (class, errno, text) = os_error_parts(e);
    if name.is_empty() {
        return PyErr::with_args(class, vec![errno, text]);
    }
    PyErr::with_args(class, vec![errno, text, Value::str(name)])
}

/// An I/O error about two files (rename, link): `[Errno N] text: 'from' -> 'to'`.
pub fn os_error2(e: &std::io::Error, name: &str, name2: &str) -> PyErr {
    let (class, errno, text) = os_error_parts(e);
    PyErr::with_args(class, vec![errno, text, Value::str(name), Value::None, Value::str(name2)])
}

fn os_error_parts(e: &std::io::Error) -> (ExcKind, Value, Value) {
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
        _ => e.raw_os_error().map_or_else(|| e.to_string(), crate::objects::os_error::strerror),
    };
    (class, Value::Int(errno), Value::string(text))
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

impl State {
    /// Writes out what is buffered and lets the descriptor go (closing it unless `closefd` is
    /// false: then it stays open for its owner).
    fn finish(mut self, closefd: bool) -> std::io::Result<()> {
        use std::os::fd::IntoRawFd;
        let flushed = self.raw.flush();
        if !closefd {
            let _ = self.raw.file.into_raw_fd();
        }
        flushed
    }
}

/// The open file, shared by a text file and its `buffer` (or a buffered file and its `raw`):
/// closing either closes both, as in CPython's stack.
struct Shared {
    /// None once closed.
    state: Mutex<Option<State>>,
    closefd: bool,
}

impl Drop for Shared {
    /// A file dropped unclosed writes out what it buffered, as CPython's does when its last
    /// reference goes (an error then is lost, as there).
    fn drop(&mut self) {
        if let Some(s) = self.state.get_mut().take() {
            let _ = s.finish(self.closefd);
        }
    }
}

pub struct FileObj {
    name: Value,
    /// The mode as CPython shows it (text: as given; binary: normalised, e.g. 'rb+').
    mode: String,
    /// The binary layer's mode (the same as `mode` for a binary file): what `buffer` shows.
    binary_mode: String,
    layer: Layer,
    readable: bool,
    writable: bool,
    /// Text mode: the encoding, errors, line_buffering, write_through `f.encoding` etc. show.
    settings: Mutex<Settings>,
    /// detach() gave the layer below away: this object can do nothing more.
    detached: std::sync::atomic::AtomicBool,
    shared: std::sync::Arc<Shared>,
    /// The layer below, made on first use (`buffer` of a text file, `raw` of a buffered one).
    below: OnceLock<Value>,
    /// `sys.stdout.buffer` / `sys.stderr.buffer`: what the text stream holds goes out first.
    under_stdio: bool,
}

/// What a text file shows as `encoding`, `errors`, `line_buffering` and `write_through`.
#[derive(Clone)]
struct Settings {
    encoding: String,
    errors: String,
    line_buffering: bool,
    write_through: bool,
}

/// The file object `v` is, detached or not (for what a detached file still answers).
fn file_any(v: &Value) -> PyResult<&FileObj> {
    match v {
        Value::Instance(i) => i.native::<FileObj>().ok_or_else(|| PyErr::type_error("expected a file object")),
        _ => Err(PyErr::type_error("expected a file object")),
    }
}

/// The file object `v` is; ValueError once detach() has given its layer away.
fn file_of(v: &Value) -> PyResult<&FileObj> {
    let f = file_any(v)?;
    if f.detached.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(PyErr::value_error(if f.layer == Layer::Text { "underlying buffer has been detached" } else { "raw stream has been detached" }));
    }
    Ok(f)
}

/// The operations, for CPython's per-operation messages about closed and unsupported files.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    ReadLine,
    ReadInto,
    Read1,
    Peek,
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
        let msg = match (self.layer, op) {
            (Layer::Text, Op::Query) => "I/O operation on closed file",
            (Layer::Text, _) => "I/O operation on closed file.",
            (Layer::Unbuffered, Op::Flush) => "I/O operation on closed file.",
            (Layer::Unbuffered, _) => "I/O operation on closed file",
            (Layer::Buffered, Op::Read | Op::Read1) => "read of closed file",
            (Layer::Buffered, Op::ReadLine) => "readline of closed file",
            (Layer::Buffered, Op::ReadInto) => "readinto of closed file",
            (Layer::Buffered, Op::Peek) => "peek of closed file",
            (Layer::Buffered, Op::Seek) => "seek of closed file",
            (Layer::Buffered, Op::Truncate) => "truncate of closed file",
            (Layer::Buffered, Op::Write) => "write to closed file",
            (Layer::Buffered, Op::Flush) if self.writable => "flush of closed file",
            (Layer::Buffered, Op::Flush) => "I/O operation on closed file.",
            (Layer::Buffered, _) => "I/O operation on closed file",
        };
        PyErr::value_error(msg)
    }

    /// The UnsupportedOperation for `op` on a file whose mode lacks it, if it does.
    fn unsupported(&self, op: Op) -> Option<PyErr> {
        let reads = matches!(op, Op::Read | Op::ReadLine | Op::ReadInto | Op::Read1 | Op::Peek);
        let writes = matches!(op, Op::Write | Op::Truncate);
        let lacks = (reads && !self.readable) || (writes && !self.writable);
        let msg = match self.layer {
            _ if !lacks => return None,
            Layer::Text if reads => "not readable",
            Layer::Text if op == Op::Write => "not writable",
            Layer::Unbuffered if reads => "File not open for reading",
            Layer::Unbuffered => "File not open for writing",
            _ if op == Op::Read1 => "read1",
            _ if reads => "read",
            _ if op == Op::Write => "write",
            _ => "truncate",
        };
        Some(PyErr::new(ExcKind::UnsupportedOperation, msg))
    }

    /// Runs `f` on the open file with the GIL released; the closed / unsupported errors first
    /// (a buffered file names the operation it lacks even once closed, as CPython's does).
    fn with<T: Send>(&self, vm: &mut Vm, op: Op, f: impl FnOnce(&mut State) -> Done<T> + Send) -> PyResult<T> {
        if self.layer == Layer::Buffered
            && op != Op::Truncate
            && let Some(e) = self.unsupported(op)
        {
            return Err(e);
        }
        if matches!(op, Op::Read | Op::ReadLine | Op::ReadInto | Op::Read1 | Op::Peek) && vm.is_main_thread() {
            self.wait_readable(vm)?;
        }
        let mut guard = self.shared.state.lock();
        let Some(state) = guard.as_mut() else { return Err(self.closed_error(op)) };
        if let Some(e) = self.unsupported(op) {
            return Err(e);
        }
        vm.allow_threads(|| f(state)).map_err(Fault::into_err)
    }

    /// Before the main thread reads a pipe, terminal or socket with nothing buffered: waits
    /// until it is readable where Ctrl-C reaches it (`select::wait_poll`), as CPython's EINTR
    /// does; the read itself would restart after the signal and wait for ever. (A line that
    /// arrives in parts still waits in the read for its end.)
    fn wait_readable(&self, vm: &mut Vm) -> PyResult<()> {
        use std::os::fd::AsRawFd;
        let fd = {
            let guard = self.shared.state.lock();
            let Some(state) = guard.as_ref() else { return Ok(()) };
            if state.text.as_ref().is_some_and(|t| t.has_pending()) {
                return Ok(());
            }
            match state.raw.read_would_wait() {
                Some(fd) => fd.as_raw_fd(),
                None => return Ok(()),
            }
        };
        crate::modules::select::wait_poll(vm, &[(fd, crate::modules::select::READ_EVENTS)], None)?;
        Ok(())
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
        return f.with(vm, Op::Read, |s| s.raw.read(size).map_err(Fault::Io)).map(bytes_value);
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
        return f.with(vm, Op::ReadLine, |s| s.raw.read_line(limit).map_err(Fault::Io)).map(bytes_value);
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

/// readlines(hint=-1): lines until their total size passes `hint` (as CPython's IOBase).
fn readlines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    if f.shared.state.lock().is_none() {
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
        if hint.is_some_and(|h| total > h) {
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
    if f.shared.state.lock().is_none() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

fn write(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let Some(data) = a.get(1) else { return Err(PyErr::type_error("write() takes exactly one argument (0 given)")) };
    if f.under_stdio {
        vm.flush_stdout()?;
    }
    if f.binary() {
        let Some(bytes) = crate::builtins::buffer::bytes_of(data)? else {
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(data).name)));
        };
        let n = bytes.len();
        f.with(vm, Op::Write, move |s| s.raw.write(&bytes).map_err(Fault::Io))?;
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
        raw.write(&bytes).map_err(Fault::Io)?;
        if t.line_buffering && text_in.contains(['\n', '\r']) {
            raw.flush().map_err(Fault::Io)?;
        }
        Ok(())
    })?;
    Ok(Value::Int(count as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if file_of(&a[0])?.shared.state.lock().is_none() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    let items = vm.collect(a.get(1).ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument (0 given)"))?)?;
    for item in items {
        write(vm, &[a[0].clone(), item], NO_KWARGS)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    f.with(vm, Op::Flush, |s| s.raw.flush().map_err(Fault::Io))?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let state = f.shared.state.lock().take();
    if let Some(s) = state {
        let closefd = f.shared.closefd;
        vm.allow_threads(|| s.finish(closefd)).map_err(io)?;
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
        raw.seek(pos).map_err(Fault::Io)
    })?;
    Ok(Value::Int(at as i64))
}

fn tell(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let at = f.with(vm, Op::Tell, |s| {
        let State { raw, text } = s;
        match text.as_mut() {
            Some(t) => t.tell(raw),
            None => raw.tell().map_err(Fault::Io),
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
            None => raw.tell().map_err(Fault::Io)?,
        };
        raw.truncate(at).map_err(Fault::Io)?;
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
    let data = f.with(vm, Op::ReadInto, move |s| s.raw.read(Some(len)).map_err(Fault::Io))?;
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
    // A buffered or text file that cannot read says so even once closed (CPython's
    // BufferedWriter answers from IOBase).
    if !f.readable && f.layer != Layer::Unbuffered {
        return Ok(Value::Bool(false));
    }
    f.with(vm, Op::Query, |_| Ok(Value::Bool(f.readable)))
}

fn writable(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    if !f.writable && f.layer != Layer::Unbuffered {
        return Ok(Value::Bool(false));
    }
    f.with(vm, Op::Query, |_| Ok(Value::Bool(f.writable)))
}

fn seekable(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use std::io::Seek;
    let f = file_of(&a[0])?;
    f.with(vm, Op::Query, |s| Ok(Value::Bool(s.raw.file.stream_position().is_ok())))
}

fn enter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    if f.shared.state.lock().is_none() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    close(vm, &a[..1], k)?;
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(file_of(&a[0])?.shared.state.lock().is_none()))
}

fn name(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(file_of(&a[0])?.name.clone())
}

fn mode(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&file_any(&a[0])?.mode))
}

fn encoding(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&file_any(&a[0])?.settings.lock().encoding))
}

fn errors(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&file_any(&a[0])?.settings.lock().errors))
}

fn line_buffering(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(file_any(&a[0])?.settings.lock().line_buffering))
}

fn closefd(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(file_of(&a[0])?.shared.closefd))
}

impl FileObj {
    /// The class CPython gives this file.
    fn kind(&self) -> FileKind {
        match self.layer {
            Layer::Text => FileKind::TextIOWrapper,
            Layer::Unbuffered => FileKind::FileIO,
            Layer::Buffered if self.readable && self.writable => FileKind::BufferedRandom,
            Layer::Buffered if self.readable => FileKind::BufferedReader,
            Layer::Buffered => FileKind::BufferedWriter,
        }
    }

    /// The same open file seen one layer down (`layer`): it shares the descriptor and the
    /// buffers, so the two stay consistent and closing one closes the other.
    fn view(&self, layer: Layer) -> Value {
        let below = FileObj {
            name: self.name.clone(),
            mode: self.binary_mode.clone(),
            binary_mode: self.binary_mode.clone(),
            layer,
            readable: self.readable,
            writable: self.writable,
            settings: Mutex::new(self.settings.lock().clone()),
            detached: Default::default(),
            shared: self.shared.clone(),
            below: OnceLock::new(),
            under_stdio: self.under_stdio,
        };
        Value::Instance(Instance::new(class(below.kind()), Payload::Native(Box::new(below))))
    }
}

/// A text file's `buffer`: its BufferedReader / BufferedWriter / BufferedRandom (None once
/// detached).
fn buffer_of(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_any(&a[0])?;
    if f.detached.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(Value::None);
    }
    Ok(f.below.get_or_init(|| f.view(Layer::Buffered)).clone())
}

/// A buffered file's `raw`: its FileIO.
fn raw_of(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_any(&a[0])?;
    if f.detached.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(Value::None);
    }
    Ok(f.below.get_or_init(|| f.view(Layer::Unbuffered)).clone())
}

/// FileIO.readall(): everything to the end of the file.
fn readall(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    read(vm, &a[..1], NO_KWARGS)
}

/// read1(size=-1): at most one read from the OS (what is buffered first).
fn read1(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let size = size_arg(vm, a.get(1))?;
    f.with(vm, Op::Read1, |s| s.raw.read1(size).map_err(Fault::Io)).map(bytes_value)
}

/// peek(size=0): the bytes a read would return next, without moving.
fn peek(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    f.with(vm, Op::Peek, |s| s.raw.peek().map_err(Fault::Io)).map(bytes_value)
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_any(&a[0])?;
    let kind = f.kind();
    if f.detached.load(std::sync::atomic::Ordering::Relaxed) {
        // The name is gone with the layer below; what is left is shown.
        return Ok(Value::string(match kind {
            FileKind::TextIOWrapper => format!("<_io.TextIOWrapper mode='{}' encoding='{}'>", f.mode, f.settings.lock().encoding),
            _ => format!("<_io.{}>", kind.name()),
        }));
    }
    let name = vm.repr(&f.name)?;
    Ok(Value::string(match kind {
        FileKind::TextIOWrapper => format!("<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>", f.mode, f.settings.lock().encoding),
        FileKind::FileIO => {
            let closefd = if f.shared.closefd { "True" } else { "False" };
            format!("<_io.FileIO name={name} mode='{}' closefd={closefd}>", f.mode)
        }
        _ => format!("<_io.{} name={name}>", kind.name()),
    }))
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
    // python3 words the two cases differently: none at all (`'b'`, `''`) and more than one (`'rw'`).
    if kinds.is_empty() {
        return Err(PyErr::value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    if kinds.len() > 1 {
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
    let obj = open_file(vm, a, k)?;
    Ok(Value::Instance(Instance::new(class(obj.kind()), Payload::Native(Box::new(obj)))))
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`: open() unbuffered in binary mode, as an
/// instance of `cls` (FileIO or a subclass).
fn fileio_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else { return Err(PyErr::type_error("FileIO.__new__(X): X is not a type object")) };
    only_kwargs("FileIO", k, &["file", "mode", "closefd", "opener"])?;
    let arg = |i: usize, n: &str| a.get(i).or(kwarg(k, n));
    let file = arg(1, "file").ok_or_else(|| PyErr::type_error("FileIO() missing required argument 'file' (pos 1)"))?.clone();
    let mode = match arg(2, "mode") {
        None => "r".to_string(),
        Some(Value::Str(m)) => m.as_str().to_string(),
        Some(v) => return Err(PyErr::type_error(format!("FileIO() argument 'mode' must be str, not {}", types().of(v).name))),
    };
    if mode.chars().any(|c| !"rwxab+".contains(c)) {
        return Err(PyErr::value_error(format!("invalid mode: {mode}")));
    }
    let count = |set: &str| mode.chars().filter(|c| set.contains(*c)).count();
    if count("rwxa") != 1 || count("+") > 1 || count("b") > 1 {
        return Err(PyErr::value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    let binary_mode: String = mode.chars().filter(|c| *c != 'b').chain(std::iter::once('b')).collect();
    let mut kw: KwArgs = vec![(intern("buffering"), Value::Int(0))];
    for (i, name) in [(3, "closefd"), (4, "opener")] {
        if let Some(v) = arg(i, name) {
            kw.push((intern(name), v.clone()));
        }
    }
    let obj = open_file(vm, &[file, Value::string(binary_mode)], &kw)?;
    Ok(Value::Instance(Instance::new(cls.clone(), Payload::Native(Box::new(obj)))))
}

/// The flags CPython's FileIO gives the OS (and an `opener`) for a mode.
fn os_flags(access: Access, plus: bool) -> i64 {
    use nix::fcntl::OFlag;
    let rw = if plus {
        OFlag::O_RDWR
    } else if access == Access::Read {
        OFlag::O_RDONLY
    } else {
        OFlag::O_WRONLY
    };
    let extra = match access {
        Access::Read => OFlag::empty(),
        Access::Write => OFlag::O_CREAT | OFlag::O_TRUNC,
        Access::Append => OFlag::O_CREAT | OFlag::O_APPEND,
        Access::Create => OFlag::O_CREAT | OFlag::O_EXCL,
    };
    (rw | extra | OFlag::O_CLOEXEC).bits() as i64
}

/// The descriptor an `opener(path, flags)` returns.
fn call_opener(vm: &mut Vm, opener: &Value, path: &Value, flags: i64) -> PyResult<i32> {
    let fd = vm.call(opener, &[path.clone(), Value::Int(flags)], NO_KWARGS)?;
    let Value::Int(n) = fd else { return Err(PyErr::type_error("expected integer from opener")) };
    if n < 0 {
        return Err(PyErr::value_error(format!("opener returned {n}")));
    }
    Ok(n as i32)
}

fn open_file(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<FileObj> {
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
    let closefd = match arg(6, "closefd") {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let opener = arg(7, "opener").filter(|v| !v.is_none()).cloned();
    let (target, name) = target_of(vm, &file)?;
    let target = match (target, &opener) {
        (Target::Path(_), _) if !closefd => return Err(PyErr::value_error("Cannot use closefd=False with file name")),
        (Target::Path(p), Some(opener)) => {
            let path = match &name {
                Value::Str(_) | Value::Bytes(_) => name.clone(),
                _ => Value::string(p),
            };
            Target::Fd(call_opener(vm, opener, &path, os_flags(access, plus))?)
        }
        (t, _) => t,
    };
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
    let shown_mode = {
        let base = match access {
            Access::Create => "xb",
            Access::Append => "ab",
            _ if plus => "rb",
            Access::Read => "rb",
            Access::Write => "wb",
        };
        format!("{base}{}", if plus { "+" } else { "" })
    };
    let settings = Settings {
        encoding: encoding_arg.filter(|e| e != "locale").unwrap_or_else(|| "UTF-8".into()),
        errors: errors_arg.unwrap_or_else(|| "strict".into()),
        line_buffering: buffering == 1,
        write_through: false,
    };
    let mut raw = Raw::new(f, layer == Layer::Unbuffered);
    if access == Access::Append {
        use std::io::Seek;
        let _ = raw.file.seek(SeekFrom::End(0));
    }
    let binary_mode = shown_mode.clone();
    let mode = if binary { shown_mode } else { mode };
    Ok(FileObj {
        name,
        mode,
        binary_mode,
        layer,
        readable,
        writable,
        settings: Mutex::new(settings),
        detached: Default::default(),
        shared: std::sync::Arc::new(Shared { state: Mutex::new(Some(State { raw, text })), closefd }),
        below: OnceLock::new(),
        under_stdio: false,
    })
}

pub use crate::objects::native::StdStream;

/// `sys.stdin.buffer` / `sys.stdout.buffer` / `sys.stderr.buffer`: a BufferedReader or
/// BufferedWriter on a copy of the descriptor. Writes go to the OS at once, after what the text
/// stream holds, so text and bytes come out in the order they were written.
pub fn std_buffer(which: StdStream) -> PyResult<Value> {
    use std::os::fd::AsFd;
    let (fd, name, readable) = match which {
        StdStream::In => (std::io::stdin().as_fd().try_clone_to_owned(), "<stdin>", true),
        StdStream::Out => (std::io::stdout().as_fd().try_clone_to_owned(), "<stdout>", false),
        StdStream::Err => (std::io::stderr().as_fd().try_clone_to_owned(), "<stderr>", false),
    };
    let file = std::fs::File::from(fd.map_err(io)?);
    let obj = FileObj {
        name: Value::str(name),
        mode: if readable { "rb" } else { "wb" }.to_string(),
        binary_mode: if readable { "rb" } else { "wb" }.to_string(),
        layer: Layer::Buffered,
        readable,
        writable: !readable,
        settings: Mutex::new(Settings { encoding: "utf-8".into(), errors: "strict".into(), line_buffering: false, write_through: false }),
        detached: Default::default(),
        shared: std::sync::Arc::new(Shared { state: Mutex::new(Some(State { raw: Raw::new(file, !readable), text: None })), closefd: true }),
        below: OnceLock::new(),
        under_stdio: !readable,
    };
    Ok(Value::Instance(Instance::new(class(obj.kind()), Payload::Native(Box::new(obj)))))
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for FileObj {}
