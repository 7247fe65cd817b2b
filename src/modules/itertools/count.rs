//! `itertools.count(start=0, step=1)`. As CPython
//! 3.11's: counting by one from an int that fits a machine word is done on that word (and
//! repr shows `count(n)`); any other start or step (floats, complex numbers, Fractions,
//! Decimals, big ints, anything with a number's methods) is added with `+`, each step.

use crate::builtins::args::kwarg;
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::NativeData;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::sync::OnceLock;

/// Where a count is.
#[derive(Clone)]
enum Counter {
    /// Counting by one on a machine word (CPython's "fast mode").
    Word(i64),
    /// Any other start or step: the next value and what is added to it.
    Sum { next: Value, step: Value },
}

struct Count {
    state: Mutex<Counter>,
}

impl NativeData for Count {}

/// An int that fits a machine word, seen through bools and int subclasses (CPython's
/// `PyLong_Check` and `PyLong_AsSsize_t`).
fn word(v: &Value) -> Option<i64> {
    match crate::objects::class::wrapped(v).unwrap_or(v) {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// Whether `v` is an int (of any size, or a bool, or a subclass instance).
fn is_int(v: &Value) -> bool {
    matches!(crate::objects::class::wrapped(v).unwrap_or(v), Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// CPython's `PyNumber_Check`: an int, float or complex, or an object with `__index__`,
/// `__int__` or `__float__`.
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => true,
        Value::Instance(i) => {
            crate::objects::complex::complex_parts(v).is_some()
                || crate::objects::class::wrapped(v).is_some_and(is_number)
                || ["__index__", "__int__", "__float__"].iter().any(|n| i.class().lookup(&intern(n)).is_some())
        }
        _ => false,
    }
}

/// `count.__new__(cls, start=0, step=1)`.
fn count_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else { return Err(PyErr::type_error("count.__new__(X): X is not a type object")) };
    let pos = &a[1..];
    if pos.len() + k.len() > 2 {
        return Err(PyErr::type_error(format!("count() takes at most 2 arguments ({} given)", pos.len() + k.len())));
    }
    let names = ["start", "step"];
    if let Some((n, _)) = k.iter().find(|(n, _)| !names.contains(&n.as_str())) {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for count()", n.as_str())));
    }
    for (i, name) in names.iter().enumerate().take(pos.len()) {
        if kwarg(k, name).is_some() {
            return Err(PyErr::type_error(format!("argument for count() given by name ('{name}') and position ({})", i + 1)));
        }
    }
    let start = pos.first().or(kwarg(k, "start"));
    let step = pos.get(1).or(kwarg(k, "step"));
    if start.is_some_and(|v| !is_number(v)) || step.is_some_and(|v| !is_number(v)) {
        return Err(PyErr::type_error("a number is required"));
    }
    let by_one = step.is_none_or(|s| is_int(s) && word(s) == Some(1));
    let counter = match start.map_or(Some(0), word) {
        Some(n) if by_one => Counter::Word(n),
        _ => Counter::Sum { next: start.cloned().unwrap_or(Value::Int(0)), step: step.cloned().unwrap_or(Value::Int(1)) },
    };
    let payload = Payload::Native(Box::new(Count { state: Mutex::new(counter) }));
    Ok(Value::Instance(Instance::new(cls.clone(), payload)))
}

fn this(v: &Value) -> PyResult<&Count> {
    let found = match v {
        Value::Instance(i) => i.native::<Count>(),
        _ => None,
    };
    found.ok_or_else(|| PyErr::type_error("descriptor requires a 'itertools.count' object"))
}

fn count_next(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(&a[0])?;
    let (next, step) = {
        let mut st = c.state.lock();
        match &mut *st {
            Counter::Word(n) => {
                let now = *n;
                match now.checked_add(1) {
                    Some(after) => *n = after,
                    // Past the word: on in big ints, still shown as counting by one.
                    None => *st = Counter::Sum { next: Value::bigint(num_bigint::BigInt::from(now) + 1), step: Value::Int(1) },
                }
                return Ok(Value::Int(now));
            }
            Counter::Sum { next, step } => (next.clone(), step.clone()),
        }
    };
    // The sum is made before the value is handed out: when `+` fails, the count stays where it is.
    let after = vm.binary_op(&next, &step, crate::ast::BinOp::Add)?;
    if let Counter::Sum { next: n, .. } = &mut *c.state.lock() {
        *n = after;
    }
    Ok(next)
}

fn count_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let c = this(&a[0])?;
    let name = match &a[0] {
        Value::Instance(i) => i.class().name.clone(),
        _ => "count".to_string(),
    };
    let state = c.state.lock().clone();
    Ok(Value::string(match state {
        Counter::Word(n) => format!("{name}({n})"),
        Counter::Sum { next, step } if is_int(&step) && word(&step) == Some(1) => format!("{name}({})", vm.repr(&next)?),
        Counter::Sum { next, step } => format!("{name}({}, {})", vm.repr(&next)?, vm.repr(&step)?),
    }))
}

fn count_iter(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(&a[0])?;
    Ok(a[0].clone())
}

const METHODS: &[(&str, NativeFn)] = &[("__iter__", count_iter), ("__next__", count_next), ("__repr__", count_repr)];

pub fn count_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| NativeClass::new("itertools", "count").methods(METHODS).constructor(count_new).build())
}
