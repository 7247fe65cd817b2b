//! The pattern parser: Python's regular-expression syntax (str or bytes patterns) into `ast::Node`,
//! with CPython 3.11's `re.error` messages and positions. It resolves flags as it goes and never matches.

use super::ast::{Anchor, CharSet, Greed, Node, SetItem};
use super::chars::{Category, CharMode};
use super::flags::*;

/// A pattern error: CPython's message and the position (in characters) it points at.
#[derive(Debug)]
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
    /// `OverflowError` rather than `re.error` ("the repetition number is too large").
    pub overflow: bool,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError { msg: msg.into(), pos: Some(pos), overflow: false })
}

/// CPython's MAXREPEAT for a 64-bit build: counts at or above it overflow.
const MAXREPEAT: u64 = 4294967295;

pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names in the order they were defined.
    pub names: Vec<(String, usize)>,
    /// The pattern's flags after global inline flags (with UNICODE added for str patterns).
    pub flags: u32,
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    bytes: bool,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups opened and not yet closed.
    open: Vec<usize>,
    /// While parsing a lookbehind: the first group number defined inside it.
    lookbehind_groups: Option<usize>,
    /// Nothing but global flags or comments read yet (global flags are allowed only there).
    at_start: bool,
    /// Conditional references to groups not yet defined, with where they were written.
    forward_refs: Vec<(usize, usize)>,
}

/// One parsed element before quantifiers: a node and whether a quantifier may follow it.
enum Item {
    Node(Node),
    /// An anchor: "nothing to repeat" if quantified.
    Anchor(Node),
}

/// What a class member escape or character turned into.
enum ClassAtom {
    Char(u32),
    Cat(Category),
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_ident_start(c) => it.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

pub fn parse(src: &[u32], bytes: bool, flags: u32) -> Result<Parsed, ReError> {
    let mut p =
        Parser { src, pos: 0, bytes, flags, groups: 0, names: Vec::new(), open: Vec::new(), lookbehind_groups: None, at_start: true, forward_refs: Vec::new() };
    let node = p.alternation(0)?;
    if p.pos < src.len() {
        // Only a stray ')' stops the top level early.
        return err("unbalanced parenthesis", p.pos);
    }
    if let Some(&(g, at)) = p.forward_refs.iter().find(|(g, _)| *g > p.groups) {
        return err(format!("invalid group reference {g}"), at);
    }
    let mut flags = p.flags;
    if !bytes && flags & (ASCII | LOCALE) == 0 {
        flags |= UNICODE;
    }
    Ok(Parsed { node, groups: p.groups, names: p.names, flags })
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }

    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek_is(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.src[from..to.min(self.src.len())].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
    }

    fn mode(&self) -> CharMode {
        if self.bytes || self.flags & (ASCII | LOCALE) != 0 { CharMode::Ascii } else { CharMode::Unicode }
    }

    fn ignore(&self) -> bool {
        self.flags & IGNORECASE != 0
    }

    fn verbose(&self) -> bool {
        self.flags & VERBOSE != 0
    }

    fn lit(&self, c: u32) -> Node {
        Node::Lit { c, ignore: self.ignore(), mode: self.mode() }
    }

