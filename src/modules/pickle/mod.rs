//! `_pickle`: the native core under src/stdlib/pickle.py, where CPython uses its C accelerator.
//! `dumps` writes a value graph (encoder.rs), `loads` reads one pickle from a byte buffer
//! (decoder.rs); the opcode bytes are in opcodes.rs. Policy that Python code can override
//! (reducing user objects, find_class, persistent ids) stays in pickle.py and is called back.

pub mod decoder;
pub mod encoder;
pub mod opcodes;

use crate::builtins::args::check_args;
use crate::modules::convert::type_name;
use crate::objects::Arc;
use crate::objects::function::KwArgs;
use crate::objects::memoryview::bytearray_of;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn create() -> Value {
    crate::modules::make_module("_pickle", &[("dumps", dumps), ("encode_text", encode_text), ("loads", loads)]).0
}

/// `dumps(obj, protocol, pickler, persistent_id, PicklingError)`: the pickle of `obj` as bytes.
fn dumps(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("dumps", a, k, 5, 5)?;
    let proto = vm.index_value(&a[1])?;
    if !(0..=opcodes::HIGHEST_PROTOCOL as i64).contains(&proto) {
        return Err(PyErr::value_error(format!("pickle protocol must be <= {}", opcodes::HIGHEST_PROTOCOL)));
    }
    let pid = if a[3].is_none() { None } else { Some(a[3].clone()) };
    let p = encoder::Pickler::new(proto as u8, a[2].clone(), pid, a[4].clone());
    Ok(Value::Bytes(Arc::new(p.dump(vm, &a[0])?)))
}

/// `loads(data, pos, unpickler, UnpicklingError)`: the value of the pickle starting at `pos`
/// and the position just after its STOP.
fn loads(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("loads", a, k, 4, 4)?;
    let owned;
    let data: &[u8] = match &a[0] {
        Value::Bytes(b) => b,
        other => match bytearray_of(other) {
            Some(ba) => {
                owned = ba.snapshot();
                &owned
            }
            None => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(other)))),
        },
    };
    let pos = vm.index_value(&a[1])?.clamp(0, data.len() as i64) as usize;
    let mut u = decoder::Unpickler::new(data, pos, a[2].clone(), a[3].clone());
    let v = u.load(vm)?;
    Ok(Value::tuple(vec![v, Value::Int(u.pos() as i64)]))
}

/// `encode_text(text, encoding='utf-8', errors='strict')`: what `_codecs.encode` does for the
/// Latin-1 text that pickles of bytes (protocols 0-2) carry; other encodings go to `str.encode`.
fn encode_text(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("encode", a, k, 1, 3)?;
    let encoding = a.get(1).and_then(|v| v.as_str()).unwrap_or("utf-8").to_ascii_lowercase().replace('_', "-");
    if let (Value::Str(s), "latin1" | "latin-1" | "iso-8859-1" | "l1") = (&a[0], encoding.as_str())
        && s.as_str().chars().all(|c| (c as u32) < 256)
    {
        return Ok(Value::Bytes(Arc::new(s.as_str().chars().map(|c| c as u8).collect())));
    }
    vm.call_method(&a[0], "encode", &a[1..])
}
