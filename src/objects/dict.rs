//! `Dict`: insertion-ordered hash table in CPython's compact layout (a dense entry list plus a sparse
//! index). Lookups with keys whose equality needs user code release the lock before calling back into
//! the VM, so `__eq__` may touch the dict without deadlocking.

use super::PyResult;
use super::hashing::{KeyOps, simple_eq};
use super::str::PyStr;
use super::value::Value;
use crate::code::hints::Hint;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default, Clone)]
pub struct Table {
    pub entries: Vec<Option<Entry>>,
    indices: Vec<i32>,
    pub used: usize,
    /// Bumped on every insertion of a new key or removal: iteration notices changes of size.
    pub version: u64,
}

/// A table of up to this many entries (deleted ones included) has no index: lookups scan its
/// entries, comparing hashes first. Most dicts (an instance's attributes, keyword arguments)
/// are that small, and then cost one allocation less.
const SMALL: usize = 8;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// Met by `Table::find_str`: a key of the searched hash that is not an exact str.
struct Foreign;

/// What `Dict::lookup_str` learned without the VM.
pub enum StrLookup {
    Found(Value),
    Absent,
    /// A key of the same hash that is not an exact str is in the way: `Dict::get` decides.
    NeedsVm,
}

enum Probe {
    Found(usize),
    Missing,
    /// A stored key with the same hash whose equality needs the VM.
    Ask(Value),
}

/// The index slots a key with `hash` visits, in order: CPython's open addressing
/// (`i = 5*i + 1 + perturb`, perturb shifted down 5 bits each step). Every walk of the index
/// (lookups, insertion, removal) follows it, so all agree on where a key may sit.
struct ProbeSeq {
    i: usize,
    mask: usize,
    perturb: u64,
}

impl ProbeSeq {
    #[inline]
    fn new(hash: i64, slots: usize) -> ProbeSeq {
        let mask = slots - 1;
        ProbeSeq { i: (hash as u64 as usize) & mask, mask, perturb: hash as u64 }
    }
}

impl Iterator for ProbeSeq {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let at = self.i;
        self.perturb >>= 5;
        self.i = (at.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
        Some(at)
    }
}

impl Table {
    /// The one lookup loop: offers `check` each live entry whose hash is `hash`, in the order a
    /// probe meets them, and returns its first answer (None: the key is absent). A small table
    /// (no index) is scanned in insertion order, the order probing meets keys of one hash in,
    /// since a new key never takes a deleted key's slot.
    #[inline]
    fn lookup<R>(&self, hash: i64, mut check: impl FnMut(&Entry, usize) -> Option<R>) -> Option<R> {
        let mut offer = |ix: usize| match &self.entries[ix] {
            Some(e) if e.hash == hash => check(e, ix),
            _ => None,
        };
        if self.indices.is_empty() {
            return (0..self.entries.len()).find_map(offer);
        }
        for slot in ProbeSeq::new(hash, self.indices.len()) {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0
                && let Some(r) = offer(ix as usize)
            {
                return Some(r);
            }
        }
        None
    }

    fn probe(&self, key: &Value, hash: i64, decided: &[(usize, bool)]) -> Probe {
        // What entry `ix` (of the same hash) says about `key`: None when it is another key.
        let check = |e: &Entry, ix: usize| -> Option<Probe> {
            if e.key.is(key) {
                return Some(Probe::Found(ix));
            }
            match simple_eq(&e.key, key) {
                Some(true) => Some(Probe::Found(ix)),
                Some(false) => None,
                None => {
                    let p = e.key.ptr().unwrap_or(0);
                    match decided.iter().find(|(q, _)| *q == p) {
                        Some((_, true)) => Some(Probe::Found(ix)),
                        Some((_, false)) => None,
                        None => Some(Probe::Ask(e.key.clone())),
                    }
                }
            }
        };
        self.lookup(hash, check).unwrap_or(Probe::Missing)
    }

