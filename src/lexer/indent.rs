//! The layout stage between logos and lalrpop: turns line starts into INDENT / DEDENT, drops NEWLINE
//! inside brackets and on blank or comment-only lines, checks tabs against spaces (CPython's rule:
//! compare widths with tab = 8 and tab = 1), and reports brackets that were never closed.

use super::SyntaxErrorInfo;
use super::token::{LexError, Tok};
use crate::lexer::SyntaxKind;
use logos::Logos;

pub type Spanned = Result<(usize, Tok, usize), SyntaxErrorInfo>;

/// Open brackets allowed at once (CPython's tokenizer `MAXLEVEL`): one more is "too many nested
/// parentheses".
const MAX_BRACKETS: usize = 200;
/// Indentation levels allowed (CPython's `MAXINDENT`, counting the outermost level).
const MAX_INDENTS: usize = 100;

pub struct Layout<'s> {
    src: &'s str,
    inner: logos::Lexer<'s, Tok>,
    /// Indentation stack as (width with tab=8, width with tab=1).
    indents: Vec<(usize, usize)>,
    brackets: Vec<(char, usize)>,
    pending: std::collections::VecDeque<(usize, Tok, usize)>,
    at_line_start: bool,
    last_was_newline: bool,
    finished: bool,
    /// Added to every offset: lets an f-string's expression be lexed where it stands in the file.
    base: usize,
    /// Lexing an f-string's expression: newlines are ignored and no layout tokens are made.
    expression_only: bool,
    /// Where the last token logos made ends (comments and line continuations are none).
    last_raw_end: usize,
}

impl<'s> Layout<'s> {
    pub fn new(src: &'s str) -> Self {
        Layout {
            src,
            inner: Tok::lexer(src),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            pending: Default::default(),
            at_line_start: true,
            last_was_newline: true,
            finished: false,
            base: 0,
            expression_only: false,
            last_raw_end: 0,
        }
    }

    /// Lexes `src`, a piece of a larger text that starts at offset `base` of it, as one expression:
    /// no layout at all (as inside brackets).
    pub fn expression(src: &'s str, base: usize) -> Self {
        let mut l = Layout::new(src);
        l.base = base;
        l.expression_only = true;
        l.at_line_start = false;
        l
    }

    /// Width of the indentation before `pos` on its line, as (tab=8, tab=1), or None if the line starts
    /// with something that is not a tab or space before the token (cannot happen for a first token).
    fn indentation_at(&self, pos: usize) -> (usize, usize) {
        let line_start = self.src[..pos].rfind('\n').map_or(0, |i| i + 1);
        let (mut w8, mut w1) = (0, 0);
        for c in self.src[line_start..pos].chars() {
            match c {
                '\t' => {
                    w8 = (w8 / 8 + 1) * 8;
                    w1 += 1;
                }
                '\x0c' => {
                    w8 = 0;
                    w1 = 0;
                }
                _ => {
                    w8 += 1;
                    w1 += 1;
                }
            }
        }
        (w8, w1)
    }

    fn error(&self, kind: SyntaxKind, msg: impl Into<String>, pos: usize) -> SyntaxErrorInfo {
        // CPython's tokenizer errors end where they start; its indentation errors have no end.
        let end = if kind == SyntaxKind::Syntax { Some(pos) } else { None };
        SyntaxErrorInfo { kind, msg: msg.into(), offset: pos, end }
    }

    fn line_of(&self, pos: usize) -> usize {
        self.src[..pos.min(self.src.len())].matches('\n').count() + 1
    }

