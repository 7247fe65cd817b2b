//! MakeFunction: a function object from a code object and the optional parts the compiler pushed
//! under it (defaults, keyword-only defaults, annotations, closure cells).

use crate::code::MakeFlags;
use crate::objects::Arc;
use crate::objects::frame::Frame;
use crate::objects::function::Function;
use crate::objects::value::{Cell, Value};

/// Pops the code object and the parts `flags` names from the frame's stack.
pub(super) fn make_function(frame: &mut Frame, flags: MakeFlags) -> Value {
    let Some(Value::Code(fcode)) = frame.stack.pop() else { unreachable!() };
    let closure = if flags.has(MakeFlags::CLOSURE) {
        match frame.stack.pop() {
            Some(Value::Tuple(t)) => t
                .iter()
                .map(|c| match c {
                    Value::Cell(c) => c.clone(),
                    _ => Cell::new(None),
                })
                .collect(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let annotations = if flags.has(MakeFlags::ANNOTATIONS) { frame.stack.pop() } else { None };
    let kwdefaults = if flags.has(MakeFlags::KWDEFAULTS) {
        match frame.stack.pop() {
            Some(Value::Dict(d)) => d
                .items()
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Value::Str(s) => Some((s, v)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let defaults = if flags.has(MakeFlags::DEFAULTS) {
        match frame.stack.pop() {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let doc = fcode.doc.as_ref().map_or(Value::None, |d| Value::str(d));
    Value::Function(Arc::new(Function::new(fcode, frame.globals.clone(), defaults, kwdefaults, closure, doc, annotations)))
}
