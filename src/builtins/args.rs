//! Argument checking for built-ins, with CPython's messages.

use crate::objects::class::Class;
use crate::objects::function::KwArgs;
use crate::objects::types::types;
use crate::objects::{Arc, ExcKind};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn check_args(name: &str, a: &[Value], k: &KwArgs, min: usize, max: usize) -> PyResult<()> {
    if let Some((key, _)) = k.first() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")).with_hint(key.as_str()));
    }
    if a.len() < min || a.len() > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({} given)", a.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", a.len()),
                _ => format!("{name} expected {min} arguments, got {}", a.len()),
            }
        } else if a.len() < min {
            format!("{name} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, a.len())
        } else {
            format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, a.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

pub fn kwarg<'a>(k: &'a KwArgs, name: &str) -> Option<&'a Value> {
    k.iter().find(|(n, _)| n.as_str() == name).map(|(_, v)| v)
}

/// Rejects keywords other than `allowed`.
pub fn only_kwargs(fname: &str, k: &KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (n, _) in k {
        if !allowed.contains(&n.as_str()) {
            return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{}'", n.as_str())));
        }
    }
    Ok(())
}

/// Rejects keywords other than `allowed`, worded as CPython's argument-clinic functions
/// (`print`, `list.sort`): "'x' is an invalid keyword argument for print()".
pub fn only_clinic_kwargs(fname: &str, k: &KwArgs, allowed: &[&str]) -> PyResult<()> {
    match k.iter().find(|(n, _)| !allowed.contains(&n.as_str())) {
        Some((n, _)) => Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {fname}()", n.as_str()))),
        None => Ok(()),
    }
}

/// The arguments of a function with keyword parameters `names` (the first `npos` positional or
/// keyword, the first `required` of them required, the rest keyword-only), checked in the order
/// and words of CPython's argument clinic.
pub fn clinic_args(fname: &str, a: &[Value], k: &KwArgs, names: &[&str], npos: usize, required: usize) -> PyResult<Vec<Option<Value>>> {
    let given = a.len() + k.len();
    if given > names.len() {
        return Err(PyErr::type_error(format!("{fname}() takes at most {} arguments ({given} given)", names.len())));
    }
    if a.len() > npos {
        return Err(PyErr::type_error(format!("{fname}() takes exactly {npos} positional arguments ({} given)", a.len())));
    }
    let mut out: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    let mut used = 0;
    for (i, name) in names.iter().enumerate().skip(a.len()) {
        if let Some(v) = kwarg(k, name) {
            out[i] = Some(v.clone());
            used += 1;
        }
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(PyErr::type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    if used < k.len() {
        // A keyword naming a parameter already given by position, or no parameter at all.
        for (key, _) in k {
            match names.iter().position(|n| *n == key.as_str()) {
                Some(i) if i < a.len() => {
                    return Err(PyErr::type_error(format!("argument for {fname}() given by name ('{}') and position ({})", key.as_str(), i + 1)));
                }
                Some(_) => {}
                None => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {fname}()", key.as_str()))),
            }
        }
    }
    Ok(out)
}

pub fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::vm::ops::big_to_f64(b),
        // A subclass of float or int: the number it is.
        Value::Instance(_) if let Some(inner @ (Value::Float(_) | Value::Int(_) | Value::BigInt(_))) = crate::vm::subclass::wrapped(v) => arg_f64(vm, inner),
        // Any other real number (Fraction, Decimal...): through __float__, else __index__.
        Value::Instance(i) => {
            let cls = i.class();
            if let Some(f) = cls.lookup(crate::name!("__float__")) {
                return float_result(vm, &cls, f, v);
            }
            if let Some(f) = cls.lookup(crate::name!("__index__")) {
                let n = vm.call1(&crate::vm::special::as_method(f), v.clone())?;
                if matches!(n, Value::Int(_) | Value::BigInt(_)) {
                    return arg_f64(vm, &n);
                }
            }
            Err(PyErr::type_error(format!("must be real number, not {}", cls.name)))
        }
        _ => Err(PyErr::type_error(format!("must be real number, not {}", types().of(v).name))),
    }
}

/// Calls `__float__` (the method `f` of `cls`) on `v` and checks what it gave as CPython does:
/// a float; a float subclass with a DeprecationWarning (its value taken); anything else a
/// TypeError.
pub fn float_result(vm: &mut Vm, cls: &Arc<Class>, f: Value, v: &Value) -> PyResult<f64> {
    let r = vm.call1(&crate::vm::special::as_method(f), v.clone())?;
    match &r {
        Value::Float(x) => Ok(*x),
        Value::Instance(_) if let Some(Value::Float(x)) = crate::vm::subclass::wrapped(&r) => {
            let x = *x;
            let text = format!(
                "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
                cls.name,
                types().of(&r).name
            );
            crate::modules::warnings::warn_caller(vm, ExcKind::DeprecationWarning, &text)?;
            Ok(x)
        }
        _ => Err(PyErr::type_error(format!("{}.__float__ returned non-float (type {})", cls.name, types().of(&r).name))),
    }
}

pub fn arg_str<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!("{fname}() argument must be str, not {}", types().of(v).name))),
    }
}

impl PyErr {
    /// Keeps the message; a hook for richer messages later.
    pub fn with_hint(self, _hint: &str) -> PyErr {
        self
    }
}
