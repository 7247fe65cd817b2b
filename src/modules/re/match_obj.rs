//! `re.Match`: the native match object (made by `_sre.match` and `_sre.scan`, never by users), with
//! each group's string made on first use (most matches are only tested, or read a group or two). `expand` asks the Pattern (re.py) to parse
//! the template.

use crate::builtins::args::{check_args, kwarg, only_kwargs};
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;

/// What a Match object holds.
pub struct MatchData {
    pub pattern: Value,
    pub string: Value,
    pub pos: usize,
    pub endpos: usize,
    /// Start and end of each group (group 0 first), -1 when the group did not take part.
    pub marks: Vec<i64>,
    pub lastindex: usize,
    /// Each group's text once asked for (None when it did not take part).
    pub strs: Box<[OnceLock<Value>]>,
    /// A non-ASCII str subject's characters, shared with the matcher, to cut the groups from.
    pub(super) decoded: Option<super::Decoded>,
    /// Group names and numbers, in the order the pattern defines them.
    pub names: std::sync::Arc<Vec<(String, usize)>>,
}

pub fn match_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("group", group),
            ("__getitem__", getitem),
            ("groups", groups),
            ("groupdict", groupdict),
            ("start", start),
            ("end", end),
            ("span", span),
            ("__repr__", repr),
            ("expand", expand),
            ("__copy__", copy),
            ("__deepcopy__", copy),
        ];
        let props: &[(&'static str, NativeFn)] = &[
            ("string", p_string),
            ("re", p_re),
            ("pos", p_pos),
            ("endpos", p_endpos),
            ("lastindex", p_lastindex),
            ("lastgroup", p_lastgroup),
            ("regs", p_regs),
        ];
        NativeClass::new("re", "Match").method_owner("re.Match").methods(methods).properties(props).module_attr().build()
    })
}

pub fn new_match(data: MatchData) -> Value {
    Value::Instance(Instance::new(match_class().clone(), Payload::Native(Box::new(data))))
}

fn this(a: &[Value]) -> PyResult<&MatchData> {
    if let Some(Value::Instance(i)) = a.first()
        && let Payload::Native(n) = &i.payload
        && let Some(d) = n.downcast_ref::<MatchData>()
    {
        return Ok(d);
    }
    Err(PyErr::type_error("descriptor requires a 're.Match' object"))
}

impl MatchData {
    /// The group number `g` names (an int or a group name).
    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let n = self.strs.len();
        let i = match g {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Str(s) => match self.names.iter().find(|(name, _)| name == s.as_str()) {
                Some((_, i)) => *i as i64,
                None => -1,
            },
            Value::Float(_) | Value::Bytes(_) | Value::None => -1,
            v => vm.index_value(v).unwrap_or(-1),
        };
        if i < 0 || i as usize >= n {
            return Err(PyErr::index_error("no such group"));
        }
        Ok(i as usize)
    }

    /// Group `i`'s text (None when it did not take part).
    fn text(&self, i: usize) -> Value {
        self.strs[i]
            .get_or_init(|| {
                let (s, e) = (self.marks[2 * i], self.marks[2 * i + 1]);
                if s < 0 || e < 0 {
                    return Value::None;
                }
                super::slice_of(&self.string, self.decoded.as_ref(), s as usize, e as usize)
            })
            .clone()
    }

    fn get(&self, i: usize, default: &Value) -> Value {
        match self.text(i) {
            Value::None => default.clone(),
            v => v,
        }
    }
}

fn group(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs("group", k, &[])?;
    let m = this(a)?;
    match a.len() {
        1 => Ok(m.text(0)),
        2 => Ok(m.text(m.index(vm, &a[1])?)),
        _ => {
            let mut out = Vec::with_capacity(a.len() - 1);
            for g in &a[1..] {
                out.push(m.text(m.index(vm, g)?));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn getitem(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__getitem__", a, k, 2, 2)?;
    let m = this(a)?;
    Ok(m.text(m.index(vm, &a[1])?))
}

fn default_arg(name: &str, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    only_kwargs(name, k, &["default"])?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("{name}() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    Ok(a.get(1).or_else(|| kwarg(k, "default")).cloned().unwrap_or(Value::None))
}

fn groups(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let d = default_arg("groups", a, k)?;
    let m = this(a)?;
    Ok(Value::tuple((1..m.strs.len()).map(|i| m.get(i, &d)).collect()))
}

fn groupdict(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let d = default_arg("groupdict", a, k)?;
    let m = this(a)?;
    let dict = crate::objects::dict::Dict::new();
    for (name, i) in m.names.iter() {
        dict.set_str(crate::objects::str::PyStr::new(name), m.get(*i, &d));
    }
    Ok(Value::Dict(dict))
}

fn group_arg(vm: &mut Vm, name: &str, a: &[Value], k: &KwArgs) -> PyResult<(i64, i64)> {
    check_args(name, a, k, 1, 2)?;
    let m = this(a)?;
    let i = match a.get(1) {
        Some(g) => m.index(vm, g)?,
        None => 0,
    };
    Ok((m.marks[2 * i], m.marks[2 * i + 1]))
}

fn start(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(group_arg(vm, "start", a, k)?.0))
}

fn end(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(group_arg(vm, "end", a, k)?.1))
}

fn span(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (s, e) = group_arg(vm, "span", a, k)?;
    Ok(Value::tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    let r: String = vm.repr(&m.text(0))?.chars().take(50).collect();
    Ok(Value::string(format!("<re.Match object; span=({}, {}), match={}>", m.marks[0], m.marks[1], r)))
}

/// `expand(template)`: the template's pieces come from `Pattern._template_parts` (re.py), which
/// raises CPython's errors; literal pieces and group texts are joined here.
fn expand(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("expand", a, k, 2, 2)?;
    let m = this(a)?;
    let parts = vm.call_method(&m.pattern, "_template_parts", &[a[1].clone()])?;
    let bytes = matches!(m.string, Value::Bytes(_));
    let mut text = String::new();
    let mut raw = Vec::new();
    for p in vm.collect(&parts)? {
        let piece = match &p {
            Value::Str(_) | Value::Bytes(_) => p.clone(),
            v => m.text(m.index(vm, v)?),
        };
        match piece {
            Value::Str(s) => text.push_str(s.as_str()),
            Value::Bytes(b) => raw.extend_from_slice(&b),
            _ => {}
        }
    }
    Ok(if bytes { Value::Bytes(Arc::new(raw)) } else { Value::string(text) })
}

fn copy(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(a[0].clone())
}

fn p_string(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(this(a)?.string.clone())
}

fn p_re(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(this(a)?.pattern.clone())
}

fn p_pos(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.pos as i64))
}

fn p_endpos(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.endpos as i64))
}

fn p_lastindex(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    Ok(if m.lastindex == 0 { Value::None } else { Value::Int(m.lastindex as i64) })
}

fn p_lastgroup(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    Ok(m.names.iter().find(|(_, i)| *i == m.lastindex && m.lastindex != 0).map_or(Value::None, |(n, _)| Value::str(n)))
}

fn p_regs(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    Ok(Value::tuple(m.marks.chunks(2).map(|c| Value::tuple(vec![Value::Int(c[0]), Value::Int(c[1])])).collect()))
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for MatchData {}
