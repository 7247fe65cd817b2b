//! `_sre`: the native core under `re` (src/stdlib/re.py). It parses a pattern (with CPython's error
//! messages and positions) and runs match / fullmatch / search, findall, split, template sub and the
//! scans behind finditer and callable sub, on str or bytes subjects, making `re.Match` objects
//! (match_obj.rs). Pattern objects, flags, templates and the cache belong to re.py. Positions are
//! characters. Files: parse.rs (syntax and errors) -> ast.rs -> matcher.rs (backtracking; first.rs: the characters a match
//! can start with), chars.rs
//! (\d \w \s and case folding), flags.rs.

pub mod ast;
pub mod chars;
pub mod first;
pub mod flags;
pub mod match_obj;
pub mod matcher;
pub mod parse;

use crate::builtins::args::check_args;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::{KwArgs, NO_KWARGS};
use crate::objects::str::PyStr;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use matcher::{Found, Mode, Program, UNSET};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A compiled pattern, the payload of a `_sre.Program` instance.
struct Compiled {
    prog: Program,
    bytes: bool,
    names: std::sync::Arc<Vec<(String, usize)>>,
}

fn program_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make_class_in("_sre", "Program", vec![types().object.clone()], Kind::Native))
}

fn compiled(v: &Value) -> PyResult<&Compiled> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(c) = n.downcast_ref::<Compiled>()
    {
        return Ok(c);
    }
    Err(PyErr::type_error("expected a compiled pattern"))
}

/// `compile(pattern, flags)`: `(program, flags, groups, ((name, index), ...))`, or on a syntax error
/// `(None, message, position or None, is_overflow)`.
fn compile(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("compile", a, k, 2, 2)?;
    let flags = vm.index_value(&a[1])? as u32;
    let (src, bytes): (Vec<u32>, bool) = match &a[0] {
        Value::Str(s) => (s.as_str().chars().map(|c| c as u32).collect(), false),
        Value::Bytes(b) => (b.iter().map(|&c| c as u32).collect(), true),
        v => {
            return Err(PyErr::type_error(format!("first argument must be string or compiled pattern, not {}", types().of(v).name)));
        }
    };
    match parse::parse(&src, bytes, flags) {
        Ok(p) => {
            let names = p.names.iter().map(|(n, i)| Value::tuple(vec![Value::str(n), Value::Int(*i as i64)])).collect();
            let groups = p.groups;
            let prog = Program::new(p.node, groups);
            let compiled = Compiled { prog, bytes, names: std::sync::Arc::new(p.names) };
            let inst = Value::Instance(Instance::new(program_class().clone(), Payload::Native(Box::new(compiled))));
            Ok(Value::tuple(vec![inst, Value::Int(p.flags as i64), Value::Int(groups as i64), Value::tuple(names)]))
        }
        Err(e) => Ok(Value::tuple(vec![Value::None, Value::string(e.msg), e.pos.map_or(Value::None, |p| Value::Int(p as i64)), Value::Bool(e.overflow)])),
    }
}

