//! memoryview: views of bytes, bytearray and array.array without copying (slices are views too,
//! and writes go through to the exporter), one-dimensional, with the single-item native formats
//! `cast` accepts. Reads and writes go through builtins/buffer.rs; a view holds one export of a
//! bytearray until `release()` or its end, so the bytearray refuses to change size meanwhile.

use super::binary_args::{BinKind, int_arg, positional};
use super::binary_methods::{hex_args, hex_string};
use super::buffer::{self, Exporter, exporter, released_error, view_bytes, view_of};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::iter::{IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::memoryview::{Item, ItemFormat, MemoryView, Window};
use crate::objects::str::intern;
use crate::objects::types::{make_class, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;

pub fn memoryview_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make_class("memoryview", vec![types().object.clone()], Kind::Native))
}

pub(crate) fn wrap(m: MemoryView) -> Value {
    Value::Instance(Instance::new(memoryview_class().clone(), Payload::Native(Box::new(m))))
}

/// The view `a[0]` is, if not released.
fn live(a: &[Value]) -> PyResult<&MemoryView> {
    let m = a.first().and_then(view_of).ok_or_else(|| PyErr::type_error("descriptor requires a 'memoryview' object"))?;
    if m.is_released() {
        return Err(released_error());
    }
    Ok(m)
}

/// A view of all of `obj` (bytes, bytearray, array.array, or another view).
pub fn view_of_object(obj: &Value) -> PyResult<Value> {
    if let Some(m) = view_of(obj) {
        if m.is_released() {
            return Err(released_error());
        }
        return Ok(wrap(MemoryView::new(m.obj.clone(), m.readonly, m.window)));
    }
    let Some(ex) = exporter(obj) else {
        return Err(PyErr::type_error(format!("memoryview: a bytes-like object is required, not '{}'", types().of(obj).name)));
    };
    let format = match &ex {
        Exporter::Array(arr) => {
            let code = arr.code.letter().to_string();
            ItemFormat::from_code(&code).ok_or_else(|| PyErr::new(ExcKind::NotImplementedError, format!("memoryview: format {code} not supported")))?
        }
        _ => ItemFormat::U8,
    };
    let nbytes = ex.read(|d| d.len());
    let window = Window { format, start: 0, len: nbytes / format.itemsize(), stride: format.itemsize() as isize };
    Ok(wrap(MemoryView::new(obj.clone(), ex.readonly(), window)))
}

fn memoryview_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let args = &a[1..];
    let obj = match (args, k.as_slice()) {
        ([obj], []) => obj.clone(),
        ([], [(key, obj)]) if key.as_str() == "object" => obj.clone(),
        ([], []) => return Err(PyErr::type_error("memoryview() missing required argument 'object' (pos 1)")),
        ([], [(key, _)]) if key.as_str() != "object" => return Err(PyErr::type_error("memoryview() missing required argument 'object' (pos 1)")),
        ([_], [(key, _), ..]) if key.as_str() == "object" => {
            return Err(PyErr::type_error("argument for memoryview() given by name ('object') and position (1)"));
        }
        (_, [(key, _), ..]) if key.as_str() != "object" => {
            return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for memoryview()", key.as_str())));
        }
        _ => return Err(PyErr::type_error(format!("memoryview() takes at most 1 argument ({} given)", args.len() + k.len()))),
    };
    view_of_object(&obj)
}

/// A decoded item as a Python value.
fn item_value(item: Item) -> Value {
    match item {
        Item::Int(n) => i64::try_from(n).map(Value::Int).unwrap_or_else(|_| Value::bigint(num_bigint::BigInt::from(n))),
        Item::Float(f) => Value::Float(f),
        Item::Bool(b) => Value::Bool(b),
        Item::Byte(b) => Value::Bytes(Arc::new(vec![b])),
    }
}

/// The items of a view, decoded.
fn items(m: &MemoryView) -> PyResult<Vec<Item>> {
    let data = view_bytes(m)?;
    Ok(data.chunks_exact(m.window.format.itemsize()).map(|c| m.window.format.decode(c)).collect())
}

