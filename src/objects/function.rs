//! Callables: functions made from code objects (with defaults and closure cells), methods bound to an
//! object, and built-in functions implemented in Rust.

use super::PyResult;
use super::dict::Dict;
use super::str::PyStr;
use super::value::{Cell, Value};
use crate::code::Code;
use crate::objects::Arc;
use crate::vm::Vm;
use parking_lot::Mutex;

/// Keyword arguments of a call, in the order given.
pub type KwArgs = Vec<(Arc<PyStr>, Value)>;

/// The keyword arguments of a call that passes none.
pub const NO_KWARGS: &KwArgs = &Vec::new();

/// A built-in's body: positional arguments (for a bound method, `self` first) and keywords.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

pub struct Function {
    pub code: Arc<Code>,
    pub globals: Arc<Dict>,
    pub name: Mutex<Arc<PyStr>>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Arc<PyStr>, Value)>,
    pub closure: Vec<Arc<Cell>>,
    /// `__dict__`, made on first use (`dict`): most functions never have attributes set, and
    /// a closure made per call then costs no dict (see `attr`).
    attrs: std::sync::OnceLock<Arc<Dict>>,
    pub doc: Value,
    /// `__annotations__`: the dict made at definition, or made empty on first use.
    pub annotations: Mutex<Option<Value>>,
    /// An assigned `__qualname__` (CPython keeps it in the function, not in its `__dict__`).
    pub assigned_qualname: Mutex<Option<Arc<PyStr>>>,
}

impl Function {
    /// A new function; its `__dict__` comes when first used.
    #[allow(clippy::too_many_arguments)] // the parts MakeFunction pops
    pub fn new(
        code: Arc<Code>,
        globals: Arc<Dict>,
        defaults: Vec<Value>,
        kwdefaults: Vec<(Arc<PyStr>, Value)>,
        closure: Vec<Arc<Cell>>,
        doc: Value,
        annotations: Option<Value>,
    ) -> Function {
        Function {
            name: Mutex::new(code.name.clone()),
            globals,
            defaults,
            kwdefaults,
            closure,
            attrs: std::sync::OnceLock::new(),
            doc,
            code,
            annotations: Mutex::new(annotations),
            assigned_qualname: Mutex::new(None),
        }
    }

    /// The qualified name it was defined with (its code's: a function stores none of its own;
    /// an assigned one is `assigned_qualname`, see `current_qualname`).
    pub fn qualname(&self) -> &str {
        &self.code.qualname
    }

    /// `__dict__`, made empty on first use.
    pub fn dict(&self) -> &Arc<Dict> {
        self.attrs.get_or_init(Dict::new)
    }

    /// An attribute set on the function, without making its dict.
    pub fn attr(&self, name: &PyStr) -> Option<Value> {
        self.attrs.get()?.get_str(name)
    }

    /// `__annotations__`, made (empty) the first time it is asked for, as in CPython.
    pub fn annotations(&self) -> Value {
        self.annotations.lock().get_or_insert_with(|| Value::Dict(Dict::new())).clone()
    }

    /// The qualified name, as last assigned to `__qualname__`.
    pub fn current_qualname(&self) -> String {
        match &*self.assigned_qualname.lock() {
            Some(s) => s.as_str().to_string(),
            None => self.qualname().to_string(),
        }
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method of a built-in type fetched from a value (`"ab".upper`): that value.
    pub bound: Option<Value>,
    /// The type the method belongs to (`Owner::Free` for a function of a namespace).
    pub owner: Owner,
    /// For a builtin that works on its caller's frame (`locals()`), which one: the VM gives it the frame.
    pub frame: Option<FrameBuiltin>,
    /// For a method of a core built-in type: its arity, checked before the native code runs.
    pub arity: Option<&'static crate::builtins::arity::Arity>,
}

/// The type a builtin is a method of, as a typed handle: code decides on the variant, and the
/// name (`Owner::name`) is only for reprs and messages (`<method 'upper' of 'str' objects>`).
/// The core types that code or the arity table (builtins/arity.rs) tells apart have their own
/// variant; every other type (a native module's class, an iterator type) is `Named`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Owner {
    /// A function of a namespace (the builtins, a module): not a method of any type.
    Free,
    /// `object`: the defaults every class inherits (`__init__`, `__repr__`, ...).
    Object,
    Type,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Bytearray,
    Tuple,
    List,
    Dict,
    Set,
    Frozenset,
    Range,
    Slice,
    BaseExceptionGroup,
    /// A built-in exception class (the slots each one defines itself, as CPython's do).
    Exception(super::ExcKind),
    /// Not a method either: the binding of an object a class holds as a special method
    /// (vm/special.rs), which calls that object the way CPython's slot would.
    SpecialBinding,
    /// Any other type, by its name (never compared: for reprs and messages only).
    Named(&'static str),
}

impl Owner {
    /// The type's name as reprs and messages show it.
    pub fn name(self) -> &'static str {
        match self {
            Owner::Free | Owner::SpecialBinding => "",
            Owner::Object => "object",
            Owner::Type => "type",
            Owner::Bool => "bool",
            Owner::Int => "int",
            Owner::Float => "float",
            Owner::Complex => "complex",
            Owner::Str => "str",
            Owner::Bytes => "bytes",
            Owner::Bytearray => "bytearray",
            Owner::Tuple => "tuple",
            Owner::List => "list",
            Owner::Dict => "dict",
            Owner::Set => "set",
            Owner::Frozenset => "frozenset",
            Owner::Range => "range",
            Owner::Slice => "slice",
            Owner::BaseExceptionGroup => "BaseExceptionGroup",
            Owner::Exception(kind) => kind.name(),
            Owner::Named(name) => name,
        }
    }

    /// Whether the builtin is a method of some type (bound to its receiver when looked up
    /// through an instance) rather than a free function.
    pub fn is_method(self) -> bool {
        !matches!(self, Owner::Free | Owner::SpecialBinding)
    }
}

/// The builtins that need the calling frame's local variables.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameBuiltin {
    Locals,
    Vars,
    Eval,
    Exec,
    /// sys._getframe(): its frame object shows the caller's local variables.
    GetFrame,
}

impl Builtin {
    #[allow(clippy::new_ret_no_self)] // builds the Builtin and wraps it in the Value that holds it
    pub fn new(name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin { name, func, bound: None, owner: Owner::Free, frame: None, arity: None }))
    }

    pub fn method(owner: Owner, name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin { name, func, bound: None, owner, frame: None, arity: crate::builtins::arity::lookup(owner, name) }))
    }

    /// A builtin function that works on its caller's frame (see `FrameBuiltin`).
    pub fn with_frame(name: &'static str, func: NativeFn, frame: FrameBuiltin) -> Value {
        Value::Builtin(Arc::new(Builtin { name, func, bound: None, owner: Owner::Free, frame: Some(frame), arity: None }))
    }
}

impl Drop for Function {
    /// Weak references to the function die with it (their callbacks are queued).
    fn drop(&mut self) {
        super::weakref::object_died(self as *const Function as usize);
    }
}
