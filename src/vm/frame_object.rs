//! Frame objects as `sys._getframe()` returns them: made only on demand from the running thread's
//! frame records (`Vm::frame_infos`), never on the path of an ordinary call. A frame object holds
//! a snapshot of the stack below it: `f_back` (made on first use, then kept) is the caller's frame
//! at that moment. `f_lineno`, read on the frame's own thread while a frame of the same code still
//! runs at the same depth, is that frame's current line (the line of its latest call: the records
//! are updated at call sites only); otherwise the line of the snapshot.
//! `f_locals` is the namespace of a module frame; a function frame's variables live in the eval
//! loop's slots, which native code cannot see, so reading its `f_locals` raises AttributeError.

use super::Vm;
use crate::builtins::args::check_args;
use crate::builtins::object::native_property;
use crate::code::{Code, CodeKind};
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::{make_class, types};
use crate::objects::{PyErr, PyResult, Value};
use std::sync::{Arc, OnceLock};

/// One running frame as it was when the snapshot was taken.
struct Snapshot {
    code: Arc<Code>,
    globals: Arc<Dict>,
    line: u32,
}

/// A frame object: entry `index` of a snapshot of the stack (outermost first).
pub struct FrameObject {
    chain: Arc<Vec<Snapshot>>,
    index: usize,
    back: OnceLock<Value>,
    /// The thread whose stack this is (`ThreadStats::id`).
    thread: u64,
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
    let chain: Vec<Snapshot> = infos[..=index]
        .iter()
        .map(|f| Snapshot { code: f.code.clone(), globals: f.globals.clone(), line: f.code.lines.get(f.lasti).copied().unwrap_or(f.code.first_line) })
        .collect();
    Ok(new_frame_object(Arc::new(chain), index, vm.stats.id))
}

fn new_frame_object(chain: Arc<Vec<Snapshot>>, index: usize, thread: u64) -> Value {
    let obj = FrameObject { chain, index, back: OnceLock::new(), thread };
    Value::Instance(Instance::new(frame_class().clone(), Payload::Native(Box::new(obj))))
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

/// The line of entry `i` of a frame object's chain: live if that frame still seems to run.
fn current_line(vm: &Vm, f: &FrameObject, i: usize) -> u32 {
    let snap = &f.chain[i];
    let running = vm.frame_infos().get(i).filter(|info| vm.stats.id == f.thread && Arc::ptr_eq(&info.code, &snap.code));
    match running {
        Some(info) => info.code.lines.get(info.lasti).copied().unwrap_or(info.code.first_line),
        None => snap.line,
    }
}

fn f_globals(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(this(a)?.here().globals.clone()))
}

fn f_builtins(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(vm.interp.builtins.clone()))
}

fn f_locals(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let here = this(a)?.here();
    match here.code.kind {
        CodeKind::Module => Ok(Value::Dict(here.globals.clone())),
        _ => Err(PyErr::new(
            ExcKind::AttributeError,
            format!("gilpy cannot show the local variables of the frame of '{}' (only a module frame's f_locals)", here.code.name.as_str()),
        )),
    }
}

fn f_back(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    if f.index == 0 {
        return Ok(Value::None);
    }
    Ok(f.back.get_or_init(|| new_frame_object(f.chain.clone(), f.index - 1, f.thread)).clone())
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let here = f.here();
    let id = f as *const FrameObject as usize;
    let line = current_line(vm, f, f.index);
    Ok(Value::string(format!("<frame at {id:#x}, file '{}', line {line}, code {}>", here.code.filename(), here.code.name.as_str())))
}

fn frame_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class("frame", vec![types().object.clone()], Kind::Native);
        let props: &[(&'static str, NativeFn)] =
            &[("f_code", f_code), ("f_lineno", f_lineno), ("f_globals", f_globals), ("f_builtins", f_builtins), ("f_locals", f_locals), ("f_back", f_back)];
        for (n, f) in props {
            c.dict.set_str(intern(n), native_property(Builtin::method("frame", n, *f)));
        }
        c.dict.set_str(intern("__repr__"), Builtin::method("frame", "__repr__", repr));
        c
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
