//! `PyStr`: an immutable string with its length in characters and its hash cached, plus the interner
//! that gives every identifier one shared `Arc` (so attribute and global lookups compare pointers first).

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, OnceLock};

pub struct PyStr {
    s: Box<str>,
    chars: usize,
    /// 0 = not computed yet (a real hash of 0 is stored as 1, as no Python hash is ever -1 either).
    hash: AtomicI64,
}

impl PyStr {
    pub fn new(s: &str) -> Arc<PyStr> {
        Arc::new(PyStr { chars: s.chars().count(), s: s.into(), hash: AtomicI64::new(0) })
    }

    pub fn from_string(s: String) -> Arc<PyStr> {
        Arc::new(PyStr { chars: s.chars().count(), s: s.into_boxed_str(), hash: AtomicI64::new(0) })
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The i-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() { self.s.as_bytes()[i] as char } else { self.s.chars().nth(i).unwrap() }
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        // FNV-1a, folded into Python's hash range; never -1 or 0.
        let mut x: u64 = 0xcbf29ce484222325;
        for b in self.s.bytes() {
            x ^= b as u64;
            x = x.wrapping_mul(0x100000001b3);
        }
        let mut h = (x >> 2) as i64;
        if h == 0 || h == -1 {
            h = 1;
        }
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        std::ptr::eq(self, other) || self.s == other.s
    }
}

fn interner() -> &'static Mutex<HashMap<Box<str>, Arc<PyStr>>> {
    static INTERNER: OnceLock<Mutex<HashMap<Box<str>, Arc<PyStr>>>> = OnceLock::new();
    INTERNER.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The one shared string for an identifier.
pub fn intern(s: &str) -> Arc<PyStr> {
    let mut map = interner().lock();
    if let Some(v) = map.get(s) {
        return v.clone();
    }
    let v = PyStr::new(s);
    v.hash();
    map.insert(s.into(), v.clone());
    v
}

/// An interned name known at compile time, interned once per use site: `name!("__init__")` is a
/// `&'static Arc<PyStr>`, with no hashing or interner lock after the first use (hot paths use it).
#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        static NAME: std::sync::OnceLock<std::sync::Arc<$crate::objects::str::PyStr>> = std::sync::OnceLock::new();
        NAME.get_or_init(|| $crate::objects::str::intern($s))
    }};
}
