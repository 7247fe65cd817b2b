//! `mmap`: memory-mapped files and anonymous shared memory, as CPython's mmapmodule.c on Linux.
//! An `mmap.mmap` holds a `unsafe_os::MemMap` (the only code touching the memory), its file
//! position, its access mode and a duplicate of the file's descriptor; it is a buffer exporter
//! (`builtins::buffer::Exporter::Mapped`), so bytes(), memoryview() and struct.pack_into see the
//! mapped bytes in place. Arguments are converted before the map's lock is taken, so no user
//! code runs while it is held.

use crate::builtins::binary_args::bind;
use crate::builtins::buffer::bytes_arg;
use crate::modules::convert::type_name;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::{Builtin, KwArgs, NativeFn, Owner};
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::MemMap;
use crate::vm::Vm;
use nix::libc;
use parking_lot::Mutex;
use std::os::fd::{AsFd, OwnedFd};
use std::sync::OnceLock;

/// The `access=` modes (their numbers are the module's ACCESS_* constants).
#[derive(Clone, Copy, PartialEq)]
enum Access {
    Default,
    Read,
    Write,
    Copy,
}

impl Access {
    fn from_number(n: i64) -> Option<Access> {
        [Access::Default, Access::Read, Access::Write, Access::Copy].get(usize::try_from(n).ok()?).copied()
    }

    fn name(self) -> &'static str {
        match self {
            Access::Default => "ACCESS_DEFAULT",
            Access::Read => "ACCESS_READ",
            Access::Write => "ACCESS_WRITE",
            Access::Copy => "ACCESS_COPY",
        }
    }
}

/// An open map.
struct Mapped {
    map: MemMap,
    pos: usize,
    access: Access,
    /// The duplicate of the mapped file's descriptor (None for an anonymous map).
    file: Option<OwnedFd>,
    offset: i64,
}

/// The state of an `mmap.mmap`: the map until `close()`.
pub struct MmapObject {
    state: Mutex<Option<Mapped>>,
}

impl crate::objects::native::NativeData for MmapObject {}

impl MmapObject {
    /// Runs `f` over the mapped bytes (nothing once closed). `f` must not call the VM.
    pub fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &*self.state.lock() {
            Some(m) => m.map.read(f),
            None => f(&[]),
        }
    }

    /// Runs `f` over the bytes for writing; None for a read-only map.
    pub fn write<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        match &*self.state.lock() {
            Some(m) if m.access != Access::Read => m.map.write(f),
            Some(_) => None,
            None => Some(f(&mut [])),
        }
    }

    pub fn readonly(&self) -> bool {
        matches!(&*self.state.lock(), Some(m) if m.access == Access::Read)
    }
}

/// The map inside `v`, if `v` is an mmap.
pub fn mmap_of(v: &Value) -> Option<&MmapObject> {
    match v {
        Value::Instance(i) => i.native::<MmapObject>(),
        _ => None,
    }
}

fn closed_error() -> PyErr {
    PyErr::value_error("mmap closed or invalid")
}

fn readonly_error() -> PyErr {
    PyErr::type_error("mmap can't modify a readonly memory map.")
}

fn os_err(e: nix::errno::Errno) -> PyErr {
    super::socket::errors::errno_error(e)
}

/// Runs `f` on the open map of `self` (ValueError once closed).
fn with_open<R>(a: &[Value], f: impl FnOnce(&mut Mapped) -> PyResult<R>) -> PyResult<R> {
    let obj = a.first().and_then(mmap_of).ok_or_else(|| PyErr::type_error("descriptor requires a 'mmap.mmap' object"))?;
    match &mut *obj.state.lock() {
        Some(m) => f(m),
        None => Err(closed_error()),
    }
}

/// Like `with_open`, for the methods that change the bytes (TypeError on a read-only map).
fn with_writable<R>(a: &[Value], f: impl FnOnce(&mut Mapped) -> PyResult<R>) -> PyResult<R> {
    with_open(a, |m| if m.access == Access::Read { Err(readonly_error()) } else { f(m) })
}

