//! The buffer protocol, gilpy's way: which values are bytes-like (bytes and its subclasses,
//! bytearray, array.array, a shared memory block, an mmap, memoryview), a copy of their bytes for readers (file writes, hashlib,
//! struct, base64, `bytes(x)`, concatenation), and writes into the writable ones (bytearray,
//! array.array, a writable memoryview). Every access takes the exporter's lock only for the copy.

use crate::builtins::file::memory::{Memory, StreamBuffer, stream_buffer_of};
use crate::modules::array::{PyArray, as_array};
use crate::modules::mmap::{MmapObject, mmap_of};
use crate::modules::shmem::{SharedBlock, block_of};
use crate::objects::bytearray::ByteArray;
use crate::objects::class::Payload;
use crate::objects::memoryview::{MemoryView, Window, bytearray_of};
use crate::objects::{PyErr, PyResult, Value};

/// An object whose bytes can be read (and, but for bytes, written).
pub enum Exporter<'a> {
    Bytes(&'a [u8]),
    ByteArray(&'a ByteArray),
    Array(&'a PyArray),
    /// A named shared memory block (multiprocessing.shared_memory).
    Shared(&'a SharedBlock),
    /// A BytesIO's bytes, through the object its `getbuffer()` view is taken of.
    Stream(&'a Memory<u8>),
    /// A memory map (`mmap.mmap`), read-only under ACCESS_READ.
    Mapped(&'a MmapObject),
}

impl Exporter<'_> {
    /// Runs `f` over the bytes (under the exporter's lock: `f` must not call the VM).
    pub fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Exporter::Bytes(b) => f(b),
            Exporter::ByteArray(b) => f(&b.lock()),
            Exporter::Array(a) => f(&a.data.lock()),
            Exporter::Shared(s) => s.with(|d| f(d)),
            Exporter::Stream(m) => m.read_bytes(f),
            Exporter::Mapped(m) => m.read(f),
        }
    }

    /// Runs `f` over the bytes for writing in place; None for a read-only exporter.
    pub fn write<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        match self {
            Exporter::Bytes(_) => None,
            Exporter::ByteArray(b) => Some(f(&mut b.lock())),
            Exporter::Array(a) => Some(f(&mut a.data.lock())),
            Exporter::Shared(s) => Some(s.with(f)),
            Exporter::Stream(m) => Some(m.write_bytes(f)),
            Exporter::Mapped(m) => m.write(f),
        }
    }

    pub fn readonly(&self) -> bool {
        match self {
            Exporter::Bytes(_) => true,
            Exporter::Mapped(m) => m.readonly(),
            _ => false,
        }
    }
}

/// The exporter `v` is (not a memoryview: see `view_of`).
pub fn exporter(v: &Value) -> Option<Exporter<'_>> {
    match v {
        Value::Bytes(b) => Some(Exporter::Bytes(b)),
        Value::Instance(i) => match &i.payload {
            Payload::Base(Value::Bytes(b)) => Some(Exporter::Bytes(b)),
            Payload::Native(_) => bytearray_of(v)
                .map(Exporter::ByteArray)
                .or_else(|| as_array(v).map(Exporter::Array))
                .or_else(|| block_of(v).map(Exporter::Shared))
                .or_else(|| stream_buffer_of(v).and_then(StreamBuffer::memory).map(Exporter::Stream))
                .or_else(|| mmap_of(v).map(Exporter::Mapped)),
            _ => None,
        },
        _ => None,
    }
}

/// The memoryview state inside `v`, if `v` is one.
pub fn view_of(v: &Value) -> Option<&MemoryView> {
    match v {
        Value::Instance(i) => i.native::<MemoryView>(),
        _ => None,
    }
}

/// CPython's error for a view used after `release()`.
pub fn released_error() -> PyErr {
    PyErr::value_error("operation forbidden on released memoryview object")
}

/// The bytes a window of `data` sees, item after item (out-of-range items, possible only when
/// another thread shrank the exporter under `--gil off`, read as nothing).
pub fn window_bytes(data: &[u8], w: &Window) -> Vec<u8> {
    checked_window_bytes(data, w).unwrap_or_default()
}

