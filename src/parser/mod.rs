//! Tokens to syntax tree: the lalrpop-generated parser (grammar/python.lalrpop), and the mapping of its
//! errors to CPython's words (`expected ':'`, `invalid syntax`, `unexpected indent`, ...).

mod clause_hints;
mod fstring;
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
    python::ModuleParser::new().parse(src, crate::lexer::tokens(src)).map_err(|e| {
        let info = convert_error(src, e);
        // A token CPython's grammar insists on (`def f` without its '(') fails at once, before
        // the tokenizer reads any further.
        if info.msg == "expected '('" {
            return info;
        }
        // As CPython: a generic "invalid syntax" gives way to an error the tokenizer finds
        // further on (a bracket never closed or mismatched, an unterminated string, ...).
        // An unclosed bracket counts only when the error is on a later line than the bracket.
        // An unclosed bracket counts only when the last token CPython's parser read is on a later
        // line than the bracket, or is the end of the input. Errors of indentation the tokenizer
        // finds later never count (CPython's tokenizer raises them only for the parser).
        // As CPython: any error of the parser gives way to one the tokenizer finds further on,
        // but for an unexpected indentation.
        if !(info.kind == SyntaxKind::Indentation && info.msg.starts_with("unexpected"))
            && let Some(tokenizer) = Layout::new(src).filter_map(Result::err).find(|e| !is_literal_error(&e.msg))
            && tokenizer.kind == SyntaxKind::Syntax
            && tokenizer != info
        {
            if !tokenizer.msg.ends_with("was never closed") {
                return tokenizer;
            }
            let line = |at: usize| src[..at.min(src.len())].matches('\n').count();
            let tokens: Vec<(usize, Tok, usize)> = Layout::new(src).map_while(|t| t.ok()).collect();
            // The comma hint's parser read the token after its second expression; a plain
            // error, the offending token (and past it, when that opens a bracket).
            let statement =
                tokens.iter().rposition(|t| t.0 < info.offset && matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi)).map_or(0, |i| i + 1);
            let importing = matches!(tokens.get(statement).map(|t| &t.1), Some(Tok::Import | Tok::From));
            let last_read =
                if info.msg.contains("forgot a comma") || info.msg.starts_with("expected 'else'") || info.msg.contains("Maybe you meant '==' or ':='") {
                    let end = info.end.unwrap_or(info.offset);
                    tokens.iter().find(|t| t.0 >= end).map(|t| t.0)
                } else {
                    // An expression right after another: CPython's parser reads it whole (looking for
                    // a missing comma), into the end of the input if a bracket of it is never closed.
                    match tokens.iter().position(|t| t.0 >= info.offset) {
                        Some(i)
                            if !importing
                                && i > 0
                                && hints::ends_expression(&tokens[i - 1].1)
                                && hints::starts_expression(&tokens[i].1)
                                && hints::operand_chain_end(&tokens[i..]) == Some(None) =>
                        {
                            None
                        }
                        _ => Some(info.offset),
                    }
                };
            if last_read.is_none_or(|at| line(at) > line(tokenizer.offset)) {
                return tokenizer;
            }
        }
        info
    })
}

/// Whether a lexer error is about a literal's contents (a bad escape, non-ASCII bytes): CPython
/// finds those when its parser makes the literal, so they never take the place of a parse error
/// before them.
fn is_literal_error(msg: &str) -> bool {
    msg.starts_with("(unicode error)") || msg.starts_with("(value error)") || msg.starts_with("bytes can only contain")
}