    /// `a|b|c` up to a `)` or the end.
    fn alternation(&mut self, depth: usize) -> Result<Node, ReError> {
        let mut alts = vec![self.sequence(depth)?];
        while self.eat('|') {
            self.at_start = false;
            alts.push(self.sequence(depth)?);
        }
        Ok(if alts.len() == 1 { alts.pop().unwrap() } else { Node::Alt(alts) })
    }

    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if matches!(c, 0x20 | 0x09..=0x0D) {
                self.pos += 1;
            } else if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn sequence(&mut self, depth: usize) -> Result<Node, ReError> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item may take a quantifier (false for anchors), None when there is none.
        let mut last_repeatable: Option<bool> = None;
        // Whether the last item is a quantifier written here (a second one is "multiple repeat").
        let mut last_was_repeat = false;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            let ch = char::from_u32(c).unwrap_or('\0');
            if ch == '|' || ch == ')' {
                break;
            }
            let here = self.pos;
            if matches!(ch, '*' | '+' | '?' | '{') {
                self.pos += 1;
                let (min, max) = match ch {
                    '*' => (0, None),
                    '+' => (1, None),
                    '?' => (0, Some(1)),
                    _ => match self.braces(here)? {
                        Some(mm) => mm,
                        None => {
                            items.push(self.lit('{' as u32));
                            last_repeatable = Some(true);
                            last_was_repeat = false;
                            continue;
                        }
                    },
                };
                match last_repeatable {
                    None | Some(false) => return err("nothing to repeat", here),
                    Some(true) => {}
                }
                if last_was_repeat {
                    return err("multiple repeat", here);
                }
                let last = items.pop().unwrap();
                let greed = if self.eat('?') {
                    Greed::Lazy
                } else if self.eat('+') {
                    Greed::Possessive
                } else {
                    Greed::Greedy
                };
                items.push(Node::Repeat { min, max, greed, body: Box::new(last) });
                last_was_repeat = true;
                continue;
            }
            let item = self.atom(depth, depth == 0 && self.at_start)?;
            if item.is_some() {
                self.at_start = false;
            }
            if item.is_some() {
                last_was_repeat = false;
            }
            match item {
                Some(Item::Node(n)) => {
                    items.push(n);
                    last_repeatable = Some(true);
                }
                Some(Item::Anchor(n)) => {
                    items.push(n);
                    last_repeatable = Some(false);
                }
                None => {
                    // A comment or global flags: leaves the previous item quantifiable, as CPython does.
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Cat(items),
        })
    }

    /// After `{` at `open`: `{m}`, `{m,}`, `{,n}`, `{m,n}`, or None (then `{` is a literal).
    fn braces(&mut self, open: usize) -> Result<Option<(u32, Option<u32>)>, ReError> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let s = p.pos;
            while p.peek().is_some_and(|c| (b'0' as u32..=b'9' as u32).contains(&c)) {
                p.pos += 1;
            }
            p.text(s, p.pos)
        };
        let lo = digits(self);
        let comma = self.eat(',');
        let hi = if comma { digits(self) } else { lo.clone() };
        if (lo.is_empty() && !comma) || !self.eat('}') {
            self.pos = start;
            return Ok(None);
        }
        let num = |s: &str| -> Result<Option<u32>, ReError> {
            if s.is_empty() {
                return Ok(None);
            }
            match s.parse::<u64>() {
                Ok(v) if v < MAXREPEAT => Ok(Some(v as u32)),
                _ => Err(ReError { msg: "the repetition number is too large".into(), pos: None, overflow: true }),
            }
        };
        let min = num(&lo)?.unwrap_or(0);
        let max = num(&hi)?;
        if let Some(m) = max
            && m < min
        {
            return err("min repeat greater than max repeat", open + 1);
        }
        Ok(Some((min, max)))
    }

    /// One atom; `first` when it is the very first thing in the pattern (global flags allowed).
    fn atom(&mut self, depth: usize, first: bool) -> Result<Option<Item>, ReError> {
        let here = self.pos;
        let c = self.peek().unwrap();
        self.pos += 1;
        let ch = char::from_u32(c).unwrap_or('\0');
        Ok(Some(match ch {
            '.' => Item::Node(Node::Any { all: self.flags & DOTALL != 0 }),
            '^' => Item::Anchor(Node::Anchor(if self.flags & MULTILINE != 0 { Anchor::LineStart } else { Anchor::Start })),
            '$' => Item::Anchor(Node::Anchor(if self.flags & MULTILINE != 0 { Anchor::LineEnd } else { Anchor::End })),
            '[' => Item::Node(self.class(here)?),
            '(' => return self.group(here, depth, first),
            '\\' => self.escape(here)?,
            _ => Item::Node(self.lit(c)),
        }))
    }

    fn escape(&mut self, here: usize) -> Result<Item, ReError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", here);
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        let mode = self.mode();
        let anchor = |a| Ok(Item::Anchor(Node::Anchor(a)));
        match ch {
            'A' => {
                self.pos += 1;
                anchor(Anchor::Start)
            }
            'Z' => {
                self.pos += 1;
                anchor(Anchor::StrEnd)
            }
            'b' => {
                self.pos += 1;
                anchor(Anchor::Boundary(mode))
            }
            'B' => {
                self.pos += 1;
                anchor(Anchor::NotBoundary(mode))
            }
            '1'..='9' => {
                // Three octal digits make an octal escape, otherwise one or two digits name a group.
                let s = self.pos;
                let d = |p: &Self, i: usize| p.src.get(i).copied().and_then(char::from_u32);
                let oct = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
                if oct(d(self, s)) && oct(d(self, s + 1)) && oct(d(self, s + 2)) {
                    self.pos += 3;
                    let v = u32::from_str_radix(&self.text(s, s + 3), 8).unwrap();
                    if v > 0o377 {
                        return err(format!("octal escape value \\{} outside of range 0-0o377", self.text(s, s + 3)), here);
                    }
                    return Ok(Item::Node(self.lit(v)));
                }
                self.pos += 1;
                if d(self, self.pos).is_some_and(|c| c.is_ascii_digit()) {
                    self.pos += 1;
                }
                let group: usize = self.text(s, self.pos).parse().unwrap();
                self.group_ref(group, s)?;
                Ok(Item::Node(Node::Backref { group, ignore: self.ignore(), mode }))
            }
            _ => match self.common_escape(here)? {
                ClassAtom::Char(v) => Ok(Item::Node(self.lit(v))),
                ClassAtom::Cat(cat) => Ok(Item::Node(self.cat_set(cat))),
            },
        }
    }

    fn cat_set(&self, cat: Category) -> Node {
        Node::Set(Box::new(CharSet::new(vec![SetItem::Cat(cat)], false, false, self.mode())))
    }

    /// Checks a numbered reference to an earlier group; `at` is where the number starts.
    fn group_ref(&self, group: usize, at: usize) -> Result<(), ReError> {
        if group > self.groups || group == 0 {
            return err(format!("invalid group reference {group}"), at);
        }
        if self.open.contains(&group) {
            return err("cannot refer to an open group", at - 1);
        }
        if let Some(first) = self.lookbehind_groups
            && group >= first
        {
            return err("cannot refer to group defined in the same lookbehind subpattern", self.pos);
        }
        Ok(())
    }

    /// Escapes shared by sets and the rest of a pattern (after the backslash at `here`).
    fn common_escape(&mut self, here: usize) -> Result<ClassAtom, ReError> {
        let c = self.peek().unwrap();
        self.pos += 1;
        let ch = char::from_u32(c).unwrap_or('\0');
        let hex = |p: &mut Self, n: usize, name: char| -> Result<u32, ReError> {
            let s = p.pos;
            while p.pos - s < n && p.peek().and_then(char::from_u32).is_some_and(|c| c.is_ascii_hexdigit()) {
                p.pos += 1;
            }
            if p.pos - s < n {
                return err(format!("incomplete escape \\{}{}", name, p.text(s, p.pos)), here);
            }
            Ok(u32::from_str_radix(&p.text(s, p.pos), 16).unwrap())
        };
        Ok(ClassAtom::Char(match ch {
            'd' => return Ok(ClassAtom::Cat(Category::Digit)),
            'D' => return Ok(ClassAtom::Cat(Category::NotDigit)),
            's' => return Ok(ClassAtom::Cat(Category::Space)),
            'S' => return Ok(ClassAtom::Cat(Category::NotSpace)),
            'w' => return Ok(ClassAtom::Cat(Category::Word)),
            'W' => return Ok(ClassAtom::Cat(Category::NotWord)),
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => '\\' as u32,
            'x' => hex(self, 2, 'x')?,
            'u' if !self.bytes => hex(self, 4, 'u')?,
            'U' if !self.bytes => {
                let v = hex(self, 8, 'U')?;
                if v > 0x10FFFF {
                    return err(format!("bad escape \\U{}", self.text(here + 2, self.pos)), here);
                }
                v
            }
            'N' if !self.bytes => {
                if !self.eat('{') {
                    return err("missing {", self.pos);
                }
                let s = self.pos;
                while self.peek().is_some_and(|c| c != '}' as u32) {
                    self.pos += 1;
                }
                let name = self.text(s, self.pos);
                if name.is_empty() {
                    return err("missing character name", s);
                }
                if !self.eat('}') {
                    return err("missing }, unterminated name", s);
                }
                match crate::ucd::lookup_name(&name) {
                    Some(c) => c as u32,
                    None => return err(format!("undefined character name '{name}'"), here),
                }
            }
            '0' => {
                let s = self.pos;
                while self.pos - s < 2 && self.peek().and_then(char::from_u32).is_some_and(|c| ('0'..='7').contains(&c)) {
                    self.pos += 1;
                }
                if self.pos == s { 0 } else { u32::from_str_radix(&self.text(s, self.pos), 8).unwrap() }
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), here),
            _ => c,
        }))
    }

    /// A set, after its `[` at `open`.
    fn class(&mut self, open: usize) -> Result<Node, ReError> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", open);
            };
            if c == ']' as u32 && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let start = self.pos;
            let a = self.class_atom(open)?;
            let a_end = self.pos;
            if self.peek_is('-') && self.src.get(self.pos + 1).is_some_and(|&c| c != ']' as u32) {
                self.pos += 1;
                let b_start = self.pos;
                let b = self.class_atom(open)?;
                let range_text = || format!("{}-{}", self.text(start, a_end), self.text(b_start, self.pos));
                match (a, b) {
                    (ClassAtom::Char(x), ClassAtom::Char(y)) => {
                        if y < x {
                            return err(format!("bad character range {}", range_text()), start);
                        }
                        items.push(SetItem::Range(x, y));
                    }
                    _ => return err(format!("bad character range {}", range_text()), start),
                }
            } else {
                items.push(match a {
                    ClassAtom::Char(x) => SetItem::Char(x),
                    ClassAtom::Cat(cat) => SetItem::Cat(cat),
                });
            }
        }
        Ok(Node::Set(Box::new(CharSet::new(items, negated, self.ignore(), self.mode()))))
    }

    fn class_atom(&mut self, open: usize) -> Result<ClassAtom, ReError> {
        let Some(c) = self.peek() else {
            return err("unterminated character set", open);
        };
        let here = self.pos;
        self.pos += 1;
        if c != '\\' as u32 {
            return Ok(ClassAtom::Char(c));
        }
        let Some(e) = self.peek() else {
            return err("unterminated character set", open);
        };
        let ech = char::from_u32(e).unwrap_or('\0');
        match ech {
            'b' => {
                self.pos += 1;
                Ok(ClassAtom::Char(8))
            }
            '1'..='7' => {
                let s = self.pos;
                while self.pos - s < 3 && self.peek().and_then(char::from_u32).is_some_and(|c| ('0'..='7').contains(&c)) {
                    self.pos += 1;
                }
                let v = u32::from_str_radix(&self.text(s, self.pos), 8).unwrap();
                if v > 0o377 {
                    return err(format!("octal escape value \\{} outside of range 0-0o377", self.text(s, self.pos)), here);
                }
                Ok(ClassAtom::Char(v))
            }
            '8' | '9' => err(format!("bad escape \\{ech}"), here),
            _ => self.common_escape(here),
        }
    }

    /// Reads a group name up to `end`; `at` is where it starts.
    fn group_name(&mut self, end: char) -> Result<String, ReError> {
        let s = self.pos;
        loop {
            match self.peek() {
                None => return err(format!("missing {end}, unterminated name"), s),
                Some(c) if c == end as u32 => break,
                _ => self.pos += 1,
            }
        }
        let name = self.text(s, self.pos);
        self.pos += 1;
        if name.is_empty() {
            return err("missing group name", s);
        }
        if !is_identifier(&name) {
            return err(format!("bad character in group name '{name}'"), s);
        }
        Ok(name)
    }

    fn close(&mut self, open: usize) -> Result<(), ReError> {
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", open);
        }
        Ok(())
    }

    fn capture(&mut self, open: usize, depth: usize, name: Option<(String, usize)>) -> Result<Option<Item>, ReError> {
        self.groups += 1;
        let g = self.groups;
        if let Some((name, at)) = name {
            if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                return err(format!("redefinition of group name '{name}' as group {g}; was group {old}"), at);
            }
            self.names.push((name, g));
        }
        self.open.push(g);
        let body = self.alternation(depth + 1)?;
        self.open.pop();
        self.close(open)?;
        Ok(Some(Item::Node(Node::Group(g, Box::new(body)))))
    }

    fn scoped(&mut self, open: usize, depth: usize, flags: u32) -> Result<Node, ReError> {
        let saved = self.flags;
        self.flags = flags;
        let body = self.alternation(depth + 1);
        self.flags = saved;
        let body = body?;
        self.close(open)?;
        Ok(body)
    }

    /// After `(` at `open`.
    fn group(&mut self, open: usize, depth: usize, first: bool) -> Result<Option<Item>, ReError> {
        if !self.eat('?') {
            return self.capture(open, depth, None);
        }
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.pos);
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        self.pos += 1;
        match ch {
            'P' => {
                let Some(c2) = self.peek() else {
                    return err("unexpected end of pattern", self.pos);
                };
                self.pos += 1;
                if c2 == '<' as u32 {
                    let at = self.pos;
                    let name = self.group_name('>')?;
                    self.capture(open, depth, Some((name, at)))
                } else if c2 == '=' as u32 {
                    let at = self.pos;
                    let name = self.group_name(')')?;
                    let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                        return err(format!("unknown group name '{name}'"), at);
                    };
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", at);
                    }
                    if self.lookbehind_groups.is_some_and(|f| g >= f) {
                        return err("cannot refer to group defined in the same lookbehind subpattern", self.pos);
                    }
                    Ok(Some(Item::Node(Node::Backref { group: g, ignore: self.ignore(), mode: self.mode() })))
                } else {
                    err(format!("unknown extension ?P{}", self.text(self.pos - 1, self.pos)), open + 1)
                }
            }
            ':' => Ok(Some(Item::Node(self.scoped(open, depth, self.flags)?))),
            '>' => {
                let body = self.scoped(open, depth, self.flags)?;
                Ok(Some(Item::Node(Node::Atomic(Box::new(body)))))
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == ')' as u32 {
                        return Ok(None);
                    }
                }
                err("missing ), unterminated comment", open)
            }
            '=' | '!' => {
                let body = self.scoped(open, depth, self.flags)?;
                Ok(Some(Item::Node(Node::Look { behind: false, negate: ch == '!', width: 0, body: Box::new(body) })))
            }
            '<' => {
                let Some(c2) = self.peek() else {
                    return err("unexpected end of pattern", self.pos);
                };
                self.pos += 1;
                let c2 = char::from_u32(c2).unwrap_or('\0');
                if c2 != '=' && c2 != '!' {
                    return err(format!("unknown extension ?<{c2}"), open + 1);
                }
                let saved = self.lookbehind_groups;
                if saved.is_none() {
                    self.lookbehind_groups = Some(self.groups + 1);
                }
                let body = self.scoped(open, depth, self.flags);
                self.lookbehind_groups = saved;
                let body = body?;
                let (lo, hi) = body.width();
                if hi != Some(lo) {
                    return Err(ReError { msg: "look-behind requires fixed-width pattern".into(), pos: None, overflow: false });
                }
                Ok(Some(Item::Node(Node::Look { behind: true, negate: c2 == '!', width: lo, body: Box::new(body) })))
            }
            '(' => self.conditional(open, depth),
            'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x' | '-' => {
                self.pos -= 1;
                self.inline_flags(open, depth, first)
            }
            _ => err(format!("unknown extension ?{ch}"), open + 1),
        }
    }

    fn conditional(&mut self, open: usize, depth: usize) -> Result<Option<Item>, ReError> {
        let at = self.pos;
        let name = {
            let s = self.pos;
            while self.peek().is_some_and(|c| c != ')' as u32) {
                self.pos += 1;
            }
            if self.peek().is_none() {
                return err("missing ), unterminated name", s);
            }
            let n = self.text(s, self.pos);
            self.pos += 1;
            n
        };
        if name.is_empty() {
            return err("missing group name", at);
        }
        let group = if let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) {
            g
        } else if name.chars().all(|c| c.is_ascii_digit()) {
            let g: usize = name.parse().map_err(|_| ReError { msg: format!("invalid group reference {name}"), pos: Some(at), overflow: false })?;
            if g == 0 {
                return err("bad group number", at);
            }
            if g > self.groups {
                // May name a group defined later: checked when the whole pattern is read.
                self.forward_refs.push((g, at));
            }
            g
        } else if is_identifier(&name) {
            return err(format!("unknown group name '{name}'"), at);
        } else {
            return err(format!("bad character in group name '{name}'"), at);
        };
        let yes = self.sequence(depth + 1)?;
        let no = if self.eat('|') {
            let n = self.sequence(depth + 1)?;
            if self.peek_is('|') {
                return err("conditional backref with more than two branches", self.pos);
            }
            n
        } else {
            Node::Empty
        };
        self.close(open)?;
        Ok(Some(Item::Node(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) })))
    }

    fn flag_of(&self, c: u32) -> Option<u32> {
        Some(match char::from_u32(c)? {
            'a' => ASCII,
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'u' => UNICODE,
            'x' => VERBOSE,
            _ => return None,
        })
    }

    /// `(?aiLmsux)`, `(?aiLmsux-imsx:...)`, after `(?`.
    fn inline_flags(&mut self, open: usize, depth: usize, first: bool) -> Result<Option<Item>, ReError> {
        let mut add = 0u32;
        let mut del = 0u32;
        while let Some(f) = self.peek().and_then(|c| self.flag_of(c)) {
            let c = char::from_u32(self.peek().unwrap()).unwrap();
            self.pos += 1;
            if self.bytes && c == 'u' {
                return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos);
            }
            if !self.bytes && c == 'L' {
                return err("bad inline flags: cannot use 'L' flag with a str pattern", self.pos);
            }
            add |= f;
            if (add & (ASCII | LOCALE | UNICODE)).count_ones() > 1 {
                return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos);
            }
        }
        let Some(c) = self.peek() else {
            return err("missing -, : or )", self.pos);
        };
        if c == ')' as u32 {
            self.pos += 1;
            if !first {
                return err("global flags not at the start of the expression", open);
            }
            self.flags |= add;
            return Ok(None);
        }
        if c == '-' as u32 {
            self.pos += 1;
            let Some(mut c) = self.peek() else {
                return err("missing flag", self.pos);
            };
            if self.flag_of(c).is_none() {
                if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) {
                    return err("unknown flag", self.pos);
                }
                return err("missing flag", self.pos);
            }
            while let Some(f) = self.flag_of(c) {
                self.pos += 1;
                if f & (ASCII | LOCALE | UNICODE) != 0 {
                    return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos);
                }
                del |= f;
                if add & f != 0 {
                    return err("bad inline flags: flag turned on and off", self.pos);
                }
                match self.peek() {
                    Some(n) => c = n,
                    None => return err("missing :", self.pos),
                }
            }
            if c != ':' as u32 {
                if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) {
                    return err("unknown flag", self.pos);
                }
                return err("missing :", self.pos);
            }
        } else if c != ':' as u32 {
            if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) {
                return err("unknown flag", self.pos);
            }
            return err("missing -, : or )", self.pos);
        }
        self.pos += 1;
        let mut flags = (self.flags | add) & !del;
        if add & (ASCII | LOCALE | UNICODE) != 0 {
            flags = (flags & !(ASCII | LOCALE | UNICODE)) | (add & (ASCII | LOCALE | UNICODE));
        }
        let body = self.scoped(open, depth, flags)?;
        Ok(Some(Item::Node(body)))
    }
}