/// A method's positional count, worded as CPython's mmap methods word it.
fn arity(name: &str, a: &[Value], k: &KwArgs, min: usize, max: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.len().saturating_sub(1);
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let bound = if n < min {
        Some(("at least ", min))
    } else if n > max {
        Some(("at most ", max))
    } else {
        None
    };
    match bound {
        Some((how, limit)) => {
            let how = if min == max { "exactly " } else { how };
            Err(PyErr::type_error(format!("{name}() takes {how}{limit} argument{} ({n} given)", plural(limit))))
        }
        None => Ok(()),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Arc::new(b))
}

fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::builtins::binary_args::int_arg(vm, v)
}

/// An optional int argument (None when absent or None).
fn opt_ssize(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => ssize(vm, v).map(Some),
    }
}

/// `mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT,
/// offset=0)`, with CPython's checks and messages.
fn mmap_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let cls = match &a[0] {
        Value::Class(c) => c.clone(),
        _ => mmap_class().clone(),
    };
    const NAMES: [&str; 6] = ["fileno", "length", "flags", "prot", "access", "offset"];
    if let Some((key, _)) = k.iter().find(|(key, _)| !NAMES.contains(&key.as_str())) {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for this function", key.as_str())));
    }
    let args = bind("mmap", a, k, &NAMES)?;
    let (Some(fileno), Some(length)) = (&args[0], &args[1]) else {
        let (missing, pos) = if args[0].is_none() { ("fileno", 1) } else { ("length", 2) };
        return Err(PyErr::type_error(format!("function missing required argument '{missing}' (pos {pos})")));
    };
    let fd = vm.index_value(fileno)?;
    let length = ssize(vm, length)?;
    let mut flags = match &args[2] {
        Some(v) => vm.index_value(v)? as i32,
        None => libc::MAP_SHARED,
    };
    let mut prot = match &args[3] {
        Some(v) => vm.index_value(v)? as i32,
        None => libc::PROT_WRITE | libc::PROT_READ,
    };
    let access_n = match &args[4] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let offset = match &args[5] {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    if length < 0 {
        return Err(PyErr::new(ExcKind::OverflowError, "memory mapped length must be positive"));
    }
    if offset < 0 {
        return Err(PyErr::new(ExcKind::OverflowError, "memory mapped offset must be positive"));
    }
    let access = Access::from_number(access_n).ok_or_else(|| PyErr::value_error("mmap invalid access parameter."))?;
    if access != Access::Default && (flags != libc::MAP_SHARED || prot != (libc::PROT_WRITE | libc::PROT_READ)) {
        return Err(PyErr::value_error("mmap can't specify both access and flags, prot."));
    }
    let access = match access {
        Access::Read => {
            (flags, prot) = (libc::MAP_SHARED, libc::PROT_READ);
            Access::Read
        }
        Access::Write => {
            (flags, prot) = (libc::MAP_SHARED, libc::PROT_READ | libc::PROT_WRITE);
            Access::Write
        }
        Access::Copy => {
            (flags, prot) = (libc::MAP_PRIVATE, libc::PROT_READ | libc::PROT_WRITE);
            Access::Copy
        }
        Access::Default if prot & libc::PROT_READ != 0 && prot & libc::PROT_WRITE != 0 => Access::Default,
        Access::Default if prot & libc::PROT_WRITE != 0 => Access::Write,
        Access::Default => Access::Read,
    };
    // The bytes are always read through the map; a write-only or PROT_NONE map reads as well.
    prot |= libc::PROT_READ;
    let mut size = length as usize;
    let file = if fd == -1 {
        None
    } else {
        let fd = i32::try_from(fd).map_err(|_| PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"))?;
        let dup = crate::unsafe_os::with_borrowed_fds(&[fd], |b| nix::fcntl::fcntl(b[0], nix::fcntl::FcntlArg::F_DUPFD_CLOEXEC(0))).map_err(os_err)?;
        let owned = crate::unsafe_os::adopt_user_fd(dup).map_err(os_err)?;
        if let Ok(st) = nix::sys::stat::fstat(&owned)
            && st.st_mode & libc::S_IFMT == libc::S_IFREG
        {
            let file_size = st.st_size;
            if size == 0 {
                if file_size == 0 {
                    return Err(PyErr::value_error("cannot mmap an empty file"));
                }
                if offset >= file_size {
                    return Err(PyErr::value_error("mmap offset is greater than file size"));
                }
                size = (file_size - offset) as usize;
            } else if offset > file_size || file_size - offset < length {
                return Err(PyErr::value_error("mmap length is greater than file size"));
            }
        }
        Some(owned)
    };
    let map = MemMap::new(file.as_ref().map(|f| f.as_fd()), size, offset, prot, flags).map_err(os_err)?;
    let state = Mapped { map, pos: 0, access, file, offset };
    let obj = MmapObject { state: Mutex::new(Some(state)) };
    Ok(Value::Instance(Instance::new(cls, Payload::Native(Box::new(obj)))))
}

fn close(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if let Some(obj) = a.first().and_then(mmap_of) {
        obj.state.lock().take();
    }
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(a.first().and_then(mmap_of).is_none_or(|o| o.state.lock().is_none())))
}

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    with_open(a, |m| Ok(Value::Int(m.map.size() as i64)))
}