/// Parses the expression of an f-string replacement field, lexed where it stands in `src`.
pub fn parse_expression_at(src: &str, text: &str, base: usize) -> Result<Expr, SyntaxErrorInfo> {
    let wrapped = python::ExpressionParser::new().parse(src, Layout::expression(text, base));
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
    match python::ModuleParser::new().parse(src, crate::lexer::tokens(src)) {
        Err(ParseError::UnrecognizedEof { .. }) => true,
        Err(ParseError::User { error }) => error.msg.contains("was never closed") || error.msg.starts_with("unterminated triple-quoted"),
        Err(ParseError::UnrecognizedToken { token: (_, Tok::Dedent, _), expected }) => expected.iter().any(|e| e == "\"INDENT\""),
        _ => false,
    }
}

/// The keyword that opens the block whose body is missing, and its line, for
/// "expected an indented block after 'if' statement on line 1".
fn block_opener(src: &str, offset: usize) -> Option<(String, usize)> {
    // The first token of the last logical line before `offset` (which may span lines).
    let layout = |t: &Tok| matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent);
    let tokens: Vec<(usize, Tok, usize)> = Layout::new(src).map_while(|t| t.ok()).take_while(|t| t.0 < offset).collect();
    let end = tokens.iter().rposition(|t| !layout(&t.1))? + 1;
    let start = tokens[..end].iter().rposition(|t| layout(&t.1)).map_or(0, |i| i + 1);
    let at = tokens[start].0;
    let line_no = src[..at].matches('\n').count() + 1;
    let mut text = &src[at..];
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
        "except" if text["except".len()..].trim_start().starts_with('*') => "'except*' statement".to_string(),
        "except" => "'except' statement".to_string(),
        "finally" => "'finally' statement".to_string(),
        "with" => "'with' statement".to_string(),
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "match" => "'match' statement".to_string(),
        "case" => "'case' statement".to_string(),
        _ => return None,
    };
    Some((what, line_no))
}

fn convert_error(src: &str, e: ParseError<usize, Tok, SyntaxErrorInfo>) -> SyntaxErrorInfo {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => at(err(SyntaxKind::Syntax, "invalid syntax", location), location),
        ParseError::UnrecognizedEof { location, expected } => {
            if let Some(backslash) = src.trim_end_matches(['\n', '\r']).strip_suffix('\\').map(str::len) {
                // A line continuation with nothing to continue.
                return at(err(SyntaxKind::Syntax, "unexpected EOF while parsing", backslash + 1), SyntaxErrorInfo::NO_END);
            }
            if expected.iter().any(|e| e == "\"INDENT\"") {
                return missing_block(src, location);
            }
            if expected.iter().any(|e| e == "\"except\"") && expected.iter().any(|e| e == "\"finally\"") {
                return hints::missing_handlers(src, location, None);
            }
            at(err(SyntaxKind::Syntax, "invalid syntax", end_of_input(src)), SyntaxErrorInfo::AT_ENDMARKER)
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            // A DEDENT before more statements (at the end of the input CPython marks the last line).
            let dedent = tok == Tok::Dedent && !src[l.min(src.len())..].trim().is_empty();
            on_dedent(dedent, unrecognized_token(src, l, tok, r, expected))
        }
        ParseError::ExtraToken { token: (l, _, r) } => at(err(SyntaxKind::Syntax, "invalid syntax", l), r),
    }
}

