//! The run-time side of match statements (PEP 634): the instructions compiler/pattern.rs emits to
//! test a subject's shape (sequence, mapping), look up mapping keys, and match class patterns with
//! `__match_args__`, with CPython 3.11's rules and error messages.

use super::Vm;
use crate::objects::Arc;
use crate::objects::class::Class;
use crate::objects::dict::Dict;
use crate::objects::exceptions::ExcKind;
use crate::objects::function::NO_KWARGS;
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

/// What MatchSequence / MatchMapping ask of a subject.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Sequence,
    Mapping,
}

/// `a1 .. an -> an a1 .. a(n-1)`.
pub fn rot_n(stack: &mut Vec<Value>, n: usize) {
    let v = stack.pop().expect("RotN on an empty stack");
    let at = stack.len() + 1 - n;
    stack.insert(at, v);
}

/// The built-in classes whose single positional sub-pattern matches the subject itself
/// (`case int(x)`), CPython's `_Py_TPFLAGS_MATCH_SELF`; their subclasses inherit it.
fn matches_self(c: &Arc<Class>) -> bool {
    let t = types();
    [&t.bool_, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str_, &t.tuple].iter().any(|m| c.is_subclass(m))
}

fn type_name(v: &Value) -> String {
    types().of(v).tp_name()
}

impl Vm {
    /// Whether the subject has the shape: list, tuple and range (and their subclasses) are
    /// sequences, dict (and subclasses) a mapping; other classes are when they are registered with
    /// (or derive from) collections.abc.Sequence / Mapping. str, bytes and bytearray never are.
    pub fn match_shape(&mut self, subject: &Value, shape: Shape) -> PyResult<bool> {
        match subject {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => return Ok(shape == Shape::Sequence),
            Value::Dict(_) => return Ok(shape == Shape::Mapping),
            Value::Instance(_) => {}
            _ => return Ok(false),
        }
        let t = types();
        let cls = t.of(subject);
        if cls.is_subclass(&t.str_) || cls.is_subclass(&t.bytes) || cls.is_subclass(crate::builtins::bytearray::bytearray_class()) {
            return Ok(false);
        }
        if cls.is_subclass(&t.dict) {
            return Ok(shape == Shape::Mapping);
        }
        if cls.is_subclass(&t.list) || cls.is_subclass(&t.tuple) {
            return Ok(shape == Shape::Sequence);
        }
        let abc = self.import_module("collections.abc")?;
        let name = match shape {
            Shape::Sequence => crate::name!("Sequence"),
            Shape::Mapping => crate::name!("Mapping"),
        };
        let abstract_class = self.get_attr(&abc, name)?;
        let r = crate::builtins::functions::isinstance(self, &[subject.clone(), abstract_class], NO_KWARGS)?;
        self.truthy(&r)
    }

    /// MatchSequence / MatchMapping.
    pub fn match_shape_op(&mut self, stack: &mut Vec<Value>, shape: Shape) -> PyResult<()> {
        let subject = stack.last().expect("match subject").clone();
        let b = self.match_shape(&subject, shape)?;
        stack.push(Value::Bool(b));
        Ok(())
    }

    /// GetLen.
    pub fn get_len_op(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let subject = stack.last().expect("len subject").clone();
        let n = self.len(&subject)?;
        stack.push(Value::Int(n as i64));
        Ok(())
    }

    /// MatchKeys: looks each key up with the subject's `get(key, marker)`, as CPython does, so a
    /// defaultdict does not grow; a key listed twice (dotted names can repeat) is a ValueError.
    pub fn match_keys_op(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let n = stack.len();
        let (subject, keys) = (stack[n - 2].clone(), stack[n - 1].clone());
        let Value::Tuple(keys) = keys else { return Err(PyErr::type_error("match keys must be a tuple")) };
        let values = self.match_keys(&subject, &keys)?;
        stack.push(values.map(Value::tuple).unwrap_or(Value::None));
        Ok(())
    }

