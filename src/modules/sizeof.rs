//! `sys.getsizeof`: the bytes gilpy itself allocates for an object, not counting the objects it
//! refers to (as CPython's, which leaves out referents too). An object is its 16-byte `Value`
//! handle, plus for heap objects the reference count header (16 bytes), its struct and the
//! buffers it owns (a list's item vector by capacity, a str's UTF-8 bytes, a dict's table
//! estimated from its size). So the numbers differ from CPython's: `getsizeof(1)` is 16 here,
//! 28 there; a small int or float lives inside its handle.

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

pub fn size_of_value(v: &Value) -> usize {
    let heap = |own: usize| HANDLE + ARC_HEADER + own;
    match v {
        Value::BigInt(b) => heap(size_of::<num_bigint::BigInt>() + b.bits().div_ceil(64) as usize * 8),
        Value::Str(s) => heap(size_of::<PyStr>() + s.as_str().len()),
        Value::Bytes(b) => heap(size_of::<Vec<u8>>() + b.capacity()),
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