/// The bytes of `v` as an item of `format` (CPython's words when it does not fit).
fn encode_item(vm: &mut Vm, format: ItemFormat, v: &Value) -> PyResult<Vec<u8>> {
    let code = format.code();
    let bad_type = || PyErr::type_error(format!("memoryview: invalid type for format '{code}'"));
    let bad_value = || PyErr::value_error(format!("memoryview: invalid value for format '{code}'"));
    match format {
        ItemFormat::Char => match v {
            Value::Bytes(b) if b.len() == 1 => Ok(b.to_vec()),
            Value::Bytes(_) => Err(bad_value()),
            _ => Err(bad_type()),
        },
        ItemFormat::Bool => Ok(vec![vm.truthy(v)? as u8]),
        ItemFormat::F32 | ItemFormat::F64 => match crate::modules::convert::float_of(vm, v)? {
            Some(f) => Ok(format.encode_float(f)),
            None => Err(bad_type()),
        },
        _ => {
            let n = crate::modules::convert::index_big(vm, v)?.ok_or_else(bad_type)?;
            let n = num_traits::ToPrimitive::to_i128(&n).ok_or_else(bad_value)?;
            format.encode_int(n).ok_or_else(bad_value)
        }
    }
}

// ---- attributes ----

fn obj(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(live(a)?.obj.clone())
}
fn nbytes(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(live(a)?.window.nbytes() as i64))
}
fn readonly(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(live(a)?.readonly))
}
fn itemsize(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(live(a)?.window.format.itemsize() as i64))
}
fn format(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(live(a)?.window.format.code()))
}
fn ndim(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    live(a)?;
    Ok(Value::Int(1))
}
fn shape(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::Int(live(a)?.window.len as i64)]))
}
fn strides(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::Int(live(a)?.window.stride as i64)]))
}
fn suboffsets(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    live(a)?;
    Ok(Value::tuple(vec![]))
}
fn contiguous(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(live(a)?.window.is_contiguous()))
}

// ---- methods ----

fn tobytes(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let m = live(a)?;
    super::binary_args::bind("tobytes", a, k, &["order"])?;
    Ok(BinKind::Bytes.make(view_bytes(m)?))
}

fn tolist(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let m = live(a)?;
    positional("tolist", a, k, 0, 0)?;
    Ok(Value::list(items(m)?.into_iter().map(item_value).collect()))
}

fn hex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let m = live(a)?;
    let (sep, per) = hex_args(vm, a, k)?;
    Ok(Value::string(hex_string(&view_bytes(m)?, sep, per)))
}

fn release(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if let Some(m) = a.first().and_then(view_of) {
        m.release();
    }
    Ok(Value::None)
}

fn toreadonly(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = live(a)?;
    Ok(wrap(MemoryView::new(m.obj.clone(), true, m.window)))
}

fn enter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    live(a)?;
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    release(vm, a, k)?;
    Ok(Value::None)
}

