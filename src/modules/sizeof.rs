//! `sys.getsizeof`: the bytes gilpy itself allocates for an object, not counting the objects it
//! refers to (as CPython's, which leaves out referents too). An object is its 16-byte `Value`
//! handle, plus for heap objects the reference count header (16 bytes), its struct and the
//! buffers it owns (a list's item vector by capacity, a str's UTF-8 bytes, a dict's table
//! estimated from its size). So the containers' numbers differ from CPython's. The immutable
//! scalars (int, bool, float, str, bytes) report CPython 3.11's sizes instead: programs print
//! and compare those, and they depend only on the value.

use crate::builtins::args::check_args;
use crate::objects::class::Instance;
use crate::objects::function::KwArgs;
use crate::objects::str::PyStr;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;
use std::mem::size_of;

const HANDLE: usize = size_of::<Value>();
/// The strong and weak counts in front of every `Arc`'s value.
const ARC_HEADER: usize = 2 * size_of::<usize>();

/// Slots a hash table of `len` entries has (CPython's growth: a power of two, at most 2/3 full).
fn table_slots(len: usize) -> usize {
    let mut n = 8;
    while n * 2 < len * 3 {
        n *= 2;
    }
    n
}

/// CPython 3.11's size of an int: a 24-byte header and at least one 30-bit digit of 4 bytes.
fn cpython_int_size(bits: u64) -> usize {
    24 + 4 * bits.div_ceil(30).max(1) as usize
}

/// CPython 3.11's size of a str: the compact layout by the widest character (ASCII: 48-byte
/// header, one byte a character; otherwise a 72-byte header and 1, 2 or 4 bytes a character),
/// with room for the terminating zero.
fn cpython_str_size(s: &PyStr) -> usize {
    let text = s.as_str();
    let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let n = text.chars().count() + 1;
    match widest {
        0..=0x7f => 48 + n,
        0x80..=0xff => 72 + n,
        0x100..=0xffff => 72 + 2 * n,
        _ => 72 + 4 * n,
    }
}

pub fn size_of_value(v: &Value) -> usize {
    let heap = |own: usize| HANDLE + ARC_HEADER + own;
    match v {
        // The immutable scalars report CPython's sizes (programs print and compare them); the
        // containers below report gilpy's own.
        Value::Int(i) => cpython_int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Bool(_) => cpython_int_size(1),
        Value::BigInt(b) => cpython_int_size(b.bits()),
        Value::Float(_) => 24,
        Value::Str(s) => cpython_str_size(s),
        Value::Bytes(b) => 33 + b.len(),
        Value::Tuple(t) => heap(size_of::<Vec<Value>>() + t.capacity() * HANDLE),
        Value::List(l) => heap(size_of::<crate::objects::value::List>() + l.items.lock().capacity() * HANDLE),
        Value::Dict(d) => {
            let slots = table_slots(d.len());
            heap(size_of::<crate::objects::dict::Dict>() + slots * 4 + slots * 2 / 3 * (8 + 2 * HANDLE))
        }
        Value::Set(s) | Value::FrozenSet(s) => heap(size_of::<crate::objects::set::Set>() + table_slots(s.len()) * (8 + HANDLE)),
        Value::Instance(i) => heap(size_of::<Instance>() + std::mem::size_of_val(i.slots())),
        Value::Range(_) => heap(size_of::<crate::objects::value::Range>()),
        Value::Slice(_) => heap(size_of::<crate::objects::value::Slice>()),
        Value::Function(_) => heap(size_of::<crate::objects::function::Function>()),
        Value::BoundMethod(_) => heap(size_of::<crate::objects::function::BoundMethod>()),
        Value::Builtin(_) => heap(size_of::<crate::objects::function::Builtin>()),
        Value::Class(_) => heap(size_of::<crate::objects::class::Class>()),
        Value::Module(_) => heap(size_of::<crate::objects::module::Module>()),
        Value::Iter(_) => heap(size_of::<crate::objects::iter::PyIter>()),
        Value::Code(_) => heap(size_of::<crate::code::Code>()),
        Value::Cell(_) => heap(size_of::<crate::objects::value::Cell>()),
        _ => HANDLE,
    }
}

/// sys.getsizeof(obj[, default]): a user class's `__sizeof__` answers for its instances.
pub fn getsizeof(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getsizeof", a, k, 1, 2)?;
    if let Value::Instance(i) = &a[0]
        && let Some(f @ Value::Function(_)) = vm.class_lookup(i.class_ref(), crate::name!("__sizeof__"))
    {
        let r = vm.call1(&f, a[0].clone())?;
        let n = vm.index_value(&r)?;
        return Ok(Value::Int(n));
    }
    Ok(Value::Int(size_of_value(&a[0]) as i64))
}