    /// The entry of an exact str key equal to `key`, for callers with a VM: Err(Foreign) when
    /// a key of the same hash that is not an exact str (a str subclass's instance, any object
    /// with that hash) is met first, whose equality only the VM can decide (the general path).
    /// Other keys are only met after a hash match, so the str path costs nothing more.
    #[inline]
    fn find_str(&self, key: &PyStr, hash: i64) -> Result<Option<usize>, Foreign> {
        self.lookup(hash, |e, ix| match &e.key {
            Value::Str(s) => (std::ptr::eq(&**s, key) || **s == *key).then_some(Ok(ix)),
            _ => Some(Err(Foreign)),
        })
        .transpose()
    }

    /// The entry for `key` without a VM (namespaces: globals, class and instance dicts): an
    /// instance of a str subclass is taken to equal the str it wraps, other keys as different.
    #[inline]
    fn find_str_plain(&self, key: &PyStr, hash: i64) -> Option<usize> {
        self.lookup(hash, |e, ix| {
            let stored = match &e.key {
                Value::Str(s) => Some(s),
                // An instance of a str subclass equals the str it wraps.
                other => match super::class::wrapped(other) {
                    Some(Value::Str(s)) => Some(s),
                    _ => None,
                },
            };
            stored.is_some_and(|s| std::ptr::eq(&**s, key) || **s == *key).then_some(ix)
        })
    }

    fn insert_index(&mut self, hash: i64, entry_ix: usize) {
        if self.indices.is_empty() {
            return;
        }
        let slot = ProbeSeq::new(hash, self.indices.len()).find(|&i| self.indices[i] < 0).expect("the index has a free slot");
        self.indices[slot] = entry_ix as i32;
    }

    fn remove_index(&mut self, hash: i64, entry_ix: usize) {
        if self.indices.is_empty() {
            return;
        }
        let slot = ProbeSeq::new(hash, self.indices.len()).find(|&i| self.indices[i] == entry_ix as i32).expect("the entry is indexed");
        self.indices[slot] = DUMMY;
    }

    /// Makes room for one more entry; false when the allocator cannot (the table is unchanged).
    fn grow_if_needed(&mut self) -> bool {
        if self.indices.is_empty() {
            // A small table (no index, see SMALL) while it has room.
            if self.entries.len() < SMALL {
                if self.entries.capacity() == 0 {
                    self.entries = Vec::with_capacity(4);
                }
                return true;
            }
        } else if (self.entries.len() + 1) * 3 < self.indices.len() * 2 {
            return self.entries.try_reserve(1).is_ok();
        }
        let live_count = self.entries.iter().filter(|e| e.is_some()).count();
        let mut size = 8;
        while size * 2 < (live_count + 1) * 3 + 1 {
            size *= 2;
        }
        // Both new vectors are had before the old ones are touched, so a failure changes nothing.
        let mut live: Vec<Option<Entry>> = Vec::new();
        let mut indices: Vec<i32> = Vec::new();
        if live.try_reserve(live_count + live_count / 2 + 1).is_err() || indices.try_reserve_exact(size).is_err() {
            return false;
        }
        live.extend(self.entries.drain(..).filter(|e| e.is_some()));
        indices.resize(size, EMPTY);
        self.indices = indices;
        self.entries = live;
        for ix in 0..self.entries.len() {
            let h = self.entries[ix].as_ref().unwrap().hash;
            self.insert_index(h, ix);
        }
        true
    }

    /// Adds an entry; false (nothing added) when memory for it cannot be had.
    fn try_push(&mut self, hash: i64, key: Value, value: Value) -> bool {
        if !self.grow_if_needed() {
            return false;
        }
        self.push_unchecked(hash, key, value);
        true
    }

    fn push(&mut self, hash: i64, key: Value, value: Value) {
        if !self.grow_if_needed() {
            std::alloc::handle_alloc_error(std::alloc::Layout::new::<Entry>());
        }
        self.push_unchecked(hash, key, value);
    }