fn enter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    with_open(a, |_| Ok(a[0].clone()))
}

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let obj = a.first().and_then(mmap_of).ok_or_else(|| PyErr::type_error("descriptor requires a 'mmap.mmap' object"))?;
    let name = match &a[0] {
        Value::Instance(i) => i.class().name.to_string(),
        _ => "mmap".to_string(),
    };
    let text = match &*obj.state.lock() {
        None => format!("<mmap.{name} closed=True>"),
        Some(m) => format!("<mmap.{name} closed=False, access={}, length={}, pos={}, offset={}>", m.access.name(), m.map.size(), m.pos, m.offset),
    };
    Ok(Value::str(&text))
}

/// `size()`: the mapped file's size (an anonymous map has no file: CPython 3.11's fstat(-1)
/// fails with EBADF there, and so does this).
fn size(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    with_open(a, |m| match &m.file {
        Some(f) => Ok(Value::Int(nix::sys::stat::fstat(f).map_err(os_err)?.st_size)),
        None => Err(os_err(nix::errno::Errno::EBADF)),
    })
}

fn tell(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    with_open(a, |m| Ok(Value::Int(m.pos as i64)))
}

/// `seek(pos, whence=0)`.
fn seek(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("seek", a, k, 1, 2)?;
    let dist = ssize(vm, &a[1])?;
    let how = match a.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    with_open(a, |m| {
        let base = match how {
            0 => 0,
            1 => m.pos as i64,
            2 => m.map.size() as i64,
            _ => return Err(PyErr::value_error("unknown seek type")),
        };
        let to = base.checked_add(dist).filter(|&w| w >= 0 && w <= m.map.size() as i64).ok_or_else(|| PyErr::value_error("seek out of range"))?;
        m.pos = to as usize;
        Ok(Value::None)
    })
}

/// `read(n=None)`: up to n bytes from the position (all that is left when n is None or < 0).
fn read(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("read", a, k, 0, 1)?;
    let n = opt_ssize(vm, a.get(1))?;
    with_open(a, |m| {
        let left = m.map.size().saturating_sub(m.pos);
        let n = match n {
            Some(n) if n >= 0 => (n as usize).min(left),
            _ => left,
        };
        let out = m.map.read(|d| d.get(m.pos..m.pos + n).unwrap_or_default().to_vec());
        m.pos += n;
        Ok(bytes_value(out))
    })
}

fn read_byte(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    with_open(a, |m| {
        let b = m.map.read(|d| d.get(m.pos).copied()).ok_or_else(|| PyErr::value_error("read byte out of range"))?;
        m.pos += 1;
        Ok(Value::Int(b as i64))
    })
}

