//! F-string bodies: splitting one into literal text and replacement fields as CPython 3.11's string
//! parser scans it, with its errors in its order and at its places. The scanner's own errors
//! (`f-string: unmatched ')'`, `... cannot include '#'`, `f-string: expecting '}'`) are reported at
//! the token after the string, the last one CPython's parser had read. A field's expression is
//! parsed where it stands (its tree keeps real positions); when it does not parse, the error is
//! the one CPython gives for it: the text `(expr)` parsed on its own, "f-string: " before the
//! message, its columns counted within `(expr)`.

use super::helpers::{PErr, user_error};
use crate::ast::*;
use crate::lexer::{Layout, SyntaxErrorInfo, SyntaxKind};
use lalrpop_util::ParseError;

/// How splitting an f-string failed.
pub enum FErr {
    /// An error of CPython's f-string scanner: its place is the token after the string.
    Scan(String),
    /// An error whose place is known (a field's expression, an escape in the literal text).
    At(PErr),
}

impl From<PErr> for FErr {
    fn from(e: PErr) -> Self {
        FErr::At(e)
    }
}

/// The scanner error `msg` placed as CPython places it: at the first token at or after `end` (the
/// end of the strings), a NEWLINE's range being empty.
pub fn at_next_token(src: &str, end: usize, msg: String) -> SyntaxErrorInfo {
    let next = Layout::new(src).map_while(|t| t.ok()).find(|t| t.0 >= end);
    let (start, stop) = match next {
        Some((l, crate::lexer::Tok::Newline, _)) => crate::lexer::indent::newline_range(src, end, l),
        Some((l, _, r)) => (l, r),
        None => (end, end),
    };
    SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg, offset: start, end: Some(stop) }
}

/// Maximum nesting of brackets in a field's expression (CPython's MAXLEVEL).
const MAX_BRACKETS: usize = 200;

/// Splits the body of an f-string (escapes still in place) that starts at offset `base` of `src`.
pub fn split_fstring(src: &str, body: &str, raw: bool, base: usize) -> Result<Vec<FPart>, FErr> {
    let mut scanner = Scanner { src, body, b: body.as_bytes(), raw, base, i: 0 };
    scanner.parts(0)
}

struct Scanner<'a> {
    src: &'a str,
    body: &'a str,
    b: &'a [u8],
    raw: bool,
    base: usize,
    i: usize,
}

fn scan<T>(msg: impl Into<String>) -> Result<T, FErr> {
    Err(FErr::Scan(msg.into()))
}

