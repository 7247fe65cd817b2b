//! `__call__` of the callable built-in types (function, bound method, builtin function): calls
//! the object itself, so `f.__call__(x)`, `type(f).__call__(f, x)` and `hasattr(len, '__call__')`
//! behave as in CPython. Classes get theirs from `type`.

use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn call_self(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some((callee, args)) = a.split_first() else {
        return Err(PyErr::type_error("descriptor '__call__' of 'object' object needs an argument"));
    };
    vm.call(callee, args, k)
}

/// Puts `__call__` in the namespaces of the callable built-in types.
pub fn install() {
    let t = types();
    for (class, owner) in
        [(&t.function, Owner::Named("function")), (&t.method, Owner::Named("method")), (&t.builtin, Owner::Named("builtin_function_or_method"))]
    {
        class.dict.set_str(crate::name!("__call__").clone(), Builtin::method(owner, "__call__", call_self));
    }
}