/// `readline()`: through the next b"\n" (or to the end).
fn readline(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    with_open(a, |m| {
        let out = m.map.read(|d| {
            let rest = d.get(m.pos..).unwrap_or_default();
            let end = rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |i| i + 1);
            rest[..end].to_vec()
        });
        m.pos += out.len();
        Ok(bytes_value(out))
    })
}

/// `write(bytes)` at the position: the number of bytes written.
fn write(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("write", a, k, 1, 1)?;
    let data = bytes_arg(&a[1])?;
    with_writable(a, |m| {
        if m.pos > m.map.size() || m.map.size() - m.pos < data.len() {
            return Err(PyErr::value_error("data out of range"));
        }
        let at = m.pos;
        m.map.write(|d| d[at..at + data.len()].copy_from_slice(&data)).ok_or_else(readonly_error)?;
        m.pos += data.len();
        Ok(Value::Int(data.len() as i64))
    })
}

fn write_byte(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("write_byte", a, k, 1, 1)?;
    let b = byte_arg(vm, &a[1])?;
    with_writable(a, |m| {
        if m.pos >= m.map.size() {
            return Err(PyErr::value_error("write byte out of range"));
        }
        let at = m.pos;
        m.map.write(|d| d[at] = b).ok_or_else(readonly_error)?;
        m.pos += 1;
        Ok(Value::None)
    })
}

/// A byte given as an int (write_byte's argument is C's unsigned char, range-checked).
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = vm.index_value(v)?;
    if n < 0 {
        return Err(PyErr::new(ExcKind::OverflowError, "unsigned byte integer is less than minimum"));
    }
    u8::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "unsigned byte integer is greater than maximum"))
}

/// The (start, end) of find/rfind: from the position to the end by default; negative bounds
/// count from the end, both clipped to the map.
fn find_bounds(vm: &mut Vm, a: &[Value], len: usize, pos: usize) -> PyResult<(usize, usize)> {
    let clip = |n: i64| -> usize {
        let n = if n < 0 { n + len as i64 } else { n };
        n.clamp(0, len as i64) as usize
    };
    let start = opt_ssize(vm, a.get(2))?.map_or(pos.min(len), clip);
    let end = opt_ssize(vm, a.get(3))?.map_or(len, clip);
    Ok((start, end))
}

fn find_in(vm: &mut Vm, a: &[Value], k: &KwArgs, name: &str, last: bool) -> PyResult<Value> {
    arity(name, a, k, 1, 3)?;
    let sub = bytes_arg(&a[1])?;
    let (len, pos) = with_open(a, |m| Ok((m.map.size(), m.pos)))?;
    let (start, end) = find_bounds(vm, a, len, pos)?;
    with_open(a, |m| {
        let found = m.map.read(|d| {
            let hay = if start <= end { d.get(start..end.min(d.len())).unwrap_or_default() } else { &[] };
            if sub.len() > hay.len() {
                return None;
            }
            let mut at = (0..=hay.len() - sub.len()).filter(|&i| hay[i..i + sub.len()] == sub[..]);
            if last { at.next_back() } else { at.next() }
        });
        Ok(Value::Int(found.map_or(-1, |i| (i + start) as i64)))
    })
}

fn find(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    find_in(vm, a, k, "find", false)
}

fn rfind(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    find_in(vm, a, k, "rfind", true)
}

/// `flush(offset=0, size=len)`: msync of that range (nothing for a read-only or private map).
fn flush(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("flush", a, k, 0, 2)?;
    let offset = opt_ssize(vm, a.get(1))?.unwrap_or(0);
    let size = opt_ssize(vm, a.get(2))?;
    with_open(a, |m| {
        let size = size.unwrap_or(m.map.size() as i64);
        if size < 0 || offset < 0 || (m.map.size() as i64) - offset < size {
            return Err(PyErr::value_error("flush values out of range"));
        }
        if matches!(m.access, Access::Read | Access::Copy) {
            return Ok(Value::None);
        }
        m.map.flush(offset as usize, size as usize).map_err(os_err)?;
        Ok(Value::None)
    })
}

