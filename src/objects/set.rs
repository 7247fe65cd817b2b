//! `Set` (for set and frozenset): CPython's open-addressing table, probed the same way (nine linear
//! probes, then perturbation) and resized at the same points, so that iteration order matches CPython's
//! for ints: `print({3, 1, 2})` shows `{1, 2, 3}`.

use super::PyResult;
use super::hashing::{KeyOps, simple_eq};
use super::value::Value;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

#[derive(Clone)]
pub enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    pub slots: Vec<Slot>,
    pub fill: usize,
    pub used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: vec![Slot::Empty; MINSIZE], fill: 0, used: 0 }
    }
}

enum Probe {
    Found(usize),
    /// Not present: where it would go.
    Missing(usize),
    Ask(Value),
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn probe(&self, key: &Value, hash: i64, decided: &[(usize, bool)]) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return Probe::Missing(freeslot.unwrap_or(j)),
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                    Slot::Full(h, k) => {
                        if *h == hash {
                            if k.is(key) {
                                return Probe::Found(j);
                            }
                            match simple_eq(k, key) {
                                Some(true) => return Probe::Found(j),
                                Some(false) => {}
                                None => {
                                    let p = k.ptr().unwrap_or(0);
                                    match decided.iter().find(|(q, _)| *q == p) {
                                        Some((_, true)) => return Probe::Found(j),
                                        Some((_, false)) => {}
                                        None => return Probe::Ask(k.clone()),
                                    }
                                }
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(slots[j], Slot::Empty) {
                        slots[j] = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
    }

    /// Stores `key` at slot `at` found by a probe that said Missing.
    fn store(&mut self, at: usize, hash: i64, key: Value) {
        let was_dummy = matches!(self.slots[at], Slot::Dummy);
        self.slots[at] = Slot::Full(hash, key);
        self.used += 1;
        if was_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }
}

#[derive(Default)]
pub struct Set {
    pub table: ObjCell<SetTable>,
}

impl Set {
    pub fn new() -> Arc<Set> {
        Arc::new(Set::default())
    }

    pub fn from_table(t: SetTable) -> Arc<Set> {
        Arc::new(Set { table: ObjCell::new(t) })
    }

    pub fn len(&self) -> usize {
        self.table.lock().used
    }

    fn locate(&self, vm: &mut impl KeyOps, key: &Value, hash: i64) -> PyResult<Result<usize, usize>> {
        let mut decided: Vec<(usize, bool)> = Vec::new();
        loop {
            let probe = self.table.lock().probe(key, hash, &decided);
            match probe {
                Probe::Found(i) => return Ok(Ok(i)),
                Probe::Missing(i) => return Ok(Err(i)),
                Probe::Ask(other) => {
                    let eq = vm.keys_eq(&other, key)?;
                    decided.push((other.ptr().unwrap_or(0), eq));
                }
            }
        }
    }

    pub fn add(&self, vm: &mut impl KeyOps, key: Value) -> PyResult<()> {
        let hash = vm.hash_key(&key)?;
        self.add_hashed(vm, hash, key)
    }

    pub fn add_hashed(&self, vm: &mut impl KeyOps, hash: i64, key: Value) -> PyResult<()> {
        let mut decided: Vec<(usize, bool)> = Vec::new();
        loop {
            let mut t = self.table.lock();
            match t.probe(&key, hash, &decided) {
                Probe::Found(_) => return Ok(()),
                Probe::Missing(at) => {
                    t.store(at, hash, key);
                    return Ok(());
                }
                Probe::Ask(other) => {
                    drop(t);
                    let eq = vm.keys_eq(&other, &key)?;
                    decided.push((other.ptr().unwrap_or(0), eq));
                }
            }
        }
    }

    pub fn contains(&self, vm: &mut impl KeyOps, key: &Value) -> PyResult<bool> {
        let hash = vm.hash_key(key)?;
        Ok(self.locate(vm, key, hash)?.is_ok())
    }

    pub fn discard(&self, vm: &mut impl KeyOps, key: &Value) -> PyResult<bool> {
        let hash = vm.hash_key(key)?;
        match self.locate(vm, key, hash)? {
            Ok(i) => {
                let mut t = self.table.lock();
                if matches!(t.slots[i], Slot::Full(..)) {
                    t.slots[i] = Slot::Dummy;
                    t.used -= 1;
                    return Ok(true);
                }
                Ok(false)
            }
            Err(_) => Ok(false),
        }
    }

    pub fn items(&self) -> Vec<Value> {
        self.table.lock().iter().map(|(_, k)| k.clone()).collect()
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table.lock().iter().map(|(h, k)| (h, k.clone())).collect()
    }

    pub fn copy_table(&self) -> SetTable {
        let t = self.table.lock();
        let mut n = SetTable::default();
        // set_copy goes through set_merge into an empty set.
        if (n.fill + t.used) * 5 >= n.mask() * 3 {
            n.resize(t.used * 2);
        }
        if n.mask() == t.mask() && t.fill == t.used {
            return t.clone();
        }
        n.fill = t.used;
        n.used = t.used;
        for (h, k) in t.iter() {
            SetTable::insert_clean(&mut n.slots, h, k.clone());
        }
        n
    }

    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.lock();
        let i = t.slots.iter().position(|s| matches!(s, Slot::Full(..)))?;
        let s = std::mem::replace(&mut t.slots[i], Slot::Dummy);
        t.used -= 1;
        match s {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn clear(&self) {
        *self.table.lock() = SetTable::default();
    }

    /// How many elements sit at slot `pos` or later (an iterator's `__length_hint__`).
    pub fn count_from(&self, pos: usize) -> usize {
        let t = self.table.lock();
        t.slots.get(pos..).map_or(0, |rest| rest.iter().filter(|s| matches!(s, Slot::Full(..))).count())
    }

    /// The element at slot `pos` or later (for iteration).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.lock();
        let mut p = pos;
        while p < t.slots.len() {
            if let Slot::Full(_, k) = &t.slots[p] {
                return Some((p + 1, k.clone()));
            }
            p += 1;
        }
        None
    }
}

impl Drop for Set {
    /// Weak references to the set die with it (their callbacks are queued).
    fn drop(&mut self) {
        super::weakref::object_died(self as *const Set as usize);
    }
}
