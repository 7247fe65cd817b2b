//! `_hashlib`: hash objects (`HASH`, `HASHXOF` for SHAKE, and the `blake2b`/`blake2s` types),
//! the named constructors, `new`, `pbkdf2_hmac` and `compare_digest`, natively as CPython's C
//! modules; `hashlib` (file_digest, the algorithm sets) and `hmac` are written in gilpy on top.
//! algo.rs owns the algorithms; this file only checks arguments, as CPython words its errors.

pub mod algo;

use crate::builtins::args::kwarg;
use crate::builtins::native_class::NativeClass;
use crate::modules::convert::{buffer_bytes, type_name};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{Builtin, KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use algo::{Algo, Blake2Params, State};
use parking_lot::Mutex;
use std::sync::OnceLock;

/// A hash object's state.
pub struct Hash {
    algo: Algo,
    digest_size: usize,
    state: Mutex<State>,
}

fn this(a: &[Value]) -> PyResult<&Hash> {
    if let Some(Value::Instance(i)) = a.first()
        && let Payload::Native(n) = &i.payload
        && let Some(h) = n.downcast_ref::<Hash>()
    {
        return Ok(h);
    }
    Err(PyErr::type_error("descriptor requires a '_hashlib.HASH' object"))
}

/// The bytes to hash from a data argument.
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Str(_) = v {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    buffer_bytes(v)?.ok_or_else(|| PyErr::type_error("object supporting the buffer API required"))
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

fn class_for(algo: Algo) -> &'static Arc<Class> {
    match algo {
        Algo::Shake128 | Algo::Shake256 => xof_class(),
        Algo::Blake2b => blake2b_class(),
        Algo::Blake2s => blake2s_class(),
        _ => hash_class(),
    }
}

fn make(algo: Algo, digest_size: usize, state: State, data: Option<&Value>) -> PyResult<Value> {
    let mut state = state;
    if let Some(d) = data {
        state.update(&data_arg(d)?);
    }
    let h = Hash { algo, digest_size, state: Mutex::new(state) };
    Ok(Value::Instance(Instance::new(class_for(algo).clone(), Payload::Native(Box::new(h)))))
}

/// The `string` argument of the named constructors, by position or keyword.
fn string_arg<'a>(fname: &str, a: &'a [Value], k: &'a KwArgs, extra: &[&str]) -> PyResult<Option<&'a Value>> {
    for (n, _) in k {
        let n = n.as_str();
        if n != "string" && n != "usedforsecurity" && !extra.contains(&n) {
            return Err(PyErr::type_error(format!("'{n}' is an invalid keyword argument for {fname}()")));
        }
    }
    if a.len() > 1 {
        return Err(PyErr::type_error(format!("{fname}() takes at most 1 argument ({} given)", a.len())));
    }
    Ok(a.first().or_else(|| kwarg(k, "string")))
}

fn construct(algo: Algo, fname: &str, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if matches!(algo, Algo::Blake2b | Algo::Blake2s) {
        return blake2_make(algo, a, k);
    }
    let data = string_arg(fname, a, k, &[])?;
    make(algo, algo.digest_size(), State::new(algo), data)
}

macro_rules! constructors {
    ($($f:ident => $algo:expr, $name:literal;)*) => {
        $(fn $f(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            construct($algo, $name, a, k)
        })*
        const CONSTRUCTORS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

constructors! {
    c_md5 => Algo::Md5, "openssl_md5";
    c_sha1 => Algo::Sha1, "openssl_sha1";
    c_sha224 => Algo::Sha224, "openssl_sha224";
    c_sha256 => Algo::Sha256, "openssl_sha256";
    c_sha384 => Algo::Sha384, "openssl_sha384";
    c_sha512 => Algo::Sha512, "openssl_sha512";
    c_sha3_224 => Algo::Sha3_224, "openssl_sha3_224";
    c_sha3_256 => Algo::Sha3_256, "openssl_sha3_256";
    c_sha3_384 => Algo::Sha3_384, "openssl_sha3_384";
    c_sha3_512 => Algo::Sha3_512, "openssl_sha3_512";
    c_shake_128 => Algo::Shake128, "openssl_shake_128";
    c_shake_256 => Algo::Shake256, "openssl_shake_256";
}

fn unsupported(name: &str) -> PyErr {
    PyErr::value_error(format!("unsupported hash type {name}"))
}

fn name_arg(v: &Value, fname: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!("{fname}() argument 'name' must be str, not {}", type_name(other)))),
    }
}