/// The error for a token the parser did not expect.
fn unrecognized_token(src: &str, l: usize, tok: Tok, r: usize, expected: Vec<String>) -> SyntaxErrorInfo {
    let wants = |what: &str| expected.iter().any(|e| e.trim_matches('"') == what);
    if tok == Tok::Indent && wants("except") && wants("finally") && !wants("else") {
        // An indented line after a one-line `try:` body: marked as "unexpected indent" is.
        return at(err(SyntaxKind::Syntax, "expected 'except' or 'finally' block", l.saturating_sub(1)), SyntaxErrorInfo::NO_END);
    }
    if tok == Tok::Indent {
        // CPython's offset is the width of the indentation (one left of the first character).
        return err(SyntaxKind::Indentation, "unexpected indent", l.saturating_sub(1));
    }
    if expected.len() == 1 && expected[0] == "\"INDENT\"" && src[l.min(src.len())..].trim().is_empty() {
        return missing_block(src, l);
    }
    if expected.len() == 1 && expected[0] == "\"INDENT\"" {
        let msg = match block_opener(src, l) {
            Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
            None => "expected an indented block".to_string(),
        };
        return at(err(SyntaxKind::Indentation, &msg, l), r);
    }
    if tok == Tok::Dedent && !wants("except") {
        // CPython's parser stopped at a DEDENT (a decorator with nothing to decorate, ...).
        let rest = &src[l.min(src.len())..];
        if rest.lines().all(|line| line.trim().is_empty() || line.trim_start().starts_with('#')) {
            // The DEDENTs at the end of the input stand where the last line ends.
            return at(err(SyntaxKind::Indentation, "unexpected unindent", end_of_input(src)), SyntaxErrorInfo::NO_END);
        }
        return at(err(SyntaxKind::Indentation, "unexpected unindent", l), SyntaxErrorInfo::AT_DEDENT);
    }
    if tok == Tok::Newline && expected.iter().any(|e| e == "\":\"") && !expected.iter().any(|e| e == "\"NEWLINE\"") && !in_lambda_head(src, l) {
        return at(err(SyntaxKind::Syntax, "expected ':'", l), l);
    }
    if tok == Tok::Greater && l > 0 && src.as_bytes()[l - 1] == b'<' {
        // `<>`: one token (NOTEQUAL) for CPython's tokenizer, refused whole.
        return at(err(SyntaxKind::Syntax, "invalid syntax", l - 1), r);
    }
    if let Some(legacy) = hints::legacy_print(src, l, &tok) {
        return legacy;
    }
    if let Some(header) = hints::match_statement(src, l, &tok) {
        return header;
    }
    if let Some(friendlier) = hints::unexpected_token(src, l, r, &expected) {
        return friendlier;
    }
    if let Some(backslash) = src.trim_end_matches(['\n', '\r']).strip_suffix('\\').map(str::len)
        && l > backslash
    {
        // A line continuation with nothing to continue.
        return at(err(SyntaxKind::Syntax, "unexpected EOF while parsing", backslash + 1), SyntaxErrorInfo::NO_END);
    }
    // A line that stops short: CPython marks the NEWLINE token, which has no width.
    let end = if tok == Tok::Newline { l } else { r };
    at(err(SyntaxKind::Syntax, "invalid syntax", l), end)
}

/// A program read from a file (a script, stdin): CPython's file tokenizer gives the DEDENT and
/// ENDMARKER tokens at the end of the input no column, so an error found there shows offset 0
/// (and no caret), where `compile()` of the same text shows the end of the last line.
pub fn at_file_end(e: &mut SyntaxErrorInfo, src: &str) {
    let at_eof_token = e.msg == "unexpected unindent" || e.msg.starts_with("expected an indented block") || e.msg == "expected 'except' or 'finally' block";
    if at_eof_token && matches!(e.end, None | Some(SyntaxErrorInfo::NO_END)) && e.offset >= end_of_input(src) {
        e.end = Some(SyntaxErrorInfo::AT_DEDENT);
    }
}

/// Where CPython's tokenizer stands at the end of the input: the end of the last line (a final
/// newline ends that line, it starts none).
fn end_of_input(src: &str) -> usize {
    src.strip_suffix('\n').map_or(src.len(), str::len)
}

/// A missing block or handler found at a DEDENT token: CPython's DEDENT has no column, so the
/// error shows offset 0 and end_offset -1.
fn on_dedent(dedent: bool, e: SyntaxErrorInfo) -> SyntaxErrorInfo {
    let missing = e.msg == "expected 'except' or 'finally' block" || e.msg.starts_with("expected an indented block");
    if dedent && missing { SyntaxErrorInfo { end: Some(SyntaxErrorInfo::AT_DEDENT), ..e } } else { e }
}

