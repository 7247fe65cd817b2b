//! `_io`: the native half of the io module: `UnsupportedOperation`, the class files raise for an
//! operation their mode lacks, the abstract bases and the classes of the file objects
//! (builtins/file/classes.rs); io.py builds the public ABCs on them and gives the file classes
//! their implementation for streams over Python objects (`_set_implementation`).

use super::make_module;
use crate::objects::ExcKind;
use crate::objects::Value;
use crate::objects::function::Builtin;
use crate::objects::str::intern;
use crate::objects::types::types;

pub fn create() -> Value {
    let (module, d) = make_module("_io", &[]);
    d.set_str(intern("UnsupportedOperation"), Value::Class(types().exc(ExcKind::UnsupportedOperation)));
    for (name, class) in crate::builtins::file::exported_classes() {
        d.set_str(intern(name), Value::Class(class));
    }
    d.set_str(intern("_set_implementation"), Builtin::new("_set_implementation", crate::builtins::file::set_implementation));
    module
}
