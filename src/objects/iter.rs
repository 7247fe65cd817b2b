//! Iterator objects: one type with a state per kind (sequence, range, dict, set, zip, map, generator...).
//! The VM advances them (vm/iter.rs); kinds that call back into user code are taken out of the lock first.

use super::dict::Dict;
use super::frame::Frame;
use super::set::Set;
use super::value::Value;
use crate::code::Flavor;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;
use crate::objects::iter_kind::IterKind;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

impl DictPart {
    /// What an iterator over this part yields for an entry.
    pub fn pick(self, key: Value, value: Value) -> Value {
        match self {
            DictPart::Keys => key,
            DictPart::Values => value,
            DictPart::Items => Value::tuple(vec![key, value]),
        }
    }
}

pub enum IterState {
    /// list, tuple, str, bytes by index (a list iterator sees appends, as in CPython).
    Seq {
        seq: Value,
        index: usize,
    },
    Range(super::range::RangeCursor),
    /// A dict's entries in order from `pos`, as CPython's: an error once its size is not `len`
    /// any more, or when more entries turn up than the `left` still expected (keys changed).
    Dict {
        dict: Arc<Dict>,
        pos: usize,
        part: DictPart,
        len: usize,
        left: usize,
    },
    /// `reversed(d)` and the reversed views: a dict's entries backwards from just before `pos`,
    /// as CPython's: an error once its size is not `len` (sticky).
    DictReverse {
        dict: Arc<Dict>,
        pos: usize,
        part: DictPart,
        len: usize,
    },
    /// An OrderedDict's iterators (collections.py's `__iter__`, views and `__reversed__`).
    Ordered(Box<OrderedWalk>),
    Set {
        set: Arc<Set>,
        pos: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        /// The next index: an int, a big int past 64 bits (`enumerate(x, 2**100)`).
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        /// `zip(..., strict=True)`: iterables of different lengths are a ValueError.
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    /// An object with only `__getitem__`: indexes until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Generator(Box<Frame>),
    /// An awaitable stepping an async generator: `asend`/`__anext__`, `athrow` or `aclose`.
    AsyncStep(Box<AsyncStep>),
    /// What a coroutine's `__await__()` returns: an iterator over the coroutine.
    CoroWrapper(Arc<PyIter>),
    /// `anext(ait, default)`: awaits `inner`, ending with `default` on StopAsyncIteration.
    AnextDefault {
        inner: Value,
        default: Value,
    },
    /// An iterator a native module implements (a deque's, an array's): it steps itself, without
    /// running user code.
    Native(Box<dyn NativeIter>),
    /// An iterator a native module implements that runs user code as it steps (itertools'
    /// `chain`, `starmap`, `islice`...): stepped with the VM's help (`StepContext`).
    Tool(Box<dyn ToolIter>),
    /// A generator (or callback iterator) whose step is in progress on some thread.
    Running,
    Exhausted,
}

/// Where an OrderedDict's iterator is. As CPython's: keys added, removed or moved (the dict's
/// `version` changed) end it with "OrderedDict mutated during iteration", another change of size
/// is "OrderedDict changed size during iteration" (sticky); a change after the last item is
/// not noticed, since the iterator already knows it is at the end.
pub struct OrderedWalk {
    pub dict: Arc<Dict>,
    /// The position of the next entry to look at: forwards the first candidate, backwards one
    /// past it.
    pub pos: usize,
    pub part: DictPart,
    pub reverse: bool,
    pub version: u64,
    /// The size when the iterator was made; None once it was seen to change (sticky).
    pub len: Option<usize>,
}

impl OrderedWalk {
    pub fn new(dict: &Arc<Dict>, part: DictPart, reverse: bool) -> OrderedWalk {
        let t = dict.table.lock();
        let pos = if reverse { t.entries.len() } else { 0 };
        OrderedWalk { dict: dict.clone(), pos, part, reverse, version: t.version, len: Some(t.used) }
    }
}

/// The state of an iterator over a native module's container: it reads the container live and
/// reports changes made under it (CPython's "deque mutated during iteration").
pub trait NativeIter: Send + Sync {
    /// The next item, None at the end, or the error a change of the container makes.
    fn step(&mut self) -> super::PyResult<Option<Value>>;
    /// What `__length_hint__` says: how many items are still expected.
    fn length_hint(&self) -> usize;
}

/// What a `ToolIter` may ask of the interpreter while it steps (the VM implements it).
pub trait StepContext {
    /// `iter(v)`.
    fn iter_of(&mut self, v: &Value) -> super::PyResult<Value>;
    /// `next(it)`, None at the end.
    fn next_of(&mut self, it: &Value) -> super::PyResult<Option<Value>>;
    /// `f(*args)`.
    fn call(&mut self, f: &Value, args: &[Value]) -> super::PyResult<Value>;
    /// `bool(v)`.
    fn truthy(&mut self, v: &Value) -> super::PyResult<bool>;
    /// `a + b`.
    fn add(&mut self, a: &Value, b: &Value) -> super::PyResult<Value>;
    /// The items of an iterable, in a list of its own.
    fn collect(&mut self, v: &Value) -> super::PyResult<Vec<Value>>;
    /// `repr(v)`.
    fn repr_of(&mut self, v: &Value) -> super::PyResult<String>;
    /// `a == b`, as a truth.
    fn equal(&mut self, a: &Value, b: &Value) -> super::PyResult<bool>;
}

/// The state of an iterator a native module implements whose steps run user code.
pub trait ToolIter: Send + Sync {
    /// The next item, None at the end.
    fn step(&mut self, cx: &mut dyn StepContext) -> super::PyResult<Option<Value>>;
    /// What `__length_hint__` says, when the iterator knows.
    fn length_hint(&self) -> Option<usize> {
        None
    }
    /// Whether the state stays once the iterator has ended (for its repr: `repeat(7, 0)`);
    /// otherwise it is dropped, with what it holds.
    fn keeps_state_at_end(&self) -> bool {
        false
    }
    /// The repr, for the iterators CPython shows by their arguments (`repeat(1, 3)`).
    fn repr(&self, _cx: &mut dyn StepContext) -> Option<super::PyResult<String>> {
        None
    }
}

/// Which of an async generator's methods made an `AsyncStep` awaitable.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AsyncStepKind {
    /// `asend(v)` / `__anext__()`: ends with the next value, or StopAsyncIteration.
    Send,
    /// `athrow(exc)`: raises exc where the generator is paused; ends with what it yields next.
    Throw,
    /// `aclose()`: raises GeneratorExit there; the generator must not yield again.
    Close,
}

