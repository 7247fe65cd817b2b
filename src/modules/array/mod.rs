//! `array`: the native `array.array` type (typed, compact sequences of numbers or characters)
//! and `typecodes`, as CPython's arraymodule.c. Items live as raw bytes in native byte order behind
//! the array's own lock, so tobytes/frombytes/byteswap are byte copies and struct.pack_into can
//! write into an array as into any writable buffer. typecode.rs converts single items; methods.rs
//! holds the Python-visible methods.

mod methods;
pub mod typecode;

use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::Builtin;
use crate::objects::function::Owner;
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
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
        let c = make_class_in("array", "array", vec![types().object.clone()], Kind::Native);
        for (n, f) in methods::METHODS {
            c.dict.set_str(intern(n), Builtin::method(Owner::Named("array"), n, *f));
        }
        c.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", methods::array_new));
        let prop = crate::builtins::object::native_property;
        c.dict.set_str(intern("typecode"), prop(Builtin::method(Owner::Named("array"), "typecode", methods::typecode)));
        c.dict.set_str(intern("itemsize"), prop(Builtin::method(Owner::Named("array"), "itemsize", methods::itemsize)));
        c.dict.set_str(crate::name!("__module__").clone(), Value::str("array"));
        c.dict.set_str(intern("__hash__"), Value::None);
        c
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