/// `madvise(option, start=0, length=len-start)`.
fn madvise(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("madvise", a, k, 1, 3)?;
    let option = vm.index_value(&a[1])? as i32;
    let start = opt_ssize(vm, a.get(2))?.unwrap_or(0);
    let length = opt_ssize(vm, a.get(3))?;
    with_open(a, |m| {
        let len = m.map.size() as i64;
        if start < 0 || start >= len {
            return Err(PyErr::value_error("madvise start out of bounds"));
        }
        let length = length.unwrap_or(len - start);
        if length < 0 {
            return Err(PyErr::value_error("madvise length invalid"));
        }
        let length = length.min(len - start);
        m.map.advise(start as usize, length as usize, option).map_err(os_err)?;
        Ok(Value::None)
    })
}

/// `move(dest, src, count)`: memmove inside the map.
fn move_(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("move", a, k, 3, 3)?;
    let (dest, src, count) = (ssize(vm, &a[1])?, ssize(vm, &a[2])?, ssize(vm, &a[3])?);
    with_writable(a, |m| {
        let len = m.map.size() as i64;
        if dest < 0 || src < 0 || count < 0 || len - dest < count || len - src < count {
            return Err(PyErr::value_error("source, destination, or count out of range"));
        }
        let (d, s, c) = (dest as usize, src as usize, count as usize);
        m.map.write(|b| b.copy_within(s..s + c, d)).ok_or_else(readonly_error)?;
        Ok(Value::None)
    })
}

/// `resize(newsize)`: a file map's file is truncated or extended to match first.
fn resize(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("resize", a, k, 1, 1)?;
    let new = ssize(vm, &a[1])?;
    with_open(a, |m| {
        if !matches!(m.access, Access::Write | Access::Default) {
            return Err(PyErr::type_error("mmap can't resize a readonly or copy-on-write memory map."));
        }
        if new < 0 || new > i64::MAX - m.offset {
            return Err(PyErr::value_error("new size out of range"));
        }
        if let Some(f) = &m.file {
            nix::unistd::ftruncate(f, m.offset + new).map_err(os_err)?;
        }
        m.map.resize(new as usize).map_err(os_err)?;
        Ok(Value::None)
    })
}

/// `m[i]` (an int) or `m[i:j:k]` (bytes).
fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let len = with_open(a, |m| Ok(m.map.size()))?;
    let obj = mmap_of(&a[0]).ok_or_else(closed_error)?;
    if let Value::Slice(s) = &a[1] {
        let (start, _, step, count) = vm.slice_indices(s, len)?;
        let out = obj.read(|d| (0..count as i64).filter_map(|n| d.get((start + n * step) as usize).copied()).collect());
        return Ok(bytes_value(out));
    }
    let i = index_of(vm, &a[1], len)?;
    obj.read(|d| d.get(i).map(|&b| Value::Int(b as i64))).ok_or_else(|| PyErr::index_error("mmap index out of range"))
}

fn index_of(vm: &mut Vm, idx: &Value, len: usize) -> PyResult<usize> {
    let i = vm.seq_index(idx, len).map_err(|e| if e.matches(ExcKind::TypeError) { PyErr::type_error("mmap indices must be integers") } else { e })?;
    i.ok_or_else(|| PyErr::index_error("mmap index out of range"))
}

/// `m[i] = byte` or `m[i:j:k] = bytes-like` of the same length.
fn setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let len = with_writable(a, |m| Ok(m.map.size()))?;
    let obj = mmap_of(&a[0]).ok_or_else(closed_error)?;
    if let Value::Slice(s) = &a[1] {
        let (start, _, step, count) = vm.slice_indices(s, len)?;
        let data = bytes_arg(&a[2])?;
        if data.len() != count {
            return Err(PyErr::index_error("mmap slice assignment is wrong size"));
        }
        obj.write(|d| {
            for (n, b) in data.iter().enumerate() {
                if let Some(slot) = d.get_mut((start + n as i64 * step) as usize) {
                    *slot = *b;
                }
            }
        })
        .ok_or_else(readonly_error)?;
        return Ok(Value::None);
    }
    let i = index_of(vm, &a[1], len)?;
    let v = vm.index_value(&a[2]).map_err(|e| if e.matches(ExcKind::TypeError) { PyErr::type_error("mmap item value must be an int") } else { e })?;
    let b = u8::try_from(v).map_err(|_| PyErr::value_error("mmap item value must be in range(0, 256)"))?;
    obj.write(|d| {
        if let Some(slot) = d.get_mut(i) {
            *slot = b;
        }
    })
    .ok_or_else(readonly_error)?;
    Ok(Value::None)
}

