//! bytes: the constructor and the method table. The methods themselves are shared with bytearray
//! (binary_methods.rs); the operators are the VM's (vm/ops.rs).

use super::binary_args::BinKind;
use super::binary_methods::{self, BYTES_ONLY, SHARED};
use super::bytearray::{ctor_args, source_bytes};
use crate::objects::Arc;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn bytes_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let [src, enc, err] = ctor_args("bytes", a, k)?;
    // An object that says what bytes it is.
    if let (Some(v @ Value::Instance(_)), None, None) = (&src, &enc, &err)
        && super::buffer::view_of(v).is_none()
        && vm.has_attr(v, "__bytes__")?
    {
        let r = vm.call_method(v, "__bytes__", &[])?;
        return match r {
            Value::Bytes(_) => Ok(r),
            other => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", types().of(&other).name))),
        };
    }
    Ok(Value::Bytes(Arc::new(source_bytes(vm, BinKind::Bytes, src.as_ref(), enc.as_ref(), err.as_ref())?)))
}

fn fromhex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    binary_methods::fromhex_for(vm, BinKind::Bytes, a, k)
}

pub fn install() {
    let d = &types().bytes.dict;
    d.set_str(crate::name!("__new__").clone(), Builtin::method(Owner::Bytes, "__new__", bytes_new));
    for (n, f) in SHARED.iter().chain(BYTES_ONLY) {
        d.set_str(intern(n), Builtin::method(Owner::Bytes, n, *f));
    }
    d.set_str(crate::name!("fromhex").clone(), super::str::class_method(Builtin::method(Owner::Bytes, "fromhex", fromhex)));
    d.set_str(intern("maketrans"), super::str::static_method(Builtin::method(Owner::Bytes, "maketrans", binary_methods::maketrans)));
}