/// `new(name, data=b'', **kwargs)`.
fn new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let name = a.first().or_else(|| kwarg(k, "name")).ok_or_else(|| PyErr::type_error("new() missing required argument 'name' (pos 1)"))?;
    let name = name_arg(name, "new")?;
    let algo = Algo::from_name(&name).ok_or_else(|| unsupported(&name))?;
    let rest: Vec<Value> = a.iter().skip(1).cloned().collect();
    let kw: KwArgs = k
        .iter()
        .filter(|(n, _)| n.as_str() != "name")
        .map(|(n, v)| if n.as_str() == "data" { (intern("string"), v.clone()) } else { (n.clone(), v.clone()) })
        .collect();
    if matches!(algo, Algo::Blake2b | Algo::Blake2s) {
        let kw: KwArgs = kw.into_iter().map(|(n, v)| if n.as_str() == "string" { (intern("data"), v) } else { (n, v) }).collect();
        return blake2_make(algo, &rest, &kw);
    }
    construct(algo, "new", &rest, &kw)
}

const BLAKE2_KW: &[&str] = &[
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
    "string",
];

fn blake2_make(algo: Algo, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fname = algo.name();
    for (n, _) in k {
        if !BLAKE2_KW.contains(&n.as_str()) {
            return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{}'", n.as_str())));
        }
    }
    if a.len() > 1 {
        return Err(PyErr::type_error(format!("{fname}() takes at most 1 positional argument ({} given)", a.len())));
    }
    let (max_out, max_salt) = if algo == Algo::Blake2b { (64, 16) } else { (32, 8) };
    let digest_size = match kwarg(k, "digest_size") {
        Some(v) => int_arg(v)?,
        None => max_out as i64,
    };
    if digest_size < 1 || digest_size > max_out as i64 {
        return Err(PyErr::value_error(format!("digest_size must be between 1 and {max_out} bytes")));
    }
    let key = kwarg(k, "key").map(bytes_like).transpose()?.unwrap_or_default();
    let salt = kwarg(k, "salt").map(bytes_like).transpose()?.unwrap_or_default();
    let person = kwarg(k, "person").map(bytes_like).transpose()?.unwrap_or_default();
    if key.len() > max_out {
        return Err(PyErr::value_error(format!("maximum key length is {max_out} bytes")));
    }
    if salt.len() > max_salt {
        return Err(PyErr::value_error(format!("maximum salt length is {max_salt} bytes")));
    }
    if person.len() > max_salt {
        return Err(PyErr::value_error(format!("maximum person length is {max_salt} bytes")));
    }
    // Tree hashing (fanout, depth, ...) needs parameters the blake2 crate does not take:
    // only the sequential defaults are accepted.
    for (n, default) in [("fanout", 1), ("depth", 1), ("leaf_size", 0), ("node_offset", 0), ("node_depth", 0), ("inner_size", 0)] {
        if let Some(v) = kwarg(k, n)
            && int_arg(v)? != default
        {
            return Err(PyErr::value_error(format!("{n} other than {default} (tree hashing) is not supported")));
        }
    }
    if let Some(Value::Bool(true)) = kwarg(k, "last_node") {
        return Err(PyErr::value_error("last_node (tree hashing) is not supported"));
    }
    let data = a.first().or_else(|| kwarg(k, "data")).or_else(|| kwarg(k, "string"));
    let p = Blake2Params { digest_size: digest_size as usize, key: &key, salt: &salt, person: &person };
    make(algo, digest_size as usize, State::blake2(algo, &p), data)
}