    fn lex_error(&self, e: LexError, span: std::ops::Range<usize>) -> SyntaxErrorInfo {
        let line = self.line_of(span.start);
        match e {
            LexError::InvalidChar => {
                let c = self.src[span.start..].chars().next().unwrap_or(' ');
                if c == '\\' {
                    // A backslash not ending its line (a continuation is not a token): CPython
                    // reports the character after it, or the end of the input.
                    let after = span.start + 1;
                    return if self.src[after..].trim_end_matches(['\r', '\n']).is_empty() {
                        SyntaxErrorInfo {
                            kind: SyntaxKind::Syntax,
                            msg: "unexpected EOF while parsing".into(),
                            offset: after,
                            end: Some(SyntaxErrorInfo::NO_END),
                        }
                    } else {
                        SyntaxErrorInfo {
                            kind: SyntaxKind::Syntax,
                            msg: "unexpected character after line continuation character".into(),
                            offset: after,
                            end: None,
                        }
                    };
                }
                let msg = if c == '$' || c == '?' || c == '`' || c == '!' { "invalid syntax".to_string() } else { invalid_character(c) };
                SyntaxErrorInfo { end: Some(span.start + c.len_utf8()), ..self.error(SyntaxKind::Syntax, msg, span.start) }
            }
            LexError::UnterminatedString => {
                let q = self.src[span.start..].find(['"', '\'']).unwrap_or(0);
                self.error(
                    SyntaxKind::Syntax,
                    format!("unterminated string literal (detected at line {line})"),
                    span.start + q - (span.end - span.start - 1).min(q),
                )
            }
            LexError::UnterminatedTriple => {
                // A final newline ends the last line; it does not start another.
                let last = self.line_of(self.src.strip_suffix('\n').map_or(self.src.len(), str::len));
                self.error(SyntaxKind::Syntax, format!("unterminated triple-quoted string literal (detected at line {last})"), span.start)
            }
            // CPython marks a non-ASCII bytes literal whole, and a bad escape just past the literal.
            LexError::BadEscape(m) if m.starts_with("bytes") => SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: m, offset: span.start, end: Some(span.end) },
            // A bad escape is found when the parser has read the token after the literal: CPython
            // marks that token (a NEWLINE has no width).
            LexError::BadEscape(m) => {
                let (start, end) = self.next_token_after(span.end);
                SyntaxErrorInfo { end: Some(end), ..self.error(SyntaxKind::Syntax, m, start) }
            }
        }
    }

    /// The range of the first token after offset `from` (a newline inside brackets is none; the
    /// end of the input, or a token that does not lex, counts as an empty one where it starts).
    fn next_token_after(&self, from: usize) -> (usize, usize) {
        let mut raw = Tok::lexer(&self.src[from..]);
        while let Some(t) = raw.next() {
            let span = raw.span();
            match t {
                Ok(Tok::Newline) if !self.brackets.is_empty() => continue,
                Ok(Tok::Newline) => return newline_range(self.src, from, from + span.start),
                Err(_) => return (from + span.start, from + span.start),
                Ok(_) => return (from + span.start, from + span.end),
            }
        }
        (self.src.len(), self.src.len())
    }

    fn finish(&mut self) -> Option<Spanned> {
        self.finished = true;
        if let Some(&(open, pos)) = self.brackets.last() {
            let never_closed = self.error(SyntaxKind::Syntax, format!("'{open}' was never closed"), pos);
            return Some(Err(SyntaxErrorInfo { end: None, ..never_closed }));
        }
        let end = self.src.len();
        if self.expression_only {
            return None;
        }
        // A line continuation with no line after it (CPython: the position after the backslash).
        let tail = &self.src[self.last_raw_end..];
        if self.src.ends_with("\\\n") && tail.contains('\\') && tail.chars().all(|c| matches!(c, ' ' | '\t' | '\x0c' | '\\' | '\r' | '\n')) {
            let eof =
                SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: "unexpected EOF while parsing".into(), offset: end - 1, end: Some(SyntaxErrorInfo::NO_END) };
            return Some(Err(eof));
        }
        if !self.last_was_newline {
            self.pending.push_back((end, Tok::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((end, Tok::Dedent, end));
        }
        self.pending.pop_front().map(Ok)
    }

    fn next_token(&mut self) -> Option<Spanned> {
        if let Some(t) = self.pending.pop_front() {
            return Some(Ok(t));
        }
        if self.finished {
            return None;
        }
        loop {
            let Some(res) = self.inner.next() else {
                return self.finish();
            };
            let span = self.inner.span();
            self.last_raw_end = span.end;
            let tok = match res {
                Ok(t) => t,
                Err(e) => return Some(Err(self.lex_error(e, span))),
            };
            if let Tok::Name(name) = &tok
                && let Some((at, c)) = invalid_identifier_char(name)
            {
                return Some(Err(self.error(SyntaxKind::Syntax, invalid_character(c), span.start + at)));
            }
            if matches!(tok, Tok::Int(_) | Tok::Float(_) | Tok::Imag(_))
                && let Err(e) = super::number::check(self.src, span.start)
            {
                return Some(Err(e));
            }
            if tok == Tok::Newline {
                if !self.brackets.is_empty() || self.at_line_start || self.expression_only {
                    continue; // inside brackets, or a blank / comment-only line
                }
                self.at_line_start = true;
                self.last_was_newline = true;
                return Some(Ok((span.start, Tok::Newline, span.end)));
            }
            if self.at_line_start {
                self.at_line_start = false;
                let (w8, w1) = self.indentation_at(span.start);
                let &(top8, top1) = self.indents.last().unwrap();
                // As CPython's tokenizer: the columns with tabs of 8 decide, then those with tabs
                // of 1 must agree (else TabError, reported at the start of the line); a dedent to
                // no outer level is an IndentationError before that.
                let line_start = self.src[..span.start].rfind('\n').map_or(0, |i| i + 1);
                let tab_error = |me: &Self| Some(Err(me.error(SyntaxKind::Tab, "inconsistent use of tabs and spaces in indentation", line_start)));
                if w8 == top8 && w1 != top1 {
                    return tab_error(self);
                }
                if w8 > top8 {
                    if self.indents.len() >= MAX_INDENTS {
                        return Some(Err(self.error(SyntaxKind::Indentation, "too many levels of indentation", line_start)));
                    }
                    if w1 <= top1 {
                        return tab_error(self);
                    }
                    self.indents.push((w8, w1));
                    self.pending.push_back((span.start, Tok::Indent, span.start));
                } else if w8 < top8 {
                    while self.indents.last().unwrap().0 > w8 {
                        self.indents.pop();
                        self.pending.push_back((span.start, Tok::Dedent, span.start));
                    }
                    let &(outer8, outer1) = self.indents.last().unwrap();
                    if outer8 != w8 {
                        let line_end = self.src[span.start..].find('\n').map_or(self.src.len(), |i| span.start + i);
                        return Some(Err(self.error(SyntaxKind::Indentation, "unindent does not match any outer indentation level", line_end)));
                    }
                    if outer1 != w1 {
                        return tab_error(self);
                    }
                }
            }
            if matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace) && self.brackets.len() >= MAX_BRACKETS {
                return Some(Err(self.error(SyntaxKind::Syntax, "too many nested parentheses", span.start)));
            }
            match tok {
                Tok::LPar => self.brackets.push(('(', span.start)),
                Tok::LSqb => self.brackets.push(('[', span.start)),
                Tok::LBrace => self.brackets.push(('{', span.start)),
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    let close = match tok {
                        Tok::RPar => ')',
                        Tok::RSqb => ']',
                        _ => '}',
                    };
                    match self.brackets.pop() {
                        None => return Some(Err(self.error(SyntaxKind::Syntax, format!("unmatched '{close}'"), span.start))),
                        Some((open, at)) => {
                            let want = match open {
                                '(' => ')',
                                '[' => ']',
                                _ => '}',
                            };
                            if want != close {
                                let (open_line, close_line) = (self.line_of(at), self.line_of(span.start));
                                let where_ = if open_line == close_line { String::new() } else { format!(" on line {open_line}") };
                                return Some(Err(self.error(
                                    SyntaxKind::Syntax,
                                    format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'{where_}"),
                                    span.start,
                                )));
                            }
                        }
                    }
                }
                _ => {}
            }
            self.last_was_newline = false;
            self.pending.push_back((span.start, tok, span.end));
            return self.pending.pop_front().map(Ok);
        }
    }
}

