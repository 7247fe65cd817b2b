//! Text of values that needs the interpreter: repr of the built-in types (their items' reprs may
//! call user code) and str of exceptions. The pure reprs are in objects/repr.rs, `format()` specs
//! in format_spec.rs, `%` formatting in percent_format.rs.

use super::Vm;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::Payload;
use crate::objects::dict::Dict;
use crate::objects::repr::{atom_repr, bytes_repr, is_slot_wrapper, str_repr};
use crate::objects::types::types;
use crate::objects::{PyResult, Value};

fn addr(v: &Value) -> String {
    // As C's %p, which CPython uses: no padding.
    format!("{:#x}", v.ptr().unwrap_or(0))
}

fn seq_repr(vm: &mut Vm, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(x)?);
    }
    out.push_str(close);
    Ok(out)
}

pub fn dict_repr(vm: &mut Vm, d: &Arc<Dict>) -> PyResult<String> {
    let mut out = String::from("{");
    for (i, (k, v)) in d.items().into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(&k)?);
        out.push_str(": ");
        out.push_str(&vm.repr(&v)?);
    }
    out.push('}');
    Ok(out)
}

pub fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        // Decimal text of a huge int is quadratic: past sys.get_int_max_str_digits() it is refused.
        Value::BigInt(b) => crate::objects::int_text::decimal(b)?,
        Value::None | Value::Null | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
            atom_repr(v).unwrap_or_default()
        }
        // A huge string's repr is a second copy: MemoryError when it cannot be had.
        Value::Str(s) => {
            crate::vm::ops::check_alloc(s.as_str().len().saturating_add(2))?;
            str_repr(s.as_str())
        }
        Value::Bytes(b) => {
            crate::vm::ops::check_alloc(b.len().saturating_mul(4).saturating_add(3))?;
            bytes_repr(b)
        }
        Value::Tuple(t) if t.is_empty() => "()".into(),
        Value::Tuple(t) => vm.repr_guard(v, "(...)", |vm| if t.len() == 1 { Ok(format!("({},)", vm.repr(&t[0])?)) } else { seq_repr(vm, t, "(", ")") })?,
        Value::List(l) => {
            let items = l.items.lock().clone();
            if items.is_empty() {
                return Ok("[]".into());
            }
            vm.repr_guard(v, "[...]", |vm| seq_repr(vm, &items, "[", "]"))?
        }
        Value::Dict(d) => vm.repr_guard(v, "{...}", |vm| dict_repr(vm, d))?,
        Value::Set(s) => {
            let items = s.items();
            if items.is_empty() { "set()".into() } else { seq_repr(vm, &items, "{", "}")? }
        }
        Value::FrozenSet(s) => {
            let items = s.items();
            if items.is_empty() { "frozenset()".into() } else { format!("frozenset({})", seq_repr(vm, &items, "{", "}")?) }
        }
        Value::Range(r) => r.repr(),
        Value::Slice(s) => format!("slice({}, {}, {})", vm.repr(&s.start)?, vm.repr(&s.stop)?, vm.repr(&s.step)?),
        Value::Function(f) => format!("<function {} at {}>", f.current_qualname(), addr(v)),
        // A built-in class method bound to its class (`dict.fromkeys`) shows as CPython's
        // C class methods do.
        Value::BoundMethod(m) if let (Value::Builtin(b), Value::Class(_)) = (&m.func, &m.self_) => {
            format!("<built-in method {} of {} object at {}>", b.name, types().of(&m.self_).name, addr(&m.self_))
        }
        Value::BoundMethod(m) => {
            let fname = match &m.func {
                Value::Function(f) => f.qualname().to_string(),
                Value::Builtin(b) => b.name.to_string(),
                other => vm.repr(other)?,
            };
            format!("<bound method {} of {}>", fname, vm.repr(&m.self_)?)
        }
        Value::Builtin(b) => match &b.bound {
            Some(s) if is_slot_wrapper(b.owner.name(), b.name) => format!("<method-wrapper '{}' of {} object at {}>", b.name, types().of(s).name, addr(s)),
            Some(s) => format!("<built-in method {} of {} object at {}>", b.name, types().of(s).name, addr(s)),
            None if is_slot_wrapper(b.owner.name(), b.name) => format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner.name()),
            None if b.owner.is_method() => format!("<method '{}' of '{}' objects>", b.name, b.owner.name()),
            None => format!("<built-in function {}>", b.name),
        },
        Value::Class(c) => {
            if c.module == "builtins" {
                format!("<class '{}'>", c.qualname)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }
        }
        Value::Module(m) => vm.module_repr(m)?,
        Value::Iter(it) => {
            if it.runs_frame() {
                format!("<{} object {} at {}>", it.kind.name(), it.name, addr(v))
            } else if let Some(shown) = vm.tool_repr(it) {
                shown?
            } else {
                format!("<{} object at {}>", it.kind.qualified_name(), addr(v))
            }
        }
        Value::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.name.as_str(), addr(v), c.filename(), c.first_line),
        Value::Cell(c) => match c.0.lock().clone() {
            Some(inner) => format!("<cell at {}: {} object at {}>", addr(v), types().of(&inner).name, addr(&inner)),
            None => format!("<cell at {}: empty>", addr(v)),
        },
        Value::Instance(i) => {
            let cls = i.class_ref();
            if i.exc().is_some() {
                let args = i.exc().unwrap().lock().args.clone();
                let inner = if args.len() == 1 { vm.repr(&args[0])? } else { seq_repr(vm, &args, "", "")? };
                return Ok(format!("{}({})", cls.name, inner));
            }
            if let Some(items) = i.native_data().and_then(|d| d.view_items()) {
                return Ok(format!("{}({})", cls.name, seq_repr(vm, &items, "[", "]")?));
            }
            if let Some(r) = i.native_data().and_then(|d| d.repr()) {
                return Ok(r);
            }
            if let Payload::Base(inner) = &i.payload {
                return vm.repr(&inner.clone());
            }
            let module = if cls.module == "builtins" { String::new() } else { format!("{}.", cls.module) };
            format!("<{}{} object at {}>", module, cls.qualname, addr(v))
        }
    })
}

