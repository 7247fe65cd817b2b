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

use std::sync::atomic::{AtomicU32, Ordering};

pub struct Hints(Box<[Hint]>);

impl Hints {
    /// One hint per name, each pointing nowhere yet.
    pub fn new(names: usize) -> Hints {
        Hints((0..names).map(|_| Hint(AtomicU32::new(u32::MAX))).collect())
    }

    /// The hint for name `i` (a name index of the code object).
    #[inline]
    pub fn get(&self, i: usize) -> &Hint {
        &self.0[i]
    }
}

/// One name's hint: a dict entry index (u32::MAX: none yet).
pub struct Hint(AtomicU32);

impl Hint {
    #[inline]
    pub fn index(&self) -> usize {
        self.0.load(Ordering::Relaxed) as usize
    }

    #[inline]
    pub fn set(&self, ix: usize) {
        self.0.store(ix as u32, Ordering::Relaxed);
    }
}
