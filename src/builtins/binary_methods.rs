//! The methods bytes and bytearray share, written once over `&[u8]`: each takes its object as
//! `Me` (binary_args.rs) and answers with the object's own type (`bytearray(b'a').upper()` is a
//! bytearray). Both method tables list these same functions (see `SHARED`).

use super::binary_args::{BinKind, Me, bind, byte_value, bytes_like, fill_byte, int_arg, needle, no_args, one_arg, positional, span, varargs};
use super::buffer;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::types::types;
use crate::objects::{Arc, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Python's ASCII whitespace for bytes (Rust's `is_ascii_whitespace` leaves out \x0b).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The first index of `n` in `h`.
pub fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() == 1 {
        return h.iter().position(|&c| c == n[0]);
    }
    h.windows(n.len()).position(|w| w == n)
}

/// The last index of `n` in `h`.
pub fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

/// Non-overlapping occurrences of non-empty `n` in `h`.
fn count_sub(h: &[u8], n: &[u8]) -> usize {
    let (mut c, mut i) = (0, 0);
    while let Some(p) = find_sub(&h[i..], n) {
        c += 1;
        i += p + n.len();
    }
    c
}

fn parts(kind: BinKind, pieces: Vec<&[u8]>) -> Value {
    Value::list(pieces.into_iter().map(|p| kind.make(p.to_vec())).collect())
}

// ---- searching ----

/// (needle, start, end) of find/index/count and their reverse forms.
fn search_args(vm: &mut Vm, me: &Me, method: &str, a: &[Value], k: &KwArgs) -> PyResult<(Vec<u8>, usize, usize)> {
    let args = varargs(method, a, k, 1, 3)?;
    let sub = needle(vm, &args[0])?;
    let (s, e) = span(vm, args.get(1), args.get(2), me.data.len())?;
    Ok((sub, s, e))
}

/// Where `sub` is in data[s..e] (from the right if `rev`), as an absolute index.
fn locate(data: &[u8], sub: &[u8], s: usize, e: usize, rev: bool) -> Option<usize> {
    if s > data.len() || e < s {
        return None;
    }
    let hay = &data[s..e];
    if rev { rfind_sub(hay, sub) } else { find_sub(hay, sub) }.map(|i| i + s)
}

fn find_impl(vm: &mut Vm, a: &[Value], k: &KwArgs, method: &str, rev: bool, raise: bool) -> PyResult<Value> {
    let me = Me::of(a)?;
    let (sub, s, e) = search_args(vm, &me, method, a, k)?;
    match locate(&me.data, &sub, s, e, rev) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(PyErr::value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, k, "find", false, false)
}
fn rfind(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, k, "rfind", true, false)
}
fn index(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, k, "index", false, true)
}
fn rindex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, k, "rindex", true, true)
}

fn count(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let (sub, s, e) = search_args(vm, &me, "count", a, k)?;
    if s > me.data.len() || e < s {
        return Ok(Value::Int(0));
    }
    let hay = &me.data[s..e];
    Ok(Value::Int(if sub.is_empty() { hay.len() + 1 } else { count_sub(hay, &sub) } as i64))
}

/// Whether data[s..e] starts (or ends) with `p`, with CPython's rules for a start past the end.
fn tail_match(d: &[u8], p: &[u8], s: usize, e: usize, at_end: bool) -> bool {
    let (len, n) = (d.len(), p.len());
    if e < s || e - s < n || s > len {
        return false;
    }
    if at_end { &d[e - n..e] == p } else { &d[s..s + n] == p }
}