/// A subject as the matcher sees it.
enum Subject<'a> {
    Bytes(&'a [u8]),
    /// A str that is all ASCII: byte index = character index.
    Ascii(&'a str),
    /// Any other str, decoded to code units.
    Decoded(Decoded),
}

/// A str's characters in the narrowest units that hold them all, as CPython stores a str (PEP
/// 393): one byte each below U+0100, two within the BMP, four beyond (a whole text decoded to
/// `char`s took four bytes per character, the peak memory of re over large texts).
#[derive(Clone)]
pub(super) enum Decoded {
    Latin1(std::sync::Arc<Vec<u8>>),
    Ucs2(std::sync::Arc<Vec<u16>>),
    Wide(std::sync::Arc<Vec<char>>),
}

impl Decoded {
    fn new(s: &str) -> Decoded {
        let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
        if max < 0x100 {
            Decoded::Latin1(std::sync::Arc::new(s.chars().map(|c| c as u8).collect()))
        } else if max < 0x10000 {
            Decoded::Ucs2(std::sync::Arc::new(s.chars().map(|c| c as u16).collect()))
        } else {
            Decoded::Wide(std::sync::Arc::new(s.chars().collect()))
        }
    }
}

/// A str and its characters, decoded once.
type DecodedText = (Arc<PyStr>, Decoded);

thread_local! {
    /// The last non-ASCII str decoded on this thread, so that a loop of `pattern.match(text, pos)`
    /// over one long text decodes it once (the cache holds the str alive, so its address cannot be
    /// reused by another string).
    static LAST_DECODED: RefCell<Option<DecodedText>> = const { RefCell::new(None) };
}

/// Lets go of the cached text (a thread that is ending, while it still holds the GIL).
pub fn forget_decoded() {
    let _ = LAST_DECODED.try_with(|c| c.borrow_mut().take());
}

fn decoded(s: &Arc<PyStr>) -> Decoded {
    LAST_DECODED.with(|cell| {
        let mut last = cell.borrow_mut();
        if let Some((k, v)) = last.as_ref()
            && Arc::ptr_eq(k, s)
        {
            return v.clone();
        }
        // Let the previous text go before decoding the next one (peak memory).
        *last = None;
        let v = Decoded::new(s.as_str());
        *last = Some((s.clone(), v.clone()));
        v
    })
}

fn subject<'a>(c: &Compiled, v: &'a Value) -> PyResult<Subject<'a>> {
    match v {
        Value::Str(s) => {
            if c.bytes {
                return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object"));
            }
            Ok(if s.is_ascii() { Subject::Ascii(s.as_str()) } else { Subject::Decoded(decoded(s)) })
        }
        Value::Bytes(b) => {
            if !c.bytes {
                return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"));
            }
            Ok(Subject::Bytes(b))
        }
        // An instance of a user subclass of str or bytes: match its value.
        Value::Instance(i) if matches!(i.payload, Payload::Base(Value::Str(_) | Value::Bytes(_))) => match &i.payload {
            Payload::Base(inner) => subject(c, inner),
            _ => Err(PyErr::type_error("expected string or bytes-like object")),
        },
        v => Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", types().of(v).name))),
    }
}

/// The text `sub` builds: bytes for a bytes pattern, else a str.
enum Out {
    Bytes(Vec<u8>),
    Text(String),
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Bytes(b) => b.len(),
            Subject::Ascii(s) => s.len(),
            Subject::Decoded(Decoded::Latin1(v)) => v.len(),
            Subject::Decoded(Decoded::Ucs2(v)) => v.len(),
            Subject::Decoded(Decoded::Wide(v)) => v.len(),
        }
    }

    fn run(&self, p: &Program, end: usize, pos: usize, mode: Mode, must_advance: bool) -> Option<Found> {
        match self {
            Subject::Bytes(b) => matcher::run(p, &b[..end], pos, mode, must_advance),
            Subject::Ascii(s) => matcher::run(p, &s.as_bytes()[..end], pos, mode, must_advance),
            Subject::Decoded(Decoded::Latin1(v)) => matcher::run(p, &v[..end], pos, mode, must_advance),
            Subject::Decoded(Decoded::Ucs2(v)) => matcher::run(p, &v[..end], pos, mode, must_advance),
            Subject::Decoded(Decoded::Wide(v)) => matcher::run(p, &v[..end], pos, mode, must_advance),
        }
    }

    /// Appends characters `s..e` to a str being built.
    fn push_chars(&self, out: &mut String, s: usize, e: usize) {
        match self {
            Subject::Bytes(b) => out.extend(b[s..e].iter().map(|&c| c as char)),
            Subject::Ascii(t) => out.push_str(&t[s..e]),
            Subject::Decoded(Decoded::Latin1(v)) => out.extend(v[s..e].iter().map(|&c| c as char)),
            Subject::Decoded(Decoded::Ucs2(v)) => out.extend(v[s..e].iter().map(|&c| char::from_u32(c as u32).unwrap_or('\u{fffd}'))),
            Subject::Decoded(Decoded::Wide(v)) => out.extend(v[s..e].iter()),
        }
    }

    fn push_range(&self, out: &mut Out, s: usize, e: usize) {
        match (out, self) {
            (Out::Bytes(o), Subject::Bytes(b)) => o.extend_from_slice(&b[s..e]),
            (Out::Text(o), _) => self.push_chars(o, s, e),
            (Out::Bytes(_), _) => unreachable!("a bytes result comes from a bytes subject"),
        }
    }

    fn slice(&self, s: usize, e: usize) -> Value {
        match self {
            Subject::Bytes(b) => Value::Bytes(Arc::new(b[s..e].to_vec())),
            Subject::Ascii(t) => Value::str(&t[s..e]),
            _ => {
                let mut out = String::with_capacity(e - s);
                self.push_chars(&mut out, s, e);
                Value::string(out)
            }
        }
    }

    fn empty(&self) -> Value {
        match self {
            Subject::Bytes(_) => Value::Bytes(Arc::new(Vec::new())),
            _ => Value::str(""),
        }
    }
}

