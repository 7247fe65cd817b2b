//! The JSON encoder behind `json.dumps`: CPython's C encoder (`c_make_encoder`) walked natively
//! into one `String`, with the same order of checks (None, True, False, str, int, float,
//! list/tuple, dict, else `default`), the same circular-reference markers, key conversions,
//! `sort_keys` over the (key, value) pairs and its error messages. With an indent it writes what
//! CPython's pure-Python `_make_iterencode` writes (it has no C path for indents), including that
//! path's wording of the float and recursion errors.

use super::escape::{Escaping, write_string};
use crate::builtins::functions::sort_values;
use crate::modules::convert::type_name;
use crate::objects::class::Payload;
use crate::objects::function::KwArgs;
use crate::objects::repr::float_repr;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::collections::HashSet;

/// How strings (values and keys) become JSON literals.
pub enum StrEncoder {
    /// One of `_json`'s own encode_basestring functions: done here.
    Native(Escaping),
    /// A Python callable given as `encoder`: called for each string.
    Call(Value),
}

/// The settings of one encoder, as `c_make_encoder` takes them.
pub struct Encoder {
    /// The ids of the containers being written (None: check_circular=False).
    pub markers: Option<HashSet<usize>>,
    pub default: Value,
    pub strings: StrEncoder,
    /// The text of one indent level (None: everything on one line).
    pub indent: Option<String>,
    pub key_separator: String,
    pub item_separator: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub allow_nan: bool,
    pub out: String,
}

