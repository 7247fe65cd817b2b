//! CPython's friendlier words for some parse errors that an LR parser only sees as an
//! unexpected token: a missing comma between two expressions in brackets, `=` where `==` or
//! `:=` was meant, a conditional expression without `else`, a `try` without handlers. Each looks
//! at the tokens around the error, the way CPython's `invalid_*` grammar rules do.

use crate::lexer::{Layout, SyntaxErrorInfo, SyntaxKind, Tok};

type Spanned = (usize, Tok, usize);

/// The friendlier error for an unexpected token `(l, tok, r)` the parser found, if one applies.
pub fn unexpected_token(src: &str, l: usize, r: usize, expected: &[String]) -> Option<SyntaxErrorInfo> {
    let wants = |what: &str| expected.iter().any(|e| e == &format!("\"{what}\""));
    let before: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).take_while(|(start, _, _)| *start < l).collect();
    let this = Layout::new(src).map_while(|t| t.ok()).find(|(start, _, _)| *start == l);
    let (tok, r) = match this {
        Some((_, t, end)) => (t, end.max(r)),
        None => return None,
    };
    let prev = before.last();
    if wants("except") && wants("finally") {
        return Some(missing_handlers(src, l));
    }
    if wants("else") && !wants(":") {
        // `a if b` with no `else`: the range is the whole conditional expression.
        let if_at = before.iter().rposition(|(_, t, _)| *t == Tok::If)?;
        if if_at == 0 || !ends_expression(&before[if_at - 1].1) {
            return None;
        }
        let start = before[if_at - 1].0;
        let end = prev.map_or(l, |p| p.2);
        return Some(error("expected 'else' after 'if' expression", start, Some(end)));
    }
    let (prev_start, prev_tok, _) = prev?;
    let before_prev = before.len().checked_sub(2).map(|i| &before[i].1);
    if tok == Tok::Equal && matches!(prev_tok, Tok::Name(_)) && !matches!(before_prev, Some(Tok::Dot | Tok::Star | Tok::DoubleStar)) {
        let next_end = Layout::new(src).map_while(|t| t.ok()).find(|(start, _, _)| *start >= r).map_or(r, |t| t.2);
        return Some(error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", *prev_start, Some(next_end)));
    }
    let same_line = !src[prev.map_or(l, |p| p.2)..l].contains('\n');
    if same_line
        && bracket_depth(&before) > 0
        && ends_expression(prev_tok)
        && starts_expression(&tok)
        && !matches!((prev_tok, &tok), (Tok::Name(_), Tok::Str(_)))
    {
        return Some(error("invalid syntax. Perhaps you forgot a comma?", *prev_start, Some(r)));
    }
    None
}

/// "expected 'except' or 'finally' block", shown at the end of the `try` block's last line.
/// (when the block ends the input; else at the statement that follows the block).
pub fn missing_handlers(src: &str, at: usize) -> SyntaxErrorInfo {
    let at = at.min(src.len());
    let offset = if src[at..].trim().is_empty() { src[..at].trim_end().len() } else { at };
    error("expected 'except' or 'finally' block", offset, None)
}

fn error(msg: &str, offset: usize, end: Option<usize>) -> SyntaxErrorInfo {
    SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: msg.to_string(), offset, end }
}

fn bracket_depth(tokens: &[Spanned]) -> i32 {
    tokens.iter().fold(0, |depth, (_, t, _)| match t {
        Tok::LPar | Tok::LSqb | Tok::LBrace => depth + 1,
        Tok::RPar | Tok::RSqb | Tok::RBrace => depth - 1,
        _ => depth,
    })
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) | Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::None | Tok::True | Tok::False
    )
}

fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Lambda
            | Tok::Not
            | Tok::Minus
    )
}
