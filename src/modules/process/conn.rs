//! Connections between processes (the two ends of a Unix socket pair, message-framed with a u32
//! big-endian length, as CPython's) and `SemLock`, the counting semaphore in shared memory (`unsafe_os::SharedSemaphore`)
//! that multiprocessing's locks, events and queues are built on; it lives across fork. Every wait
//! releases the GIL and lets Ctrl-C through (`Vm::blocking`).

use crate::builtins::args::arg_f64;
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::{SEMAPHORE_MAX, SharedSemaphore};
use crate::vm::Vm;
use nix::poll::{PollFd, PollFlags, PollTimeout};
use parking_lot::Mutex;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::sync::OnceLock;
use std::time::Instant;

/// Waits until the stream is readable or the deadline passes (false; also when a signal interrupts
/// the wait, so that callers look again).
fn readable(stream: &impl AsFd, until: Option<Instant>) -> bool {
    loop {
        let ms = match until {
            None => PollTimeout::NONE,
            Some(u) => PollTimeout::try_from(u.saturating_duration_since(Instant::now()).as_millis().min(60_000) as u64).unwrap_or(PollTimeout::MAX),
        };
        let mut fds = [PollFd::new(stream.as_fd(), PollFlags::POLLIN)];
        match nix::poll::poll(&mut fds, ms) {
            Ok(0) if until.is_some_and(|u| Instant::now() < u) => continue,
            Ok(n) => return n > 0,
            Err(_) => return false,
        }
    }
}

fn deadline(vm: &mut Vm, timeout: Option<&Value>) -> PyResult<Option<Instant>> {
    crate::modules::timeout::selector_deadline(vm, timeout)
}

/// One end of a connection: a socket or a pipe end, as a file descriptor.
pub struct Conn {
    stream: Mutex<Option<std::sync::Arc<File>>>,
}

impl Conn {
    /// A copy of the descriptor that a spawned child inherits (no close-on-exec).
    pub(super) fn dup_for_child(&self) -> PyResult<OwnedFd> {
        let stream = self.stream()?;
        nix::unistd::dup(&*stream).map_err(|e| PyErr::new(ExcKind::OSError, e.desc()))
    }

    fn new(fd: OwnedFd) -> Conn {
        Conn { stream: Mutex::new(Some(std::sync::Arc::new(File::from(fd)))) }
    }

    fn stream(&self) -> PyResult<std::sync::Arc<File>> {
        self.stream.lock().clone().ok_or_else(|| PyErr::new(ExcKind::OSError, "handle is closed"))
    }
}

fn conn_of(v: &Value) -> PyResult<&Conn> {
    match v {
        Value::Instance(i) => i.native::<Conn>().ok_or_else(|| PyErr::type_error("expected a Connection")),
        _ => Err(PyErr::type_error("expected a Connection")),
    }
}

fn send_bytes(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = conn_of(&a[0])?;
    let Some(Value::Bytes(b)) = a.get(1) else { return Err(PyErr::type_error("send_bytes() needs a bytes object")) };
    let len = u32::try_from(b.len()).map_err(|_| PyErr::value_error("message too long for a connection (4 GiB or more)"))?;
    let mut frame = len.to_be_bytes().to_vec();
    frame.extend_from_slice(b);
    let s = c.stream()?;
    vm.allow_threads(|| (&*s).write_all(&frame)).map_err(|e| match e.kind() {
        std::io::ErrorKind::BrokenPipe => crate::modules::socket::errors::errno_error(nix::errno::Errno::EPIPE),
        _ => PyErr::new(ExcKind::OSError, e.to_string()),
    })?;
    Ok(Value::None)
}

/// What reading one message gave: the message, the end of the stream, or a length over the cap.
enum Received {
    Message(Vec<u8>),
    Eof,
    TooLong,
}