/// What a value is, for the encoder: built-in values and instances of their subclasses alike.
enum Kind<'a> {
    Null,
    True,
    False,
    Str(&'a str),
    Int(&'a Value),
    Float(f64),
    Seq(&'a Value),
    Dict(&'a Value),
    Other,
}

fn kind_of(v: &Value) -> Kind<'_> {
    match v {
        Value::None => Kind::Null,
        Value::Bool(true) => Kind::True,
        Value::Bool(false) => Kind::False,
        Value::Str(s) => Kind::Str(s.as_str()),
        Value::Int(_) | Value::BigInt(_) => Kind::Int(v),
        Value::Float(f) => Kind::Float(*f),
        Value::List(_) | Value::Tuple(_) => Kind::Seq(v),
        Value::Dict(_) => Kind::Dict(v),
        Value::Instance(i) => match &i.payload {
            Payload::Base(b) => match b {
                Value::Str(s) => Kind::Str(s.as_str()),
                Value::Int(_) | Value::BigInt(_) => Kind::Int(b),
                Value::Float(f) => Kind::Float(*f),
                Value::List(_) | Value::Tuple(_) => Kind::Seq(b),
                Value::Dict(_) => Kind::Dict(v),
                _ => Kind::Other,
            },
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

/// `id()` of a value, for the circular-reference markers.
fn ident(v: &Value) -> usize {
    v.ptr().unwrap_or(match v {
        Value::None => 1,
        Value::Ellipsis => 2,
        Value::NotImplemented => 3,
        Value::Bool(b) => 4 + *b as usize,
        Value::Int(i) => (*i as usize) << 4 | 8,
        Value::Float(f) => (f.to_bits() as usize) << 4 | 9,
        _ => 0,
    })
}

fn int_text(v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::BigInt(b) => crate::objects::int_text::decimal(b),
        _ => unreachable!("int_text of an int"),
    }
}

impl Encoder {
    /// Whether the indented (pure-Python in CPython) layout is being written.
    fn python_path(&self) -> bool {
        self.indent.is_some()
    }

    fn recursion_note(&self) -> &'static str {
        if self.python_path() { " while calling a Python object" } else { " while encoding a JSON object" }
    }

    fn float_text(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(PyErr::value_error(if self.python_path() { format!("{msg}: {}", float_repr(f)) } else { msg.to_string() }));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// Writes a str (value or key) through the string encoder.
    fn write_str(&mut self, vm: &mut Vm, original: &Value, s: &str) -> PyResult<()> {
        match &self.strings {
            StrEncoder::Native(mode) => {
                write_string(&mut self.out, s, *mode);
                Ok(())
            }
            StrEncoder::Call(f) => {
                let f = f.clone();
                let r = vm.call(&f, std::slice::from_ref(original), &KwArgs::new())?;
                match &r {
                    Value::Str(t) => {
                        self.out.push_str(t.as_str());
                        Ok(())
                    }
                    other => Err(PyErr::type_error(format!("encoder() must return a string, not {}", type_name(other)))),
                }
            }
        }
    }

    fn enter(&mut self, v: &Value) -> PyResult<Option<usize>> {
        match &mut self.markers {
            None => Ok(None),
            Some(m) => {
                let id = ident(v);
                if !m.insert(id) {
                    return Err(PyErr::value_error("Circular reference detected"));
                }
                Ok(Some(id))
            }
        }
    }

    fn leave(&mut self, id: Option<usize>) {
        if let (Some(m), Some(id)) = (&mut self.markers, id) {
            m.remove(&id);
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    /// Writes any value at nesting `level` (counted in indents).
    pub fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        match kind_of(v) {
            Kind::Null => self.out.push_str("null"),
            Kind::True => self.out.push_str("true"),
            Kind::False => self.out.push_str("false"),
            Kind::Str(s) => self.write_str(vm, v, s)?,
            Kind::Int(i) => match i {
                Value::Int(n) => {
                    use std::fmt::Write;
                    let _ = write!(self.out, "{n}");
                }
                _ => self.out.push_str(&int_text(i)?),
            },
            Kind::Float(f) => {
                let t = self.float_text(f)?;
                self.out.push_str(&t);
            }
            Kind::Seq(seq) => {
                let note = self.recursion_note();
                vm.nested(note, |vm| self.encode_seq(vm, seq, level))?
            }
            Kind::Dict(d) => {
                let note = self.recursion_note();
                vm.nested(note, |vm| self.encode_dict(vm, d, level))?
            }
            Kind::Other => {
                let id = self.enter(v)?;
                let f = self.default.clone();
                let replaced = vm.call(&f, std::slice::from_ref(v), &KwArgs::new())?;
                let note = self.recursion_note();
                vm.nested(note, |vm| self.encode(vm, &replaced, level))?;
                self.leave(id);
            }
        }
        Ok(())
    }

    fn encode_seq(&mut self, vm: &mut Vm, seq: &Value, level: usize) -> PyResult<()> {
        let items: Vec<Value> = match seq {
            Value::List(l) => l.items.lock().clone(),
            Value::Tuple(t) => t.to_vec(),
            _ => unreachable!("encode_seq of a list or tuple"),
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.enter(seq)?;
        self.out.push('[');
        let inner = level + 1;
        self.newline(inner);
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                self.out.push_str(&self.item_separator);
                self.newline(inner);
            }
            self.encode(vm, item, inner)?;
        }
        self.newline(level);
        self.out.push(']');
        self.leave(id);
        Ok(())
    }

    /// The (key, value) pairs of a dict, or what `items()` gives for a subclass (as
    /// `PyMapping_Items` does), sorted when `sort_keys` is set.
    fn pairs(&self, vm: &mut Vm, d: &Value) -> PyResult<Vec<(Value, Value)>> {
        let mut pairs = match d {
            Value::Dict(d) => d.items(),
            other => {
                let items = vm.call_method(other, "items", &[])?;
                let mut out = Vec::new();
                for pair in vm.collect(&items)? {
                    match &pair {
                        Value::Tuple(t) if t.len() == 2 => out.push((t[0].clone(), t[1].clone())),
                        _ => return Err(PyErr::value_error("items must return tuples of length 2")),
                    }
                }
                out
            }
        };
        if self.sort_keys {
            let mut tuples: Vec<Value> = pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
            sort_values(vm, &mut tuples, None, false)?;
            pairs = tuples
                .into_iter()
                .map(|t| match t {
                    Value::Tuple(t) => (t[0].clone(), t[1].clone()),
                    _ => unreachable!("sorted pairs are tuples"),
                })
                .collect();
        }
        Ok(pairs)
    }

    /// A key's text before quoting (None: skipped under skipkeys).
    fn key_text(&self, key: &Value) -> PyResult<Option<(Value, String)>> {
        Ok(Some(match kind_of(key) {
            Kind::Str(s) => (key.clone(), s.to_string()),
            Kind::Float(f) => (Value::None, self.float_text(f)?),
            Kind::True => (Value::None, "true".into()),
            Kind::False => (Value::None, "false".into()),
            Kind::Null => (Value::None, "null".into()),
            Kind::Int(i) => (Value::None, int_text(i)?),
            _ if self.skipkeys => return Ok(None),
            _ => {
                return Err(PyErr::type_error(format!("keys must be str, int, float, bool or None, not {}", type_name(key))));
            }
        }))
    }

    fn encode_dict(&mut self, vm: &mut Vm, d: &Value, level: usize) -> PyResult<()> {
        let empty = match d {
            Value::Dict(x) => x.len() == 0,
            Value::Instance(i) => matches!(&i.payload, Payload::Base(Value::Dict(x)) if x.len() == 0),
            _ => false,
        };
        if empty {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.enter(d)?;
        self.out.push('{');
        let inner = level + 1;
        self.newline(inner);
        let mut first = true;
        for (key, value) in self.pairs(vm, d)? {
            let Some((original, text)) = self.key_text(&key)? else { continue };
            if !first {
                self.out.push_str(&self.item_separator);
                self.newline(inner);
            }
            first = false;
            let original = if original.is_none() { Value::string(text.clone()) } else { original };
            self.write_str(vm, &original, &text)?;
            self.out.push_str(&self.key_separator);
            self.encode(vm, &value, inner)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave(id);
        Ok(())
    }
}
