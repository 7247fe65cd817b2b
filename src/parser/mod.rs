//! Tokens to syntax tree: the lalrpop-generated parser (grammar/python.lalrpop), and the mapping of its
//! errors to CPython's words (`expected ':'`, `invalid syntax`, `unexpected indent`, ...).

pub mod helpers;
mod hints;

use crate::ast::{Expr, Stmt};
use crate::lexer::SyntaxKind;
use crate::lexer::{Layout, SyntaxErrorInfo, Tok};
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused)]
    python
);

/// Parses a whole module (a file, `-c` text, or one REPL entry).
pub fn parse_module(src: &str) -> Result<Vec<Stmt>, SyntaxErrorInfo> {
    let mut module = parse_unmangled(src)?;
    crate::compiler::mangle::mangle_module(&mut module);
    Ok(module)
}

/// The syntax tree as written, private names not yet mangled (what `ast.parse` shows).
pub fn parse_unmangled(src: &str) -> Result<Vec<Stmt>, SyntaxErrorInfo> {
    python::ModuleParser::new().parse(crate::lexer::tokens(src)).map_err(|e| {
        let info = convert_error(src, e);
        // As CPython: a generic "invalid syntax" gives way to an error the tokenizer finds
        // further on (a bracket never closed or mismatched, an unterminated string, ...).
        // An unclosed bracket counts only when the error is on a later line than the bracket.
        if (info.msg.starts_with("invalid syntax") || info.msg.starts_with("expected 'else'"))
            && let Some(Err(tokenizer)) = Layout::new(src).find(|t| t.is_err())
        {
            let line = |at: usize| src[..at.min(src.len())].matches('\n').count();
            if !tokenizer.msg.ends_with("was never closed") || line(info.offset) > line(tokenizer.offset) {
                return tokenizer;
            }
        }
        info
    })
}

/// Parses the expression of an f-string replacement field, lexed where it stands in the file.
pub fn parse_expression_at(text: &str, base: usize) -> Result<Expr, SyntaxErrorInfo> {
    let wrapped = python::ExpressionParser::new().parse(Layout::expression(text, base));
    wrapped.map_err(|e| match e {
        ParseError::User { error } => error,
        ParseError::UnrecognizedEof { location, .. } => err(SyntaxKind::Syntax, "f-string: expecting '}'", location),
        ParseError::UnrecognizedToken { token: (l, _, _), .. } | ParseError::ExtraToken { token: (l, _, _) } => {
            err(SyntaxKind::Syntax, "f-string: invalid syntax", l)
        }
        ParseError::InvalidToken { location } => err(SyntaxKind::Syntax, "f-string: invalid syntax", location),
    })
}

fn err(kind: SyntaxKind, msg: &str, offset: usize) -> SyntaxErrorInfo {
    SyntaxErrorInfo { kind, msg: msg.to_string(), offset, end: None }
}

/// The error with the end of the offending range (the token's end; at the end of the input,
/// the start itself), as CPython's `end_offset` gives it.
fn at(e: SyntaxErrorInfo, end: usize) -> SyntaxErrorInfo {
    SyntaxErrorInfo { end: Some(end), ..e }
}

/// True when a parse failed only because the input stopped early (the REPL then asks for more).
pub fn is_incomplete(src: &str) -> bool {
    match python::ModuleParser::new().parse(crate::lexer::tokens(src)) {
        Err(ParseError::UnrecognizedEof { .. }) => true,
        Err(ParseError::User { error }) => error.msg.contains("was never closed") || error.msg.starts_with("unterminated triple-quoted"),
        Err(ParseError::UnrecognizedToken { token: (_, Tok::Dedent, _), expected }) => expected.iter().any(|e| e == "\"INDENT\""),
        _ => false,
    }
}

/// The keyword that opens the block whose body is missing, and its line, for
/// "expected an indented block after 'if' statement on line 1".
fn block_opener(src: &str, offset: usize) -> Option<(String, usize)> {
    let before = &src[..offset.min(src.len())];
    let mut lines: Vec<&str> = before.lines().collect();
    while let Some(last) = lines.last() {
        if last.trim().is_empty() || last.trim_start().starts_with('#') {
            lines.pop();
        } else {
            break;
        }
    }
    let line_no = lines.len();
    let mut text = lines.last()?.trim_start();
    // `async def` / `async for` / `async with` are named by their second word.
    if let Some(rest) = text.strip_prefix("async")
        && rest.starts_with([' ', '\t'])
    {
        text = rest.trim_start();
    }
    let word: String = text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    let what = match word.as_str() {
        "if" => "'if' statement".to_string(),
        "elif" => "'elif' statement".to_string(),
        "else" => "'else' statement".to_string(),
        "while" => "'while' statement".to_string(),
        "for" => "'for' statement".to_string(),
        "try" => "'try' statement".to_string(),
        "except" => "'except' statement".to_string(),
        "finally" => "'finally' statement".to_string(),
        "with" => "'with' statement".to_string(),
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        _ => return None,
    };
    Some((what, line_no))
}

