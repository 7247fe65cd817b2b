//! Values between processes: a serde enum encoded with postcard. Data travels by value (None,
//! bool, int of any size, float, str, bytes, list, tuple, dict, set, frozenset, instances of user
//! classes with their attributes, exceptions with their args); functions and classes travel by
//! reference (module and qualified name) and are looked up again in the receiver. Nothing
//! executable is ever decoded. What cannot travel raises a clear error in the sender.

use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Instance, Kind, Payload};
use crate::objects::function::NO_KWARGS;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use serde::{Deserialize, Serialize};

/// How deep a value may nest before the sender refuses it (cycles end here too).
const MAX_DEPTH: usize = 500;

#[derive(Serialize, Deserialize, Debug)]
enum Wire {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Vec<u8>),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<Wire>),
    Tuple(Vec<Wire>),
    Dict(Vec<(Wire, Wire)>),
    Set(Vec<Wire>),
    FrozenSet(Vec<Wire>),
    Ellipsis,
    NotImplemented,
    /// A range's start, stop and step as little-endian signed bytes (they may be big ints).
    Range {
        start: Vec<u8>,
        stop: Vec<u8>,
        step: Vec<u8>,
    },
    Slice(Box<Wire>, Box<Wire>, Box<Wire>),
    /// A function or class by reference.
    Ref {
        module: String,
        qualname: String,
    },
    /// An instance of a user class: its class by reference, its attributes, and for a subclass
    /// of a built-in type (a namedtuple, a Counter) the built-in value it is.
    /// `state` is what the class's `__getstate__` returned (given to `__setstate__`, or taken as
    /// the attributes, in the receiver) instead of the attributes.
    Object {
        module: String,
        qualname: String,
        attrs: Vec<(String, Wire)>,
        base: Option<Box<Wire>>,
        state: Option<Box<Wire>>,
    },
    /// A Connection's descriptor, inherited by a spawned child under this number.
    Handle(i32),
    /// A cross-process semaphore: the descriptor of its shared memory, inherited by a spawned child.
    SemLock {
        fd: i32,
        max: u32,
    },
    /// Numbers in shared memory (multiprocessing.Value and Array), likewise.
    SharedArray {
        fd: i32,
        len: u64,
        floats: bool,
    },
    /// A collections.deque.
    Deque {
        items: Vec<Wire>,
        maxlen: Option<u64>,
    },
    /// An exception: its class by reference and its args.
    Exception {
        module: String,
        qualname: String,
        args: Vec<Wire>,
    },
}

fn cannot(what: &str) -> PyErr {
    PyErr::type_error(format!("cannot pickle '{what}' object"))
}

