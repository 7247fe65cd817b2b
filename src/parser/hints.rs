//! CPython's friendlier words for some parse errors that an LR parser only sees as an
//! unexpected token: a missing comma between two expressions in brackets, `=` where `==` or
//! `:=` was meant, a conditional expression without `else`, a `try` without handlers. Each looks
//! at the tokens around the error, the way CPython's `invalid_*` grammar rules do.

use crate::lexer::{Layout, SyntaxErrorInfo, SyntaxKind, Tok};

pub(super) type Spanned = (usize, Tok, usize);

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
        return Some(missing_handlers(src, l, Some(r)));
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
    if let Some(e) = super::clause_hints::clause_error(src, &before, &tok, l, r, next_end(r)) {
        return Some(e);
    }
    let (prev_start, prev_tok, _) = prev?;
    let before_prev = before.len().checked_sub(2).map(|i| &before[i].1);
    let clause_head = before.iter().rposition(|(_, t, _)| matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi)).map_or(0, |i| i + 1);
    // Statements whose grammar holds no named expression (`global x = 1` is only invalid syntax).
    let plain_expressions =
        matches!(before.get(clause_head).map(|t| &t.1), Some(Tok::Return | Tok::Del | Tok::Assert | Tok::Raise | Tok::Yield | Tok::Global | Tok::Nonlocal));
    let class_header = before.get(clause_head).is_some_and(|t| t.1 == Tok::Class);
    if !matches!(tok, Tok::Newline)
        && !expected.is_empty()
        && expected.iter().all(|e| e == "\":\"" || e == "\"->\"")
        && before_prev != Some(&Tok::As)
        && !class_header
    {
        // `else if x:`, `def f() x:`: only a colon could follow.
        return Some(error("expected ':'", l, Some(r)));
    }
    if tok == Tok::Equal && !plain_expressions && matches!(prev_tok, Tok::Name(_)) && !matches!(before_prev, Some(Tok::Dot | Tok::Star | Tok::DoubleStar)) {
        return Some(error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", *prev_start, Some(next_end(r))));
    }
    if bracket_depth(&before) > 0 && ends_expression(prev_tok) && starts_expression(&tok) && !matches!((prev_tok, &tok), (Tok::Name(_), Tok::Str(_))) {
        return forgot_comma(src, &before, l);
    }
    None
}

/// `print x` / `exec x` where an expression may stand: CPython's "Missing parentheses in call to
/// 'print'. Did you mean print(...)?", marked from the name to the end of the expressions after
/// it (its `invalid_legacy_expression` rule). `tok` at `l` is the token the parser refused.
pub fn legacy_print(src: &str, l: usize, tok: &Tok) -> Option<SyntaxErrorInfo> {
    if !starts_expression(tok) || *tok == Tok::LPar {
        return None;
    }
    let before: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).take_while(|(start, _, _)| *start < l).collect();
    let (start, Tok::Name(name), _) = before.last()? else { return None };
    if name != "print" && name != "exec" {
        return None;
    }
    // An attribute (`x.print`) or a name after an operand is no legacy statement.
    if before.len() >= 2 && (before[before.len() - 2].1 == Tok::Dot || ends_expression(&before[before.len() - 2].1)) {
        return None;
    }
    let after: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).skip_while(|(s, _, _)| *s < l).collect();
    // Expressions running into the end of the input (a bracket never closed): CPython's rule
    // read up to the end, where its tokenizer reports the unclosed bracket at once.
    let Some(last) = star_expressions_end(&after)? else {
        return Layout::new(src).filter_map(Result::err).find(|e| e.msg.ends_with("was never closed"));
    };
    let end = after[last].2;
    Some(error(&format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"), *start, Some(end)))
}

/// The index of the last token of CPython's `star_expressions` that starts `after` (expressions
/// separated by commas, a trailing comma included); Some(None) when it runs to the end of the
/// input, None when `after` starts no expression.
fn star_expressions_end(after: &[Spanned]) -> Option<Option<usize>> {
    let mut i = 0;
    loop {
        let Some(end) = operand_chain_end(&after[i..])? else { return Some(None) };
        let last = after.iter().position(|t| t.2 == end)?;
        match after.get(last + 1) {
            Some((_, Tok::Comma, _)) if after.get(last + 2).is_some_and(|t| starts_expression(&t.1)) => i = last + 2,
            Some((_, Tok::Comma, _)) => return Some(Some(last + 1)),
            _ => return Some(Some(last)),
        }
    }
}

/// A line that starts `match SUBJECT` and is no match statement (the soft keyword stayed a
/// name): CPython's parser tried one. Ending after the subject, "expected ':'" there; anything
/// else but a colon or '=' after it, or anything after the colon, is "invalid syntax" there.
pub fn match_statement(src: &str, l: usize, tok: &Tok) -> Option<SyntaxErrorInfo> {
    if !starts_expression(tok) || matches!(tok, Tok::LPar | Tok::LSqb) {
        return None;
    }
    let before: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).take_while(|(start, _, _)| *start < l).collect();
    let (_, Tok::Name(name), _) = before.last()? else { return None };
    let statement_start = before.len() == 1 || matches!(before[before.len() - 2].1, Tok::Newline | Tok::Indent | Tok::Dedent);
    if name != "match" || !statement_start {
        return None;
    }
    let after: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).skip_while(|(s, _, _)| *s < l).collect();
    let last = star_expressions_end(&after)??;
    let (next_start, next, next_end) = after.get(last + 1)?;
    match next {
        Tok::Newline => return Some(error("expected ':'", *next_start, Some(*next_start))),
        // `match x = 1`: the assignment hints apply.
        Tok::Equal => return None,
        Tok::Colon => {}
        _ => return Some(error("invalid syntax", *next_start, Some(*next_end))),
    }
    match after.get(last + 2) {
        Some((s, t, e)) if *t != Tok::Newline => Some(error("invalid syntax", *s, Some(*e))),
        _ => None,
    }
}

