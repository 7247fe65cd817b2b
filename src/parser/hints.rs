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
    let next_end = |from: usize| Layout::new(src).map_while(|t| t.ok()).find(|(start, _, _)| *start >= from).map_or(from, |t| t.2);
    if let Some(e) = dict_item(&before, &tok, l, next_end(r)) {
        return Some(e);
    }
    if let Some(e) = misplaced_target_or_star(&before, &tok, l, r) {
        return Some(e);
    }
    let (prev_start, prev_tok, _) = prev?;
    let before_prev = before.len().checked_sub(2).map(|i| &before[i].1);
    if tok == Tok::Equal && matches!(prev_tok, Tok::Name(_)) && !matches!(before_prev, Some(Tok::Dot | Tok::Star | Tok::DoubleStar)) {
        return Some(error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", *prev_start, Some(next_end(r))));
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

/// CPython's errors for a bad item of a dict display (`{` whose items so far include a
/// `key: value` or `**mapping`): a key with no ':' (marked at the key's last character), a ':'
/// with no value, a starred value.
fn dict_item(before: &[Spanned], tok: &Tok, l: usize, after: usize) -> Option<SyntaxErrorInfo> {
    // The innermost bracket still open, and the tokens after it at its own level.
    let mut depth = 0;
    let open = before.iter().rposition(|(_, t, _)| {
        match t {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => return true,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            _ => {}
        }
        false
    })?;
    if before[open].1 != Tok::LBrace {
        return None;
    }
    let inside = &before[open + 1..];
    // Split the items at the commas of this level.
    let mut items: Vec<&[Spanned]> = Vec::new();
    let (mut start, mut depth) = (0, 0);
    for (i, (_, t, _)) in inside.iter().enumerate() {
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Comma if depth == 0 => {
                items.push(&inside[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    let current = &inside[start..];
    let colon_at = |item: &[Spanned]| {
        let mut depth = 0;
        item.iter().position(|(_, t, _)| {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                Tok::Colon if depth == 0 => return true,
                _ => {}
            }
            false
        })
    };
    let is_pair = |item: &[Spanned]| colon_at(item).is_some() || item.first().is_some_and(|(_, t, _)| *t == Tok::DoubleStar);
    let item_ends = matches!(tok, Tok::RBrace | Tok::Comma);
    match (current.last(), colon_at(current)) {
        (Some((at, Tok::Colon, end)), Some(_)) if item_ends => Some(error("expression expected after dictionary key and ':'", *at, Some(*end))),
        (Some((_, Tok::Colon, _)), Some(_)) if *tok == Tok::Star => Some(error("cannot use a starred expression in a dictionary value", l, Some(after))),
        (Some(_), None) if item_ends && current[0].1 != Tok::DoubleStar && items.iter().any(|i| is_pair(i)) => {
            // The key's end, inside its parentheses if it is only parenthesized.
            let mut key = current;
            while key.len() > 2 && key[0].1 == Tok::LPar && key[key.len() - 1].1 == Tok::RPar && bracket_depth(&key[..key.len() - 1]) == 1 {
                key = &key[1..key.len() - 1];
            }
            Some(error("':' expected after dictionary key", key.last()?.2 - 1, None))
        }
        _ => None,
    }
}

/// Where the expression being read when the error came starts: just after the innermost open
/// bracket, or after the last comma at that bracket's level; at the statement's start outside
/// brackets. Also whether it is inside brackets.
fn item_start(before: &[Spanned]) -> (usize, bool) {
    let mut depth = 0;
    for (i, (_, t, _)) in before.iter().enumerate().rev() {
        match t {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => return (i + 1, true),
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            Tok::Comma if depth == 0 => return (i + 1, true),
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi => return (i + 1, false),
            _ => {}
        }
    }
    (0, false)
}

/// CPython's words for `(a.b := 1)`, `[*a for a in b]`, `{**a for a in b}`, `def f[T]()` and
/// `a, b: int`.
fn misplaced_target_or_star(before: &[Spanned], tok: &Tok, l: usize, r: usize) -> Option<SyntaxErrorInfo> {
    let (prev_start, prev_tok, prev_end) = before.last()?;
    let (start, bracketed) = item_start(before);
    let item = &before[start..];
    let first = item.first()?;
    match tok {
        Tok::Walrus => {
            let what = match prev_tok {
                Tok::Name(_) if item.len() > 1 && item[item.len() - 2].1 == Tok::Dot => "attribute",
                Tok::RSqb => "subscript",
                _ => return None,
            };
            Some(error(&format!("cannot use assignment expressions with {what}"), first.0, Some(*prev_end)))
        }
        Tok::For if bracketed && first.1 == Tok::Star => Some(error("iterable unpacking cannot be used in comprehension", first.0, Some(*prev_end))),
        Tok::For if bracketed && first.1 == Tok::DoubleStar && start > 0 && before[start - 1].1 == Tok::LBrace => {
            // CPython marks the `**` alone.
            Some(error("dict unpacking cannot be used in dict comprehension", first.0, Some(first.2)))
        }
        _ if *tok != Tok::LPar && matches!(prev_tok, Tok::Name(_)) && before.len() > 1 && before[before.len() - 2].1 == Tok::Def => {
            Some(error("expected '('", l, Some(r)))
        }
        Tok::Colon if !bracketed && bracket_depth(before) == 0 => {
            // An annotation after a tuple of targets: only an expression statement gets here
            // with a comma at its own level.
            let starts_expr = matches!(first.1, Tok::Name(_) | Tok::LPar | Tok::LSqb | Tok::Star);
            let has_comma = item.iter().any(|(_, t, _)| *t == Tok::Comma);
            let simple = item.iter().all(|(_, t, _)| matches!(t, Tok::Name(_) | Tok::Comma | Tok::Dot | Tok::Star));
            (starts_expr && has_comma && simple && *prev_start >= first.0)
                .then(|| error("only single target (not tuple) can be annotated", first.0, Some(first.2)))
        }
        _ => None,
    }
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
