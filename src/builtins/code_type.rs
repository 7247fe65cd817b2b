//! The methods of code objects: `co_lines()`, `co_positions()` and `replace(**changes)`. The
//! attributes themselves are computed in code/attrs.rs; the byte tables in code/encoding.rs.

use super::args::check_args;
use crate::code::{Code, Source, attrs, encoding};
use crate::objects::Arc;
use crate::objects::function::{Builtin, KwArgs, NativeFn, Owner};
use crate::objects::str::{PyStr, intern};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn this<'a>(a: &'a [Value], name: &str) -> PyResult<&'a Arc<Code>> {
    match a.first() {
        Some(Value::Code(c)) => Ok(c),
        Some(v) => Err(PyErr::type_error(format!("descriptor '{name}' for 'code' objects doesn't apply to a '{}' object", types().of(v).name))),
        None => Err(PyErr::type_error(format!("unbound method code.{name}() needs an argument"))),
    }
}

fn opt_int(v: Option<u32>) -> Value {
    v.map_or(Value::None, |n| Value::Int(n as i64))
}

/// `co_lines()`: an iterator of (start, end, line) byte ranges.
fn co_lines(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let c = this(a, "co_lines")?;
    check_args("co_lines", &a[1..], k, 0, 0)?;
    let rows = encoding::lines(c).into_iter().map(|(s, e, l)| Value::tuple(vec![Value::Int(s as i64), Value::Int(e as i64), opt_int(l)]));
    vm.get_iter(&Value::list(rows.collect()))
}

/// `co_positions()`: an iterator of (line, end line, column, end column), one per instruction.
fn co_positions(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let c = this(a, "co_positions")?;
    check_args("co_positions", &a[1..], k, 0, 0)?;
    let rows = encoding::positions(c).into_iter().map(|(l0, l1, c0, c1)| Value::tuple(vec![opt_int(l0), opt_int(l1), opt_int(c0), opt_int(c1)]));
    vm.get_iter(&Value::list(rows.collect()))
}

/// A keyword argument of `replace` as a non-negative int that fits (`-1`: unchanged).
fn count_arg(v: &Value, name: &str) -> PyResult<Option<u32>> {
    match v {
        Value::Int(-1) => Ok(None),
        Value::Int(n) if *n >= 0 && *n <= u32::MAX as i64 => Ok(Some(*n as u32)),
        Value::Int(_) | Value::Bool(_) => Err(PyErr::value_error(format!("{name} must be a positive integer"))),
        v => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))),
    }
}

/// A tuple of str for `co_varnames` and the other name tuples.
fn names_arg(v: &Value, name: &str) -> PyResult<Vec<Arc<PyStr>>> {
    let Value::Tuple(items) = v else {
        return Err(PyErr::type_error(format!("replace() argument '{name}' must be tuple, not {}", types().of(v).name)));
    };
    items
        .iter()
        .map(|i| match i {
            Value::Str(s) => Ok(intern(s.as_str())),
            _ => Err(PyErr::type_error("name tuples must contain only strings, not '".to_string() + &types().of(i).name + "'")),
        })
        .collect()
}

fn str_arg(v: &Value, name: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error(format!("replace() argument '{name}' must be str, not {}", types().of(v).name))),
    }
}

/// A name tuple that gilpy's instructions index by position: its length must stay.
fn same_len(new: Vec<Arc<PyStr>>, old: &[Arc<PyStr>], name: &str) -> PyResult<Vec<Arc<PyStr>>> {
    if new.len() != old.len() {
        return Err(PyErr::value_error(format!("{name}: gilpy's instructions index this tuple, its length must stay {}", old.len())));
    }
    Ok(new)
}

