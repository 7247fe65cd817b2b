//! `__slots__`: the instance layout a class gives its instances (how many slot values, whether
//! they have a `__dict__` and a `__weakref__`), and the member descriptors (`C.x`) that read and
//! write one slot. Parsing `__slots__` when a class is made is builtins/slots.rs.

use super::class::{Class, Instance};
use super::str::PyStr;
use super::value::Value;
use crate::objects::{Arc, Weak};

/// What instances of a class store besides their payload (CPython's `tp_basicsize`,
/// `tp_dictoffset` and `tp_weaklistoffset`, in gilpy's terms).
#[derive(Clone, Copy, Default, Debug)]
pub struct Layout {
    /// Slot values per instance: those of this class's `__slots__` after those of its bases.
    pub nslots: usize,
    /// Instances have a `__dict__` (a class without `__slots__`, or `'__dict__'` in them).
    pub has_dict: bool,
    /// Instances can be weakly referenced (`__weakref__` is an attribute).
    pub has_weakref: bool,
}

impl Layout {
    /// The layout of a user class without `__slots__` whose bases store `nslots` slot values.
    pub fn with_dict(nslots: usize) -> Layout {
        Layout { nslots, has_dict: true, has_weakref: true }
    }
}

/// A member descriptor: `C.x` for a name in `C.__slots__`, reading slot `index` of instances.
pub struct Member {
    pub name: Arc<PyStr>,
    pub index: usize,
    /// The class whose `__slots__` named it (weak: the class's namespace holds the descriptor).
    pub owner: Weak<Class>,
    pub owner_name: String,
}

impl Member {
    pub fn owner(&self) -> Option<Arc<Class>> {
        self.owner.upgrade()
    }

    /// Whether `inst` has this slot (its class is the owner or a subclass of it).
    /// Compared by address, without upgrading the weak owner (an atomic compare-and-swap loop):
    /// a class in a live class's MRO is alive, so an address match is the owner itself.
    pub fn applies_to(&self, inst: &Instance) -> bool {
        let owner = self.owner.as_ptr();
        let cls = inst.class_ref();
        (std::ptr::eq(Arc::as_ptr(cls), owner) || cls.mro.iter().any(|c| std::ptr::eq(Arc::as_ptr(c), owner))) && self.index < inst.slots().len()
    }

    /// The slot's value in `inst`, None when unset.
    pub fn get(&self, inst: &Instance) -> Option<Value> {
        inst.slots().get(self.index).and_then(|s| s.lock().clone())
    }

    /// Stores `v` (None: deletes); returns the value it replaced, dropped by the caller outside
    /// the slot's lock.
    pub fn set(&self, inst: &Instance, v: Option<Value>) -> Option<Value> {
        match inst.slots().get(self.index) {
            Some(s) => std::mem::replace(&mut *s.lock(), v),
            None => None,
        }
    }

    pub fn repr(&self) -> String {
        format!("<member '{}' of '{}' objects>", self.name.as_str(), self.owner_name)
    }
}

/// The member descriptor `v` is, if it is one.
pub fn member_of(v: &Value) -> Option<&Member> {
    match v {
        Value::Instance(i) => i.native::<Member>(),
        _ => None,
    }
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Member {}
