//! The Python-visible attributes of a code object (`co_name`, `co_argcount`, `co_varnames`,
//! `co_flags`...), as CPython 3.11 names and computes them; `inspect` reads them.

use super::{Code, CodeKind, Flavor, encoding};
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
/// The bits `flags` computes from the code itself (the rest are future-import bits gilpy keeps elsewhere).
pub const CO_ARG_BITS: (i64, i64) = (CO_VARARGS, CO_VARKEYWORDS);

fn names(list: &[Arc<PyStr>]) -> Value {
    Value::tuple(list.iter().map(|n| Value::Str(n.clone())).collect())
}

/// The names `attr` answers, for `dir()`.
pub const NAMES: &[&str] = &[
    "co_name",
    "co_filename",
    "co_firstlineno",
    "co_qualname",
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_varnames",
    "co_cellvars",
    "co_freevars",
    "co_names",
    "co_consts",
    "co_flags",
    "co_code",
    "_co_code_adaptive",
    "co_lnotab",
    "co_linetable",
    "co_exceptiontable",
    "co_stacksize",
];

/// `co_stacksize`: gilpy's frames grow their value stack on demand and it keeps no stack
/// effects per instruction, so this is a bound: one slot per instruction that loads or builds
/// something, at least one.
fn stack_bound(c: &Code) -> i64 {
    let pushes = c
        .ops
        .iter()
        .filter(|op| {
            let d = format!("{op:?}");
            ["Load", "Build", "Dup"].iter().any(|p| d.starts_with(p))
        })
        .count();
    pushes.max(1) as i64
}

pub fn flags(c: &Code) -> i64 {
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
        "co_code" => Value::Bytes(Arc::new(encoding::co_code(c))),
        "_co_code_adaptive" => Value::Bytes(Arc::new(encoding::co_code(c))),
        "co_lnotab" => Value::Bytes(Arc::new(encoding::lnotab(c))),
        "co_linetable" => Value::Bytes(Arc::new(encoding::linetable(c))),
        // gilpy sets up handlers with instructions (SetupExcept), not a table.
        "co_exceptiontable" => Value::Bytes(Arc::new(Vec::new())),
        "co_stacksize" => Value::Int(stack_bound(c)),
        _ => return None,
    })
}
