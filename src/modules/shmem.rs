//! `_posixshmem`: named POSIX shared memory for multiprocessing.shared_memory. A block is a file
//! under /dev/shm (what shm_open(3) makes on Linux), mapped through `unsafe_os::SharedBytes`; the
//! block object is a buffer exporter (`builtins::buffer`), so `memoryview(block)` reads and writes
//! the shared bytes in place. This file opens, maps, closes and unlinks; it never touches the
//! memory itself.

use crate::builtins::args::{arg_str, check_args};
use crate::builtins::file::os_error;
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::SharedBytes;
use crate::vm::Vm;
use parking_lot::Mutex;
use std::os::unix::fs::OpenOptionsExt;
use std::sync::OnceLock;

/// Where Linux keeps POSIX shared memory objects.
const SHM_DIR: &str = "/dev/shm";

/// An open block: the mapping until `close()`.
pub struct SharedBlock {
    bytes: Mutex<Option<SharedBytes>>,
    size: usize,
}

impl SharedBlock {
    /// Runs `f` over the shared bytes (no bytes once closed).
    pub fn with<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        match &*self.bytes.lock() {
            Some(b) => b.with(f),
            None => f(&mut []),
        }
    }
}

impl crate::objects::native::NativeData for SharedBlock {}

/// The block inside `v`, if `v` is one.
pub fn block_of(v: &Value) -> Option<&SharedBlock> {
    match v {
        Value::Instance(i) => i.native::<SharedBlock>(),
        _ => None,
    }
}

/// The file of a shared memory name ("/psm_1a2b" lives at /dev/shm/psm_1a2b).
fn path_of(name: &str) -> String {
    format!("{SHM_DIR}/{}", name.trim_start_matches('/'))
}

/// `open_block(name, create, size)`: creates (exclusively, `size` bytes) or attaches to the block
/// called `name`, and maps it. Errors are CPython's: FileExistsError, FileNotFoundError, naming `name`.
fn open_block(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("open_block", a, k, 3, 3)?;
    let name = arg_str(&a[0], "open_block")?.to_string();
    let create = vm.truthy(&a[1])?;
    let size = vm.index_value(&a[2])?;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true).write(true).mode(0o600);
    if create {
        opts.create_new(true);
    }
    let file = opts.open(path_of(&name)).map_err(|e| os_error(&e, &name))?;
    let size = if create {
        file.set_len(size.max(0) as u64).map_err(|e| os_error(&e, &name))?;
        size.max(0) as usize
    } else {
        file.metadata().map_err(|e| os_error(&e, &name))?.len() as usize
    };
    if size == 0 {
        return Err(PyErr::value_error("cannot mmap an empty file"));
    }
    let bytes = SharedBytes::map(file, size).map_err(|e| os_error(&std::io::Error::from_raw_os_error(e as i32), &name))?;
    let block = SharedBlock { bytes: Mutex::new(Some(bytes)), size };
    Ok(Value::Instance(Instance::new(block_class().clone(), Payload::Native(Box::new(block)))))
}

/// `shm_unlink(name)`: removes the name (mappings stay valid until closed).
fn shm_unlink(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("shm_unlink", a, k, 1, 1)?;
    let name = arg_str(&a[0], "shm_unlink")?;
    std::fs::remove_file(path_of(name)).map_err(|e| os_error(&e, name))?;
    Ok(Value::None)
}

fn this_block(v: &Value) -> PyResult<&SharedBlock> {
    block_of(v).ok_or_else(|| PyErr::type_error("expected a shared memory block"))
}

fn block_close(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    this_block(&a[0])?.bytes.lock().take();
    Ok(Value::None)
}

fn block_size(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this_block(&a[0])?.size as i64))
}

fn block_closed(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this_block(&a[0])?.bytes.lock().is_none()))
}

fn block_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        NativeClass::new("_posixshmem", "SharedBlock").methods(&[("close", block_close), ("size", block_size), ("closed", block_closed)]).module_attr().build()
    })
}

pub fn create() -> Value {
    let (m, _) = super::make_module("_posixshmem", &[("open_block", open_block), ("shm_unlink", shm_unlink)]);
    m
}
