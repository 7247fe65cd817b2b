//! The backtracking matcher, with `_sre`'s semantics: leftmost-first alternation, greedy / lazy /
//! possessive repeats that stop iterating after an empty iteration, captures restored on backtracking,
//! and the "must advance" rule of 3.7+ for repeated searches. Positions are indices into the subject
//! (characters for str, bytes for bytes); the subject is already cut at `endpos`.

use super::ast::{Anchor, Greed, Node};
use super::chars::{CharMode, eq_ignore_case, is_word};
use super::first::FirstChars;

/// Marks an unset capture.
pub const UNSET: usize = usize::MAX;

/// A subject symbol: a byte (bytes, or a str whose characters are all below U+0100), a UCS-2 unit
/// (a str within the BMP) or a character.
pub trait Sym: Copy {
    fn code(self) -> u32;
}

impl Sym for u8 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Sym for u16 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Sym for char {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

/// How much of the subject a match must cover.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `match`: anchored at the start position.
    Match,
    /// `fullmatch`: anchored at both ends.
    Full,
    /// `search`: the first position that matches.
    Search,
}

/// A compiled pattern, ready to run.
pub struct Program {
    pub node: Node,
    pub groups: usize,
    /// The characters a match can start with, to skip start positions quickly (first.rs).
    first: Option<FirstChars>,
}

impl Program {
    pub fn new(node: Node, groups: usize) -> Program {
        let first = super::first::of_pattern(&node);
        Program { node, groups, first }
    }
}

/// A successful match: the capture marks (start, end per group, group 0 first) and the last group closed.
pub struct Found {
    pub caps: Vec<usize>,
    pub lastindex: usize,
}

type Cont<'c, 't, 'p, S> = dyn FnMut(&mut Matcher<'t, 'p, S>, usize) -> bool + 'c;

struct Matcher<'t, 'p, S: Sym> {
    text: &'t [S],
    prog: &'p Program,
    caps: Vec<usize>,
    lastindex: usize,
}

impl<'t, 'p, S: Sym> Matcher<'t, 'p, S> {
    #[inline]
    fn one(&self, n: &Node, pos: usize) -> bool {
        let x = self.text[pos].code();
        match n {
            Node::Lit { c, ignore, mode } => x == *c || (*ignore && eq_ignore_case(x, *c, *mode)),
            Node::Any { all } => *all || x != '\n' as u32,
            Node::Set(s) => s.contains(x),
            _ => false,
        }
    }

