//! The one way a natively backed class (a `Kind::Native` class such as `_thread.lock`,
//! `collections.deque`, `_io.BytesIO`) is put together: its home module and name, its methods
//! and read-only properties from `(name, fn)` tables, an optional native `__new__`, then any
//! other entries of its dict. Every method is a `Builtin::method` owned by the class's name, so
//! their reprs and errors read `<method 'x' of 'Name' objects>` as CPython's do.

use crate::builtins::object::{native_property, native_property_rw};
use crate::objects::class::{Class, Kind};
use crate::objects::function::{Builtin, NativeFn, Owner};
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{Arc, Value};

/// A `(name, fn)` table of methods or property getters.
pub type Table = [(&'static str, NativeFn)];

/// A native class being filled in; `build` hands it over.
pub struct NativeClass {
    class: Arc<Class>,
    /// Who the methods say they belong to: the class's name unless `method_owner` says otherwise.
    name: &'static str,
}

impl NativeClass {
    /// The class `module.name` deriving from `object`.
    pub fn new(module: &str, name: &'static str) -> NativeClass {
        NativeClass::with_base(module, name, types().object.clone())
    }

    /// The class `module.name` deriving from `base`.
    pub fn with_base(module: &str, name: &'static str, base: Arc<Class>) -> NativeClass {
        NativeClass { class: make_class_in(module, name, vec![base], Kind::Native), name }
    }

    /// Names the methods' owner `owner` rather than the class's name (`re.Match`).
    pub fn method_owner(mut self, owner: &'static str) -> NativeClass {
        self.name = owner;
        self
    }

    /// Adds each `(name, fn)` of `table` as a method.
    pub fn methods(self, table: &Table) -> NativeClass {
        for (n, f) in table {
            self.class.dict.set_str(intern(n), Builtin::method(Owner::Named(self.name), n, *f));
        }
        self
    }

    /// Adds each `(name, getter)` of `table` as a read-only property.
    pub fn properties(self, table: &Table) -> NativeClass {
        for (n, f) in table {
            self.class.dict.set_str(intern(n), native_property(Builtin::method(Owner::Named(self.name), n, *f)));
        }
        self
    }

    /// Adds each `(name, getter, setter)` of `table` as a writable property.
    pub fn writable_properties(self, table: &[(&'static str, NativeFn, NativeFn)]) -> NativeClass {
        for (n, get, set) in table {
            let owner = Owner::Named(self.name);
            self.class.dict.set_str(intern(n), native_property_rw(Builtin::method(owner, n, *get), Builtin::method(owner, n, *set)));
        }
        self
    }

    /// Makes `new` the class's `__new__`.
    pub fn constructor(self, new: NativeFn) -> NativeClass {
        self.set("__new__", Builtin::new("__new__", new))
    }

    /// Sets the dict entry `__module__` to the class's home module (what `cls.__module__` and
    /// pickle read).
    pub fn module_attr(self) -> NativeClass {
        let module = Value::string(self.class.module.clone());
        self.set("__module__", module)
    }

    /// Makes instances unhashable (`__hash__ = None`), as for mutable containers.
    pub fn unhashable(self) -> NativeClass {
        self.set("__hash__", Value::None)
    }

    /// Sets any other entry of the class's dict.
    pub fn set(self, name: &str, value: Value) -> NativeClass {
        self.class.dict.set_str(intern(name), value);
        self
    }

    /// The finished class.
    pub fn build(self) -> Arc<Class> {
        self.class
    }
}
