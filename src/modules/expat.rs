//! `_expat`: the native half of `pyexpat` (stdlib/pyexpat.py): checks that a whole XML document
//! is well-formed and turns it into a list of events for the Python-level parser object to hand
//! to its handlers. quick-xml splits the text into markup and character data; the checks expat
//! makes that quick-xml leaves to its user (names, attributes, references, what may stand outside
//! the root element) are made here, and failures carry expat's error code, message and position
//! (line from 1, column in characters from 0), as `xml.parsers.expat.ExpatError` reports them.
//!
//! `parse(text, namespaces)` returns `(events, error)`: `error` is None or `(code, line, column)`,
//! the events being those before the error. Each event is a tuple whose first item is its kind:
//! `(START, name, [k1, v1, ...], line, column)`, `(END, name)`, `(DATA, text)` (in expat's
//! pieces: a line end, a reference, the text between),
//! `(PI, target, data)`, `(COMMENT, text)`, `(DECL, version, encoding, standalone)`,
//! `(DOCTYPE, name, system_id, public_id)`, `(CDATA_START,)`, `(CDATA_END,)`.

use super::make_module;
use crate::builtins::args::check_args;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use quick_xml::events::Event;
use quick_xml::reader::Reader;

/// The kinds of event, the first item of each event tuple.
#[derive(Clone, Copy)]
enum Kind {
    Start = 0,
    End = 1,
    Data = 2,
    Pi = 3,
    Comment = 4,
    Decl = 5,
    Doctype = 6,
    CdataStart = 7,
    CdataEnd = 8,
}

/// expat's error codes (`xml.parsers.expat.errors`), those this parser can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Code {
    Syntax = 2,
    NoElements = 3,
    InvalidToken = 4,
    UnclosedToken = 5,
    TagMismatch = 7,
    DuplicateAttribute = 8,
    JunkAfterDocElement = 9,
    UndefinedEntity = 11,
    BadCharRef = 14,
    MisplacedXmlPi = 17,
    UnclosedCdata = 20,
}

/// A well-formedness error at a byte offset of the text.
struct Fault {
    code: Code,
    at: usize,
}

fn fault<T>(code: Code, at: usize) -> Result<T, Fault> {
    Err(Fault { code, at })
}

/// Byte offsets to (line, column in characters), walking forwards from the last answer.
struct Positions<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    column: usize,
}

impl Positions<'_> {
    fn of(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if offset < self.at {
            (self.at, self.line, self.column) = (0, 1, 0);
        }
        for c in self.text[self.at..offset].chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 0;
            } else {
                self.column += 1;
            }
        }
        self.at = offset;
        (self.line, self.column)
    }
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic()
        || c == '_'
        || c == ':'
        || matches!(c as u32, 0xC0..=0x2FF | 0x370..=0x37D | 0x37F..=0x1FFF | 0x200C..=0x200D | 0x2070..=0x218F | 0x2C00..=0x2FEF | 0x3001..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFFD | 0x10000..=0xEFFFF)
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || c.is_ascii_digit() || matches!(c, '-' | '.' | '\u{B7}') || matches!(c as u32, 0x300..=0x36F | 0x203F..=0x2040) || c.is_alphanumeric()
}

/// Characters XML 1.0 allows in a document.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c as u32, 0xFFFE | 0xFFFF))
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// The length in bytes of the name at the start of `s` (0 if none); in namespace mode a second
/// colon (or one first or last) is where the name goes wrong.
fn name_len(s: &str, namespaces: bool, base: usize) -> Result<usize, Fault> {
    let mut chars = s.char_indices();
    match chars.next() {
        Some((_, c)) if is_name_start(c) && !(namespaces && c == ':') => {}
        _ => return fault(Code::InvalidToken, base),
    }
    let mut colons = 0;
    for (i, c) in s.char_indices() {
        if !is_name_char(c) {
            return Ok(i);
        }
        if namespaces && c == ':' {
            colons += 1;
            if colons > 1 {
                return fault(Code::InvalidToken, base + i);
            }
        }
    }
    Ok(s.len())
}

/// The parser state over one document.
struct Doc<'a> {
    text: &'a str,
    namespaces: bool,
    events: Vec<Value>,
    open: Vec<&'a str>,
    root_seen: bool,
    positions: Positions<'a>,
}

impl<'a> Doc<'a> {
    fn event(&mut self, kind: Kind, items: Vec<Value>) {
        let mut all = vec![Value::Int(kind as i64)];
        all.extend(items);
        self.events.push(Value::tuple(all));
    }

