//! Classes and their instances. Built-in types are classes too (so `type(3) is int` and subclassing
//! `Exception` work); an instance of a built-in-backed class carries that state in its `Payload`.

use super::dict::Dict;
use super::exceptions::ExcData;
use super::shape::Shape;
use super::str::PyStr;
use super::value::Value;
use crate::gil_cell::ObjCell;
use crate::gil_cell::SwapSlot;
use crate::objects::Arc;

/// Which built-in representation a class's instances use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Object,
    Exception,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// threading.local and its subclasses: the payload is `Local`.
    Local,
    /// Instances made by native code only (locks, files, ...): the payload is `Native`.
    Native,
    /// Built-in value types (int, str, list...): their values are not `Instance`s.
    Value,
}

/// Classes of gilpy's Python-written stdlib that CPython implements in C, by module: error
/// messages name them with their module, as CPython's `tp_name` does.
const STATIC_IN_CPYTHON: &[(&str, &[&str])] = &[
    ("collections", &["OrderedDict", "defaultdict"]),
    ("datetime", &["date", "time", "datetime", "timedelta", "timezone", "tzinfo"]),
    ("decimal", &["Decimal", "Context"]),
    ("functools", &["partial"]),
    (
        "itertools",
        &[
            "accumulate",
            "chain",
            "combinations",
            "combinations_with_replacement",
            "compress",
            "count",
            "cycle",
            "dropwhile",
            "filterfalse",
            "groupby",
            "islice",
            "pairwise",
            "permutations",
            "product",
            "repeat",
            "starmap",
            "takewhile",
            "zip_longest",
        ],
    ),
    ("operator", &["attrgetter", "itemgetter", "methodcaller"]),
    ("types", &["SimpleNamespace"]),
];

pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Arc<Class>>,
    /// The method resolution order after this class itself (C3).
    pub mro: Vec<Arc<Class>>,
    pub dict: Arc<Dict>,
    pub kind: Kind,
    /// The metaclass-free flag set by `__slots__`-less user classes: instances get a `__dict__`.
    pub is_builtin: bool,
    /// No class in the MRO (but `object`) has a property or its own __getattr__ / __setattr__ /
    /// __getattribute__ / __delattr__: an instance attribute is then just its dict entry, and the
    /// VM skips the descriptor lookups (see `attr.rs`).
    pub plain: bool,
    /// The class's metaclass when it is not `type` (`class C(metaclass=M)`, or inherited from a
    /// base): attribute lookups and protocols on the class consult it (vm/metaclass.rs).
    pub metaclass: Option<Arc<Class>>,
    /// Set while the class's own `__abstractmethods__` is non-empty: `object.__new__` refuses to
    /// make instances, as CPython's `Py_TPFLAGS_IS_ABSTRACT`.
    pub is_abstract: std::sync::atomic::AtomicBool,
    /// What instances store besides their payload: `__slots__` values, a `__dict__`, weak references.
    pub layout: super::slots::Layout,
    /// This class's namespace has had a `__del__` (set when the class is made or one is
    /// assigned): its instances, and its subclasses' when `LATE_DEL` is set, are finalised.
    pub has_del: std::sync::atomic::AtomicBool,
    /// A built-in value type's own constructor (`int(x)` for `int` itself), kept apart from the
    /// `__new__` in its dict that also serves subclasses (vm/subclass.rs); not visible to Python.
    pub base_new: std::sync::OnceLock<Value>,
    /// This class gained a property or an attribute hook after it was made (see `is_plain`).
    pub late_hooks: std::sync::atomic::AtomicBool,
    /// The most attributes an instance of this class has had in its values vector: the room a
    /// new instance's vector is given when it gains its first (objects/instance_attrs.rs).
    pub attr_hint: std::sync::atomic::AtomicU8,
    /// The class's version tag (CPython's `tp_version_tag`): 0 while none is given, else a
    /// number never given to any class before, dropped back to 0 whenever the namespace of this
    /// class or of a class along its MRO changes (see `tag`, `namespace_changed`).
    pub version: std::sync::atomic::AtomicU32,
    /// The empty shape this class's instances start from (objects/shape.rs), made with the
    /// first of them: each class grows its own tree of key layouts, freed with the class.
    pub shapes: std::sync::OnceLock<Arc<Shape>>,
}

