//! Exceptions as values: the built-in hierarchy (as CPython's), the state each exception instance carries
//! (args, traceback, cause, context), and `PyErr`, the Rust error type that carries one up the stack.

use super::class::{Class, Instance, Payload};
use super::types::types;
use super::value::Value;
use crate::code::Code;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;

/// One line of a traceback: a code object and the line being run in it.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<Code>,
    pub line: u32,
    /// The source range of the instruction that was running (the traceback's `^^^` line).
    pub pos: crate::code::Position,
    /// The instruction that was running (`tb_lasti`).
    pub lasti: u32,
    /// The frame's globals (`tb_frame.f_globals`).
    pub globals: Arc<crate::objects::dict::Dict>,
    pub frame_id: u64,
    /// A function frame's variables when the exception passed through it (`tb_frame.f_locals`).
    pub locals: Option<std::sync::Arc<FrameLocals>>,
}

/// A function frame's local slots and cells, kept by a traceback entry (as CPython's traceback
/// keeps the frame alive); made into the `f_locals` dict only when asked for.
pub struct FrameLocals {
    pub values: Vec<Option<Value>>,
    pub cells: Vec<Arc<super::value::Cell>>,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// The frames the exception passed through, innermost first (`__traceback__` is made from
    /// them on demand: see vm/traceback_object.rs).
    pub traceback: Vec<TbEntry>,
    /// The traceback objects made so far for `traceback[..tb_objects.len()]` (kept so that
    /// `e.__traceback__ is e.__traceback__`); cleared whenever `traceback` is replaced.
    pub tb_objects: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// An exception group's `message` and `exceptions` (a tuple), set by its `__new__`.
    pub group: Option<(Value, Value)>,
}

/// Expands the list of built-in exception classes into `ExcKind` (one variant per class, in creation
/// order: a base before its subclasses).
macro_rules! exc_kinds {
    ($($name:ident $(: $base:ident)?,)*) => {
        /// A built-in exception class, as a typed handle: `types().exc(ExcKind::OSError)` is its class.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum ExcKind {
            $($name,)*
        }

        impl ExcKind {
            /// Every built-in exception class, bases first.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name,)*];

            /// The class's Python name.
            pub fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$name => stringify!($name),)*
                }
            }

            /// Whether the class is a name in builtins (io.UnsupportedOperation lives in io only).
            pub fn in_builtins(self) -> bool {
                self != ExcKind::UnsupportedOperation
            }

            /// The class's base (`None` for BaseException).
            pub fn base(self) -> Option<ExcKind> {
                match self {
                    $(ExcKind::$name => exc_base!($($base)?),)*
                }
            }
        }
    };
}

macro_rules! exc_base {
    () => {
        None
    };
    ($base:ident) => {
        Some(ExcKind::$base)
    };
}

exc_kinds! {
    BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
    BaseExceptionGroup: BaseException,
    // Exception is its second base (types.rs).
    ExceptionGroup: BaseExceptionGroup,
    // After ValueError, its second base (types.rs).
    UnsupportedOperation: OSError,
}

/// An exception on its way up the Rust stack. `value` is always an exception instance.
#[derive(Clone)]
pub struct PyErr {
    pub value: Value,
}

impl PyErr {
    pub fn from_value(value: Value) -> PyErr {
        PyErr { value }
    }

    /// A new instance of the built-in exception `kind` with the given args.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr { value: new_exception(types().exc(kind), args) }
    }

    /// A new instance of the built-in exception `kind` with one message argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        Self::with_args(kind, vec![Value::string(msg.into())])
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        Self::new(ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        Self::new(ExcKind::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        Self::new(ExcKind::IndexError, msg)
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        Self::new(ExcKind::AttributeError, msg)
    }
    pub fn runtime(msg: impl Into<String>) -> PyErr {
        Self::new(ExcKind::RuntimeError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        Self::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        Self::new(ExcKind::ZeroDivisionError, msg)
    }
    /// `NameError: name 'x' is not defined`, with its `name` set (CPython sets it on the
    /// NameErrors the interpreter raises, for the "Did you mean" hint).
    pub fn name_error(name: &str) -> PyErr {
        Self::new(ExcKind::NameError, format!("name '{name}' is not defined")).with_field("name", Value::str(name))
    }

    /// The exception with `key` set in its instance dict (a field its raiser fills in:
    /// NameError.name, AttributeError.name and .obj).
    pub fn with_field(self, key: &str, value: Value) -> PyErr {
        if let Value::Instance(i) = &self.value {
            let _ = i.set_attr(&crate::objects::str::intern(key), value);
        }
        self
    }
    pub fn key_error(key: Value) -> PyErr {
        Self::with_args(ExcKind::KeyError, vec![key])
    }
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        Self::with_args(ExcKind::StopIteration, value.into_iter().collect())
    }

    pub fn instance(&self) -> &Arc<Instance> {
        match &self.value {
            Value::Instance(i) => i,
            _ => unreachable!("an exception is always an instance"),
        }
    }

    pub fn class(&self) -> Arc<Class> {
        self.instance().class()
    }

    pub fn data(&self) -> crate::gil_cell::CellGuard<'_, ExcData> {
        self.instance().exc().expect("exception payload").lock()
    }

    /// Whether this exception is an instance of the built-in exception class `kind` or of a subclass.
    pub fn matches(&self, kind: ExcKind) -> bool {
        self.class().is_subclass(types().exc_ref(kind))
    }
}

pub fn new_exception(class: Arc<Class>, args: Vec<Value>) -> Value {
    if super::os_error::is_os_error(&class) {
        let class = super::os_error::class_for_args(class, &args);
        let inst = Instance::new(class.clone(), Payload::Exception(Box::new(ObjCell::new(ExcData::default()))));
        if let (Some(dict), Some(exc)) = (inst.dict(), inst.exc()) {
            exc.lock().args = super::os_error::read_args(&class, &dict, args);
        }
        return Value::Instance(inst);
    }
    let data = ExcData { args, ..Default::default() };
    Value::Instance(Instance::new(class, Payload::Exception(Box::new(ObjCell::new(data)))))
}
