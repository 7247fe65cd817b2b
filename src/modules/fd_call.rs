//! What the descriptor modules (`fcntl`, `termios`) share: reading a `module.name(fd, ...)` call's
//! arguments as CPython's argument clinic words its errors (no keywords, the positional count,
//! the leading descriptor, C ints).

use crate::builtins::args::check_args;
use crate::modules::select::fd_of;
use crate::objects::function::{KwArgs, NO_KWARGS};
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The descriptor that `module.name(fd, ...)` was called with, once the call has between `min`
/// and `max` positional arguments and no keyword ones (a one-argument function names its module,
/// as CPython's METH_O functions do).
pub fn fd_call(vm: &mut Vm, module: &str, name: &str, a: &[Value], k: &KwArgs, (min, max): (usize, usize)) -> PyResult<i32> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{module}.{name}() takes no keyword arguments")));
    }
    if (min, max) == (1, 1) && a.len() != 1 {
        return Err(PyErr::type_error(format!("{module}.{name}() takes exactly one argument ({} given)", a.len())));
    }
    check_args(name, a, NO_KWARGS, min, max)?;
    fd_of(vm, &a[0])
}

fn not_int(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))
}

/// A C int argument: floats and non-integers refused as CPython's "i" conversion does, an
/// OverflowError past its range.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = index(vm, v)?;
    i32::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))
}

/// A C unsigned int argument, its high bits dropped, as CPython's "I" conversion does; read as
/// the C int the call passes on.
pub fn c_uint_bits(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    Ok(index(vm, v)? as u32 as i32)
}

fn index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) {
        return Err(not_int(v));
    }
    vm.index_value(v).map_err(|e| if e.matches(ExcKind::TypeError) { not_int(v) } else { e })
}
