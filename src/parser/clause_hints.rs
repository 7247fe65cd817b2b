//! More of CPython's `invalid_*` messages, for mistakes inside one clause: `except A, B:`,
//! `except*:`, `from m import a,`, parenthesized parameters, defaults on `*args`/`**kwargs`,
//! `f(a.b=1)`, and assignment expressions with targets that cannot be assigned. Each looks at the
//! tokens before the one the parser did not expect (`hints.rs` holds the shared helpers).

use super::hints::{
    LevelEnd, Spanned, bracket_depth, ends_expression, error, has_top_comma, in_parameters, innermost_open, matching, operand_chain_start, walk_level,
};
use crate::lexer::{Layout, SyntaxErrorInfo, Tok};

/// The error for the unexpected token `tok` at `l..r` after `before`, if one of these applies;
/// `next_end` is where the token after `tok` ends.
pub fn clause_error(src: &str, before: &[Spanned], tok: &Tok, l: usize, r: usize, next_end: usize) -> Option<SyntaxErrorInfo> {
    let clause = clause_start(before);
    let head = before.get(clause).map(|t| &t.1);
    let prev = before.last().map(|t| &t.1);
    match tok {
        // `except A, B:`: from the first type (inside its parentheses) to what stands before ':'.
        Tok::Comma if head == Some(&Tok::Except) && bracket_depth(&before[clause..]) == 0 => {
            let mut first = if before.get(clause + 1).map(|t| &t.1) == Some(&Tok::Star) { clause + 2 } else { clause + 1 };
            if before.get(first).map(|t| &t.1) == Some(&Tok::LPar) && matching(before, first, true) == Some(before.len() - 1) {
                first += 1;
            }
            let start = before.get(first)?.0;
            let after: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).skip_while(|(at, _, _)| *at < l).collect();
            let stop = walk_level(&after, true, |i, t| matches!(t, Tok::Colon | Tok::Newline).then_some(i)).found();
            let end = stop.and_then(|i| i.checked_sub(1)).map_or(next_end.max(r), |i| after[i].2);
            Some(error("multiple exception types must be parenthesized", start, Some(end)))
        }
        Tok::Colon if head == Some(&Tok::Except) && prev == Some(&Tok::Star) && before.len() == clause + 2 => {
            Some(error("expected one or more exception types", l, Some(r)))
        }
        Tok::Newline if head == Some(&Tok::From) && prev == Some(&Tok::Comma) && bracket_depth(&before[clause..]) == 0 => {
            Some(error("trailing comma not allowed without surrounding parentheses", l, Some(l)))
        }
        Tok::LPar if matches!(prev, Some(Tok::LPar | Tok::Comma)) && in_parameters(before) => {
            parenthesized_parameter(src, l, "Function parameters cannot be parenthesized")
        }
        Tok::LPar if matches!(prev, Some(Tok::Lambda | Tok::Comma)) && in_lambda_parameters(before) => {
            parenthesized_parameter(src, l, "Lambda expression parameters cannot be parenthesized")
        }
        Tok::Equal if before.len() >= 2 && matches!(prev, Some(Tok::Name(_))) && (in_parameters(before) || in_lambda_parameters(before)) => {
            match before[before.len() - 2].1 {
                Tok::Star => Some(error("var-positional argument cannot have default value", l, Some(r))),
                Tok::DoubleStar => Some(error("var-keyword argument cannot have default value", l, Some(r))),
                _ => None,
            }
        }
        Tok::Equal if in_call(before) => {
            let first = operand_chain_start(before)?;
            if first == 0 || !matches!(before[first - 1].1, Tok::LPar | Tok::Comma) {
                return None;
            }
            match &before[first..] {
                [(_, Tok::Name(_), _)] => None,
                [(_, t @ (Tok::True | Tok::False | Tok::None), _)] => {
                    let what = match t {
                        Tok::True => "True",
                        Tok::False => "False",
                        _ => "None",
                    };
                    Some(error(&format!("cannot assign to {what}"), before[first].0, Some(r)))
                }
                _ => Some(error("expression cannot contain assignment, perhaps you meant \"==\"?", before[first].0, Some(r))),
            }
        }
        // `def f(x=)`: a default with nothing after its '='.
        Tok::RPar | Tok::Comma if prev == Some(&Tok::Equal) && (in_parameters(before) || in_lambda_parameters(before)) => {
            let (at, _, end) = before.last()?;
            Some(error("expected default value expression", *at, Some(*end)))
        }
        // `def f() -> :`: no annotation after the arrow; CPython then insists on the ':' there.
        Tok::Colon if prev == Some(&Tok::Arrow) => {
            let (at, _, end) = before.last()?;
            Some(error("expected ':'", *at, Some(*end)))
        }
        // `def f[...`: CPython's grammar insists on the '(' after a function's name.
        _ if *tok != Tok::LPar && before.len() >= 2 && matches!(prev, Some(Tok::Name(_))) && before[before.len() - 2].1 == Tok::Def => {
            Some(error("expected '('", l, Some(r)))
        }
        // `yield x = 1`: a yield expression as an assignment target.
        Tok::Equal if head == Some(&Tok::Yield) && bracket_depth(&before[clause..]) == 0 => {
            Some(error("assignment to yield expression not possible", before[clause].0, Some(before.last()?.2)))
        }
        Tok::Walrus => walrus_target(before),
        // `(**a)`: a group of one double-starred expression.
        Tok::DoubleStar if prev == Some(&Tok::LPar) && (before.len() < 2 || !ends_expression(&before[before.len() - 2].1)) => {
            let after: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).skip_while(|(at, _, _)| *at < l).collect();
            let group_end = matching(&[before.last()?.clone()].into_iter().chain(after.iter().cloned()).collect::<Vec<_>>(), 0, true)?;
            let inside = &after[1..group_end - 1];
            (!inside.is_empty() && bracket_depth(inside) == 0 && !has_top_comma(inside)).then(|| error("cannot use double starred expression here", l, Some(r)))
        }
        // `[a, b for a in c]`: a tuple target without its parentheses.
        Tok::For => {
            let open = innermost_open(before)?;
            if !matches!(before[open].1, Tok::LSqb | Tok::LBrace) || !has_top_comma(&before[open + 1..]) {
                return None;
            }
            let items = &before[open + 1..];
            if items.iter().any(|(_, t, _)| matches!(t, Tok::Colon | Tok::For)) && bracket_depth(items) == 0 {
                return None;
            }
            Some(error("did you forget parentheses around the comprehension target?", items.first()?.0, Some(before.last()?.2)))
        }
        _ => None,
    }
}

