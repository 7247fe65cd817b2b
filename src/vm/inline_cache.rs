//! Inline caches for attribute loads on instances, as CPython 3.11's specialised `LOAD_ATTR` /
//! `LOAD_METHOD`: beside each name of a code object (code/hints.rs `Hint::cached`), what the
//! last lookup of that name along an instance's MRO found, keyed by the class's version tag
//! (objects/class.rs `Class::tag`). A hit costs a tag compare and one read of the class
//! namespace entry remembered, instead of the per-thread attribute cache's hash and checks
//! (vm/method_cache.rs), which stays the slow path and fills these.
//!
//! What is cached: a Python function (a method: `obj.m(...)` calls it with the instance, no
//! bound method made) or a plain value (`is_inert`: read through an instance it is itself),
//! found in the namespace at `depth` along `[class] + mro`, at entry position `ix`, for a class
//! whose plan reads the instance's own attributes first (no hook, no data descriptor): the
//! instance's own attributes are still looked at before the class's on every hit.
//!
//! # Why an entry is never trusted wrongly, under every GIL policy
//!
//! An entry is one `u64` (tag 32 bits, kind 2, depth 6, position 24), read and written whole
//! with relaxed atomics, so a thread never sees half of one entry and half of another. Tags
//! are never given twice, and a class's tag goes back to 0 after any change of a key, or of a
//! value that may bind or describe, in a namespace along its MRO (objects/dict.rs `changed`,
//! objects/class.rs `namespace_changed`). The tag is read before the lookup that fills an
//! entry, so a change made meanwhile leaves the entry under a tag the class no longer has. A
//! hit still checks that the entry at the position holds the name itself (by address) and a
//! value of the kind cached: a plain value replaced by another plain value changes no tag
//! (`Counter.n += 1`), and the hit reads the value now there.

use super::Vm;
use super::method_cache::{AttrPlan, Found};
use crate::code::hints::Hint;
use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::dict::is_inert;
use crate::objects::str::PyStr;
use std::sync::atomic::Ordering::Relaxed;

/// What an entry holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cached {
    /// A Python function: bound to the instance when read, called with it by CallMethod.
    Method,
    /// Plain data: read through the instance, the value itself.
    Plain,
}

const KIND_SHIFT: u32 = 30;
const DEPTH_SHIFT: u32 = 24;
const DEPTH_MASK: u64 = 0x3F;
const POS_MASK: u64 = 0xFF_FFFF;

/// The entry for a value of `kind` at `depth`, position `pos`, under class tag `tag` (None when
/// it does not fit: no tag, or a position or depth past the fields).
fn pack(tag: u32, kind: Cached, depth: usize, pos: usize) -> Option<u64> {
    if tag == 0 || depth as u64 > DEPTH_MASK || pos as u64 > POS_MASK {
        return None;
    }
    let k: u64 = match kind {
        Cached::Method => 1,
        Cached::Plain => 2,
    };
    Some((tag as u64) << 32 | k << KIND_SHIFT | (depth as u64) << DEPTH_SHIFT | pos as u64)
}

/// The class whose namespace is `depth` along `[cls] + cls.mro`.
#[inline]
fn owner_at(cls: &Class, depth: usize) -> Option<&Class> {
    if depth == 0 { Some(cls) } else { cls.mro.get(depth - 1).map(|c| &**c) }
}

/// Whether `hint`'s entry was made under `cls`'s current tag (a miss says to fill it).
#[inline]
pub fn entry_current(cls: &Class, hint: &Hint) -> bool {
    let e = hint.cached();
    e != 0 && (e >> 32) as u32 == cls.version.load(Relaxed)
}

/// What the class has under `name`, when `hint`'s entry is current for `cls`.
#[inline]
pub fn class_attr_hit(cls: &Class, name: &Arc<PyStr>, hint: &Hint) -> Option<(Cached, Value)> {
    let e = hint.cached();
    if e == 0 || (e >> 32) as u32 != cls.version.load(Relaxed) {
        return None;
    }
    let depth = ((e >> DEPTH_SHIFT) & DEPTH_MASK) as usize;
    let v = owner_at(cls, depth)?.dict.value_at_str((e & POS_MASK) as usize, name)?;
    if (e >> KIND_SHIFT) & 3 == 1 {
        matches!(v, Value::Function(_)).then_some((Cached::Method, v))
    } else {
        is_inert(&v).then_some((Cached::Plain, v))
    }
}

/// Where along `[cls] + cls.mro` `name` is first found: (depth, entry position).
fn locate(cls: &Class, name: &PyStr) -> Option<(usize, usize)> {
    std::iter::once(cls).chain(cls.mro.iter().map(|c| &**c)).enumerate().find_map(|(depth, c)| c.dict.position_of_str(name).map(|pos| (depth, pos)))
}

impl Vm {
    /// Fills `hint`'s entry for `name` on instances of `cls` (after a miss): the tag is read
    /// first, then the plan and the position; nothing is cached unless the plan reads the
    /// instance's attributes first and the class holds a function or plain value.
    #[cold]
    #[inline(never)]
    pub(super) fn fill_inline_cache(&mut self, cls: &Class, name: &Arc<PyStr>, hint: &Hint) {
        let tag = cls.tag();
        if tag == 0 {
            return;
        }
        let (_, plan): (usize, AttrPlan) = self.attr_plan(cls, name);
        let kind = match plan.found {
            Found::Function if plan.dict_first_get => Cached::Method,
            Found::Inert if plan.dict_first_get => Cached::Plain,
            _ => {
                hint.set_cached(0);
                return;
            }
        };
        let Some((depth, pos)) = locate(cls, name) else { return };
        // The value now there must be what the plan says (else a change raced the lookup).
        let fits = owner_at(cls, depth).and_then(|o| o.dict.value_at_str(pos, name)).is_some_and(|v| match kind {
            Cached::Method => matches!(v, Value::Function(_)),
            Cached::Plain => is_inert(&v),
        });
        if fits && let Some(e) = pack(tag, kind, depth, pos) {
            hint.set_cached(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Cached, class_attr_hit};
    use crate::code::hints::Hints;
    use crate::objects::Value;
    use crate::objects::class::Kind;
    use crate::objects::str::intern;
    use crate::objects::types::{make_class, types};

    #[test]
    fn an_entry_goes_stale_when_a_base_changes() {
        let mut vm = crate::vm::tests::test_vm();
        let base = make_class("IcBase", vec![types().object.clone()], Kind::Object);
        let derived = make_class("IcDerived", vec![base.clone()], Kind::Object);
        let name = intern("ic_attr");
        let hints = Hints::new(1);
        let hint = hints.get(0);
        base.dict.set_str(name.clone(), Value::Int(1));
        vm.fill_inline_cache(&derived, &name, hint);
        assert!(matches!(class_attr_hit(&derived, &name, hint), Some((Cached::Plain, Value::Int(1)))));
        // A plain value replaced: same entry, the new value.
        base.dict.set_str(name.clone(), Value::Int(2));
        assert!(matches!(class_attr_hit(&derived, &name, hint), Some((Cached::Plain, Value::Int(2)))));
        // Shadowed in the subclass: the entry is stale.
        derived.dict.set_str(name.clone(), Value::Int(3));
        assert!(class_attr_hit(&derived, &name, hint).is_none());
        vm.fill_inline_cache(&derived, &name, hint);
        assert!(matches!(class_attr_hit(&derived, &name, hint), Some((Cached::Plain, Value::Int(3)))));
    }
}
