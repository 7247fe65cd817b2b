//! The methods of array.array: construction, sequence protocol (indexing, slices, iteration,
//! concatenation, repetition, comparison), the list-like mutators, and the byte/list/str
//! conversions. Items are converted (which may run user `__index__`) before the lock is taken.

use super::typecode::{TYPECODES, TypeCode};
use super::{PyArray, array_class, as_array, new_array, this};
use crate::builtins::args::check_args;
use crate::builtins::comparisons::comparison_methods;
use crate::modules::convert::{buffer_bytes, type_name};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::Class;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::iter::{IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn class_of(v: &Value) -> Arc<Class> {
    match v {
        Value::Instance(i) => i.class(),
        _ => array_class().clone(),
    }
}

fn encode_all(vm: &mut Vm, code: TypeCode, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * code.itemsize());
    for v in items {
        out.extend(code.encode(vm, v)?);
    }
    Ok(out)
}

fn bad_typecode() -> PyErr {
    let letters: Vec<String> = TYPECODES.chars().map(|c| c.to_string()).collect();
    let (last, rest) = letters.split_last().expect("typecodes");
    PyErr::value_error(format!("bad typecode (must be {} or {last})", rest.join(", ")))
}

pub fn array_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(PyErr::type_error("array.array() takes no keyword arguments"));
    }
    let cls = match &a[0] {
        Value::Class(c) => c.clone(),
        _ => array_class().clone(),
    };
    let args = &a[1..];
    if args.is_empty() {
        return Err(PyErr::type_error("array() takes at least 1 argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("array() takes at most 2 arguments ({} given)", args.len())));
    }
    let code = match &args[0] {
        Value::Str(s) if s.as_str().chars().count() == 1 => TypeCode::from_char(s.as_str().chars().next().unwrap_or('?')).ok_or_else(bad_typecode)?,
        other => {
            return Err(PyErr::type_error(format!("array() argument 1 must be a unicode character, not {}", type_name(other))));
        }
    };
    let data = match args.get(1) {
        None => vec![],
        Some(Value::Str(s)) => {
            if code != TypeCode::Unicode {
                return Err(PyErr::type_error(format!("cannot use a str to initialize an array with typecode '{}'", code.letter())));
            }
            s.as_str().chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
        }
        Some(v @ Value::Bytes(_)) => {
            let b = buffer_bytes(v)?.unwrap_or_default();
            if !b.len().is_multiple_of(code.itemsize()) {
                return Err(PyErr::value_error("bytes length not a multiple of item size"));
            }
            b
        }
        Some(v) => {
            if let Some(other) = as_array(v) {
                if code == TypeCode::Unicode && other.code != TypeCode::Unicode {
                    return Err(PyErr::type_error("array item must be unicode character"));
                }
                if other.code == code {
                    other.data.lock().clone()
                } else {
                    let items = other.values();
                    encode_all(vm, code, &items)?
                }
            } else {
                let items = vm.collect(v)?;
                encode_all(vm, code, &items)?
            }
        }
    };
    Ok(new_array(&cls, code, data))
}

pub fn typecode(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(this(a)?.code.letter().to_string()))
}

pub fn itemsize(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.code.itemsize() as i64))
}

fn append(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("append", a, k, 2, 2)?;
    let arr = this(a)?;
    let b = arr.code.encode(vm, &a[1])?;
    arr.data.lock().extend(b);
    Ok(Value::None)
}

/// The bytes an array `v` adds to `arr` in extend / += (it must have the same code).
fn extension(arr: &PyArray, v: &Value) -> PyResult<Vec<u8>> {
    match as_array(v) {
        Some(other) if other.code == arr.code => crate::builtins::sizes::copied(&other.data.lock()),
        _ => Err(PyErr::type_error("can only extend with array of same kind")),
    }
}

fn extend(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("extend", a, k, 2, 2)?;
    let arr = this(a)?;
    if as_array(&a[1]).is_some() {
        let b = extension(arr, &a[1])?;
        let mut mine = arr.data.lock();
        crate::builtins::sizes::grow(&mut mine, b.len())?;
        mine.extend(b);
        return Ok(Value::None);
    }
    // Item by item, as CPython: the items before a bad one stay appended.
    for v in vm.collect(&a[1])? {
        let b = arr.code.encode(vm, &v)?;
        arr.data.lock().extend(b);
    }
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    if as_array(&a[1]).is_none() {
        return Err(PyErr::type_error(format!("can only extend array with array (not \"{}\")", type_name(&a[1]))));
    }
    extend(vm, a, k)?;
    let _ = arr;
    Ok(a[0].clone())
}

