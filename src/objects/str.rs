//! `PyStr`: an immutable string with its length in characters and its hash cached, plus the interner
//! that gives every identifier one shared `Arc` (so attribute and global lookups compare pointers first).

use crate::objects::Arc;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicI64, Ordering};

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

    /// A str of `s`, whose length in characters the caller knows (`a + b`: the sum of theirs)
    /// rather than one counted again.
    pub fn from_string_counted(s: String, chars: usize) -> Arc<PyStr> {
        debug_assert_eq!(chars, s.chars().count());
        Arc::new(PyStr { chars, s: s.into_boxed_str(), hash: AtomicI64::new(0) })
    }

    /// `self + other`, reusing this string's buffer (its last handle was given up: see
    /// vm/str_append.rs). The buffer grows to the exact new size, which the allocator does in
    /// place while the size class has room, so appending in a loop costs linear time.
    /// None when the memory cannot be had (the caller raises MemoryError).
    pub fn concat_owned(self, other: &PyStr) -> Option<Arc<PyStr>> {
        let mut s = String::from(self.s);
        s.try_reserve_exact(other.s.len()).ok()?;
        s.push_str(&other.s);
        Some(Arc::new(PyStr { chars: self.chars + other.chars, s: s.into_boxed_str(), hash: AtomicI64::new(0) }))
    }

    /// A string whose length in characters the caller already knows (text built from chars).
    pub fn from_counted(s: String, chars: usize) -> Arc<PyStr> {
        debug_assert_eq!(s.chars().count(), chars);
        Arc::new(PyStr { chars, s: s.into_boxed_str(), hash: AtomicI64::new(0) })
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

    /// The string of one character: shared for the first 256 code points (as CPython's latin-1
    /// singletons), so indexing and iterating over text does not allocate.
    pub fn of_char(c: char) -> Arc<PyStr> {
        static LATIN1: OnceLock<Vec<Arc<PyStr>>> = OnceLock::new();
        match LATIN1.get_or_init(|| (0..=255u8).map(|b| PyStr::new((b as char).encode_utf8(&mut [0; 4]))).collect()).get(c as usize) {
            Some(one) => one.clone(),
            None => PyStr::new(c.encode_utf8(&mut [0; 4])),
        }
    }

    /// The character that starts at byte `at` and the byte after it (None at the end).
    pub fn char_from(&self, at: usize) -> Option<(char, usize)> {
        let c = self.s.get(at..)?.chars().next()?;
        Some((c, at + c.len_utf8()))
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        // The empty string hashes to 0, as in CPython (0 is also "not computed yet" here).
        if h != 0 || self.s.is_empty() {
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
    // Interned strings are kept for the process's life (gil_cell/rc.rs: immortal objects).
    Arc::make_immortal(&v);
    map.insert(s.into(), v.clone());
    v
}

/// `intern` of a str value: the value itself when it is already the interned one (the interned
/// strings are the only immortal ones: identifier-like constants of code are interned when
/// compiled), without the interner's lock and hash.
#[inline]
pub fn intern_value(s: &Arc<PyStr>) -> Arc<PyStr> {
    if Arc::is_immortal(s) { s.clone() } else { intern(s.as_str()) }
}

/// An interned name known at compile time, interned once per use site: `name!("__init__")` is a
/// `&'static Arc<PyStr>`, with no hashing or interner lock after the first use (hot paths use it).
#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        static NAME: std::sync::OnceLock<$crate::objects::Arc<$crate::objects::str::PyStr>> = std::sync::OnceLock::new();
        NAME.get_or_init(|| $crate::objects::str::intern($s))
    }};
}

/// Where the thread's last `char_at` into a non-ASCII string stopped: (string, character index,
/// byte offset). The string is held weakly and compared by address (a weak reference keeps the
/// allocation, so the address cannot be reused by another string while the cursor holds it).
pub mod char_cursor {
    use super::PyStr;
    use crate::objects::{Arc, Weak};
    use std::cell::RefCell;

    thread_local! {
        static CURSOR: RefCell<Option<(Weak<PyStr>, usize, usize)>> = const { RefCell::new(None) };
    }

    /// Lets go of the string (a thread that is ending, while it still holds the GIL).
    pub fn forget() {
        let _ = CURSOR.try_with(|c| c.borrow_mut().take());
    }

    /// The nearest known (character, byte) position to character `i`: the cursor, the start or the end.
    pub fn start(s: &Arc<PyStr>, i: usize) -> (usize, usize) {
        let ends = if i < s.chars / 2 { (0, 0) } else { (s.chars, s.s.len()) };
        let cursor = CURSOR.try_with(|c| match &*c.borrow() {
            Some((w, ci, bi)) if std::ptr::eq(w.as_ptr(), Arc::as_ptr(s)) => Some((*ci, *bi)),
            _ => None,
        });
        match cursor {
            Ok(Some((ci, bi))) if ci.abs_diff(i) < ends.0.abs_diff(i) => (ci, bi),
            _ => ends,
        }
    }

    /// Remembers that character `i` of `s` starts at byte `byte`.
    pub fn stop(s: &Arc<PyStr>, i: usize, byte: usize) {
        let _ = CURSOR.try_with(|c| {
            let mut c = c.borrow_mut();
            match &mut *c {
                Some((w, ci, bi)) if std::ptr::eq(w.as_ptr(), Arc::as_ptr(s)) => (*ci, *bi) = (i, byte),
                other => *other = Some((Arc::downgrade(s), i, byte)),
            }
        });
    }
}

/// Methods of a string that need its handle (the thread's index cursor keeps it weakly).
impl Arc<PyStr> {
    /// The i-th character (0-based, in range). Non-ASCII text is UTF-8, so this walks from
    /// the nearer end, or from where the thread's last index into the same string stopped
    /// (`s[i]` in a loop, `reversed(s)`), so indexing through a string is linear overall.
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.s.as_bytes()[i] as char;
        }
        if i == 0 {
            return self.s.chars().next().expect("index in range");
        }
        let (from_char, from_byte) = char_cursor::start(self, i);
        let (c, byte) = if i >= from_char {
            let (off, c) = self.s[from_byte..].char_indices().nth(i - from_char).expect("index in range");
            (c, from_byte + off)
        } else {
            let (off, c) = self.s[..from_byte].char_indices().rev().nth(from_char - i - 1).expect("index in range");
            (c, off)
        };
        char_cursor::stop(self, i, byte);
        c
    }
}
