//! The hooks an exception that nobody catches goes through: `sys.excepthook` (the main
//! program's uncaught exception) and `sys.unraisablehook` ("Exception ignored in": a failing
//! `__del__`, weakref callback or generator close). The defaults print as CPython does; a
//! replacement is called instead, and its own failure is reported in CPython's words.

use super::Vm;
use crate::builtins::args::check_args;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NO_KWARGS};
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use std::sync::OnceLock;

/// The fields of `sys.UnraisableHookArgs`, in their order.
const UNRAISABLE_FIELDS: [&str; 5] = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];

/// `sys.excepthook(type, value, traceback)`: prints the exception and its traceback on stderr.
pub fn sys_excepthook(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("excepthook", a, k, 3, 3)?;
    if !matches!(&a[1], Value::Instance(i) if i.exc().is_some()) {
        let found = types().of(&a[1]).name.clone();
        vm.interp.stdio.flush_out();
        vm.interp.stdio.write_err(&format!("TypeError: print_exception(): Exception expected for value, {found} found\n"));
        return Ok(Value::None);
    }
    vm.print_exception(&PyErr::from_value(a[1].clone()));
    Ok(Value::None)
}

/// `sys.unraisablehook(args)`: "Exception ignored in: OBJ" (or the message of `err_msg`) and
/// the traceback of `args.exc_value`.
pub fn sys_unraisablehook(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("unraisablehook", a, k, 1, 1)?;
    let field = |vm: &mut Vm, name: &str| vm.get_attr(&a[0], &intern(name));
    let (value, msg, obj) = (field(vm, "exc_value")?, field(vm, "err_msg")?, field(vm, "object")?);
    let head = match &msg {
        Value::None => "Exception ignored in".to_string(),
        m => vm.str(m)?,
    };
    let what = if obj.is_none() { String::new() } else { format!(": {}", vm.repr(&obj).unwrap_or_else(|_| "<object repr() failed>".into())) };
    let text = if matches!(&value, Value::Instance(i) if i.exc().is_some()) { vm.format_exception_with(&value, None, true) } else { String::new() };
    vm.interp.stdio.flush_out();
    vm.interp.stdio.write_err(&format!("{head}{what}\n{text}"));
    Ok(Value::None)
}

fn unraisable_args_repr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("__repr__", a, k, 1, 1)?;
    let mut parts = Vec::new();
    for name in UNRAISABLE_FIELDS {
        let v = vm.get_attr(&a[0], &intern(name))?;
        parts.push(format!("{name}={}", vm.repr(&v)?));
    }
    Ok(Value::string(format!("UnraisableHookArgs({})", parts.join(", "))))
}

/// `sys.UnraisableHookArgs`, made once.
pub fn unraisable_args_class() -> Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS
        .get_or_init(|| {
            let c = make_class_in("sys", "UnraisableHookArgs", vec![types().object.clone()], Kind::Object);
            c.dict.set_str(crate::name!("__repr__").clone(), Builtin::method(Owner::Named("UnraisableHookArgs"), "__repr__", unraisable_args_repr));
            c
        })
        .clone()
}

impl Vm {
    /// The hook sys holds under `name`, unless it is the default one (kept under `__name__`).
    fn replaced_hook(&mut self, name: &str) -> Result<Option<Value>, ()> {
        let Ok(Value::Module(sys)) = self.import_module("sys") else { return Ok(None) };
        let Some(hook) = sys.dict.get_str(&intern(name)) else { return Err(()) };
        match sys.dict.get_str(&intern(&format!("__{name}__"))) {
            Some(default) if default.is(&hook) => Ok(None),
            _ => Ok(Some(hook)),
        }
    }

    /// An exception the main program did not catch: through `sys.excepthook`.
    pub fn report_uncaught(&mut self, err: &PyErr) {
        let hook = match self.replaced_hook("excepthook") {
            Ok(Some(hook)) => hook,
            Ok(None) => return self.print_exception(err),
            Err(()) => {
                self.interp.stdio.flush_out();
                self.interp.stdio.write_err("sys.excepthook is missing\n");
                return self.print_exception(err);
            }
        };
        let value = err.value.clone();
        let args = [Value::Class(types().of(&value)), value.clone(), super::traceback_object::traceback_of(self, &value)];
        if let Err(failure) = self.call(&hook, &args, NO_KWARGS) {
            if failure.matches(crate::objects::ExcKind::SystemExit) {
                return;
            }
            self.interp.stdio.flush_out();
            let (first, second) = (self.format_exception(&failure), self.format_exception(err));
            self.interp.stdio.write_err(&format!("Error in sys.excepthook:\n{first}\nOriginal exception was:\n{second}"));
        }
    }

    /// An exception that cannot be raised (from `__del__`, a weakref callback...): through
    /// `sys.unraisablehook`, with `obj` as the object it happened in.
    pub fn report_unraisable(&mut self, obj: &Value, err: &PyErr) {
        let hook = match self.replaced_hook("unraisablehook") {
            Ok(Some(hook)) => hook,
            _ => {
                let args = self.unraisable_args(obj, err);
                let _ = sys_unraisablehook(self, &[args], NO_KWARGS);
                return;
            }
        };
        let args = self.unraisable_args(obj, err);
        if let Err(failure) = self.call(&hook, &[args], NO_KWARGS) {
            self.interp.stdio.flush_out();
            let what = self.repr(&hook).unwrap_or_default();
            let text = self.format_exception(&failure);
            self.interp.stdio.write_err(&format!("Exception ignored in sys.unraisablehook: {what}\n{text}"));
        }
    }

    fn unraisable_args(&mut self, obj: &Value, err: &PyErr) -> Value {
        let inst = Instance::with_dict(unraisable_args_class(), Payload::None);
        let value = err.value.clone();
        let tb = super::traceback_object::traceback_of(self, &value);
        let fields = [Value::Class(types().of(&value)), value, tb, Value::None, obj.clone()];
        for (name, v) in UNRAISABLE_FIELDS.iter().zip(fields) {
            let _ = inst.set_attr(&intern(name), v);
        }
        Value::Instance(inst)
    }
}
