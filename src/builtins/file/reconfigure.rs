//! What changes a file object's layering or settings after open(): `detach()` (a text file gives
//! away its buffer, a buffered file its raw FileIO), `TextIOWrapper.reconfigure()`, and the
//! text attributes that report them (`newlines`, `write_through`); plus the finaliser of the
//! `_io._IOBase` family, which closes a stream of a user's class when its last reference goes.

use super::*;
use std::sync::atomic::Ordering::Relaxed;

/// detach(): flushes, hands back the layer below and leaves this object unusable.
pub(super) fn detach(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    f.with(vm, Op::Flush, |s| s.raw.flush().map_err(super::fault::Fault::Io))?;
    let below = if f.layer == Layer::Text { Layer::Buffered } else { Layer::Unbuffered };
    let view = f.below.get_or_init(|| f.view(below)).clone();
    f.detached.store(true, Relaxed);
    Ok(view)
}

/// `newlines`: the line endings read so far under universal newlines (None, one, or a tuple).
pub(super) fn newlines(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let guard = f.shared.state.lock();
    let Some(text) = guard.as_ref().and_then(|s| s.text.as_ref()) else { return Ok(Value::None) };
    let names = text.seen.names();
    Ok(match names.as_slice() {
        [] => Value::None,
        [one] => Value::str(one),
        many => Value::tuple(many.iter().map(|n| Value::str(n)).collect()),
    })
}

pub(super) fn write_through(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(file_any(&a[0])?.settings.lock().write_through))
}

/// A `str or None` keyword of reconfigure(): Some(None) when given as None.
fn text_kwarg<'a>(k: &'a KwArgs, name: &str) -> PyResult<Option<Option<&'a str>>> {
    match kwarg(k, name) {
        None => Ok(None),
        Some(Value::None) => Ok(Some(None)),
        Some(Value::Str(s)) => Ok(Some(Some(s.as_str()))),
        Some(other) => Err(PyErr::type_error(format!("reconfigure() argument '{name}' must be str or None, not {}", types().of(other).name))),
    }
}

/// A flag keyword of reconfigure() (None: unchanged).
fn flag_kwarg(vm: &mut Vm, k: &KwArgs, name: &str) -> PyResult<Option<bool>> {
    match kwarg(k, name) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.index_value(v)? != 0)),
    }
}

/// The arguments of a reconfigure() call (a file's or a standard stream's), checked as CPython
/// checks them.
pub struct Reconfigure<'a> {
    pub encoding: Option<&'a str>,
    pub errors: Option<&'a str>,
    /// Given at all (Some(None) for newline=None), and what it says.
    pub newline: Option<Newline>,
    pub line_buffering: Option<bool>,
    pub write_through: Option<bool>,
}

pub fn parse_reconfigure<'a>(vm: &mut Vm, a: &[Value], k: &'a KwArgs) -> PyResult<Reconfigure<'a>> {
    if a.len() > 1 {
        return Err(PyErr::type_error("reconfigure() takes no positional arguments"));
    }
    for (n, _) in k {
        if !["encoding", "errors", "newline", "line_buffering", "write_through"].contains(&n.as_str()) {
            return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for reconfigure()", n.as_str())));
        }
    }
    let encoding = text_kwarg(k, "encoding")?.flatten();
    let errors = text_kwarg(k, "errors")?.flatten();
    let newline = match text_kwarg(k, "newline")? {
        None => None,
        Some(n) => Some(Newline::parse(n).ok_or_else(|| PyErr::value_error(format!("illegal newline value: {}", n.unwrap_or_default())))?),
    };
    Ok(Reconfigure { encoding, errors, newline, line_buffering: flag_kwarg(vm, k, "line_buffering")?, write_through: flag_kwarg(vm, k, "write_through")? })
}

/// reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None): new settings for what is written and read from now on.
pub(super) fn reconfigure(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let f = file_of(&a[0])?;
    let Reconfigure { encoding, errors, newline, line_buffering, write_through } = parse_reconfigure(vm, a, k)?;
    let codec = match encoding {
        Some(e) => Some(crate::builtins::codec_args::lookup(if e == "locale" { "utf-8" } else { e })?),
        None => None,
    };
    {
        let guard = f.shared.state.lock();
        let pending = guard.as_ref().and_then(|s| s.text.as_ref()).is_some_and(|t| t.has_pending());
        if pending && (encoding.is_some() || errors.is_some() || newline.is_some()) {
            return Err(PyErr::new(ExcKind::UnsupportedOperation, "It is not possible to set the encoding or newline of stream after the first read"));
        }
    }
    f.with(vm, Op::Flush, |s| s.raw.flush().map_err(super::fault::Fault::Io))?;
    let mut settings = f.settings.lock();
    let mut guard = f.shared.state.lock();
    let Some(text) = guard.as_mut().and_then(|s| s.text.as_mut()) else { return Err(f.closed_error(Op::Flush)) };
    if let Some(enc) = codec {
        text.encoding = enc;
        settings.encoding = if encoding == Some("locale") { "UTF-8".to_string() } else { encoding.unwrap_or_default().to_string() };
        // A new encoding starts with strict errors unless told otherwise.
        settings.errors = "strict".to_string();
    }
    if let Some(e) = errors {
        settings.errors = e.to_string();
    }
    text.errors = crate::codecs::ErrorHandler::parse(&settings.errors);
    if let Some(n) = newline {
        text.newline = n;
    }
    if let Some(lb) = line_buffering {
        text.line_buffering = lb;
        settings.line_buffering = lb;
    }
    if let Some(wt) = write_through {
        settings.write_through = wt;
    }
    Ok(Value::None)
}

/// `_IOBase.__del__`: a stream of a user's class still open when its last reference goes is
/// closed (its own close() runs); what that raises is dropped, as CPython's finaliser does.
pub(super) fn finalize(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let obj = &a[0];
    let saved = vm.exc_stack.len();
    let closed = match vm.get_attr(obj, &intern("closed")) {
        Ok(v) => vm.truthy(&v).unwrap_or(true),
        Err(_) => true,
    };
    if !closed {
        let _ = vm.call_method(obj, "close", &[]);
    }
    vm.exc_stack.truncate(saved);
    Ok(Value::None)
}
