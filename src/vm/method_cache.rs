//! The attribute cache: what a class lookup along the MRO found, remembered per thread, as
//! CPython's type-attribute cache, together with what it means for reading and writing that
//! attribute on an instance (an `AttrPlan`: whether the instance's dict comes first, whether a
//! hook or a data descriptor takes over). An entry holds the name (kept alive, so its address
//! cannot be reused) and the version tag of the class it was found for (objects/class.rs
//! `Class::tag`, CPython's `tp_version_tag`): tags are never given twice, and a change to a
//! namespace's keys, or to a value that may bind or describe, takes the tag away from that
//! class and every class below it, so an entry is trusted only while none of those happened
//! along the class's MRO, and a change to one class leaves the entries of unrelated classes
//! alone. A descriptor found (an instance of a user class) also depends on its own class (a
//! `__set__` added to it later makes it a data descriptor): that class's tag is kept and checked
//! too. A plain value found (`Counter.n`) is also checked against the stamp of the namespace it
//! came from, which replacing it by another plain value renews without taking the tag away
//! (objects/dict.rs `Dict::replaced`): `Counter.n += 1` leaves the methods cached.

use super::Vm;
use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::dict::{Dict, is_inert};
use crate::objects::str::PyStr;

const SLOTS: usize = 512;

/// What the MRO holds under a name, as attribute access on an instance sees it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Found {
    /// No class along the MRO has the name.
    #[default]
    Absent,
    /// A Python function: a method, bound to the instance when read through it.
    Function,
    /// A slot member, a property or a descriptor with `__set__`/`__delete__`: it wins over
    /// the instance's dict.
    DataDescriptor,
    /// Plain data (see `dict::is_inert`): read through an instance, it is itself.
    Inert,
    /// Anything else (built-in methods, classmethods, non-data descriptors...): bound as
    /// `Vm::bind` says.
    Other,
}

/// How `inst.name` is read and written for instances of one class (without `__slots__`-only
/// or native payloads: those take the general path).
#[derive(Clone, Copy, Debug, Default)]
pub struct AttrPlan {
    pub found: Found,
    /// Reading may look in the instance's dict, then use what the class has: no
    /// `__getattribute__` of the user's, no data descriptor, not a name every instance computes.
    pub dict_first_get: bool,
    /// Writing may go straight to the instance's dict: no `__setattr__` of the user's, no data
    /// descriptor, not `__class__` nor a computed name.
    pub dict_set: bool,
    /// The name is a `__slots__` member of the class (or a base) and no hook of the user's
    /// stands before it: `inst.name` reads this slot of the instance (an unset slot takes the
    /// general path, for its error).
    pub slot_get: Option<u32>,
    /// As `slot_get`, for writing: no `__setattr__` of the user's.
    pub slot_set: Option<u32>,
}

#[derive(Default, Clone)]
struct Slot {
    /// The class's version tag when the entry was made (0: an empty slot).
    tag: u32,
    name: Option<Arc<PyStr>>,
    /// The class of the value found and its tag then, when that value is an instance of a user
    /// class (its `__get__`/`__set__` decide what it does).
    value_class: Option<(Arc<Class>, u32)>,
    found: Option<Value>,
    /// The namespace a plain value was found in, and its stamp then (None for other values,
    /// which no change can alter without taking the class's tag away).
    owner: Option<(Arc<Dict>, u64)>,
    plan: AttrPlan,
}

