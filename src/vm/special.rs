//! Special methods (`__len__`, `__iter__`, `__getitem__`...) that a class holds as an object
//! rather than a function: an instance of a user class that is callable, or a descriptor (as
//! unittest.mock's MagicMock puts on its classes). CPython binds such an attribute through its
//! `__get__` (if it has one) and calls the result without the instance; the VM's special-method
//! paths call what they look up with the instance first, so the object is handed to them wrapped
//! in a builtin that does CPython's binding.

use super::Vm;
use crate::objects::Arc;
use crate::objects::PyResult;
use crate::objects::Value;
use crate::objects::class::Kind;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NO_KWARGS};
use crate::objects::types::types;

/// `found` as the special-method paths call it (instance first): functions and builtins as
/// they are, an instance of a user class wrapped.
pub fn as_method(found: Value) -> Value {
    match &found {
        Value::Instance(i) if i.class_ref().kind == Kind::Object => Value::Builtin(Arc::new(Builtin {
            name: "__call__",
            func: call_unbound,
            bound: Some(found.clone()),
            owner: Owner::SpecialBinding,
            frame: None,
            arity: None,
        })),
        _ => found,
    }
}

/// Whether `f` is an object `as_method` wrapped.
pub fn is_wrapped(f: &Value) -> bool {
    matches!(f, Value::Builtin(b) if b.owner == Owner::SpecialBinding)
}

/// (the object found on the class, the instance, the arguments...): binds the object through
/// `__get__(instance, type)` when its class has one, then calls it with the arguments alone.
fn call_unbound(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (found, rest) = (&a[0], &a[1..]);
    let Some(this) = rest.first() else { return vm.call(found, rest, k) };
    let getter = match found {
        Value::Instance(i) => vm.class_lookup(i.class_ref(), crate::name!("__get__")),
        _ => None,
    };
    match getter {
        Some(get) => {
            let bound = vm.call(&get, &[found.clone(), this.clone(), Value::Class(types().of(this))], NO_KWARGS)?;
            vm.call(&bound, &rest[1..], k)
        }
        None => vm.call(found, &rest[1..], k),
    }
}
