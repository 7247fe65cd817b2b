//! Lookup hints, one per name of a code object (`Code::hints`): the dict entry index where that
//! name was last found by a LoadAttr / StoreAttr / LoadGlobal of this code. The instances of one
//! class get their attributes in the same order, so `self.x` sits at the same entry of every
//! instance dict, and a global at the same entry of its module's dict: the VM checks that entry's
//! key by pointer (names are interned) before hashing and probing.
//!
//! A hint is only ever a guess: it is checked under the dict's lock against the key it must hold,
//! and a wrong or stale one just means the ordinary lookup. So the hints need no lock and are
//! correct under every GIL policy, `--gil off` included (threads may overwrite each other's
//! hints; each load or store of one is a single relaxed atomic, a plain move on x86).

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

pub struct Hints(Box<[Hint]>);

impl Hints {
    /// One hint per name, each pointing nowhere yet.
    pub fn new(names: usize) -> Hints {
        Hints((0..names).map(|_| Hint { index: AtomicU32::new(u32::MAX), cache: AtomicU64::new(0) }).collect())
    }

    /// The hint for name `i` (a name index of the code object).
    #[inline]
    pub fn get(&self, i: usize) -> &Hint {
        &self.0[i]
    }
}

/// One name's hint: a dict entry index (u32::MAX: none yet), and the name's inline cache entry
/// (vm/inline_cache.rs: what a class lookup of it found, packed in one word so that threads
/// read and write whole entries, never torn ones; 0: nothing cached).
pub struct Hint {
    index: AtomicU32,
    cache: AtomicU64,
}

impl Hint {
    #[inline]
    pub fn index(&self) -> usize {
        self.index.load(Ordering::Relaxed) as usize
    }

    #[inline]
    pub fn set(&self, ix: usize) {
        self.index.store(ix as u32, Ordering::Relaxed);
    }

    /// The inline cache entry (0: none).
    #[inline]
    pub fn cached(&self) -> u64 {
        self.cache.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn set_cached(&self, entry: u64) {
        self.cache.store(entry, Ordering::Relaxed);
    }
}