/// "Perhaps you forgot a comma?" between two expressions in brackets, marked from the start of
/// the first to the end of the second, as CPython's rule does: not in a parameter list, nor
/// after a comprehension's `in` or `if`, nor when the first starts with a soft keyword.
/// When the second runs into the end of the input, CPython's tokenizer reports the bracket never
/// closed instead (the caller's rule).
fn forgot_comma(src: &str, before: &[Spanned], l: usize) -> Option<SyntaxErrorInfo> {
    let first = operand_chain_start(before)?;
    let (_, head, _) = &before[first];
    if matches!(head, Tok::Name(n) if n == "match" || n == "case" || n == "_" || ((n == "print" || n == "exec") && first + 1 == before.len())) {
        return None;
    }
    if first > 0 && matches!(before[first - 1].1, Tok::If | Tok::In | Tok::For) && in_comprehension(&before[..first - 1]) {
        return None;
    }
    if in_parameters(before) {
        return None;
    }
    let after: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).skip_while(|(start, _, _)| *start < l).collect();
    // Running into the end of the input, the range runs to it (the caller then finds the
    // bracket never closed).
    let end = operand_chain_end(&after)?.unwrap_or(src.len());
    Some(error("invalid syntax. Perhaps you forgot a comma?", before[first].0, Some(end)))
}

/// Whether the innermost open bracket of `before` holds a comprehension (a `for` at its level).
fn in_comprehension(before: &[Spanned]) -> bool {
    walk_level(before, false, |_, t| (*t == Tok::For).then_some(())).found().is_some()
}

/// Whether the innermost open bracket is a `def`'s parameter list.
pub(super) fn in_parameters(before: &[Spanned]) -> bool {
    innermost_open(before).is_some_and(|i| i >= 2 && matches!(before[i - 1].1, Tok::Name(_)) && before[i - 2].1 == Tok::Def)
}

/// The index of the bracket that closes (forwards) or opens (backwards) the one at `at`.
pub(super) fn matching(tokens: &[Spanned], at: usize, forwards: bool) -> Option<usize> {
    let mut depth = 0i32;
    let step = |i: usize| if forwards { i.checked_add(1).filter(|&j| j < tokens.len()) } else { i.checked_sub(1) };
    let mut i = Some(at);
    while let Some(k) = i {
        match tokens[k].1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += if forwards { 1 } else { -1 },
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += if forwards { -1 } else { 1 },
            _ => {}
        }
        if depth == 0 {
            return Some(k);
        }
        i = step(k);
    }
    None
}

fn is_binary(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::DoubleStar
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Amper
            | Tok::Vbar
            | Tok::Circumflex
            | Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::In
            | Tok::Is
            | Tok::And
            | Tok::Or
    )
}

