//! The module type's constructor: `types.ModuleType(name, doc=None)` makes an empty module with
//! CPython's initial namespace (`__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__`),
//! and the attributes a module has when its dict lacks them (`__dict__`, `__name__`, `__class__`).

use super::attr_table::Computed;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::objects::module::Module;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// A module's attributes not found in its dict (vm/attr.rs reads them after the dict).
pub static ATTRS: &[Computed<Module>] = &[
    Computed { name: "__dict__", get: |_, _, m| Ok(Some(Value::Dict(m.dict.clone()))) },
    Computed { name: "__name__", get: |_, _, m| Ok(Some(Value::str(&m.name))) },
    Computed { name: "__class__", get: |_, v, _| Ok(Some(Value::Class(types().of(v)))) },
];

/// `module.__new__(cls, name, doc=None)`.
pub fn module_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::only_kwargs("module", k, &["name", "doc"])?;
    let args = a.get(1..).unwrap_or(&[]);
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("module() takes at most 2 arguments ({} given)", args.len())));
    }
    let name = args.first().or(super::args::kwarg(k, "name"));
    let name = match name {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!("module.__init__() argument 'name' must be str, not {}", types().of(other).name)));
        }
        None => return Err(PyErr::type_error("module.__init__() missing required argument 'name' (pos 1)")),
    };
    let doc = args.get(1).or(super::args::kwarg(k, "doc")).cloned().unwrap_or(Value::None);
    let d = Dict::new();
    d.set_str(crate::name!("__name__").clone(), Value::Str(name.clone()));
    d.set_str(crate::name!("__doc__").clone(), doc);
    for attr in [crate::name!("__package__"), crate::name!("__loader__"), crate::name!("__spec__")] {
        d.set_str(attr.clone(), Value::None);
    }
    let m = Module::new(name.as_str(), d);
    // `M(name)` for a user subclass M of ModuleType: the module is an instance of M.
    if let Some(Value::Class(cls)) = a.first()
        && !Arc::ptr_eq(cls, &types().module)
    {
        m.set_subclass(Some(cls.clone()));
    }
    Ok(Value::Module(m))
}
