//! `os.rename`, `os.replace`, `os.stat` and `os.lstat` (with their `os.stat_result`): what file rotation in
//! logging.handlers needs. Each releases the GIL while the OS works.

use crate::builtins::args::{arg_str, check_args};
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::os::unix::fs::MetadataExt;
use std::sync::OnceLock;

fn move_file(vm: &mut Vm, name: &str, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args(name, a, k, 2, 2)?;
    let from = arg_str(&a[0], name)?.to_string();
    let to = arg_str(&a[1], name)?.to_string();
    vm.allow_threads(|| std::fs::rename(&from, &to)).map_err(|e| crate::builtins::file::os_error2(&e, &from, &to))?;
    Ok(Value::None)
}

/// os.rename(src, dst): on POSIX, replaces an existing file `dst`, as CPython's.
pub fn rename(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    move_file(vm, "rename", a, k)
}

pub fn replace(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    move_file(vm, "replace", a, k)
}

/// The fields of a stat_result, in the order of its tuple form.
struct StatResult {
    mode: i64,
    ino: i64,
    dev: i64,
    nlink: i64,
    uid: i64,
    gid: i64,
    size: i64,
    atime: f64,
    mtime: f64,
    ctime: f64,
}

impl StatResult {
    fn item(&self, i: i64) -> Option<Value> {
        Some(match i {
            0 => Value::Int(self.mode),
            1 => Value::Int(self.ino),
            2 => Value::Int(self.dev),
            3 => Value::Int(self.nlink),
            4 => Value::Int(self.uid),
            5 => Value::Int(self.gid),
            6 => Value::Int(self.size),
            // The tuple form holds whole seconds, as CPython's.
            7 => Value::Int(self.atime.floor() as i64),
            8 => Value::Int(self.mtime.floor() as i64),
            9 => Value::Int(self.ctime.floor() as i64),
            _ => return None,
        })
    }
}

fn this(a: &[Value]) -> PyResult<&StatResult> {
    match a.first() {
        Some(Value::Instance(i)) => i.native::<StatResult>().ok_or_else(|| PyErr::type_error("descriptor requires a 'os.stat_result' object")),
        _ => Err(PyErr::type_error("descriptor requires a 'os.stat_result' object")),
    }
}

macro_rules! field {
    ($name:ident, $ctor:ident) => {
        fn $name(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
            Ok(Value::$ctor(this(a)?.$name))
        }
    };
}
field!(mode, Int);
field!(ino, Int);
field!(dev, Int);
field!(nlink, Int);
field!(uid, Int);
field!(gid, Int);
field!(size, Int);
field!(atime, Float);
field!(mtime, Float);
field!(ctime, Float);

fn getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let i = vm.index_value(a.get(1).unwrap_or(&Value::None))?;
    let i = if i < 0 { i + 10 } else { i };
    s.item(i).ok_or_else(|| PyErr::new(ExcKind::IndexError, "tuple index out of range"))
}

fn len(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(Value::Int(10))
}

fn repr(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let t = |f: f64| f.floor() as i64;
    Ok(Value::string(format!(
        "os.stat_result(st_mode={}, st_ino={}, st_dev={}, st_nlink={}, st_uid={}, st_gid={}, st_size={}, st_atime={}, st_mtime={}, st_ctime={})",
        s.mode,
        s.ino,
        s.dev,
        s.nlink,
        s.uid,
        s.gid,
        s.size,
        t(s.atime),
        t(s.mtime),
        t(s.ctime)
    )))
}

fn stat_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let props: &[(&'static str, NativeFn)] = &[
            ("st_mode", mode),
            ("st_ino", ino),
            ("st_dev", dev),
            ("st_nlink", nlink),
            ("st_uid", uid),
            ("st_gid", gid),
            ("st_size", size),
            ("st_atime", atime),
            ("st_mtime", mtime),
            ("st_ctime", ctime),
        ];
        let methods: &[(&'static str, NativeFn)] = &[("__getitem__", getitem), ("__len__", len), ("__repr__", repr)];
        NativeClass::new("os", "stat_result").properties(props).methods(methods).build()
    })
}

/// os.stat(path): follows symbolic links, as CPython's default.
pub fn stat(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("stat", a, k, 1, 1)?;
    let path = arg_str(&a[0], "stat")?.to_string();
    stat_path(vm, &path, true)
}

/// The stat_result of `path`, following a final symbolic link when `follow` (stat) or not (lstat).
pub fn stat_path(vm: &mut Vm, path: &str, follow: bool) -> PyResult<Value> {
    let m = vm
        .allow_threads(|| if follow { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) })
        .map_err(|e| crate::builtins::file::os_error(&e, path))?;
    Ok(stat_value(&m))
}

/// The os.stat_result of what the OS said of a file.
pub fn stat_value(m: &std::fs::Metadata) -> Value {
    let secs = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let r = StatResult {
        mode: m.mode() as i64,
        ino: m.ino() as i64,
        dev: m.dev() as i64,
        nlink: m.nlink() as i64,
        uid: m.uid() as i64,
        gid: m.gid() as i64,
        size: m.size() as i64,
        atime: secs(m.atime(), m.atime_nsec()),
        mtime: secs(m.mtime(), m.mtime_nsec()),
        ctime: secs(m.ctime(), m.ctime_nsec()),
    };
    Value::Instance(Instance::new(stat_class().clone(), Payload::Native(Box::new(r))))
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for StatResult {}