fn blake2b_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    blake2_make(Algo::Blake2b, &a[1..], k)
}

fn blake2s_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    blake2_make(Algo::Blake2s, &a[1..], k)
}

// ---- hash object methods ----

fn update(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("update", a, k, 2, 2)?;
    let h = this(a)?;
    let data = data_arg(&a[1])?;
    h.state.lock().update(&data);
    Ok(Value::None)
}

/// The digest, with SHAKE's required `length`.
fn digest_bytes(a: &[Value], k: &KwArgs, fname: &str) -> PyResult<Vec<u8>> {
    let h = this(a)?;
    if h.algo.is_xof() {
        let len = a.get(1).or_else(|| kwarg(k, "length"));
        let len = len.ok_or_else(|| PyErr::type_error(format!("{fname}() missing required argument 'length' (pos 1)")))?;
        let n = int_arg(len)?;
        if n < 0 {
            return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
        }
        return h.state.lock().digest(n as usize).ok_or_else(|| PyErr::with_args(ExcKind::MemoryError, vec![]));
    }
    crate::builtins::args::check_args(fname, a, k, 1, 1)?;
    h.state.lock().digest(h.digest_size).ok_or_else(|| PyErr::with_args(ExcKind::MemoryError, vec![]))
}

fn digest(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bytes(Arc::new(digest_bytes(a, k, "digest")?)))
}

fn hexdigest(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let d = digest_bytes(a, k, "hexdigest")?;
    Ok(Value::string(d.iter().map(|b| format!("{b:02x}")).collect()))
}

fn copy(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("copy", a, k, 1, 1)?;
    let h = this(a)?;
    let state = h.state.lock().clone();
    make(h.algo, h.digest_size, state, None)
}

fn name(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(this(a)?.algo.name()))
}

fn digest_size(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.digest_size as i64))
}

fn block_size(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.algo.block_size() as i64))
}

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let h = this(a)?;
    let addr = a[0].ptr().unwrap_or(0);
    Ok(Value::string(match h.algo {
        Algo::Blake2b | Algo::Blake2s => format!("<_blake2.{} object at {addr:#x}>", h.algo.name()),
        Algo::Shake128 | Algo::Shake256 => {
            format!("<{} _hashlib.HASHXOF object @ {addr:#x}>", h.algo.name())
        }
        _ => format!("<{} _hashlib.HASH object @ {addr:#x}>", h.algo.name()),
    }))
}

const METHODS: &[(&str, NativeFn)] = &[("update", update), ("digest", digest), ("hexdigest", hexdigest), ("copy", copy), ("__repr__", repr)];

fn hash_type(module: &str, name: &'static str) -> Arc<Class> {
    NativeClass::new(module, name).methods(METHODS).properties(&[("name", self::name), ("digest_size", digest_size), ("block_size", block_size)]).build()
}

fn hash_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| hash_type("_hashlib", "HASH"))
}

fn xof_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| hash_type("_hashlib", "HASHXOF"))
}

fn blake2_type(name: &'static str, new: NativeFn, out: i64, salt: i64) -> Arc<Class> {
    let c = hash_type("_blake2", name);
    c.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", new));
    c.dict.set_str(intern("SALT_SIZE"), Value::Int(salt));
    c.dict.set_str(intern("PERSON_SIZE"), Value::Int(salt));
    c.dict.set_str(intern("MAX_KEY_SIZE"), Value::Int(out));
    c.dict.set_str(intern("MAX_DIGEST_SIZE"), Value::Int(out));
    c
}

fn blake2b_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| blake2_type("blake2b", blake2b_new, 64, 16))
}

fn blake2s_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| blake2_type("blake2s", blake2s_new, 32, 8))
}

// ---- module functions ----

