//! Exceptions as values: the built-in hierarchy (as CPython's), the state each exception instance carries
//! (args, traceback, cause, context), and `PyErr`, the Rust error type that carries one up the stack.

use super::class::{Class, Instance, Payload};
use super::types::types;
use super::value::Value;
use crate::code::Code;
use parking_lot::Mutex;
use std::sync::Arc;

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
}

/// The built-in exception classes and their bases, in creation order.
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("UnsupportedOperation", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// An exception on its way up the Rust stack. `value` is always an exception instance.
#[derive(Clone)]
pub struct PyErr {
    pub value: Value,
}

impl PyErr {
    pub fn from_value(value: Value) -> PyErr {
        PyErr { value }
    }

    /// A new instance of the built-in exception `name` with the given args.
    pub fn with_args(name: &str, args: Vec<Value>) -> PyErr {
        let class = types().exc(name);
        PyErr { value: new_exception(class, args) }
    }

    pub fn new(name: &str, msg: impl Into<String>) -> PyErr {
        Self::with_args(name, vec![Value::string(msg.into())])
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        Self::new("TypeError", msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        Self::new("ValueError", msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        Self::new("IndexError", msg)
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        Self::new("AttributeError", msg)
    }
    pub fn runtime(msg: impl Into<String>) -> PyErr {
        Self::new("RuntimeError", msg)
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        Self::new("OverflowError", msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        Self::new("ZeroDivisionError", msg)
    }
    pub fn name_error(name: &str) -> PyErr {
        Self::new("NameError", format!("name '{name}' is not defined"))
    }
    pub fn key_error(key: Value) -> PyErr {
        Self::with_args("KeyError", vec![key])
    }
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        Self::with_args("StopIteration", value.into_iter().collect())
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

    pub fn data(&self) -> parking_lot::MutexGuard<'_, ExcData> {
        self.instance().exc().expect("exception payload").lock()
    }

    /// Whether this exception is an instance of the built-in exception class `name`.
    pub fn is(&self, name: &str) -> bool {
        self.class().is_subclass(&types().exc(name))
    }
}

pub fn new_exception(class: Arc<Class>, args: Vec<Value>) -> Value {
    let data = ExcData { args, ..Default::default() };
    Value::Instance(Instance::new(class, Payload::Exception(Mutex::new(data))))
}