    fn push_unchecked(&mut self, hash: i64, key: Value, value: Value) {
        let ix = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.insert_index(hash, ix);
        self.used += 1;
        self.version += 1;
    }

    fn remove_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix].take().unwrap();
        self.remove_index(e.hash, ix);
        self.used -= 1;
        self.version += 1;
        if self.used == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|i| *i = EMPTY);
        }
        e
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }
}

#[derive(Default)]
pub struct Dict {
    pub table: ObjCell<Table>,
    /// A class's namespace when non-zero: its stamp, renewed (from `class::next_stamp`) on every
    /// change. A change of its keys, or of a value that may bind or describe (a function, an
    /// instance...), also takes the version tag away from its class and the classes below it
    /// (`class::namespace_changed`); replacing one plain value by another (`Counter.n += 1`)
    /// renews only the stamp. The VM's attribute cache (vm/method_cache.rs) checks the tag, and
    /// the stamp of the dict a plain value came from, before trusting what it remembered.
    watched: AtomicU64,
    /// One bit per key ever added since the last clear (see `key_bit`): when a key's bit is
    /// clear, the key is surely absent, which `may_contain_str` answers without the lock (the
    /// VM's method-shadowing and global-before-builtin checks). Written under the lock.
    key_bloom: AtomicU64,
}

impl Drop for Dict {
    fn drop(&mut self) {
        let entries = std::mem::take(&mut self.table.get_mut().entries);
        super::trashcan::release(entries.into_iter().flatten().flat_map(|e| [e.key, e.value]));
    }
}

/// Values that neither bind nor describe when found on a class: an instance reading one gets
/// the value itself, whatever it is replaced by next (see `Dict::replaced`).
pub fn is_inert(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
    )
}

/// The bit of `key_bloom` a key with this hash sets.
fn key_bit(hash: i64) -> u64 {
    1u64 << ((hash as u64 >> 11) & 63)
}

impl Dict {
    pub fn new() -> Arc<Dict> {
        Arc::new(Dict::default())
    }

    pub fn from_table(t: Table) -> Arc<Dict> {
        let bloom = t.iter().fold(0, |b, e| b | key_bit(e.hash));
        Arc::new(Dict { table: ObjCell::new(t), watched: AtomicU64::new(0), key_bloom: AtomicU64::new(bloom) })
    }

    /// False only if `key` is surely not in the dict (no lock taken; a key being added by
    /// another thread at this instant may be missed, as if looked up just before).
    #[inline]
    pub fn may_contain_str(&self, key: &PyStr) -> bool {
        self.key_bloom.load(Ordering::Relaxed) & key_bit(key.hash()) != 0
    }

    /// Records a new key's bit (called with the table locked, so writers do not race).
    #[inline]
    fn note_key(&self, hash: i64) {
        let b = self.key_bloom.load(Ordering::Relaxed);
        let bit = key_bit(hash);
        if b & bit == 0 {
            self.key_bloom.store(b | bit, Ordering::Release);
        }
    }

    /// Marks this dict as a class namespace (see `watched`).
    pub fn watch(&self) {
        self.watched.store(super::class::next_stamp(), Ordering::Release);
    }

    /// A class namespace's stamp (see `watched`): 0 for any other dict.
    #[inline]
    pub fn stamp(&self) -> u64 {
        self.watched.load(Ordering::Acquire)
    }

    /// Called after every change: tells the attribute cache when a class namespace changed.
    #[inline]
    fn changed(&self) {
        if self.watched.load(Ordering::Relaxed) != 0 {
            self.watched.store(super::class::next_stamp(), Ordering::Release);
            super::class::namespace_changed(self);
        }
    }