/// `[Errno N] text: 'file' -> 'file2'` from an OSError's attributes, as CPython's OSError_str:
/// with a file name set (even to None), or with both errno and strerror set; None otherwise
/// (str of the args). Unset attributes are absent from the dict (objects/os_error.rs).
fn os_error_str(vm: &mut Vm, d: &crate::objects::dict::Dict) -> PyResult<Option<String>> {
    let get = |k: &str| d.get_str(&crate::objects::str::intern(k));
    let (errno, strerror, file) = (get("errno"), get("strerror"), get("filename"));
    if file.is_none() && (errno.is_none() || strerror.is_none()) {
        return Ok(None);
    }
    let mut out = format!("[Errno {}] {}", vm.str(&errno.unwrap_or(Value::None))?, vm.str(&strerror.unwrap_or(Value::None))?);
    if let Some(f) = file {
        out.push_str(&format!(": {}", vm.repr(&f)?));
        if let Some(f2) = get("filename2") {
            out.push_str(&format!(" -> {}", vm.repr(&f2)?));
        }
    }
    Ok(Some(out))
}

/// str() of an exception: from its args (KeyError shows the key's repr).
pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Instance(i) = v else { return vm.str(v) };
    let args = i.exc().map(|e| e.lock().args.clone()).unwrap_or_default();
    let cls = i.class_ref();
    if cls.is_subclass(&types().exc(ExcKind::SyntaxError)) {
        // "msg (file.py, line 3)", the file by its last component, as CPython's SyntaxError_str.
        if let (Some(d), Some(first)) = (i.dict(), args.first()) {
            let get = |k: &str| d.get_str(&crate::objects::str::intern(k));
            let msg = match get("msg") {
                Some(m) if !m.is_none() => vm.str(&m)?,
                _ => vm.str(first)?,
            };
            let file = match get("filename") {
                Some(Value::Str(f)) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
                _ => None,
            };
            let line = match get("lineno") {
                Some(Value::Int(n)) => Some(n),
                _ => None,
            };
            return Ok(match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            });
        }
    }
    if cls.is_subclass(&types().exc(ExcKind::OSError))
        && let Some(d) = i.dict()
        && let Some(text) = os_error_str(vm, &d)?
    {
        return Ok(text);
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => {
            if cls.is_subclass(&types().exc(ExcKind::KeyError)) {
                vm.repr(&args[0])
            } else {
                vm.str(&args[0])
            }
        }
        _ => {
            for (name, decode) in [(ExcKind::UnicodeDecodeError, true), (ExcKind::UnicodeEncodeError, false)] {
                if cls.is_subclass(&types().exc(name))
                    && let Some(text) = crate::builtins::codec_args::unicode_error_str(decode, &args)
                {
                    return Ok(text);
                }
            }
            vm.repr(&Value::tuple(args))
        }
    }
}
