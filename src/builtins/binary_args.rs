//! The self and the arguments of the methods bytes and bytearray share (binary_methods.rs): the
//! object's bytes (a snapshot of a bytearray, so no lock is held while the VM runs), which type
//! results take, and argument binding with CPython's words for each calling convention.

use super::buffer;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::memoryview::bytearray_of;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Which built-in type a method's results take.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BinKind {
    Bytes,
    ByteArray,
}

impl BinKind {
    pub fn name(self) -> &'static str {
        match self {
            BinKind::Bytes => "bytes",
            BinKind::ByteArray => "bytearray",
        }
    }

    /// A new object of this kind holding `data`.
    pub fn make(self, data: Vec<u8>) -> Value {
        match self {
            BinKind::Bytes => Value::Bytes(Arc::new(data)),
            BinKind::ByteArray => super::bytearray::new_bytearray(data),
        }
    }
}

/// The object a shared method runs on.
pub struct Me {
    pub data: Arc<Vec<u8>>,
    pub kind: BinKind,
}

impl Me {
    /// `a[0]` as bytes or bytearray (or an instance of a subclass of either).
    pub fn of(a: &[Value]) -> PyResult<Me> {
        match a.first() {
            Some(Value::Bytes(b)) => Ok(Me { data: b.clone(), kind: BinKind::Bytes }),
            Some(v) => {
                if let Some(Value::Bytes(b)) = crate::vm::subclass::wrapped(v) {
                    return Ok(Me { data: b.clone(), kind: BinKind::Bytes });
                }
                match bytearray_of(v) {
                    Some(ba) => Ok(Me { data: Arc::new(super::sizes::copied(&ba.lock())?), kind: BinKind::ByteArray }),
                    None => Err(PyErr::type_error(format!("descriptor requires a 'bytes' object but received a '{}'", types().of(v).name))),
                }
            }
            None => Err(PyErr::type_error("descriptor needs an argument")),
        }
    }

    /// As `of`, without copying a bytearray's bytes (`data` is left empty): for the methods that
    /// only word their argument errors by the kind and then change the object itself (`append`,
    /// `extend`, `+=`; a copy per call made a loop of them quadratic).
    pub fn kind_only(a: &[Value]) -> PyResult<Me> {
        match a.first() {
            Some(v) if bytearray_of(v).is_some() => Ok(Me { data: Arc::new(Vec::new()), kind: BinKind::ByteArray }),
            _ => Me::of(a),
        }
    }

    pub fn make(&self, data: Vec<u8>) -> PyResult<Value> {
        Ok(self.kind.make(data))
    }

    /// The method's name as METH_NOARGS / METH_O errors spell it (`bytes.upper`).
    pub fn qual(&self, method: &str) -> String {
        format!("{}.{method}", self.kind.name())
    }
}

/// A method without arguments: "bytes.upper() takes no arguments (1 given)".
pub fn no_args(me: &Me, method: &str, a: &[Value], k: &KwArgs) -> PyResult<()> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", me.qual(method))));
    }
    if a.len() > 1 {
        return Err(PyErr::type_error(format!("{}() takes no arguments ({} given)", me.qual(method), a.len() - 1)));
    }
    Ok(())
}

/// A method of exactly one positional argument: "bytes.zfill() takes exactly one argument (0 given)".
pub fn one_arg<'a>(me: &Me, method: &str, a: &'a [Value], k: &KwArgs) -> PyResult<&'a Value> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", me.qual(method))));
    }
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("{}() takes exactly one argument ({} given)", me.qual(method), a.len() - 1)));
    }
    Ok(&a[1])
}

/// Positional-only arguments, min..=max of them: "center expected at least 1 argument, got 0".
pub fn positional<'a>(method: &str, a: &'a [Value], k: &KwArgs, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{method}() takes no keyword arguments")));
    }
    let args = &a[1..];
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if args.len() < min {
        let how = if min == max { "" } else { "at least " };
        return Err(PyErr::type_error(format!("{method} expected {how}{min} argument{}, got {}", plural(min), args.len())));
    }
    if args.len() > max {
        let how = if min == max { "" } else { "at most " };
        return Err(PyErr::type_error(format!("{method} expected {how}{max} argument{}, got {}", plural(max), args.len())));
    }
    Ok(args)
}