    /// Called after a value was replaced under an existing key: only a class namespace's stamp
    /// is renewed when both values are plain data (see `watched`), else as `changed`.
    #[inline]
    fn replaced(&self, old: &Value, new_inert: bool) {
        if self.watched.load(Ordering::Relaxed) != 0 {
            if new_inert && is_inert(old) {
                self.watched.store(super::class::next_stamp(), Ordering::Release);
            } else {
                self.changed();
            }
        }
    }

    pub fn len(&self) -> usize {
        self.table.lock().used
    }

    /// Finds the entry index for `key`, asking the VM about keys that need user-level equality.
    fn locate(&self, vm: &mut impl KeyOps, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut decided: Vec<(usize, bool)> = Vec::new();
        loop {
            let probe = self.table.lock().probe(key, hash, &decided);
            match probe {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::Ask(other) => {
                    let eq = vm.keys_eq(&other, key)?;
                    decided.push((other.ptr().unwrap_or(0), eq));
                }
            }
        }
    }

    pub fn get(&self, vm: &mut impl KeyOps, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            match self.lookup_str(s) {
                StrLookup::Found(v) => return Ok(Some(v)),
                StrLookup::Absent => return Ok(None),
                StrLookup::NeedsVm => {}
            }
        }
        let hash = vm.hash_key(key)?;
        Ok(match self.locate(vm, key, hash)? {
            Some(i) => self.table.lock().entries.get(i).and_then(|e| e.as_ref()).map(|e| e.value.clone()),
            None => None,
        })
    }

    pub fn contains(&self, vm: &mut impl KeyOps, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn set(&self, vm: &mut impl KeyOps, key: Value, value: Value) -> PyResult<()> {
        let value = match &key {
            Value::Str(s) => match self.set_exact_str(s, value) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            },
            _ => value,
        };
        let hash = vm.hash_key(&key)?;
        let found = self.locate(vm, &key, hash)?;
        let mut t = self.table.lock();
        match found.and_then(|i| t.entries.get_mut(i).and_then(|e| e.as_mut())) {
            Some(e) => e.value = value,
            None => {
                // A dict grown until memory runs out raises MemoryError, as CPython's does.
                if !t.try_push(hash, key, value) {
                    return Err(super::PyErr::new(crate::objects::ExcKind::MemoryError, ""));
                }
                self.note_key(hash);
            }
        }
        drop(t);
        self.changed();
        Ok(())
    }

    pub fn remove(&self, vm: &mut impl KeyOps, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            let mut t = self.table.lock();
            // Err(Foreign): a key of this hash needs the VM's equality (the general path).
            if let Ok(found) = t.find_str(s, s.hash()) {
                let removed = found.map(|i| t.remove_at(i).value);
                drop(t);
                if removed.is_some() {
                    self.changed();
                }
                return Ok(removed);
            }
        }
        let hash = vm.hash_key(key)?;
        let found = self.locate(vm, key, hash)?;
        let mut t = self.table.lock();
        let removed = match found {
            Some(i) if t.entries.get(i).is_some_and(|e| e.is_some()) => Some(t.remove_at(i).value),
            _ => None,
        };
        drop(t);
        self.changed();
        Ok(removed)
    }

    /// The value under `key` for a caller without a VM (see `Table::find_str_plain`).
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let t = self.table.lock();
        t.find_str_plain(key, key.hash()).map(|i| t.entries[i].as_ref().unwrap().value.clone())
    }

    /// `d[key]` for an exact str key as Python sees it, as far as it can be told without the VM.
    #[inline]
    pub fn lookup_str(&self, key: &PyStr) -> StrLookup {
        let t = self.table.lock();
        match t.find_str(key, key.hash()) {
            Ok(Some(i)) => StrLookup::Found(t.entries[i].as_ref().unwrap().value.clone()),
            Ok(None) => StrLookup::Absent,
            Err(Foreign) => StrLookup::NeedsVm,
        }
    }

    /// `d[key] = value` for an exact str key; gives `value` back when a key of the same hash
    /// needs the VM's equality (`Dict::set` takes the general path then).
    #[inline]
    fn set_exact_str(&self, key: &Arc<PyStr>, value: Value) -> Result<(), Value> {
        let hash = key.hash();
        let new_inert = is_inert(&value);
        let mut t = self.table.lock();
        // The old value is dropped after the lock is let go (its finalizer may use this dict).
        let old = match t.find_str(key, hash) {
            Ok(Some(i)) => Some(std::mem::replace(&mut t.entries[i].as_mut().unwrap().value, value)),
            Ok(None) => {
                t.push(hash, Value::Str(key.clone()), value);
                self.note_key(hash);
                None
            }
            Err(Foreign) => return Err(value),
        };
        drop(t);
        self.after_set(old, new_inert);
        Ok(())
    }

    /// `get_str` trying first the entry where `hint` says this key was last found (see
    /// code/hints.rs): a pointer compare of the interned key instead of hashing and probing.
    #[inline]
    pub fn get_str_hinted(&self, key: &Arc<PyStr>, hint: &Hint) -> Option<Value> {
        let t = self.table.lock();
        if let Some(Some(e)) = t.entries.get(hint.index())
            && let Value::Str(s) = &e.key
            && Arc::ptr_eq(s, key)
        {
            return Some(e.value.clone());
        }
        let i = t.find_str_plain(key, key.hash())?;
        hint.set(i);
        Some(t.entries[i].as_ref().unwrap().value.clone())
    }

    /// `set_str` trying first the entry `hint` names (see `get_str_hinted`).
    #[inline]
    pub fn set_str_hinted(&self, key: &Arc<PyStr>, value: Value, hint: &Hint) {
        let mut t = self.table.lock();
        let ix = hint.index();
        if let Some(Some(e)) = t.entries.get_mut(ix)
            && let Value::Str(s) = &e.key
            && Arc::ptr_eq(s, key)
        {
            let new_inert = is_inert(&value);
            let old = std::mem::replace(&mut e.value, value);
            drop(t);
            self.replaced(&old, new_inert);
            drop(old);
            return;
        }
        let hash = key.hash();
        let new_inert = is_inert(&value);
        // The old value is dropped after the lock is let go (its finalizer may use this dict).
        let old = match t.find_str_plain(key, hash) {
            Some(i) => {
                hint.set(i);
                Some(std::mem::replace(&mut t.entries[i].as_mut().unwrap().value, value))
            }
            None => {
                t.push(hash, Value::Str(key.clone()), value);
                hint.set(t.entries.len() - 1);
                self.note_key(hash);
                None
            }
        };
        drop(t);
        self.after_set(old, new_inert);
    }

    /// After a `set_str`: `old` is the value replaced (None: the key is new).
    #[inline]
    fn after_set(&self, old: Option<Value>, new_inert: bool) {
        match &old {
            Some(o) => self.replaced(o, new_inert),
            None => self.changed(),
        }
        drop(old);
    }

    pub fn set_str(&self, key: Arc<PyStr>, value: Value) {
        let hash = key.hash();
        let new_inert = is_inert(&value);
        let mut t = self.table.lock();
        // The old value is dropped after the lock is let go (its finalizer may use this dict).
        let old = match t.find_str_plain(&key, hash) {
            Some(i) => Some(std::mem::replace(&mut t.entries[i].as_mut().unwrap().value, value)),
            None => {
                t.push(hash, Value::Str(key), value);
                self.note_key(hash);
                None
            }
        };
        drop(t);
        self.after_set(old, new_inert);
    }

    pub fn remove_str(&self, key: &PyStr) -> Option<Value> {
        let mut t = self.table.lock();
        let i = t.find_str_plain(key, key.hash())?;
        let removed = t.remove_at(i).value;
        drop(t);
        self.changed();
        Some(removed)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.lock().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.lock().iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.lock().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    pub fn copy(&self) -> Arc<Dict> {
        let t = self.table.lock();
        let mut n = Table::default();
        for e in t.iter() {
            n.push(e.hash, e.key.clone(), e.value.clone());
        }
        Dict::from_table(n)
    }

    pub fn clear(&self) {
        let mut t = self.table.lock();
        let old = std::mem::take(&mut *t);
        // Not a bump: an OrderedDict emptied under its iterator says "changed size", as CPython's.
        t.version = old.version;
        self.key_bloom.store(0, Ordering::Release);
        drop(t);
        drop(old);
        self.changed();
    }

    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.table.lock();
        let ix = t.entries.iter().rposition(|e| e.is_some())?;
        let e = t.remove_at(ix);
        drop(t);
        self.changed();
        Some((e.key, e.value))
    }

    /// Counts insertions of new keys and removals (not `clear`, not replacing a value): an
    /// OrderedDict's iterators compare it to notice keys added, removed or moved.
    pub fn version(&self) -> u64 {
        self.table.lock().version
    }

    /// The last entry before position `pos` (for reversed iteration): (its position, key, value).
    pub fn entry_before(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.lock();
        let end = pos.min(t.entries.len());
        t.entries[..end].iter().enumerate().rev().find_map(|(p, e)| e.as_ref().map(|e| (p, e.key.clone(), e.value.clone())))
    }

    /// How many entries sit before position `pos` (a reversed iterator's `__length_hint__`).
    pub fn count_before(&self, pos: usize) -> usize {
        let t = self.table.lock();
        t.entries[..pos.min(t.entries.len())].iter().filter(|e| e.is_some()).count()
    }

    /// Whether any entry sits at position `pos` or later.
    pub fn has_entry_from(&self, pos: usize) -> bool {
        let t = self.table.lock();
        t.entries.get(pos..).is_some_and(|rest| rest.iter().any(|e| e.is_some()))
    }

    /// The entry at position `pos` or later (for iteration): (next position, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.lock();
        let mut p = pos;
        while p < t.entries.len() {
            if let Some(e) = &t.entries[p] {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::intern;

    #[test]
    fn keys_are_found_after_growth_and_removals() {
        let d = Dict::new();
        let names: Vec<_> = (0..200).map(|i| intern(&format!("probe{i}"))).collect();
        for (i, n) in names.iter().enumerate() {
            d.set_str(n.clone(), Value::Int(i as i64));
        }
        for n in names.iter().step_by(2) {
            assert!(d.remove_str(n).is_some());
        }
        for (i, n) in names.iter().enumerate() {
            let want = if i % 2 == 0 { None } else { Some(i as i64) };
            assert_eq!(d.get_str(n).map(|v| matches!(v, Value::Int(x) if Some(x) == want)), want.map(|_| true));
        }
        // Deleted slots are walked past, and a key re-added is found again.
        d.set_str(names[0].clone(), Value::Int(-1));
        assert!(matches!(d.get_str(&names[0]), Some(Value::Int(-1))));
        assert_eq!(d.len(), 101);
    }

    #[test]
    fn a_key_ever_added_may_be_contained_and_clear_forgets() {
        let d = Dict::new();
        let names: Vec<_> = (0..20).map(|i| intern(&format!("key{i}"))).collect();
        assert!(names.iter().all(|n| !d.may_contain_str(n)));
        for n in &names {
            d.set_str(n.clone(), Value::Int(1));
        }
        assert!(names.iter().all(|n| d.may_contain_str(n)));
        d.remove_str(&names[0]);
        assert!(d.may_contain_str(&names[0]), "removal keeps the bit: the answer stays conservative");
        let copy = d.copy();
        assert!(names[1..].iter().all(|n| copy.may_contain_str(n)));
        d.clear();
        assert!(names.iter().all(|n| !d.may_contain_str(n)));
    }
}
