//! The Python-visible attributes of a code object (`co_name`, `co_argcount`, `co_varnames`,
//! `co_flags`...), as CPython 3.11 names and computes them; `inspect` reads them.

use super::{Code, CodeKind, Flavor};
use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::str::PyStr;

/// CPython's `co_flags` bits (Include/cpython/code.h).
const CO_OPTIMIZED: i64 = 0x1;
const CO_NEWLOCALS: i64 = 0x2;
const CO_VARARGS: i64 = 0x4;
const CO_VARKEYWORDS: i64 = 0x8;
const CO_NESTED: i64 = 0x10;
const CO_GENERATOR: i64 = 0x20;
const CO_COROUTINE: i64 = 0x80;
const CO_ASYNC_GENERATOR: i64 = 0x200;

fn names(list: &[Arc<PyStr>]) -> Value {
    Value::tuple(list.iter().map(|n| Value::Str(n.clone())).collect())
}

fn flags(c: &Code) -> i64 {
    let mut f = 0;
    if let CodeKind::Function = c.kind {
        f |= CO_OPTIMIZED | CO_NEWLOCALS;
    }
    if c.varargs {
        f |= CO_VARARGS;
    }
    if c.varkw {
        f |= CO_VARKEYWORDS;
    }
    if c.qualname.contains("<locals>") {
        f |= CO_NESTED;
    }
    if c.generator {
        f |= match c.flavor {
            Flavor::Generator => CO_GENERATOR,
            Flavor::Coroutine => CO_COROUTINE,
            Flavor::AsyncGenerator => CO_ASYNC_GENERATOR,
        };
    }
    f
}

/// The attribute `name` of a code object, or None when code objects have no such attribute.
pub fn attr(c: &Code, name: &str) -> Option<Value> {
    Some(match name {
        "co_name" => Value::Str(c.name.clone()),
        "co_filename" => Value::str(c.filename()),
        "co_firstlineno" => Value::Int(c.first_line as i64),
        "co_qualname" => Value::str(&c.qualname),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => names(&c.varnames),
        "co_cellvars" => names(&c.cellvars),
        "co_freevars" => names(&c.freevars),
        "co_names" => names(&c.names),
        "co_consts" => Value::tuple(c.consts.clone()),
        "co_flags" => Value::Int(flags(c)),
        _ => return None,
    })
}