/// startswith / endswith: a bytes-like prefix or a tuple of them.
fn affix_impl(vm: &mut Vm, a: &[Value], k: &KwArgs, method: &str, at_end: bool) -> PyResult<Value> {
    let me = Me::of(a)?;
    let args = varargs(method, a, k, 1, 3)?;
    let (s, e) = span(vm, args.get(1), args.get(2), me.data.len())?;
    let candidates: Vec<Value> = match &args[0] {
        Value::Tuple(t) => t.to_vec(),
        v => vec![v.clone()],
    };
    for c in &candidates {
        let Some(p) = buffer::bytes_of(c)? else {
            if matches!(args[0], Value::Tuple(_)) {
                return Err(buffer::not_bytes_like(c));
            }
            return Err(PyErr::type_error(format!("{method} first arg must be bytes or a tuple of bytes, not {}", types().of(c).name)));
        };
        if tail_match(&me.data, &p, s, e, at_end) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    affix_impl(vm, a, k, "startswith", false)
}
fn endswith(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    affix_impl(vm, a, k, "endswith", true)
}

// ---- splitting and joining ----

/// (sep, maxsplit) of split / rsplit.
fn split_args(vm: &mut Vm, method: &str, a: &[Value], k: &KwArgs) -> PyResult<(Option<Vec<u8>>, usize)> {
    let args = bind(method, a, k, &["sep", "maxsplit"])?;
    let sep = match &args[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_like(v)?;
            if s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match &args[1] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

/// Splits at runs of whitespace, at most `max` times, from the left.
fn split_whitespace(d: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < d.len() && is_space(d[i]) {
            i += 1;
        }
        if i == d.len() {
            break;
        }
        if out.len() == max {
            out.push(&d[i..]);
            break;
        }
        let start = i;
        while i < d.len() && !is_space(d[i]) {
            i += 1;
        }
        out.push(&d[start..i]);
    }
    out
}

/// Splits at runs of whitespace, at most `max` times, from the right.
fn rsplit_whitespace(d: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = d.len();
    loop {
        while i > 0 && is_space(d[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if out.len() == max {
            out.push(&d[..i]);
            break;
        }
        let end = i;
        while i > 0 && !is_space(d[i - 1]) {
            i -= 1;
        }
        out.push(&d[i..end]);
    }
    out.reverse();
    out
}

fn split_on<'a>(d: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    while out.len() < max {
        match find_sub(&d[start..], sep) {
            Some(p) => {
                out.push(&d[start..start + p]);
                start += p + sep.len();
            }
            None => break,
        }
    }
    out.push(&d[start..]);
    out
}

fn rsplit_on<'a>(d: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = d.len();
    while out.len() < max {
        match rfind_sub(&d[..end], sep) {
            Some(p) => {
                out.push(&d[p + sep.len()..end]);
                end = p;
            }
            None => break,
        }
    }
    out.push(&d[..end]);
    out.reverse();
    out
}

fn split(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let (sep, max) = split_args(vm, "split", a, k)?;
    let pieces = match &sep {
        Some(s) => split_on(&me.data, s, max),
        None => split_whitespace(&me.data, max),
    };
    Ok(parts(me.kind, pieces))
}

fn rsplit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let (sep, max) = split_args(vm, "rsplit", a, k)?;
    let pieces = match &sep {
        Some(s) => rsplit_on(&me.data, s, max),
        None => rsplit_whitespace(&me.data, max),
    };
    Ok(parts(me.kind, pieces))
}

fn splitlines(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let args = bind("splitlines", a, k, &["keepends"])?;
    let keep = match &args[0] {
        None => false,
        Some(v) => int_arg(vm, v)? != 0,
    };
    let d = &me.data;
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < d.len() {
        let eol = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        out.push(&d[start..if keep { i + eol } else { i }]);
        i += eol;
        start = i;
    }
    if start < d.len() {
        out.push(&d[start..]);
    }
    Ok(parts(me.kind, out))
}

fn partition_impl(a: &[Value], k: &KwArgs, method: &str, rev: bool) -> PyResult<Value> {
    let me = Me::of(a)?;
    let sep = bytes_like(one_arg(&me, method, a, k)?)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let d = &me.data;
    let found = if rev { rfind_sub(d, &sep) } else { find_sub(d, &sep) };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match found {
        Some(p) => (&d[..p], &sep, &d[p + sep.len()..]),
        None if rev => (&[], &[], d),
        None => (d, &[], &[]),
    };
    Ok(Value::tuple(vec![me.kind.make(x.to_vec()), me.kind.make(y.to_vec()), me.kind.make(z.to_vec())]))
}

fn partition(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    partition_impl(a, k, "partition", false)
}
fn rpartition(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    partition_impl(a, k, "rpartition", true)
}