/// As `window_bytes`, MemoryError when the copy cannot be had (a view of most of memory).
pub fn checked_window_bytes(data: &[u8], w: &Window) -> PyResult<Vec<u8>> {
    let size = w.format.itemsize();
    if w.is_contiguous() {
        return super::sizes::copied(data.get(w.start..w.start + w.nbytes()).unwrap_or_default());
    }
    let mut out = super::sizes::reserved_bytes(w.nbytes())?;
    for i in 0..w.len {
        let at = w.offset(i);
        out.extend_from_slice(data.get(at..at + size).unwrap_or_default());
    }
    Ok(out)
}

/// The bytes of a memoryview (ValueError once released).
pub fn view_bytes(m: &MemoryView) -> PyResult<Vec<u8>> {
    if m.is_released() {
        return Err(released_error());
    }
    let ex = exporter(&m.obj).ok_or_else(released_error)?;
    ex.read(|d| checked_window_bytes(d, &m.window))
}

/// A copy of the bytes of any bytes-like object, or None when `v` is not one: MemoryError when
/// the copy cannot be had (the object may be most of memory), never an allocation abort, and
/// the ValueError of a released memoryview.
pub fn bytes_of(v: &Value) -> PyResult<Option<Vec<u8>>> {
    checked_bytes_of(v).transpose()
}

/// As `bytes_of`, but a released memoryview reads as not bytes-like (None), as where CPython
/// asks for a buffer only after its own type checks (`str(view, enc)`, `int(view)`, `%c`).
pub fn live_bytes_of(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if view_of(v).is_some_and(MemoryView::is_released) {
        return Ok(None);
    }
    bytes_of(v)
}

/// As `bytes_of`, with the outcome inside: None when `v` is not bytes-like, else the copy or its
/// MemoryError (the error of a released view too).
pub fn checked_bytes_of(v: &Value) -> Option<PyResult<Vec<u8>>> {
    if let Some(m) = view_of(v) {
        return Some(view_bytes(m));
    }
    exporter(v).map(|e| e.read(super::sizes::copied))
}

/// Like `bytes_of`, with the TypeError CPython words when `v` is not bytes-like (and the
/// ValueError of a released view).
pub fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(m) = view_of(v) {
        return view_bytes(m);
    }
    bytes_of(v)?.ok_or_else(|| not_bytes_like(v))
}

pub fn not_bytes_like(v: &Value) -> PyErr {
    PyErr::type_error(format!("a bytes-like object is required, not '{}'", crate::objects::types::types().of(v).name))
}

/// Whether `v` is bytes-like.
pub fn is_bytes_like(v: &Value) -> bool {
    view_of(v).is_some() || exporter(v).is_some()
}

/// The byte length of a writable buffer, or None when `v` is not one (bytes, a read-only view).
pub fn writable_len(v: &Value) -> Option<usize> {
    if let Some(m) = view_of(v) {
        return (!m.readonly && !m.is_released()).then(|| m.window.nbytes());
    }
    match exporter(v)? {
        e if e.readonly() => None,
        e => Some(e.read(|d| d.len())),
    }
}

/// Writes `bytes` into a writable buffer from byte `offset` (the caller checked the bounds with
/// `writable_len`); bytes past the end are dropped.
pub fn write_into(v: &Value, offset: usize, bytes: &[u8]) {
    if let Some(m) = view_of(v) {
        write_view_bytes(m, offset, bytes);
        return;
    }
    if let Some(e) = exporter(v) {
        e.write(|d| {
            let end = (offset + bytes.len()).min(d.len());
            if offset < end {
                d[offset..end].copy_from_slice(&bytes[..end - offset]);
            }
        });
    }
}

/// Writes `bytes` into the items of a view from the view's byte `offset` on, item by item.
pub fn write_view_bytes(m: &MemoryView, offset: usize, bytes: &[u8]) {
    let Some(e) = exporter(&m.obj) else { return };
    let w = m.window;
    let size = w.format.itemsize();
    e.write(|d| {
        for (k, &b) in bytes.iter().enumerate() {
            let pos = offset + k;
            let (item, within) = (pos / size, pos % size);
            if item >= w.len {
                break;
            }
            if let Some(slot) = d.get_mut(w.offset(item) + within) {
                *slot = b;
            }
        }
    });
}