/// Set once a class gains `__del__` after it was made: instance drops then also look at the
/// flags of the classes along the MRO (a subclass made earlier inherits the method).
pub static LATE_DEL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Set once any class with `__del__` exists: the end of the program then clears the main
/// module's globals so that their finalisers run, as CPython's finalisation does.
pub static ANY_DEL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The last version tag given to a class (see `Class::version`).
static LAST_TAG: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// For each class namespace (by the dict's address): its class, and the classes made since
/// that have the class along their MRO, whose tags depend on it (weakly held; dead ones are
/// dropped as the lists grow). A namespace outlives its class only while something else holds
/// it, and its address is reused only after it is freed, when a new class claims it.
struct Dependents {
    owner: crate::objects::Weak<Class>,
    subclasses: Vec<crate::objects::Weak<Class>>,
}

struct TagRecord {
    by_dict: std::collections::HashMap<usize, Dependents>,
    /// The size at which dead classes are next swept from `by_dict`.
    sweep_at: usize,
}

static TAG_RECORD: std::sync::LazyLock<crate::sync::Mutex<TagRecord>> =
    std::sync::LazyLock::new(|| crate::sync::Mutex::new(TagRecord { by_dict: std::collections::HashMap::new(), sweep_at: 1024 }));

/// Records a new class for `namespace_changed`: its own namespace, and it as a dependent of
/// every class along its MRO.
fn record_dependents(cls: &Arc<Class>) {
    let mut r = TAG_RECORD.lock();
    if r.by_dict.len() >= r.sweep_at {
        r.by_dict.retain(|_, d| d.owner.strong_count() > 0);
        r.sweep_at = (r.by_dict.len() * 2).max(1024);
    }
    let key = |d: &Arc<super::dict::Dict>| &**d as *const super::dict::Dict as usize;
    r.by_dict.insert(key(&cls.dict), Dependents { owner: Arc::downgrade(cls), subclasses: Vec::new() });
    for m in &cls.mro {
        if let Some(d) = r.by_dict.get_mut(&key(&m.dict)) {
            if d.subclasses.len() == d.subclasses.capacity() {
                d.subclasses.retain(|w| w.strong_count() > 0);
            }
            d.subclasses.push(Arc::downgrade(cls));
        }
    }
}

/// Called after the namespace `dict` of some class changed (a key added or removed, or a value
/// that may bind or describe stored): that class and every class with it along its MRO lose
/// their version tags, so that what caches remembered under them is never trusted again. A
/// namespace not yet owned by a recorded class (one being made) has no dependents.
pub fn namespace_changed(dict: &super::dict::Dict) {
    use std::sync::atomic::Ordering::Release;
    // The classes are let go after the record's lock (dropping the last reference to one
    // runs finalisers that may make classes).
    let live: Vec<Arc<Class>> = {
        let r = TAG_RECORD.lock();
        match r.by_dict.get(&(dict as *const super::dict::Dict as usize)) {
            Some(d) => d.owner.upgrade().into_iter().chain(d.subclasses.iter().filter_map(|w| w.upgrade())).collect(),
            None => Vec::new(),
        }
    };
    for c in &live {
        c.version.store(0, Release);
    }
}

/// The last stamp given to a class namespace (objects/dict.rs `Dict::stamp`).
static LAST_STAMP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A class-namespace stamp never given before (never 0, which marks other dicts).
pub fn next_stamp() -> u64 {
    LAST_STAMP.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}

/// Set once any class gains a property or an attribute hook after it was made: from then on a
/// class is `plain` only while no class along its MRO has `late_hooks` (see `Class::is_plain`).
pub static LATE_HOOKS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether storing `value` under `name` in a class dict makes instances non-plain.
pub fn is_attribute_hook(name: &str, value: &Value) -> bool {
    matches!(name, "__getattr__" | "__setattr__" | "__getattribute__" | "__delattr__")
        || matches!(value, Value::Instance(i) if matches!(i.payload, Payload::Property(_)))
        || is_data_descriptor(value)
}

/// Whether `value` is an instance of a user class with `__set__` or `__delete__` (a data
/// descriptor: it wins over the instance dict).
pub fn is_data_descriptor(value: &Value) -> bool {
    match value {
        Value::Instance(i) if i.class_ref().kind == Kind::Object => {
            i.class_ref().lookup(crate::name!("__set__")).is_some() || i.class_ref().lookup(crate::name!("__delete__")).is_some()
        }
        _ => false,
    }
}