fn pbkdf2_hmac(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("pbkdf2_hmac", k, &["hash_name", "password", "salt", "iterations", "dklen"])?;
    let get = |i: usize, n: &str| a.get(i).or_else(|| kwarg(k, n)).cloned();
    let missing = |n: &str, i: usize| PyErr::type_error(format!("pbkdf2_hmac() missing required argument '{n}' (pos {i})"));
    let hash_name = name_arg(&get(0, "hash_name").ok_or_else(|| missing("hash_name", 1))?, "pbkdf2_hmac")?;
    let password = bytes_like(&get(1, "password").ok_or_else(|| missing("password", 2))?)?;
    let salt = bytes_like(&get(2, "salt").ok_or_else(|| missing("salt", 3))?)?;
    let iterations = vm.index_value(&get(3, "iterations").ok_or_else(|| missing("iterations", 4))?)?;
    let algo = Algo::from_name(&hash_name).filter(|a| !a.is_xof()).ok_or_else(|| unsupported(&hash_name))?;
    if iterations < 1 {
        return Err(PyErr::value_error("iteration value must be greater than 0."));
    }
    if iterations > u32::MAX as i64 {
        return Err(PyErr::overflow("iteration value is too great."));
    }
    let dklen = match get(4, "dklen") {
        None | Some(Value::None) => algo.digest_size() as i64,
        Some(v) => vm.index_value(&v)?,
    };
    if dklen < 1 {
        return Err(PyErr::value_error("key length must be greater than 0."));
    }
    if dklen > u32::MAX as i64 {
        return Err(PyErr::overflow("key length is too great."));
    }
    let mut out = crate::modules::convert::zeroed(dklen as usize)?;
    let rounds = iterations as u32;
    vm.allow_threads(|| algo::pbkdf2(algo, &password, &salt, rounds, &mut out)).ok_or_else(|| unsupported(&hash_name))?;
    Ok(Value::Bytes(Arc::new(out)))
}

/// `compare_digest(a, b)`: equality in time independent of where the inputs differ.
fn compare_digest(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("compare_digest", a, k, 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let (p, q) = match (x, y) {
        (Value::Str(s), Value::Str(t)) => {
            if !s.as_str().is_ascii() || !t.as_str().is_ascii() {
                return Err(PyErr::type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (s.as_str().as_bytes().to_vec(), t.as_str().as_bytes().to_vec())
        }
        (Value::Str(_), _) | (_, Value::Str(_)) => {
            let bad = if matches!(x, Value::Str(_)) { x } else { y };
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(bad))));
        }
        _ => match (buffer_bytes(x)?, buffer_bytes(y)?) {
            (Some(p), Some(q)) => (p, q),
            _ => {
                return Err(PyErr::type_error(format!("unsupported operand types(s) or combination of types: '{}' and '{}'", type_name(x), type_name(y))));
            }
        },
    };
    let mut diff = (p.len() != q.len()) as u8;
    let probe = if p.len() == q.len() { &p } else { &q };
    for (i, b) in q.iter().enumerate() {
        diff |= probe[i] ^ b;
    }
    Ok(Value::Bool(diff == 0))
}

pub fn create() -> Value {
    let mut funcs: Vec<(&'static str, NativeFn)> = CONSTRUCTORS.to_vec();
    funcs.push(("new", new));
    funcs.push(("pbkdf2_hmac", pbkdf2_hmac));
    funcs.push(("compare_digest", compare_digest));
    let (m, d) = super::make_module("_hashlib", &funcs);
    d.set_str(intern("HASH"), Value::Class(hash_class().clone()));
    d.set_str(intern("HASHXOF"), Value::Class(xof_class().clone()));
    d.set_str(intern("blake2b"), Value::Class(blake2b_class().clone()));
    d.set_str(intern("blake2s"), Value::Class(blake2s_class().clone()));
    let names: Vec<Value> = algo::ALL.iter().map(|a| Value::str(a.name())).collect();
    d.set_str(intern("_algorithm_names"), Value::tuple(names));
    m
}

/// A plain int argument (no `__index__` call, which would need the VM).
fn int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::overflow("Python int too large to convert to C long")),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    }
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Hash {}
