//! The computed attributes of exceptions (see attr_table.rs): those of every exception (`args`,
//! the chaining links, `__traceback__`, an exception group's `message` and `exceptions`), then
//! those of particular classes and their subclasses (`SystemExit.code`, `OSError.errno`, ...).
//! Attributes the constructor sets in the instance's dict (objects/os_error.rs) are found there
//! first; these are what such an exception shows without them. The attributes kept in the
//! exception's data are also written here (`setter`, with CPython's checks).

use super::attr_table::{Computed, read as read_table};
use crate::gil_cell::ObjCell;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::Instance;
use crate::objects::exceptions::ExcData;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// An exception's data, as the getters receive it.
type Exc = ObjCell<ExcData>;

static EVERY_EXCEPTION: &[Computed<Exc>] = &[
    Computed { name: "args", get: |_, _, e| Ok(Some(Value::tuple(e.lock().args.clone()))) },
    Computed { name: "__cause__", get: |_, _, e| Ok(Some(e.lock().cause.clone().unwrap_or(Value::None))) },
    Computed { name: "__context__", get: |_, _, e| Ok(Some(e.lock().context.clone().unwrap_or(Value::None))) },
    Computed { name: "__suppress_context__", get: |_, _, e| Ok(Some(Value::Bool(e.lock().suppress_context))) },
    Computed { name: "message", get: |_, _, e| Ok(e.lock().group.as_ref().map(|g| g.0.clone())) },
    Computed { name: "exceptions", get: |_, _, e| Ok(e.lock().group.as_ref().map(|g| g.1.clone())) },
    Computed { name: "__traceback__", get: |vm, v, _| Ok(Some(crate::vm::traceback_object::traceback_of(vm, v))) },
];

/// Attributes of the exceptions of one class and its subclasses.
struct OfClass {
    kind: ExcKind,
    attr: Computed<Exc>,
}

/// The five details of a Unicode error made with them, in the order of its arguments.
const UNICODE_DETAILS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

fn unicode_detail(e: &Exc, index: usize) -> Option<Value> {
    let d = e.lock();
    if d.args.len() == UNICODE_DETAILS.len() { d.args.get(index).cloned() } else { None }
}

fn none(_: &mut Vm, _: &Value, _: &Exc) -> PyResult<Option<Value>> {
    Ok(Some(Value::None))
}

fn first_arg(_: &mut Vm, _: &Value, e: &Exc) -> PyResult<Option<Value>> {
    Ok(Some(e.lock().args.first().cloned().unwrap_or(Value::None)))
}

macro_rules! unicode_details {
    ($kind:expr) => {
        [
            OfClass { kind: $kind, attr: Computed { name: UNICODE_DETAILS[0], get: |_, _, e| Ok(unicode_detail(e, 0)) } },
            OfClass { kind: $kind, attr: Computed { name: UNICODE_DETAILS[1], get: |_, _, e| Ok(unicode_detail(e, 1)) } },
            OfClass { kind: $kind, attr: Computed { name: UNICODE_DETAILS[2], get: |_, _, e| Ok(unicode_detail(e, 2)) } },
            OfClass { kind: $kind, attr: Computed { name: UNICODE_DETAILS[3], get: |_, _, e| Ok(unicode_detail(e, 3)) } },
            OfClass { kind: $kind, attr: Computed { name: UNICODE_DETAILS[4], get: |_, _, e| Ok(unicode_detail(e, 4)) } },
        ]
    };
}

static DECODE_DETAILS: [OfClass; 5] = unicode_details!(ExcKind::UnicodeDecodeError);
static ENCODE_DETAILS: [OfClass; 5] = unicode_details!(ExcKind::UnicodeEncodeError);

static OF_CLASS: &[OfClass] = &[
    OfClass {
        kind: ExcKind::SystemExit,
        attr: Computed {
            name: "code",
            get: |_, _, e| {
                let d = e.lock();
                Ok(Some(match d.args.len() {
                    0 => Value::None,
                    1 => d.args[0].clone(),
                    _ => Value::tuple(d.args.clone()),
                }))
            },
        },
    },
    OfClass { kind: ExcKind::StopIteration, attr: Computed { name: "value", get: first_arg } },
    OfClass { kind: ExcKind::OSError, attr: Computed { name: "errno", get: none } },
    OfClass { kind: ExcKind::OSError, attr: Computed { name: "strerror", get: none } },
    OfClass { kind: ExcKind::OSError, attr: Computed { name: "filename", get: none } },
    OfClass { kind: ExcKind::OSError, attr: Computed { name: "filename2", get: none } },
    // Set in the dict by BlockingIOError's constructor only; missing otherwise, as in CPython.
    OfClass { kind: ExcKind::OSError, attr: Computed { name: "characters_written", get: |_, _, _| Err(PyErr::attribute_error("characters_written")) } },
    OfClass { kind: ExcKind::ImportError, attr: Computed { name: "name", get: none } },
    OfClass { kind: ExcKind::ImportError, attr: Computed { name: "path", get: none } },
    OfClass { kind: ExcKind::ImportError, attr: Computed { name: "msg", get: first_arg } },
    // Set in the dict by the constructor's keywords or by the interpreter when it raises them.
    OfClass { kind: ExcKind::NameError, attr: Computed { name: "name", get: none } },
    OfClass { kind: ExcKind::AttributeError, attr: Computed { name: "name", get: none } },
    OfClass { kind: ExcKind::AttributeError, attr: Computed { name: "obj", get: none } },
];

