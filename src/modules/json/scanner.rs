//! The JSON scanner behind `json.loads`: CPython's C `scan_once` and `scanstring` over the UTF-8
//! bytes of a str (every structural character is ASCII, so byte offsets are turned into character
//! positions only for errors and for the end index returned). Values, numbers (the same greedy
//! rules and backtracking), strings with escapes and surrogate pairs, object keys shared through a
//! per-call memo, the hooks, and every error with CPython's message and position
//! (`json.decoder.JSONDecodeError`; StopIteration(pos) where the C scanner finds no value).
//! gilpy's str holds no lone surrogates: an unpaired `\ud800`-style escape becomes U+FFFD.

use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::objects::str::{PyStr, intern};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::borrow::Cow;
use std::collections::HashMap;

/// The decoder settings `c_make_scanner` reads from its context.
pub struct Hooks {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub pairs_hook: Option<Value>,
    /// None: the built-in `float` (parsed here).
    pub parse_float: Option<Value>,
    /// None: the built-in `int` (parsed here).
    pub parse_int: Option<Value>,
    pub parse_constant: Value,
}

pub struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    ascii: bool,
    /// The document as given, for JSONDecodeError's `doc`.
    doc: &'a Value,
    hooks: &'a Hooks,
    memo: HashMap<Box<str>, Arc<PyStr>>,
}

#[inline(always)]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex4(bytes: &[u8]) -> Option<u32> {
    let mut n = 0u32;
    for &d in bytes {
        n = n << 4 | (d as char).to_digit(16)?;
    }
    Some(n)
}