/// Computes `Class::plain` for a class with these own attributes and MRO (`object` itself,
/// never plain as a built-in class, adds no hook). Called for user classes, once the built-in
/// types exist.
pub fn compute_plain(dict: &super::dict::Dict, mro: &[Arc<Class>]) -> bool {
    let own_ok = dict.items().iter().all(|(k, v)| match k {
        Value::Str(s) => !is_attribute_hook(s.as_str(), v),
        _ => true,
    });
    let object = &super::types::types().object;
    own_ok && mro.iter().all(|c| c.plain || Arc::ptr_eq(c, object))
}

/// Every class made so far (weakly held, in order of creation): what `type.__subclasses__()`
/// searches for classes naming a given one among their bases.
static ALL_CLASSES: crate::sync::Mutex<Vec<crate::objects::Weak<Class>>> = crate::sync::Mutex::new(Vec::new());

/// Records a newly made class for `__subclasses__`.
pub fn track_class(cls: &Arc<Class>) {
    ALL_CLASSES.lock().push(Arc::downgrade(cls));
    record_dependents(cls);
}

/// The live classes that have `cls` among their direct bases, oldest first (dead entries are
/// dropped from the record on the way).
pub fn direct_subclasses(cls: &Arc<Class>) -> Vec<Arc<Class>> {
    let mut all = ALL_CLASSES.lock();
    all.retain(|w| w.strong_count() > 0);
    all.iter().filter_map(|w| w.upgrade()).filter(|c| c.bases.iter().any(|b| Arc::ptr_eq(b, cls))).collect()
}

impl Class {
    /// Looks `name` up along the MRO (self first).
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// `plain`, and still so: no class along the MRO has gained a property or an attribute hook
    /// since it was made (checked only once some class has, as `time.struct_time` does).
    #[inline]
    pub fn is_plain(&self) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        self.plain && (!LATE_HOOKS.load(Relaxed) || !(self.late_hooks.load(Relaxed) || self.mro.iter().any(|c| c.late_hooks.load(Relaxed))))
    }

    /// The class's version tag, given now if it has none: caches keyed by it stay valid while
    /// the namespaces along its MRO keep their keys and the kinds of their values. Read it
    /// before looking anything up, so that a change made meanwhile leaves the result stale.
    /// 0 once every u32 has been given (then nothing is cached, as CPython does).
    #[inline]
    pub fn tag(&self) -> u32 {
        let t = self.version.load(std::sync::atomic::Ordering::Acquire);
        if t != 0 { t } else { self.new_tag() }
    }

    #[cold]
    #[inline(never)]
    fn new_tag(&self) -> u32 {
        use std::sync::atomic::Ordering::{AcqRel, Acquire};
        let Ok(prev) = LAST_TAG.fetch_update(AcqRel, Acquire, |n| n.checked_add(1)) else { return 0 };
        let fresh = prev + 1;
        match self.version.compare_exchange(0, fresh, AcqRel, Acquire) {
            Ok(_) => fresh,
            Err(other) => other,
        }
    }

    /// Records that a property or attribute hook was stored into this class after it was made.
    pub fn gained_hook(&self) {
        use std::sync::atomic::Ordering::Relaxed;
        self.late_hooks.store(true, Relaxed);
        LATE_HOOKS.store(true, Relaxed);
        namespace_changed(&self.dict);
    }

    /// The name error messages use, as CPython's `tp_name`: native classes outside builtins carry
    /// their module (`collections.deque`, `_thread.lock`), and so do the classes of gilpy's
    /// stdlib that CPython writes in C (`collections.OrderedDict`); user classes just their name.
    pub fn tp_name(&self) -> String {
        let static_in_cpython = || STATIC_IN_CPYTHON.iter().any(|(m, names)| *m == self.module && names.contains(&self.name.as_str()));
        if (self.is_builtin && self.module != "builtins") || static_in_cpython() { format!("{}.{}", self.module, self.name) } else { self.name.clone() }
    }

    /// The class's metaclass (`type` unless it has another).
    pub fn meta(&self) -> Arc<Class> {
        match &self.metaclass {
            Some(m) => m.clone(),
            None => super::types::types().type_.clone(),
        }
    }

    /// Whether instances of this class have a `__del__` to run when their last reference goes.
    #[inline]
    pub fn finalizes(&self) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        self.has_del.load(Relaxed) || (LATE_DEL.load(Relaxed) && self.mro.iter().any(|c| c.has_del.load(Relaxed)))
    }

    /// Records that `__del__` is (now) in this class's namespace.
    pub fn gained_del(&self, late: bool) {
        use std::sync::atomic::Ordering::Relaxed;
        self.has_del.store(true, Relaxed);
        ANY_DEL.store(true, Relaxed);
        if late {
            LATE_DEL.store(true, Relaxed);
        }
    }
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// `__doc__`, which the program may assign (`p.__doc__ = 'text'`).
    pub doc: parking_lot::Mutex<Value>,
}

