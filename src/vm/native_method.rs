//! `CallMethod` of a method of a core built-in type on a value of exactly that type, with no
//! keywords and an argument count in the method's declared range (`ch.isdigit()`,
//! `s.startswith(p)`, `parts.index(x)`): what `Vm::call` and `arity::check` would check is
//! known to hold, so the native code runs at once on the stack's slice (the receiver, then the
//! arguments). A panic in it is still a SystemError (`panic_guard::catch`), as on the general path.

use super::Vm;
use crate::builtins::arity::ArityStyle;
use crate::objects::function::NO_KWARGS;
use crate::objects::{PyResult, Value};

impl Vm {
    /// The call of the method at `stack[base]` on the receiver at `stack[base + 1]` with the
    /// arguments above it, when it qualifies (see the module comment); None: the general path.
    /// The stack is left as it was: the caller drops the callee, receiver and arguments.
    #[inline]
    pub(super) fn native_method_call(&mut self, stack: &[Value], base: usize) -> Option<PyResult<Value>> {
        let Value::Builtin(b) = &stack[base] else { return None };
        let ar = b.arity?;
        if b.bound.is_some() || b.frame.is_some() || ar.owner != b.owner || matches!(ar.style, ArityStyle::New | ArityStyle::Slot) {
            return None;
        }
        let nargs = stack.len() - base - 2;
        if nargs < ar.min as usize || nargs > ar.max as usize || !crate::builtins::arity::exact_owner(b.owner, &stack[base + 1]) {
            return None;
        }
        let func = b.func;
        let depth = self.frame_depth;
        let args = &stack[base + 1..];
        Some(super::panic_guard::catch(|| func(self, args, NO_KWARGS)).inspect_err(|_| self.frame_depth = self.frame_depth.min(depth)))
    }
}
