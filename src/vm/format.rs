//! Text of values: repr and str of built-ins (float repr is CPython's shortest round-trip form),
//! exception messages, `format()` specs, f-string conversions and printf-style `%` formatting.

use super::Vm;
use crate::objects::ExcKind;
use crate::objects::class::Payload;
use crate::objects::dict::Dict;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::sync::Arc;

/// Python's repr of a float.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let sci = format!("{:e}", f);
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        return format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    if exp >= 0 {
        let e = exp as usize;
        if digits.len() > e + 1 {
            format!("{sign}{}.{}", &digits[..e + 1], &digits[e + 1..])
        } else {
            format!("{sign}{}{}.0", digits, "0".repeat(e + 1 - digits.len()))
        }
    } else {
        format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    }
}

/// Whether repr() shows `c` as itself, as CPython's `str.isprintable` decides: every character
/// but controls, format characters, surrogates, private-use and unassigned code points, and
/// separators other than the space.
pub fn is_printable(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(
        get_general_category(c),
        G::Control | G::Format | G::Surrogate | G::PrivateUse | G::Unassigned | G::LineSeparator | G::ParagraphSeparator | G::SpaceSeparator
    )
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                out.push_str(&if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                })
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    quoted_bytes(b, false)
}

/// The `b'...'` inside a bytearray's repr: CPython escapes every `'` there, even between double quotes.
pub fn bytearray_body_repr(b: &[u8]) -> String {
    quoted_bytes(b, true)
}

fn quoted_bytes(b: &[u8], escape_single: bool) -> String {
    let has_single = b.contains(&b'\'');
    let has_double = b.contains(&b'"');
    let quote = if has_single && !has_double { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

/// Repr of a constant, for the disassembler (no VM needed).
pub fn const_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => str_repr(s.as_str()),
        Value::Bytes(b) => bytes_repr(b),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.iter().map(const_repr).collect();
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        Value::Ellipsis => "Ellipsis".into(),
        _ => "<object>".into(),
    }
}

fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.ptr().unwrap_or(0))
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
        Value::None | Value::Null => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
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
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Slice(s) => format!("slice({}, {}, {})", vm.repr(&s.start)?, vm.repr(&s.stop)?, vm.repr(&s.step)?),
        Value::Function(f) => format!("<function {} at {}>", f.current_qualname(), addr(v)),
        Value::BoundMethod(m) => {
            let fname = match &m.func {
                Value::Function(f) => f.qualname.clone(),
                other => vm.repr(other)?,
            };
            format!("<bound method {} of {}>", fname, vm.repr(&m.self_)?)
        }
        Value::Builtin(b) => match &b.bound {
            Some(s) => format!("<built-in method {} of {} object at {}>", b.name, types().of(s).name, addr(s)),
            None if !b.owner.is_empty() => format!("<method '{}' of '{}' objects>", b.name, b.owner),
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
            if it.kind == "generator" {
                format!("<generator object {} at {}>", it.name, addr(v))
            } else {
                format!("<{} object at {}>", it.kind, addr(v))
            }
        }
        Value::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.name.as_str(), addr(v), c.filename(), c.first_line),
        Value::Cell(_) => format!("<cell at {}>", addr(v)),
        Value::Instance(i) => {
            let cls = &i.class;
            if i.exc().is_some() {
                let args = i.exc().unwrap().lock().args.clone();
                let inner = if args.len() == 1 { vm.repr(&args[0])? } else { seq_repr(vm, &args, "", "")? };
                return Ok(format!("{}({})", cls.name, inner));
            }
            if let Some(view) = i.native::<crate::builtins::dict::DictView>() {
                let items = view.items();
                return Ok(format!("{}({})", cls.name, seq_repr(vm, &items, "[", "]")?));
            }
            if let Payload::Native(_) = i.payload
                && let Some(r) = crate::builtins::native_repr(vm, v)?
            {
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

/// str() of an exception: from its args (KeyError shows the key's repr).
pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Instance(i) = v else { return vm.str(v) };
    let args = i.exc().map(|e| e.lock().args.clone()).unwrap_or_default();
    let cls = &i.class;
    if cls.is_subclass(&types().exc(ExcKind::SyntaxError)) {
        // "msg (file.py, line 3)", the file by its last component, as CPython's SyntaxError_str.
        if let (Some(d), Some(first)) = (&i.dict, args.first()) {
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
            if cls.is_subclass(&types().exc(ExcKind::OSError)) && args.len() >= 2 {
                let s = vm.str(&args[1])?;
                let mut out = format!("[Errno {}] {}", vm.str(&args[0])?, s);
                if args.len() >= 3 {
                    out.push_str(&format!(": {}", vm.repr(&args[2])?));
                }
                return Ok(out);
            }
            vm.repr(&Value::tuple(args))
        }
    }
}

// ---------------------------------------------------------------- format specs

#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// A width or precision: past the largest index, CPython's ValueError; a size that cannot be
/// allocated, MemoryError (checked here, before any padding is made).
fn spec_number(digits: &[char]) -> PyResult<usize> {
    let n: usize = digits
        .iter()
        .collect::<String>()
        .parse()
        .ok()
        .filter(|n| *n <= isize::MAX as usize)
        .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
    crate::vm::ops::check_alloc(n.saturating_mul(2))?;
    Ok(n)
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = spec_number(&chars[start..i])?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        s.precision = Some(spec_number(&chars[start..i])?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(PyErr::value_error("Invalid format specifier"));
    }
    Ok(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `body` (with its sign split off in `sign`) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, numeric: bool) -> String {
    let len = sign.chars().count() + body.chars().count();
    if spec.width <= len {
        return format!("{sign}{body}");
    }
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && numeric {
        '='
    } else if numeric {
        '>'
    } else {
        '<'
    });
    let n = spec.width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '>' => format!("{}{sign}{body}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{sign}{}{body}", f(n)),
    }
}

fn sign_str(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(v: &BigInt, spec: &Spec) -> PyResult<String> {
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => (mag.to_string(), ""),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            let c = v.to_u32().and_then(char::from_u32).ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?;
            return Ok(pad(spec, "", &c.to_string(), false));
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float(v.to_f64().unwrap_or(f64::INFINITY), spec);
        }
        Some(t) => return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'int'"))),
    };
    let digits = match spec.grouping {
        Some(sep) => group(&digits, sep, if matches!(spec.ty, Some('b' | 'o' | 'x' | 'X')) { 4 } else { 3 }),
        None => digits,
    };
    let sign = format!("{}{}", sign_str(neg, spec), if spec.alt { prefix } else { "" });
    Ok(pad(spec, &sign, &digits, true))
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        let t = s.trim_end_matches('0');
        t.trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