/// The index where the current clause starts: after the last NEWLINE, INDENT, DEDENT or ';'.
fn clause_start(before: &[Spanned]) -> usize {
    before.iter().rposition(|(_, t, _)| matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi)).map_or(0, |i| i + 1)
}

/// Whether the innermost open bracket is a call's (an expression before it).
fn in_call(before: &[Spanned]) -> bool {
    innermost_open(before).is_some_and(|i| before[i].1 == Tok::LPar && i >= 1 && ends_expression(&before[i - 1].1) && !in_parameters(&before[..=i]))
}

/// Whether the tokens end inside a lambda's parameters (a `lambda` at this bracket level with no
/// ':' after it).
fn in_lambda_parameters(before: &[Spanned]) -> bool {
    let end = walk_level(before, false, |_, t| match t {
        Tok::Colon => Some(false),
        Tok::Lambda => Some(true),
        _ => None,
    });
    matches!(end, LevelEnd::Found(true))
}

/// `def f((a, b))`: the range is the parenthesized group that starts at `l`.
fn parenthesized_parameter(src: &str, l: usize, msg: &str) -> Option<SyntaxErrorInfo> {
    let after: Vec<Spanned> = Layout::new(src).map_while(|t| t.ok()).skip_while(|(start, _, _)| *start < l).collect();
    // CPython's rule wants parameters (names) in the group: `def f( ():` is plain invalid syntax.
    if !matches!(after.get(1), Some((_, Tok::Name(_), _))) {
        return None;
    }
    let close = matching(&after, 0, true)?;
    Some(error(msg, l, Some(after[close].2)))
}

/// `(a, b) := 1`, `True := 1`, `lambda: x := 1`: CPython names what cannot be the target.
fn walrus_target(before: &[Spanned]) -> Option<SyntaxErrorInfo> {
    let (_, last, last_end) = before.last()?;
    match last {
        Tok::True | Tok::False | Tok::None => {
            let what = match last {
                Tok::True => "True",
                Tok::False => "False",
                _ => "None",
            };
            let start = before[before.len() - 1].0;
            Some(error(&format!("cannot use assignment expressions with {what}"), start, Some(*last_end)))
        }
        Tok::RPar => {
            let open = matching(before, before.len() - 1, false)?;
            let inside = &before[open + 1..before.len() - 1];
            let is_tuple = inside.is_empty() || (bracket_depth(inside) == 0 && has_top_comma(inside));
            (is_tuple && (open == 0 || !ends_expression(&before[open - 1].1)))
                .then(|| error("cannot use assignment expressions with tuple", before[open].0, Some(*last_end)))
        }
        _ => {
            // A lambda whose body ends here, in the same bracket level.
            let end = walk_level(before, false, |i, t| match t {
                Tok::Comma | Tok::Equal | Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi => Some(None),
                Tok::Lambda => Some(Some(i)),
                _ => None,
            });
            let lambda = end.found()??;
            Some(error("cannot use assignment expressions with lambda", before[lambda].0, Some(*last_end)))
        }
    }
}
