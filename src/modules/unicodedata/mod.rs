//! `unicodedata`: the Unicode 14.0 character database as CPython 3.11 answers from it: name,
//! lookup, category, bidirectional, combining, east_asian_width, mirrored, decomposition,
//! decimal/digit/numeric (all read from crate::ucd), and normalize/is_normalized (normalize.rs).

mod normalize;

use super::make_module;
use crate::builtins::args::check_args;
use crate::objects::function::{KwArgs, NO_KWARGS};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::ucd::{BIDI, WIDTHS, record};
use crate::vm::Vm;

/// The one character a function's argument must be: CPython's TypeError otherwise.
fn one_char(v: &Value, what: &str) -> PyResult<char> {
    if let Value::Str(s) = v {
        let mut it = s.as_str().chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    Err(PyErr::type_error(format!("{what} must be a unicode character, not {}", types().of(v).name)))
}

fn no_keywords(fname: &str, k: &KwArgs) -> PyResult<()> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("unicodedata.{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// The argument of a one-argument property function.
fn single(fname: &str, a: &[Value], k: &KwArgs) -> PyResult<char> {
    no_keywords(fname, k)?;
    check_args(&format!("unicodedata.{fname}"), a, NO_KWARGS, 1, 1)?;
    one_char(&a[0], &format!("{fname}() argument"))
}

/// The character and default of name/decimal/digit/numeric(chr, default=<none>).
fn with_default<'a>(fname: &str, a: &'a [Value], k: &KwArgs) -> PyResult<(char, Option<&'a Value>)> {
    no_keywords(fname, k)?;
    check_args(fname, a, NO_KWARGS, 1, 2)?;
    Ok((one_char(&a[0], &format!("{fname}() argument 1"))?, a.get(1)))
}

fn or_default(default: Option<&Value>, msg: &str) -> PyResult<Value> {
    default.cloned().ok_or_else(|| PyErr::value_error(msg.to_string()))
}

fn name(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (c, default) = with_default("name", a, k)?;
    match crate::ucd::name(c) {
        Some(n) => Ok(Value::string(n)),
        None => or_default(default, "no such name"),
    }
}

fn lookup(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_keywords("lookup", k)?;
    check_args("unicodedata.lookup", a, NO_KWARGS, 1, 1)?;
    let text = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(other).name))),
    };
    if text.len() > 256 {
        return Err(PyErr::with_args(ExcKind::KeyError, vec![Value::str("name too long")]));
    }
    match crate::ucd::lookup_name(&text) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(PyErr::with_args(ExcKind::KeyError, vec![Value::string(format!("undefined character name '{text}'"))])),
    }
}

fn category(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(crate::ucd::category(single("category", a, k)?)))
}

fn bidirectional(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(BIDI[record(single("bidirectional", a, k)?).bidi as usize]))
}

fn combining(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(record(single("combining", a, k)?).combining as i64))
}

fn east_asian_width(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(WIDTHS[record(single("east_asian_width", a, k)?).width as usize]))
}

fn mirrored(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(record(single("mirrored", a, k)?).mirrored as i64))
}

fn decomposition(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(crate::ucd::decomposition(single("decomposition", a, k)?)))
}

fn decimal(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (c, default) = with_default("decimal", a, k)?;
    match crate::ucd::numeric(c).and_then(|n| n.0) {
        Some(d) => Ok(Value::Int(d as i64)),
        None => or_default(default, "not a decimal"),
    }
}

fn digit(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (c, default) = with_default("digit", a, k)?;
    match crate::ucd::numeric(c).and_then(|n| n.1) {
        Some(d) => Ok(Value::Int(d as i64)),
        None => or_default(default, "not a digit"),
    }
}

fn numeric(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (c, default) = with_default("numeric", a, k)?;
    match crate::ucd::numeric(c) {
        Some((_, _, n)) => Ok(Value::Float(n)),
        None => or_default(default, "not a numeric character"),
    }
}

/// The (form, text) of normalize() and is_normalized().
fn form_and_text(fname: &str, a: &[Value], k: &KwArgs) -> PyResult<(normalize::Form, String)> {
    no_keywords(fname, k)?;
    check_args(fname, a, NO_KWARGS, 2, 2)?;
    let form = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => return Err(PyErr::type_error(format!("{fname}() argument 1 must be str, not {}", types().of(other).name))),
    };
    let text = match &a[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => return Err(PyErr::type_error(format!("{fname}() argument 2 must be str, not {}", types().of(other).name))),
    };
    let form = normalize::Form::parse(&form).ok_or_else(|| PyErr::value_error("invalid normalization form"))?;
    Ok((form, text))
}

fn normalize_fn(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (form, text) = form_and_text("normalize", a, k)?;
    if normalize::is_normalized(form, &text) {
        return Ok(a[1].clone());
    }
    Ok(Value::string(normalize::normalize(form, &text)))
}

fn is_normalized(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (form, text) = form_and_text("is_normalized", a, k)?;
    Ok(Value::Bool(normalize::is_normalized(form, &text)))
}

pub fn create() -> Value {
    let (module, d) = make_module(
        "unicodedata",
        &[
            ("name", name),
            ("lookup", lookup),
            ("category", category),
            ("bidirectional", bidirectional),
            ("combining", combining),
            ("east_asian_width", east_asian_width),
            ("mirrored", mirrored),
            ("decomposition", decomposition),
            ("decimal", decimal),
            ("digit", digit),
            ("numeric", numeric),
            ("normalize", normalize_fn),
            ("is_normalized", is_normalized),
        ],
    );
    d.set_str(intern("unidata_version"), Value::str("14.0.0"));
    module
}
