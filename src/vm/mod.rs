//! The virtual machine. `Interp` is what all threads share (modules, builtins, the GIL, standard
//! streams); `Vm` is one thread's state (its exception stack, recursion depth, GIL countdown).
//! The eval loop never blocks while holding the GIL: blocking calls go through `Vm::allow_threads`.

pub mod attr;
pub mod build;
pub mod call;
pub mod class_assign;
pub mod compile_warnings;
pub mod coroutine;
pub mod eval;
pub mod eval_cold;
pub mod except_star;
pub mod excepthook;
pub mod exceptions;
pub mod fast_path;
pub mod finalize;
pub mod format;
pub mod format_spec;
pub mod frame_object;
pub mod frame_pool;
pub mod import;
pub mod iter;
pub mod make_function;
pub mod metaclass;
pub mod method_cache;
pub mod module_class;
pub mod names;
pub mod operand_order;
pub mod ops;
pub mod panic_guard;
pub mod pattern;
pub mod percent_format;
pub mod protocol;
pub mod special;
pub mod stack;
pub mod stack_board;
pub mod stdio;
pub mod str_append;
pub mod subclass;
pub mod suggestions;
pub mod tool_iter;
pub mod trace;
pub mod traceback;
pub mod traceback_object;
pub mod unpack;
pub mod with_protocol;

use crate::code::{Code, Source};
use crate::gil::{Gil, ThreadStats};
use crate::lexer::{SyntaxErrorInfo, SyntaxKind};
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use parking_lot::Mutex;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

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
    /// The id the next thread gets (the main thread is `gil::MAIN_THREAD_ID`).
    pub next_thread_id: std::sync::atomic::AtomicU64,
    /// Threads started by `_thread` that have not finished.
    pub running_threads: AtomicUsize,
    /// Which thread loads which module now (import/locks.rs).
    pub import_locks: import::locks::ImportLocks,
    /// Each thread's stack as it last published it (`sys._current_frames`).
    pub stacks: stack_board::StackBoard,
}

pub struct Vm {
    pub interp: std::sync::Arc<Interp>,
    pub depth: usize,
    /// Exceptions currently being handled (innermost last): sys.exc_info() and implicit chaining.
    pub exc_stack: Vec<Value>,
    /// Instructions left before the next GIL check; at or below 0, the check is due and is made at
    /// the next switch point (see `gil::SwitchPoints`).
    pub ticks: i32,
    /// The policy switches at any instruction (`legacy`), not only at CPython 3.11's switch points.
    pub switch_anywhere: bool,
    pub next_frame_id: u64,
    pub stats: std::sync::Arc<ThreadStats>,
    /// Each running frame, innermost last (the first `frame_depth` entries; see `frame_infos`):
    /// its globals (for globals(), dir(), vars()) and, for frames that are calling out, the
    /// instruction of the call (for warnings and stack inspection). Entries past the depth are
    /// kept for the next call at that depth, which usually runs the same code.
    frames: Vec<FrameInfo>,
    frame_depth: usize,
    /// The countdown value `ticks` was last reset to, so instructions are counted exactly.
    pub tick_budget: i32,
    /// Finished frames kept for reuse (see `Vm::new_frame`).
    // Boxed so that taking a frame from the pool moves a pointer, not the frame's inline arrays.
    #[allow(clippy::vec_box)]
    pub frame_pool: Vec<Box<crate::objects::frame::Frame>>,
    /// Class lookups remembered by this thread (see `method_cache.rs`).
    pub method_cache: method_cache::MethodCache,
    /// Where the error being raised points, when not at the whole instruction (see LoadFastAttr).
    pub error_position: Option<crate::code::Position>,
    /// The containers whose repr is being made on this thread (CPython's `Py_ReprEnter`): one
    /// met again inside itself shows as `[...]`, `{...}`.
    pub repr_active: Vec<usize>,
    /// sys.settrace / sys.setprofile hooks of this thread (see trace.rs); None while there are none.
    pub trace: Option<Box<trace::TraceState>>,
    /// This thread's entry on `Interp::stacks` (see stack_board.rs).
    published: stack_board::Published,
}

/// What native code may see of a running frame.
pub struct FrameInfo {
    pub code: Arc<Code>,
    pub globals: Arc<Dict>,
    /// The frame's `Frame::id`.
    pub id: u64,
    /// Where the frame lives while it runs (read by `frame.f_locals`, see `with_running_frame`).
    view: crate::unsafe_os::FrameView,
}

impl FrameInfo {
    /// The instruction the frame runs now (a call, for all but the innermost frame).
    pub fn running_lasti(&self) -> usize {
        self.view.read(|frame| frame.shown.lasti())
    }
}

/// A blocking wait ended by Ctrl-C (only the main thread is interrupted).
pub struct Interrupted;