fn cast(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let m = live(a)?;
    let args = super::binary_args::bind("cast", a, k, &["format", "shape"])?;
    let Some(fmt) = &args[0] else { return Err(PyErr::type_error("cast() missing required argument 'format' (pos 1)")) };
    let Value::Str(code) = fmt else {
        return Err(PyErr::type_error(format!("cast() argument 'format' must be str, not {}", types().of(fmt).name)));
    };
    let w = m.window;
    if !w.is_contiguous() {
        return Err(PyErr::type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let to = ItemFormat::from_code(code.as_str())
        .ok_or_else(|| PyErr::value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"))?;
    if !w.format.is_byte_format() && !to.is_byte_format() {
        return Err(PyErr::type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = to.itemsize();
    if w.nbytes() % size != 0 {
        return Err(PyErr::type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(shape) = &args[1] {
        let dims = match shape {
            Value::List(l) => l.items.lock().clone(),
            Value::Tuple(t) => t.to_vec(),
            _ => return Err(PyErr::type_error("shape must be a list or a tuple")),
        };
        match dims.as_slice() {
            [n] => {
                let n = int_arg(vm, n)?;
                if n <= 0 {
                    return Err(PyErr::value_error("memoryview.cast(): elements of shape must be integers > 0"));
                }
                if n as usize * size != w.nbytes() {
                    return Err(PyErr::type_error("memoryview: product(shape) * itemsize != buffer size"));
                }
            }
            _ => return Err(PyErr::new(ExcKind::NotImplementedError, "memoryview: gilpy casts to one-dimensional shapes only")),
        }
    }
    let window = Window { format: to, start: w.start, len: w.nbytes() / size, stride: size as isize };
    Ok(wrap(MemoryView::new(m.obj.clone(), m.readonly, window)))
}

// ---- the sequence protocol ----

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(live(a)?.window.len as i64))
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let values = items(live(a)?)?.into_iter().map(item_value).collect();
    Ok(PyIter::new(IterKind::MemoryIterator, IterState::Seq { seq: Value::tuple(values), index: 0 }))
}

/// The item index a key names (CPython's errors for a bad key or index).
fn item_index(vm: &mut Vm, w: &Window, key: &Value) -> PyResult<usize> {
    if !matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) && !vm.has_attr(key, "__index__")? {
        return Err(PyErr::type_error("memoryview: invalid slice key"));
    }
    vm.seq_index(key, w.len)?.ok_or_else(|| PyErr::index_error("index out of bounds on dimension 1"))
}

/// The window a slice of `w` sees.
fn sub_window(vm: &mut Vm, w: &Window, s: &crate::objects::value::Slice) -> PyResult<Window> {
    let (start, _, step, count) = vm.slice_indices(s, w.len)?;
    let first = if count > 0 { w.offset(start as usize) } else { w.start };
    Ok(Window { format: w.format, start: first, len: count, stride: w.stride * step as isize })
}

/// A slot wrapper's count of arguments after `self`: `wanted` or CPython's TypeError.
fn slot_args(a: &[Value], wanted: usize) -> PyResult<()> {
    let given = a.len().saturating_sub(1);
    if given != wanted {
        return Err(PyErr::type_error(format!("expected {wanted} argument{}, got {given}", if wanted == 1 { "" } else { "s" })));
    }
    Ok(())
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    slot_args(a, 1)?;
    let m = live(a)?;
    let w = m.window;
    if let Value::Slice(s) = &a[1] {
        let window = sub_window(vm, &w, s)?;
        return Ok(wrap(MemoryView::new(m.obj.clone(), m.readonly, window)));
    }
    let i = item_index(vm, &w, &a[1])?;
    let one = Window { start: w.offset(i), len: 1, ..w };
    let bytes = exporter(&m.obj).ok_or_else(released_error)?.read(|d| buffer::window_bytes(d, &one));
    if bytes.len() != w.format.itemsize() {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    }
    Ok(item_value(w.format.decode(&bytes)))
}

fn setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    slot_args(a, 2)?;
    let m = live(a)?;
    if m.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let w = m.window;
    if let Value::Slice(s) = &a[1] {
        let window = sub_window(vm, &w, s)?;
        let data = match view_of(&a[2]) {
            Some(src) if src.window.format != w.format => None,
            Some(src) => Some(view_bytes(src)?),
            None if w.format == ItemFormat::U8 => buffer::bytes_of(&a[2])?,
            None => None,
        };
        let data = match data {
            Some(d) => d,
            None if buffer::is_bytes_like(&a[2]) => return Err(PyErr::value_error("memoryview assignment: lvalue and rvalue have different structures")),
            None => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(&a[2]).name))),
        };
        if data.len() != window.nbytes() {
            return Err(PyErr::value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let target = MemoryView::new(m.obj.clone(), false, window);
        buffer::write_view_bytes(&target, 0, &data);
        return Ok(Value::None);
    }
    let i = item_index(vm, &w, &a[1])?;
    let bytes = encode_item(vm, w.format, &a[2])?;
    buffer::write_view_bytes(m, i * w.format.itemsize(), &bytes);
    Ok(Value::None)
}

fn delitem(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = live(a)?;
    Err(PyErr::type_error(if m.readonly { "cannot modify read-only memory" } else { "cannot delete memory" }))
}

fn item_eq(x: &Item, y: &Item) -> bool {
    match (x, y) {
        (Item::Int(a), Item::Int(b)) => a == b,
        (Item::Float(a), Item::Float(b)) => a == b,
        (Item::Int(a), Item::Float(b)) | (Item::Float(b), Item::Int(a)) => *a as f64 == *b,
        (Item::Bool(a), Item::Bool(b)) => a == b,
        (Item::Bool(a), Item::Int(b)) | (Item::Int(b), Item::Bool(a)) => *a as i128 == *b,
        (Item::Byte(a), Item::Byte(b)) => a == b,
        _ => false,
    }
}

fn equal(a: &[Value]) -> PyResult<Option<bool>> {
    let Some(m) = a.first().and_then(view_of) else { return Ok(None) };
    let Some(other) = a.get(1) else { return Err(PyErr::type_error(format!("expected 1 argument, got {}", a.len() - 1))) };
    if m.is_released() || view_of(other).is_some_and(MemoryView::is_released) {
        return Ok(Some(a[0].is(other)));
    }
    let theirs: Vec<Item> = match view_of(other) {
        Some(o) => items(o)?,
        // Another exporter compares as a view of it (an array with its own item format).
        None if buffer::is_bytes_like(other) => match view_of(&view_of_object(other)?) {
            Some(o) => items(o)?,
            None => return Ok(None),
        },
        None => return Ok(None),
    };
    let mine = items(m)?;
    Ok(Some(mine.len() == theirs.len() && mine.iter().zip(&theirs).all(|(x, y)| item_eq(x, y))))
}

fn eq(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(equal(a)?.map_or(Value::NotImplemented, Value::Bool))
}

fn ne(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(equal(a)?.map_or(Value::NotImplemented, |b| Value::Bool(!b)))
}

fn hash(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = live(a)?;
    if !m.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    if !m.window.format.is_byte_format() {
        return Err(PyErr::value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(Value::Int(crate::objects::hashing::hash_bytes(&view_bytes(m)?)))
}

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = a.first().and_then(view_of).ok_or_else(|| PyErr::type_error("descriptor requires a 'memoryview' object"))?;
    let addr = a[0].ptr().unwrap_or(0);
    Ok(Value::string(if m.is_released() { format!("<released memory at {addr:#x}>") } else { format!("<memory at {addr:#x}>") }))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", memoryview_new),
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("hex", hex),
    ("release", release),
    ("toreadonly", toreadonly),
    ("cast", cast),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__len__", len),
    ("__iter__", iter),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__hash__", hash),
    ("__repr__", repr),
];

const PROPERTIES: &[(&str, NativeFn)] = &[
    ("obj", obj),
    ("nbytes", nbytes),
    ("readonly", readonly),
    ("itemsize", itemsize),
    ("format", format),
    ("ndim", ndim),
    ("shape", shape),
    ("strides", strides),
    ("suboffsets", suboffsets),
    ("c_contiguous", contiguous),
    ("f_contiguous", contiguous),
    ("contiguous", contiguous),
];

pub fn install(builtins: &crate::objects::dict::Dict) {
    let c = memoryview_class();
    for (n, f) in METHODS {
        c.dict.set_str(intern(n), Builtin::method(Owner::Named("memoryview"), n, *f));
    }
    for (n, f) in PROPERTIES {
        c.dict.set_str(intern(n), super::object::native_property(Builtin::method(Owner::Named("memoryview"), n, *f)));
    }
    builtins.set_str(intern("memoryview"), Value::Class(c.clone()));
}
