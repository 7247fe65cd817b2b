//! `array`: the native `array.array` type (typed, compact sequences of numbers or characters)
//! and `typecodes`, as CPython's arraymodule.c. Items live as raw bytes in native byte order behind
//! the array's own lock, so tobytes/frombytes/byteswap are byte copies and struct.pack_into can
//! write into an array as into any writable buffer. typecode.rs converts single items; methods.rs
//! holds the Python-visible methods.

mod methods;
pub mod typecode;

use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use parking_lot::Mutex;
use std::sync::OnceLock;
use typecode::TypeCode;

/// An array's state: its type code and its items' bytes.
pub struct PyArray {
    pub code: TypeCode,
    pub data: Mutex<Vec<u8>>,
}

impl PyArray {
    pub fn len(&self) -> usize {
        self.data.lock().len() / self.code.itemsize()
    }

    /// The items as values (a snapshot).
    pub fn values(&self) -> Vec<Value> {
        let size = self.code.itemsize();
        self.data.lock().chunks(size).map(|c| self.code.get(c)).collect()
    }
}

/// The array inside `v`, if `v` is one.
pub fn as_array(v: &Value) -> Option<&PyArray> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
    {
        return n.downcast_ref::<PyArray>();
    }
    None
}

fn this(a: &[Value]) -> PyResult<&PyArray> {
    a.first().and_then(as_array).ok_or_else(|| PyErr::type_error("descriptor requires a 'array.array' object"))
}

pub fn new_array(cls: &Arc<Class>, code: TypeCode, data: Vec<u8>) -> Value {
    Value::Instance(Instance::new(cls.clone(), Payload::Native(Box::new(PyArray { code, data: Mutex::new(data) }))))
}

pub fn array_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        NativeClass::new("array", "array")
            .methods(methods::METHODS)
            .constructor(methods::array_new)
            .properties(&[("typecode", methods::typecode), ("itemsize", methods::itemsize)])
            .module_attr()
            .unhashable()
            .build()
    })
}

pub fn create() -> Value {
    let (m, d) = super::make_module("array", &[]);
    d.set_str(intern("array"), Value::Class(array_class().clone()));
    d.set_str(intern("ArrayType"), Value::Class(array_class().clone()));
    d.set_str(intern("typecodes"), Value::str(typecode::TYPECODES));
    m
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for PyArray {}
