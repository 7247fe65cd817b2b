//! Frame objects as `sys._getframe()` and tracebacks (`tb_frame`) return them: made only on demand
//! from the running thread's frame records (`Vm::frame_infos`) or from an exception's traceback
//! entries, never on the path of an ordinary call. A frame object holds a snapshot of the stack
//! below it: `f_back` (made on first use, then kept) is the caller's frame at that moment.
//! `f_lineno`, read while the frame still runs (frame ids are unique across threads), is its
//! current line (the line of its latest call: the records are updated at call sites only);
//! otherwise the line of the snapshot.
//! `f_locals` is the namespace of a module or class frame; of a function frame still running on
//! this thread, a dict refreshed from its slots and cells at each access (CPython's
//! `PyFrame_FastToLocals`; the frame's own `locals()` dict when it made one), read through the
//! view its thread recorded when it started (`Vm::with_running_frame`, nothing per call).
//! A frame object made while its frame runs registers in the frame's `Shown::last`: each time
//! the frame stops (returns, raises, yields) while the object is held, it leaves its variables
//! and position there (`keep_last_state`), so the object shows the values at return, as
//! CPython's. Otherwise (a frame that had finished, or from another thread) it is the last
//! snapshot taken: a traceback entry's, or the last shown.
//! `f_lineno` and `f_lasti` of a running frame read its current instruction the same way.
//! `f_trace` and `f_trace_lines` are the running frame's tracing state (vm/trace.rs).

use super::Vm;
use crate::builtins::args::check_args;
use crate::builtins::native_class::NativeClass;
use crate::code::{Code, CodeKind};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::dict::Dict;
use crate::objects::exceptions::{FrameLocals, TbEntry};
use crate::objects::frame::{Frame, LastSeen, LastState, WeakValue};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use std::sync::OnceLock;

/// One running frame as it was when the snapshot was taken.
struct Snapshot {
    code: Arc<Code>,
    globals: Arc<Dict>,
    line: u32,
    lasti: u32,
    /// The frame's id (`Frame::id`): finds the frame among the running ones.
    id: u64,
    /// A function frame's variables, when the eval loop handed them over.
    locals: Option<Arc<Dict>>,
}

/// A frame object: entry `index` of a snapshot of the stack (outermost first).
pub struct FrameObject {
    chain: std::sync::Arc<Vec<Snapshot>>,
    index: usize,
    back: OnceLock<Value>,
    /// The thread whose stack this is (`ThreadStats::id`).
    thread: u64,
    /// The `f_locals` dict of a function frame, once shown: kept as the last snapshot.
    last_locals: OnceLock<Arc<Dict>>,
    /// Where the frame left its state when it stopped, if it ran when this object was made.
    last: Option<std::sync::Arc<LastSeen>>,
}

impl FrameObject {
    fn here(&self) -> &Snapshot {
        &self.chain[self.index]
    }
}

/// The frame `depth` calls up from the innermost running frame (0: the caller of the native
/// function asking), as `sys._getframe(depth)`.
pub fn getframe(vm: &Vm, depth: usize) -> PyResult<Value> {
    let infos = vm.frame_infos();
    let Some(index) = infos.len().checked_sub(depth + 1) else {
        return Err(PyErr::value_error("call stack is not deep enough"));
    };
    let chain: Vec<Snapshot> = infos[..=index].iter().map(snapshot).collect();
    Ok(new_frame_object(vm, std::sync::Arc::new(chain), index, vm.stats.id))
}

/// The frame object of the innermost running frame, showing `locals` as its f_locals.
pub fn running_frame(vm: &Vm, locals: Option<Arc<Dict>>) -> Value {
    let infos = vm.frame_infos();
    let chain: Vec<Snapshot> = infos.iter().map(snapshot).collect();
    let mut chain = chain;
    let Some(last) = chain.last_mut() else { return Value::None };
    last.locals = locals;
    let index = chain.len() - 1;
    new_frame_object(vm, std::sync::Arc::new(chain), index, vm.stats.id)
}

