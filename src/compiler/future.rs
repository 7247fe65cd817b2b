//! `from __future__ import ...`: which 3.11 feature names a module may ask for, where such imports
//! may stand (before anything but the docstring and other future imports), and the one feature
//! that changes compilation here (`annotations`: annotations are kept as their source text).
//! The others are mandatory in 3.11 and accepted for compatibility; `barry_as_FLUFL` is accepted
//! without changing the `!=` / `<>` syntax.

use crate::ast::{Const, ExprKind, Stmt, StmtKind};
use crate::lexer::{SyntaxErrorInfo, SyntaxKind};

/// Every feature name 3.11's `__future__` module knows.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What a module's future imports switch on.
#[derive(Clone, Copy, Default, Debug)]
pub struct Features {
    /// PEP 563: annotations are stored as strings, never evaluated.
    pub annotations: bool,
}

/// A bad feature name: CPython's compiler gives these no end column (end_offset None).
fn err(msg: String, offset: usize) -> SyntaxErrorInfo {
    SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg, offset, end: Some(SyntaxErrorInfo::END_UNSET) }
}

fn is_future(s: &Stmt) -> Option<&[(String, Option<String>)]> {
    match &s.node {
        StmtKind::ImportFrom(module, 0, names) if module == "__future__" => Some(names),
        _ => None,
    }
}

/// Checks a module's future imports as CPython's compiler does and returns the features asked for.
pub fn features(module: &[Stmt]) -> Result<Features, SyntaxErrorInfo> {
    let mut out = Features::default();
    let mut leading = true;
    for (i, s) in module.iter().enumerate() {
        let docstring = i == 0 && matches!(&s.node, StmtKind::Expr(e) if matches!(e.node, ExprKind::Const(Const::Str(_))));
        match is_future(s) {
            Some(names) if leading => {
                for (name, _) in names {
                    match name.as_str() {
                        "braces" => return Err(err("not a chance".into(), s.span.0)),
                        "annotations" => out.annotations = true,
                        n if FEATURES.contains(&n) => {}
                        n => return Err(err(format!("future feature {n} is not defined"), s.span.0)),
                    }
                }
            }
            Some(_) => {
                let mut e = err("from __future__ imports must occur at the beginning of the file".into(), s.span.0);
                e.end = Some(s.span.1);
                return Err(e);
            }
            None if docstring => {}
            None => leading = false,
        }
    }
    Ok(out)
}
