//! Small builders the grammar's actions call: argument and parameter lists, assignment-target checks,
//! string concatenation (f-strings are split in fstring.rs).

use crate::ast::*;
use crate::lexer::SyntaxKind;
use crate::lexer::{StrLit, SyntaxErrorInfo, Tok};
use lalrpop_util::ParseError;

pub type PErr = ParseError<usize, Tok, SyntaxErrorInfo>;

pub fn user_error(msg: impl Into<String>, offset: usize) -> PErr {
    ParseError::User { error: SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: msg.into(), offset, end: None } }
}

/// A SyntaxError about the source range `start..end` (CPython's offset and end_offset).
pub fn range_error(msg: impl Into<String>, (start, end): (usize, usize)) -> PErr {
    ParseError::User { error: SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: msg.into(), offset: start, end: Some(end) } }
}

pub fn cons<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub fn bin(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::BinOp(Box::new(a), op, Box::new(b)), l, r)
}

pub fn negate(e: Expr, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::Unary(UnaryOp::Neg, Box::new(e)), l, r)
}

/// One call argument as written; keywords and `**` carry their whole range.
pub enum Arg {
    Pos(Expr),
    /// A generator expression without its own parentheses, and where its `for` stands.
    Genexp(Expr, usize),
    Keyword(String, Expr, Span),
    DoubleStar(Expr, Span),
}

/// Splits call arguments into positional ones (with `*x` as Starred) and keywords, checking order.
/// `close` is where the closing parenthesis stands (CPython marks an out-of-order argument there);
/// `open`, where a call's opening one stands: a lone generator argument takes both parentheses
/// (a class's bases take none); `trailing`, whether a comma ends the arguments.
pub fn split_args((args, trailing): (Vec<Arg>, bool), open: Option<usize>, close: usize) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
    let n = args.len();
    let mut pos = Vec::new();
    let mut kws: Vec<Keyword> = Vec::new();
    for a in args {
        match a {
            Arg::Pos(e) => {
                let starred = matches!(e.node, ExprKind::Starred(_));
                if !kws.is_empty() && !starred {
                    let msg = if kws.iter().any(|k| k.name.is_none()) {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(range_error(msg, (close, close + 1)));
                }
                if starred && kws.iter().any(|k| k.name.is_none()) {
                    return Err(range_error("iterable argument unpacking follows keyword argument unpacking", (e.span.0, e.span.0 + 1)));
                }
                pos.push(e)
            }
            Arg::Genexp(mut e, for_at) => {
                if open.is_none() && n == 1 && !trailing {
                    return Err(range_error("invalid syntax", (for_at, for_at + 3)));
                }
                if n > 1 || trailing {
                    return Err(PErr::User {
                        error: SyntaxErrorInfo {
                            kind: SyntaxKind::Syntax,
                            msg: "Generator expression must be parenthesized".into(),
                            offset: e.span.0,
                            end: Some(e.span.1),
                        },
                    });
                }
                if let Some(open) = open {
                    e.span = (open, close + 1);
                }
                pos.push(e)
            }
            Arg::Keyword(name, value, span) => {
                let at = span.0;
                if kws.iter().any(|k| k.name.as_deref() == Some(&name)) {
                    return Err(range_error(format!("keyword argument repeated: {name}"), (at, value.span.1)));
                }
                kws.push(Keyword { name: Some(name), value, span })
            }
            Arg::DoubleStar(value, span) => kws.push(Keyword { name: None, value, span }),
        }
    }
    Ok((pos, kws))
}

/// One parameter as written; each carries its source range without the default, (start, end),
/// and the starred ones where their name starts.
pub enum ParamItem {
    /// Name, annotation, default, range.
    Plain(String, Option<Expr>, Option<Expr>, (usize, usize)),
    Star(Option<(String, Option<Expr>)>, (usize, usize), usize),
    DoubleStar(String, Option<Expr>, (usize, usize), usize),
    Slash(usize),
}