    /// Character data in expat's pieces: each line end on its own, the text between them
    /// (pyexpat joins them again when `buffer_text` is set).
    fn pieces(&mut self, text: &str) {
        for piece in text.split_inclusive('\n') {
            let (line, end) = match piece.strip_suffix('\n') {
                Some(line) => (line, true),
                None => (piece, false),
            };
            if !line.is_empty() {
                self.event(Kind::Data, vec![Value::str(line)]);
            }
            if end {
                self.event(Kind::Data, vec![Value::str("\n")]);
            }
        }
    }

    /// Character data at `at`: outside the root only white space may stand.
    fn data(&mut self, raw: &str, at: usize) -> Result<(), Fault> {
        if let Some((i, _)) = raw.char_indices().find(|(_, c)| !is_xml_char(*c)) {
            return fault(Code::InvalidToken, at + i);
        }
        if self.open.is_empty() {
            if let Some(i) = raw.find(|c: char| !is_space(c)) {
                let code = if self.root_seen { Code::JunkAfterDocElement } else { Code::InvalidToken };
                return fault(code, if self.root_seen { at + i } else { at + raw.len() });
            }
            return Ok(());
        }
        if let Some(i) = raw.find("]]>") {
            return fault(Code::InvalidToken, at + i + 2);
        }
        // Line ends are normalised to "\n", as XML says.
        self.pieces(&raw.replace("\r\n", "\n").replace('\r', "\n"));
        Ok(())
    }

    /// A reference `&name;` whose name starts at `at` (just after '&').
    fn reference(&mut self, name: &str, at: usize) -> Result<String, Fault> {
        let amp = at - 1;
        if let Some(num) = name.strip_prefix('#') {
            // The digits start after "#" or "#x"; the first that is none is the bad token.
            let (digits, radix, skip) = match num.strip_prefix('x') {
                Some(hex) => (hex, 16, 2),
                None => (num, 10, 1),
            };
            if let Some(bad) = digits.char_indices().find(|(_, c)| !c.is_digit(radix)).map(|(i, _)| i).or(digits.is_empty().then_some(digits.len())) {
                return fault(Code::InvalidToken, at + skip + bad);
            }
            let value = u32::from_str_radix(digits, radix).ok();
            return match value.and_then(char::from_u32).filter(|c| is_xml_char(*c)) {
                Some(c) => Ok(c.to_string()),
                None => fault(Code::BadCharRef, amp),
            };
        }
        name_len(name, false, at).and_then(|n| if n == name.len() { Ok(()) } else { fault(Code::InvalidToken, at + n) })?;
        Ok(match name {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "apos" => "'",
            "quot" => "\"",
            _ => return fault(Code::UndefinedEntity, amp),
        }
        .to_string())
    }

    /// Text with references replaced (an attribute value: `<` refused, white space made spaces).
    fn expand(&mut self, raw: &str, at: usize) -> Result<String, Fault> {
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        let mut pos = at;
        while let Some(i) = rest.find(['&', '<', '\t', '\n', '\r']) {
            out.push_str(&rest[..i]);
            let c = rest[i..].chars().next().unwrap_or(' ');
            match c {
                '<' => return fault(Code::InvalidToken, pos + i),
                '&' => {
                    let Some(end) = rest[i..].find(';') else { return fault(Code::InvalidToken, pos + rest.len()) };
                    out.push_str(&self.reference(&rest[i + 1..i + end], pos + i + 1)?);
                    rest = &rest[i + end + 1..];
                    pos += i + end + 1;
                    continue;
                }
                '\r' if rest[i + 1..].starts_with('\n') => {
                    out.push(' ');
                    rest = &rest[i + 2..];
                    pos += i + 2;
                    continue;
                }
                _ => out.push(' '),
            }
            rest = &rest[i + 1..];
            pos += i + 1;
        }
        out.push_str(rest);
        Ok(out)
    }