/// The name a class is found by in its module: its `__qualname__` (which a class made at run time
/// may set to a name its module has), else the name it was made with.
fn qualname_of(cls: &crate::objects::class::Class) -> String {
    match cls.dict.get_str(crate::name!("__qualname__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => cls.qualname.clone(),
    }
}

fn encode(vm: &mut Vm, v: &Value, depth: usize) -> PyResult<Wire> {
    if depth > MAX_DEPTH {
        return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded while pickling an object"));
    }
    let all = |vm: &mut Vm, items: &[Value]| items.iter().map(|x| encode(vm, x, depth + 1)).collect::<PyResult<Vec<_>>>();
    Ok(match v {
        Value::None => Wire::None,
        Value::Bool(b) => Wire::Bool(*b),
        Value::Int(i) => Wire::Int(*i),
        Value::BigInt(b) => Wire::BigInt(b.to_signed_bytes_le()),
        Value::Float(f) => Wire::Float(*f),
        Value::Ellipsis => Wire::Ellipsis,
        Value::NotImplemented => Wire::NotImplemented,
        Value::Range(r) => {
            let (start, stop, step) = r.bounds();
            Wire::Range { start: start.to_signed_bytes_le(), stop: stop.to_signed_bytes_le(), step: step.to_signed_bytes_le() }
        }
        Value::Slice(sl) => {
            let part = |vm: &mut Vm, x: &Value| encode(vm, x, depth + 1).map(Box::new);
            Wire::Slice(part(vm, &sl.start)?, part(vm, &sl.stop)?, part(vm, &sl.step)?)
        }
        Value::Str(s) => Wire::Str(s.as_str().to_string()),
        Value::Bytes(b) => Wire::Bytes(b.to_vec()),
        Value::Tuple(t) => Wire::Tuple(all(vm, t)?),
        Value::List(l) => {
            let items = l.items.lock().clone();
            Wire::List(all(vm, &items)?)
        }
        Value::Dict(d) => {
            let mut out = Vec::new();
            for (k, x) in d.items() {
                out.push((encode(vm, &k, depth + 1)?, encode(vm, &x, depth + 1)?));
            }
            Wire::Dict(out)
        }
        Value::Set(s) => Wire::Set(all(vm, &s.items())?),
        Value::FrozenSet(s) => Wire::FrozenSet(all(vm, &s.items())?),
        Value::Function(f) => {
            let qualname = f.qualname().to_string();
            let module = match f.globals.get_str(crate::name!("__name__")) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "__main__".to_string(),
            };
            if qualname.contains("<lambda>") || qualname.contains("<locals>") {
                return Err(PyErr::new(ExcKind::AttributeError, format!("Can't pickle local object '{qualname}'")));
            }
            Wire::Ref { module, qualname }
        }
        Value::Builtin(b) if b.bound.is_none() => Wire::Ref { module: "builtins".into(), qualname: b.name.to_string() },
        Value::Class(c) => Wire::Ref { module: c.module.clone(), qualname: qualname_of(c) },
        Value::Instance(i) => {
            let cls = i.class();
            if let Some(e) = i.exc() {
                let args = e.lock().args.clone();
                return Ok(Wire::Exception { module: cls.module.clone(), qualname: qualname_of(&cls), args: all(vm, &args)? });
            }
            if let Some(conn) = i.native::<super::conn::Conn>()
                && let Some(fd) = spawn_handle(conn)?
            {
                return Ok(Wire::Handle(fd));
            }
            if let Some(sem) = i.native::<super::conn::SemLock>() {
                let fd = inherited_by_child(sem.sem.child_fd(), "SemLock")?;
                return Ok(Wire::SemLock { fd, max: sem.sem.max() });
            }
            if let Some(arr) = i.native::<super::conn::SharedArray>() {
                let fd = inherited_by_child(arr.words.child_fd(), "SharedArray")?;
                return Ok(Wire::SharedArray { fd, len: arr.words.len() as u64, floats: arr.floats });
            }
            if let Some(getstate) = user_method(vm, &cls, crate::name!("__getstate__")) {
                let state = vm.call1(&getstate, v.clone())?;
                let state = Some(Box::new(encode(vm, &state, depth + 1)?));
                return Ok(Wire::Object { module: cls.module.clone(), qualname: qualname_of(&cls), attrs: Vec::new(), base: None, state });
            }
            if let Some(parts) = crate::modules::collections::deque_parts(v) {
                let (items, maxlen) = parts?;
                return Ok(Wire::Deque { items: all(vm, &items)?, maxlen: maxlen.map(|n| n as u64) });
            }
            let base = match &i.payload {
                Payload::Base(inner) => Some(Box::new(encode(vm, inner, depth + 1)?)),
                _ => None,
            };
            if cls.is_builtin || !matches!(i.payload, Payload::None | Payload::Base(_)) || cls.kind != Kind::Object {
                let name = match cls.dict.get_str(crate::name!("__module__")) {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{}", m.as_str(), cls.name),
                    _ => cls.name.clone(),
                };
                return Err(cannot(&name));
            }
            let mut attrs = Vec::new();
            for (k, x) in i.attr_items() {
                if let Value::Str(s) = k {
                    attrs.push((s.as_str().to_string(), encode(vm, &x, depth + 1)?));
                }
            }
            Wire::Object { module: cls.module.clone(), qualname: qualname_of(&cls), attrs, base, state: None }
        }
        other => return Err(cannot(&types().of(other).name)),
    })
}

/// The built-in types that are not names in `builtins` (type(None) and the like), by name.
fn unnamed_builtin_type(name: &str) -> Option<Value> {
    let sample = match name {
        "NoneType" => Value::None,
        "NotImplementedType" => Value::NotImplemented,
        "ellipsis" => Value::Ellipsis,
        _ => return None,
    };
    Some(Value::Class(types().of(&sample)))
}