/// The state of an `AsyncStep` awaitable.
pub struct AsyncStep {
    pub agen: Arc<PyIter>,
    pub kind: AsyncStepKind,
    /// What the first step sends in (a value, or the exception to throw); None once started.
    pub first: Option<(Value, Option<super::PyErr>)>,
}

pub struct PyIter {
    pub state: ObjCell<IterState>,
    /// Which iterator type this is (its Python-visible name: `kind.name()`).
    pub kind: IterKind,
    /// For generators: the function's name, for repr.
    pub name: String,
    /// Generators, coroutines and async generators (objects running a frame of a function of
    /// that flavor): which of them; None for every other iterator.
    pub flavor: Option<Flavor>,
}

impl IterState {
    /// Iteration over a dict's keys, values or items from the start.
    pub fn over_dict(dict: &Arc<Dict>, part: DictPart) -> IterState {
        let len = dict.len();
        IterState::Dict { dict: dict.clone(), pos: 0, part, len, left: len }
    }

    /// Iteration over a dict's keys, values or items from the end (`reversed`).
    pub fn over_dict_reversed(dict: &Arc<Dict>, part: DictPart) -> IterState {
        let t = dict.table.lock();
        IterState::DictReverse { dict: dict.clone(), pos: t.entries.len(), part, len: t.used }
    }
}

impl PyIter {
    #[allow(clippy::new_ret_no_self)] // builds the iterator and wraps it in the Value that holds it
    pub fn new(kind: IterKind, state: IterState) -> Value {
        Value::Iter(Arc::new(PyIter { state: ObjCell::new(state), kind, name: String::new(), flavor: None }))
    }

    /// The generator, coroutine or async generator running `frame` (by its code's flavor),
    /// known by the function's qualified name `name`.
    pub fn of_frame(frame: Box<Frame>, name: String) -> Arc<PyIter> {
        let flavor = frame.code.flavor;
        Arc::new(PyIter { state: ObjCell::new(IterState::Generator(frame)), kind: IterKind::from(flavor), name, flavor: Some(flavor) })
    }

    /// A generator over the frame of any flavor dropped while suspended, for the VM to close
    /// it: throwing GeneratorExit in runs its `finally` blocks (an async generator's `aclose`
    /// would need an event loop).
    pub fn for_closing(frame: Box<Frame>, name: String) -> Arc<PyIter> {
        let flavor = Flavor::Generator;
        Arc::new(PyIter { state: ObjCell::new(IterState::Generator(frame)), kind: IterKind::from(flavor), name, flavor: Some(flavor) })
    }

    /// Whether this is a generator, coroutine or async generator (not another iterator).
    pub fn runs_frame(&self) -> bool {
        self.flavor.is_some()
    }

    pub fn is(&self, flavor: Flavor) -> bool {
        self.flavor == Some(flavor)
    }

