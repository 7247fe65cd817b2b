//! bytearray: the class, its constructor, the mutators (append, extend, insert, pop, remove,
//! reverse, clear, item and slice assignment and deletion, `+=`, `*=`) and the sequence dunders.
//! The methods it shares with bytes live in binary_methods.rs. Its bytes sit behind the object's
//! own lock (objects/bytearray.rs); arguments are converted before the lock is taken, and a
//! change of size is refused while a memoryview exports the bytes.

use super::binary_args::{BinKind, Me, int_arg, no_args, one_arg, positional};
use super::binary_methods::{self, item_byte};
use super::buffer;
use super::comparisons::comparison_methods;
use crate::ast::CmpOp;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::bytearray::{ByteArray, Exported};
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::iter::{IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::memoryview::bytearray_of;
use crate::objects::str::intern;
use crate::objects::types::{make_class, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;

pub fn bytearray_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make_class("bytearray", vec![types().object.clone()], Kind::Native))
}

/// A new bytearray holding `data`.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    with_class(bytearray_class(), data)
}

fn with_class(cls: &Arc<Class>, data: Vec<u8>) -> Value {
    Value::Instance(Instance::new(cls.clone(), Payload::Native(Box::new(ByteArray::new(data)))))
}

fn this(a: &[Value]) -> PyResult<&ByteArray> {
    a.first().and_then(bytearray_of).ok_or_else(|| PyErr::type_error("descriptor requires a 'bytearray' object"))
}

/// CPython's refusal to resize a bytearray that a memoryview exports.
pub fn exported_error(_: Exported) -> PyErr {
    PyErr::new(ExcKind::BufferError, "Existing exports of data: object cannot be re-sized")
}

/// Runs a change of size on the bytes (BufferError while exported).
fn resize<R>(ba: &ByteArray, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    let mut d = ba.resize().map_err(exported_error)?;
    Ok(f(&mut d))
}

/// Appends `more`, or MemoryError when the bytearray cannot grow by that much.
fn append_bytes(d: &mut Vec<u8>, more: &[u8]) -> PyResult<()> {
    super::sizes::grow(d, more.len())?;
    d.extend_from_slice(more);
    Ok(())
}

/// The bytes of a constructor's `source` (bytes() and bytearray() share the rules; `kind` words
/// the errors).
pub fn source_bytes(vm: &mut Vm, kind: BinKind, source: Option<&Value>, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            let what = if encoding.is_some() { "encoding" } else { "errors" };
            return Err(PyErr::type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = src {
        let Some(enc) = encoding else { return Err(PyErr::type_error("string argument without an encoding")) };
        let mut call = vec![src.clone(), enc.clone()];
        call.extend(errors.cloned());
        let encoded = vm.call_method(&Value::Str(s.clone()), "encode", &call[1..])?;
        return buffer::bytes_arg(&encoded);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if let Some(copy) = buffer::checked_bytes_of(src) {
        return copy;
    }
    if let Some(small) = small_ints(src) {
        return small;
    }
    if matches!(src, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) || vm.class_lookup(&types().of(src), crate::name!("__index__")).is_some() {
        let n = vm.index_as(src, crate::vm::protocol::Oversize::Size)?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        return crate::modules::convert::zeroed(n as usize);
    }
    let not_iterable = || PyErr::type_error(format!("cannot convert '{}' object to {}", types().of(src).name, kind.name()));
    if matches!(src, Value::Float(_) | Value::None) {
        return Err(not_iterable());
    }
    let it = vm.get_iter(src).map_err(|e| if e.matches(ExcKind::TypeError) { not_iterable() } else { e })?;
    ints_of(vm, kind, &it)
}

/// The bytes of a list or tuple whose items are all ints (or bools) in range(256), read in place
/// without an iterator or a copy of the items (`bytes([1, 2, 3])`); None: the general path
/// (`ints_of`) decides, with its errors.
fn small_ints(v: &Value) -> Option<PyResult<Vec<u8>>> {
    let convert = |items: &[Value]| -> Option<PyResult<Vec<u8>>> {
        let mut out = match super::sizes::reserved_bytes(items.len()) {
            Ok(out) => out,
            Err(e) => return Some(Err(e)),
        };
        for x in items {
            out.push(match x {
                Value::Int(i) if (0..256).contains(i) => *i as u8,
                Value::Bool(b) => *b as u8,
                _ => return None,
            });
        }
        Some(Ok(out))
    };
    match v {
        Value::List(l) => convert(&l.items.lock()),
        Value::Tuple(t) => convert(t),
        _ => None,
    }
}

/// The bytes an iterable of ints stands for (bytes() says "bytes must be in range", bytearray "byte").
fn ints_of(vm: &mut Vm, kind: BinKind, v: &Value) -> PyResult<Vec<u8>> {
    let items = vm.collect(v)?;
    let mut out = super::sizes::reserved_bytes(items.len())?;
    for x in &items {
        out.push(item_byte(vm, x).map_err(|e| match kind {
            BinKind::Bytes if e.matches(ExcKind::ValueError) => PyErr::value_error("bytes must be in range(0, 256)"),
            _ => e,
        })?);
    }
    Ok(out)
}

/// The (source, encoding, errors) arguments of bytes() and bytearray().
pub fn ctor_args(name: &str, a: &[Value], k: &KwArgs) -> PyResult<[Option<Value>; 3]> {
    let args = &a[1..];
    if args.len() > 3 {
        return Err(PyErr::type_error(format!("{name}() takes at most 3 arguments ({} given)", args.len())));
    }
    let mut out = [args.first().cloned(), args.get(1).cloned(), args.get(2).cloned()];
    for (key, v) in k {
        let i = match key.as_str() {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            other => return Err(PyErr::type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!("argument for {name}() given by name ('{}') and position ({})", key.as_str(), i + 1)));
        }
        out[i] = Some(v.clone());
    }
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = out[i].as_ref().filter(|v| !matches!(v, Value::Str(_))) {
            return Err(PyErr::type_error(format!("{name}() argument '{what}' must be str, not {}", types().of(v).name)));
        }
    }
    Ok(out)
}