fn is_prefix(t: &Tok) -> bool {
    matches!(t, Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Await)
}

fn is_atom(t: &Tok) -> bool {
    matches!(t, Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) | Tok::None | Tok::True | Tok::False | Tok::Ellipsis)
}

/// Where the operand chain (CPython's `disjunction`) that ends with the last of `before` starts:
/// atoms with their trailers, joined by binary operators, after any prefix operators.
pub(super) fn operand_chain_start(before: &[Spanned]) -> Option<usize> {
    let mut i = before.len().checked_sub(1)?;
    loop {
        // One primary: an atom or a bracketed group, with the calls, subscripts and attributes after it.
        loop {
            match &before[i].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    let open = matching(before, i, false)?;
                    if open > 0 && before[open].1 != Tok::LBrace && ends_expression(&before[open - 1].1) {
                        i = open - 1;
                        continue;
                    }
                    i = open;
                }
                Tok::Name(_) if i >= 2 && before[i - 1].1 == Tok::Dot && ends_expression(&before[i - 2].1) => {
                    i -= 2;
                    continue;
                }
                Tok::Str(_) if i >= 1 && matches!(before[i - 1].1, Tok::Str(_)) => {
                    i -= 1;
                    continue;
                }
                t if is_atom(t) => {}
                _ => return None,
            }
            break;
        }
        let mut start = i;
        while start > 0 {
            let t = &before[start - 1].1;
            let binary_use = matches!(t, Tok::Minus | Tok::Plus) && start >= 2 && ends_expression(&before[start - 2].1);
            let is_not = *t == Tok::Not && start >= 2 && before[start - 2].1 == Tok::Is;
            if !is_prefix(t) || binary_use || is_not {
                break;
            }
            start -= 1;
        }
        if start == 0 {
            return Some(0);
        }
        // `not in` / `is not` are one operator.
        let mut op = start - 1;
        let two_words = op >= 1 && matches!((&before[op - 1].1, &before[op].1), (Tok::Not, Tok::In) | (Tok::Is, Tok::Not));
        if two_words {
            op -= 1;
        }
        if (two_words || is_binary(&before[op].1)) && op >= 1 && ends_expression(&before[op - 1].1) {
            i = op - 1;
            continue;
        }
        return Some(start);
    }
}

/// Where the operand chain that starts `after` ends: None when it is no expression, Some(None)
/// when it runs to the end of the input (a bracket never closed).
pub(super) fn operand_chain_end(after: &[Spanned]) -> Option<Option<usize>> {
    let mut i = 0;
    loop {
        while i < after.len() && is_prefix(&after[i].1) {
            i += 1;
        }
        let Some((_, first, _)) = after.get(i) else { return Some(None) };
        match first {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                let Some((_, next, _)) = after.get(i + 1) else { return Some(None) };
                let close = matches!(next, Tok::RPar | Tok::RSqb | Tok::RBrace);
                if !close && !starts_expression(next) && !matches!(next, Tok::Star | Tok::DoubleStar | Tok::Yield) {
                    return None;
                }
                let Some(close) = matching(after, i, true) else { return Some(None) };
                i = close;
            }
            t if is_atom(t) => {
                while matches!(after[i].1, Tok::Str(_)) && matches!(after.get(i + 1), Some((_, Tok::Str(_), _))) {
                    i += 1;
                }
            }
            _ => return None,
        }
        // Trailers.
        loop {
            match after.get(i + 1).map(|t| &t.1) {
                Some(Tok::LPar | Tok::LSqb) => match matching(after, i + 1, true) {
                    Some(close) => i = close,
                    None => return Some(None),
                },
                Some(Tok::Dot) if matches!(after.get(i + 2), Some((_, Tok::Name(_), _))) => i += 2,
                _ => break,
            }
        }
        let mut op = i + 1;
        match after.get(op).map(|t| &t.1) {
            Some(Tok::Not) if matches!(after.get(op + 1), Some((_, Tok::In, _))) => op += 1,
            Some(Tok::Is) if matches!(after.get(op + 1), Some((_, Tok::Not, _))) => op += 1,
            Some(t) if is_binary(t) => {}
            Some(_) => return Some(Some(after[i].2)),
            None => return Some(None),
        }
        i = op + 1;
    }
}