impl Interp {
    pub fn new(gil: Gil, argv: Vec<String>, main_dir: PathBuf) -> std::sync::Arc<Interp> {
        std::sync::Arc::new(Interp {
            builtins: Dict::new(),
            modules: Dict::new(),
            recursion_limit: AtomicUsize::new(1000),
            gil,
            stdio: stdio::Stdio::new(),
            main_dir: Mutex::new(main_dir),
            argv: Mutex::new(argv),
            next_thread_id: std::sync::atomic::AtomicU64::new(crate::gil::MAIN_THREAD_ID + 1),
            running_threads: AtomicUsize::new(0),
            import_locks: Default::default(),
            stacks: Default::default(),
        })
    }
}

/// Compiles source text to a module code object.
pub fn compile_source(src: &str, filename: &str, interactive: bool) -> Result<Arc<Code>, (SyntaxErrorInfo, std::sync::Arc<Source>)> {
    let source = Source::new(filename, src);
    let ast = crate::parser::parse_module(src).map_err(|e| (e, source.clone()))?;
    crate::compiler::compile_tree(ast, src.len(), |ast| crate::compiler::compile_module(ast, source.clone(), interactive)).map_err(|e| (e, source))
}

impl Vm {
    pub fn new(interp: std::sync::Arc<Interp>, stats: std::sync::Arc<ThreadStats>) -> Vm {
        let ticks = interp.gil.interval_ticks();
        let switch_anywhere = interp.gil.policy.switch_points() == crate::gil::SwitchPoints::Anywhere;
        let published = interp.stacks.register(stats.id);
        Vm {
            interp,
            depth: 0,
            exc_stack: Vec::new(),
            ticks,
            switch_anywhere,
            // Frame ids are unique across threads (a traceback's frame is found among the running ones by id).
            next_frame_id: (stats.id << 40) | 1,
            stats,
            frames: Vec::new(),
            frame_depth: 0,
            tick_budget: ticks,
            frame_pool: Vec::new(),
            method_cache: Default::default(),
            error_position: None,
            repr_active: Vec::new(),
            trace: None,
            published,
        }
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    /// Runs a module's code in `globals`.
    pub fn run_code(&mut self, code: Arc<Code>, globals: Arc<Dict>) -> PyResult<Value> {
        let frame = self.new_frame(&code, &globals, None);
        self.run_frame_boxed(frame)
    }

    pub fn new_module_dict(&self, name: &str) -> Arc<Dict> {
        let d = Dict::new();
        d.set_str(crate::name!("__name__").clone(), Value::str(name));
        d.set_str(crate::name!("__builtins__").clone(), Value::Dict(self.interp.builtins.clone()));
        d.set_str(crate::name!("__doc__").clone(), Value::None);
        d
    }

    /// Raises SyntaxError (or IndentationError / TabError) as an exception value.
    pub fn syntax_error(&self, e: &SyntaxErrorInfo, source: &Source) -> PyErr {
        // Source nested too deeply to compile: no location, as CPython.
        match e.kind {
            SyntaxKind::Memory => return PyErr::with_args(ExcKind::MemoryError, Vec::new()),
            SyntaxKind::Recursion => return PyErr::new(ExcKind::RecursionError, e.msg.clone()),
            _ => {}
        }
        let line = source.line_of(e.offset);
        // As CPython's tokenizer gives it: the line with its newline.
        let text = source.line(line).unwrap_or("").to_string();
        let text = if text.ends_with('\n') { text } else { format!("{text}\n") };
        let kind = match e.kind {
            SyntaxKind::Syntax => ExcKind::SyntaxError,
            SyntaxKind::Indentation => ExcKind::IndentationError,
            SyntaxKind::Tab => ExcKind::TabError,
            SyntaxKind::Memory => ExcKind::MemoryError,
            SyntaxKind::Recursion => ExcKind::RecursionError,
        };
        let at_dedent = matches!(e.end, Some(SyntaxErrorInfo::AT_DEDENT | SyntaxErrorInfo::AT_ENDMARKER));
        let offset = Value::Int(if at_dedent { 0 } else { source.col_of(e.offset) as i64 + 1 });
        // No end known: the start line and 0, as CPython reports it.
        let end =
            e.end.filter(|x| ![SyntaxErrorInfo::NO_END, SyntaxErrorInfo::END_UNSET, SyntaxErrorInfo::AT_DEDENT, SyntaxErrorInfo::AT_ENDMARKER].contains(x));
        let end_line = Value::Int(end.map_or(line, |x| source.line_of(x)) as i64);
        // (an IndentationError from the tokenizer has end_offset -1, as CPython's)
        let unknown_end = if e.kind == SyntaxKind::Indentation || e.end.is_some() { -1 } else { 0 };
        let end_offset = match e.end {
            Some(SyntaxErrorInfo::END_UNSET) => Value::None,
            Some(SyntaxErrorInfo::AT_ENDMARKER) => Value::Int(0),
            _ => Value::Int(end.map(|x| source.col_of(x) as i64 + 1).unwrap_or(unknown_end)),
        };
        let (filename, text) = (Value::str(&source.filename), Value::string(text));
        // args as CPython's: (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
        let details = Value::tuple(vec![filename.clone(), Value::Int(line as i64), offset.clone(), text.clone(), end_line.clone(), end_offset.clone()]);
        let err = PyErr::with_args(kind, vec![Value::str(&e.msg), details]);
        if let Value::Instance(inst) = &err.value
            && let Some(d) = inst.dict()
        {
            d.set_str(crate::name!("filename").clone(), filename);
            d.set_str(crate::name!("lineno").clone(), Value::Int(line as i64));
            d.set_str(crate::name!("offset").clone(), offset);
            d.set_str(crate::name!("end_lineno").clone(), end_line);
            d.set_str(crate::name!("end_offset").clone(), end_offset);
            d.set_str(crate::name!("text").clone(), text);
            d.set_str(crate::objects::str::intern("print_file_and_line"), Value::None);
            d.set_str(crate::name!("msg").clone(), Value::str(&e.msg));
        }
        err
    }
}

impl Vm {
    /// Runs `f` with the GIL released (a blocking call), then takes the GIL back.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.publish_stack();
        self.interp.gil.release(&self.stats, crate::gil::Release::Blocking);
        let (gil, stats) = (&self.interp.gil, &self.stats);
        let r = panic_guard::with_reacquire(f, || gil.acquire(stats));
        self.interp.gil.acquire(&self.stats);
        r
    }

