//! The object model: `Value` and the built-in types' representations. Behaviour that needs the VM
//! (calling user dunders) lives in vm/; method tables live in builtins/. Nothing here calls into
//! vm/; what a type needs from the interpreter comes in as a trait (`hashing::KeyOps`,
//! `iter::StepContext`). The one name of vm/ used here is the `Vm` type in `function::NativeFn`,
//! the signature of a built-in (it must name the interpreter the built-in runs on).

pub mod bytearray;
pub mod class;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod frame;
pub mod function;
pub mod hashing;
pub mod instance_attrs;
pub mod int_text;
pub mod iter;
pub mod iter_kind;
pub mod local;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod os_error;
pub mod range;
pub mod repr;
pub mod set;
pub mod shape;
pub mod slots;
pub mod str;
pub mod trashcan;
pub mod types;
pub mod unmade;
pub mod value;
pub mod weakref;

pub use crate::gil_cell::rc::{Arc, Weak};
pub use exceptions::{ExcKind, PyErr};
pub use value::Value;

pub type PyResult<T> = Result<T, PyErr>;