/// Reads a message of `len` bytes, growing the buffer as bytes arrive: a peer that announces a
/// huge length and sends nothing makes us allocate nothing.
fn read_body(mut s: &File, len: usize) -> std::io::Result<Vec<u8>> {
    const STEP: usize = 1 << 20;
    let mut buf = Vec::with_capacity(len.min(STEP));
    (&mut s).take(len as u64).read_to_end(&mut buf)?;
    if buf.len() < len {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    Ok(buf)
}

/// recv_bytes(maxlength=None) -> the next message, or None (the message left unread) when it is
/// longer than `maxlength`: how an unauthenticated peer is kept from choosing what we allocate.
fn recv_bytes(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = conn_of(&a[0])?;
    let max = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_value(v)?.max(0) as u64),
    };
    let s = c.stream()?;
    // Wait (interruptibly) for the message to start, then read it whole.
    vm.blocking(None, |until| readable(&s, until).then_some(()))?;
    let mut s2: &File = &s;
    let r = vm.allow_threads(|| -> std::io::Result<Received> {
        let mut len = [0u8; 4];
        match s2.read_exact(&mut len) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(Received::Eof),
            Err(e) => return Err(e),
        }
        let len = u32::from_be_bytes(len);
        if max.is_some_and(|m| len as u64 > m) {
            return Ok(Received::TooLong);
        }
        read_body(s2, len as usize).map(Received::Message)
    });
    match r {
        Ok(Received::Message(buf)) => Ok(Value::Bytes(Arc::new(buf))),
        Ok(Received::TooLong) => Ok(Value::None),
        Ok(Received::Eof) => Err(PyErr::with_args(ExcKind::EOFError, vec![])),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(PyErr::with_args(ExcKind::EOFError, vec![])),
        Err(e) => Err(PyErr::new(ExcKind::OSError, e.to_string())),
    }
}

fn poll(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = conn_of(&a[0])?;
    let s = c.stream()?;
    let until = match a.get(1) {
        None => Some(Instant::now()),
        Some(v) => deadline(vm, Some(v))?,
    };
    if readable(&s, Some(Instant::now())) {
        return Ok(Value::Bool(true));
    }
    if until.is_some_and(|u| u <= Instant::now()) {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(vm.blocking(until, |u| readable(&s, u).then_some(()))?.is_some()))
}

fn close(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    conn_of(&a[0])?.stream.lock().take();
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(conn_of(&a[0])?.stream.lock().is_none()))
}

fn fileno(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let c = conn_of(&a[0])?;
    let s = c.stream.lock();
    Ok(Value::Int(s.as_ref().map(|s| s.as_raw_fd() as i64).ok_or_else(|| PyErr::new(ExcKind::OSError, "handle is closed"))?))
}

/// A class of `_multiprocessing` with the methods of `methods`.
fn native_class(name: &'static str, methods: &[(&'static str, NativeFn)]) -> NativeClass {
    NativeClass::new("_multiprocessing", name).methods(methods).module_attr()
}

fn conn_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        native_class(
            "Connection",
            &[("send_bytes", send_bytes), ("recv_bytes", recv_bytes), ("poll", poll), ("close", close), ("_closed", closed), ("fileno", fileno)],
        )
        .build()
    })
}

/// `socketpair()`: two connected Connection ends (a duplex Pipe).
pub fn socketpair(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (a, b) = UnixStream::pair().map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    Ok(Value::tuple(vec![wrap_fd(a.into()), wrap_fd(b.into())]))
}

/// `pipe()`: (reader, writer) Connection ends of an OS pipe (a one-way Pipe, a Queue's channel),
/// which packs small messages densely, as CPython's use of os.pipe() does.
pub fn pipe(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (r, w) = nix::unistd::pipe().map_err(|e| PyErr::new(ExcKind::OSError, e.desc()))?;
    Ok(Value::tuple(vec![wrap_fd(r), wrap_fd(w)]))
}

pub(super) fn wrap_fd(fd: OwnedFd) -> Value {
    Value::Instance(Instance::new(conn_class().clone(), Payload::Native(Box::new(Conn::new(fd)))))
}