pub enum Payload {
    None,
    // The larger states are boxed: a payload stays two words, so an ordinary instance (no
    // payload) is small.
    Exception(Box<ObjCell<ExcData>>),
    Property(Box<Property>),
    /// staticmethod or classmethod: the wrapped callable.
    Wrapped(Value),
    Super {
        class: Arc<Class>,
        obj: Value,
    },
    Native(Box<dyn super::native::NativeData>),
    Local(Box<super::local::LocalState>),
    /// An instance of a user subclass of a built-in value type: the built-in value it is
    /// (a list for `class Stack(list)`), see vm/subclass.rs.
    Base(Value),
}

/// Where an instance keeps its attributes (its `__dict__`).
pub enum Attrs {
    /// None at all: a `__slots__`-only or built-in instance.
    Absent,
    /// A vector of values laid out by a shared shape (objects/shape.rs), one per key; the
    /// usual state, until something asks for the dict itself.
    Values(Arc<Shape>, Vec<Value>),
    /// A real dict: made from the values once `__dict__` is read or assigned, a name is deleted
    /// or the shape limits are passed; the instance then keeps it, as CPython 3.11 does.
    Dict(Arc<Dict>),
}

impl Drop for Attrs {
    /// The values go through the trash can, as a dict's do: a long chain of instances each
    /// holding the next is freed without deep recursion.
    fn drop(&mut self) {
        if let Attrs::Values(_, vals) = self
            && !vals.is_empty()
        {
            super::trashcan::release(std::mem::take(vals).into_iter());
        }
    }
}

pub struct Instance {
    /// Replaceable by `__class__` assignment (vm/class_assign.rs), so it sits in a `SwapSlot`:
    /// a read is one load, with no reference count and no lock, under every GIL policy.
    class: SwapSlot<Class>,
    /// The attributes (see `Attrs`), reached through the methods below.
    pub(super) attrs: ObjCell<Attrs>,
    pub payload: Payload,
    /// What few instances need (`__slots__` values, the finalised mark), out of line: an
    /// ordinary instance pays one word for it.
    extra: Option<Box<Extra>>,
}

/// The rarely used part of an `Instance`.
struct Extra {
    /// The values of the `__slots__` of the class and its bases (None: not set), indexed by
    /// their member descriptors.
    slots: Box<[ObjCell<Option<Value>>]>,
    /// `__del__` has been queued for this object (it runs once, as CPython's PEP 442).
    finalized: bool,
}

/// The out-of-line part for an instance with `n` slots (None when it needs none).
fn extra_for(n: usize, finalized: bool) -> Option<Box<Extra>> {
    (n > 0 || finalized).then(|| Box::new(Extra { slots: (0..n).map(|_| ObjCell::new(None)).collect(), finalized }))
}

impl Drop for Instance {
    /// An instance of a class with `__del__` is not freed yet: its state moves to a new
    /// instance queued on this thread, whose VM calls `__del__` at its next safe point
    /// (vm/finalize.rs); Python code never runs inside a drop, where locks may be held.
    fn drop(&mut self) {
        super::weakref::object_died(self as *const Instance as usize);
        if self.is_finalized() || !self.class_ref().finalizes() {
            return;
        }
        let slots = self.extra.take().map(|e| e.slots).unwrap_or_default();
        let revived = Arc::new(Instance {
            class: SwapSlot::new(Some(self.class())),
            attrs: ObjCell::new(std::mem::replace(self.attrs.get_mut(), Attrs::Absent)),
            payload: std::mem::replace(&mut self.payload, Payload::None),
            extra: Some(Box::new(Extra { slots, finalized: true })),
        });
        super::iter::pending::push_del(revived);
    }
}

impl Instance {
    pub fn new(class: Arc<Class>, payload: Payload) -> Arc<Instance> {
        let with_dict =
            if class.is_builtin { matches!(payload, Payload::Exception(_)) } else { class.layout.has_dict || matches!(payload, Payload::Exception(_)) };
        let attrs = if with_dict { Attrs::empty(&class) } else { Attrs::Absent };
        let extra = extra_for(class.layout.nslots, false);
        Arc::new(Instance { class: SwapSlot::new(Some(class)), attrs: ObjCell::new(attrs), payload, extra })
    }

