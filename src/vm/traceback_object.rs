//! Traceback objects (`e.__traceback__`, `sys.exc_info()[2]`, the third argument of `__exit__`,
//! `types.TracebackType`): made on demand from the entries an exception carries
//! (`ExcData::traceback`), never while it propagates. The objects made are kept with the
//! exception, so `e.__traceback__ is e.__traceback__` and an older head stays the `tb_next` of a
//! newer one, as in CPython. Setting a traceback (`with_traceback`, `__traceback__ = tb`) turns the
//! objects back into entries.

use super::Vm;
use crate::builtins::args::check_args;
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::exceptions::TbEntry;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use parking_lot::Mutex;
use std::sync::OnceLock;

/// One traceback object: the entry of one frame, and the next (inner) one.
pub struct TracebackObject {
    entry: TbEntry,
    /// Writable, as in CPython (`tb.tb_next = None` cuts the chain; unittest does so).
    next: Mutex<Value>,
    frame: Value,
}

fn this(a: &[Value]) -> PyResult<&TracebackObject> {
    match a.first() {
        Some(Value::Instance(i)) => i.native::<TracebackObject>().ok_or_else(|| PyErr::type_error("descriptor requires a 'traceback' object")),
        _ => Err(PyErr::type_error("descriptor requires a 'traceback' object")),
    }
}

fn new_object(entry: TbEntry, next: Value, frame: Value) -> Value {
    Value::Instance(Instance::new(traceback_class().clone(), Payload::Native(Box::new(TracebackObject { entry, next: Mutex::new(next), frame }))))
}

/// `exc.__traceback__`: the traceback object of the outermost entry, or None.
pub fn traceback_of(vm: &Vm, exc: &Value) -> Value {
    let Value::Instance(inst) = exc else { return Value::None };
    let Some(data) = inst.exc() else { return Value::None };
    let (entries, made) = {
        let d = data.lock();
        if d.tb_objects.len() == d.traceback.len() {
            return d.tb_objects.last().cloned().unwrap_or(Value::None);
        }
        (d.traceback.clone(), d.tb_objects.clone())
    };
    let done = made.len();
    let fresh = super::frame_object::traceback_frames(vm, &entries[done..]);
    let mut objects = made;
    for (i, e) in entries[done..].iter().enumerate() {
        // An entry of a frame met before shares that frame's object.
        let earlier = entries[..done].iter().position(|x| x.frame_id == e.frame_id);
        let frame = match earlier {
            Some(j) => this(std::slice::from_ref(&objects[j])).map(|t| t.frame.clone()).unwrap_or(Value::None),
            None => fresh[i].clone(),
        };
        let next = objects.last().cloned().unwrap_or(Value::None);
        objects.push(new_object(e.clone(), next, frame));
    }
    let head = objects.last().cloned().unwrap_or(Value::None);
    let mut d = data.lock();
    // Another thread may have added entries meanwhile: keep what matches.
    if d.traceback.len() >= objects.len() {
        d.tb_objects = objects;
    }
    head
}

/// The entries of a traceback object and those after it, innermost first.
fn entries_of(tb: &Value) -> PyResult<(Vec<TbEntry>, Vec<Value>)> {
    let mut chain = Vec::new();
    let mut at = tb.clone();
    while !at.is_none() {
        let t = this(std::slice::from_ref(&at)).map_err(|_| PyErr::type_error("__traceback__ must be a traceback or None"))?;
        chain.push(at.clone());
        let next = t.next.lock().clone();
        at = next;
        if chain.len() > 10_000_000 {
            break;
        }
    }
    chain.reverse();
    let entries = chain.iter().map(|v| this(std::slice::from_ref(v)).map(|t| t.entry.clone())).collect::<PyResult<Vec<_>>>()?;
    Ok((entries, chain))
}

/// `exc.__traceback__ = tb` / `exc.with_traceback(tb)`.
pub fn set_traceback(exc: &Value, tb: &Value) -> PyResult<()> {
    let (entries, objects) = entries_of(tb)?;
    if let Value::Instance(inst) = exc
        && let Some(data) = inst.exc()
    {
        let mut d = data.lock();
        d.traceback = entries;
        d.tb_objects = objects;
    }
    Ok(())
}

/// The entries of a traceback object (or None: none), innermost first, for the printer.
pub fn tb_entries(tb: &Value) -> PyResult<Vec<TbEntry>> {
    Ok(entries_of(tb)?.0)
}

/// The entry a traceback object holds (for `traceback` module helpers).
pub fn entry(tb: &Value) -> Option<&TbEntry> {
    this(std::slice::from_ref(tb)).ok().map(|t| &t.entry)
}

fn tb_frame(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(this(a)?.frame.clone())
}

fn tb_next(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(this(a)?.next.lock().clone())
}

/// `tb.tb_next = other`: a traceback or None, never one that leads back to `tb`.
fn tb_set_next(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let tb = this(a)?;
    let new = a.get(1).cloned().unwrap_or(Value::None);
    let mut at = new.clone();
    while !at.is_none() {
        let Ok(t) = this(std::slice::from_ref(&at)) else {
            return Err(PyErr::type_error(format!("expected traceback object, got '{}'", types().of(&at).name)));
        };
        if std::ptr::eq(t, tb) {
            return Err(PyErr::new(crate::objects::ExcKind::ValueError, "traceback loop detected"));
        }
        let next = t.next.lock().clone();
        at = next;
    }
    *tb.next.lock() = new;
    Ok(Value::None)
}

fn tb_lineno(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.entry.line as i64))
}

fn tb_lasti(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    // CPython counts bytes of 2-byte code units.
    Ok(Value::Int(this(a)?.entry.lasti as i64 * 2))
}

/// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn tb_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("traceback", a, k, 5, 5)?;
    let next = a[1].clone();
    if !next.is_none() && this(std::slice::from_ref(&next)).is_err() {
        return Err(PyErr::type_error(format!("expected traceback object or None, got '{}'", types().of(&next).name)));
    }
    let Some((code, globals, frame_id)) = super::frame_object::frame_parts(&a[2]) else {
        return Err(PyErr::type_error(format!("TracebackType() argument 'tb_frame' must be frame, not {}", types().of(&a[2]).name)));
    };
    let int = |v: &Value, what: &str| match v {
        Value::Int(n) => Ok(*n),
        _ => Err(PyErr::type_error(format!("TracebackType() argument '{what}' must be int, not {}", types().of(v).name))),
    };
    let lasti = int(&a[3], "tb_lasti")?;
    let line = int(&a[4], "tb_lineno")?;
    let entry = TbEntry {
        code,
        line: line.clamp(0, u32::MAX as i64) as u32,
        pos: Default::default(),
        lasti: (lasti / 2).clamp(0, u32::MAX as i64) as u32,
        globals,
        frame_id,
        locals: None,
    };
    Ok(new_object(entry, next, a[2].clone()))
}

pub fn traceback_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let props: &[(&'static str, NativeFn)] = &[("tb_frame", tb_frame), ("tb_lineno", tb_lineno), ("tb_lasti", tb_lasti)];
        NativeClass::new("builtins", "traceback")
            .properties(props)
            .writable_properties(&[("tb_next", tb_next, tb_set_next)])
            .methods(&[("__new__", tb_new)])
            .build()
    })
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for TracebackObject {}
