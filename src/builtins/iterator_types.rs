//! The built-in iterator types that are also constructors: `enumerate`, `zip`, `map`, `filter` and
//! `reversed` are classes in CPython (`print(zip)` shows `<class 'zip'>`, `isinstance(z, zip)`,
//! `class Numbered(enumerate)`). Each iterator kind's class gets its constructor here: the class
//! itself builds a plain iterator, a subclass an instance wrapping one (`Payload::Base`), which the
//! class's `__next__` unwraps.

use super::functions;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance};
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, KwArgs, NativeFn, Owner};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// The iterator kinds whose class is a builtin name, with the function that makes one.
const CONSTRUCTORS: &[(IterKind, NativeFn)] = &[
    (IterKind::Enumerate, functions::enumerate),
    (IterKind::Zip, functions::zip),
    (IterKind::Map, functions::map),
    (IterKind::Filter, functions::filter),
    (IterKind::Reversed, functions::reversed),
];

/// The built-in iterator class `cls` is or derives from, with its constructor.
fn constructor_of(cls: &Arc<Class>) -> Option<(&'static Arc<Class>, NativeFn)> {
    let t = types();
    let exact = CONSTRUCTORS.iter().find(|(kind, _)| Arc::ptr_eq(cls, t.iterator_class(*kind)));
    exact.or_else(|| CONSTRUCTORS.iter().find(|(kind, _)| cls.is_subclass(t.iterator_class(*kind)))).map(|(kind, make)| (t.iterator_class(*kind), *make))
}

/// `enumerate.__new__(cls, ...)` and the others: the iterator itself for the built-in class, an
/// instance wrapping it for a subclass.
fn iterator_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let Some((base, make)) = constructor_of(cls) else {
        return Err(PyErr::type_error(format!("__new__(X): {} is not a subtype of a built-in iterator", cls.name)));
    };
    let made = make(vm, &a[1..], k)?;
    Ok(Instance::of_subclass(cls, base, made))
}

/// Makes the five classes callable and names them in the builtins namespace.
pub fn install(builtins: &Arc<Dict>) {
    let t = types();
    for (kind, _) in CONSTRUCTORS {
        let cls = t.iterator_class(*kind);
        let name = kind.name();
        cls.dict.set_str(crate::name!("__new__").clone(), Builtin::method(Owner::Named(name), "__new__", iterator_new));
        builtins.set_str(intern(name), Value::Class(cls.clone()));
    }
    // `enumerate[int]`, as CPython 3.9+ (the other four are not generic).
    let enumerate = t.iterator_class(IterKind::Enumerate);
    enumerate.dict.set_str(intern("__class_getitem__"), super::type_::class_getitem_method(Owner::Named("enumerate")));
}