/// A counting semaphore shared by forked processes (a futex word in shared memory).
pub struct SemLock {
    pub(super) sem: SharedSemaphore,
}

fn sem_of(v: &Value) -> PyResult<&SemLock> {
    match v {
        Value::Instance(i) => i.native::<SemLock>().ok_or_else(|| PyErr::type_error("expected a SemLock")),
        _ => Err(PyErr::type_error("expected a SemLock")),
    }
}

/// `SemLock(value=1, maxvalue=SEM_VALUE_MAX)`.
pub fn semlock_new(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let count = |v: Option<&Value>, default: u32| match v {
        Some(Value::Int(n)) if *n >= 0 && *n <= SEMAPHORE_MAX as i64 => Ok(*n as u32),
        Some(_) => Err(PyErr::value_error("invalid value")),
        None => Ok(default),
    };
    let value = count(a.get(1), 1)?;
    let max = count(a.get(2), SEMAPHORE_MAX)?.max(value);
    let sem = SharedSemaphore::new(value, max).map_err(|e| PyErr::new(ExcKind::OSError, e.desc()))?;
    Ok(wrap_semlock(sem))
}

pub(super) fn wrap_semlock(sem: SharedSemaphore) -> Value {
    Value::Instance(Instance::new(semlock_class().clone(), Payload::Native(Box::new(SemLock { sem }))))
}

/// acquire(block=True, timeout=None) -> bool
fn sem_acquire(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let sem = &sem_of(&a[0])?.sem;
    let block = match a.get(1).or(crate::builtins::args::kwarg(k, "block")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let until = deadline(vm, a.get(2).or(crate::builtins::args::kwarg(k, "timeout")))?;
    if sem.try_acquire() {
        return Ok(Value::Bool(true));
    }
    if !block {
        return Ok(Value::Bool(false));
    }
    let got = vm.blocking(until, |u| {
        loop {
            if sem.try_acquire() {
                return Some(());
            }
            if !sem.wait_nonzero(u) && u.is_none_or(|u| Instant::now() >= u) {
                return None;
            }
        }
    })?;
    Ok(Value::Bool(got.is_some()))
}

/// release(n=1): frees n units at once.
fn sem_release(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let sem = &sem_of(&a[0])?.sem;
    let n = match a.get(1) {
        Some(v) => vm.index_value(v)?.clamp(1, SEMAPHORE_MAX as i64) as u32,
        None => 1,
    };
    if !sem.release(n) {
        return Err(PyErr::value_error("semaphore or lock released too many times"));
    }
    Ok(Value::None)
}

fn sem_exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    sem_release(vm, &a[..1], k)
}

/// Whether a unit is free now (without taking it): for Event.is_set.
fn sem_available(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(sem_of(&a[0])?.sem.value() > 0))
}

/// How many units are free now: for Queue.qsize.
fn sem_value(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(sem_of(&a[0])?.sem.value() as i64))
}

/// Waits until a unit is free (without taking it): for Event.wait.
fn sem_wait_available(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let sem = &sem_of(&a[0])?.sem;
    let until = deadline(vm, a.get(1))?;
    if sem.value() > 0 {
        return Ok(Value::Bool(true));
    }
    let got = vm.blocking(until, |u| {
        loop {
            if sem.wait_nonzero(u) {
                return Some(());
            }
            if u.is_none_or(|u| Instant::now() >= u) {
                return None;
            }
        }
    })?;
    Ok(Value::Bool(got.is_some()))
}

fn semlock_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        native_class(
            "SemLock",
            &[
                ("acquire", sem_acquire),
                ("__enter__", sem_acquire),
                ("release", sem_release),
                ("__exit__", sem_exit),
                ("_available", sem_available),
                ("_get_value", sem_value),
                ("_wait_available", sem_wait_available),
            ],
        )
        .constructor(semlock_new)
        .build()
    })
}