fn convert_error(src: &str, e: ParseError<usize, Tok, SyntaxErrorInfo>) -> SyntaxErrorInfo {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => at(err(SyntaxKind::Syntax, "invalid syntax", location), location),
        ParseError::UnrecognizedEof { location, expected } => {
            if expected.iter().any(|e| e == "\"INDENT\"") {
                let msg = match block_opener(src, location) {
                    Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
                    None => "expected an indented block".to_string(),
                };
                return at(err(SyntaxKind::Indentation, &msg, location), location);
            }
            if expected.iter().any(|e| e == "\"except\"") && expected.iter().any(|e| e == "\"finally\"") {
                return hints::missing_handlers(src, location);
            }
            at(err(SyntaxKind::Syntax, "invalid syntax", location), location)
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            if tok == Tok::Indent {
                // CPython's offset is the width of the indentation (one left of the first character).
                return err(SyntaxKind::Indentation, "unexpected indent", l.saturating_sub(1));
            }
            if expected.len() == 1 && expected[0] == "\"INDENT\"" {
                let msg = match block_opener(src, l) {
                    Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
                    None => "expected an indented block".to_string(),
                };
                return at(err(SyntaxKind::Indentation, &msg, l), r);
            }
            if tok == Tok::Newline && expected.iter().any(|e| e == "\":\"") && !expected.iter().any(|e| e == "\"NEWLINE\"") {
                return at(err(SyntaxKind::Syntax, "expected ':'", l), l);
            }
            if let Tok::Str(_) | Tok::Name(_) | Tok::Int(_) = &tok {
                // `print "x"`: CPython's friendlier message.
                let line_start = src[..l].rfind('\n').map_or(0, |i| i + 1);
                let head = src[line_start..l].trim();
                if head == "print" || head == "exec" {
                    let line_end = src[l..].find('\n').map_or(src.len(), |i| l + i);
                    return SyntaxErrorInfo {
                        kind: SyntaxKind::Syntax,
                        msg: format!("Missing parentheses in call to '{head}'. Did you mean {head}(...)?"),
                        offset: line_start + (src[line_start..].len() - src[line_start..].trim_start().len()),
                        end: Some(line_end),
                    };
                }
            }
            if let Some(friendlier) = hints::unexpected_token(src, l, r, &expected) {
                return friendlier;
            }
            at(err(SyntaxKind::Syntax, "invalid syntax", l), r)
        }
        ParseError::ExtraToken { token: (l, _, r) } => at(err(SyntaxKind::Syntax, "invalid syntax", l), r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(src: &str) -> String {
        match parse_module(src) {
            Ok(_) => "ok".into(),
            Err(e) => format!("{}: {}", e.kind, e.msg),
        }
    }

    #[test]
    fn common_errors_read_like_cpython() {
        assert_eq!(msg("if x\n  pass\n"), "SyntaxError: expected ':'");
        assert_eq!(msg("def f(:\n pass\n"), "SyntaxError: invalid syntax");
        assert_eq!(msg("  x = 1\n"), "IndentationError: unexpected indent");
        assert_eq!(msg("if x:\npass\n"), "IndentationError: expected an indented block after 'if' statement on line 1");
        assert_eq!(msg("x = (1,\n2\n"), "SyntaxError: '(' was never closed");
        assert_eq!(msg("1 = x\n"), "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?");
        assert_eq!(msg("f(a for a in b, c)\n"), "SyntaxError: Generator expression must be parenthesized");
    }

    #[test]
    fn parses_the_everyday_forms() {
        let src = "import a.b as c\nfrom . import x\nx, *y = 1, 2, 3\nd = {**e, 'k': [i for i in r if i]}\n\
                   f(*a, k=1, **kw)\ns = a[1:2, ::3]\nlambda x, *r, k=1, **kw: x\ny = z if c else w\n\
                   print(f'{x!r:>{w}} {y=}')\n@deco\nclass C(B, metaclass=M):\n    def m(self, /, a, *, b=2) -> int:\n        return (yield)\n";
        assert_eq!(msg(src), "ok");
    }
}

#[cfg(test)]
mod fuzz {
    //! No input may panic the front end: random bytes, and random soups of real tokens, go through
    //! the lexer, the parser and the compiler; each must come back as Ok or as a syntax error.

    /// xorshift64*: a tiny deterministic generator, so a failure can be replayed from its seed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    const PIECES: &[&str] = &[
        "def", "class", "if", "elif", "else", "for", "while", "in", "not", "and", "or", "return", "yield", "lambda", "try", "except", "finally", "with", "as",
        "import", "from", "global", "nonlocal", "pass", "break", "continue", "raise", "del", "assert", "x", "y", "f", "1", "2.5", "0x1f", "'s'", "\"t\"",
        "f'{x}'", "f'{", "b'b'", "'''", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@", "->", "+=", "<",
        ">", "!=", "|", "&", "^", "~", "<<", ">>", "...", "\n", "\n    ", "\n\t", "\\\n", "#c", " ", "*args", "**kw", "async", "await", "None", "True",
    ];

    fn front_end(src: &str) {
        if let Ok(ast) = super::parse_module(src) {
            let _ = crate::compiler::compile_module(&ast, crate::code::Source::new("<fuzz>", src), false);
        }
        let _ = super::is_incomplete(src);
    }

    #[test]
    fn random_bytes_and_token_soup_never_panic() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for case in 0..30000 {
            let src: String = if case % 3 == 0 {
                let bytes: Vec<u8> = (0..rng.below(80)).map(|_| (rng.next() & 0x7f) as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                let sep = if case % 2 == 0 { " " } else { "" };
                (0..rng.below(40)).map(|_| PIECES[rng.below(PIECES.len())]).collect::<Vec<_>>().join(sep)
            };
            let result = std::panic::catch_unwind(|| front_end(&src));
            assert!(result.is_ok(), "front end panicked on case {case}: {src:?}");
        }
    }
}