/// The frame object of a suspended generator or coroutine (`gi_frame`, `cr_frame`): a snapshot of
/// that frame alone, at the line it is paused on.
pub fn suspended_frame(vm: &Vm, frame: &Frame) -> Value {
    let locals = (frame.code.kind == CodeKind::Function).then(|| {
        let d = Dict::new();
        super::names::refresh_locals(&frame.code, &frame.locals, &frame.cells, &d);
        d
    });
    let snap = Snapshot { code: frame.code.clone(), globals: frame.globals.clone(), line: frame.line(), lasti: frame.lasti() as u32, id: frame.id, locals };
    let last = frame.shown.get().last.get_or_init(registered).clone();
    frame_object_value(FrameObject {
        chain: std::sync::Arc::new(vec![snap]),
        index: 0,
        back: OnceLock::new(),
        thread: vm.stats.id,
        last_locals: OnceLock::new(),
        last: Some(last),
    })
}

/// What a frame object made while its frame runs registers there: `keep_last_state` runs when
/// the frame stops.
fn registered() -> std::sync::Arc<LastSeen> {
    std::sync::Arc::new(LastSeen::new(keep_last_state))
}

/// The frame `frame` stops running, and a frame object made while it ran registered `last`:
/// if that object is still held, it keeps the frame's variables and position as they are now.
/// With no cycle collector, a variable through which that object can be reached (`f =
/// sys._getframe()`, `stack = inspect.stack()`) is only kept weakly: keeping it would keep the
/// frame's variables alive forever (CPython keeps it; its collector frees the cycle). It shows
/// while something else holds it.
#[cold]
fn keep_last_state(frame: &Frame, last: &std::sync::Arc<LastSeen>) {
    if std::sync::Arc::strong_count(last) < 2 {
        return;
    }
    let mut weak = Vec::new();
    let locals = frame.locals_now().map(|l| {
        let mut scan = Scan { budget: CYCLE_SCAN_BUDGET, seen: Vec::new() };
        let mut leave_out = |i: usize, v: &Value, scan: &mut Scan| {
            let cyclic = reaches_frame_object(v, last, scan);
            if cyclic && let Some(w) = WeakValue::of(v) {
                weak.push((i, w));
            }
            cyclic
        };
        let values = l.values.iter().enumerate().map(|(i, v)| v.clone().filter(|v| !leave_out(i, v, &mut scan))).collect();
        let cells = l.cells.iter().enumerate().map(|(i, c)| match c.0.lock().clone() {
            Some(v) if leave_out(l.values.len() + i, &v, &mut scan) => crate::objects::value::Cell::new(None),
            _ => c.clone(),
        });
        std::sync::Arc::new(FrameLocals { values, cells: cells.collect() })
    });
    last.set(LastState { locals, weak: std::sync::Arc::new(weak), lasti: frame.lasti() });
}

/// How many objects `keep_last_state` looks at before it gives up and leaves the rest out.
const CYCLE_SCAN_BUDGET: usize = 512;

/// The objects `reaches_frame_object` may still look at, and the containers it has seen.
struct Scan {
    budget: usize,
    seen: Vec<usize>,
}