pub fn semlock_type() -> Value {
    Value::Class(semlock_class().clone())
}

/// `SharedArray(n, floats)`: n numbers in shared memory, ints (i64) or floats (f64).
pub struct SharedArray {
    pub(super) words: crate::unsafe_os::SharedWords,
    pub(super) floats: bool,
}

pub(super) fn wrap_shared(words: crate::unsafe_os::SharedWords, floats: bool) -> Value {
    Value::Instance(Instance::new(shared_class().clone(), Payload::Native(Box::new(SharedArray { words, floats }))))
}

fn shared_of(v: &Value) -> PyResult<&SharedArray> {
    match v {
        Value::Instance(i) => i.native::<SharedArray>().ok_or_else(|| PyErr::type_error("expected a SharedArray")),
        _ => Err(PyErr::type_error("expected a SharedArray")),
    }
}

fn shared_new(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = vm.index_value(a.get(1).ok_or_else(|| PyErr::type_error("SharedArray(n, floats)"))?)?;
    let floats = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let words = crate::unsafe_os::SharedWords::new(n.max(0) as usize).map_err(|e| PyErr::new(ExcKind::OSError, e.desc()))?;
    Ok(wrap_shared(words, floats))
}

fn shared_index(vm: &mut Vm, arr: &SharedArray, v: &Value) -> PyResult<usize> {
    let i = vm.index_value(v)?;
    let n = arr.words.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(PyErr::index_error("invalid index"));
    }
    Ok(j as usize)
}

fn shared_get(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = shared_of(&a[0])?;
    let i = shared_index(vm, arr, &a[1])?;
    let bits = arr.words.load(i);
    Ok(if arr.floats { Value::Float(f64::from_bits(bits)) } else { Value::Int(bits as i64) })
}

fn shared_set(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = shared_of(&a[0])?;
    let i = shared_index(vm, arr, &a[1])?;
    let bits = if arr.floats {
        arg_f64(vm, &a[2])?.to_bits()
    } else {
        match &a[2] {
            Value::Int(n) => *n as u64,
            Value::Bool(b) => *b as u64,
            other => return Err(PyErr::type_error(format!("an integer is required (got type {})", types().of(other).name))),
        }
    };
    arr.words.store(i, bits);
    Ok(Value::None)
}

fn shared_len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(shared_of(&a[0])?.words.len() as i64))
}

fn shared_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| native_class("SharedArray", &[("get", shared_get), ("set", shared_set), ("__len__", shared_len)]).constructor(shared_new).build())
}

pub fn shared_type() -> Value {
    Value::Class(shared_class().clone())
}

/// A listening Unix socket (the Manager's server end).
pub struct Listener {
    sock: Mutex<Option<std::sync::Arc<std::os::unix::net::UnixListener>>>,
}

/// `listen(path)`: a Listener bound at `path`.
pub fn listen(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let path = crate::builtins::args::arg_str(a.first().ok_or_else(|| PyErr::type_error("listen(path)"))?, "listen")?;
    let sock = std::os::unix::net::UnixListener::bind(path).map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    Ok(Value::Instance(Instance::new(listener_class().clone(), Payload::Native(Box::new(Listener { sock: Mutex::new(Some(std::sync::Arc::new(sock))) })))))
}

fn listener_accept(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Instance(i) = &a[0] else { return Err(PyErr::type_error("expected a Listener")) };
    let l = i.native::<Listener>().ok_or_else(|| PyErr::type_error("expected a Listener"))?;
    let sock = l.sock.lock().clone().ok_or_else(|| PyErr::new(ExcKind::OSError, "listener is closed"))?;
    let ready = |until: Option<Instant>| {
        let ms = match until {
            None => PollTimeout::NONE,
            Some(u) => PollTimeout::try_from(u.saturating_duration_since(Instant::now()).as_millis().min(60_000) as u64).unwrap_or(PollTimeout::MAX),
        };
        let mut fds = [PollFd::new(sock.as_fd(), PollFlags::POLLIN)];
        matches!(nix::poll::poll(&mut fds, ms), Ok(n) if n > 0)
    };
    vm.blocking(None, |u| ready(u).then_some(()))?;
    let (s, _) = vm.allow_threads(|| sock.accept()).map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    Ok(wrap_fd(s.into()))
}

