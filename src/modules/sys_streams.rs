//! The text-stream side of `sys.stdin` / `sys.stdout` / `sys.stderr` beyond write/flush/readline
//! (sys.rs): their settings (`encoding`, `errors`, `line_buffering`, `write_through`, `mode`,
//! `newlines`, `closed`), `reconfigure()`, the queries (`isatty`, `readable`, `writable`,
//! `seekable`), and reading stdin whole or by lines (`read`, `readlines`, iteration; as CPython's
//! on POSIX, newline='\n': lines end at \n only and nothing is translated).
//! Writes to stdout go through `Vm::write_stdout`, which asks `transcode` for the bytes when
//! the stream was reconfigured to another encoding or error handler.

use super::sys::Stream;
use crate::codecs::{Encoding, ErrorHandler};
use crate::objects::ExcKind;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// A standard stream's settings as its attributes show them.
#[derive(Clone)]
struct Settings {
    encoding: String,
    codec: Encoding,
    errors: String,
    line_buffering: bool,
    write_through: bool,
}

static SETTINGS: [Mutex<Option<Settings>>; 3] = [Mutex::new(None), Mutex::new(None), Mutex::new(None)];
/// stdout was reconfigured away from UTF-8 with its default handler: writes are transcoded.
static TRANSCODE_OUT: AtomicBool = AtomicBool::new(false);
/// stdout was reconfigured with line_buffering=True: a newline sends the buffer to the OS.
static LINE_BUFFERED_OUT: AtomicBool = AtomicBool::new(false);

fn slot(s: Stream) -> usize {
    match s {
        Stream::In => 0,
        Stream::Out => 1,
        Stream::Err => 2,
    }
}

fn is_tty(s: Stream) -> bool {
    use std::io::IsTerminal;
    match s {
        Stream::In => std::io::stdin().is_terminal(),
        Stream::Out => std::io::stdout().is_terminal(),
        Stream::Err => std::io::stderr().is_terminal(),
    }
}

/// The handler CPython gives stdin and stdout: surrogateescape under the C or POSIX locale
/// (and C.UTF-8, its coerced form), strict under any other.
fn default_errors(s: Stream) -> &'static str {
    if s == Stream::Err {
        return "backslashreplace";
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].iter().filter_map(|v| std::env::var(v).ok()).find(|v| !v.is_empty()).unwrap_or_default();
    if locale.is_empty() || locale == "C" || locale == "POSIX" || locale.starts_with("C.") { "surrogateescape" } else { "strict" }
}

fn settings(s: Stream) -> Settings {
    SETTINGS[slot(s)]
        .lock()
        .get_or_insert_with(|| Settings {
            encoding: "utf-8".to_string(),
            codec: Encoding::Utf8,
            errors: default_errors(s).to_string(),
            line_buffering: s != Stream::In && is_tty(s),
            write_through: s == Stream::Err || (s == Stream::Out && crate::config::get().flags.unbuffered),
        })
        .clone()
}

/// The bytes stdout should receive for `text` once reconfigured to another codec or handler
/// (None: the text's own UTF-8 is right).
pub fn transcode(text: &str) -> Option<PyResult<Vec<u8>>> {
    if !TRANSCODE_OUT.load(Relaxed) {
        return None;
    }
    let s = settings(Stream::Out);
    Some(crate::builtins::codec_args::encode(s.codec, text, &ErrorHandler::parse(&s.errors)))
}

/// Whether stdout was reconfigured to flush at each newline.
pub fn line_buffered_out() -> bool {
    LINE_BUFFERED_OUT.load(Relaxed)
}

fn stream_of(v: &Value) -> PyResult<Stream> {
    match v {
        Value::Instance(i) => i.native::<Stream>().copied().ok_or_else(|| PyErr::type_error("descriptor requires a standard stream")),
        _ => Err(PyErr::type_error("descriptor requires a standard stream")),
    }
}

fn encoding(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(settings(stream_of(&a[0])?).encoding))
}

fn errors(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(settings(stream_of(&a[0])?).errors))
}

fn line_buffering(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(settings(stream_of(&a[0])?).line_buffering))
}

fn write_through(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(settings(stream_of(&a[0])?).write_through))
}

fn mode(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(if stream_of(&a[0])? == Stream::In { "r" } else { "w" }))
}

fn none(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(is_closed(stream_of(&a[0])?)))
}

/// Streams the program closed (`sys.stdout.close()`): their Python-level operations raise
/// ValueError; the OS descriptor stays open, as python3's standard streams do not own it.
static CLOSED: [AtomicBool; 3] = [AtomicBool::new(false), AtomicBool::new(false), AtomicBool::new(false)];

