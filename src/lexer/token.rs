//! The raw token kinds, recognised by logos. This stage knows nothing of layout: NEWLINE comes out of
//! logos as a plain token, and INDENT / DEDENT have no pattern at all; `indent.rs` makes them.

use logos::{Lexer, Logos};

/// A decoded string literal: plain, bytes, or an f-string whose body is still to be split.
#[derive(Debug, Clone, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    /// The body of an f-string with its escapes not yet processed, and whether it was raw.
    FStr {
        body: String,
        raw: bool,
        body_offset: usize,
    },
}

/// Why the raw lexer stopped.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    #[default]
    InvalidChar,
    UnterminatedString,
    UnterminatedTriple,
    BadEscape(String),
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"\\\r?\n")]
pub enum Tok {
    #[regex(r"#[^\r\n]*", logos::skip, allow_greedy = true)]
    Comment,
    #[regex(r"\r?\n")]
    Newline,
    /// Made by the layout stage, never by logos.
    Indent,
    /// Made by the layout stage, never by logos.
    Dedent,
    /// The soft keyword `match` where it opens a match statement (made by `soft.rs`).
    Match,
    /// The soft keyword `case` where it opens a case clause (made by `soft.rs`).
    Case,

    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", |lex| lex.slice().to_string(), priority = 1)]
    Name(String),
    #[regex(r"[0-9][0-9_]*|0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+", |lex| lex.slice().replace('_', ""))]
    Int(String),
    #[regex(r"([0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9_]+)?|[0-9][0-9_]*[eE][+-]?[0-9_]+", float_value)]
    Float(f64),
    /// An imaginary literal (`2j`, `1.5e3J`): its imaginary part.
    #[regex(r"([0-9][0-9_]*|([0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9_]+)?|[0-9][0-9_]*[eE][+-]?[0-9_]+)[jJ]", imag_value)]
    Imag(f64),
    #[regex(r#"([rRbBfFuU]|[rR][bB]|[bB][rR]|[fF][rR]|[rR][fF])?["']"#, string_literal)]
    Str(StrLit),

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    Walrus,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("@")]
    At,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("=")]
    Equal,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("@=")]
    AtEqual,
    #[token("|=")]
    VbarEqual,
    #[token("&=")]
    AmperEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
}

fn float_value(lex: &mut Lexer<Tok>) -> Option<f64> {
    lex.slice().replace('_', "").parse().ok()
}

fn imag_value(lex: &mut Lexer<Tok>) -> Option<f64> {
    let s = lex.slice();
    s[..s.len() - 1].replace('_', "").parse().ok()
}

/// Called on a string's prefix and opening quote: scans the body by hand (quotes, triple quotes and
/// backslashes are easier to get right here than in a regex) and decodes it.
fn string_literal(lex: &mut Lexer<Tok>) -> Result<StrLit, LexError> {
    let opening = lex.slice();
    let quote = opening.chars().last().unwrap();
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let bytes = prefix.contains('b');
    let fstr = prefix.contains('f');
    let rest = lex.remainder();
    let triple_mark: String = std::iter::repeat_n(quote, 2).collect();
    let triple = rest.starts_with(&triple_mark);
    let body_start = if triple { 2 } else { 0 };
    let chars = rest.as_bytes();
    let mut i = body_start;
    let q = quote as u8;
    let end;
    loop {
        if i >= chars.len() {
            return Err(if triple { LexError::UnterminatedTriple } else { LexError::UnterminatedString });
        }
        let c = chars[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if !triple && (c == b'\n' || c == b'\r') {
            return Err(LexError::UnterminatedString);
        }
        if c == q {
            if !triple {
                end = i;
                break;
            }
            if chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q) {
                end = i;
                break;
            }
        }
        i += 1;
    }
    let body = &rest[body_start..end];
    lex.bump(end + if triple { 3 } else { 1 });
    if fstr {
        return Ok(StrLit::FStr { body: body.to_string(), raw, body_offset: opening.len() + body_start });
    }
    if bytes {
        if body.bytes().any(|b| b >= 0x80) {
            return Err(LexError::BadEscape("bytes can only contain ASCII literal characters".into()));
        }
        let decoded = if raw { body.to_string() } else { decode_escapes(body, true)? };
        return Ok(StrLit::Bytes(decoded.chars().map(|c| c as u32 as u8).collect()));
    }
    Ok(StrLit::Str(if raw { body.to_string() } else { decode_escapes(body, false)? }))
}

/// Processes backslash escapes. For bytes, `\xNN` gives a char below 256 that the caller turns into a byte.
pub fn decode_escapes(body: &str, bytes: bool) -> Result<String, LexError> {
    let mut out = String::with_capacity(body.len());
    let mut it = body.char_indices().peekable();
    // CPython's errors name the escape's byte range, from its backslash to the last byte read, in
    // the literal as CPython decodes it: each non-ASCII character spelled as a 10-byte \UXXXXXXXX.
    let offset = |byte: usize| -> usize { body[..byte].chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum() };
    let error_until = |start: usize, end: usize, what: &str| {
        let (start, end) = (offset(start), offset(end).saturating_sub(1));
        LexError::BadEscape(format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"))
    };
    let unicode_error = |start: usize, it: &mut std::iter::Peekable<std::str::CharIndices>, what: &str| {
        let end = it.peek().map_or(body.len(), |(i, _)| *i);
        error_until(start, end, what)
    };
    while let Some((start, c)) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = it.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if it.peek().map(|p| p.1) == Some('\n') {
                    it.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match it.peek().and_then(|p| p.1.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    match it.peek().and_then(|p| p.1.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            it.next();
                        }
                        None if bytes => return Err(LexError::BadEscape(format!("(value error) invalid \\x escape at position {start}"))),
                        None => return Err(unicode_error(start, &mut it, &format!("truncated \\{e}{} escape", "X".repeat(n)))),
                    }
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => return Err(unicode_error(start, &mut it, "illegal Unicode character")),
                }
            }
            'N' if !bytes => {
                // \N{NAME}: the character with that Unicode name.
                if it.peek().map(|p| p.1) != Some('{') {
                    return Err(unicode_error(start, &mut it, "malformed \\N character escape"));
                }
                it.next();
                let mut name = String::new();
                let mut closed = false;
                for (i, c) in it.by_ref() {
                    if c == '}' {
                        if name.is_empty() {
                            return Err(error_until(start, i, "malformed \\N character escape"));
                        }
                        closed = true;
                        break;
                    }
                    name.push(c);
                }
                if !closed || name.is_empty() {
                    return Err(unicode_error(start, &mut it, "malformed \\N character escape"));
                }
                match crate::ucd::lookup_name(&name) {
                    Some(c) => out.push(c),
                    None => return Err(unicode_error(start, &mut it, "unknown Unicode character name")),
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
