//! The built-in namespace: global functions (functions.rs), the built-in types' methods (one file per
//! type), and the glue the VM calls (`__build_class__`, attributes of built-in values, native reprs).

pub mod args;
pub mod arity;
pub mod attr_table;
pub mod binary_args;
pub mod binary_methods;
pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod call_slot;
pub mod case_tables;
pub mod code_type;
pub mod codec_args;
pub mod comparisons;
pub mod complex;
pub mod coroutine;
pub mod dict;
pub mod docs;
pub mod exception_attrs;
pub mod exception_group;
pub mod file;
pub mod float_hex;
pub mod function_type;
pub mod functions;
pub mod generator;
pub mod io;
pub mod iterator_types;
pub mod length_hint;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod module_type;
pub mod native_class;
pub mod numbers;
pub mod object;
pub mod object_defaults;
pub mod range;
pub mod set;
pub mod sizes;
pub mod slice;
pub mod slots;
pub mod stdin_reader;
pub mod str;
pub mod strformat;
pub mod type_;

use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, FrameBuiltin, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", functions::print),
    ("breakpoint", functions::breakpoint),
    ("input", io::input),
    ("open", file::open),
    ("len", functions::len),
    ("repr", functions::repr),
    ("ascii", functions::ascii),
    ("hash", functions::hash),
    ("id", functions::id),
    ("abs", functions::abs),
    ("callable", functions::callable),
    ("isinstance", functions::isinstance),
    ("issubclass", functions::issubclass),
    ("getattr", functions::getattr),
    ("setattr", functions::setattr),
    ("hasattr", functions::hasattr),
    ("delattr", functions::delattr),
    ("iter", functions::iter),
    ("next", functions::next),
    ("aiter", coroutine::aiter),
    ("anext", coroutine::anext),
    ("sorted", functions::sorted),
    ("min", functions::min),
    ("max", functions::max),
    ("sum", functions::sum),
    ("any", functions::any),
    ("all", functions::all),
    ("chr", functions::chr),
    ("ord", functions::ord),
    ("hex", functions::hex),
    ("oct", functions::oct),
    ("bin", functions::bin),
    ("format", functions::format),
    ("divmod", functions::divmod),
    ("pow", functions::pow),
    ("round", functions::round),
    ("dir", functions::dir),
    ("globals", functions::globals),
    ("compile", functions::compile),
];

/// The builtins that work on their caller's frame (see `FrameBuiltin`).
const FRAME_FUNCTIONS: &[(&str, NativeFn, FrameBuiltin)] = &[
    ("vars", functions::vars, FrameBuiltin::Vars),
    ("eval", functions::eval, FrameBuiltin::Eval),
    ("exec", functions::exec, FrameBuiltin::Exec),
    ("locals", functions::locals, FrameBuiltin::Locals),
];

pub fn build_class_value() -> Value {
    static B: OnceLock<Value> = OnceLock::new();
    B.get_or_init(|| Builtin::new("__build_class__", functions::build_class)).clone()
}

/// The builtins' own `__import__`: the import statement calls the import system directly while
/// `builtins.__import__` is still this object (vm/import), and calls a replacement as CPython does.
pub fn import_value() -> Value {
    static B: OnceLock<Value> = OnceLock::new();
    B.get_or_init(|| Builtin::new("__import__", functions::import)).clone()
}

pub use type_::type_call;

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the type's one instance.
fn singleton_new(_vm: &mut Vm, a: &[Value], k: &crate::objects::function::KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else { return Err(crate::objects::PyErr::type_error("__new__ needs a type")) };
    if a.len() > 1 || !k.is_empty() {
        return Err(crate::objects::PyErr::type_error(format!("{} takes no arguments", cls.name)));
    }
    let t = types();
    Ok(if Arc::ptr_eq(cls, &t.none) {
        Value::None
    } else if Arc::ptr_eq(cls, &t.not_implemented) {
        Value::NotImplemented
    } else {
        Value::Ellipsis
    })
}

/// Fills the built-in types' method tables and the builtins namespace.
pub fn install(builtins: &Arc<Dict>) {
    let t = types();
    object::install();
    numbers::install();
    str::install();
    list::install();
    dict::install();
    set::install();
    generator::install();
    coroutine::install();
    code_type::install();
    bytes::install();
    bytearray::install(builtins);
    memoryview::install(builtins);
    call_slot::install();
    complex::install();
    exception_group::install();
    crate::vm::subclass::install();
    range::install();
    t.slice.dict.set_str(crate::name!("__new__").clone(), Builtin::method(Owner::Slice, "__new__", slice::slice_new));
    for (singleton, owner) in
        [(&t.none, Owner::Named("NoneType")), (&t.not_implemented, Owner::Named("NotImplementedType")), (&t.ellipsis, Owner::Named("ellipsis"))]
    {
        singleton.dict.set_str(crate::name!("__new__").clone(), Builtin::method(owner, "__new__", singleton_new));
    }
    t.module.dict.set_str(crate::name!("__new__").clone(), Builtin::method(Owner::Named("module"), "__new__", module_type::module_new));
    t.module.dict.set_str(crate::name!("__init__").clone(), Builtin::method(Owner::Named("module"), "__init__", crate::vm::module_class::module_init));
    for (n, f) in FUNCTIONS {
        builtins.set_str(intern(n), Builtin::new(n, *f));
    }
    builtins.set_str(crate::name!("__import__").clone(), import_value());
    builtins.set_str(crate::name!("__build_class__").clone(), build_class_value());
    iterator_types::install(builtins);
    for (n, f, frame) in FRAME_FUNCTIONS {
        builtins.set_str(intern(n), Builtin::with_frame(n, *f, *frame));
    }
    for (name, c) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ] {
        builtins.set_str(intern(name), Value::Class(c.clone()));
    }
    for kind in ExcKind::ALL.iter().filter(|k| k.in_builtins()) {
        builtins.set_str(intern(kind.name()), Value::Class(t.exc(*kind)));
    }
    builtins.set_str(crate::name!("EnvironmentError").clone(), Value::Class(t.exc(ExcKind::OSError)));
    builtins.set_str(crate::name!("IOError").clone(), Value::Class(t.exc(ExcKind::OSError)));
    builtins.set_str(crate::name!("None").clone(), Value::None);
    builtins.set_str(crate::name!("Ellipsis").clone(), Value::Ellipsis);
    builtins.set_str(crate::name!("__debug__").clone(), Value::Bool(true));
    builtins.set_str(crate::name!("NotImplemented").clone(), Value::NotImplemented);
    builtins.set_str(crate::name!("__name__").clone(), Value::str("builtins"));
}