/// The computed attributes the exception `inst` has (for dir()): those of every exception and
/// those of its classes that answer for it.
pub fn names(vm: &mut Vm, obj: &Value, inst: &Arc<Instance>) -> Vec<&'static str> {
    let Some(exc) = inst.exc() else { return Vec::new() };
    let cls = inst.class_ref();
    let mut out = Vec::new();
    for a in EVERY_EXCEPTION {
        if matches!((a.get)(vm, obj, exc), Ok(Some(_))) {
            out.push(a.name);
        }
    }
    for entry in [OF_CLASS, &DECODE_DETAILS[..], &ENCODE_DETAILS[..]].into_iter().flatten() {
        if cls.is_subclass(types().exc_ref(entry.kind)) && !out.contains(&entry.attr.name) && matches!((entry.attr.get)(vm, obj, exc), Ok(Some(_))) {
            out.push(entry.attr.name);
        }
    }
    out
}

/// The computed attribute `name` of the exception `inst` (`obj`).
pub fn read(vm: &mut Vm, obj: &Value, inst: &Arc<Instance>, name: &str) -> PyResult<Option<Value>> {
    let Some(exc) = inst.exc() else { return Ok(None) };
    if let Some(v) = read_table(vm, EVERY_EXCEPTION, obj, exc, name)? {
        return Ok(Some(v));
    }
    let cls = inst.class_ref();
    let tables = [OF_CLASS, &DECODE_DETAILS[..], &ENCODE_DETAILS[..]];
    for entry in tables.into_iter().flatten() {
        if entry.attr.name == name && cls.is_subclass(types().exc_ref(entry.kind)) {
            return (entry.attr.get)(vm, obj, exc);
        }
    }
    Ok(None)
}

/// How an attribute kept in an exception's data is written: the VM, the exception as a Value
/// and as its instance, the new value.
pub type Setter = fn(&mut Vm, &Value, &Arc<Instance>, Value) -> PyResult<()>;

/// The attributes every exception keeps in its data rather than its dict, and their writers.
static SETTERS: &[(&str, Setter)] = &[
    ("args", set_args),
    ("__traceback__", |_, obj, _, v| crate::vm::traceback_object::set_traceback(obj, &v)),
    ("__cause__", |_, _, inst, v| set_link(inst, Link::Cause, v)),
    ("__context__", |_, _, inst, v| set_link(inst, Link::Context, v)),
    ("__suppress_context__", |_, _, inst, v| set_link(inst, Link::SuppressContext, v)),
    ("message", read_only_group_field),
    ("exceptions", read_only_group_field),
];

/// The writer of `inst.name` when `inst` is an exception keeping `name` in its data (a group's
/// `message` and `exceptions` only on a group); None sends the write to the instance's dict.
#[inline]
pub fn setter(inst: &Instance, name: &str) -> Option<Setter> {
    let exc = inst.exc()?;
    let (_, set) = SETTERS.iter().find(|(n, _)| *n == name)?;
    if matches!(name, "message" | "exceptions") && exc.lock().group.is_none() {
        return None;
    }
    Some(*set)
}

/// `exc.args = v`: any iterable, kept as a tuple.
fn set_args(vm: &mut Vm, _: &Value, inst: &Arc<Instance>, v: Value) -> PyResult<()> {
    let args = vm.collect(&v)?;
    inst.exc().expect("an exception").lock().args = args;
    Ok(())
}

fn read_only_group_field(_: &mut Vm, _: &Value, _: &Arc<Instance>, _: Value) -> PyResult<()> {
    Err(PyErr::attribute_error("readonly attribute"))
}

/// Which chaining attribute `set_link` writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    Cause,
    Context,
    SuppressContext,
}

/// `exc.__cause__ = ...`, `exc.__context__ = ...`, `exc.__suppress_context__ = ...`: kept in
/// the exception's data, where the traceback printer reads them (CPython's checks).
fn set_link(inst: &Arc<Instance>, which: Link, v: Value) -> PyResult<()> {
    if which == Link::SuppressContext {
        // A bool member in CPython: nothing else is taken, not even 0 or 1.
        let Value::Bool(flag) = v else { return Err(PyErr::type_error("attribute value type must be bool")) };
        if let Some(e) = inst.exc() {
            e.lock().suppress_context = flag;
        }
        return Ok(());
    }
    let link = match v {
        Value::None => None,
        Value::Instance(ref i) if i.exc().is_some() => Some(v),
        _ => {
            let what = if which == Link::Cause { "cause" } else { "context" };
            return Err(PyErr::type_error(format!("exception {what} must be None or derive from BaseException")));
        }
    };
    if let Some(e) = inst.exc() {
        let mut d = e.lock();
        if which == Link::Cause {
            d.cause = link;
            d.suppress_context = true;
        } else {
            d.context = link;
        }
    }
    Ok(())
}