impl Slot {
    #[inline]
    fn holds(&self, tag: u32, name: &Arc<PyStr>) -> bool {
        self.tag == tag
            && tag != 0
            && self.name.as_ref().is_some_and(|n| Arc::ptr_eq(n, name))
            && self.owner.as_ref().is_none_or(|(d, stamp)| d.stamp() == *stamp)
            && self.value_class.as_ref().is_none_or(|(c, t)| *t != 0 && c.version.load(std::sync::atomic::Ordering::Acquire) == *t)
    }
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

/// Names every instance answers before its class's attributes (attr_table `INSTANCE_ATTRS`).
fn is_computed_name(name: &Arc<PyStr>) -> bool {
    Arc::ptr_eq(name, crate::name!("__class__")) || Arc::ptr_eq(name, crate::name!("__dict__")) || Arc::ptr_eq(name, crate::name!("__weakref__"))
}

/// Looks `name` up along the MRO of `cls`, with the namespace it was found in and that
/// namespace's stamp read before the lookup (a change made meanwhile leaves the entry stale).
fn lookup_with_owner(cls: &Class, name: &PyStr) -> (Option<Value>, Option<(Arc<Dict>, u64)>) {
    for d in std::iter::once(&cls.dict).chain(cls.mro.iter().map(|c| &c.dict)) {
        let stamp = d.stamp();
        if let Some(v) = d.get_str(name) {
            let owner = is_inert(&v).then(|| (d.clone(), stamp));
            return (Some(v), owner);
        }
    }
    (None, None)
}

fn classify(found: &Option<Value>) -> Found {
    match found {
        None => Found::Absent,
        Some(Value::Function(_)) => Found::Function,
        Some(v) if is_inert(v) => Found::Inert,
        Some(v @ Value::Instance(d))
            if crate::objects::slots::member_of(v).is_some() || matches!(d.payload, Payload::Property(_)) || crate::objects::class::is_data_descriptor(v) =>
        {
            Found::DataDescriptor
        }
        Some(_) => Found::Other,
    }
}

/// The plan for `name` on instances of `cls`, given what the MRO holds under it.
fn plan_for(cls: &Class, name: &Arc<PyStr>, value: &Option<Value>) -> AttrPlan {
    let found = classify(value);
    let plain = cls.is_plain();
    let get_hook = !plain && matches!(cls.lookup(crate::name!("__getattribute__")), Some(v) if !matches!(v, Value::Builtin(_)));
    let set_hook = !plain && matches!(cls.lookup(crate::name!("__setattr__")), Some(Value::Function(_)));
    let ordinary = found != Found::DataDescriptor && !is_computed_name(name);
    // Found along this class's MRO, a member applies to every instance of the class.
    let slot = value.as_ref().and_then(crate::objects::slots::member_of).filter(|_| !is_computed_name(name)).and_then(|m| u32::try_from(m.index).ok());
    AttrPlan {
        found,
        dict_first_get: ordinary && !get_hook,
        dict_set: ordinary && !set_hook,
        slot_get: slot.filter(|_| !get_hook),
        slot_set: slot.filter(|_| !set_hook),
    }
}

impl Vm {
    /// The cache slot for (`cls`, `name`), filled if it held something else or went stale.
    #[inline]
    fn cache_slot(&mut self, cls: &Class, name: &Arc<PyStr>) -> usize {
        let class = cls as *const Class as usize;
        // Read the tag before looking: a change made meanwhile leaves the entry already stale.
        let tag = cls.tag();
        let i = slot_of(class, name);
        if !self.method_cache.slots[i].holds(tag, name) {
            self.fill_slot(i, cls, name, tag);
        }
        i
    }

    #[cold]
    #[inline(never)]
    fn fill_slot(&mut self, i: usize, cls: &Class, name: &Arc<PyStr>, tag: u32) {
        let (found, owner) = lookup_with_owner(cls, name);
        // Read before classifying, as the class's own tag.
        let value_class = match &found {
            Some(Value::Instance(d)) if !d.class_ref().is_builtin => {
                let c = d.class();
                let t = c.tag();
                Some((c, t))
            }
            _ => None,
        };
        let plan = plan_for(cls, name, &found);
        self.method_cache.slots[i] = Slot { tag, name: Some(name.clone()), value_class, found, owner, plan };
    }

    /// `cls.lookup(name)`, answered from the cache while no class namespace has changed.
    pub fn class_lookup(&mut self, cls: &Class, name: &Arc<PyStr>) -> Option<Value> {
        let i = self.cache_slot(cls, name);
        self.method_cache.slots[i].found.clone()
    }

    /// How `name` is read and written on instances of `cls` (see `AttrPlan`), with what the
    /// class has under it; the value is cloned only when asked for (`cached_found`).
    #[inline]
    pub fn attr_plan(&mut self, cls: &Class, name: &Arc<PyStr>) -> (usize, AttrPlan) {
        let i = self.cache_slot(cls, name);
        (i, self.method_cache.slots[i].plan)
    }

    /// What the class had under the name of the plan `attr_plan` just answered from slot `i`.
    #[inline]
    pub fn cached_found(&self, i: usize) -> Option<Value> {
        self.method_cache.slots[i].found.clone()
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
    use super::Found;
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

    #[test]
    fn a_plain_value_replaced_is_seen() {
        let mut vm = crate::vm::tests::test_vm();
        let base = make_class("Counted", vec![types().object.clone()], Kind::Object);
        let derived = make_class("CountedChild", vec![base.clone()], Kind::Object);
        let counter = intern("counter_attr");
        let other = intern("other_attr");
        base.dict.set_str(counter.clone(), Value::Int(1));
        base.dict.set_str(other.clone(), Value::str("x"));
        assert!(matches!(vm.class_lookup(&derived, &counter), Some(Value::Int(1))));
        let (_, plan) = vm.attr_plan(&derived, &other);
        assert_eq!(plan.found, Found::Inert);
        base.dict.set_str(counter.clone(), Value::Int(2));
        assert!(matches!(vm.class_lookup(&derived, &counter), Some(Value::Int(2))));
        assert!(matches!(vm.class_lookup(&base, &counter), Some(Value::Int(2))));
        // A plain value replaced by one that binds.
        base.dict.set_str(counter.clone(), Value::Class(derived.clone()));
        assert!(matches!(vm.class_lookup(&derived, &counter), Some(Value::Class(_))));
        assert_eq!(vm.attr_plan(&derived, &counter).1.found, Found::Other);
    }
}
