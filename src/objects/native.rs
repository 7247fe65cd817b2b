//! What the VM asks of a natively backed instance's payload (`Payload::Native`): a small trait
//! every native type implements, answering the protocols the VM serves without a method call
//! (its length, its items as a view, an iterator, a fixed repr, the standard stream it is).
//! Each answer defaults to "not this kind of object", so the VM never names a concrete type.

use super::value::Value;
use std::any::Any;
use std::sync::atomic::AtomicUsize;

/// Which OS stream a `sys.stdout`-like object stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StdStream {
    Out,
    Err,
    In,
}

/// The data of a natively backed instance.
pub trait NativeData: Any + Send + Sync {
    /// How many items it holds, when the VM may measure it without calling `__len__`
    /// (`len(x)`, and its truth value).
    fn length(&self) -> Option<usize> {
        None
    }

    /// The items of a view of a mapping (`dict_keys([...])`): shown in its repr as
    /// `Type([items])` and compared with another such view as a set.
    fn view_items(&self) -> Option<Vec<Value>> {
        None
    }

    /// A new iterator over it, when it iterates without `__iter__`.
    fn iter(&self) -> Option<Value> {
        None
    }

    /// Its repr, when fixed by the type.
    fn repr(&self) -> Option<String> {
        None
    }

    /// The standard stream it writes to (print's direct path).
    fn std_stream(&self) -> Option<StdStream> {
        None
    }

    /// The count of live memoryviews over its bytes, when a view of it must keep it from
    /// changing size (a bytearray, a BytesIO through its `getbuffer()`).
    fn buffer_exports(&self) -> Option<&AtomicUsize> {
        None
    }
}

impl dyn NativeData {
    /// The payload as its concrete type, when it is one.
    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        (self as &dyn Any).downcast_ref::<T>()
    }
}