impl ParamItem {
    fn span(&self) -> (usize, usize) {
        match self {
            ParamItem::Plain(.., span) => *span,
            // CPython marks a starred parameter out of place by its star alone.
            ParamItem::Star(_, (l, _), _) => (*l, *l + 1),
            ParamItem::DoubleStar(_, _, span, _) => *span,
            ParamItem::Slash(at) => (*at, *at + 1),
        }
    }
}

/// Builds a parameter list and checks what CPython's grammar checks.
pub fn build_params(items: Vec<ParamItem>) -> Result<Params, PErr> {
    let mut p = Params::default();
    // Annotations by kind, put in CPython's order at the end.
    let mut arg_ann: Vec<(usize, String, Expr)> = Vec::new();
    let (mut star_ann, mut kwonly_ann, mut kwarg_ann) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen_star = false;
    let mut bare_star: Option<usize> = None;
    let mut seen_default = false;
    let mut default_after_slash = false;
    let mut seen_slash = false;
    let mut names: Vec<String> = Vec::new();
    let mut check_dup = |name: &str, at: usize| -> Result<(), PErr> {
        if names.iter().any(|n| n == name) {
            return Err(range_error(format!("duplicate argument '{name}' in function definition"), (at, at + name.len())));
        }
        names.push(name.to_string());
        Ok(())
    };
    let count = items.len();
    for (index, item) in items.into_iter().enumerate() {
        if p.kwarg.is_some() {
            // A second `**` is marked by its stars alone.
            let span = match &item {
                ParamItem::DoubleStar(_, _, (at, _), _) => (*at, at + 2),
                _ => item.span(),
            };
            return Err(range_error("arguments cannot follow var-keyword argument", span));
        }
        let span = item.span();
        match item {
            ParamItem::Plain(name, ann, default, (at, end)) => {
                check_dup(&name, at)?;
                if let Some(a) = ann {
                    if seen_star {
                        kwonly_ann.push((name.clone(), a));
                    } else {
                        arg_ann.push((p.args.len(), name.clone(), a));
                    }
                }
                if seen_star {
                    p.kwonly.push(Param { name, default, span: (at, end) });
                } else {
                    if default.is_some() {
                        seen_default = true;
                        default_after_slash |= seen_slash;
                    } else if default_after_slash {
                        // CPython 3.11's rule for the message wants the defaults before the `/`:
                        // past it, the parser fails on the token after the name.
                        return Err(range_error("invalid syntax", (end, end + 1)));
                    } else if seen_default {
                        return Err(range_error("non-default argument follows default argument", span));
                    }
                    p.args.push(Param { name, default, span: (at, end) });
                }
            }
            ParamItem::Star(name, (at, end), name_at) => {
                if seen_star {
                    return Err(range_error("* argument may appear only once", span));
                }
                seen_star = true;
                if name.is_none() {
                    bare_star = Some(at);
                }
                if let Some((n, ann)) = name {
                    check_dup(&n, name_at)?;
                    if let Some(a) = ann {
                        star_ann.push((n.clone(), a));
                    }
                    p.vararg = Some(n);
                    p.vararg_span = (name_at, end);
                }
            }
            ParamItem::DoubleStar(name, ann, (_, end), name_at) => {
                check_dup(&name, name_at)?;
                if let Some(a) = ann {
                    kwarg_ann.push((name.clone(), a));
                }
                p.kwarg = Some(name);
                p.kwarg_span = (name_at, end);
            }
            ParamItem::Slash(at) => {
                if p.args.is_empty() && !seen_star {
                    let msg = if index + 1 == count { "invalid syntax" } else { "at least one argument must precede /" };
                    return Err(range_error(msg, (at, at + 1)));
                }
                if seen_slash {
                    return Err(range_error("/ may appear only once", (at, at + 1)));
                }
                if seen_star {
                    return Err(range_error("/ must be ahead of *", (at, at + 1)));
                }
                seen_slash = true;
                p.posonly = p.args.len();
            }
        }
    }
    if bare_star.is_some_and(|_| p.kwonly.is_empty()) {
        let at = bare_star.unwrap_or(0);
        return Err(range_error("named arguments must follow bare *", (at, at + 1)));
    }
    let posonly = p.posonly;
    let (before, after): (Vec<_>, Vec<_>) = arg_ann.into_iter().partition(|(i, _, _)| *i < posonly);
    p.annotations = after.into_iter().chain(before).map(|(_, n, a)| (n, a)).chain(star_ann).chain(kwonly_ann).chain(kwarg_ann).collect();
    Ok(p)
}

