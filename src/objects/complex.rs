//! The state of a `complex` number (two floats, immutable) and the constructor the compiler and the
//! built-in type share; the type's methods live in builtins/complex.rs.

use super::class::{Class, Instance, Payload};
use super::types::types;
use super::value::Value;
use crate::objects::Arc;

/// A complex number's parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// A new `complex` value.
pub fn new_complex(re: f64, im: f64) -> Value {
    new_complex_of(types().complex.clone(), re, im)
}

/// A new instance of `class` (complex or a subclass) with these parts.
pub fn new_complex_of(class: Arc<Class>, re: f64, im: f64) -> Value {
    Value::Instance(Instance::new(class, Payload::Native(Box::new(Complex { re, im }))))
}

/// The parts of `v` when it is a complex (or an instance of a subclass).
pub fn complex_parts(v: &Value) -> Option<Complex> {
    match v {
        Value::Instance(i) => i.native::<Complex>().copied(),
        _ => None,
    }
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Complex {}