fn join(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let items = vm.collect(one_arg(&me, "join", a, k)?)?;
    // Each part is read in place (a memoryview's window copied, with its size checked): a copy
    // of a part as big as memory would abort before the total is checked.
    let parts = items.iter().map(|x| match buffer::view_of(x) {
        Some(m) if !m.is_released() => m.window.nbytes(),
        _ => buffer::exporter(x).map_or(0, |e| e.read(<[u8]>::len)),
    });
    let mut out = super::sizes::reserved_bytes(super::sizes::joined_len(parts, me.data.len())?)?;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&me.data);
        }
        if let Some(m) = buffer::view_of(x)
            && !m.is_released()
        {
            out.extend_from_slice(&buffer::view_bytes(m)?);
        } else if let Some(e) = buffer::exporter(x) {
            e.read(|d| out.extend_from_slice(d));
        } else {
            return Err(PyErr::type_error(format!("sequence item {i}: expected a bytes-like object, {} found", types().of(x).name)));
        }
    }
    me.make(out)
}

// ---- stripping, affixes, replacing ----

fn strip_impl(a: &[Value], k: &KwArgs, method: &str, left: bool, right: bool) -> PyResult<Value> {
    let me = Me::of(a)?;
    let args = positional(method, a, k, 0, 1)?;
    let chars = match args.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_like(v)?),
    };
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let d = &me.data;
    let s = if left { d.iter().position(|c| !strip(c)).unwrap_or(d.len()) } else { 0 };
    let e = if right { d.iter().rposition(|c| !strip(c)).map_or(s, |i| i + 1) } else { d.len() };
    me.make(d[s..e.max(s)].to_vec())
}

fn strip(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    strip_impl(a, k, "strip", true, true)
}
fn lstrip(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    strip_impl(a, k, "lstrip", true, false)
}
fn rstrip(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    strip_impl(a, k, "rstrip", false, true)
}

fn removeprefix(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let p = bytes_like(one_arg(&me, "removeprefix", a, k)?)?;
    me.make(me.data.strip_prefix(&p[..]).unwrap_or(&me.data).to_vec())
}

fn removesuffix(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let p = bytes_like(one_arg(&me, "removesuffix", a, k)?)?;
    me.make(me.data.strip_suffix(&p[..]).unwrap_or(&me.data).to_vec())
}

