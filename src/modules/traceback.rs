//! `_traceback`: the text of tracebacks for the `traceback` module (src/stdlib/traceback.py), made
//! by the same printer as an uncaught exception's (src/vm/traceback.rs). Called only from there,
//! with positional arguments already checked.

use super::make_module;
use crate::builtins::args::check_args;
use crate::objects::ExcKind;
use crate::objects::exceptions::TbEntry;
use crate::objects::function::KwArgs;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::traceback_object::{self, tb_entries};

/// None, or an int (a `limit`).
fn limit_arg(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(n) => Ok(Some(*n)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))),
    }
}

/// format(exc, limit, chain[, tb]) -> the whole text, as printed for an uncaught exception
/// (with `tb`, a traceback object or None, in place of the exception's own).
fn format(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("format", a, k, 3, 4)?;
    let limit = limit_arg(&a[1])?;
    let chain = vm.truthy(&a[2])?;
    let tb = match a.get(3) {
        Some(tb) => Some(tb_entries(tb)?),
        None => None,
    };
    Ok(Value::string(vm.format_exception_tb(&a[0], tb, limit, chain)))
}

fn entry_of(tb: &Value) -> PyResult<&TbEntry> {
    traceback_object::entry(tb).ok_or_else(|| PyErr::type_error(format!("expected a traceback object, not '{}'", types().of(tb).name)))
}

/// format_entry(tb) -> one entry's lines (location, source, carets), as a traceback prints them.
fn format_entry(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("format_entry", a, k, 1, 1)?;
    let e = entry_of(&a[0])?;
    let mut out = String::new();
    crate::vm::traceback::format_entry(&mut out, &e.code, e.line, Some(&e.pos));
    Ok(Value::string(out))
}

/// positions(tb) -> (end_lineno, colno, end_colno) of the running instruction (byte columns,
/// as CPython's `co_positions`), or Nones where not known.
fn positions(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("positions", a, k, 1, 1)?;
    let e = entry_of(&a[0])?;
    let src = &e.code.source;
    let (start, end) = (e.pos.start as usize, e.pos.end as usize);
    let none = Value::tuple(vec![Value::None, Value::None, Value::None]);
    if end <= start || src.line_of(start) != e.line {
        return Ok(none);
    }
    let end_line = src.line_of(end - 1);
    let (Some(l0), Some(l1)) = (src.offset_of_line(e.line), src.offset_of_line(end_line)) else { return Ok(none) };
    Ok(Value::tuple(vec![Value::Int(end_line as i64), Value::Int((start - l0) as i64), Value::Int((end - l1) as i64)]))
}

/// code_line(code, lineno) -> the source line (with its newline) or '' where there is none to show.
fn code_line(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("code_line", a, k, 2, 2)?;
    let Value::Code(code) = &a[0] else { return Ok(Value::str("")) };
    let Value::Int(line) = a[1] else { return Ok(Value::str("")) };
    if code.filename().starts_with('<') || line < 1 {
        return Ok(Value::str(""));
    }
    let text = code.source.line(line.min(u32::MAX as i64) as u32).unwrap_or("");
    let text = if text.is_empty() || text.ends_with('\n') { text.to_string() } else { format!("{text}\n") };
    Ok(Value::string(text))
}

/// stack(skip, limit) -> the running frames, outermost first, less the innermost `skip`.
fn stack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("stack", a, k, 2, 2)?;
    let skip = limit_arg(&a[0])?.unwrap_or(0).max(0) as usize;
    let limit = limit_arg(&a[1])?;
    Ok(Value::string(vm.format_stack(skip, limit)))
}

/// frame_stack(frame, limit) -> a frame object's frame and its callers, outermost first.
fn frame_stack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("frame_stack", a, k, 2, 2)?;
    let Some(chain) = crate::vm::frame_object::frame_chain(vm, &a[0]) else {
        return Err(PyErr::new(ExcKind::AttributeError, format!("'{}' object has no attribute 'f_back'", types().of(&a[0]).name)));
    };
    let limit = limit_arg(&a[1])?;
    Ok(Value::string(vm.format_frame_chain(&chain, limit)))
}

pub fn create() -> Value {
    make_module(
        "_traceback",
        &[
            ("format", format),
            ("stack", stack),
            ("frame_stack", frame_stack),
            ("format_entry", format_entry),
            ("positions", positions),
            ("code_line", code_line),
            ("traceback_type", traceback_type),
        ],
    )
    .0
}

/// traceback_type() -> `types.TracebackType`.
fn traceback_type(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("traceback_type", a, k, 0, 0)?;
    Ok(Value::Class(traceback_object::traceback_class().clone()))
}