/// Whether a frame object registered with `last` can be reached from `v` through tuples, lists,
/// dicts, instances (their attributes, slots and built-in base value) and frame objects' `f_back`
/// (true as well once the budget is spent: then `v` is not kept).
fn reaches_frame_object(v: &Value, last: &std::sync::Arc<LastSeen>, scan: &mut Scan) -> bool {
    if !matches!(v, Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Instance(_)) {
        return false;
    }
    let Some(ptr) = v.ptr() else { return false };
    if scan.seen.contains(&ptr) {
        return false;
    }
    if scan.budget == 0 {
        return true;
    }
    scan.budget -= 1;
    scan.seen.push(ptr);
    let any = |items: &[Value], scan: &mut Scan| items.iter().any(|x| reaches_frame_object(x, last, scan));
    match v {
        Value::Tuple(t) => any(t, scan),
        Value::List(l) => {
            let items = l.items.lock().clone();
            any(&items, scan)
        }
        Value::Dict(d) => any(&d.values(), scan),
        Value::Instance(i) => {
            if let Some(f) = i.native::<FrameObject>() {
                return f.last.as_ref().is_some_and(|o| std::sync::Arc::ptr_eq(o, last)) || f.back.get().is_some_and(|b| reaches_frame_object(b, last, scan));
            }
            if let Payload::Base(b) = &i.payload
                && reaches_frame_object(b, last, scan)
            {
                return true;
            }
            let slots: Vec<Value> = i.slots().iter().filter_map(|s| s.lock().clone()).collect();
            any(&slots, scan) || any(&i.attr_values(), scan)
        }
        _ => false,
    }
}

/// A running frame as it is now: at the instruction it runs (a call, for all but the innermost).
fn snapshot(f: &super::FrameInfo) -> Snapshot {
    let lasti = f.running_lasti();
    let line = f.code.lines.get(lasti).copied().unwrap_or(f.code.first_line);
    Snapshot { code: f.code.clone(), globals: f.globals.clone(), line, lasti: lasti as u32, id: f.id, locals: None }
}

/// The frame objects of a traceback's entries (innermost first, as `ExcData::traceback`), one
/// per entry; entries of one frame share its object. Their chain runs from the outermost entry's
/// frame inwards, below the frames that called it if it still runs; a frame's line is that of
/// its latest entry.
pub fn traceback_frames(vm: &Vm, entries: &[TbEntry]) -> Vec<Value> {
    let mut chain: Vec<Snapshot> = Vec::new();
    if let Some(outer) = entries.last() {
        let infos = vm.frame_infos();
        if let Some(at) = infos.iter().rposition(|f| f.id == outer.frame_id) {
            chain.extend(infos[..at].iter().map(snapshot));
        }
    }
    let first_tb = chain.len();
    // Outermost entry first; the latest entry of each frame is the one seen first.
    for e in entries.iter().rev() {
        if !chain[first_tb..].iter().any(|s| s.id == e.frame_id) {
            let locals = e.locals.as_ref().map(|l| locals_dict(&e.code, l));
            chain.push(Snapshot { code: e.code.clone(), globals: e.globals.clone(), line: e.line, lasti: e.lasti, id: e.frame_id, locals });
        }
    }
    let chain = std::sync::Arc::new(chain);
    let mut made: Vec<(u64, Value)> = Vec::new();
    let frames: Vec<Value> = entries
        .iter()
        .map(|e| {
            if let Some((_, v)) = made.iter().find(|(id, _)| *id == e.frame_id) {
                return v.clone();
            }
            let index = first_tb + chain[first_tb..].iter().position(|s| s.id == e.frame_id).unwrap_or(0);
            let v = new_frame_object(vm, chain.clone(), index, vm.stats.id);
            made.push((e.frame_id, v.clone()));
            v
        })
        .collect();
    // Each frame's f_back is the frame object of the entry outside it (`tb.tb_frame` identity).
    for (_, v) in &made {
        let Ok(f) = this(std::slice::from_ref(v)) else { continue };
        if let Some(index) = f.index.checked_sub(1)
            && let Some(outer) = made.iter().find(|(_, o)| this(std::slice::from_ref(o)).is_ok_and(|o| o.index == index))
        {
            let _ = f.back.set(outer.1.clone());
        }
    }
    frames
}

/// The code, globals and line of a frame object (for a traceback object made by hand).
pub fn frame_parts(v: &Value) -> Option<(Arc<Code>, Arc<Dict>, u64)> {
    let f = this(std::slice::from_ref(v)).ok()?;
    let here = f.here();
    Some((here.code.clone(), here.globals.clone(), here.id))
}