/// A lambda's parameters: as `build_params`, but CPython marks a bare `*` with nothing after it
/// where the parser stood: the `**` that follows it, or the ':' at `colon`.
pub fn build_lambda_params(items: Vec<ParamItem>, colon: usize) -> Result<Params, PErr> {
    let after_star = items.iter().skip_while(|i| !matches!(i, ParamItem::Star(None, ..))).nth(1).map(|i| i.span().0);
    build_params(items).map_err(|e| match e {
        ParseError::User { error } if error.msg == "named arguments must follow bare *" => {
            range_error(error.msg, after_star.map_or((colon, colon + 1), |at| (at, at + 2)))
        }
        other => other,
    })
}

/// `hint`: the target is the only one of an assignment statement (`f() = 1`), where CPython
/// suggests `==` for the targets an expression could have meant.
fn target_error(e: &Expr, aug: bool, hint: bool) -> PErr {
    let what = expr_kind_name(e);
    let suggests = !matches!(
        e.node,
        ExprKind::Compare(..) | ExprKind::BoolOp(..) | ExprKind::Lambda(..) | ExprKind::IfExp(..) | ExprKind::NamedExpr(..) | ExprKind::GeneratorExp(..)
    ) && !matches!(e.node, ExprKind::Unary(UnaryOp::Not, _));
    let msg = if aug {
        format!("'{what}' is an illegal expression for augmented assignment")
    } else if matches!(e.node, ExprKind::Yield(..) | ExprKind::YieldFrom(..)) && !hint {
        "assignment to yield expression not possible".to_string()
    } else if matches!(what, "None" | "True" | "False") || !hint || !suggests {
        format!("cannot assign to {what}")
    } else {
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
    };
    PErr::User { error: SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg, offset: e.span.0, end: Some(e.span.1) } }
}

/// What CPython calls an expression in "cannot assign to ..." / "cannot delete ..." errors.
pub fn expr_kind_name(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Const(Const::None) | ExprKind::Const(Const::True) | ExprKind::Const(Const::False) | ExprKind::Const(Const::Ellipsis) => match &e.node {
            ExprKind::Const(Const::None) => "None",
            ExprKind::Const(Const::True) => "True",
            ExprKind::Const(Const::False) => "False",
            _ => "ellipsis",
        },
        ExprKind::Const(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::Lambda(..) => "lambda",
        ExprKind::Compare(..) => "comparison",
        ExprKind::IfExp(..) => "conditional expression",
        ExprKind::ListComp(..) => "list comprehension",
        ExprKind::DictComp(..) => "dict comprehension",
        ExprKind::SetComp(..) => "set comprehension",
        ExprKind::GeneratorExp(..) => "generator expression",
        ExprKind::Dict(..) => "dict literal",
        ExprKind::Set(..) => "set display",
        ExprKind::Yield(..) | ExprKind::YieldFrom(..) => "yield expression",
        ExprKind::NamedExpr(..) => "named expression",
        ExprKind::Await(..) => "await expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        _ => "expression",
    }
}

/// Checks the targets of an assignment statement (`a = b = value`).
pub fn check_assign_targets(targets: &[Expr]) -> Result<(), PErr> {
    for t in targets {
        check_target_in(t, false, targets.len() == 1)?;
    }
    Ok(())
}