fn delitem(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    with_writable(a, |_| Err(PyErr::type_error("mmap doesn't support item deletion")))
}

/// Iteration yields one-byte bytes objects, as CPython's sequence protocol for mmap does.
fn iter(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let bytes = with_open(a, |m| Ok(m.map.read(<[u8]>::to_vec)))?;
    let items: Vec<Value> = bytes.into_iter().map(|b| bytes_value(vec![b])).collect();
    vm.get_iter(&Value::list(items))
}

fn not_picklable(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(PyErr::type_error(format!("cannot pickle '{}' object", type_name(&a[0]))))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("close", close),
    ("find", find),
    ("rfind", rfind),
    ("flush", flush),
    ("madvise", madvise),
    ("move", move_),
    ("read", read),
    ("read_byte", read_byte),
    ("readline", readline),
    ("resize", resize),
    ("seek", seek),
    ("size", size),
    ("tell", tell),
    ("write", write),
    ("write_byte", write_byte),
    ("__enter__", enter),
    ("__exit__", close),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__reduce_ex__", not_picklable),
];

pub fn mmap_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class_in("mmap", "mmap", vec![types().object.clone()], Kind::Native);
        for (n, f) in METHODS {
            c.dict.set_str(intern(n), Builtin::method(Owner::Named("mmap"), n, *f));
        }
        c.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", mmap_new));
        let prop = crate::builtins::object::native_property;
        c.dict.set_str(intern("closed"), prop(Builtin::method(Owner::Named("mmap"), "closed", closed)));
        c.dict.set_str(crate::name!("__module__").clone(), Value::str("mmap"));
        c.dict.set_str(intern("__hash__"), Value::None);
        c
    })
}

/// The module's constants (Linux values, from the libc crate).
const CONSTANTS: &[(&str, i64)] = crate::modules::int_constants::int_constants![
    ACCESS_DEFAULT = 0,
    ACCESS_READ = 1,
    ACCESS_WRITE = 2,
    ACCESS_COPY = 3,
    MADV_DODUMP,
    MADV_DOFORK,
    MADV_DONTDUMP,
    MADV_DONTFORK,
    MADV_DONTNEED,
    MADV_FREE,
    MADV_HUGEPAGE,
    MADV_HWPOISON,
    MADV_MERGEABLE,
    MADV_NOHUGEPAGE,
    MADV_NORMAL,
    MADV_RANDOM,
    MADV_REMOVE,
    MADV_SEQUENTIAL,
    MADV_UNMERGEABLE,
    MADV_WILLNEED,
    MAP_ANON,
    MAP_ANONYMOUS,
    MAP_DENYWRITE,
    MAP_EXECUTABLE,
    MAP_POPULATE,
    MAP_PRIVATE,
    MAP_SHARED,
    MAP_STACK,
    PROT_EXEC,
    PROT_READ,
    PROT_WRITE,
];

pub fn create() -> Value {
    let (m, d) = super::make_module("mmap", &[]);
    d.set_str(intern("mmap"), Value::Class(mmap_class().clone()));
    d.set_str(intern("error"), Value::Class(types().exc(ExcKind::OSError)));
    crate::modules::int_constants::install(&d, CONSTANTS);
    let page = nix::unistd::sysconf(nix::unistd::SysconfVar::PAGE_SIZE).ok().flatten().unwrap_or(4096);
    d.set_str(intern("PAGESIZE"), Value::Int(page));
    d.set_str(intern("ALLOCATIONGRANULARITY"), Value::Int(page));
    m
}