fn bytearray_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => bytearray_class().clone(),
    };
    if !Arc::ptr_eq(&cls, bytearray_class()) {
        // A subclass: its `__init__` (ours, or the subclass's calling ours) fills it.
        return Ok(with_class(&cls, Vec::new()));
    }
    let [src, enc, err] = ctor_args("bytearray", a, k)?;
    let data = source_bytes(vm, BinKind::ByteArray, src.as_ref(), enc.as_ref(), err.as_ref())?;
    Ok(new_bytearray(data))
}

fn bytearray_init(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let ba = this(a)?;
    let [src, enc, err] = ctor_args("bytearray", a, k)?;
    let data = source_bytes(vm, BinKind::ByteArray, src.as_ref(), enc.as_ref(), err.as_ref())?;
    resize(ba, |d| *d = data)?;
    Ok(Value::None)
}

// ---- the mutators ----

fn append(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::kind_only(a)?;
    let b = item_byte(vm, one_arg(&me, "append", a, k)?)?;
    resize(this(a)?, |d| d.push(b))?;
    Ok(Value::None)
}

/// The bytes `extend` and slice assignment take: a buffer, or an iterable of ints.
fn bytes_or_ints(vm: &mut Vm, v: &Value, what: impl Fn(&Value) -> PyErr) -> PyResult<Vec<u8>> {
    if let Some(copy) = buffer::checked_bytes_of(v) {
        return copy;
    }
    if matches!(v, Value::Str(_)) {
        return Err(what(v));
    }
    let it = vm.get_iter(v).map_err(|e| if e.matches(ExcKind::TypeError) { what(v) } else { e })?;
    ints_of(vm, BinKind::ByteArray, &it)
}

fn extend(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::kind_only(a)?;
    let src = one_arg(&me, "extend", a, k)?;
    if src.is(&a[0]) {
        // Extended by itself: the bytes double in place, with no copy of the source first.
        return resize(this(a)?, |d| {
            super::sizes::grow(d, d.len())?;
            d.extend_from_within(..);
            Ok(Value::None)
        })?;
    }
    let data = match src {
        Value::Str(_) => ints_of(vm, BinKind::ByteArray, src)?,
        _ => bytes_or_ints(vm, src, |v| PyErr::type_error(format!("can't extend bytearray with {}", types().of(v).name)))?,
    };
    resize(this(a)?, |d| append_bytes(d, &data))??;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let args = positional("insert", a, k, 2, 2)?;
    let i = int_arg(vm, &args[0])?;
    let b = item_byte(vm, &args[1])?;
    resize(this(a)?, |d| {
        let at = Vm::insert_position(i, d.len());
        d.insert(at, b)
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let args = positional("pop", a, k, 0, 1)?;
    let i = match args.first() {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };

    resize(this(a)?, |d| {
        if d.is_empty() {
            return Err(PyErr::index_error("pop from empty bytearray"));
        }
        let at = if i < 0 { i + d.len() as i64 } else { i };
        if at < 0 || at >= d.len() as i64 {
            return Err(PyErr::index_error("pop index out of range"));
        }
        Ok(Value::Int(d.remove(at as usize) as i64))
    })?
}

fn remove(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::kind_only(a)?;
    let b = item_byte(vm, one_arg(&me, "remove", a, k)?)?;
    resize(this(a)?, |d| match d.iter().position(|&c| c == b) {
        Some(i) => {
            d.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    })?
}

fn reverse(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_args(&Me::kind_only(a)?, "reverse", a, k)?;
    this(a)?.lock().reverse();
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_args(&Me::kind_only(a)?, "clear", a, k)?;
    resize(this(a)?, Vec::clear)?;
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    no_args(&me, "copy", a, k)?;
    Ok(new_bytearray(me.data.to_vec()))
}

fn alloc(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_args(&Me::kind_only(a)?, "__alloc__", a, k)?;
    Ok(Value::Int(this(a)?.lock().capacity() as i64 + 1))
}

// ---- the sequence protocol ----

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.len() as i64))
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(PyIter::new(IterKind::BytearrayIterator, IterState::Seq { seq: a[0].clone(), index: 0 }))
}