/// The byte offset of character `pos` in `text` (`text.len()` past its end).
pub fn byte_of_char(text: &str, ascii: bool, pos: usize) -> usize {
    if ascii {
        return pos.min(text.len());
    }
    text.char_indices().nth(pos).map(|(b, _)| b).unwrap_or(text.len())
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, ready to raise.
pub fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let made = (|| {
        let module = vm.import_module("json.decoder")?;
        let class = vm.get_attr(&module, &intern("JSONDecodeError"))?;
        vm.call(&class, &[Value::str(msg), doc.clone(), Value::Int(pos as i64)], &KwArgs::new())
    })();
    match made {
        Ok(e) => PyErr::from_value(e),
        Err(e) => e,
    }
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str, ascii: bool, doc: &'a Value, hooks: &'a Hooks) -> Scanner<'a> {
        Scanner { text, bytes: text.as_bytes(), ascii, doc, hooks, memo: HashMap::new() }
    }

    /// The character position of byte offset `byte`.
    pub fn char_pos(&self, byte: usize) -> usize {
        if self.ascii { byte } else { self.text[..byte].chars().count() }
    }

    fn error(&self, vm: &mut Vm, msg: &str, byte: usize) -> PyErr {
        decode_error(vm, msg, self.doc, self.char_pos(byte))
    }

    fn stop(&self, byte: usize) -> PyErr {
        PyErr::stop_iteration(Some(Value::Int(self.char_pos(byte) as i64)))
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && is_ws(self.bytes[i]) {
            i += 1;
        }
        i
    }

    /// One JSON value starting at byte `i`: the value and the byte offset after it.
    pub fn scan_once(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        if i >= b.len() {
            return Err(self.stop(i));
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => {
                let (s, end) = self.string_body(vm, i + 1)?;
                Ok((Value::Str(PyStr::new(&s)), end))
            }
            b'{' => vm.nested(" while decoding a JSON object from a unicode string", |vm| self.object(vm, i + 1)),
            b'[' => vm.nested(" while decoding a JSON array from a unicode string", |vm| self.array(vm, i + 1)),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant(vm, "NaN", i),
            b'I' if rest.starts_with(b"Infinity") => self.constant(vm, "Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => self.constant(vm, "-Infinity", i),
            _ => self.number(vm, i),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, i: usize) -> PyResult<(Value, usize)> {
        let v = vm.call(&self.hooks.parse_constant, &[Value::str(name)], &KwArgs::new())?;
        Ok((v, i + name.len()))
    }

    fn digits_from(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && self.bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// A number by the C scanner's rules: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`,
    /// taking a fraction or exponent only when digits follow.
    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let n = b.len();
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= n {
                return Err(self.stop(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => i = self.digits_from(i + 1),
            b'0' => i += 1,
            _ => return Err(self.stop(start)),
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i = self.digits_from(i + 2);
        }
        if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            i = self.digits_from(i);
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.text[start..i];
        let custom = if is_float { &self.hooks.parse_float } else { &self.hooks.parse_int };
        let v = match custom {
            Some(f) => vm.call(f, &[Value::str(text)], &KwArgs::new())?,
            None if is_float => Value::Float(text.parse::<f64>().map_err(|_| PyErr::value_error(format!("could not convert string to float: '{text}'")))?),
            None => match text.parse::<i64>() {
                Ok(k) => Value::Int(k),
                Err(_) => {
                    crate::objects::int_text::check_parse(text.trim_start_matches('-').len(), 10)?;
                    Value::bigint(BigInt::parse_bytes(text.as_bytes(), 10).expect("JSON digits parse"))
                }
            },
        };
        Ok((v, i))
    }

    /// The text of a string whose opening quote is just before byte `start`, and the byte offset
    /// after its closing quote (`scanstring`).
    pub fn string_body(&self, vm: &mut Vm, start: usize) -> PyResult<(Cow<'a, str>, usize)> {
        let b = self.bytes;
        let text = self.text;
        let begin = start.saturating_sub(1);
        let mut out: Option<String> = None;
        let mut chunk = start;
        let mut i = start;
        loop {
            while i < b.len() {
                let d = b[i];
                if d == b'"' || d == b'\\' {
                    break;
                }
                if d <= 0x1f && self.hooks.strict {
                    return Err(self.error(vm, "Invalid control character at", i));
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            if b[i] == b'"' {
                return Ok(match out {
                    None => (Cow::Borrowed(&text[chunk..i]), i + 1),
                    Some(mut o) => {
                        o.push_str(&text[chunk..i]);
                        (Cow::Owned(o), i + 1)
                    }
                });
            }
            let o = out.get_or_insert_with(String::new);
            o.push_str(&text[chunk..i]);
            let backslash = i;
            i += 1;
            if i == b.len() {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            if b[i] != b'u' {
                o.push(match b[i] {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\x08',
                    b'f' => '\x0c',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", backslash)),
                });
                i += 1;
            } else {
                let u = i;
                let Some(mut c) = (if u + 5 < b.len() { hex4(&b[u + 1..u + 5]) } else { None }) else {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", u));
                };
                i = u + 5;
                if (0xd800..0xdc00).contains(&c) && i + 6 < b.len() && b[i] == b'\\' && b[i + 1] == b'u' {
                    let Some(low) = hex4(&b[i + 2..i + 6]) else {
                        return Err(self.error(vm, "Invalid \\uXXXX escape", i + 1));
                    };
                    if (0xdc00..0xe000).contains(&low) {
                        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                        i += 6;
                    }
                }
                o.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
            chunk = i;
        }
    }

    /// An object key: one shared string per distinct key in a document (the C scanner's memo).
    fn key(&mut self, k: Cow<'a, str>) -> Arc<PyStr> {
        if let Some(s) = self.memo.get(k.as_ref()) {
            return s.clone();
        }
        let s = PyStr::new(&k);
        self.memo.insert(k.into_owned().into_boxed_str(), s.clone());
        s
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let mut pairs: Vec<(Arc<PyStr>, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if i >= b.len() || b[i] != b'}' {
            loop {
                if i >= b.len() || b[i] != b'"' {
                    return Err(self.error(vm, "Expecting property name enclosed in double quotes", i));
                }
                let (k, end) = self.string_body(vm, i + 1)?;
                let key = self.key(k);
                i = self.skip_ws(end);
                if i >= b.len() || b[i] != b':' {
                    return Err(self.error(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, end) = self.scan_once(vm, i)?;
                pairs.push((key, value));
                i = self.skip_ws(end);
                if i < b.len() && b[i] == b'}' {
                    break;
                }
                if i >= b.len() || b[i] != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = &self.hooks.pairs_hook {
            let list = Value::list(pairs.into_iter().map(|(k, v)| Value::tuple(vec![Value::Str(k), v])).collect());
            return Ok((vm.call(hook, &[list], &KwArgs::new())?, end));
        }
        let d = Dict::new();
        for (k, v) in pairs {
            d.set_str(k, v);
        }
        let obj = Value::Dict(d);
        match &self.hooks.object_hook {
            Some(hook) => Ok((vm.call(hook, &[obj], &KwArgs::new())?, end)),
            None => Ok((obj, end)),
        }
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if i >= b.len() || b[i] != b']' {
            loop {
                let (value, end) = self.scan_once(vm, i)?;
                items.push(value);
                i = self.skip_ws(end);
                if i < b.len() && b[i] == b']' {
                    break;
                }
                if i >= b.len() || b[i] != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::list(items), i + 1))
    }
}