fn insert(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("insert", a, k, 3, 3)?;
    let arr = this(a)?;
    let i = vm.index_value(&a[1])?;
    let b = arr.code.encode(vm, &a[2])?;
    let size = arr.code.itemsize();
    let mut d = arr.data.lock();
    let at = Vm::insert_position(i, d.len() / size) * size;
    d.splice(at..at, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pop", a, k, 1, 2)?;
    let arr = this(a)?;
    let i = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let size = arr.code.itemsize();
    let mut d = arr.data.lock();
    let n = (d.len() / size) as i64;
    if n == 0 {
        return Err(PyErr::index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    let at = j as usize * size;
    let v = arr.code.get(&d[at..at + size]);
    d.drain(at..at + size);
    Ok(v)
}

fn find(vm: &mut Vm, arr: &PyArray, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let items = arr.values();
    for (i, v) in items.iter().enumerate().take(stop.min(items.len())).skip(start) {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("remove", a, k, 2, 2)?;
    let arr = this(a)?;
    match find(vm, arr, &a[1], 0, usize::MAX)? {
        Some(i) => {
            let size = arr.code.itemsize();
            let mut d = arr.data.lock();
            if (i + 1) * size <= d.len() {
                d.drain(i * size..(i + 1) * size);
            }
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("index", a, k, 2, 4)?;
    let arr = this(a)?;
    let len = arr.len() as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        Ok(match v {
            Some(v) => {
                let i = vm.index_value(v)?;
                (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize
            }
            None => default as usize,
        })
    };
    let start = bound(a.get(2), 0)?;
    let stop = bound(a.get(3), len)?;
    match find(vm, arr, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("count", a, k, 2, 2)?;
    let mut n = 0;
    for v in this(a)?.values() {
        if vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("reverse", a, k, 1, 1)?;
    let arr = this(a)?;
    let size = arr.code.itemsize();
    let mut d = arr.data.lock();
    let items: Vec<Vec<u8>> = d.chunks(size).rev().map(|c| c.to_vec()).collect();
    *d = items.concat();
    Ok(Value::None)
}

fn byteswap(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("byteswap", a, k, 1, 1)?;
    let arr = this(a)?;
    let size = arr.code.itemsize();
    for c in arr.data.lock().chunks_mut(size) {
        c.reverse();
    }
    Ok(Value::None)
}

fn tobytes(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tobytes", a, k, 1, 1)?;
    Ok(Value::Bytes(Arc::new(this(a)?.data.lock().clone())))
}

fn frombytes(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("frombytes", a, k, 2, 2)?;
    let arr = this(a)?;
    let b = buffer_bytes(&a[1])?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(&a[1]))))?;
    if b.len() % arr.code.itemsize() != 0 {
        return Err(PyErr::value_error("bytes length not a multiple of item size"));
    }
    arr.data.lock().extend(b);
    Ok(Value::None)
}

fn tolist(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tolist", a, k, 1, 1)?;
    Ok(Value::list(this(a)?.values()))
}

fn fromlist(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fromlist", a, k, 2, 2)?;
    let arr = this(a)?;
    let Value::List(l) = &a[1] else {
        return Err(PyErr::type_error("arg must be list"));
    };
    let items = l.items.lock().clone();
    let b = encode_all(vm, arr.code, &items)?;
    arr.data.lock().extend(b);
    Ok(Value::None)
}

fn tounicode(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tounicode", a, k, 1, 1)?;
    let arr = this(a)?;
    if arr.code != TypeCode::Unicode {
        return Err(PyErr::value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = arr.data.lock().chunks(4).map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}')).collect();
    Ok(Value::string(s))
}

fn fromunicode(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fromunicode", a, k, 2, 2)?;
    let arr = this(a)?;
    let Value::Str(s) = &a[1] else {
        return Err(PyErr::type_error(format!("fromunicode() argument must be str, not {}", type_name(&a[1]))));
    };
    if arr.code != TypeCode::Unicode {
        return Err(PyErr::value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let b: Vec<u8> = s.as_str().chars().flat_map(|c| (c as u32).to_ne_bytes()).collect();
    arr.data.lock().extend(b);
    Ok(Value::None)
}

fn buffer_info(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("buffer_info", a, k, 1, 1)?;
    let arr = this(a)?;
    let d = arr.data.lock();
    let n = d.len() / arr.code.itemsize();
    Ok(Value::tuple(vec![Value::Int(d.as_ptr() as i64), Value::Int(n as i64)]))
}

fn tofile(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tofile", a, k, 2, 2)?;
    let b = Value::Bytes(Arc::new(this(a)?.data.lock().clone()));
    vm.call_method(&a[1], "write", &[b])?;
    Ok(Value::None)
}

fn fromfile(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("fromfile", a, k, 3, 3)?;
    let arr = this(a)?;
    let n = vm.index_value(&a[2])?;
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let want = (n as usize).checked_mul(arr.code.itemsize()).ok_or_else(|| PyErr::with_args(ExcKind::MemoryError, vec![]))?;
    let got = vm.call_method(&a[1], "read", &[Value::Int(want as i64)])?;
    let Value::Bytes(b) = got else {
        return Err(PyErr::type_error("read() didn't return bytes"));
    };
    let whole = b.len() / arr.code.itemsize() * arr.code.itemsize();
    arr.data.lock().extend_from_slice(&b[..whole]);
    if b.len() < want {
        return Err(PyErr::new(ExcKind::EOFError, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.len() as i64))
}

/// Where an iterator over an array is: it reads the live array, as CPython's (items appended
/// meanwhile are seen; once past the end it stays there).
struct ArrayIter {
    array: Value,
    index: usize,
}

impl crate::objects::iter::NativeIter for ArrayIter {
    fn step(&mut self) -> PyResult<Option<Value>> {
        let Some(arr) = as_array(&self.array) else { return Ok(None) };
        let size = arr.code.itemsize();
        let data = arr.data.lock();
        let Some(bytes) = data.get(self.index * size..(self.index + 1) * size) else {
            self.index = usize::MAX / (size + 1);
            return Ok(None);
        };
        self.index += 1;
        Ok(Some(arr.code.get(bytes)))
    }

    fn length_hint(&self) -> usize {
        as_array(&self.array).map_or(0, |a| a.len().saturating_sub(self.index))
    }
}

fn iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(PyIter::new(IterKind::ArrayIterator, IterState::Native(Box::new(ArrayIter { array: a[0].clone(), index: 0 }))))
}

fn contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    Ok(Value::Bool(find(vm, arr, &a[1], 0, usize::MAX)?.is_some()))
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let size = arr.code.itemsize();
    if let Value::Slice(s) = &a[1] {
        let n = arr.len();
        let (start, _, step, count) = vm.slice_indices(s, n)?;
        let d = arr.data.lock();
        let mut out = Vec::with_capacity(count * size);
        let mut i = start;
        for _ in 0..count {
            let at = i as usize * size;
            out.extend_from_slice(&d[at..at + size]);
            i += step;
        }
        drop(d);
        return Ok(new_array(array_class(), arr.code, out));
    }
    let i = vm
        .seq_index(&a[1], arr.len())
        .map_err(|e| if e.matches(ExcKind::TypeError) { PyErr::type_error("array indices must be integers") } else { e })?
        .ok_or_else(|| PyErr::index_error("array index out of range"))?;
    let d = arr.data.lock();
    let at = i * size;
    if at + size > d.len() {
        return Err(PyErr::index_error("array index out of range"));
    }
    Ok(arr.code.get(&d[at..at + size]))
}

fn setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let size = arr.code.itemsize();
    if let Value::Slice(s) = &a[1] {
        let Some(other) = as_array(&a[2]) else {
            return Err(PyErr::type_error(format!("can only assign array (not \"{}\") to array slice", type_name(&a[2]))));
        };
        if other.code != arr.code {
            return Err(PyErr::type_error("bad argument type for built-in operation"));
        }
        let src = other.data.lock().clone();
        let n = arr.len();
        let (start, stop, step, count) = vm.slice_indices(s, n)?;
        let mut d = arr.data.lock();
        if step == 1 {
            let lo = start as usize * size;
            let hi = (stop.max(start)) as usize * size;
            d.splice(lo..hi, src);
            return Ok(Value::None);
        }
        let m = src.len() / size;
        if m != count {
            return Err(PyErr::value_error(format!("attempt to assign array of size {m} to extended slice of size {count}")));
        }
        let mut i = start;
        for k in 0..count {
            let at = i as usize * size;
            d[at..at + size].copy_from_slice(&src[k * size..(k + 1) * size]);
            i += step;
        }
        return Ok(Value::None);
    }
    let i = vm
        .seq_index(&a[1], arr.len())
        .map_err(|e| if e.matches(ExcKind::TypeError) { PyErr::type_error("array indices must be integers") } else { e })?
        .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
    let b = arr.code.encode(vm, &a[2])?;
    let mut d = arr.data.lock();
    let at = i * size;
    if at + size > d.len() {
        return Err(PyErr::index_error("array assignment index out of range"));
    }
    d[at..at + size].copy_from_slice(&b);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let size = arr.code.itemsize();
    let n = arr.len();
    if let Value::Slice(s) = &a[1] {
        let (start, _, step, count) = vm.slice_indices(s, n)?;
        let mut doomed = vec![false; n];
        let mut i = start;
        for _ in 0..count {
            doomed[i as usize] = true;
            i += step;
        }
        let mut d = arr.data.lock();
        let kept: Vec<u8> = d.chunks(size).zip(doomed.iter()).filter(|(_, gone)| !**gone).flat_map(|(c, _)| c.to_vec()).collect();
        *d = kept;
        return Ok(Value::None);
    }
    let i = vm
        .seq_index(&a[1], n)
        .map_err(|e| if e.matches(ExcKind::TypeError) { PyErr::type_error("array indices must be integers") } else { e })?
        .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
    let mut d = arr.data.lock();
    if (i + 1) * size <= d.len() {
        d.drain(i * size..(i + 1) * size);
    }
    Ok(Value::None)
}

fn add(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let Some(other) = as_array(&a[1]) else {
        return Err(PyErr::type_error(format!("can only append array (not \"{}\") to array", type_name(&a[1]))));
    };
    if other.code != arr.code {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    }
    let mine = crate::builtins::sizes::copied(&arr.data.lock())?;
    let d = crate::builtins::sizes::concat(&mine, &other.data.lock())?;
    Ok(new_array(array_class(), arr.code, d))
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(vm.index_as(v, crate::vm::protocol::Oversize::Size)?.max(0) as usize)
}

fn mul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let n = repeat_count(vm, &a[1])?;
    let d = crate::modules::convert::repeated(&arr.data.lock(), n)?;
    Ok(new_array(array_class(), arr.code, d))
}

fn imul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let n = repeat_count(vm, &a[1])?;
    let mut d = arr.data.lock();
    *d = crate::modules::convert::repeated(&d, n)?;
    drop(d);
    Ok(a[0].clone())
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let name = class_of(&a[0]).name.clone();
    let c = arr.code.letter();
    if arr.len() == 0 {
        return Ok(Value::string(format!("{name}('{c}')")));
    }
    let body = if arr.code == TypeCode::Unicode {
        let s = tounicode(vm, &a[..1], NO_KWARGS)?;
        vm.repr(&s)?
    } else {
        let parts: PyResult<Vec<String>> = arr.values().iter().map(|v| vm.repr(v)).collect();
        format!("[{}]", parts?.join(", "))
    };
    Ok(Value::string(format!("{name}('{c}', {body})")))
}

fn copy(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let arr = this(a)?;
    let d = arr.data.lock().clone();
    Ok(new_array(array_class(), arr.code, d))
}

/// Rich comparison as CPython's: item by item on the values, NotImplemented for non-arrays.
fn compare(vm: &mut Vm, a: &[Value], op: crate::ast::CmpOp) -> PyResult<Value> {
    use crate::ast::CmpOp;
    let x = this(a)?;
    let Some(y) = as_array(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let (xs, ys) = (x.values(), y.values());
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && xs.len() != ys.len() {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    for (p, q) in xs.iter().zip(ys.iter()) {
        if !vm.eq(p, q)? {
            return vm.rich_compare(p, q, op);
        }
    }
    Ok(Value::Bool(op.holds(&xs.len(), &ys.len())))
}

comparison_methods!(compare);

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("byteswap", byteswap),
    ("tobytes", tobytes),
    ("frombytes", frombytes),
    ("tolist", tolist),
    ("fromlist", fromlist),
    ("tounicode", tounicode),
    ("fromunicode", fromunicode),
    ("buffer_info", buffer_info),
    ("tofile", tofile),
    ("fromfile", fromfile),
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
    ("__repr__", repr),
    ("__copy__", copy),
    ("__deepcopy__", copy),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];