    /// The thread that ran the script: the one Ctrl-C interrupts.
    pub fn is_main_thread(&self) -> bool {
        self.stats.id == crate::gil::MAIN_THREAD_ID
    }

    /// A blocking wait with the GIL released. `attempt(until)` blocks until it succeeds (Some) or
    /// `until` passes (None); `deadline` None waits for ever. The main thread waits in short slices
    /// so that Ctrl-C turns into KeyboardInterrupt even while it is blocked, as in CPython.
    pub fn blocking<T>(&mut self, deadline: Option<Instant>, attempt: impl FnMut(Option<Instant>) -> Option<T>) -> PyResult<Option<T>> {
        self.blocking_after_spin(deadline, 0, None, attempt)
    }

    /// As `blocking`, for a lock that thread `holder` took (0: not known). The GIL goes to the
    /// holder first if it waits for it (`Gil::release_for_holder`); then this thread spins
    /// briefly until `seen_free()`, and when that is how the wait ended, spins for the GIL back
    /// too (see `sync::spin`: the releaser runs on another CPU and will soon let go of both).
    pub fn blocking_on_lock<T>(
        &mut self,
        deadline: Option<Instant>,
        holder: u64,
        mut seen_free: impl FnMut() -> bool,
        attempt: impl FnMut(Option<Instant>) -> Option<T>,
    ) -> PyResult<Option<T>> {
        self.blocking_after_spin(deadline, holder, Some(&mut seen_free), attempt)
    }

