//! `obj.__class__ = C`: the checks CPython makes before an object changes class (both classes
//! user-made, and their instances stored alike), then the swap of the instance's class handle.
//! Nothing cached needs dropping: method caches and lookup hints are keyed on the class an
//! access reads from the instance at that moment.

use super::Vm;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Kind};
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

impl Vm {
    /// Assigns `new` as the class of `obj` (`None` for `del obj.__class__`).
    pub fn assign_class(&mut self, obj: &Value, new: Option<&Value>) -> PyResult<()> {
        let Some(new) = new else { return Err(PyErr::type_error("can't delete __class__ attribute")) };
        let Value::Class(newto) = new else {
            return Err(PyErr::type_error(format!("__class__ must be set to a class, not '{}' object", types().of(new).name)));
        };
        let oldto = types().of(obj);
        let module = &types().module;
        if let Value::Module(m) = obj
            && newto.is_subclass(module)
        {
            m.set_subclass(Some(newto.clone()).filter(|c| !Arc::ptr_eq(c, module)));
            return Ok(());
        }
        if oldto.is_builtin || newto.is_builtin {
            return Err(PyErr::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        let layout_error = || PyErr::type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", newto.name, oldto.name));
        let Value::Instance(inst) = obj else { return Err(layout_error()) };
        if !same_layout(&oldto, newto) {
            return Err(layout_error());
        }
        swap_class(inst, newto.clone());
        Ok(())
    }
}

fn swap_class(inst: &Instance, class: Arc<Class>) {
    if class.finalizes() {
        crate::objects::class::ANY_DEL.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    // Caches are keyed by version tags, never given to two classes: the old class's address
    // reused by a new class matches no entry.
    inst.set_class(class);
}

/// Whether instances of `a` and `b` are stored alike: the same built-in base below them, the
/// same `__dict__` / `__weakref__` presence and the same slots (CPython's layout comparison).
fn same_layout(a: &Arc<Class>, b: &Arc<Class>) -> bool {
    if !Arc::ptr_eq(&solid_base(a), &solid_base(b)) {
        return false;
    }
    let (la, lb) = (a.layout, b.layout);
    la.has_dict == lb.has_dict && la.has_weakref == lb.has_weakref && slot_names(a) == slot_names(b)
}

/// The nearest built-in class along the MRO whose instances carry state of their own (an
/// exception class that adds no fields counts as `BaseException`, as in CPython).
fn solid_base(cls: &Arc<Class>) -> Arc<Class> {
    let t = types();
    let builtin = cls.full_mro().into_iter().find(|c| c.is_builtin).unwrap_or_else(|| t.object.clone());
    if builtin.kind != Kind::Exception {
        return builtin;
    }
    let with_fields = [
        ExcKind::OSError,
        ExcKind::SyntaxError,
        ExcKind::ImportError,
        ExcKind::StopIteration,
        ExcKind::SystemExit,
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::AttributeError,
        ExcKind::NameError,
        ExcKind::BaseExceptionGroup,
    ];
    for kind in with_fields {
        let k = t.exc(kind);
        if builtin.is_subclass(&k) {
            return k;
        }
    }
    t.exc(ExcKind::BaseException)
}

/// The names of the `__slots__` values instances of `cls` store, in storage order.
fn slot_names(cls: &Arc<Class>) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for c in cls.full_mro() {
        for (_, v) in c.dict.items() {
            if let Some(m) = crate::objects::slots::member_of(&v)
                && !found.iter().any(|(i, _)| *i == m.index)
            {
                found.push((m.index, m.name.as_str().to_string()));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}