fn contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let item = &a[1];
    if let Some(sub) = buffer::bytes_of(item)? {
        return Ok(Value::Bool(binary_methods::find_sub(&me.data, &sub).is_some()));
    }
    let b = item_byte(vm, item).map_err(|e| {
        if e.matches(ExcKind::TypeError) { PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(item).name)) } else { e }
    })?;
    Ok(Value::Bool(me.data.contains(&b)))
}

/// An index argument: "bytearray indices must be integers or slices, not str".
fn index_of(vm: &mut Vm, key: &Value, len: usize) -> PyResult<Option<usize>> {
    if !matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) && !vm.has_attr(key, "__index__")? {
        return Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", types().of(key).name)));
    }
    vm.seq_index(key, len)
}

/// `b[i]` and `b[i:j:k]`, read under the bytearray's lock (no copy of the whole: a loop of
/// indexing was quadratic). The indices are taken first (`__index__` may run code that
/// resizes it), and an item gone by then is out of range.
fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let ba = this(a)?;
    match &a[1] {
        Value::Slice(s) => {
            let (start, _, step, count) = vm.slice_indices(s, ba.len())?;
            let d = ba.lock();
            Ok(new_bytearray((0..count).filter_map(|i| d.get((start + i as i64 * step) as usize).copied()).collect()))
        }
        key => match index_of(vm, key, ba.len())?.and_then(|i| ba.lock().get(i).copied()) {
            Some(b) => Ok(Value::Int(b as i64)),
            None => Err(PyErr::index_error("bytearray index out of range")),
        },
    }
}

fn setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let ba = this(a)?;
    match &a[1] {
        Value::Slice(s) => {
            let new = bytes_or_ints(vm, &a[2], |_| PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"))?;
            let (start, stop, step, count) = vm.slice_indices(s, ba.len())?;
            if step == 1 {
                let (start, stop) = (start as usize, stop.max(start) as usize);
                if new.len() == stop - start {
                    // Same size: allowed while exported.
                    ba.lock()[start..stop].copy_from_slice(&new);
                } else {
                    resize(ba, |d| {
                        let stop = stop.min(d.len());
                        d.splice(start.min(stop)..stop, new);
                    })?;
                }
                return Ok(Value::None);
            }
            if new.len() != count {
                return Err(PyErr::value_error(format!("attempt to assign bytes of size {} to extended slice of size {count}", new.len())));
            }
            let mut d = ba.lock();
            for (k, b) in new.into_iter().enumerate() {
                if let Some(slot) = d.get_mut((start + k as i64 * step) as usize) {
                    *slot = b;
                }
            }
            Ok(Value::None)
        }
        key => {
            let b = item_byte(vm, &a[2])?;
            match index_of(vm, key, ba.len())? {
                Some(i) => {
                    if let Some(slot) = ba.lock().get_mut(i) {
                        *slot = b;
                    }
                    Ok(Value::None)
                }
                None => Err(PyErr::index_error("bytearray index out of range")),
            }
        }
    }
}

