//! `SwapSlot`: an `Arc` that can be replaced while references borrowed from it are still in use
//! (an instance's class, which `__class__` assignment changes; a module's `ModuleType` subclass).
//!
//! A read is one load and a branch: no reference count, no lock, no atomic read-modify-write,
//! under every GIL policy. The price is paid by the rare write: every value a slot is ever set
//! to (other than the one it was made with) is *pinned*: kept alive, in one heap cell, until
//! the process ends, in a registry shared by all slots. A class reassigned back and forth is
//! pinned once (the registry is keyed by the object's address, which cannot be reused while the
//! registry keeps the object alive), so the registry grows with the number of distinct values
//! ever assigned, never with the number of assignments.
//!
//! # Safety argument
//!
//! `get` hands out `&Arc<T>` for as long as the slot is borrowed. The reference points either
//! at the slot's own `first` field (alive while the slot is) or at a pinned cell, which is never
//! freed or moved (a leaked `Box`); so it never dangles, whatever `set` does meanwhile, from this
//! thread or another. `now` is an `AtomicPtr` written with release and read with acquire
//! ordering, so a reader that sees a pinned pointer also sees the cell's contents.

use crate::objects::Arc;
use std::any::TypeId;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicPtr, Ordering};

pub struct SwapSlot<T: Send + Sync + 'static> {
    /// The value the slot was made with (None for a slot that starts empty).
    first: Option<Arc<T>>,
    /// Null: `first`. Otherwise a pinned cell holding the value set last.
    now: AtomicPtr<Arc<T>>,
}

impl<T: Send + Sync + 'static> SwapSlot<T> {
    pub fn new(first: Option<Arc<T>>) -> SwapSlot<T> {
        SwapSlot { first, now: AtomicPtr::new(std::ptr::null_mut()) }
    }

    /// The value now, borrowed.
    #[inline(always)]
    pub fn get(&self) -> Option<&Arc<T>> {
        let p = self.now.load(Ordering::Acquire);
        if p.is_null() {
            self.first.as_ref()
        } else {
            // SAFETY: a non-null `now` comes from `pin`, whose cells are leaked boxes: never
            // freed, never moved, never written after the release store that published them.
            #[allow(unsafe_code)]
            unsafe {
                Some(&*p)
            }
        }
    }

    /// Makes `value` the slot's value (None, or the first value: back to the first value).
    pub fn set(&self, value: Option<Arc<T>>) {
        let p = match value {
            None => std::ptr::null_mut(),
            Some(v) if self.first.as_ref().is_some_and(|f| Arc::ptr_eq(f, &v)) => std::ptr::null_mut(),
            Some(v) => pin(v),
        };
        self.now.store(p, Ordering::Release);
    }
}

/// Pinned cells by (type, object address), as addresses (a raw pointer is not `Send`).
static PINNED: Mutex<Option<HashMap<(TypeId, usize), usize>>> = Mutex::new(None);

/// The pinned cell holding `value`: made (and leaked) on the first request for this object.
fn pin<T: Send + Sync + 'static>(value: Arc<T>) -> *mut Arc<T> {
    let key = (TypeId::of::<T>(), Arc::as_ptr(&value) as usize);
    let mut pinned = PINNED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let cells = pinned.get_or_insert_with(HashMap::new);
    *cells.entry(key).or_insert_with(|| Box::leak(Box::new(value)) as *mut Arc<T> as usize) as *mut Arc<T>
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Text(&'static str);
    impl crate::gil_cell::rc::Shared for Text {}
    #[derive(Debug, PartialEq)]
    struct Num(u32);
    impl crate::gil_cell::rc::Shared for Num {}

    #[test]
    fn a_borrowed_value_outlives_its_replacement() {
        let slot = SwapSlot::new(Some(Arc::new(Text("first"))));
        let before = slot.get().unwrap();
        slot.set(Some(Arc::new(Text("second"))));
        let during = slot.get().unwrap();
        slot.set(Some(Arc::new(Text("third"))));
        assert_eq!(before.0, "first");
        assert_eq!(during.0, "second");
        assert_eq!(slot.get().unwrap().0, "third");
    }

    #[test]
    fn setting_the_first_value_or_none_goes_back_to_it_and_repeats_pin_once() {
        let first = Arc::new(Num(1));
        let other = Arc::new(Num(2));
        let slot = SwapSlot::new(Some(first.clone()));
        slot.set(Some(other.clone()));
        let cell = slot.now.load(Ordering::Relaxed);
        slot.set(Some(first.clone()));
        assert!(Arc::ptr_eq(slot.get().unwrap(), &first));
        slot.set(Some(other.clone()));
        assert_eq!(slot.now.load(Ordering::Relaxed), cell);
        slot.set(None);
        assert_eq!(slot.get().unwrap().0, 1);
        let empty: SwapSlot<Num> = SwapSlot::new(None);
        assert!(empty.get().is_none());
    }
}