/// close(): stops listening (the socket's path is the caller's to remove).
fn listener_close(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Instance(i) = &a[0] else { return Err(PyErr::type_error("expected a Listener")) };
    let l = i.native::<Listener>().ok_or_else(|| PyErr::type_error("expected a Listener"))?;
    l.sock.lock().take();
    Ok(Value::None)
}

fn listener_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| native_class("Listener", &[("accept", listener_accept), ("close", listener_close)]).build())
}

/// `connect(path)`: a Connection to a Listener.
pub fn connect(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let path = crate::builtins::args::arg_str(a.first().ok_or_else(|| PyErr::type_error("connect(path)"))?, "connect")?.to_string();
    let s = vm.allow_threads(|| UnixStream::connect(&path)).map_err(|e| match e.kind() {
        // As CPython's Client: the socket's own error (FileNotFoundError for a path nobody
        // listens at, ConnectionRefusedError for a listener gone).
        std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused => crate::builtins::file::os_error(&e, ""),
        _ => PyErr::new(ExcKind::OSError, e.to_string()),
    })?;
    Ok(wrap_fd(s.into()))
}

/// `private_dir()`: a new directory only this user may enter (mode 0700), for the Manager's socket.
pub fn private_dir(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let base = std::env::temp_dir();
    for attempt in 0..100u32 {
        let tag = u32::from_le_bytes(random(4)[..4].try_into().unwrap_or([0; 4]));
        let dir = base.join(format!("gilpy-mp-{}-{tag:08x}-{attempt}", std::process::id()));
        if std::fs::DirBuilder::new().mode(0o700).create(&dir).is_ok() {
            return Ok(Value::string(dir.to_string_lossy().into_owned()));
        }
    }
    Err(PyErr::new(ExcKind::OSError, "cannot create a private directory"))
}

fn random(n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        let _ = f.read_exact(&mut buf);
    }
    buf
}

/// `random_bytes(n)`: n bytes from the OS's random source (authentication keys and challenges).
pub fn random_bytes(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = vm.index_value(a.first().ok_or_else(|| PyErr::type_error("random_bytes(n)"))?)?;
    Ok(Value::Bytes(Arc::new(random(n.max(0) as usize))))
}

fn bytes_arg<'a>(v: Option<&'a Value>, what: &str) -> PyResult<&'a [u8]> {
    match v {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(PyErr::type_error(format!("{what} must be bytes"))),
    }
}

/// `hmac_sha256(key, message) -> bytes`.
pub fn hmac_sha256(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use hmac::{KeyInit, Mac};
    let key = bytes_arg(a.first(), "key")?;
    let msg = bytes_arg(a.get(1), "message")?;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).map_err(|_| PyErr::value_error("bad key"))?;
    mac.update(msg);
    Ok(Value::Bytes(Arc::new(mac.finalize().into_bytes().to_vec())))
}

/// `hmac_verify(key, message, digest) -> bool`, in constant time.
pub fn hmac_verify(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use hmac::{KeyInit, Mac};
    let key = bytes_arg(a.first(), "key")?;
    let msg = bytes_arg(a.get(1), "message")?;
    let tag = bytes_arg(a.get(2), "digest")?;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).map_err(|_| PyErr::value_error("bad key"))?;
    mac.update(msg);
    Ok(Value::Bool(mac.verify_slice(tag).is_ok()))
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Conn {}
impl crate::objects::native::NativeData for Listener {}
impl crate::objects::native::NativeData for SemLock {}
impl crate::objects::native::NativeData for SharedArray {}