fn exp_form(mant: &str, exp: i32, upper: bool) -> String {
    format!("{mant}{}{}{:02}", if upper { 'E' } else { 'e' }, if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// Digits past which a double's exact decimal expansion has only zeros (it has at most 1074
/// fractional digits and 767 significant ones); Rust's `format!` refuses precisions over 65535.
const EXACT_DIGITS: usize = 1100;

/// `{:.N}` for any precision: past EXACT_DIGITS the digits are zeros, appended here.
fn fixed(x: f64, prec: usize) -> String {
    let mut s = format!("{:.*}", prec.min(EXACT_DIGITS), x);
    if prec > EXACT_DIGITS && x.is_finite() {
        s.extend(std::iter::repeat_n('0', prec - EXACT_DIGITS));
    }
    s
}

/// `{:.Ne}` (Rust's exponent form) for any precision, as `fixed`.
fn sci_digits(x: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec.min(EXACT_DIGITS), x);
    if prec <= EXACT_DIGITS || !x.is_finite() {
        return s;
    }
    let (m, e) = s.split_once('e').unwrap();
    format!("{m}{}e{e}", "0".repeat(prec - EXACT_DIGITS))
}

/// `{:.Ne}` with a Python-style exponent.
fn sci(x: f64, prec: usize, upper: bool) -> String {
    let s = sci_digits(x, prec);
    let (m, e) = s.split_once('e').unwrap();
    exp_form(m, e.parse().unwrap(), upper)
}

/// The 'g' presentation (also used by `%g` and the no-type float format with a precision).
fn general(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if x == 0.0 {
        return if alt { fixed(0.0, p - 1) } else { "0".into() };
    }
    let s = sci_digits(x, p - 1);
    let (m, e) = s.split_once('e').unwrap();
    let exp: i32 = e.parse().unwrap();
    if exp >= -4 && (exp as i64) < p as i64 {
        let f = fixed(x, (p as i64 - 1 - exp as i64).max(0) as usize);
        if alt { f } else { strip_zeros(&f) }
    } else {
        let m = if alt { m.to_string() } else { strip_zeros(m) };
        exp_form(&m, exp, upper)
    }
}

pub fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let mut body = if a.is_infinite() {
        "inf".to_string()
    } else if a.is_nan() {
        "nan".to_string()
    } else {
        match spec.ty {
            Some('f' | 'F') => fixed(a, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => sci(a, spec.precision.unwrap_or(6), upper),
            Some('g' | 'G') => general(a, spec.precision.unwrap_or(6), spec.alt, upper),
            Some('%') => format!("{}%", fixed(a * 100.0, spec.precision.unwrap_or(6))),
            None => match spec.precision {
                Some(p) => {
                    let g = general(a, p, spec.alt, false);
                    if g.contains('.') || g.contains('e') || g.contains("inf") { g } else { g.to_string() }
                }
                None => float_repr(a),
            },
            Some(t) => return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'float'"))),
        }
    };
    if upper {
        body = body.to_uppercase();
    }
    if let Some(sep) = spec.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => body.split_at(i),
            None => (body.as_str(), ""),
        };
        body = format!("{}{}", group(int_part, sep, 3), rest);
    }
    Ok(pad(spec, sign_str(neg, spec), &body, true))
}

pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty
        && t != 's'
    {
        return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'str'")));
    }
    if spec.sign.is_some() {
        return Err(PyErr::value_error("Sign not allowed in string format specifier"));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, "", &body, false))
}

impl Vm {
    /// format(v, spec) for any value.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(_) | Value::BigInt(_) => format_int(&super::protocol::to_big(v), &parse_spec(spec)?),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True" } else { "False" }.into());
                }
                let s = parse_spec(spec)?;
                if s.ty.is_none() {
                    return format_str(if *b { "True" } else { "False" }, &s);
                }
                format_int(&BigInt::from(*b as i64), &s)
            }
            Value::Float(f) => format_float(*f, &parse_spec(spec)?),
            Value::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.as_str().to_string());
                }
                format_str(s.as_str(), &parse_spec(spec)?)
            }
            Value::Instance(i) => {
                if let Some(f) = i.class().lookup(&crate::objects::str::intern("__format__"))
                    && let Value::Function(_) = f
                {
                    let r = self.call(&f, &[v.clone(), Value::str(spec)], &Vec::new())?;
                    return self.str(&r);
                }
                if let Some(inner) = super::subclass::wrapped(v) {
                    return self.format(&inner.clone(), spec);
                }
                let s = self.str(v)?;
                if spec.is_empty() {
                    return Ok(s);
                }
                Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", i.class().name)))
            }
            _ => {
                let s = self.str(v)?;
                if spec.is_empty() {
                    return Ok(s);
                }
                Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", types().of(v).name)))
            }
        }
    }

    /// The FormatValue instruction: conversion (0 none, 1 str, 2 repr, 3 ascii) then the spec.
    pub fn format_value(&mut self, v: &Value, conv: u8, spec: Option<&Value>) -> PyResult<String> {
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        let converted;
        let v = match conv {
            1 => {
                converted = Value::string(self.str(v)?);
                &converted
            }
            2 => {
                converted = Value::string(self.repr(v)?);
                &converted
            }
            3 => {
                converted = crate::builtins::functions::ascii(self, std::slice::from_ref(v), &Vec::new())?;
                &converted
            }
            _ => v,
        };
        if spec.is_empty() {
            if let Value::Str(s) = v {
                return Ok(s.as_str().to_string());
            }
            return self.str(v);
        }
        self.format(v, &spec)
    }
}