/// Characters `s..e` of a match's subject (`string` as given; `decoded`: its characters when
/// it is a non-ASCII str).
pub(super) fn slice_of(string: &Value, decoded: Option<&Decoded>, s: usize, e: usize) -> Value {
    let inner = match string {
        Value::Instance(i) => match &i.payload {
            Payload::Base(v) => v,
            _ => string,
        },
        v => v,
    };
    let subject = match (decoded, inner) {
        (Some(d), _) => Subject::Decoded(d.clone()),
        (None, Value::Str(t)) => Subject::Ascii(t.as_str()),
        (None, Value::Bytes(b)) => Subject::Bytes(b),
        _ => return Value::None,
    };
    subject.slice(s, e)
}

/// CPython's clamping of pos and endpos to the subject.
fn bounds(vm: &mut Vm, len: usize, pos: &Value, endpos: &Value) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| if v < 0 { 0 } else { (v as usize).min(len) };
    let p = clamp(vm.index_value(pos)?);
    let e = if matches!(endpos, Value::None) { len } else { clamp(vm.index_value(endpos)?) };
    Ok((p, e))
}

/// What a match object needs besides the match: the Pattern and the call's arguments.
struct Call<'a> {
    pattern: &'a Value,
    string: &'a Value,
    pos: usize,
    endpos: usize,
}

/// A `re.Match` for `f`.
fn found(c: &Compiled, call: &Call, s: &Subject, f: &Found) -> Value {
    let marks = f.caps.iter().map(|&m| if m == UNSET { -1 } else { m as i64 }).collect();
    let strs = (0..f.caps.len() / 2).map(|_| OnceLock::new()).collect();
    let decoded = match s {
        Subject::Decoded(d) => Some(d.clone()),
        _ => None,
    };
    match_obj::new_match(match_obj::MatchData {
        pattern: call.pattern.clone(),
        string: call.string.clone(),
        pos: call.pos,
        endpos: call.endpos,
        marks,
        lastindex: f.lastindex,
        strs,
        decoded,
        names: c.names.clone(),
    })
}

fn mode_of(n: i64) -> Mode {
    match n {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    }
}

/// `match(program, pattern, string, pos, endpos, mode)`: a Match or None; mode 0 match,
/// 1 fullmatch, 2 search.
fn do_match(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("match", a, k, 6, 6)?;
    let c = compiled(&a[0])?;
    let s = subject(c, &a[2])?;
    let (pos, end) = bounds(vm, s.len(), &a[3], &a[4])?;
    let mode = mode_of(vm.index_value(&a[5])?);
    if pos > end {
        return Ok(Value::None);
    }
    let call = Call { pattern: &a[1], string: &a[2], pos, endpos: end };
    Ok(s.run(&c.prog, end, pos, mode, false).map_or(Value::None, |f| found(c, &call, &s, &f)))
}