/// `code.replace(**changes)`: a copy with some fields changed. The instructions stay gilpy's
/// own, so `co_code` may only be given unchanged and the tuples the instructions index keep
/// their lengths (`co_consts` may grow).
fn replace(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let c = this(a, "replace")?;
    if a.len() > 1 {
        return Err(PyErr::type_error("replace() takes no positional arguments"));
    }
    let mut n = Code {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        source: c.source.clone(),
        kind: c.kind,
        ops: c.ops.clone(),
        lines: c.lines.clone(),
        positions: c.positions.clone(),
        first_line: c.first_line,
        consts: c.consts.clone(),
        names: c.names.clone(),
        hints: crate::code::hints::Hints::new(c.names.len()),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell2arg: c.cell2arg.clone(),
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        varargs: c.varargs,
        varkw: c.varkw,
        generator: c.generator,
        flavor: c.flavor,
        doc: c.doc.clone(),
    };
    for (key, v) in k {
        let key = key.as_str();
        match key {
            "co_argcount" => n.argcount = count_arg(v, key)?.unwrap_or(n.argcount),
            "co_posonlyargcount" => n.posonlyargcount = count_arg(v, key)?.unwrap_or(n.posonlyargcount),
            "co_kwonlyargcount" => n.kwonlyargcount = count_arg(v, key)?.unwrap_or(n.kwonlyargcount),
            "co_firstlineno" => n.first_line = count_arg(v, key)?.unwrap_or(n.first_line),
            "co_nlocals" | "co_stacksize" => {
                count_arg(v, key)?;
            }
            "co_flags" => {
                if let Some(f) = count_arg(v, key)? {
                    let (varargs, varkw) = attrs::CO_ARG_BITS;
                    n.varargs = f as i64 & varargs != 0;
                    n.varkw = f as i64 & varkw != 0;
                }
            }
            "co_name" => n.name = intern(&str_arg(v, key)?),
            "co_qualname" => n.qualname = str_arg(v, key)?,
            "co_filename" => n.source = Source::new(&str_arg(v, key)?, &c.source.text),
            "co_varnames" => n.varnames = same_len(names_arg(v, key)?, &c.varnames, key)?,
            "co_cellvars" => n.cellvars = same_len(names_arg(v, key)?, &c.cellvars, key)?,
            "co_freevars" => n.freevars = same_len(names_arg(v, key)?, &c.freevars, key)?,
            "co_names" => n.names = same_len(names_arg(v, key)?, &c.names, key)?,
            "co_consts" => match v {
                Value::Tuple(items) if items.len() >= c.consts.len() => n.consts = items.to_vec(),
                Value::Tuple(_) => {
                    return Err(PyErr::value_error(format!("co_consts: gilpy's instructions index this tuple, it needs at least {} items", c.consts.len())));
                }
                _ => return Err(PyErr::type_error(format!("replace() argument 'co_consts' must be tuple, not {}", types().of(v).name))),
            },
            "co_code" | "co_linetable" | "co_exceptiontable" => {
                let Value::Bytes(b) = v else {
                    return Err(PyErr::type_error(format!("replace() argument '{key}' must be bytes, not {}", types().of(v).name)));
                };
                let now = match key {
                    "co_code" => encoding::co_code(c),
                    "co_linetable" => encoding::linetable(c),
                    _ => Vec::new(),
                };
                if b.as_slice() != now.as_slice() {
                    return Err(PyErr::value_error(format!("{key}: gilpy runs its own instructions and cannot take other bytes here")));
                }
            }
            other => return Err(PyErr::type_error(format!("'{other}' is an invalid keyword argument for replace()"))),
        }
    }
    let slots = n.argcount as usize + n.kwonlyargcount as usize + n.varargs as usize + n.varkw as usize;
    if n.posonlyargcount > n.argcount || slots > n.varnames.len() {
        return Err(PyErr::value_error("code: co_varnames is too small"));
    }
    Ok(Value::Code(Arc::new(n)))
}

const METHODS: &[(&str, NativeFn)] = &[("co_lines", co_lines), ("co_positions", co_positions), ("replace", replace)];

pub fn install() {
    for (name, f) in METHODS {
        types().code.dict.set_str(intern(name), Builtin::method(Owner::Named("code"), name, *f));
    }
}