/// "expected 'except' or 'finally' block", shown at the end of the `try` block's last line, with
/// no end (when the block ends the input; else at the token that follows the block, `end` its end).
pub fn missing_handlers(src: &str, at: usize, end: Option<usize>) -> SyntaxErrorInfo {
    let at = at.min(src.len());
    if src[at..].trim().is_empty() {
        return error("expected 'except' or 'finally' block", src[..at].trim_end().len(), Some(SyntaxErrorInfo::NO_END));
    }
    error("expected 'except' or 'finally' block", at, end)
}

pub(super) fn error(msg: &str, offset: usize, end: Option<usize>) -> SyntaxErrorInfo {
    SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: msg.to_string(), offset, end }
}

/// CPython's errors for a bad item of a dict display (`{` whose items so far include a
/// `key: value` or `**mapping`): a key with no ':' (marked at the key's last character), a ':'
/// with no value, a starred value.
fn dict_item(before: &[Spanned], tok: &Tok, l: usize, after: usize) -> Option<SyntaxErrorInfo> {
    // The innermost bracket still open, and the tokens after it at its own level.
    let open = innermost_open(before)?;
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
    let colon_at = |item: &[Spanned]| walk_level(item, true, |i, t| (*t == Tok::Colon).then_some(i)).found();
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
    let end = walk_level(before, false, |i, t| match t {
        Tok::Comma => Some((i + 1, true)),
        Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi => Some((i + 1, false)),
        _ => None,
    });
    match end {
        LevelEnd::Found(at) => at,
        LevelEnd::Bracket(i) => (i + 1, true),
        LevelEnd::Edge => (0, false),
    }
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

/// Where a walk along one bracket level ended.
pub(super) enum LevelEnd<T> {
    /// `at_level` answered for the token at this index.
    Found(T),
    /// The bracket that opens (walking back) or closes (walking forward) the level, at this index.
    Bracket(usize),
    /// The tokens ran out.
    Edge,
}

impl<T> LevelEnd<T> {
    pub(super) fn found(self) -> Option<T> {
        match self {
            LevelEnd::Found(t) => Some(t),
            _ => None,
        }
    }
}

/// Walks `tokens` from the end (`forwards` false) or the start along the level the walk starts
/// on, skipping whole bracket groups: `at_level(i, tok)` sees every other token of that level and
/// ends the walk by answering `Some`; a bracket that leaves the level ends it too. The one
/// depth-scan every hint here is written with.
pub(super) fn walk_level<T>(tokens: &[Spanned], forwards: bool, mut at_level: impl FnMut(usize, &Tok) -> Option<T>) -> LevelEnd<T> {
    let mut depth = 0usize;
    let mut visit = |i: usize, t: &Tok| {
        let (enters, leaves) = match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => (forwards, !forwards),
            Tok::RPar | Tok::RSqb | Tok::RBrace => (!forwards, forwards),
            _ if depth == 0 => return at_level(i, t).map(LevelEnd::Found),
            _ => return None,
        };
        if enters {
            depth += 1;
        } else if leaves && depth == 0 {
            return Some(LevelEnd::Bracket(i));
        } else if leaves {
            depth -= 1;
        }
        None
    };
    let found =
        if forwards { tokens.iter().enumerate().find_map(|(i, t)| visit(i, &t.1)) } else { tokens.iter().enumerate().rev().find_map(|(i, t)| visit(i, &t.1)) };
    found.unwrap_or(LevelEnd::Edge)
}

/// The index of the innermost bracket still open at the end of `before`.
pub(super) fn innermost_open(before: &[Spanned]) -> Option<usize> {
    match walk_level(before, false, |_, _| None::<()>) {
        LevelEnd::Bracket(i) => Some(i),
        _ => None,
    }
}

/// Whether `tokens` hold a comma outside the brackets among them.
pub(super) fn has_top_comma(tokens: &[Spanned]) -> bool {
    walk_level(tokens, true, |_, t| (*t == Tok::Comma).then_some(())).found().is_some()
}

pub(super) fn bracket_depth(tokens: &[Spanned]) -> i32 {
    tokens.iter().fold(0, |depth, (_, t, _)| match t {
        Tok::LPar | Tok::LSqb | Tok::LBrace => depth + 1,
        Tok::RPar | Tok::RSqb | Tok::RBrace => depth - 1,
        _ => depth,
    })
}

pub(super) fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) | Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::None | Tok::True | Tok::False
    )
}

pub(super) fn starts_expression(t: &Tok) -> bool {
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
            | Tok::Await
    )
}