/// Whether `at` is on a line whose last `lambda` has not reached its ':' yet (CPython's parser
/// then says only "invalid syntax").
fn in_lambda_head(src: &str, at: usize) -> bool {
    let line = &src[src[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    line.rfind("lambda").is_some_and(|i| !line[i..].contains(':'))
}

/// "expected an indented block" when the input ends before the block: CPython marks the end of
/// the last line (a final newline ends that line, it starts none), with no end.
fn missing_block(src: &str, location: usize) -> SyntaxErrorInfo {
    let msg = match block_opener(src, location) {
        Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
        None => "expected an indented block".to_string(),
    };
    let end_of_text = src.strip_suffix('\n').map_or(src.len(), str::len);
    err(SyntaxKind::Indentation, &msg, end_of_text)
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

    /// The error as "Kind: msg @start..end" (byte offsets; `-` for no end), after the compiler's
    /// checks too; "ok" when the source compiles.
    fn full(src: &str) -> String {
        let parsed = parse_module(src).and_then(|ast| crate::compiler::compile_module(&ast, crate::code::Source::new("<t>", src), false).map(|_| ()));
        match parsed {
            Ok(()) => "ok".into(),
            Err(e) => {
                let end = match e.end {
                    Some(SyntaxErrorInfo::NO_END) | None => "-".to_string(),
                    Some(x) => x.to_string(),
                };
                format!("{}: {} @{}..{end}", e.kind, e.msg, e.offset)
            }
        }
    }

    #[test]
    fn debug_cannot_be_bound_anywhere() {
        assert_eq!(full("def f(__debug__): pass\n"), "SyntaxError: cannot assign to __debug__ @0..22");
        assert_eq!(full("f(__debug__=1)\n"), "SyntaxError: cannot assign to __debug__ @0..14");
        assert_eq!(full("import __debug__\n"), "SyntaxError: cannot assign to __debug__ @0..16");
        assert_eq!(full("(__debug__ := 1)\n"), "SyntaxError: cannot assign to __debug__ @1..10");
        assert_eq!(full("del __debug__\n"), "SyntaxError: cannot delete __debug__ @4..13");
        assert_eq!(full("x.__debug__ = 1\n"), "SyntaxError: cannot assign to __debug__ @0..11");
        assert_eq!(full("x.__debug__ += 1\n"), "ok");
        assert_eq!(full("print(__debug__)\n"), "ok");
    }

    #[test]
    fn names_hold_only_identifier_characters() {
        assert_eq!(msg("x = €\n"), "SyntaxError: invalid character '€' (U+20AC)");
        assert_eq!(full("x = a\u{feff}\n"), "SyntaxError: invalid non-printable character U+FEFF @5..5");
        assert_eq!(msg("x = \u{a0}\n"), "SyntaxError: invalid non-printable character U+00A0");
        assert_eq!(msg("café = ñ = 1\n"), "ok");
    }

    #[test]
    fn assignment_expressions_in_displays_and_subscripts() {
        for src in ["x = (a := 1, b := 2)\n", "{a := 1, b}\n", "a[x:=1]\n", "f(a := 1 for b in c)\n", "(y := 1 for x in z)\n"] {
            assert_eq!(msg(src), "ok", "{src:?}");
        }
        assert_eq!(
            full("class C:\n [(x := 1) for y in z]\n"),
            "SyntaxError: assignment expression within a comprehension cannot be used in a class body @12..13"
        );
    }

    #[test]
    fn parameters_and_arguments() {
        assert_eq!(full("lambda /: 0\n"), "SyntaxError: invalid syntax @7..8");
        assert_eq!(msg("def f(/, a): pass\n"), "SyntaxError: at least one argument must precede /");
        assert_eq!(full("lambda *: 0\n"), "SyntaxError: named arguments must follow bare * @8..9");
        assert_eq!(full("f(x for x in L,)\n"), "SyntaxError: Generator expression must be parenthesized @2..14");
        assert_eq!(full("class C(x for x in y): pass\n"), "SyntaxError: invalid syntax @10..13");
        assert_eq!(full("def f((a, b)): pass\n"), "SyntaxError: Function parameters cannot be parenthesized @6..12");
        assert_eq!(msg("def f(**k=1): pass\n"), "SyntaxError: var-keyword argument cannot have default value");
        assert_eq!(full("f(a.b=1)\n"), "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @2..6");
    }

    #[test]
    fn forgotten_commas_and_unclosed_brackets() {
        assert_eq!(full("f(a, b c)\n"), "SyntaxError: invalid syntax. Perhaps you forgot a comma? @5..8");
        assert_eq!(full("min(x, f(a) b[1])\n"), "SyntaxError: invalid syntax. Perhaps you forgot a comma? @7..16");
        assert_eq!(msg("f(a b\n"), "SyntaxError: '(' was never closed");
        assert_eq!(msg("print(a) {\n"), "SyntaxError: '{' was never closed");
        assert_eq!(msg("x = (a b c\n"), "SyntaxError: invalid syntax. Perhaps you forgot a comma?");
        assert_eq!(msg("def f(a b): pass\n"), "SyntaxError: invalid syntax");
        assert_eq!(msg("[x for x in y if a b]\n"), "SyntaxError: invalid syntax");
        assert_eq!(msg("import sys(\n"), "SyntaxError: invalid syntax");
    }

    #[test]
    fn clause_errors_read_like_cpython() {
        assert_eq!(full("try:\n pass\nexcept E, F:\n pass\n"), "SyntaxError: multiple exception types must be parenthesized @18..22");
        assert_eq!(msg("try:\n pass\nexcept*:\n pass\n"), "SyntaxError: expected one or more exception types");
        assert_eq!(msg("from a import b,\n"), "SyntaxError: trailing comma not allowed without surrounding parentheses");
        assert_eq!(msg("if x:\n pass\nelse if y:\n pass\n"), "SyntaxError: expected ':'");
        assert_eq!(msg("x = [a, b for a in c]\n"), "SyntaxError: did you forget parentheses around the comprehension target?");
        assert_eq!(msg("(True := 1)\n"), "SyntaxError: cannot use assignment expressions with True");
        assert_eq!(msg("f(): int\n"), "SyntaxError: illegal target for annotation");
        assert_eq!(full("x = \\\n"), "SyntaxError: unexpected EOF while parsing @5..-");
        assert_eq!(full("try:\n pass\n"), "SyntaxError: expected 'except' or 'finally' block @10..-");
    }

    #[test]
    fn blocks_missing_at_the_end() {
        assert_eq!(full("class C:\n"), "IndentationError: expected an indented block after class definition on line 1 @8..-");
        assert_eq!(full("for x in [1,\n   2]:\n"), "IndentationError: expected an indented block after 'for' statement on line 1 @19..-");
        assert_eq!(msg("match x:\ncase 1: pass\n"), "IndentationError: expected an indented block after 'match' statement on line 1");
    }

    #[test]
    fn scope_declarations() {
        assert_eq!(msg("def f():\n global x\n x: int = 1\n"), "ok");
        assert_eq!(full("def f():\n global x\n x: int = 1\n"), "SyntaxError: annotated name 'x' can't be global @20..30");
        assert_eq!(full("def f():\n x = 1\n print(x)\n global x\n"), "SyntaxError: name 'x' is used prior to global declaration @27..35");
        assert_eq!(full("def f():\n import x\n global x\n"), "ok");
        assert_eq!(full("def f():\n global x\n nonlocal x\n"), "SyntaxError: name 'x' is nonlocal and global @10..18");
        assert_eq!(full("class C:\n from a import *\n"), "SyntaxError: import * only allowed at module level @24..25");
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