    fn word_at(&self, pos: usize, mode: CharMode) -> bool {
        pos < self.text.len() && is_word(self.text[pos].code(), mode)
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let len = self.text.len();
        let nl = '\n' as u32;
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || self.text[pos - 1].code() == nl,
            Anchor::End => pos == len || (pos + 1 == len && self.text[pos].code() == nl),
            Anchor::LineEnd => pos == len || self.text[pos].code() == nl,
            Anchor::StrEnd => pos == len,
            Anchor::Boundary(m) => len > 0 && (pos > 0 && self.word_at(pos - 1, m)) != self.word_at(pos, m),
            Anchor::NotBoundary(m) => len > 0 && (pos > 0 && self.word_at(pos - 1, m)) == self.word_at(pos, m),
        }
    }

    /// Matches the nodes in order from `pos`, then the continuation.
    fn seq(&mut self, nodes: &'p [Node], mut pos: usize, k: &mut Cont<'_, 't, 'p, S>) -> bool {
        let mut i = 0;
        while i < nodes.len() {
            let n = &nodes[i];
            match n {
                Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => {
                    if pos < self.text.len() && self.one(n, pos) {
                        pos += 1;
                    } else {
                        return false;
                    }
                }
                Node::Anchor(a) => {
                    if !self.anchor(*a, pos) {
                        return false;
                    }
                }
                Node::Empty => {}
                _ => {
                    let rest = &nodes[i + 1..];
                    if rest.is_empty() {
                        return self.node(n, pos, k);
                    }
                    return self.node(n, pos, &mut |m, p| m.seq(rest, p, k));
                }
            }
            i += 1;
        }
        k(self, pos)
    }

    fn snapshot(&self) -> (Vec<usize>, usize) {
        (self.caps.clone(), self.lastindex)
    }

    fn restore(&mut self, s: (Vec<usize>, usize)) {
        self.caps = s.0;
        self.lastindex = s.1;
    }

    fn node(&mut self, n: &'p Node, pos: usize, k: &mut Cont<'_, 't, 'p, S>) -> bool {
        match n {
            Node::Empty => k(self, pos),
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => pos < self.text.len() && self.one(n, pos) && k(self, pos + 1),
            Node::Anchor(a) => self.anchor(*a, pos) && k(self, pos),
            Node::Cat(v) => self.seq(v, pos, k),
            Node::Alt(v) => v.iter().any(|a| self.node(a, pos, k)),
            Node::Group(g, body) => {
                let g = *g;
                self.node(body, pos, &mut |m, p| {
                    let old = (m.caps[2 * g], m.caps[2 * g + 1], m.lastindex);
                    m.caps[2 * g] = pos;
                    m.caps[2 * g + 1] = p;
                    m.lastindex = g;
                    if k(m, p) {
                        return true;
                    }
                    m.caps[2 * g] = old.0;
                    m.caps[2 * g + 1] = old.1;
                    m.lastindex = old.2;
                    false
                })
            }
            Node::Repeat { min, max, greed, body } => self.repeat(*min as usize, max.map(|m| m as usize), *greed, body, pos, k),
            Node::Atomic(body) => self.atomic(body, pos, k),
            Node::Look { behind, negate, width, body } => {
                let saved = self.snapshot();
                let found = if *behind { pos >= *width && self.node(body, pos - width, &mut |_, p| p == pos) } else { self.node(body, pos, &mut |_, _| true) };
                if found == *negate {
                    self.restore(saved);
                    return false;
                }
                if *negate {
                    self.restore(saved.clone());
                }
                if k(self, pos) {
                    return true;
                }
                self.restore(saved);
                false
            }
            Node::Backref { group, ignore, mode } => {
                let (s, e) = (self.caps[2 * group], self.caps[2 * group + 1]);
                if s == UNSET || e == UNSET {
                    return false;
                }
                let l = e - s;
                if pos + l > self.text.len() {
                    return false;
                }
                for i in 0..l {
                    let (a, b) = (self.text[s + i].code(), self.text[pos + i].code());
                    if a != b && !(*ignore && eq_ignore_case(a, b, *mode)) {
                        return false;
                    }
                }
                k(self, pos + l)
            }
            Node::Cond { group, yes, no } => {
                if self.caps[2 * group + 1] != UNSET {
                    self.node(yes, pos, k)
                } else {
                    self.node(no, pos, k)
                }
            }
        }
    }

    fn atomic(&mut self, body: &'p Node, pos: usize, k: &mut Cont<'_, 't, 'p, S>) -> bool {
        let saved = self.snapshot();
        let mut end = None;
        if !self.node(body, pos, &mut |_, p| {
            end = Some(p);
            true
        }) {
            return false;
        }
        if k(self, end.unwrap()) {
            return true;
        }
        self.restore(saved);
        false
    }

    fn repeat(&mut self, min: usize, max: Option<usize>, greed: Greed, body: &'p Node, pos: usize, k: &mut Cont<'_, 't, 'p, S>) -> bool {
        if body.is_single() {
            let len = self.text.len();
            let limit = max.map_or(len, |m| len.min(pos.saturating_add(m)));
            if greed == Greed::Lazy {
                let mut i = pos;
                while i < pos + min {
                    if i >= limit || !self.one(body, i) {
                        return false;
                    }
                    i += 1;
                }
                loop {
                    if k(self, i) {
                        return true;
                    }
                    if i < limit && self.one(body, i) {
                        i += 1;
                    } else {
                        return false;
                    }
                }
            }
            let mut n = pos;
            while n < limit && self.one(body, n) {
                n += 1;
            }
            if n - pos < min {
                return false;
            }
            if greed == Greed::Possessive {
                return k(self, n);
            }
            let mut i = n;
            loop {
                if k(self, i) {
                    return true;
                }
                if i == pos + min {
                    return false;
                }
                i -= 1;
            }
        }
        match greed {
            Greed::Possessive => {
                let saved = self.snapshot();
                let mut end = None;
                if !self.general(body, min, max, false, 0, pos, &mut |_, p| {
                    end = Some(p);
                    true
                }) {
                    return false;
                }
                if k(self, end.unwrap()) {
                    return true;
                }
                self.restore(saved);
                false
            }
            Greed::Lazy => self.general(body, min, max, true, 0, pos, k),
            Greed::Greedy => self.general(body, min, max, false, 0, pos, k),
        }
    }

    /// A repeat of any body: iteration `count` starts at `pos`.
    #[allow(clippy::too_many_arguments)]
    fn general(&mut self, body: &'p Node, min: usize, max: Option<usize>, lazy: bool, count: usize, pos: usize, k: &mut Cont<'_, 't, 'p, S>) -> bool {
        crate::stack::MATCH.run(|| {
            let again = |m: &mut Self, p: usize, k: &mut Cont<'_, 't, 'p, S>| {
                if p == pos && count + 1 >= min {
                    // An empty iteration ends the loop.
                    return k(m, p);
                }
                m.general(body, min, max, lazy, count + 1, p, k)
            };
            if count < min {
                return self.node(body, pos, &mut |m, p| again(m, p, k));
            }
            let more = max.is_none_or(|m| count < m);
            if lazy {
                if k(self, pos) {
                    return true;
                }
                more && self.node(body, pos, &mut |m, p| again(m, p, k))
            } else {
                if more && self.node(body, pos, &mut |m, p| again(m, p, k)) {
                    return true;
                }
                k(self, pos)
            }
        })
    }
}

/// Looks for a match of `prog` in `text` from `pos`. With `must_advance`, an empty match at `pos` itself
/// does not count (the rule for the next search after an empty match).
pub fn run<S: Sym>(prog: &Program, text: &[S], pos: usize, mode: Mode, must_advance: bool) -> Option<Found> {
    let mut m = Matcher { text, prog, caps: vec![UNSET; 2 * (prog.groups + 1)], lastindex: 0 };
    let len = text.len();
    let mut start = pos;
    while start <= len {
        if mode == Mode::Search
            && let Some(f) = &m.prog.first
        {
            while start < len && !f.admits(text[start].code()) {
                start += 1;
            }
            if start >= len {
                return None;
            }
        }
        let s = start;
        let mut end = UNSET;
        let ok = m.node(&prog.node, s, &mut |_, p| {
            if (mode == Mode::Full && p != len) || (must_advance && p == s && s == pos) {
                return false;
            }
            end = p;
            true
        });
        if ok {
            m.caps[0] = s;
            m.caps[1] = end;
            return Some(Found { caps: m.caps, lastindex: m.lastindex });
        }
        if mode != Mode::Search {
            return None;
        }
        start += 1;
    }
    None
}