impl Iterator for Layout<'_> {
    type Item = Spanned;
    fn next(&mut self) -> Option<Spanned> {
        let base = self.base;
        self.next_token().map(|r| match r {
            Ok((l, t, r)) => Ok((l + base, t, r + base)),
            Err(mut e) => {
                e.offset += base;
                if let Some(end) = e.end.as_mut() {
                    *end += base;
                }
                Err(e)
            }
        })
    }
}

/// CPython's words for a character that cannot stand where it is.
fn invalid_character(c: char) -> String {
    if crate::ucd::is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

/// The first character of a would-be name that no identifier may hold there (the lexer takes any
/// non-ASCII character into a name; identifiers start with XID_Start or '_' and go on with
/// XID_Continue), with its byte offset in the name.
fn invalid_identifier_char(name: &str) -> Option<(usize, char)> {
    if name.is_ascii() {
        return None;
    }
    name.char_indices().find(|&(i, c)| if i == 0 { !crate::ucd::is_id_start(c) } else { !crate::ucd::is_id_continue(c) })
}

/// The range CPython's tokenizer gives the NEWLINE token at `newline` that ends a line whose
/// last other token ended at `from`: the comment between them if there is one, else no width.
pub fn newline_range(src: &str, from: usize, newline: usize) -> (usize, usize) {
    match src[from..newline].find('#') {
        Some(k) => (from + k, newline),
        None => (newline, newline),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> String {
        Layout::new(src)
            .map(|t| match t {
                Ok((_, Tok::Newline, _)) => "NL".to_string(),
                Ok((_, Tok::Indent, _)) => "IN".to_string(),
                Ok((_, Tok::Dedent, _)) => "DE".to_string(),
                Ok((_, Tok::Name(n), _)) => n,
                Ok((_, t, _)) => format!("{t:?}"),
                Err(e) => format!("ERR({}: {})", e.kind, e.msg),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn indent_and_dedent() {
        assert_eq!(kinds("if x:\n    y\nz\n"), "If x Colon NL IN y NL DE z NL");
        assert_eq!(kinds("if x:\n  if y:\n    a\nb"), "If x Colon NL IN If y Colon NL IN a NL DE DE b NL");
    }

    #[test]
    fn blank_and_comment_lines_do_not_count() {
        assert_eq!(kinds("a\n\n   # c\n\nb\n"), "a NL b NL");
        assert_eq!(kinds("if x:\n    a\n\n# c\n    b\n"), "If x Colon NL IN a NL b NL DE");
    }

    #[test]
    fn no_newline_inside_brackets() {
        assert_eq!(kinds("f(a,\n  b)\nc"), "f LPar a Comma b RPar NL c NL");
        assert!(kinds("x = [1,\n2").ends_with("ERR(SyntaxError: '[' was never closed)"));
    }

    #[test]
    fn bad_dedent_and_tabs() {
        assert!(kinds("if 1:\n    x\n  y\n").contains("unindent does not match any outer indentation level"));
        assert!(kinds("if 1:\n\tx\n        y\n").contains("TabError"));
        assert_eq!(kinds("if 1:\n\tx\n\ty\n"), "If Int(\"1\") Colon NL IN x NL y NL DE");
    }

    #[test]
    fn backslash_continuation() {
        assert_eq!(kinds("a = 1 + \\\n  2\n"), "a Equal Int(\"1\") Plus Int(\"2\") NL");
        // A continuation with no line after it; a backslash ending a comment is none.
        assert!(kinds("x = 1\\\n").ends_with("ERR(SyntaxError: unexpected EOF while parsing)"));
        assert_eq!(kinds("x = 1 # c\\\n"), "x Equal Int(\"1\") NL");
    }

    #[test]
    fn unterminated_strings() {
        assert!(kinds("x = 'abc\n").contains("unterminated string literal (detected at line 1)"));
        assert!(kinds("x = \"\"\"abc\n").contains("unterminated triple-quoted string literal"));
    }
}