    fn blocking_after_spin<T>(
        &mut self,
        deadline: Option<Instant>,
        holder: u64,
        seen_free: Option<&mut dyn FnMut() -> bool>,
        mut attempt: impl FnMut(Option<Instant>) -> Option<T>,
    ) -> PyResult<Option<T>> {
        use crate::modules::signals::INTERRUPTED;
        use crate::sync::spin::{LOCK_SPIN, spin_until};
        let main = self.is_main_thread();
        let slice = Duration::from_millis(20);
        self.publish_stack();
        self.interp.gil.release_for_holder(&self.stats, holder);
        let mut spun = seen_free.is_some_and(|free| spin_until(LOCK_SPIN, deadline, free));
        // A signal handler that returns lets the wait go on (PEP 475); one that raises ends it.
        loop {
            let r = loop {
                let until = match (main, deadline) {
                    (false, d) => d,
                    (true, None) => Some(Instant::now() + slice),
                    (true, Some(d)) => Some(d.min(Instant::now() + slice)),
                };
                let (gil, stats) = (&self.interp.gil, &self.stats);
                if let Some(v) = panic_guard::with_reacquire(|| attempt(until), || gil.acquire(stats)) {
                    break Ok(Some(v));
                }
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    break Ok(None);
                }
                if main && INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed) {
                    break Err(Interrupted);
                }
            };
            if spun {
                self.interp.gil.acquire_soon(&self.stats);
            } else {
                self.interp.gil.acquire(&self.stats);
            }
            match r {
                Ok(v) => return Ok(v),
                Err(Interrupted) => {
                    crate::modules::signals::check_interrupt(self)?;
                    spun = false;
                    self.interp.gil.release_for_holder(&self.stats, holder);
                }
            }
        }
    }

    /// Adds the instructions run since the last count to this thread's statistics.
    pub fn flush_ticks(&mut self) {
        let ran = (self.tick_budget - self.ticks).max(0) as u64;
        self.stats.instructions.fetch_add(ran, std::sync::atomic::Ordering::Relaxed);
        self.tick_budget = self.ticks;
    }

    /// The GIL checkpoint, reached every `interval` instructions.
    pub fn gil_checkpoint(&mut self) -> PyResult<()> {
        self.flush_ticks();
        if self.interp.gil.has_waiters() {
            // The GIL may go to another thread here (stack_board.rs).
            self.publish_stack();
        }
        self.interp.gil.checkpoint(&self.stats);
        self.ticks = self.interp.gil.interval_ticks();
        if self.trace.is_some() {
            // A hook is set (trace.rs): every instruction takes the slow path.
            self.ticks = 0;
        }
        self.tick_budget = self.ticks;
        if crate::unsafe_os::memory_ran_out() {
            return Err(ops::memory_error());
        }
        crate::modules::signals::check_interrupt(self)
    }

    /// The running frames, innermost last.
    pub fn frame_infos(&self) -> &[FrameInfo] {
        &self.frames[..self.frame_depth]
    }

    /// Records that a frame starts running (see `frames`).
    #[inline(always)]
    fn enter_frame(&mut self, frame: &crate::objects::frame::Frame) {
        let (code, globals, id) = (&frame.code, &frame.globals, frame.id);
        let view = crate::unsafe_os::FrameView::of(frame);
        let depth = self.frame_depth;
        self.frame_depth += 1;
        if let Some(f) = self.frames.get_mut(depth) {
            f.id = id;
            f.view = view;
            if !Arc::ptr_eq(&f.code, code) {
                f.code = code.clone();
            }
            if !Arc::ptr_eq(&f.globals, globals) {
                f.globals = globals.clone();
            }
            return;
        }
        self.frames.push(FrameInfo { code: code.clone(), globals: globals.clone(), id, view });
    }

    /// Runs `f` on the running frame `id` of this thread, if it is running (its variables, for
    /// `frame.f_locals`; see `unsafe_os::FrameView`).
    pub fn with_running_frame<R>(&self, id: u64, f: impl FnOnce(&FrameInfo, crate::unsafe_os::RunningParts<'_>) -> R) -> Option<R> {
        let info = self.frame_infos().iter().rev().find(|info| info.id == id)?;
        Some(info.view.read(|parts| f(info, parts)))
    }

    fn leave_frame(&mut self) {
        self.frame_depth -= 1;
    }

    pub fn current_globals(&self) -> Arc<Dict> {
        self.frame_infos().last().map(|f| f.globals.clone()).unwrap_or_default()
    }

    /// An attribute of the sys module, if it has been created.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        match self.interp.modules.get_str(crate::name!("sys"))? {
            Value::Module(m) => m.dict.get_str(&intern(name)),
            _ => None,
        }
    }

    /// Runs `f` to make the repr of container `v`, or returns `again` when that repr is
    /// already being made on this thread (a container that holds itself).
    pub fn repr_guard(&mut self, v: &Value, again: &str, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
        let Some(id) = v.ptr() else { return f(self) };
        if self.repr_active.contains(&id) {
            return Ok(again.to_string());
        }
        self.repr_active.push(id);
        let r = f(self);
        if let Some(at) = self.repr_active.iter().rposition(|x| *x == id) {
            self.repr_active.remove(at);
        }
        r
    }

    /// super() with no arguments is compiled to super(__class__, first_arg) where the function has
    /// both; here it had not: CPython's RuntimeError for the running function.
    pub fn implicit_super(&mut self) -> PyResult<(Arc<crate::objects::class::Class>, Value)> {
        let has_args = self.frame_infos().last().is_some_and(|f| f.code.argcount > 0 || f.code.varargs);
        Err(PyErr::runtime(if has_args { "super(): __class__ cell not found" } else { "super(): no arguments" }))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A VM on a fresh interpreter (GIL off), for unit tests of VM-level code.
    pub fn test_vm() -> Vm {
        let interp = Interp::new(Gil::new(crate::gil::Policy::Off, 1000, 0), Vec::new(), PathBuf::from("."));
        crate::builtins::install(&interp.builtins);
        let stats = std::sync::Arc::new(ThreadStats::new(1, "MainThread"));
        Vm::new(interp, stats)
    }
}