/// Bytes as the Latin-1 text percent_format builds bytes in (each char is one byte).
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The bytes `%s` / `%b` put into a bytes format: a bytes-like value, or what `__bytes__` returns.
fn percent_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::builtins::buffer::bytes_of(v) {
        return Ok(b);
    }
    if matches!(v, Value::Instance(_))
        && vm.has_attr(v, "__bytes__")?
        && let Value::Bytes(b) = vm.call_method(v, "__bytes__", &[])?
    {
        return Ok(b.to_vec());
    }
    Err(PyErr::type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", types().of(v).name)))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = crate::builtins::functions::ascii(vm, std::slice::from_ref(v), &Vec::new())?;
    Ok(r.as_str().unwrap_or_default().to_string())
}

/// printf-style formatting: `"%5.2f|%-3s" % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<String> {
    let fmt_text: String = match fmt {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => latin1(b),
        _ => return Err(PyErr::type_error("format requires a str or bytes")),
    };
    let is_bytes = matches!(fmt, Value::Bytes(_));
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.to_vec(), None),
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        Value::Instance(_) if let Some(Value::Tuple(t)) = super::subclass::wrapped(args) => (t.to_vec(), None),
        Value::Instance(i) if i.class().lookup(&crate::objects::str::intern("__getitem__")).is_some() => (vec![args.clone()], Some(args.clone())),
        _ => (vec![args.clone()], None),
    };
    let chars: Vec<char> = fmt_text.chars().collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut i = 0;
    let mut used_mapping = false;
    let mut take = |vm: &mut Vm, key: Option<String>| -> PyResult<Value> {
        if let Some(k) = key {
            used_mapping = true;
            let m = mapping.clone().ok_or_else(|| PyErr::type_error("format requires a mapping"))?;
            // A bytes format looks its keys up as bytes.
            let key = if is_bytes { Value::Bytes(Arc::new(k.chars().map(|c| c as u32 as u8).collect())) } else { Value::string(k) };
            return vm.getitem(&m, &key);
        }
        let v = items.get(next).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let mut key = None;
        if chars[i] == '(' {
            let end = chars[i..].iter().position(|&c| c == ')').ok_or_else(|| PyErr::value_error("incomplete format key"))? + i;
            key = Some(chars[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let mut spec = Spec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        let mut width = String::new();
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '*') {
            if chars[i] == '*' {
                let w = take(vm, None)?;
                width = vm.index_value(&w)?.to_string();
            } else {
                width.push(chars[i]);
            }
            i += 1;
        }
        spec.width = match width.parse::<i64>() {
            _ if width.is_empty() => 0,
            Ok(w) if w >= 0 => w as usize,
            Ok(w) if w > i64::MIN => {
                spec.align = Some('<');
                w.unsigned_abs() as usize
            }
            _ => return Err(PyErr::value_error("width too big")),
        };
        crate::vm::ops::check_alloc(spec.width.saturating_mul(2))?;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            spec.precision = Some(match p.parse::<usize>() {
                _ if p.is_empty() => 0,
                Ok(n) if n <= i32::MAX as usize => n,
                _ => return Err(PyErr::value_error("precision too big")),
            });
        }
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let v = take(vm, key)?;
        let text = match conv {
            's' | 'r' | 'a' | 'b' if is_bytes || conv != 'b' => {
                let s = match conv {
                    // Bytes take bytes-like values (or `__bytes__`) for %s and %b, and ascii() for %r / %a.
                    's' | 'b' if is_bytes => latin1(&percent_bytes(vm, &v)?),
                    'r' | 'a' if is_bytes => ascii_of(vm, &v)?,
                    's' => vm.str(&v)?,
                    'a' => ascii_of(vm, &v)?,
                    _ => vm.repr(&v)?,
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                spec.precision = None;
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &s, false)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                // An instance of an int (or float) subclass formats as its value.
                let v = match super::subclass::wrapped(&v) {
                    Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))) => inner.clone(),
                    _ => v,
                };
                let n = match &v {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => super::protocol::to_big(&v),
                    Value::Float(f) => BigInt::from(f.trunc() as i128),
                    _ => {
                        let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                        return Err(PyErr::type_error(format!("%{conv} format: {what} is required, not {}", types().of(&v).name)));
                    }
                };
                spec.ty = Some(match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                });
                let mut s = format_int(&n, &Spec { width: 0, ..Spec { ty: spec.ty, sign: spec.sign, alt: spec.alt, ..Default::default() } })?;
                if let Some(p) = spec.precision {
                    let (sign, digits) = if s.starts_with(['-', '+', ' ']) { s.split_at(1) } else { ("", s.as_str()) };
                    if digits.len() < p {
                        s = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
                    }
                }
                let (sign, body) = if s.starts_with(['-', '+', ' ']) { (s[..1].to_string(), s[1..].to_string()) } else { (String::new(), s) };
                let sp = Spec { fill: None, align: spec.align, zero: spec.zero, width: spec.width, ..Default::default() };
                pad(&sp, &sign, &body, true)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let num = super::subclass::wrapped(&v).cloned().unwrap_or_else(|| v.clone());
                let f = match &num {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => super::protocol::to_big(&num).to_f64().unwrap_or(f64::INFINITY),
                    _ => return Err(PyErr::type_error(format!("must be real number, not {}", types().of(&v).name))),
                };
                spec.ty = Some(conv);
                if spec.precision.is_none() {
                    spec.precision = Some(6);
                }
                format_float(f, &spec)?
            }
            'c' if is_bytes => {
                let byte = match &v {
                    Value::Int(n) => u8::try_from(*n).map_err(|_| PyErr::new(ExcKind::OverflowError, "%c arg not in range(256)"))?,
                    _ => match crate::builtins::buffer::bytes_of(&v) {
                        Some(b) if b.len() == 1 && !matches!(v, Value::Instance(_) if crate::builtins::buffer::view_of(&v).is_some()) => b[0],
                        _ => return Err(PyErr::type_error("%c requires an integer in range(256) or a single byte")),
                    },
                };
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &(byte as char).to_string(), false)
            }
            'c' => match &v {
                Value::Int(n) => {
                    let c =
                        u32::try_from(*n).ok().and_then(char::from_u32).ok_or_else(|| PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
                    spec.align = Some(spec.align.unwrap_or('>'));
                    pad(&spec, "", &c.to_string(), false)
                }
                Value::Str(s) if s.char_len() == 1 => {
                    spec.align = Some(spec.align.unwrap_or('>'));
                    pad(&spec, "", s.as_str(), false)
                }
                _ => return Err(PyErr::type_error("%c requires int or char")),
            },
            other => return Err(PyErr::value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1))),
        };
        out.push_str(&text);
    }
    if next < items.len() && mapping.is_none() && !used_mapping {
        return Err(PyErr::type_error(if is_bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
    }

    #[test]
    fn general_format() {
        assert_eq!(general(2.5, 6, false, false), "2.5");
        assert_eq!(general(1234.5678, 6, false, false), "1234.57");
        assert_eq!(general(0.00001234, 6, false, false), "1.234e-05");
        assert_eq!(general(100000000.0, 6, false, false), "1e+08");
    }
}