/// Checks that an expression can be assigned to (or augmented-assigned to, with `aug`).
pub fn check_target(e: &Expr, aug: bool) -> Result<(), PErr> {
    check_target_in(e, aug, false)
}

fn check_target_in(e: &Expr, aug: bool, hint: bool) -> Result<(), PErr> {
    match &e.node {
        ExprKind::Name(n) if n == "__debug__" => Err(PErr::User {
            error: SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: "cannot assign to __debug__".into(), offset: e.span.0, end: Some(e.span.1) },
        }),
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) if !aug => {
            let mut stars = 0;
            for item in items {
                if let ExprKind::Starred(inner) = &item.node {
                    stars += 1;
                    check_target(inner, false)?;
                } else {
                    check_target(item, false)?;
                }
            }
            if stars > 1 {
                return Err(range_error("multiple starred expressions in assignment", e.span));
            }
            Ok(())
        }
        ExprKind::Starred(_) if !aug => Err(range_error("starred assignment target must be in a list or tuple", e.span)),
        _ => Err(target_error(e, aug, hint)),
    }
}

/// `del a, b` parses as a tuple; it deletes each. A parenthesized `del (a, b)` stays one
/// tuple target, as in CPython's tree.
pub fn unpack_targets(e: Expr) -> Vec<Expr> {
    match e.node {
        ExprKind::Tuple(items) if items.first().is_some_and(|first| first.span.0 == e.span.0) => items,
        _ => vec![e],
    }
}

/// `async def`: the function statement marked as a coroutine function, its span from `async`.
pub fn make_async(mut s: Stmt, l: usize) -> Stmt {
    if let StmtKind::FunctionDef { is_async, .. } = &mut s.node {
        *is_async = true;
    }
    s.span.0 = l;
    s
}

pub fn with_decorators(mut s: Stmt, decos: Vec<Expr>, l: usize) -> Stmt {
    match &mut s.node {
        StmtKind::FunctionDef { decorators, .. } | StmtKind::ClassDef { decorators, .. } => *decorators = decos,
        _ => {}
    }
    s.span.0 = l;
    s
}

/// Adjacent string literals concatenate; f-strings among them make the whole an f-string.
pub fn join_strings(src: &str, parts: Vec<(usize, StrLit)>, l: usize, r: usize) -> Result<Expr, PErr> {
    let any_bytes = parts.iter().any(|(_, p)| matches!(p, StrLit::Bytes(_)));
    let all_bytes = parts.iter().all(|(_, p)| matches!(p, StrLit::Bytes(_)));
    if any_bytes && !all_bytes {
        // CPython marks the position just past the literals.
        return Err(range_error("cannot mix bytes and nonbytes literals", (r, r)));
    }
    if all_bytes {
        let mut out = Vec::new();
        for (_, p) in parts {
            if let StrLit::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(ExprKind::Const(Const::Bytes(out)), l, r));
    }
    if parts.iter().all(|(_, p)| matches!(p, StrLit::Str(_))) {
        let mut out = String::new();
        for (_, p) in parts {
            if let StrLit::Str(s) = p {
                out.push_str(&s);
            }
        }
        return Ok(Expr::new(ExprKind::Const(Const::Str(out)), l, r));
    }
    let mut fparts: Vec<FPart> = Vec::new();
    for (at, p) in parts {
        match p {
            StrLit::Str(s) => push_lit(&mut fparts, s),
            StrLit::FStr { body, raw, body_offset } => {
                let quote = if body_offset >= 4 { 3 } else { 1 };
                let past = at + body_offset + body.len() + quote;
                let split = super::fstring::split_fstring(src, &body, raw, at + body_offset).map_err(|e| match e {
                    super::fstring::FErr::Scan(msg) => ParseError::User { error: super::fstring::at_next_token(src, r, msg) },
                    super::fstring::FErr::At(e) => e,
                })?;
                for part in split {
                    match part {
                        FPart::Lit(s) => push_lit(&mut fparts, s),
                        FPart::Expr { expr, conversion, spec, .. } => fparts.push(FPart::Expr { expr, conversion, spec, token: (at, past) }),
                    }
                }
            }
            StrLit::Bytes(_) => unreachable!(),
        }
    }
    Ok(Expr::new(ExprKind::FString(fparts), l, r))
}