/// `find`-style arguments (sub, then optional start and end): "find() takes at least 1 argument (0 given)".
pub fn varargs<'a>(method: &str, a: &'a [Value], k: &KwArgs, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{method}() takes no keyword arguments")));
    }
    let args = &a[1..];
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if args.len() < min {
        return Err(PyErr::type_error(format!("{method}() takes at least {min} argument{} ({} given)", plural(min), args.len())));
    }
    if args.len() > max {
        return Err(PyErr::type_error(format!("{method}() takes at most {max} argument{} ({} given)", plural(max), args.len())));
    }
    Ok(args)
}

/// Arguments that may come by position or keyword (`split(sep=None, maxsplit=-1)`), in `names` order.
pub fn bind(method: &str, a: &[Value], k: &KwArgs, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let args = &a[1..];
    if args.len() > names.len() {
        let plural = if names.len() == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{method}() takes at most {} argument{plural} ({} given)", names.len(), args.len())));
    }
    let mut out: Vec<Option<Value>> = names.iter().enumerate().map(|(i, _)| args.get(i).cloned()).collect();
    for (key, v) in k {
        match names.iter().position(|n| *n == key.as_str()) {
            Some(i) if out[i].is_some() => {
                return Err(PyErr::type_error(format!("argument for {method}() given by name ('{}') and position ({})", key.as_str(), i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {method}()", key.as_str()))),
        }
    }
    Ok(out)
}

/// An int argument through `__index__`: "'str' object cannot be interpreted as an integer".
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")),
        _ => vm.index_value(v).map_err(|e| {
            if e.matches(ExcKind::TypeError) { PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name)) } else { e }
        }),
    }
}

/// A byte value 0..=255 given as an int: "byte must be in range(0, 256)".
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match vm.index_wide(v) {
        Ok(n) => n.unwrap_or(-1),
        Err(e) if e.matches(ExcKind::TypeError) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name)));
        }
        Err(e) => return Err(e),
    };
    u8::try_from(n).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
pub fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    buffer::bytes_arg(v)
}

/// The needle of find/count/index: an int byte or a bytes-like object.
pub fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if buffer::is_bytes_like(v) {
        return buffer::bytes_arg(v);
    }
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) || vm.has_attr(v, "__index__")? {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(PyErr::type_error(format!("argument should be integer or bytes-like object, not '{}'", types().of(v).name)))
}

/// The optional start and end of find/count/startswith, clipped to `len` as slice bounds are. The
/// start may pass `len` (those methods then find nothing).
pub fn span(vm: &mut Vm, start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let n = match v {
            None | Some(Value::None) => return Ok(default),
            Some(Value::BigInt(b)) => {
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }
            Some(v @ (Value::Int(_) | Value::Bool(_))) => vm.index_value(v)?,
            Some(v) => {
                if !vm.has_attr(v, "__index__")? {
                    return Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method"));
                }
                vm.index_as(v, crate::vm::protocol::Oversize::Clamp)?.clamp(i64::MIN / 2, i64::MAX / 2)
            }
        };
        Ok(if n < 0 { (n + len).max(0) } else { n })
    };
    let s = bound(start, 0)?;
    let e = bound(end, len)?.min(len);
    Ok((s as usize, e as usize))
}

/// A fill byte of center/ljust/rjust: "center() argument 2 must be a byte string of length 1, not str".
pub fn fill_byte(method: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    let ok = matches!(v, Value::Bytes(_)) || bytearray_of(v).is_some();
    match buffer::live_bytes_of(v)? {
        Some(b) if ok && b.len() == 1 => Ok(b[0]),
        _ => Err(PyErr::type_error(format!("{method}() argument 2 must be a byte string of length 1, not {}", types().of(v).name))),
    }
}
