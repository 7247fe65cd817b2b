//! What the compression modules (`_bz2`, `_lzma`, `_zlib`) share: a codec stream kept behind
//! an opaque handle object of the module's `Stream` class, the module's own exception class,
//! and the readers of their plain arguments (an int, a bytes-like object). The `.py` modules
//! above them own every argument check worded for users; these readers only guard the handles.

use crate::modules::convert::{buffer_bytes, type_name};
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::exceptions::new_exception;
use crate::objects::native::NativeData;
use crate::objects::types::{make_class_in, types};
use crate::objects::{Arc, ExcKind, PyErr, PyResult, Value};
use parking_lot::Mutex;

/// A module's codec stream `S` as the payload of a handle object.
pub struct Handle<S>(pub Mutex<S>);

impl<S: Send + 'static> NativeData for Handle<S> {}

/// The `Stream` class of `module`'s handles (plain objects with no methods).
pub fn stream_class(module: &str) -> Arc<Class> {
    make_class_in(module, "Stream", vec![types().object.clone()], Kind::Native)
}

/// A new handle of `class` holding `stream`.
pub fn new_handle<S: Send + 'static>(class: &Arc<Class>, stream: S) -> Value {
    Value::Instance(Instance::new(class.clone(), Payload::Native(Box::new(Handle(Mutex::new(stream))))))
}

/// The stream behind handle `v`; a TypeError naming `module` when `v` is not one of its handles.
pub fn handle<'v, S: Send + 'static>(v: &'v Value, module: &str) -> PyResult<&'v Mutex<S>> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(h) = n.downcast_ref::<Handle<S>>()
    {
        return Ok(&h.0);
    }
    Err(PyErr::type_error(format!("expected a {module} stream")))
}

/// An exception class `module.name` deriving from Exception, shown with `__module__` = `module`.
pub fn error_class(module: &str, name: &str) -> Arc<Class> {
    let c = make_class_in(module, name, vec![types().exc(ExcKind::Exception)], Kind::Exception);
    c.dict.set_str(crate::name!("__module__").clone(), Value::str(module));
    c
}

/// An exception of `class` with the message `msg`.
pub fn raise_in(class: &Arc<Class>, msg: impl Into<String>) -> PyErr {
    PyErr::from_value(new_exception(class.clone(), vec![Value::string(msg.into())]))
}

/// An int (or bool) argument.
pub fn int(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    }
}

/// The bytes of a bytes-like argument.
pub fn data(v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

/// A `max_length` argument: None for a negative one (no limit).
pub fn limit(v: &Value) -> PyResult<Option<usize>> {
    let max = int(v)?;
    Ok(usize::try_from(max).ok())
}