/// A frame object for entry `index` of `chain`; if that frame still runs on this thread, the
/// object registers for its last state.
fn new_frame_object(vm: &Vm, chain: std::sync::Arc<Vec<Snapshot>>, index: usize, thread: u64) -> Value {
    let id = chain[index].id;
    let last = if vm.stats.id == thread { vm.with_running_frame(id, |_, frame| frame.shown.last.get_or_init(registered).clone()) } else { None };
    frame_object_value(FrameObject { chain, index, back: OnceLock::new(), thread, last_locals: OnceLock::new(), last })
}

fn frame_object_value(obj: FrameObject) -> Value {
    Value::Instance(Instance::new(frame_class().clone(), Payload::Native(Box::new(obj))))
}

/// How the frame was when it last stopped, if it ran when the object was made and has stopped
/// since.
fn last_state(f: &FrameObject) -> Option<LastState> {
    f.last.as_ref()?.get()
}

fn this(a: &[Value]) -> PyResult<&FrameObject> {
    match a.first() {
        Some(Value::Instance(i)) => i.native::<FrameObject>().ok_or_else(|| PyErr::type_error("descriptor requires a 'frame' object")),
        _ => Err(PyErr::type_error("descriptor requires a 'frame' object")),
    }
}

/// If `v` is a frame object: its frame and the frames that called it, outermost first, as
/// (code, line) pairs (for `traceback.format_stack(f)`).
pub fn frame_chain(vm: &Vm, v: &Value) -> Option<Vec<(Arc<Code>, u32)>> {
    let f = this(std::slice::from_ref(v)).ok()?;
    Some(f.chain[..=f.index].iter().enumerate().map(|(i, s)| (s.code.clone(), current_line(vm, f, i))).collect())
}

fn f_code(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Code(this(a)?.here().code.clone()))
}

fn f_lineno(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    Ok(Value::Int(current_line(vm, f, f.index) as i64))
}

/// The line of entry `i` of a frame object's chain: live if that frame still runs.
fn current_line(vm: &Vm, f: &FrameObject, i: usize) -> u32 {
    let snap = &f.chain[i];
    if vm.stats.id == f.thread
        && let Some(line) = vm.traced_call_line(snap.id)
    {
        return line;
    }
    let lasti = running_lasti(vm, f, snap).or_else(|| (i == f.index).then(|| last_state(f).map(|s| s.lasti)).flatten());
    match lasti {
        Some(lasti) => snap.code.lines.get(lasti).copied().unwrap_or(snap.code.first_line),
        None => snap.line,
    }
}

/// The instruction a frame object's frame `snap` is running, if it still runs on this thread.
fn running_lasti(vm: &Vm, f: &FrameObject, snap: &Snapshot) -> Option<usize> {
    if vm.stats.id != f.thread {
        return None;
    }
    vm.with_running_frame(snap.id, |_, frame| frame.shown.lasti())
}

fn f_lasti(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let snap = f.here();
    let lasti = running_lasti(vm, f, snap).or_else(|| last_state(f).map(|s| s.lasti)).map_or(snap.lasti as i64, |lasti| lasti as i64);
    Ok(Value::Int(lasti * 2))
}

/// The id of the frame a frame object shows, if it runs on this thread (tracing state is per thread).
fn own_frame_id(vm: &Vm, a: &[Value]) -> PyResult<Option<u64>> {
    let f = this(a)?;
    Ok((vm.stats.id == f.thread).then(|| f.here().id))
}

fn f_trace(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(own_frame_id(vm, a)?.map_or(Value::None, |id| vm.frame_local_trace(id)))
}