fn delitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let ba = this(a)?;
    match &a[1] {
        Value::Slice(s) => {
            let (start, _, step, count) = vm.slice_indices(s, ba.len())?;
            let mut gone: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
            gone.sort_unstable();
            resize(ba, |d| {
                let mut k = 0;
                let mut i = 0;
                d.retain(|_| {
                    let keep = gone.get(k) != Some(&i);
                    if !keep {
                        k += 1;
                    }
                    i += 1;
                    keep
                });
            })?;
            Ok(Value::None)
        }
        key => match index_of(vm, key, ba.len())? {
            Some(i) => resize(ba, |d| {
                if i < d.len() {
                    d.remove(i);
                }
                Value::None
            }),
            None => Err(PyErr::index_error("bytearray index out of range")),
        },
    }
}

// ---- operators ----

fn concat_operand(me: &Me, other: &Value) -> PyResult<Vec<u8>> {
    buffer::checked_bytes_of(other).ok_or_else(|| PyErr::type_error(format!("can't concat {} to {}", types().of(other).name, me.kind.name())))?
}

fn add(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    if !buffer::is_bytes_like(&a[1]) {
        return Ok(Value::NotImplemented);
    }
    Ok(new_bytearray(super::sizes::concat(&me.data, &concat_operand(&me, &a[1])?)?))
}

fn iadd(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::kind_only(a)?;
    if a[1].is(&a[0]) {
        // CPython exports the operand's buffer while it resizes the target: `b += b` is refused.
        return Err(exported_error(Exported));
    }
    let more = concat_operand(&me, &a[1])?;
    resize(this(a)?, |d| append_bytes(d, &more))??;
    Ok(a[0].clone())
}

/// The repeat count of `*` (NotImplemented when the operand is no int).
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) && !vm.has_attr(v, "__index__")? {
        return Ok(None);
    }
    Ok(Some(vm.index_as(v, crate::vm::protocol::Oversize::Size)?.max(0) as usize))
}

fn mul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    match repeat_count(vm, &a[1])? {
        Some(n) => Ok(new_bytearray(crate::modules::convert::repeated(&me.data, n)?)),
        None => Ok(Value::NotImplemented),
    }
}

fn imul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let Some(n) = repeat_count(vm, &a[1])? else {
        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", types().of(&a[1]).name)));
    };
    let data = crate::modules::convert::repeated(&me.data, n)?;
    if data.len() == me.data.len() {
        return Ok(a[0].clone());
    }
    resize(this(a)?, |d| *d = data)?;
    Ok(a[0].clone())
}

fn mod_(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let text = crate::vm::percent_format::percent_format(vm, &Value::Bytes(me.data.clone()), &a[1])?;
    Ok(new_bytearray(text.chars().map(|c| c as u32 as u8).collect()))
}

fn rmod(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn compare(_vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    let me = Me::of(a)?;
    let other = match buffer::view_of(&a[1]) {
        Some(m) => buffer::view_bytes(m).ok(),
        None => buffer::bytes_of(&a[1])?,
    };
    Ok(match other {
        Some(o) => Value::Bool(op.holds(&me.data[..], &o[..])),
        None => Value::NotImplemented,
    })
}

comparison_methods!(compare);

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let name = match &a[0] {
        Value::Instance(i) => i.class_ref().name.clone(),
        _ => "bytearray".to_string(),
    };
    Ok(Value::string(format!("{name}({})", crate::objects::repr::bytearray_body_repr(&me.data))))
}

/// `__reduce_ex__` / `__reduce__`: (class, (bytes,), state) as CPython's for protocols 3 and up.
fn reduce(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let cls = Value::Class(types().of(&a[0]));
    let state = match &a[0] {
        Value::Instance(i) => i.dict().map_or(Value::None, Value::Dict),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![cls, Value::tuple(vec![BinKind::Bytes.make(me.data.to_vec())]), state]))
}

fn fromhex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    binary_methods::fromhex_for(vm, BinKind::ByteArray, a, k)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", bytearray_new),
    ("__init__", bytearray_init),
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
    ("__alloc__", alloc),
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__repr__", repr),
    ("__str__", repr),
    ("__reduce__", reduce),
    ("__reduce_ex__", reduce),
];

pub fn install(builtins: &crate::objects::dict::Dict) {
    let c = bytearray_class();
    for (n, f) in METHODS.iter().chain(binary_methods::SHARED) {
        c.dict.set_str(intern(n), Builtin::method(Owner::Bytearray, n, *f));
    }
    c.dict.set_str(intern("fromhex"), super::str::class_method(Builtin::method(Owner::Bytearray, "fromhex", fromhex)));
    c.dict.set_str(intern("maketrans"), super::str::static_method(Builtin::method(Owner::Bytearray, "maketrans", binary_methods::maketrans)));
    c.dict.set_str(intern("__hash__"), Value::None);
    builtins.set_str(intern("bytearray"), Value::Class(c.clone()));
}