/// Whether the program closed this standard stream.
pub fn is_closed(s: Stream) -> bool {
    CLOSED[slot(s)].load(Relaxed)
}

/// ValueError for an operation on a closed standard stream (the text-layer wording, with a period).
pub fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

fn raise_closed(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(closed_error())
}

/// As `raise_closed`, in the wording of the calls CPython answers from its buffer layer.
fn raise_closed_buffer(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(PyErr::value_error("I/O operation on closed file"))
}

/// What a closed stream does for `name` instead of its method, if it refuses it.
pub fn closed_method(s: Stream, name: &str) -> Option<NativeFn> {
    const TEXT: &[&str] =
        &["write", "flush", "tell", "seek", "truncate", "writelines", "reconfigure", "__enter__", "read", "readline", "readlines", "__iter__", "__next__"];
    const BUFFER: &[&str] = &["fileno", "isatty", "readable", "writable", "seekable"];
    if !is_closed(s) {
        return None;
    }
    if TEXT.contains(&name) {
        Some(raise_closed)
    } else if BUFFER.contains(&name) {
        Some(raise_closed_buffer)
    } else {
        None
    }
}

fn isatty(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(is_tty(stream_of(&a[0])?)))
}

fn readable(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(&a[0])? == Stream::In))
}

fn writable(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(&a[0])? != Stream::In))
}

/// seekable(): whether the descriptor is a file the OS can seek in (not a pipe or terminal).
fn seekable(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use std::os::fd::AsFd;
    let at = |fd: std::os::fd::BorrowedFd<'_>| nix::unistd::lseek(fd, 0, nix::unistd::Whence::SeekCur).is_ok();
    Ok(Value::Bool(match stream_of(&a[0])? {
        Stream::In => at(std::io::stdin().as_fd()),
        Stream::Out => at(std::io::stdout().as_fd()),
        Stream::Err => at(std::io::stderr().as_fd()),
    }))
}

/// reconfigure(*, encoding, errors, newline, line_buffering, write_through) of a standard stream.
fn reconfigure(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let s = stream_of(&a[0])?;
    let crate::builtins::file::Reconfigure { encoding, errors, line_buffering, write_through, .. } = crate::builtins::file::parse_reconfigure(vm, a, k)?;
    let mut new = settings(s);
    if let Some(e) = encoding {
        let name = if e == "locale" { "utf-8" } else { e };
        new.codec = crate::builtins::codec_args::lookup(name)?;
        new.encoding = name.to_string();
        new.errors = "strict".to_string();
    }
    if let Some(e) = errors {
        new.errors = e.to_string();
    }
    new.line_buffering = line_buffering.unwrap_or(new.line_buffering);
    new.write_through = write_through.unwrap_or(new.write_through);
    if s == Stream::Out {
        vm.flush_stdout()?;
        let default = new.codec == Encoding::Utf8 && new.errors == default_errors(s);
        TRANSCODE_OUT.store(!default, Relaxed);
        LINE_BUFFERED_OUT.store(new.line_buffering || new.write_through, Relaxed);
    }
    *SETTINGS[slot(s)].lock() = Some(new);
    Ok(Value::None)
}

fn not_readable(s: Stream) -> PyResult<()> {
    if s != Stream::In {
        return Err(PyErr::new(ExcKind::UnsupportedOperation, "not readable"));
    }
    Ok(())
}

/// Text from stdin's bytes, decoded as the stream's encoding and error handler say.
pub fn decode_stdin(bytes: Vec<u8>) -> PyResult<String> {
    let s = settings(Stream::In);
    if s.codec == Encoding::Utf8 {
        // The common case: no copy.
        match String::from_utf8(bytes) {
            Ok(text) => return Ok(text),
            Err(e) => return crate::builtins::codec_args::decode(s.codec, e.as_bytes(), &ErrorHandler::parse(&s.errors)),
        }
    }
    crate::builtins::codec_args::decode(s.codec, &bytes, &ErrorHandler::parse(&s.errors))
}

/// read(size=-1): all of stdin, or `size` characters.
fn read(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    not_readable(stream_of(&a[0])?)?;
    let size = match a.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_value(v)?,
    };
    vm.interp.stdio.flush_out();
    let bytes = match usize::try_from(size) {
        Ok(n) => crate::builtins::stdin_reader::read_chars(vm, n)?,
        Err(_) => crate::builtins::stdin_reader::read_all(vm)?,
    };
    Ok(Value::string(decode_stdin(bytes)?))
}

fn line(vm: &mut Vm) -> PyResult<Option<String>> {
    crate::builtins::io::read_stdin_line(vm)
}

