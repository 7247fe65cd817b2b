//! `_pwdgrp`: the native side of pwd.py and grp.py — one account or group looked up by number
//! or name through the C library (so NSS sources count, as in CPython), given back as a plain
//! tuple (None when there is none) for the Python modules to wrap in their struct types.

use crate::builtins::args::check_args;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::unistd::{Gid, Group, Uid, User};

fn text(bytes: &[u8]) -> Value {
    Value::string(String::from_utf8_lossy(bytes).into_owned())
}

fn user_tuple(u: User) -> Value {
    use std::os::unix::ffi::OsStrExt;
    Value::tuple(vec![
        Value::string(u.name),
        text(u.passwd.as_bytes()),
        Value::Int(u.uid.as_raw() as i64),
        Value::Int(u.gid.as_raw() as i64),
        text(u.gecos.as_bytes()),
        text(u.dir.as_os_str().as_bytes()),
        text(u.shell.as_os_str().as_bytes()),
    ])
}

fn group_tuple(g: Group) -> Value {
    Value::tuple(vec![
        Value::string(g.name),
        text(g.passwd.as_bytes()),
        Value::Int(g.gid.as_raw() as i64),
        Value::list(g.mem.into_iter().map(Value::string).collect()),
    ])
}

/// The id argument, already range-checked by the Python side (0 to 2**32-1).
fn id_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let n = vm.index_value(v)?;
    u32::try_from(n).map_err(|_| PyErr::overflow("id out of range"))
}

fn name_arg(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) if s.as_str().contains('\0') => Err(PyErr::value_error("embedded null byte")),
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error("name must be str")),
    }
}

/// One lookup: the argument (an id or a name), the C library's answer off the GIL, a tuple
/// or None.
fn lookup<A, T>(
    vm: &mut Vm,
    a: &[Value],
    k: &KwArgs,
    fname: &str,
    arg: impl FnOnce(&mut Vm, &Value) -> PyResult<A>,
    find: impl FnOnce(A) -> nix::Result<Option<T>> + Send,
    tuple: fn(T) -> Value,
) -> PyResult<Value>
where
    A: Send,
    T: Send,
{
    check_args(fname, a, k, 1, 1)?;
    let key = arg(vm, &a[0])?;
    let found = vm.allow_threads(|| find(key));
    Ok(found.ok().flatten().map(tuple).unwrap_or(Value::None))
}

fn getpwuid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    lookup(vm, a, k, "getpwuid", id_arg, |uid| User::from_uid(Uid::from_raw(uid)), user_tuple)
}

fn getpwnam(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    lookup(vm, a, k, "getpwnam", |_, v| name_arg(v), |name: String| User::from_name(&name), user_tuple)
}

fn getgrgid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    lookup(vm, a, k, "getgrgid", id_arg, |gid| Group::from_gid(Gid::from_raw(gid)), group_tuple)
}

fn getgrnam(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    lookup(vm, a, k, "getgrnam", |_, v| name_arg(v), |name: String| Group::from_name(&name), group_tuple)
}

pub fn create() -> Value {
    let (m, _) = super::make_module("_pwdgrp", &[("getpwuid", getpwuid), ("getpwnam", getpwnam), ("getgrgid", getgrgid), ("getgrnam", getgrnam)]);
    m
}
