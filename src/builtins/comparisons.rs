//! The six rich comparisons of the native types: `CmpOp`'s method names and its test on ordered
//! values, and `comparison_methods!`, which writes a type's `eq`, `ne`, `lt`, `le`, `gt` and `ge`
//! (for its `__eq__` ... `__ge__` table entries) from the one `compare(vm, args, op)` it has.

use crate::ast::CmpOp;

impl CmpOp {
    /// The special method of this comparison (`__lt__` for `<`); None for `is`/`in` and their
    /// negations, which have none of their own.
    pub fn dunder(self) -> Option<&'static str> {
        Some(match self {
            CmpOp::Eq => "__eq__",
            CmpOp::NotEq => "__ne__",
            CmpOp::Lt => "__lt__",
            CmpOp::LtE => "__le__",
            CmpOp::Gt => "__gt__",
            CmpOp::GtE => "__ge__",
            CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => return None,
        })
    }

    /// `x op y` for partially ordered values (NaN-correct for floats); false for the operators
    /// that are not comparisons of values.
    #[inline(always)]
    pub fn holds<T: PartialOrd + ?Sized>(self, x: &T, y: &T) -> bool {
        match self {
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => false,
        }
    }
}

/// Writes the six comparison methods (`fn eq` ... `fn ge`, each a `NativeFn`) of a native type
/// as calls of `$compare(vm, args, op)`.
macro_rules! comparison_methods {
    ($compare:path) => {
        $crate::builtins::comparisons::comparison_methods!(@one $compare, eq, Eq);
        $crate::builtins::comparisons::comparison_methods!(@one $compare, ne, NotEq);
        $crate::builtins::comparisons::comparison_methods!(@one $compare, lt, Lt);
        $crate::builtins::comparisons::comparison_methods!(@one $compare, le, LtE);
        $crate::builtins::comparisons::comparison_methods!(@one $compare, gt, Gt);
        $crate::builtins::comparisons::comparison_methods!(@one $compare, ge, GtE);
    };
    (@one $compare:path, $name:ident, $op:ident) => {
        fn $name(
            vm: &mut $crate::vm::Vm,
            a: &[$crate::objects::Value],
            _k: &$crate::objects::function::KwArgs,
        ) -> $crate::objects::PyResult<$crate::objects::Value> {
            $compare(vm, a, $crate::ast::CmpOp::$op)
        }
    };
}
pub(crate) use comparison_methods;
