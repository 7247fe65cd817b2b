//! CPython 3.11's compile-time SyntaxWarnings: `is` with a literal, calling or subscripting a
//! literal ("perhaps you missed a comma?"), indexing a literal sequence with a non-integer literal,
//! and `assert (test, message)`. The checks read the tree; the compiler records each warning with
//! its byte offset in the `Source` (`Source::warn`), and the VM issues them through `warnings` once
//! compiling is done (vm/compile_warnings.rs). Compiling never prints.

use crate::ast::{CmpOp, Const, Expr, ExprKind, UnaryOp};

/// The type of a literal CPython's compiler sees as a constant (its AST optimiser folds signed
/// numbers and tuples of constants), or None.
fn constant_type(e: &Expr) -> Option<&'static str> {
    match &e.node {
        ExprKind::Const(c) => Some(match c {
            Const::None => "NoneType",
            Const::True | Const::False => "bool",
            Const::Ellipsis => "ellipsis",
            Const::Int(_) => "int",
            Const::Float(_) => "float",
            Const::Str(_) => "str",
            Const::Bytes(_) => "bytes",
            Const::Imag(_) => "complex",
        }),
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, inner) => match constant_type(inner)? {
            "bool" => Some("int"),
            t @ ("int" | "float" | "complex") => Some(t),
            _ => None,
        },
        ExprKind::Tuple(items) if items.iter().all(|i| constant_type(i).is_some()) => Some("tuple"),
        _ => None,
    }
}

/// The type an expression certainly has (CPython's `infer_type`), or None.
fn infer_type(e: &Expr) -> Option<&'static str> {
    if let Some(t) = constant_type(e) {
        return Some(t);
    }
    Some(match &e.node {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp(..) => "list",
        ExprKind::Dict(_) | ExprKind::DictComp(..) => "dict",
        ExprKind::Set(_) | ExprKind::SetComp(..) => "set",
        ExprKind::GeneratorExp(..) => "generator",
        ExprKind::Lambda(..) => "function",
        ExprKind::FString(_) => "str",
        ExprKind::Slice(..) => "slice",
        _ => return None,
    })
}

/// A literal that `is` may be used with: None, True, False, Ellipsis (or not a constant at all).
fn is_arg_ok(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Const(c) => matches!(c, Const::None | Const::True | Const::False | Const::Ellipsis),
        _ => constant_type(e).is_none(),
    }
}

/// `a is 1`, `a is not 'x'`.
pub fn compare(first: &Expr, rest: &[(CmpOp, Expr)]) -> Option<String> {
    let mut left = first;
    for (op, right) in rest {
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!is_arg_ok(right) || !is_arg_ok(left)) {
            return Some(if *op == CmpOp::Is {
                "\"is\" with a literal. Did you mean \"==\"?".to_string()
            } else {
                "\"is not\" with a literal. Did you mean \"!=\"?".to_string()
            });
        }
        left = right;
    }
    None
}

/// `(1, 2)(3)`: calling a literal.
pub fn call(func: &Expr) -> Option<String> {
    let callable_literal = constant_type(func).is_some()
        || matches!(
            func.node,
            ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::ListComp(..)
                | ExprKind::Dict(_)
                | ExprKind::DictComp(..)
                | ExprKind::Set(_)
                | ExprKind::SetComp(..)
                | ExprKind::GeneratorExp(..)
                | ExprKind::FString(_)
        );
    if !callable_literal {
        return None;
    }
    Some(format!("'{}' object is not callable; perhaps you missed a comma?", infer_type(func)?))
}

/// `1[0]`, `(1, 2)['a']`: subscripting what cannot be, or with an index of the wrong type.
pub fn subscript(obj: &Expr, key: &Expr) -> Option<String> {
    let not_subscriptable = match constant_type(obj) {
        Some(t) => matches!(t, "NoneType" | "ellipsis" | "int" | "bool" | "float"),
        None => matches!(obj.node, ExprKind::Set(_) | ExprKind::SetComp(..) | ExprKind::GeneratorExp(..) | ExprKind::Lambda(..)),
    };
    if not_subscriptable {
        return Some(format!("'{}' object is not subscriptable; perhaps you missed a comma?", infer_type(obj)?));
    }
    let index = infer_type(key)?;
    if matches!(index, "int" | "bool" | "slice") {
        return None;
    }
    let sequence = match constant_type(obj) {
        Some(t) => matches!(t, "str" | "bytes" | "tuple"),
        None => matches!(obj.node, ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::ListComp(..) | ExprKind::FString(_)),
    };
    if !sequence {
        return None;
    }
    Some(format!("{} indices must be integers or slices, not {index}; perhaps you missed a comma?", infer_type(obj)?))
}

/// `assert (test, "message")`: always true.
pub fn assert(test: &Expr) -> Option<String> {
    match &test.node {
        ExprKind::Tuple(items) if !items.is_empty() => Some("assertion is always true, perhaps remove parentheses?".to_string()),
        _ => None,
    }
}
