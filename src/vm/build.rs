//! Results of the display opcodes built with their sizes checked first: the text of an f-string
//! (`BuildString`) and the items a list display unpacks into the list it builds (`ListExtend`).
//! A result that cannot be had is MemoryError, never an allocation abort (issue 18).

use crate::builtins::sizes::{grow, joined_len, reserved_text};
use crate::objects::str::PyStr;
use crate::objects::{PyResult, Value};

/// The parts of an f-string (each a str by now) joined, sized once.
pub fn joined_parts(parts: &[Value]) -> PyResult<Value> {
    let strs = || {
        parts.iter().filter_map(|v| match v {
            Value::Str(p) => Some(p),
            _ => None,
        })
    };
    let mut text = reserved_text(joined_len(strs().map(|p| p.as_str().len()), 0)?)?;
    let mut chars = 0;
    for p in strs() {
        text.push_str(p.as_str());
        chars += p.char_len();
    }
    Ok(Value::Str(PyStr::from_counted(text, chars)))
}

/// `items` appended to `target`, the list a display builds (`[*a, *b]`), after room for them.
pub fn extend_display(target: &Value, items: Vec<Value>) -> PyResult<()> {
    if let Value::List(l) = target {
        let mut held = l.items.lock();
        grow(&mut held, items.len())?;
        held.extend(items);
    }
    Ok(())
}
