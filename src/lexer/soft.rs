//! Soft keywords (PEP 634): `match` and `case` are names everywhere except where they open a match
//! statement or one of its cases. This stage sits between the layout stage and the parser and turns
//! those two names into keyword tokens where, and only where, they are keywords:
//! - `match` first on a logical line whose last token is `:` (no expression statement ends in a
//!   colon, so such a line can only be a match statement);
//! - `case` first on a line directly inside a match statement's block (that block holds nothing
//!   but case clauses).
//!
//! Everything else (`match = 1`, `match(x)`, `case.attr`, a function named `case`) stays a name.
//!
//! It also takes away the parentheses of a parenthesised `with` item list (3.9+:
//! `with (open(a) as f, open(b) as g):`), which an LR(1) grammar cannot tell from a parenthesised
//! expression in time: when the parentheses hold the whole list (a colon follows them) and
//! hold an `as` or a comma at their top level, the statement is the unparenthesised one.

use super::SyntaxErrorInfo;
use super::indent::Spanned;
use super::token::Tok;
use std::collections::VecDeque;

pub struct SoftKeywords<I: Iterator<Item = Spanned>> {
    inner: I,
    /// Tokens read ahead while deciding about a `match`.
    ahead: VecDeque<Spanned>,
    at_line_start: bool,
    /// Indentation depth, counted from INDENT and DEDENT tokens.
    level: usize,
    /// The depths of the blocks of the match statements we are in (their case lines).
    match_levels: Vec<usize>,
    /// A `match` header was seen: the next INDENT opens its block.
    match_header: bool,
}

impl<I: Iterator<Item = Spanned>> SoftKeywords<I> {
    pub fn new(inner: I) -> Self {
        SoftKeywords { inner, ahead: VecDeque::new(), at_line_start: true, level: 0, match_levels: Vec::new(), match_header: false }
    }

    fn pull(&mut self) -> Option<Spanned> {
        self.ahead.pop_front().or_else(|| self.inner.next())
    }

    /// Reads ahead to the end of the logical line.
    fn read_line(&mut self) {
        loop {
            match self.ahead.back() {
                Some(Ok((_, Tok::Newline, _))) | Some(Err(_)) => return,
                _ => {}
            }
            match self.inner.next() {
                Some(t) => self.ahead.push_back(t),
                None => return,
            }
        }
    }

    /// After a leading `with`: drops the parentheses around a whole list of with items.
    fn unparenthesise_with_items(&mut self) {
        self.read_line();
        let toks: Vec<&Tok> = self.ahead.iter().map_while(|t| t.as_ref().ok()).map(|(_, t, _)| t).collect();
        if toks.first() != Some(&&Tok::LPar) {
            return;
        }
        let mut depth = 0;
        let mut list_marker = false;
        let mut close = None;
        for (i, t) in toks.iter().enumerate() {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(i);
                        break;
                    }
                }
                Tok::Comma | Tok::As if depth == 1 => list_marker = true,
                _ => {}
            }
        }
        let Some(close) = close else { return };
        if !list_marker || toks.get(close + 1) != Some(&&Tok::Colon) {
            return;
        }
        let trailing_comma = toks[close - 1] == &Tok::Comma;
        self.ahead.remove(close);
        if trailing_comma {
            self.ahead.remove(close - 1);
        }
        self.ahead.remove(0);
    }

    /// Whether the rest of the logical line after a leading `match` makes it a match header: some
    /// tokens, the last of them a colon.
    fn rest_is_match_header(&mut self) -> bool {
        self.read_line();
        let toks: Vec<&Tok> = self.ahead.iter().map_while(|t| t.as_ref().ok()).map(|(_, t, _)| t).take_while(|t| **t != Tok::Newline).collect();
        toks.len() >= 2 && *toks[toks.len() - 1] == Tok::Colon && *toks[0] != Tok::Colon && *toks[0] != Tok::Equal && *toks[0] != Tok::Dot
    }
}

impl<I: Iterator<Item = Spanned>> Iterator for SoftKeywords<I> {
    type Item = Result<(usize, Tok, usize), SyntaxErrorInfo>;

    fn next(&mut self) -> Option<Spanned> {
        let item = self.pull()?;
        let Ok((l, tok, r)) = item else { return Some(item) };
        let line_start = std::mem::replace(&mut self.at_line_start, false);
        let tok = match tok {
            Tok::Newline => {
                self.at_line_start = true;
                Tok::Newline
            }
            Tok::Indent => {
                self.at_line_start = true;
                self.level += 1;
                if std::mem::take(&mut self.match_header) {
                    self.match_levels.push(self.level);
                }
                Tok::Indent
            }
            Tok::Dedent => {
                self.at_line_start = true;
                self.level = self.level.saturating_sub(1);
                while self.match_levels.last().is_some_and(|&m| m > self.level) {
                    self.match_levels.pop();
                }
                Tok::Dedent
            }
            Tok::Name(n) if line_start && n == "case" && self.match_levels.last() == Some(&self.level) => Tok::Case,
            Tok::Name(n) if line_start && n == "match" && self.rest_is_match_header() => {
                self.match_header = true;
                Tok::Match
            }
            Tok::With if line_start => {
                self.unparenthesise_with_items();
                Tok::With
            }
            other => other,
        };
        Some(Ok((l, tok, r)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::Layout;

    fn kinds(src: &str) -> String {
        SoftKeywords::new(Layout::new(src))
            .map(|t| match t {
                Ok((_, Tok::Match, _)) => "MATCH".to_string(),
                Ok((_, Tok::Case, _)) => "CASE".to_string(),
                Ok((_, Tok::Name(n), _)) => n,
                Ok((_, Tok::Newline, _)) => "NL".into(),
                Ok((_, Tok::Indent, _)) => "IN".into(),
                Ok((_, Tok::Dedent, _)) => "DE".into(),
                Ok(_) => ".".into(),
                Err(e) => e.msg,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn keywords_only_where_they_open_a_match() {
        assert_eq!(kinds("match x:\n    case 1:\n        case = 2\n"), "MATCH x . NL IN CASE . . NL IN case . . NL DE DE");
        assert_eq!(kinds("match = 1\nmatch(x)\ncase = 2\n"), "match . . NL match . x . NL case . . NL");
        assert_eq!(kinds("match: int = 1\n"), "match . int . . NL");
        assert_eq!(kinds("match (x):\n    case y: match\n"), "MATCH . x . . NL IN CASE y . match NL DE");
    }

    #[test]
    fn parenthesised_with_items() {
        assert_eq!(kinds("with (a as b, c):\n    x\n"), ". a . b . c . NL IN x NL DE");
        assert_eq!(kinds("with (a, b,):\n    x\n"), ". a . b . NL IN x NL DE");
        assert_eq!(kinds("with (a) as b:\n    x\n"), ". . a . . b . NL IN x NL DE");
        assert_eq!(kinds("with (a):\n    x\n"), ". . a . . NL IN x NL DE");
        assert_eq!(kinds("with (a, b)[0]:\n    x\n"), ". . a . b . . . . . NL IN x NL DE");
    }
}