/// Every match from `pos`, with the empty-match rule of 3.7+, at most `limit` of them (0: no limit).
/// With `must_advance`, the first match may not be an empty one at `pos` (a scan resumed after one).
fn each(c: &Compiled, s: &Subject, pos: usize, end: usize, limit: usize, must_advance: bool, mut f: impl FnMut(&Found)) {
    if pos > end {
        return;
    }
    let mut at = pos;
    let mut must_advance = must_advance;
    let mut n = 0;
    while at <= end {
        let Some(m) = s.run(&c.prog, end, at, Mode::Search, must_advance) else {
            break;
        };
        f(&m);
        n += 1;
        if limit != 0 && n >= limit {
            break;
        }
        must_advance = m.caps[0] == m.caps[1];
        at = m.caps[1];
    }
}

/// The short strs one findall or split has made, so that equal pieces (the same word found again
/// and again) share one str instead of each holding its own copy: a word list over a large text
/// then costs a reference per word, not an object. Bounded in the length and number of pieces.
#[derive(Default)]
struct SharedPieces {
    made: HashMap<String, Value>,
    /// The piece being looked up.
    text: String,
    /// Pieces asked for so far.
    seen: usize,
}

impl SharedPieces {
    const MAX_LEN: usize = 32;
    const MAX_PIECES: usize = 4096;
    const PLAIN_FIRST: usize = 64;

    fn slice(&mut self, s: &Subject, a: usize, b: usize) -> Value {
        // Sharing pays only over many pieces: the first ones are made plainly.
        self.seen += 1;
        if self.seen <= Self::PLAIN_FIRST || b - a > Self::MAX_LEN || matches!(s, Subject::Bytes(_)) {
            return s.slice(a, b);
        }
        self.text.clear();
        s.push_chars(&mut self.text, a, b);
        if let Some(v) = self.made.get(self.text.as_str()) {
            return v.clone();
        }
        let v = Value::str(&self.text);
        if self.made.len() < Self::MAX_PIECES {
            self.made.insert(self.text.clone(), v.clone());
        }
        v
    }
}

/// `findall(program, string, pos, endpos)`.
fn findall(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("findall", a, k, 4, 4)?;
    let c = compiled(&a[0])?;
    let s = subject(c, &a[1])?;
    let (pos, end) = bounds(vm, s.len(), &a[2], &a[3])?;
    let groups = c.prog.groups;
    let mut out = Vec::new();
    let mut shared = SharedPieces::default();
    let mut group = |m: &Found, g: usize| {
        let (a, b) = (m.caps[2 * g], m.caps[2 * g + 1]);
        if a == UNSET || b == UNSET { s.empty() } else { shared.slice(&s, a, b) }
    };
    each(c, &s, pos, end, 0, false, |m| {
        out.push(match groups {
            0 => group(m, 0),
            1 => group(m, 1),
            _ => Value::tuple((1..=groups).map(|g| group(m, g)).collect()),
        })
    });
    Ok(Value::list(out))
}

