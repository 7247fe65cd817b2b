//! `marshal`: CPython's marshal format (versions 0 to 4) for the values it can hold: None,
//! bools, Ellipsis, StopIteration, ints of any size, floats, complex numbers, str, bytes (and
//! other bytes-like objects, written as bytes), tuples, lists, dicts, sets and frozensets.
//! Code objects are not marshallable here: gilpy's bytecode is not CPython's, so `dumps` of one
//! raises CPython's "unmarshallable object" and a 'c' record in data is refused.
//! `dump` and `load` work on file objects through their `write`, `read` and `seek` methods
//! (`load` reads what is left and gives back, by seeking, what the value did not use).
//!
//! Back-references (FLAG_REF, version 3 and up) follow CPython's rule "flag an object when
//! something else also refers to it": for shared objects that is the reference count; ints and
//! floats held inline in a `Value` have no count, so they are flagged as CPython's cached small
//! ints and constants are, and equal ones share one reference.

mod read;
mod write;

use crate::builtins::args::check_args;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{Arc, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The format written when no version is given (`marshal.version`).
pub const VERSION: i64 = 4;

/// One-byte record tags of the format.
pub(crate) mod tag {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    /// Read only (an old 64-bit int record).
    pub const INT64: u8 = b'I';
    pub const LONG: u8 = b'l';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const UNKNOWN: u8 = b'?';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    /// Or-ed into a tag: the object gets the next back-reference index.
    pub const FLAG_REF: u8 = 0x80;
}

/// Nesting deeper than this is refused, as CPython's MAX_MARSHAL_STACK_DEPTH.
pub(crate) const MAX_DEPTH: usize = 2000;

/// CPython's wording when a positional-only function of the module gets keywords.
fn no_keywords(name: &str, k: &KwArgs) -> PyResult<()> {
    match k.first() {
        Some(_) => Err(PyErr::type_error(format!("{name}() takes no keyword arguments"))),
        None => Ok(()),
    }
}

fn version_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(VERSION),
        Some(v) => vm.index_value(v),
    }
}

/// `marshal.dumps(value, version=4, /)`.
fn dumps(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_keywords("marshal.dumps", k)?;
    check_args("dumps", a, k, 1, 2)?;
    let version = version_arg(vm, a.get(1))?;
    Ok(Value::Bytes(Arc::new(write::dumps(vm, &a[0], version)?)))
}

/// `marshal.dump(value, file, version=4, /)`.
fn dump(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_keywords("marshal.dump", k)?;
    check_args("dump", a, k, 2, 3)?;
    let version = version_arg(vm, a.get(2))?;
    let bytes = write::dumps(vm, &a[0], version)?;
    vm.call_method(&a[1], "write", &[Value::Bytes(Arc::new(bytes))])?;
    Ok(Value::None)
}

/// `marshal.loads(bytes, /)`: the first value in the data (bytes after it are ignored).
fn loads(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_keywords("marshal.loads", k)?;
    check_args("loads", a, k, 1, 1)?;
    let data = crate::builtins::buffer::bytes_arg(&a[0])?;
    Ok(read::loads(vm, &data)?.0)
}

/// `marshal.load(file, /)`: one value from a binary file, leaving the file just after it.
fn load(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_keywords("marshal.load", k)?;
    check_args("load", a, k, 1, 1)?;
    let got = vm.call_method(&a[0], "read", &[])?;
    let data = match &got {
        Value::Bytes(b) => b.clone(),
        other => match crate::builtins::buffer::bytes_of(other)? {
            Some(b) => Arc::new(b),
            None => {
                let name = crate::objects::types::types().of(other).name.clone();
                return Err(PyErr::type_error(format!("file.read() returned not bytes but {name}")));
            }
        },
    };
    let (value, used) = read::loads(vm, &data)?;
    let unused = data.len() - used;
    if unused > 0 {
        vm.call_method(&a[0], "seek", &[Value::Int(-(unused as i64)), Value::Int(1)])?;
    }
    Ok(value)
}

pub fn create() -> Value {
    let (m, d) = super::make_module("marshal", &[("dumps", dumps), ("dump", dump), ("loads", loads), ("load", load)]);
    d.set_str(intern("version"), Value::Int(VERSION));
    m
}

pub(crate) fn unmarshallable() -> PyErr {
    PyErr::value_error("unmarshallable object")
}