fn replace(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let args = positional("replace", a, k, 2, 3)?;
    let old = bytes_like(&args[0])?;
    let new = bytes_like(&args[1])?;
    let limit = match args.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut left = if limit < 0 { usize::MAX } else { limit as usize };
    let d = &me.data;
    let found = if old.is_empty() { d.len() + 1 } else { count_sub(d, &old) };
    let mut out = super::sizes::reserved_bytes(super::sizes::replaced_len(d.len(), found.min(left), old.len(), new.len())?)?;
    if old.is_empty() {
        for (i, &c) in d.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
            if i + 1 == d.len() && left > 0 {
                out.extend_from_slice(&new);
            }
        }
        if d.is_empty() && left > 0 {
            out.extend_from_slice(&new);
        }
        return me.make(out);
    }
    let mut i = 0;
    while left > 0 {
        match find_sub(&d[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&d[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    me.make(out)
}

// ---- case and classification (ASCII only, as CPython's bytes) ----

fn map_bytes(a: &[Value], k: &KwArgs, method: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let me = Me::of(a)?;
    no_args(&me, method, a, k)?;
    me.make(f(&me.data))
}

fn lower(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    map_bytes(a, k, "lower", <[u8]>::to_ascii_lowercase)
}
fn upper(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    map_bytes(a, k, "upper", <[u8]>::to_ascii_uppercase)
}
fn swapcase(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    map_bytes(a, k, "swapcase", |d| d.iter().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect())
}
fn capitalize(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    map_bytes(a, k, "capitalize", |d| d.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn title(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    map_bytes(a, k, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let out = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate(a: &[Value], k: &KwArgs, method: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let me = Me::of(a)?;
    no_args(&me, method, a, k)?;
    Ok(Value::Bool(f(&me.data)))
}

fn all_of(d: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(|&c| f(c))
}

fn isalnum(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "isalnum", |d| all_of(d, |c| c.is_ascii_alphanumeric()))
}
fn isalpha(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "isalpha", |d| all_of(d, |c| c.is_ascii_alphabetic()))
}
fn isascii(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "isascii", |d| d.is_ascii())
}
fn isdigit(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "isdigit", |d| all_of(d, |c| c.is_ascii_digit()))
}
fn isspace(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "isspace", |d| all_of(d, is_space))
}
fn islower(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "islower", |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase))
}
fn isupper(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "isupper", |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase))
}
fn istitle(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    predicate(a, k, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ---- padding and layout ----

fn pad_impl(vm: &mut Vm, a: &[Value], k: &KwArgs, method: &str) -> PyResult<Value> {
    let me = Me::of(a)?;
    let args = positional(method, a, k, 1, 2)?;
    let width = int_arg(vm, &args[0])?;
    let fill = fill_byte(method, args.get(1))?;
    let d = &me.data;
    let marg = (width.max(0) as usize).saturating_sub(d.len());
    let left = match method {
        "ljust" => 0,
        "rjust" => marg,
        // CPython's centring rule: the odd byte goes left when the width is odd.
        _ => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = super::sizes::reserved_bytes(d.len().saturating_add(marg))?;
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(d.len() + marg, fill);
    me.make(out)
}

fn center(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    pad_impl(vm, a, k, "center")
}
fn ljust(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    pad_impl(vm, a, k, "ljust")
}
fn rjust(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    pad_impl(vm, a, k, "rjust")
}

fn zfill(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let width = int_arg(vm, one_arg(&me, "zfill", a, k)?)?;
    let d = &me.data;
    let fill = (width.max(0) as usize).saturating_sub(d.len());
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => d.split_at(1),
        _ => (&d[..0], &d[..]),
    };
    let mut out = super::sizes::reserved_bytes(d.len().saturating_add(fill))?;
    out.extend_from_slice(sign);
    out.resize(sign.len() + fill, b'0');
    out.extend_from_slice(rest);
    me.make(out)
}

fn expandtabs(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let args = bind("expandtabs", a, k, &["tabsize"])?;
    let size = match &args[0] {
        Some(v) => super::sizes::tab_size(vm, v)? as i64,
        None => 8,
    };
    let cols = me.data.iter().map(|c| match c {
        b'\t' => super::sizes::Col::Tab,
        b'\n' | b'\r' => super::sizes::Col::Line,
        _ => super::sizes::Col::Other(1),
    });
    let mut out = super::sizes::reserved_bytes(super::sizes::expanded_len(cols, size as usize)?)?;
    let mut col = 0usize;
    for &c in me.data.iter() {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size as usize - col % size as usize;
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    me.make(out)
}

// ---- translation ----

fn translate(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    if a.len() < 2 {
        return Err(PyErr::type_error(format!("translate() takes at least 1 positional argument ({} given)", a.len().saturating_sub(1))));
    }
    let args = bind("translate", a, k, &["table", "delete"])?;
    let table = match &a[1] {
        Value::None => None,
        v => {
            let t = bytes_like(v)?;
            if t.len() != 256 {
                return Err(PyErr::value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &args[1] {
        Some(v) => bytes_like(v)?,
        None => Vec::new(),
    };
    let out = me.data.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect();
    me.make(out)
}

/// `bytes.maketrans(frm, to)` (a static method of both types): a 256-byte table as bytes.
pub fn maketrans(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let with_self = [[Value::None].as_slice(), a].concat();
    let args = positional("maketrans", &with_self, k, 2, 2)?;
    let (frm, to) = (bytes_like(&args[0])?, bytes_like(&args[1])?);
    if frm.len() != to.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::Bytes(crate::objects::Arc::new(table)))
}

// ---- hex ----

/// `data` as hex digits, a `sep` between groups of `per` bytes (counted from the right when `per`
/// is positive, from the left when negative): bytes.hex, bytearray.hex and memoryview.hex.
pub fn hex_string(data: &[u8], sep: Option<u8>, per: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, c) in data.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = if per > 0 { (data.len() - i).is_multiple_of(group) } else { i % group == 0 };
            if i > 0 && group > 0 && boundary {
                out.push(s as char);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    out
}

/// The (sep, bytes_per_sep) arguments of a hex() method.
pub fn hex_args(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<(Option<u8>, i64)> {
    let args = bind("hex", a, k, &["sep", "bytes_per_sep"])?;
    let sep = match &args[0] {
        None => None,
        Some(Value::Str(s)) => {
            let s = s.as_str();
            if s.chars().count() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            let c = s.chars().next().unwrap_or(' ');
            if !c.is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(c as u8)
        }
        Some(v) => match buffer::bytes_of(v)? {
            Some(b) if b.len() == 1 => Some(b[0]),
            Some(_) => return Err(PyErr::value_error("sep must be length 1.")),
            None => return Err(PyErr::type_error(format!("object of type '{}' has no len()", types().of(v).tp_name()))),
        },
    };
    let per = match &args[1] {
        Some(v) => i64::from(super::sizes::c_int(vm, v)?),
        None => 1,
    };
    Ok((sep, per))
}

fn hex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let (sep, per) = hex_args(vm, a, k)?;
    Ok(Value::string(hex_string(&me.data, sep, per)))
}

/// The bytes that a fromhex() string spells: pairs of hex digits, ASCII whitespace between pairs.
pub fn parse_hex(s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |pos: usize| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"));
    let digit = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let pos = s[..i].chars().count();
        let hi = digit(b.get(i)).ok_or_else(|| bad(pos))?;
        let lo = digit(b.get(i + 1)).ok_or_else(|| bad(pos + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (class methods: `kind` says which).
/// `bytes.fromhex(string)` / `bytearray.fromhex(string)`, class methods (`a[0]` is the class):
/// a subclass gets `cls(value)`, as CPython.
pub fn fromhex_for(vm: &mut Vm, kind: BinKind, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some((cls, args)) = a.split_first() else {
        return Err(PyErr::type_error(format!("descriptor 'fromhex' of '{}' object needs an argument", kind.name())));
    };
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{}.fromhex() takes no keyword arguments", kind.name())));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("{}.fromhex() takes exactly one argument ({} given)", kind.name(), args.len())));
    }
    match &args[0] {
        Value::Str(s) => {
            let made = kind.make(parse_hex(s.as_str())?);
            match cls {
                Value::Class(c) if Arc::ptr_eq(c, &types().of(&made)) => Ok(made),
                cls => vm.call(cls, &[made], crate::objects::function::NO_KWARGS),
            }
        }
        v => Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", types().of(v).name))),
    }
}

// ---- decoding ----

fn decode(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    let args = bind("decode", a, k, &["encoding", "errors"])?;
    let enc = super::codec_args::encoding_arg(args[0].as_ref(), "decode")?;
    let errors = super::codec_args::errors_arg(args[1].as_ref(), "decode")?;
    Ok(Value::string(super::codec_args::decode(enc, &me.data, &errors)?))
}

/// `bytes.__bytes__()`: the bytes themselves.
fn dunder_bytes(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let me = Me::of(a)?;
    no_args(&me, "__bytes__", a, k)?;
    match &a[0] {
        v @ Value::Bytes(_) => Ok(v.clone()),
        _ => Ok(BinKind::Bytes.make(me.data.to_vec())),
    }
}

/// A byte from an int argument (bytearray's append/insert/remove, `in`): "byte must be in range(0, 256)".
pub fn item_byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) && !vm.has_attr(v, "__index__")? {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name)));
    }
    byte_value(vm, v)
}

/// The methods both types have, by name.
pub const SHARED: &[(&str, NativeFn)] = &[
    ("capitalize", capitalize),
    ("center", center),
    ("count", count),
    ("decode", decode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("hex", hex),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdigit", isdigit),
    ("islower", islower),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isupper", isupper),
    ("join", join),
    ("ljust", ljust),
    ("lower", lower),
    ("lstrip", lstrip),
    ("partition", partition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("replace", replace),
    ("rfind", rfind),
    ("rindex", rindex),
    ("rjust", rjust),
    ("rpartition", rpartition),
    ("rsplit", rsplit),
    ("rstrip", rstrip),
    ("split", split),
    ("splitlines", splitlines),
    ("startswith", startswith),
    ("strip", strip),
    ("swapcase", swapcase),
    ("title", title),
    ("translate", translate),
    ("upper", upper),
    ("zfill", zfill),
];

/// Methods only bytes has among the shared ones' kin.
pub const BYTES_ONLY: &[(&str, NativeFn)] = &[("__bytes__", dunder_bytes)];