    /// What a built-in type's constructor made, as an instance of `cls`: the value itself when `cls`
    /// is that built-in type (`builtin`), else wrapped in an instance of the subclass
    /// (`class MyChain(chain)`), whose payload it becomes.
    pub fn of_subclass(cls: &Arc<Class>, builtin: &Arc<Class>, made: Value) -> Value {
        if Arc::ptr_eq(cls, builtin) { made } else { Value::Instance(Instance::new(cls.clone(), Payload::Base(made))) }
    }

    /// An instance of a built-in class that still has a `__dict__` for its fields (records
    /// such as `sys.UnraisableHookArgs`).
    pub fn with_dict(class: Arc<Class>, payload: Payload) -> Arc<Instance> {
        let extra = extra_for(class.layout.nslots, false);
        let attrs = Attrs::empty(&class);
        Arc::new(Instance { class: SwapSlot::new(Some(class)), attrs: ObjCell::new(attrs), payload, extra })
    }

    /// The values of the `__slots__` of the class and its bases (None: not set), indexed by
    /// their member descriptors; empty for classes without slots.
    #[inline]
    pub fn slots(&self) -> &[ObjCell<Option<Value>>] {
        self.extra.as_ref().map_or(&[], |e| &e.slots)
    }

    /// Whether `__del__` has been queued for this object (it runs once, as CPython's PEP 442).
    pub fn is_finalized(&self) -> bool {
        self.extra.as_ref().is_some_and(|e| e.finalized)
    }

    /// The instance's class now (an owned handle).
    pub fn class(&self) -> Arc<Class> {
        self.class_ref().clone()
    }

    /// The instance's class now, borrowed for a short while (no reference count taken).
    #[inline]
    pub fn class_ref(&self) -> &Arc<Class> {
        self.class.get().expect("an instance is made with its class")
    }

    /// Makes `class` the instance's class (`__class__` assignment; the caller checked layouts).
    pub fn set_class(&self, class: Arc<Class>) {
        self.class.set(Some(class));
    }

    pub fn exc(&self) -> Option<&ObjCell<ExcData>> {
        match &self.payload {
            Payload::Exception(e) => Some(&**e),
            _ => None,
        }
    }

    pub fn native<T: 'static>(&self) -> Option<&T> {
        match &self.payload {
            Payload::Native(b) => b.downcast_ref::<T>(),
            _ => None,
        }
    }

    /// A natively backed instance's data, as the protocols the VM serves see it.
    pub fn native_data(&self) -> Option<&dyn super::native::NativeData> {
        match &self.payload {
            Payload::Native(b) => Some(&**b),
            _ => None,
        }
    }
}

/// C3 linearisation of `bases`; Err(()) when no consistent order exists.
pub fn c3_mro(bases: &[Arc<Class>]) -> Result<Vec<Arc<Class>>, ()> {
    let mut seqs: Vec<Vec<Arc<Class>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Arc::ptr_eq(c, cand)));
            if !in_tail {
                chosen = Some(cand.clone());
                break;
            }
        }
        let c = chosen.ok_or(())?;
        for s in seqs.iter_mut() {
            if Arc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The wrapped built-in value of `v`, whatever the class overrides (for built-in methods).
pub fn wrapped(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Base(inner) => Some(inner),
            _ => None,
        },
        _ => None,
    }
}

/// Methods of a class that need its handle (the class itself as one of a list).
impl Arc<Class> {
    pub fn is_subclass(&self, other: &Arc<Class>) -> bool {
        Arc::ptr_eq(self, other) || self.mro.iter().any(|c| Arc::ptr_eq(c, other))
    }

    /// The MRO including this class.
    pub fn full_mro(&self) -> Vec<Arc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.iter().cloned());
        v
    }
}

#[cfg(test)]
mod tests {
    use super::{Instance, Payload};

    #[test]
    fn an_ordinary_instance_stays_small() {
        // The boxed states keep the payload at three words at most (`Super`'s two and a tag).
        assert!(std::mem::size_of::<Payload>() <= 32, "Payload is {} bytes", std::mem::size_of::<Payload>());
        // The class, the attributes' cell (a lock word, a shape and a values vector), the
        // payload and the out-of-line part.
        assert!(std::mem::size_of::<Instance>() <= 88, "Instance is {} bytes", std::mem::size_of::<Instance>());
    }
}