/// `scan(program, pattern, string, pos, endpos, limit, segments[, must_advance, resume_at, final])`:
/// every match (see `each`) as a Match; with `segments`, `(matches, pieces)` where pieces are the
/// texts before, between and after them. finditer and sub with a function scan in batches: the next
/// one starts at `resume_at` (the end of the last match; with `must_advance` after an empty one), its
/// matches keep `pos`, and the text after the last match comes only with the batch that ends the
/// scan (fewer than `limit` matches, or `final`).
fn scan(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("scan", a, k, 7, 10)?;
    let c = compiled(&a[0])?;
    let s = subject(c, &a[2])?;
    let (pos, end) = bounds(vm, s.len(), &a[3], &a[4])?;
    let limit = vm.index_value(&a[5])?.max(0) as usize;
    let with_segments = vm.truthy(&a[6])?;
    let advance = match a.get(7) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let from = match a.get(8) {
        Some(v) => (vm.index_value(v)?.max(0) as usize).max(pos),
        None => pos,
    };
    let last_batch = match a.get(9) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let call = Call { pattern: &a[1], string: &a[2], pos, endpos: end };
    let mut out = Vec::new();
    let mut segs = Vec::new();
    let mut last = if a.len() > 8 { from } else { 0 };
    each(c, &s, from, end, limit, advance, |m| {
        out.push(found(c, &call, &s, m));
        if with_segments {
            segs.push(s.slice(last, m.caps[0]));
            last = m.caps[1];
        }
    });
    if !with_segments {
        return Ok(Value::list(out));
    }
    if last_batch || limit == 0 || out.len() < limit {
        segs.push(s.slice(last, s.len()));
    }
    Ok(Value::tuple(vec![Value::list(out), Value::list(segs)]))
}

/// `split(program, string, maxsplit)`: the pieces between matches, with every group after each
/// separator (None for groups that did not take part).
fn split(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("split", a, k, 3, 3)?;
    let c = compiled(&a[0])?;
    let s = subject(c, &a[1])?;
    let limit = vm.index_value(&a[2])?.max(0) as usize;
    let mut out = Vec::new();
    let mut last = 0;
    let mut shared = SharedPieces::default();
    each(c, &s, 0, s.len(), limit, false, |m| {
        out.push(shared.slice(&s, last, m.caps[0]));
        for g in m.caps.chunks(2).skip(1) {
            out.push(if g[0] == UNSET || g[1] == UNSET { Value::None } else { shared.slice(&s, g[0], g[1]) });
        }
        last = m.caps[1];
    });
    out.push(shared.slice(&s, last, s.len()));
    Ok(Value::list(out))
}

/// One piece of a parsed replacement template.
enum Piece {
    Text(String),
    Bytes(Vec<u8>),
    Group(usize),
}

/// `sub(program, string, parts, count)`: `(result, number of replacements)`, where parts is the
/// parsed template: literal str/bytes pieces and group numbers.
fn sub(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sub", a, k, 4, 4)?;
    let c = compiled(&a[0])?;
    let s = subject(c, &a[1])?;
    let count = vm.index_value(&a[3])?.max(0) as usize;
    let mut pieces = Vec::new();
    for p in vm.collect(&a[2])? {
        pieces.push(match &p {
            Value::Str(t) => Piece::Text(t.as_str().to_string()),
            Value::Bytes(b) => Piece::Bytes(b.to_vec()),
            v => Piece::Group(vm.index_value(v)? as usize),
        });
    }
    let len = s.len();
    let mut out = if c.bytes { Out::Bytes(Vec::with_capacity(len)) } else { Out::Text(String::with_capacity(len)) };
    let mut n = 0usize;
    let mut last = 0;
    each(c, &s, 0, len, count, false, |m| {
        s.push_range(&mut out, last, m.caps[0]);
        for p in &pieces {
            match (p, &mut out) {
                (Piece::Text(t), Out::Text(o)) => o.push_str(t),
                (Piece::Bytes(t), Out::Bytes(o)) => o.extend_from_slice(t),
                (Piece::Text(t), Out::Bytes(o)) => o.extend(t.chars().map(|ch| ch as u32 as u8)),
                (Piece::Bytes(t), Out::Text(o)) => o.extend(t.iter().map(|&b| b as char)),
                (Piece::Group(g), out) => {
                    let (x, y) = (m.caps.get(2 * g).copied().unwrap_or(UNSET), m.caps.get(2 * g + 1).copied().unwrap_or(UNSET));
                    if x != UNSET && y != UNSET {
                        s.push_range(out, x, y);
                    }
                }
            }
        }
        last = m.caps[1];
        n += 1;
    });
    s.push_range(&mut out, last, len);
    let result = match out {
        Out::Bytes(b) => Value::Bytes(Arc::new(b)),
        Out::Text(t) => Value::string(t),
    };
    Ok(Value::tuple(vec![result, Value::Int(n as i64)]))
}