    /// A start tag's content (between '<' and '>' or '/>') starting at byte `at`.
    fn start(&mut self, content: &'a str, at: usize, empty: bool) -> Result<(), Fault> {
        if self.open.is_empty() && self.root_seen {
            return fault(Code::JunkAfterDocElement, at - 1);
        }
        let n = name_len(content, self.namespaces, at)?;
        let name = &content[..n];
        let mut rest = &content[n..];
        let mut pos = at + n;
        let mut attrs: Vec<Value> = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        loop {
            let trimmed = rest.trim_start_matches(is_space);
            let had_space = trimmed.len() < rest.len();
            pos += rest.len() - trimmed.len();
            rest = trimmed;
            if rest.is_empty() {
                break;
            }
            if !had_space {
                return fault(Code::InvalidToken, pos);
            }
            let k = name_len(rest, self.namespaces, pos)?;
            let key = &rest[..k];
            let key_at = pos;
            let after = rest[k..].trim_start_matches(is_space);
            let eq_at = pos + (rest.len() - after.len());
            let Some(after) = after.strip_prefix('=') else { return fault(Code::InvalidToken, eq_at) };
            let value_part = after.trim_start_matches(is_space);
            let value_at = eq_at + 1 + (after.len() - value_part.len());
            let quote = match value_part.chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => return fault(Code::InvalidToken, value_at),
            };
            let Some(close) = value_part[1..].find(quote) else { return fault(Code::InvalidToken, value_at) };
            if names.contains(&key) {
                return fault(Code::DuplicateAttribute, key_at);
            }
            // An undefined entity in a value is placed at the tag's '<', as expat does.
            let value = self
                .expand(&value_part[1..1 + close], value_at + 1)
                .map_err(|f| if f.code == Code::UndefinedEntity { Fault { code: f.code, at: at - 1 } } else { f })?;
            names.push(key);
            attrs.push(Value::str(key));
            attrs.push(Value::string(value));
            let used = value_at + 1 + close + 1 - pos;
            rest = &rest[used..];
            pos += used;
        }
        self.root_seen = true;
        let (line, column) = self.positions.of(at - 1);
        self.event(Kind::Start, vec![Value::str(name), Value::list(attrs), Value::Int(line as i64), Value::Int(column as i64)]);
        if empty {
            self.event(Kind::End, vec![Value::str(name)]);
        } else {
            self.open.push(name);
        }
        Ok(())
    }

    /// An end tag's content (between '</' and '>') starting at byte `at`.
    fn end(&mut self, content: &'a str, at: usize) -> Result<(), Fault> {
        let name = content.trim_end_matches(is_space);
        match self.open.last() {
            None => fault(Code::InvalidToken, at - 1),
            Some(open) if *open != name => fault(Code::TagMismatch, at),
            Some(_) => {
                self.open.pop();
                self.event(Kind::End, vec![Value::str(name)]);
                Ok(())
            }
        }
    }

    fn run(&mut self) -> Result<(), Fault> {
        let mut reader = Reader::from_str(self.text);
        let config = reader.config_mut();
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.check_comments = false;
        let text = self.text;
        loop {
            let start = reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(e) => e,
                Err(e) => return Err(self.reader_fault(&e, reader.error_position() as usize, start)),
            };
            let end = reader.buffer_position() as usize;
            let raw = &text[start..end];
            match event {
                Event::Eof => break,
                Event::Start(_) | Event::Empty(_) => {
                    let empty = raw.ends_with("/>");
                    let inner = &raw[1..raw.len() - if empty { 2 } else { 1 }];
                    self.start(inner, start + 1, empty)?;
                }
                Event::End(_) => self.end(&raw[2..raw.len() - 1], start + 2)?,
                Event::Text(_) => self.data(raw, start)?,
                Event::GeneralRef(_) => {
                    if self.open.is_empty() {
                        return fault(if self.root_seen { Code::JunkAfterDocElement } else { Code::InvalidToken }, start);
                    }
                    let name = &raw[1..raw.len().saturating_sub(1)];
                    if !raw.ends_with(';') {
                        return fault(Code::InvalidToken, end);
                    }
                    let expanded = self.reference(name, start + 1)?;
                    self.event(Kind::Data, vec![Value::string(expanded)]);
                }
                Event::CData(_) => {
                    if self.open.is_empty() {
                        return fault(Code::InvalidToken, start);
                    }
                    self.event(Kind::CdataStart, vec![]);
                    self.pieces(&raw[9..raw.len() - 3].replace("\r\n", "\n"));
                    self.event(Kind::CdataEnd, vec![]);
                }
                Event::Comment(_) => {
                    let body = &raw[4..raw.len() - 3];
                    if let Some(i) = body.find("--") {
                        return fault(Code::InvalidToken, start + 4 + i + 2);
                    }
                    if body.ends_with('-') {
                        return fault(Code::InvalidToken, start + 4 + body.len() - 1);
                    }
                    self.event(Kind::Comment, vec![Value::str(body)]);
                }
                Event::PI(_) => {
                    let body = &raw[2..raw.len() - 2];
                    let n = name_len(body, false, start + 2)?;
                    let (target, data) = body.split_at(n);
                    if target.eq_ignore_ascii_case("xml") {
                        return fault(Code::MisplacedXmlPi, start);
                    }
                    self.event(Kind::Pi, vec![Value::str(target), Value::str(data.trim_start_matches(is_space))]);
                }
                Event::Decl(_) => {
                    if start != 0 {
                        return fault(Code::MisplacedXmlPi, start);
                    }
                    let body = &raw[5..raw.len() - 2];
                    let field = |key: &str| -> Value {
                        let Some(i) = body.find(key) else { return Value::None };
                        let rest = body[i + key.len()..].trim_start_matches(is_space);
                        let Some(rest) = rest.strip_prefix('=') else { return Value::None };
                        let rest = rest.trim_start_matches(is_space);
                        let Some(q) = rest.chars().next().filter(|q| matches!(q, '"' | '\'')) else { return Value::None };
                        rest[1..].find(q).map_or(Value::None, |e| Value::str(&rest[1..1 + e]))
                    };
                    let standalone = match field("standalone") {
                        Value::Str(s) if s.as_str() == "yes" => Value::Int(1),
                        Value::Str(_) => Value::Int(0),
                        _ => Value::Int(-1),
                    };
                    self.event(Kind::Decl, vec![field("version"), field("encoding"), standalone]);
                }
                Event::DocType(_) => {
                    if self.root_seen {
                        return fault(Code::Syntax, start);
                    }
                    let body = raw[9..raw.len() - 1].trim_start_matches(is_space);
                    let n = name_len(body, false, start + 9).unwrap_or(0);
                    let rest = body[n..].trim_start_matches(is_space);
                    let quoted = |s: &str| -> Option<(String, usize)> {
                        let s2 = s.trim_start_matches(is_space);
                        let q = s2.chars().next().filter(|q| matches!(q, '"' | '\''))?;
                        let e = s2[1..].find(q)?;
                        Some((s2[1..1 + e].to_string(), s.len() - s2.len() + e + 2))
                    };
                    let (system, public) = if let Some(r) = rest.strip_prefix("SYSTEM") {
                        (quoted(r).map(|(s, _)| s), None)
                    } else if let Some(r) = rest.strip_prefix("PUBLIC") {
                        match quoted(r) {
                            Some((p, used)) => (quoted(&r[used..]).map(|(s, _)| s), Some(p)),
                            None => (None, None),
                        }
                    } else {
                        (None, None)
                    };
                    let opt = |s: Option<String>| s.map_or(Value::None, Value::string);
                    self.event(Kind::Doctype, vec![Value::str(&body[..n]), opt(system), opt(public)]);
                }
            }
        }
        if !self.open.is_empty() || !self.root_seen {
            return fault(Code::NoElements, self.text.len());
        }
        Ok(())
    }

    /// quick-xml's error for the construct that starts at `start`, in expat's terms.
    fn reader_fault(&self, e: &quick_xml::Error, error_at: usize, start: usize) -> Fault {
        use quick_xml::errors::SyntaxError as S;
        let code = match e {
            quick_xml::Error::Syntax(S::UnclosedCData) => Code::UnclosedCdata,
            quick_xml::Error::Syntax(S::UnclosedTag | S::UnclosedSingleQuotedAttributeValue | S::UnclosedDoubleQuotedAttributeValue) => {
                return Fault { code: Code::UnclosedToken, at: start };
            }
            quick_xml::Error::Syntax(_) => Code::UnclosedToken,
            _ => Code::InvalidToken,
        };
        let at = if code == Code::UnclosedCdata { self.text.len() } else { error_at.max(start) };
        Fault { code, at }
    }
}

/// `parse(text, namespaces)`: the events of a document and the error that ended it, if any.
fn parse(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("parse", a, k, 2, 2)?;
    let Value::Str(text) = &a[0] else { return Err(PyErr::type_error("parse() needs the document as str")) };
    let namespaces = matches!(a[1], Value::Bool(true));
    let text = text.as_str();
    let mut doc = Doc { text, namespaces, events: Vec::new(), open: Vec::new(), root_seen: false, positions: Positions { text, at: 0, line: 1, column: 0 } };
    let error = match doc.run() {
        Ok(()) => Value::None,
        Err(f) => {
            let (line, column) = doc.positions.of(f.at);
            Value::tuple(vec![Value::Int(f.code as i64), Value::Int(line as i64), Value::Int(column as i64)])
        }
    };
    Ok(Value::tuple(vec![Value::list(std::mem::take(&mut doc.events)), error]))
}

pub fn create() -> Value {
    make_module("_expat", &[("parse", parse)]).0
}
