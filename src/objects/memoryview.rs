//! The state of a `memoryview`: the exporting object, the window it sees (first byte, item count,
//! stride in bytes), the item format, and whether it was released. Items are read and written
//! through `builtins::buffer`, which knows every exporter; this file knows only the geometry and
//! the formats, which never need the VM.

use super::bytearray::ByteArray;
use super::class::Payload;
use super::value::Value;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The item formats a view can have (struct's native single-item codes, as `cast` accepts).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ItemFormat {
    U8,
    I8,
    Char,
    Bool,
    U16,
    I16,
    U32,
    I32,
    ULong,
    Long,
    U64,
    I64,
    F32,
    F64,
}

/// A decoded item: views compare and list their items as these.
pub enum Item {
    Int(i128),
    Float(f64),
    Bool(bool),
    Byte(u8),
}

impl ItemFormat {
    pub fn from_code(code: &str) -> Option<ItemFormat> {
        // A leading '@' means native order and size, as no prefix does.
        let code = code.strip_prefix('@').unwrap_or(code);
        Some(match code {
            "B" => ItemFormat::U8,
            "b" => ItemFormat::I8,
            "c" => ItemFormat::Char,
            "?" => ItemFormat::Bool,
            "H" => ItemFormat::U16,
            "h" => ItemFormat::I16,
            "I" => ItemFormat::U32,
            "i" => ItemFormat::I32,
            "L" => ItemFormat::ULong,
            "l" => ItemFormat::Long,
            "Q" => ItemFormat::U64,
            "q" => ItemFormat::I64,
            "f" => ItemFormat::F32,
            "d" => ItemFormat::F64,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            ItemFormat::U8 => "B",
            ItemFormat::I8 => "b",
            ItemFormat::Char => "c",
            ItemFormat::Bool => "?",
            ItemFormat::U16 => "H",
            ItemFormat::I16 => "h",
            ItemFormat::U32 => "I",
            ItemFormat::I32 => "i",
            ItemFormat::ULong => "L",
            ItemFormat::Long => "l",
            ItemFormat::U64 => "Q",
            ItemFormat::I64 => "q",
            ItemFormat::F32 => "f",
            ItemFormat::F64 => "d",
        }
    }

    pub fn itemsize(self) -> usize {
        match self {
            ItemFormat::U8 | ItemFormat::I8 | ItemFormat::Char | ItemFormat::Bool => 1,
            ItemFormat::U16 | ItemFormat::I16 => 2,
            ItemFormat::U32 | ItemFormat::I32 | ItemFormat::F32 => 4,
            ItemFormat::ULong | ItemFormat::Long | ItemFormat::U64 | ItemFormat::I64 | ItemFormat::F64 => 8,
        }
    }

    /// Whether `cast` may go between this format and another (CPython: one side must be a byte format).
    pub fn is_byte_format(self) -> bool {
        matches!(self, ItemFormat::U8 | ItemFormat::I8 | ItemFormat::Char)
    }

    /// The item stored in `b` (exactly `itemsize` bytes, native order).
    pub fn decode(self, b: &[u8]) -> Item {
        let mut w = [0u8; 8];
        w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
        match self {
            ItemFormat::U8 => Item::Int(b[0] as i128),
            ItemFormat::I8 => Item::Int(b[0] as i8 as i128),
            ItemFormat::Char => Item::Byte(b[0]),
            ItemFormat::Bool => Item::Bool(b[0] != 0),
            ItemFormat::U16 => Item::Int(u16::from_ne_bytes([w[0], w[1]]) as i128),
            ItemFormat::I16 => Item::Int(i16::from_ne_bytes([w[0], w[1]]) as i128),
            ItemFormat::U32 => Item::Int(u32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as i128),
            ItemFormat::I32 => Item::Int(i32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as i128),
            ItemFormat::ULong | ItemFormat::U64 => Item::Int(u64::from_ne_bytes(w) as i128),
            ItemFormat::Long | ItemFormat::I64 => Item::Int(i64::from_ne_bytes(w) as i128),
            ItemFormat::F32 => Item::Float(f32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as f64),
            ItemFormat::F64 => Item::Float(f64::from_ne_bytes(w)),
        }
    }

    /// The bytes of integer `n` in this (integer) format, or None when it does not fit.
    pub fn encode_int(self, n: i128) -> Option<Vec<u8>> {
        Some(match self {
            ItemFormat::U8 => vec![u8::try_from(n).ok()?],
            ItemFormat::I8 => (i8::try_from(n).ok()? as u8).to_ne_bytes().to_vec(),
            ItemFormat::U16 => u16::try_from(n).ok()?.to_ne_bytes().to_vec(),
            ItemFormat::I16 => i16::try_from(n).ok()?.to_ne_bytes().to_vec(),
            ItemFormat::U32 => u32::try_from(n).ok()?.to_ne_bytes().to_vec(),
            ItemFormat::I32 => i32::try_from(n).ok()?.to_ne_bytes().to_vec(),
            ItemFormat::ULong | ItemFormat::U64 => u64::try_from(n).ok()?.to_ne_bytes().to_vec(),
            ItemFormat::Long | ItemFormat::I64 => i64::try_from(n).ok()?.to_ne_bytes().to_vec(),
            _ => return None,
        })
    }

    pub fn encode_float(self, f: f64) -> Vec<u8> {
        match self {
            ItemFormat::F32 => (f as f32).to_ne_bytes().to_vec(),
            _ => f.to_ne_bytes().to_vec(),
        }
    }
}

/// What a view sees: `len` items of `format`, the first at byte `start` of the exporter's bytes,
/// each `stride` bytes after the one before (negative for a reversed slice).
#[derive(Clone, Copy)]
pub struct Window {
    pub format: ItemFormat,
    pub start: usize,
    pub len: usize,
    pub stride: isize,
}

impl Window {
    pub fn nbytes(&self) -> usize {
        self.len * self.format.itemsize()
    }

    /// The byte offset of item `i` (< len) in the exporter's bytes.
    pub fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    pub fn is_contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.format.itemsize() as isize
    }
}

pub struct MemoryView {
    /// The exporting object (bytes, bytearray, array.array); `obj` of the view.
    pub obj: Value,
    pub readonly: bool,
    pub window: Window,
    released: AtomicBool,
}

impl MemoryView {
    /// A view of `obj` that takes one export of it (a bytearray then refuses to change size).
    pub fn new(obj: Value, readonly: bool, window: Window) -> MemoryView {
        if let Some(count) = exports_of(&obj) {
            count.fetch_add(1, Ordering::AcqRel);
        }
        MemoryView { obj, readonly, window, released: AtomicBool::new(false) }
    }

    pub fn is_released(&self) -> bool {
        self.released.load(Ordering::Acquire)
    }

    /// Gives the export back (once; later calls do nothing).
    pub fn release(&self) {
        if !self.released.swap(true, Ordering::AcqRel)
            && let Some(count) = exports_of(&self.obj)
        {
            count.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

/// The export count of the object a view is taken of (a bytearray, a BytesIO's buffer), if it keeps one.
fn exports_of(v: &Value) -> Option<&AtomicUsize> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Native(n) => n.buffer_exports(),
            _ => None,
        },
        _ => None,
    }
}

/// The bytearray state inside `v` (a bytearray or an instance of a subclass), if `v` is one.
pub fn bytearray_of(v: &Value) -> Option<&ByteArray> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Native(n) => n.downcast_ref::<ByteArray>(),
            _ => None,
        },
        _ => None,
    }
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for MemoryView {}