/// The number of matches `subfn` finds before it calls the function on them.
const SUB_BATCH: usize = 256;

/// `subfn(program, pattern, string, func, count)`: `(result, number of replacements)` of
/// sub/subn with a function, called on each Match in order; what it returns replaces the match
/// (None: nothing), and must be the subject's kind of string, as the join in CPython's sub asks.
fn subfn(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("subfn", a, k, 5, 5)?;
    let c = compiled(&a[0])?;
    let s = subject(c, &a[2])?;
    let func = &a[3];
    let count = vm.index_value(&a[4])?.max(0) as usize;
    let len = s.len();
    let call = Call { pattern: &a[1], string: &a[2], pos: 0, endpos: len };
    let mut out = if c.bytes { Out::Bytes(Vec::with_capacity(len)) } else { Out::Text(String::with_capacity(len)) };
    // How many items CPython's list of pieces would hold so far (for the join's error message).
    let mut items = 0usize;
    let (mut n, mut last, mut at, mut advance) = (0usize, 0usize, 0usize, false);
    loop {
        let want = if count == 0 { SUB_BATCH } else { SUB_BATCH.min(count - n) };
        let mut batch = Vec::new();
        each(c, &s, at, len, want, advance, |m| batch.push(Found { caps: m.caps.clone(), lastindex: m.lastindex }));
        for m in &batch {
            if m.caps[0] > last {
                s.push_range(&mut out, last, m.caps[0]);
                items += 1;
            }
            let piece = vm.call(func, &[found(c, &call, &s, m)], NO_KWARGS)?;
            match (&piece, &mut out) {
                (Value::None, _) => {}
                (Value::Str(t), Out::Text(o)) => {
                    o.push_str(t.as_str());
                    items += 1;
                }
                (Value::Bytes(b), Out::Bytes(o)) => {
                    o.extend_from_slice(b);
                    items += 1;
                }
                (p, Out::Text(o)) => match crate::vm::subclass::wrapped(p) {
                    Some(Value::Str(t)) => {
                        o.push_str(t.as_str());
                        items += 1;
                    }
                    _ => return Err(PyErr::type_error(format!("sequence item {items}: expected str instance, {} found", types().of(p).name))),
                },
                (p, Out::Bytes(o)) => match crate::builtins::buffer::bytes_of(p)? {
                    Some(b) => {
                        o.extend_from_slice(&b);
                        items += 1;
                    }
                    None => return Err(PyErr::type_error(format!("sequence item {items}: expected a bytes-like object, {} found", types().of(p).name))),
                },
            }
            last = m.caps[1];
        }
        n += batch.len();
        match batch.last() {
            Some(m) if batch.len() == want && (count == 0 || n < count) => {
                at = m.caps[1];
                advance = m.caps[0] == m.caps[1];
            }
            _ => break,
        }
    }
    if n == 0 {
        return Ok(Value::tuple(vec![a[2].clone(), Value::Int(0)]));
    }
    s.push_range(&mut out, last, len);
    let result = match out {
        Out::Bytes(b) => Value::Bytes(Arc::new(b)),
        Out::Text(t) => Value::string(t),
    };
    Ok(Value::tuple(vec![result, Value::Int(n as i64)]))
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "_sre",
        &[("compile", compile), ("match", do_match), ("findall", findall), ("scan", scan), ("sub", sub), ("subfn", subfn), ("split", split)],
    );
    d.set_str(crate::objects::str::intern("Program"), Value::Class(program_class().clone()));
    d.set_str(crate::objects::str::intern("Match"), Value::Class(match_obj::match_class().clone()));
    m
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Compiled {}
