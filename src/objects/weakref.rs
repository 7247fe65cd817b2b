//! Weak references: a `Handle` holds a `Weak` to the object's allocation (so the address is not
//! reused while the handle lives), and a registry keyed by that address lists the Python-level
//! weakref objects of each referent with their callbacks. When an instance, a function, a set or
//! a generator is freed its drop calls `object_died`, which queues the callbacks for the freeing
//! thread's next safe point (vm/finalize.rs), as __del__ is queued. Referents of other weakly
//! referenceable types (classes, modules, bound methods, builtins, code) die without running callbacks.

use super::class::{Class, Instance};
use super::function::{BoundMethod, Builtin, Function};
use super::iter::PyIter;
use super::module::Module;
use super::set::Set;
use super::value::Value;
use crate::code::Code;
use crate::objects::{Arc, Weak};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// A weakly held object of one of the types CPython lets be weakly referenced.
pub enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    BoundMethod(Weak<BoundMethod>),
    Builtin(Weak<Builtin>),
    Class(Weak<Class>),
    Module(Weak<Module>),
    Set(Weak<Set>),
    FrozenSet(Weak<Set>),
    Iter(Weak<PyIter>),
    Code(Weak<Code>),
}

impl Target {
    /// The weak target for `v`, None when its type cannot be weakly referenced.
    pub fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Instance(i) => {
                if !accepts_instance(i) {
                    return None;
                }
                Target::Instance(Arc::downgrade(i))
            }
            Value::Function(f) => Target::Function(Arc::downgrade(f)),
            Value::BoundMethod(m) => Target::BoundMethod(Arc::downgrade(m)),
            Value::Builtin(b) => Target::Builtin(Arc::downgrade(b)),
            Value::Class(c) => Target::Class(Arc::downgrade(c)),
            Value::Module(m) => Target::Module(Arc::downgrade(m)),
            Value::Set(s) => Target::Set(Arc::downgrade(s)),
            Value::FrozenSet(s) => Target::FrozenSet(Arc::downgrade(s)),
            Value::Iter(it) if it.runs_frame() => Target::Iter(Arc::downgrade(it)),
            Value::Code(c) => Target::Code(Arc::downgrade(c)),
            _ => return None,
        })
    }

    /// The referent while it lives.
    pub fn upgrade(&self) -> Option<Value> {
        match self {
            Target::Instance(w) => w.upgrade().map(Value::Instance),
            Target::Function(w) => w.upgrade().map(Value::Function),
            Target::BoundMethod(w) => w.upgrade().map(Value::BoundMethod),
            Target::Builtin(w) => w.upgrade().map(Value::Builtin),
            Target::Class(w) => w.upgrade().map(Value::Class),
            Target::Module(w) => w.upgrade().map(Value::Module),
            Target::Set(w) => w.upgrade().map(Value::Set),
            Target::FrozenSet(w) => w.upgrade().map(Value::FrozenSet),
            Target::Iter(w) => w.upgrade().map(Value::Iter),
            Target::Code(w) => w.upgrade().map(Value::Code),
        }
    }
}

/// Whether instances of this class can be weakly referenced: user classes unless their
/// `__slots__` leave out `__weakref__`; built-in native objects as CPython's (locks, files...).
fn accepts_instance(i: &Instance) -> bool {
    use super::class::Kind;
    if i.class_ref().is_builtin {
        return matches!(i.class_ref().kind, Kind::Native | Kind::Local);
    }
    i.class_ref().layout.has_weakref
}

/// One Python weakref object of a referent: the object (held weakly: it owns the handle) and
/// its callback.
struct Entry {
    id: u64,
    owner: Weak<Instance>,
    callback: Option<Value>,
}

static REGISTRY: LazyLock<Mutex<HashMap<usize, Vec<Entry>>>> = LazyLock::new(|| Mutex::new(HashMap::new()));
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Set once any weak reference exists: until then frees skip the registry.
pub static ANY: AtomicBool = AtomicBool::new(false);

/// The native state of one weakref object.
pub struct Handle {
    pub target: Target,
    pub addr: usize,
    id: u64,
}

impl Handle {
    /// A handle to `obj` owned by the weakref object `owner`; None when `obj` cannot be weakly
    /// referenced.
    pub fn new(obj: &Value, owner: &Arc<Instance>, callback: Option<Value>) -> Option<Handle> {
        let target = Target::of(obj)?;
        let addr = obj.ptr()?;
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        ANY.store(true, Ordering::SeqCst);
        REGISTRY.lock().entry(addr).or_default().push(Entry { id, owner: Arc::downgrade(owner), callback });
        Some(Handle { target, addr, id })
    }

    pub fn get(&self) -> Option<Value> {
        self.target.upgrade()
    }

    /// The callback while the referent lives (CPython clears it when the referent dies).
    pub fn callback(&self) -> Option<Value> {
        let reg = REGISTRY.lock();
        reg.get(&self.addr).and_then(|v| v.iter().find(|e| e.id == self.id)).and_then(|e| e.callback.clone())
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        let removed = {
            let mut reg = REGISTRY.lock();
            let Some(list) = reg.get_mut(&self.addr) else { return };
            let removed = list.iter().position(|e| e.id == self.id).map(|i| list.remove(i));
            if list.is_empty() {
                reg.remove(&self.addr);
            }
            removed
        };
        // The callback is dropped outside the registry's lock (its drop may free more objects).
        drop(removed);
    }
}

/// The live weakref objects of the object at `addr`, oldest first.
pub fn refs_to(addr: usize) -> Vec<Arc<Instance>> {
    let reg = REGISTRY.lock();
    reg.get(&addr).map(|v| v.iter().filter_map(|e| e.owner.upgrade()).collect()).unwrap_or_default()
}

/// Called by the drop of a weakly referenceable object: its weakrefs die and their callbacks
/// (newest first, as CPython calls them) are queued for the thread's next safe point.
#[inline]
pub fn object_died(addr: usize) {
    if ANY.load(Ordering::Relaxed) {
        died_slow(addr);
    }
}

#[inline(never)]
fn died_slow(addr: usize) {
    let Some(entries) = REGISTRY.lock().remove(&addr) else { return };
    for e in entries.into_iter().rev() {
        if let (Some(cb), Some(owner)) = (e.callback, e.owner.upgrade()) {
            super::iter::pending::push_weak_callback(cb, Value::Instance(owner));
        }
    }
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Handle {}