    /// One step of the iterators `for` meets most (range, list, tuple), for the eval loop's
    /// ForIter without the general `next`: Some(Some(v)) an item, Some(None) the end, None when
    /// this is another kind (the VM's `next` then).
    #[inline]
    pub fn step_simple(&self) -> Option<Option<Value>> {
        let mut st = self.state.lock();
        let v = match &mut *st {
            IterState::Range(cursor) => return Some(cursor.next()),
            IterState::Seq { seq: Value::List(l), index } => {
                let v = l.items.lock().get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Seq { seq: Value::Tuple(t), index } => {
                let v = t.get(*index).cloned();
                *index += 1;
                v
            }
            _ => return None,
        };
        if v.is_none() {
            *st = IterState::Exhausted;
        }
        Some(v)
    }
}

/// Generators dropped while paused inside a `try` or `with` block: their frames wait here until the
/// VM of this thread runs their `finally`/`__exit__` by closing them (vm/finalize.rs), as CPython
/// closes a generator when its last reference goes.
pub mod pending {
    use crate::objects::Arc;
    use crate::objects::class::Instance;
    use crate::objects::frame::Frame;
    use std::cell::{Cell, RefCell};

    thread_local! {
        static FRAMES: RefCell<Vec<(Box<Frame>, String)>> = const { RefCell::new(Vec::new()) };
        static ANY: Cell<bool> = const { Cell::new(false) };
    }

    pub fn push(frame: Box<Frame>, name: String) {
        // A thread that is exiting has no VM left to run it: then it is just dropped.
        let _ = FRAMES.try_with(|f| f.borrow_mut().push((frame, name)));
        let _ = ANY.try_with(|a| a.set(true));
    }

    /// Whether any generator waits to be closed (cheap: checked after instructions that drop values).
    #[inline]
    pub fn any() -> bool {
        ANY.try_with(|a| a.get()).unwrap_or(false)
    }

    pub fn take() -> Vec<(Box<Frame>, String)> {
        let _ = ANY.try_with(|a| a.set(false));
        FRAMES.try_with(|f| std::mem::take(&mut *f.borrow_mut())).unwrap_or_default()
    }

    thread_local! {
        /// Qualified names of coroutines dropped before they ever ran (RuntimeWarning
        /// "coroutine '...' was never awaited").
        static NEVER_AWAITED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    pub fn push_never_awaited(name: String) {
        let _ = NEVER_AWAITED.try_with(|d| d.borrow_mut().push(name));
        let _ = ANY.try_with(|a| a.set(true));
    }

    pub fn take_never_awaited() -> Vec<String> {
        NEVER_AWAITED.try_with(|d| std::mem::take(&mut *d.borrow_mut())).unwrap_or_default()
    }

    thread_local! {
        /// Instances whose last reference went, waiting for their `__del__` (objects/class.rs).
        static DELS: RefCell<Vec<Arc<Instance>>> = const { RefCell::new(Vec::new()) };
    }

    pub fn push_del(inst: Arc<Instance>) {
        // On a thread that is exiting the object is freed without its finaliser.
        let _ = DELS.try_with(|d| d.borrow_mut().push(inst));
        let _ = ANY.try_with(|a| a.set(true));
    }

    thread_local! {
        /// Callbacks of weak references whose referent was freed, with the weakref objects
        /// they are called with (objects/weakref.rs).
        static WEAK_CALLBACKS: RefCell<Vec<(crate::objects::Value, crate::objects::Value)>> = const { RefCell::new(Vec::new()) };
    }

    pub fn push_weak_callback(callback: crate::objects::Value, weakref: crate::objects::Value) {
        let _ = WEAK_CALLBACKS.try_with(|d| d.borrow_mut().push((callback, weakref)));
        let _ = ANY.try_with(|a| a.set(true));
    }

    /// The weakref callbacks to call, in the order their referents died.
    pub fn take_weak_callbacks() -> Vec<(crate::objects::Value, crate::objects::Value)> {
        WEAK_CALLBACKS.try_with(|d| std::mem::take(&mut *d.borrow_mut())).unwrap_or_default()
    }

    /// Drops everything queued here without running it (a thread that is ending: its `Vm` is
    /// gone), while the thread still holds the GIL; dropping may queue more, so until empty.
    pub fn discard_all() {
        loop {
            let frames = take();
            let dels = take_dels();
            let callbacks = take_weak_callbacks();
            let _ = take_never_awaited();
            if frames.is_empty() && dels.is_empty() && callbacks.is_empty() {
                return;
            }
            drop((frames, dels, callbacks));
        }
    }

    /// The instances to finalise, oldest first (the caller has cleared `ANY` through `take`).
    pub fn take_dels() -> Vec<Arc<Instance>> {
        DELS.try_with(|d| std::mem::take(&mut *d.borrow_mut())).unwrap_or_default()
    }
}

impl Drop for PyIter {
    fn drop(&mut self) {
        super::weakref::object_died(self as *const PyIter as usize);
        let coroutine = self.is(Flavor::Coroutine);
        let state = self.state.get_mut();
        if coroutine && matches!(state, IterState::Generator(frame) if !frame.started) {
            pending::push_never_awaited(std::mem::take(&mut self.name));
            return;
        }
        if let IterState::Generator(frame) = state
            && frame.started
            && !frame.blocks.is_empty()
        {
            let IterState::Generator(frame) = std::mem::replace(state, IterState::Exhausted) else { return };
            pending::push(frame, self.name.clone());
        }
    }
}
