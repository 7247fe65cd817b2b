//! The virtual machine. `Interp` is what all threads share (modules, builtins, the GIL, standard
//! streams); `Vm` is one thread's state (its exception stack, recursion depth, GIL countdown).
//! The eval loop never blocks while holding the GIL: blocking calls go through `Vm::allow_threads`.

pub mod attr;
pub mod call;
pub mod eval;
pub mod format;
pub mod frame;
pub mod import;
pub mod iter;
pub mod ops;
pub mod protocol;
pub mod stdio;
pub mod traceback;

use crate::code::{Code, Source};
use crate::gil::{Gil, ThreadStats};
use crate::lexer::SyntaxErrorInfo;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use parking_lot::Mutex;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
#[allow(unused_imports)]
use crate::objects::PyErr as _PyErr;
use std::sync::Arc;

pub struct Interp {
    pub builtins: Arc<Dict>,
    /// sys.modules
    pub modules: Arc<Dict>,
    pub recursion_limit: AtomicUsize,
    pub gil: Gil,
    pub stdio: stdio::Stdio,
    /// The folder of the main script (sys.path[0]).
    pub main_dir: Mutex<PathBuf>,
    pub argv: Mutex<Vec<String>>,
}

pub struct Vm {
    pub interp: Arc<Interp>,
    pub depth: usize,
    /// Exceptions currently being handled (innermost last): sys.exc_info() and implicit chaining.
    pub exc_stack: Vec<Value>,
    /// Instructions left before the next GIL check.
    pub ticks: i32,
    pub next_frame_id: u64,
    pub stats: Arc<ThreadStats>,
    /// The globals of each running frame, innermost last (for globals(), dir(), vars()).
    pub globals_stack: Vec<Arc<Dict>>,
}

impl Interp {
    pub fn new(gil: Gil, argv: Vec<String>, main_dir: PathBuf) -> Arc<Interp> {
        Arc::new(Interp {
            builtins: Dict::new(),
            modules: Dict::new(),
            recursion_limit: AtomicUsize::new(1000),
            gil,
            stdio: stdio::Stdio::new(),
            main_dir: Mutex::new(main_dir),
            argv: Mutex::new(argv),
        })
    }
}

/// Compiles source text to a module code object.
pub fn compile_source(src: &str, filename: &str, interactive: bool) -> Result<Arc<Code>, (SyntaxErrorInfo, Arc<Source>)> {
    let source = Source::new(filename, src);
    let ast = crate::parser::parse_module(src).map_err(|e| (e, source.clone()))?;
    crate::compiler::compile_module(&ast, source.clone(), interactive).map_err(|e| (e, source))
}

impl Vm {
    pub fn new(interp: Arc<Interp>, stats: Arc<ThreadStats>) -> Vm {
        let ticks = interp.gil.interval_ticks();
        Vm { interp, depth: 0, exc_stack: Vec::new(), ticks, next_frame_id: 1, stats, globals_stack: Vec::new() }
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    /// Runs a module's code in `globals`.
    pub fn run_code(&mut self, code: Arc<Code>, globals: Arc<Dict>) -> PyResult<Value> {
        let frame = self.new_frame(code, globals, None);
        self.run_frame_boxed(frame)
    }

    pub fn new_module_dict(&self, name: &str) -> Arc<Dict> {
        let d = Dict::new();
        d.set_str(intern("__name__"), Value::str(name));
        d.set_str(intern("__builtins__"), Value::Dict(self.interp.builtins.clone()));
        d.set_str(intern("__doc__"), Value::None);
        d
    }

    /// Raises SyntaxError (or IndentationError / TabError) as an exception value.
    pub fn syntax_error(&self, e: &SyntaxErrorInfo, source: &Source) -> PyErr {
        let line = source.line_of(e.offset);
        let text = source.line(line).unwrap_or("").to_string();
        let err = PyErr::new(e.kind, e.msg.clone());
        if let Value::Instance(inst) = &err.value {
            if let Some(d) = &inst.dict {
                d.set_str(intern("filename"), Value::str(&source.filename));
                d.set_str(intern("lineno"), Value::Int(line as i64));
                d.set_str(intern("offset"), Value::Int(source.col_of(e.offset) as i64 + 1));
                let end = e.end.map(|x| source.col_of(x) as i64 + 1).unwrap_or(0);
                d.set_str(intern("end_offset"), Value::Int(end));
                d.set_str(intern("text"), Value::string(text));
                d.set_str(intern("msg"), Value::str(&e.msg));
            }
        }
        err
    }
}

impl Vm {
    /// Runs `f` with the GIL released (a blocking call), then takes the GIL back.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.interp.gil.release(&self.stats, false);
        let r = f();
        self.interp.gil.acquire(&self.stats);
        r
    }

    pub fn current_globals(&self) -> Arc<Dict> {
        self.globals_stack.last().cloned().unwrap_or_else(Dict::new)
    }

    /// An attribute of the sys module, if it has been created.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        match self.interp.modules.get_str(&intern("sys"))? {
            Value::Module(m) => m.dict.get_str(&intern(name)),
            _ => None,
        }
    }

    /// super() with no arguments is compiled to super(__class__, first_arg); this is never reached.
    pub fn implicit_super(&mut self) -> PyResult<(Arc<crate::objects::class::Class>, Value)> {
        Err(PyErr::runtime("super(): no arguments"))
    }
}
