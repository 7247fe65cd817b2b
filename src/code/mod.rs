//! Code objects: what the compiler makes and the VM runs. One per module, function, class body,
//! lambda and comprehension.

pub mod attrs;
pub mod disasm;
pub mod encoding;
pub mod fuse;
pub mod hints;
pub mod opcode;

use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::str::PyStr;
pub use opcode::{MakeFlags, Op};

/// A source file (or `-c` text, or REPL entry) kept for tracebacks.
pub struct Source {
    pub filename: String,
    pub text: String,
    line_starts: Vec<usize>,
    /// SyntaxWarnings the compiler found (byte range, message), issued by the VM after compiling.
    pub warnings: parking_lot::Mutex<Vec<((usize, usize), String)>>,
}

impl Source {
    pub fn new(filename: &str, text: &str) -> std::sync::Arc<Source> {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        std::sync::Arc::new(Source { filename: filename.to_string(), text: text.to_string(), line_starts, warnings: Default::default() })
    }

    /// Records a SyntaxWarning about a byte range.
    pub fn warn(&self, span: (usize, usize), message: String) {
        self.warnings.lock().push((span, message));
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Column (0-based, in characters) of a byte offset on its line.
    pub fn col_of(&self, offset: usize) -> usize {
        let line = self.line_of(offset) as usize;
        let start = self.line_starts[line - 1];
        self.text[start..offset.min(self.text.len())].chars().count()
    }

    /// The byte offset where a 1-based line starts.
    pub fn offset_of_line(&self, line: u32) -> Option<usize> {
        self.line_starts.get((line as usize).checked_sub(1)?).copied()
    }

    /// The text of a 1-based line, without its newline.
    pub fn line(&self, line: u32) -> Option<&str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(i)?;
        let end = self.line_starts.get(i + 1).copied().unwrap_or(self.text.len());
        Some(self.text[start..end].trim_end_matches(['\n', '\r']))
    }
}

/// Where an instruction came from in the source, for the `^^^` lines of a traceback (PEP 657):
/// the byte range of its expression and, for a binary operation or a subscript, the byte ranges
/// CPython 3.11 finds its `~~^~~` anchors in (see vm/traceback.rs).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Position {
    pub start: u32,
    pub end: u32,
    pub anchor: Anchor,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Anchor {
    #[default]
    None,
    /// A binary operation: the end of its left operand and the start of its right one.
    BinOp { left_end: u32, right_start: u32 },
    /// A subscript: the end of the subscripted value and of the index.
    Subscript { value_end: u32, slice_end: u32 },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeKind {
    Module,
    Function,
    Class,
}

/// The kind of resumable frame a generator-like function makes (CPython's CO_GENERATOR,
/// CO_COROUTINE, CO_ASYNC_GENERATOR).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Flavor {
    #[default]
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl Flavor {
    /// How CPython's messages name such objects ("async generator already executing").
    pub fn described(self) -> &'static str {
        match self {
            Flavor::Generator => "generator",
            Flavor::Coroutine => "coroutine",
            Flavor::AsyncGenerator => "async generator",
        }
    }
}

pub struct Code {
    pub name: Arc<PyStr>,
    pub qualname: String,
    pub source: std::sync::Arc<Source>,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    /// The source line of each op.
    pub lines: Vec<u32>,
    /// The source range of each op (tracebacks).
    pub positions: Vec<Position>,
    pub first_line: u32,
    pub consts: Vec<Value>,
    pub names: Vec<Arc<PyStr>>,
    /// Where each of `names` was last found in a dict (hints.rs).
    pub hints: hints::Hints,
    /// Local variable slots: parameters first.
    pub varnames: Vec<Arc<PyStr>>,
    pub cellvars: Vec<Arc<PyStr>>,
    pub freevars: Vec<Arc<PyStr>>,
    /// For each cellvar that is also a parameter: the parameter's slot.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    /// What calling the function makes when `generator` is set: a generator, a coroutine or an
    /// async generator.
    pub flavor: Flavor,
    pub doc: Option<String>,
}

impl Code {
    pub fn filename(&self) -> &str {
        &self.source.filename
    }
}