fn set_f_trace(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if let Some(id) = own_frame_id(vm, a)? {
        let f = this(a)?;
        let code = f.here().code.clone();
        let at = running_lasti(vm, f, f.here()).map(|pc| (code.lines.get(pc).copied().unwrap_or(code.first_line), pc));
        vm.set_frame_local_trace(id, a.get(1).cloned().unwrap_or(Value::None), at);
    }
    Ok(Value::None)
}

fn f_trace_lines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(own_frame_id(vm, a)?.is_none_or(|id| vm.frame_trace_lines(id))))
}

fn set_f_trace_lines(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let on = match a.get(1) {
        Some(Value::Bool(b)) => *b,
        _ => return Err(PyErr::type_error("attribute value type must be bool")),
    };
    if let Some(id) = own_frame_id(vm, a)? {
        vm.set_frame_trace_lines(id, on);
    }
    Ok(Value::None)
}

fn f_globals(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(this(a)?.here().globals.clone()))
}

fn f_builtins(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(vm.interp.builtins.clone()))
}

fn f_locals(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let here = f.here();
    if vm.stats.id == f.thread {
        let running = vm.with_running_frame(here.id, |info, frame| {
            if info.code.kind != CodeKind::Function {
                return frame.shown.namespace.clone().unwrap_or_else(|| info.globals.clone());
            }
            // The frame's own `locals()` dict when it has one, so that both show the same object.
            let d = frame.shown.locals_dict.get().cloned().or_else(|| here.locals.clone()).unwrap_or_else(|| f.last_locals.get_or_init(Dict::new).clone());
            super::names::refresh_locals(&info.code, frame.locals, frame.cells, &d);
            d
        });
        if let Some(d) = running {
            if here.code.kind == CodeKind::Function {
                let _ = f.last_locals.set(d.clone());
            }
            return Ok(Value::Dict(d));
        }
    }
    // The frame stopped after this object was made: its variables then.
    if let Some(LastState { locals: Some(l), weak, .. }) = last_state(f) {
        let d = f.last_locals.get().or(here.locals.as_ref()).cloned().unwrap_or_else(|| f.last_locals.get_or_init(Dict::new).clone());
        super::names::refresh_locals(&here.code, &l.values, &l.cells, &d);
        // The variables that lead back to this object, if something else keeps them alive.
        let names = || here.code.varnames.iter().chain(&here.code.cellvars).chain(&here.code.freevars);
        for (i, w) in weak.iter() {
            if let (Some(name), Some(v)) = (names().nth(*i), w.get()) {
                d.set_str(name.clone(), v);
            }
        }
        let _ = f.last_locals.set(d.clone());
        return Ok(Value::Dict(d));
    }
    if let Some(locals) = here.locals.as_ref().or_else(|| f.last_locals.get()) {
        return Ok(Value::Dict(locals.clone()));
    }
    match here.code.kind {
        CodeKind::Module => Ok(Value::Dict(here.globals.clone())),
        // A frame that finished before its variables were ever asked for: they are gone.
        _ => Ok(Value::Dict(f.last_locals.get_or_init(Dict::new).clone())),
    }
}

/// The `f_locals` dict of a function frame from its slots and cells (unbound ones left out).
fn locals_dict(code: &Code, l: &FrameLocals) -> Arc<Dict> {
    let d = Dict::new();
    for (name, value) in code.varnames.iter().zip(&l.values) {
        if let Some(v) = value {
            d.set_str(name.clone(), v.clone());
        }
    }
    for (name, cell) in code.cellvars.iter().chain(&code.freevars).zip(&l.cells) {
        if let Some(v) = cell.0.lock().clone() {
            d.set_str(name.clone(), v);
        }
    }
    d
}

/// `frame.clear()`: drops the variables a finished frame's object still shows; a running
/// frame cannot be cleared.
fn clear(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("clear", a, k, 1, 1)?;
    let f = this(a)?;
    let here = f.here();
    if vm.stats.id == f.thread && vm.frame_infos().iter().any(|f| f.id == here.id) {
        return Err(PyErr::new(ExcKind::RuntimeError, "cannot clear an executing frame"));
    }
    for d in here.locals.iter().chain(f.last_locals.get()) {
        d.clear();
    }
    if let Some(last) = &f.last {
        last.set(LastState { locals: None, weak: Default::default(), lasti: last.get().map_or(here.lasti as usize, |s| s.lasti) });
    }
    Ok(Value::None)
}