fn push_lit(parts: &mut Vec<FPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(prev)) = parts.last_mut() {
        prev.push_str(&s);
    } else {
        parts.push(FPart::Lit(s));
    }
}

/// A complex literal in a pattern (`1 + 2j`, `-1.5 - 2j`): a real number, then an imaginary
/// one, else CPython's "real number required in complex literal" (checked first) or "imaginary
/// number required in complex literal" on the number at fault.
pub fn complex_pattern(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> Result<Expr, PErr> {
    let number = match &a.node {
        ExprKind::Unary(UnaryOp::Neg, inner) => inner.as_ref(),
        _ => &a,
    };
    if let ExprKind::Const(Const::Imag(_)) = number.node {
        return Err(range_error("real number required in complex literal", number.span));
    }
    if !matches!(b.node, ExprKind::Const(Const::Imag(_))) {
        return Err(range_error("imaginary number required in complex literal", b.span));
    }
    Ok(bin(a, op, b, l, r))
}

/// A bare name in a pattern: the wildcard `_`, or a capture.
pub fn capture_pattern(n: String, l: usize, r: usize) -> Pattern {
    let name = if n == "_" { None } else { Some(n) };
    Pattern::new(PatternKind::As(None, name), l, r)
}

/// Strings in a pattern: plain or bytes literals only, no f-strings.
pub fn pattern_string(src: &str, parts: Vec<(usize, StrLit)>, l: usize, r: usize) -> Result<Expr, PErr> {
    let e = join_strings(src, parts, l, r)?;
    if let ExprKind::FString(_) = e.node {
        return Err(PErr::User {
            error: SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: "patterns may only match literals and attribute lookups".into(), offset: l, end: Some(r) },
        });
    }
    Ok(e)
}

/// The `**rest` of a mapping pattern: any name but `_`.
pub fn rest_target(n: String, at: usize) -> Result<String, PErr> {
    if n == "_" {
        return Err(range_error("invalid syntax", (at, at + 1)));
    }
    Ok(n)
}

pub fn mapping_pattern(items: Vec<(Expr, Pattern)>, rest: Option<String>, l: usize, r: usize) -> Pattern {
    let (keys, patterns) = items.into_iter().unzip();
    Pattern::new(PatternKind::Mapping { keys, patterns, rest }, l, r)
}

pub enum ClassPatternArg {
    Pos(Pattern),
    /// Attribute name and pattern.
    Keyword(String, Pattern),
}

/// `Cls(p, q, attr=r)`: positional sub-patterns first, then keyword ones, each attribute once.
pub fn class_pattern(cls: Expr, args: Vec<ClassPatternArg>, l: usize, r: usize) -> Result<Pattern, PErr> {
    let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::<String>::new(), Vec::new());
    for a in args {
        match a {
            ClassPatternArg::Pos(p) => {
                if !kwd_attrs.is_empty() {
                    return Err(PErr::User {
                        error: SyntaxErrorInfo {
                            kind: SyntaxKind::Syntax,
                            msg: "positional patterns follow keyword patterns".into(),
                            offset: p.span.0,
                            end: Some(p.span.1),
                        },
                    });
                }
                patterns.push(p)
            }
            ClassPatternArg::Keyword(n, p) => {
                if kwd_attrs.contains(&n) {
                    // CPython marks the repeated keyword's pattern.
                    return Err(range_error(format!("attribute name repeated in class pattern: {n}"), p.span));
                }
                kwd_attrs.push(n);
                kwd_patterns.push(p)
            }
        }
    }
    Ok(Pattern::new(PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns }, l, r))
}