    fn match_keys(&mut self, subject: &Value, keys: &[Value]) -> PyResult<Option<Vec<Value>>> {
        if keys.is_empty() {
            return Ok(Some(Vec::new()));
        }
        let get = self.get_attr(subject, crate::name!("get"))?;
        let marker = self.new_instance(&types().object, &[]);
        let seen = crate::objects::set::Set::new();
        let mut values = Vec::with_capacity(keys.len());
        for k in keys {
            if seen.contains(self, k)? {
                let r = self.repr(k)?;
                return Err(PyErr::value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            seen.add(self, k.clone())?;
            let v = self.call(&get, &[k.clone(), marker.clone()], NO_KWARGS)?;
            if v.is(&marker) {
                return Ok(None);
            }
            values.push(v);
        }
        Ok(Some(values))
    }

    /// CopyDictWithoutKeys: `{**rest}` of a mapping pattern.
    pub fn copy_dict_without_keys_op(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let keys = stack.pop().expect("keys");
        let subject = stack.pop().expect("subject");
        let rest = match &subject {
            Value::Dict(d) => d.copy(),
            _ => {
                let rest = Dict::new();
                let keys = self.call_method(&subject, "keys", &[])?;
                for k in self.collect(&keys)? {
                    let v = self.getitem(&subject, &k)?;
                    rest.set(self, k, v)?;
                }
                rest
            }
        };
        if let Value::Tuple(keys) = keys {
            for k in keys.iter() {
                if rest.remove(self, k)?.is_none() {
                    return Err(PyErr::key_error(k.clone()));
                }
            }
        }
        stack.push(Value::Dict(rest));
        Ok(())
    }

    /// MatchClass: `subject cls names -> attrs or None`.
    pub fn match_class_op(&mut self, stack: &mut Vec<Value>, nargs: usize) -> PyResult<()> {
        let names = stack.pop().expect("names");
        let cls = stack.pop().expect("class");
        let subject = stack.pop().expect("subject");
        let attrs = self.match_class(&subject, &cls, nargs, &names)?;
        stack.push(attrs.map(Value::tuple).unwrap_or(Value::None));
        Ok(())
    }

    fn match_class(&mut self, subject: &Value, cls: &Value, nargs: usize, names: &Value) -> PyResult<Option<Vec<Value>>> {
        let Value::Class(c) = cls else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        let is = crate::builtins::functions::isinstance(self, &[subject.clone(), cls.clone()], NO_KWARGS)?;
        if !self.truthy(&is)? {
            return Ok(None);
        }
        let mut seen: Vec<Arc<PyStr>> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = match self.get_attr(cls, crate::name!("__match_args__")) {
                Ok(Value::Tuple(t)) => (t.to_vec(), false),
                Ok(other) => {
                    return Err(PyErr::type_error(format!("{}.__match_args__ must be a tuple (got {})", c.tp_name(), type_name(&other))));
                }
                Err(e) if e.matches(ExcKind::AttributeError) => (Vec::new(), matches_self(c)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(PyErr::type_error(format!("{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)", c.tp_name())));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Value::Str(name) = name else {
                        return Err(PyErr::type_error(format!("__match_args__ elements must be strings (got {})", type_name(name))));
                    };
                    match self.match_class_attr(subject, c, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in names.iter() {
                let Value::Str(name) = name else { continue };
                match self.match_class_attr(subject, c, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
        Ok(Some(attrs))
    }

    /// One attribute of a class pattern: None when the subject lacks it; each name only once.
    fn match_class_attr(&mut self, subject: &Value, c: &Arc<Class>, name: &Arc<PyStr>, seen: &mut Vec<Arc<PyStr>>) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let r = self.repr(&Value::Str(name.clone()))?;
            return Err(PyErr::type_error(format!("{}() got multiple sub-patterns for attribute {r}", c.tp_name())));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