/// Finds `module.qualname` in the receiving process.
fn lookup(vm: &mut Vm, module: &str, qualname: &str) -> PyResult<Value> {
    let mut parts = qualname.split('.');
    let first = parts.next().unwrap_or("");
    let mut v = if module == "builtins" {
        let found = vm.interp.builtins.get_str(&intern(first)).or_else(|| unnamed_builtin_type(first));
        found.ok_or_else(|| PyErr::new(ExcKind::AttributeError, format!("Can't get attribute '{qualname}' on <module 'builtins'>")))?
    } else {
        let m = match vm.interp.modules.get_str(&intern(module)) {
            Some(m) => m,
            None if module == "__mp_main__" => {
                vm.interp.modules.get_str(crate::name!("__main__")).ok_or_else(|| PyErr::new(ExcKind::ImportError, "no __main__"))?
            }
            None => vm.import_module(module)?,
        };
        vm.get_attr(&m, &intern(first)).map_err(|_| PyErr::new(ExcKind::AttributeError, format!("Can't get attribute '{qualname}' on <module '{module}'>")))?
    };
    for p in parts {
        v = vm.get_attr(&v, &intern(p))?;
    }
    Ok(v)
}

fn decode(vm: &mut Vm, w: Wire) -> PyResult<Value> {
    let all = |vm: &mut Vm, items: Vec<Wire>| items.into_iter().map(|x| decode(vm, x)).collect::<PyResult<Vec<_>>>();
    Ok(match w {
        Wire::None => Value::None,
        Wire::Bool(b) => Value::Bool(b),
        Wire::Int(i) => Value::Int(i),
        Wire::BigInt(b) => Value::BigInt(Arc::new(num_bigint::BigInt::from_signed_bytes_le(&b))),
        Wire::Float(f) => Value::Float(f),
        Wire::Ellipsis => Value::Ellipsis,
        Wire::NotImplemented => Value::NotImplemented,
        Wire::Range { start, stop, step } => {
            let big = |b: &[u8]| num_bigint::BigInt::from_signed_bytes_le(b);
            let step = big(&step);
            if num_traits::Zero::is_zero(&step) {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            Value::Range(Arc::new(crate::objects::range::Range::new(big(&start), big(&stop), step)))
        }
        Wire::Slice(start, stop, step) => {
            let (start, stop, step) = (decode(vm, *start)?, decode(vm, *stop)?, decode(vm, *step)?);
            Value::Slice(Arc::new(crate::objects::value::Slice { start, stop, step }))
        }
        Wire::Str(s) => Value::string(s),
        Wire::Bytes(b) => Value::Bytes(Arc::new(b)),
        Wire::List(items) => Value::list(all(vm, items)?),
        Wire::Tuple(items) => Value::tuple(all(vm, items)?),
        Wire::Dict(pairs) => {
            let d = Value::Dict(crate::objects::dict::Dict::new());
            for (k, x) in pairs {
                let k = decode(vm, k)?;
                let x = decode(vm, x)?;
                vm.setitem(&d, k, x)?;
            }
            d
        }
        Wire::Set(items) => {
            let items = all(vm, items)?;
            Value::Set(crate::vm::ops::new_set_from(vm, items)?)
        }
        Wire::FrozenSet(items) => {
            let items = all(vm, items)?;
            Value::FrozenSet(crate::vm::ops::new_set_from(vm, items)?)
        }
        Wire::Ref { module, qualname } => lookup(vm, &module, &qualname)?,
        Wire::Handle(fd) => {
            let owned = crate::unsafe_os::adopt_inherited_fd(fd).map_err(|e| PyErr::new(ExcKind::OSError, format!("inherited connection: {}", e.desc())))?;
            super::conn::wrap_fd(owned)
        }
        Wire::Deque { items, maxlen } => {
            let items = all(vm, items)?;
            crate::modules::collections::make_deque(items, maxlen.map(|n| n as usize))
        }
        Wire::SemLock { fd, max } => {
            let sem = crate::unsafe_os::SharedSemaphore::inherit(fd, max).map_err(|e| inherit_error("semaphore", e))?;
            super::conn::wrap_semlock(sem)
        }
        Wire::SharedArray { fd, len, floats } => {
            let words = crate::unsafe_os::SharedWords::inherit(fd, len as usize).map_err(|e| inherit_error("shared memory", e))?;
            super::conn::wrap_shared(words, floats)
        }
        Wire::Object { module, qualname, attrs, base, state } => {
            let Value::Class(cls) = lookup(vm, &module, &qualname)? else {
                return Err(PyErr::type_error(format!("{module}.{qualname} is not a class")));
            };
            let payload = match base {
                Some(b) => Payload::Base(decode(vm, *b)?),
                None => Payload::None,
            };
            let setstate = user_method(vm, &cls, crate::name!("__setstate__"));
            let inst = Instance::new(cls, payload);
            for (k, x) in attrs {
                let x = decode(vm, x)?;
                let _ = inst.set_attr(&intern(&k), x);
            }
            let obj = Value::Instance(inst.clone());
            if let Some(state) = state {
                let state = decode(vm, *state)?;
                match (setstate, inst.dict(), &state) {
                    (Some(f), _, _) => {
                        vm.call(&f, &[obj.clone(), state], NO_KWARGS)?;
                    }
                    (None, Some(d), Value::Dict(attrs)) => {
                        for (k, x) in attrs.items() {
                            if let Value::Str(k) = k {
                                d.set_str(k, x);
                            }
                        }
                    }
                    _ => return Err(PyErr::type_error(format!("{module}.{qualname} has no __setstate__ for its state"))),
                }
            }
            obj
        }
        Wire::Exception { module, qualname, args } => {
            let cls = lookup(vm, &module, &qualname)?;
            let args = all(vm, args)?;
            match &cls {
                Value::Class(c) => crate::objects::exceptions::new_exception(c.clone(), args),
                _ => return Err(PyErr::type_error(format!("{module}.{qualname} is not an exception class"))),
            }
        }
    })
}

thread_local! {
    /// While a job for a spawned child is encoded: the descriptors it will inherit.
    static SPAWN_FDS: std::cell::RefCell<Option<Vec<std::os::fd::OwnedFd>>> = const { std::cell::RefCell::new(None) };
}

/// A method the class (or a base) defines in the language, such as `__getstate__`.
fn user_method(vm: &mut Vm, cls: &crate::objects::class::Class, name: &Arc<crate::objects::str::PyStr>) -> Option<Value> {
    match vm.class_lookup(cls, name) {
        Some(f @ Value::Function(_)) => Some(f),
        _ => None,
    }
}

fn inherit_error(what: &str, e: nix::errno::Errno) -> PyErr {
    PyErr::new(ExcKind::OSError, format!("inherited {what}: {}", e.desc()))
}

/// Whether a job for a spawned child is being encoded (the only way shared state may travel).
pub fn spawning() -> bool {
    SPAWN_FDS.with(|f| f.borrow().is_some())
}

/// Under spawn, the descriptor `fd` is kept open for the child to inherit, and its number is what
/// travels; at any other time shared state cannot travel, as in CPython.
fn inherited_by_child(fd: nix::Result<std::os::fd::OwnedFd>, what: &str) -> PyResult<i32> {
    use std::os::fd::AsRawFd;
    if !spawning() {
        return Err(PyErr::runtime(format!("{what} objects should only be shared between processes through inheritance")));
    }
    let fd = fd.map_err(|e| PyErr::new(ExcKind::OSError, e.desc()))?;
    let n = fd.as_raw_fd();
    SPAWN_FDS.with(|f| f.borrow_mut().as_mut().map(|v| v.push(fd)));
    Ok(n)
}

/// Under spawn, a Connection travels as a descriptor the child inherits; otherwise it cannot.
fn spawn_handle(conn: &super::conn::Conn) -> PyResult<Option<i32>> {
    use std::os::fd::AsRawFd;
    let collecting = SPAWN_FDS.with(|f| f.borrow().is_some());
    if !collecting {
        return Ok(None);
    }
    let fd = conn.dup_for_child()?;
    let n = fd.as_raw_fd();
    SPAWN_FDS.with(|f| f.borrow_mut().as_mut().map(|v| v.push(fd)));
    Ok(Some(n))
}

/// Encodes the job of a spawned child: Connections in it become descriptors the child inherits
/// (returned, to stay open until the child has started).
pub fn dumps_for_spawn(vm: &mut Vm, v: &Value) -> PyResult<(Vec<u8>, Vec<std::os::fd::OwnedFd>)> {
    SPAWN_FDS.with(|f| *f.borrow_mut() = Some(Vec::new()));
    let r = dumps(vm, v);
    let fds = SPAWN_FDS.with(|f| f.borrow_mut().take()).unwrap_or_default();
    r.map(|bytes| (bytes, fds))
}

pub fn dumps(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let wire = encode(vm, v, 0)?;
    postcard::to_allocvec(&wire).map_err(|e| PyErr::value_error(format!("cannot serialise: {e}")))
}

pub fn loads(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    let wire: Wire = postcard::from_bytes(bytes).map_err(|e| PyErr::value_error(format!("corrupt message: {e}")))?;
    decode(vm, wire)
}
