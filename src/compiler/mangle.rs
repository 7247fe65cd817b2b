//! Private name mangling, as CPython's compiler does it: inside a class body (and the functions,
//! lambdas and comprehensions nested in it), an identifier `__spam` that does not end in two
//! underscores becomes `_Class__spam` (the class name without its leading underscores). Names,
//! attributes, parameters, definitions, imports, `global`/`nonlocal`, annotations and pattern
//! captures are mangled; keyword argument names in calls are not. Runs over the syntax tree before
//! scopes are analysed.

use crate::ast::*;

/// The mangled form of `name` inside class `class` (CPython's `_Py_Mangle`).
pub fn mangle(class: Option<&str>, name: &str) -> Option<String> {
    let class = class?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{name}"))
}

fn fix(class: Option<&str>, name: &mut String) {
    if let Some(m) = mangle(class, name) {
        *name = m;
    }
}

/// Mangles the private names of every class in the module.
pub fn mangle_module(body: &mut [Stmt]) {
    stmts(None, body);
}

fn stmts(class: Option<&str>, body: &mut [Stmt]) {
    for s in body {
        stmt(class, s);
    }
}

fn stmt(c: Option<&str>, s: &mut Stmt) {
    match &mut s.node {
        StmtKind::Expr(e) => expr(c, e),
        StmtKind::Assign(targets, v) => {
            targets.iter_mut().for_each(|t| expr(c, t));
            expr(c, v);
        }
        StmtKind::AugAssign(t, _, v) => {
            expr(c, t);
            expr(c, v);
        }
        StmtKind::AnnAssign(t, a, v) => {
            expr(c, t);
            expr(c, a);
            if let Some(v) = v {
                expr(c, v);
            }
        }
        StmtKind::If(t, a, b) | StmtKind::While(t, a, b) => {
            expr(c, t);
            stmts(c, a);
            stmts(c, b);
        }
        StmtKind::For(t, i, a, b, _) => {
            expr(c, t);
            expr(c, i);
            stmts(c, a);
            stmts(c, b);
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        StmtKind::Return(v) => {
            if let Some(v) = v {
                expr(c, v);
            }
        }
        StmtKind::FunctionDef { name, params, body, decorators, .. } => {
            decorators.iter_mut().for_each(|d| expr(c, d));
            fix(c, name);
            self::params(c, params);
            stmts(c, body);
        }
        StmtKind::ClassDef { name, bases, keywords, body, decorators } => {
            decorators.iter_mut().for_each(|d| expr(c, d));
            bases.iter_mut().for_each(|b| expr(c, b));
            keywords.iter_mut().for_each(|k| expr(c, &mut k.value));
            // The body mangles with this class's own name, as written.
            let own = name.clone();
            fix(c, name);
            stmts(Some(&own), body);
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            stmts(c, body);
            for h in handlers {
                if let Some(t) = &mut h.typ {
                    expr(c, t);
                }
                if let Some(n) = &mut h.name {
                    fix(c, n);
                }
                stmts(c, &mut h.body);
            }
            stmts(c, orelse);
            stmts(c, finalbody);
        }
        StmtKind::Raise(a, b) => {
            for e in [a, b].into_iter().flatten() {
                expr(c, e);
            }
        }
        StmtKind::With(items, body, _) => {
            for (e, t) in items {
                expr(c, e);
                if let Some(t) = t {
                    expr(c, t);
                }
            }
            stmts(c, body);
        }
        StmtKind::Assert(t, m) => {
            expr(c, t);
            if let Some(m) = m {
                expr(c, m);
            }
        }
        StmtKind::Del(ts) => ts.iter_mut().for_each(|t| expr(c, t)),
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => names.iter_mut().for_each(|n| fix(c, n)),
        StmtKind::Import(names) => {
            for (_, alias) in names {
                if let Some(a) = alias {
                    fix(c, a);
                }
            }
        }
        StmtKind::ImportFrom(_, _, names) => {
            for (n, alias) in names {
                match alias {
                    Some(a) => fix(c, a),
                    None => {
                        if let Some(m) = mangle(c, n) {
                            *alias = Some(m);
                        }
                    }
                }
            }
        }
        StmtKind::Match(subject, cases) => {
            expr(c, subject);
            for case in cases {
                pattern(c, &mut case.pattern);
                if let Some(g) = &mut case.guard {
                    expr(c, g);
                }
                stmts(c, &mut case.body);
            }
        }
    }
}

fn params(c: Option<&str>, p: &mut Params) {
    for a in p.args.iter_mut().chain(p.kwonly.iter_mut()) {
        fix(c, &mut a.name);
        if let Some(d) = &mut a.default {
            expr(c, d);
        }
    }
    for n in [&mut p.vararg, &mut p.kwarg].into_iter().flatten() {
        fix(c, n);
    }
    for (n, a) in &mut p.annotations {
        if n != "return" {
            fix(c, n);
        }
        expr(c, a);
    }
}

fn pattern(c: Option<&str>, p: &mut Pattern) {
    match &mut p.node {
        PatternKind::Value(e) => expr(c, e),
        PatternKind::Singleton(_) => {}
        PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter_mut().for_each(|i| pattern(c, i)),
        PatternKind::Star(name) => {
            if let Some(n) = name {
                fix(c, n);
            }
        }
        PatternKind::Mapping { keys, patterns, rest } => {
            keys.iter_mut().for_each(|k| expr(c, k));
            patterns.iter_mut().for_each(|i| pattern(c, i));
            if let Some(n) = rest {
                fix(c, n);
            }
        }
        PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => {
            expr(c, cls);
            kwd_attrs.iter_mut().for_each(|n| fix(c, n));
            patterns.iter_mut().chain(kwd_patterns.iter_mut()).for_each(|i| pattern(c, i));
        }
        PatternKind::As(inner, name) => {
            if let Some(i) = inner {
                pattern(c, i);
            }
            if let Some(n) = name {
                fix(c, n);
            }
        }
    }
}

fn comprehensions(c: Option<&str>, gens: &mut [Comprehension]) {
    for g in gens {
        expr(c, &mut g.target);
        expr(c, &mut g.iter);
        g.ifs.iter_mut().for_each(|i| expr(c, i));
    }
}

fn expr(c: Option<&str>, e: &mut Expr) {
    match &mut e.node {
        ExprKind::Name(n) => fix(c, n),
        ExprKind::Const(_) => {}
        ExprKind::FString(parts) => fparts(c, parts),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter_mut().for_each(|i| expr(c, i)),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    expr(c, k);
                }
                expr(c, v);
            }
        }
        ExprKind::Starred(i) | ExprKind::Unary(_, i) | ExprKind::YieldFrom(i) | ExprKind::Await(i) => expr(c, i),
        ExprKind::BinOp(a, _, b) => {
            expr(c, a);
            expr(c, b);
        }
        ExprKind::BoolOp(_, v) => v.iter_mut().for_each(|i| expr(c, i)),
        ExprKind::Compare(first, rest) => {
            expr(c, first);
            rest.iter_mut().for_each(|(_, i)| expr(c, i));
        }
        ExprKind::Call { func, args, keywords } => {
            expr(c, func);
            args.iter_mut().for_each(|a| expr(c, a));
            keywords.iter_mut().for_each(|k| expr(c, &mut k.value));
        }
        ExprKind::Attribute(obj, attr) => {
            expr(c, obj);
            fix(c, attr);
        }
        ExprKind::Subscript(a, b) => {
            expr(c, a);
            expr(c, b);
        }
        ExprKind::Slice(a, b, d) => {
            for part in [a, b, d].into_iter().flatten() {
                expr(c, part);
            }
        }
        ExprKind::IfExp(a, b, d) => {
            expr(c, a);
            expr(c, b);
            expr(c, d);
        }
        ExprKind::Lambda(p, body) => {
            params(c, p);
            expr(c, body);
        }
        ExprKind::ListComp(elt, gens) | ExprKind::SetComp(elt, gens) | ExprKind::GeneratorExp(elt, gens) => {
            expr(c, elt);
            comprehensions(c, gens);
        }
        ExprKind::DictComp(k, v, gens) => {
            expr(c, k);
            expr(c, v);
            comprehensions(c, gens);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(c, v);
            }
        }
        ExprKind::NamedExpr(n, v) => {
            fix(c, n);
            expr(c, v);
        }
    }
}

fn fparts(c: Option<&str>, parts: &mut [FPart]) {
    for p in parts {
        if let FPart::Expr { expr: e, spec, .. } = p {
            expr(c, e);
            fparts(c, spec);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn cpython_rules() {
        assert_eq!(mangle(Some("C"), "__x").as_deref(), Some("_C__x"));
        assert_eq!(mangle(Some("__C"), "__x").as_deref(), Some("_C__x"));
        assert_eq!(mangle(Some("___"), "__x"), None);
        assert_eq!(mangle(Some("C"), "__init__"), None);
        assert_eq!(mangle(Some("C"), "_x"), None);
        assert_eq!(mangle(None, "__x"), None);
    }
}