/// readlines(hint=-1): the lines left, until their total length reaches `hint`.
fn readlines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    not_readable(stream_of(&a[0])?)?;
    let hint = match a.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_value(v)?,
    };
    let mut lines = Vec::new();
    let mut total = 0i64;
    while let Some(l) = line(vm)? {
        total += l.chars().count() as i64;
        lines.push(Value::string(l));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    stream_of(&a[0])?;
    Ok(a[0].clone())
}

fn next(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    not_readable(stream_of(&a[0])?)?;
    match line(vm)? {
        Some(l) => Ok(Value::string(l)),
        None => Err(PyErr::stop_iteration(None)),
    }
}

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(match &a[0] {
        Value::Instance(i) => i.native_data().and_then(|d| d.repr()).map(Value::string).unwrap_or(Value::None),
        _ => Value::None,
    })
}

fn enter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    stream_of(&a[0])?;
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    close(vm, &a[..1], k)
}

/// close(): what is buffered goes out and the stream refuses further use; the OS stream itself
/// stays open for the interpreter (gilpy's own messages and tracebacks still need it).
fn close(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = stream_of(&a[0])?;
    if is_closed(s) {
        return Ok(Value::None);
    }
    let flushed = if s == Stream::Out { vm.flush_stdout().map(|_| ()) } else { Ok(()) };
    // Closed even when the last flush failed, as CPython's close().
    CLOSED[slot(s)].store(true, Relaxed);
    flushed.map(|()| Value::None)
}

fn writelines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let items = vm.collect(a.get(1).ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument (0 given)"))?)?;
    for item in items {
        vm.call_method(&a[0], "write", &[item])?;
    }
    Ok(Value::None)
}

/// The OS offset of a standard stream's descriptor, or the error CPython's stream raises.
fn os_offset(s: Stream, offset: i64, whence: nix::unistd::Whence) -> PyResult<Value> {
    use std::os::fd::AsFd;
    let r = match s {
        Stream::In => nix::unistd::lseek(std::io::stdin().as_fd(), offset, whence),
        Stream::Out => nix::unistd::lseek(std::io::stdout().as_fd(), offset, whence),
        Stream::Err => nix::unistd::lseek(std::io::stderr().as_fd(), offset, whence),
    };
    match r {
        Ok(at) => Ok(Value::Int(at)),
        Err(e) => Err(PyErr::with_args(ExcKind::OSError, vec![Value::Int(e as i64), Value::str(e.desc())])),
    }
}

fn tell(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = stream_of(&a[0])?;
    if s == Stream::Out {
        vm.flush_stdout()?;
    }
    os_offset(s, 0, nix::unistd::Whence::SeekCur)
}

fn seek(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let s = stream_of(&a[0])?;
    let can = seekable(vm, &a[..1], k)?;
    if !vm.truthy(&can)? {
        return Err(PyErr::new(ExcKind::UnsupportedOperation, "underlying stream is not seekable"));
    }
    if s == Stream::Out {
        vm.flush_stdout()?;
    }
    let offset = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => return Err(PyErr::type_error("seek expected at least 1 argument, got 0")),
    };
    let whence = match a.get(2) {
        None | Some(Value::Int(0)) => nix::unistd::Whence::SeekSet,
        Some(Value::Int(1)) => nix::unistd::Whence::SeekCur,
        Some(Value::Int(2)) => nix::unistd::Whence::SeekEnd,
        Some(Value::Int(n)) => return Err(PyErr::value_error(format!("invalid whence ({n}, should be 0, 1 or 2)"))),
        Some(other) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", crate::objects::types::types().of(other).name)));
        }
    };
    os_offset(s, offset, whence)
}

fn truncate(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = stream_of(&a[0])?;
    Err(PyErr::new(ExcKind::UnsupportedOperation, if s == Stream::In { "not writable" } else { "truncate" }))
}

/// The methods of the standard streams (sys.rs's `stream_method` looks them up).
pub const METHODS: &[(&str, NativeFn)] = &[
    ("reconfigure", reconfigure),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("read", read),
    ("readlines", readlines),
    ("__iter__", iter),
    ("__next__", next),
    ("__repr__", repr),
    ("__enter__", enter),
    ("__exit__", exit),
    ("close", close),
    ("writelines", writelines),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
];

/// The properties of the standard streams (looked up as the methods are).
pub const PROPERTIES: &[(&str, NativeFn)] = &[
    ("encoding", encoding),
    ("errors", errors),
    ("line_buffering", line_buffering),
    ("write_through", write_through),
    ("mode", mode),
    ("newlines", none),
    ("closed", closed),
];