fn f_back(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    if f.index == 0 {
        return Ok(Value::None);
    }
    Ok(f.back.get_or_init(|| new_frame_object(vm, f.chain.clone(), f.index - 1, f.thread)).clone())
}

/// Two frame objects made for the same frame (each `sys._getframe()` or `f_back` makes a new
/// object) compare equal and hash alike, so debuggers can recognise a frame (bdb, pdb).
fn eq(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    Ok(match this(a.get(1..).unwrap_or(&[])) {
        Ok(other) => Value::Bool(f.thread == other.thread && f.here().id == other.here().id),
        Err(_) => Value::NotImplemented,
    })
}

fn ne(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(match eq(vm, a, k)? {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn hash(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    Ok(Value::Int((f.here().id ^ f.thread.rotate_left(32)) as i64 & i64::MAX))
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let here = f.here();
    let id = f as *const FrameObject as usize;
    let line = current_line(vm, f, f.index);
    Ok(Value::string(format!("<frame at {id:#x}, file '{}', line {line}, code {}>", here.code.filename(), here.code.name.as_str())))
}

pub fn frame_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let props: &[(&'static str, NativeFn)] = &[
            ("f_code", f_code),
            ("f_lineno", f_lineno),
            ("f_lasti", f_lasti),
            ("f_globals", f_globals),
            ("f_builtins", f_builtins),
            ("f_locals", f_locals),
            ("f_back", f_back),
        ];
        let writable: &[(&'static str, NativeFn, NativeFn)] = &[("f_trace", f_trace, set_f_trace), ("f_trace_lines", f_trace_lines, set_f_trace_lines)];
        let methods: &[(&'static str, NativeFn)] = &[("__repr__", repr), ("__eq__", eq), ("__ne__", ne), ("__hash__", hash), ("clear", clear)];
        NativeClass::new("builtins", "frame").properties(props).writable_properties(writable).methods(methods).build()
    })
}

/// `sys._getframe([depth])`.
pub fn sys_getframe(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_getframe", a, k, 0, 1)?;
    let depth = match a.first() {
        Some(v @ (Value::Int(_) | Value::Bool(_))) => vm.index_value(v)?,
        Some(Value::Float(_)) => {
            return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
        }
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    // A negative depth is the innermost frame, as in CPython.
    getframe(vm, depth.max(0) as usize)
}

/// `sys._current_frames()`: each thread's innermost frame, by thread id: this thread's as it runs,
/// the others' from the stacks they published when they let go of the GIL (stack_board.rs:
/// code, line, globals, and a function frame's variables as they were then, the ones alive).
pub fn sys_current_frames(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sys._current_frames", a, k, 0, 0)?;
    let d = Dict::new();
    for (thread, stack) in vm.interp.stacks.all() {
        let frame = if thread == vm.stats.id {
            if vm.frame_infos().is_empty() {
                continue;
            }
            getframe(vm, 0)?
        } else {
            let Some(index) = stack.len().checked_sub(1) else { continue };
            let chain = stack
                .iter()
                .map(|p| {
                    let line = p.code.lines.get(p.lasti).copied().unwrap_or(p.code.first_line);
                    Snapshot { code: p.code.clone(), globals: p.globals.clone(), line, lasti: p.lasti as u32, id: p.id, locals: p.locals_dict() }
                })
                .collect();
            new_frame_object(vm, std::sync::Arc::new(chain), index, thread)
        };
        d.set(vm, Value::Int(thread as i64), frame)?;
    }
    Ok(Value::Dict(d))
}
// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for FrameObject {}