impl Scanner<'_> {
    /// Literal text and fields up to the end of the body or (in a format spec, `level` > 0) the
    /// `}` that closes the spec, which is left unread.
    fn parts(&mut self, level: u8) -> Result<Vec<FPart>, FErr> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut lit_start = self.i;
        while self.i < self.b.len() {
            let c = self.b[self.i];
            match c {
                b'{' | b'}' if level == 0 && self.b.get(self.i + 1) == Some(&c) => {
                    lit.push_str(&self.decode(lit_start, self.i)?);
                    lit.push(c as char);
                    self.i += 2;
                    lit_start = self.i;
                }
                b'}' if level == 0 => return scan("f-string: single '}' is not allowed"),
                b'}' => break,
                b'{' => {
                    lit.push_str(&self.decode(lit_start, self.i)?);
                    if !lit.is_empty() {
                        parts.push(FPart::Lit(std::mem::take(&mut lit)));
                    }
                    parts.extend(self.field(level)?);
                    lit_start = self.i;
                }
                b'\\' => self.i += 2,
                _ => self.i += 1,
            }
        }
        let stop = self.i.min(self.b.len());
        lit.push_str(&self.decode(lit_start, stop)?);
        if !lit.is_empty() {
            parts.push(FPart::Lit(lit));
        }
        Ok(parts)
    }

    fn decode(&self, from: usize, to: usize) -> Result<String, FErr> {
        let text = &self.body[from..to];
        if self.raw {
            return Ok(text.to_string());
        }
        crate::lexer::token::decode_escapes(text, false).map_err(|_| FErr::At(user_error("invalid escape in f-string", self.base + to)))
    }

    /// One replacement field, from its `{` to past its `}`.
    fn field(&mut self, level: u8) -> Result<Vec<FPart>, FErr> {
        if level >= 2 {
            return scan("f-string: expressions nested too deeply");
        }
        self.i += 1;
        let start = self.i;
        let end = self.expression_end()?;
        let expr_text = &self.body[start..end];
        let mut expr = self.compile(expr_text, start, end)?;
        // CPython 3.11 parses a field as `(expr)`, written over the braces: a bare tuple spans them.
        if let ExprKind::Tuple(items) = &expr.node
            && items.first().is_some_and(|first| first.span.0 == expr.span.0)
        {
            expr.span = (self.base + start - 1, self.base + end + 1);
        }
        let mut parts = Vec::new();
        let mut conversion = None;
        let mut explicit_conversion = false;
        if self.b[self.i] == b'=' {
            // Self-documenting: the text (with the '=' and the spaces after it) goes out as it
            // is, repr by default.
            self.i += 1;
            while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
            if self.i >= self.b.len() {
                return scan("f-string: expecting '}'");
            }
            parts.push(FPart::Lit(self.body[start..self.i].to_string()));
            conversion = Some('r');
        }
        if self.b[self.i] == b'!' {
            self.i += 1;
            let Some(&c) = self.b.get(self.i) else { return scan("f-string: expecting '}'") };
            self.i += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return scan("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = Some(c as char);
            explicit_conversion = true;
        }
        let mut spec = Vec::new();
        if self.b.get(self.i) == Some(&b':') {
            self.i += 1;
            if self.i >= self.b.len() {
                return scan("f-string: expecting '}'");
            }
            spec = self.parts(level + 1)?;
        }
        if self.b.get(self.i) != Some(&b'}') {
            return scan("f-string: expecting '}'");
        }
        self.i += 1;
        if !parts.is_empty() && !spec.is_empty() && !explicit_conversion {
            // `{x=:.2f}` formats with the spec, not repr (CPython's rule when a spec is given).
            conversion = None;
        }
        parts.push(FPart::Expr { expr: Box::new(expr), conversion, spec, token: (0, 0) });
        Ok(parts)
    }

    /// Where the expression of a field ends (at a top-level `!`, `:`, `=` or `}`), as CPython's
    /// fstring_find_expr finds it, with its errors; `self.i` is left there.
    fn expression_end(&mut self) -> Result<usize, FErr> {
        let b = self.b;
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while self.i < b.len() {
            let c = b[self.i];
            let tripled = |at: usize| at + 2 < b.len() && b[at + 1] == b[at] && b[at + 2] == b[at];
            if c == b'\\' {
                return scan("f-string expression part cannot include a backslash");
            }
            if let Some((q, triple)) = quote {
                if c == q && !triple {
                    quote = None;
                } else if c == q && tripled(self.i) {
                    quote = None;
                    self.i += 2;
                }
                self.i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = tripled(self.i);
                    quote = Some((c, triple));
                    if triple {
                        self.i += 2;
                    }
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= MAX_BRACKETS {
                        return scan("f-string: too many nested parenthesis");
                    }
                    brackets.push(c);
                }
                b'#' => return scan("f-string expression part cannot include '#'"),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    // `!=`, `==`, `<=`, `>=` and a lone `<` or `>` are operators, not the end.
                    if matches!(c, b'!' | b'=' | b'<' | b'>') && b.get(self.i + 1) == Some(&b'=') {
                        self.i += 2;
                        continue;
                    }
                    if !matches!(c, b'<' | b'>') {
                        return Ok(self.i);
                    }
                }
                b')' | b']' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        return scan(format!("f-string: unmatched '{}'", c as char));
                    };
                    if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return scan(format!("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char));
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
        if quote.is_some() {
            return scan("f-string: unterminated string");
        }
        if let Some(open) = brackets.last() {
            return scan(format!("f-string: unmatched '{}'", *open as char));
        }
        scan("f-string: expecting '}'")
    }

    /// The tree of a field's expression `text` (body indices `start..end`).
    fn compile(&self, text: &str, start: usize, end: usize) -> Result<Expr, FErr> {
        if text.bytes().all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')) {
            return match self.b[end] {
                c @ (b'!' | b':' | b'=') => scan(format!("f-string: expression required before '{}'", c as char)),
                _ => scan("f-string: empty expression not allowed"),
            };
        }
        let at = self.base + start;
        let expr = super::parse_expression_at(self.src, text, at).map_err(|e| FErr::At(ParseError::User { error: self.field_error(text, at, e, true) }))?;
        if let ExprKind::Starred(_) = expr.node {
            // `f'{*a}'`: CPython's parser of `(*a)` refuses the starred item.
            let starred =
                SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: "can't use starred expression here".into(), offset: expr.span.0, end: Some(expr.span.1) };
            return Err(FErr::At(ParseError::User { error: self.field_error(text, at, starred, false) }));
        }
        Ok(expr)
    }

    /// The error CPython gives for a field's expression that does not parse: that of `(text)`
    /// parsed alone, "f-string: " before it. Its lines count from the field's `{`; on its first
    /// line the columns are those within `(text)`, on the next ones less the column of the `{`.
    /// `reparse` false: `first` (placed in the source) is the error itself.
    fn field_error(&self, text: &str, at: usize, first: SyntaxErrorInfo, reparse: bool) -> SyntaxErrorInfo {
        let alone = format!("({text})");
        let (mut e, shifted) = match reparse.then(|| super::parse_unmangled(&alone)) {
            Some(Err(e)) if e.kind != SyntaxKind::Memory && e.kind != SyntaxKind::Recursion => (e, true),
            // What the grammar of a lone expression refuses and a statement takes (a starred
            // item): the first error, placed within `(text)`.
            _ => (first, false),
        };
        let msg = e.msg.replace("can't use starred expression here", "cannot use starred expression here");
        e.msg = if msg.starts_with("f-string") { msg } else { format!("f-string: {msg}") };
        let src = self.src;
        let brace_line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
        let brace_col = src[brace_line_start..at - 1].chars().count();
        // An offset in `(text)` (or, unshifted, in the source) as one in the source.
        let place = |off: usize| -> usize {
            let in_alone = if shifted { off.min(alone.len()) } else { (off + 1).saturating_sub(at).min(alone.len()) };
            let before = &alone[..in_alone];
            let line = before.matches('\n').count();
            let col = before.rsplit('\n').next().unwrap_or("").chars().count();
            let col = if line == 0 { col } else { col.saturating_sub(brace_col) };
            // The start of the source line `line` lines after the brace's.
            let mut line_start = brace_line_start;
            for _ in 0..line {
                line_start = src[line_start..].find('\n').map_or(src.len(), |i| line_start + i + 1);
            }
            let line_end = src[line_start..].find('\n').map_or(src.len(), |i| line_start + i);
            src[line_start..line_end].char_indices().nth(col).map_or(line_end, |(i, _)| line_start + i)
        };
        let sentinel =
            |x: usize| matches!(x, SyntaxErrorInfo::NO_END | SyntaxErrorInfo::END_UNSET | SyntaxErrorInfo::AT_DEDENT | SyntaxErrorInfo::AT_ENDMARKER);
        e.offset = place(e.offset);
        e.end = e.end.map(|x| if sentinel(x) { x } else { place(x) });
        e
    }
}
