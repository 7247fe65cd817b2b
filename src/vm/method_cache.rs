//! The attribute cache: what a class lookup along the MRO found, remembered per thread, as
//! CPython's type-attribute cache. An entry holds the class (by address), the name (kept alive,
//! so its address cannot be reused) and the class epoch it was found under; any change to any
//! class namespace, and the making of any class, bumps the epoch (objects/class.rs), so an entry
//! is trusted only while no class has changed since.

use super::Vm;
use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::class::{CLASS_EPOCH, Class, Instance};
use crate::objects::str::PyStr;
use std::sync::atomic::Ordering;

const SLOTS: usize = 512;

#[derive(Default, Clone)]
struct Slot {
    class: usize,
    name: Option<Arc<PyStr>>,
    epoch: u64,
    found: Option<Value>,
}

pub struct MethodCache {
    slots: Box<[Slot]>,
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache { slots: vec![Slot::default(); SLOTS].into_boxed_slice() }
    }
}

fn slot_of(class: usize, name: &PyStr) -> usize {
    let n = name as *const PyStr as usize;
    ((class >> 4) ^ (n >> 3) ^ (n >> 12)) & (SLOTS - 1)
}

impl Vm {
    /// `cls.lookup(name)`, answered from the cache while no class namespace has changed.
    pub fn class_lookup(&mut self, cls: &Class, name: &Arc<PyStr>) -> Option<Value> {
        let class = cls as *const Class as usize;
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        let i = slot_of(class, name);
        let slot = &self.method_cache.slots[i];
        if slot.class == class && slot.epoch == epoch && slot.name.as_ref().is_some_and(|n| Arc::ptr_eq(n, name)) {
            return slot.found.clone();
        }
        // Read the epoch before looking: a change made meanwhile leaves the entry already stale.
        let found = cls.lookup(name);
        self.method_cache.slots[i] = Slot { class, name: Some(name.clone()), epoch, found: found.clone() };
        found
    }

    /// `class_lookup` on an instance's class (the class lock is let go before this returns),
    /// for a call with the instance first: an object that is not a function comes wrapped so
    /// that it is called as CPython calls it (vm/special.rs).
    pub fn instance_lookup(&mut self, inst: &Instance, name: &Arc<PyStr>) -> Option<Value> {
        let cls = inst.class_ref();
        self.class_lookup(cls, name).map(super::special::as_method)
    }
}

#[cfg(test)]
mod tests {
    use crate::objects::Value;
    use crate::objects::class::Kind;
    use crate::objects::str::intern;
    use crate::objects::types::{make_class, types};

    #[test]
    fn a_change_to_a_class_is_seen_at_once() {
        let mut vm = crate::vm::tests::test_vm();
        let base = make_class("Base", vec![types().object.clone()], Kind::Object);
        let derived = make_class("Derived", vec![base.clone()], Kind::Object);
        let name = intern("cached_attr");
        assert!(vm.class_lookup(&derived, &name).is_none());
        base.dict.set_str(name.clone(), Value::Int(1));
        assert!(matches!(vm.class_lookup(&derived, &name), Some(Value::Int(1))));
        derived.dict.set_str(name.clone(), Value::Int(2));
        assert!(matches!(vm.class_lookup(&derived, &name), Some(Value::Int(2))));
        derived.dict.remove_str(&name);
        assert!(matches!(vm.class_lookup(&derived, &name), Some(Value::Int(1))));
    }
}
