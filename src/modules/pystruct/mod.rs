//! `_struct`: pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, the `Struct` class and
//! `error`, natively as CPython's C module (the `struct` module re-exports it). Formats are parsed
//! by format.rs, single values packed and read by codec.rs; this file only checks arguments and
//! moves bytes. Writable buffers are bytearray, array.array and writable memoryviews.

pub mod codec;
pub mod format;

use crate::builtins::args::kwarg;
use crate::builtins::native_class::NativeClass;
use crate::modules::convert::{buffer_bytes, type_name};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::exceptions::new_exception;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::iter::{IterState, PyIter};
use crate::objects::iter_kind::IterKind;
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use format::{Code, Layout};
use std::sync::OnceLock;

/// `struct.error`.
pub fn error_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class_in("struct", "error", vec![types().exc(ExcKind::Exception)], Kind::Exception);
        c.dict.set_str(crate::name!("__module__").clone(), Value::str("struct"));
        c
    })
}

pub fn struct_error(msg: impl Into<String>) -> PyErr {
    PyErr::from_value(new_exception(error_class().clone(), vec![Value::string(msg.into())]))
}

/// A compiled format: what a `Struct` holds.
pub struct Compiled {
    format: String,
    layout: Layout,
}

fn compile(fmt: &Value) -> PyResult<Compiled> {
    let text = match fmt {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", type_name(other))));
        }
    };
    let layout = format::parse(text.as_bytes()).map_err(|e| struct_error(e.message()))?;
    Ok(Compiled { format: text, layout })
}

impl Compiled {
    fn pack(&self, vm: &mut Vm, values: &[Value], out: &mut [u8]) -> PyResult<()> {
        let mode = self.layout.mode;
        let mut it = values.iter();
        for f in &self.layout.fields {
            match f.code {
                Code::Str | Code::PStr => {
                    let v = it.next().expect("count checked");
                    codec::pack_one(vm, f.code, mode, v, &mut out[f.offset..f.offset + f.len])?;
                }
                _ => {
                    for k in 0..f.repeat {
                        let v = it.next().expect("count checked");
                        let at = f.offset + k * f.len;
                        codec::pack_one(vm, f.code, mode, v, &mut out[at..at + f.len])?;
                    }
                }
            }
        }
        Ok(())
    }

    fn check_count(&self, what: &str, got: usize) -> PyResult<()> {
        let want = self.layout.count();
        if want != got {
            return Err(struct_error(format!("{what} expected {want} items for packing (got {got})")));
        }
        Ok(())
    }

    fn pack_bytes(&self, vm: &mut Vm, values: &[Value]) -> PyResult<Value> {
        self.check_count("pack", values.len())?;
        let mut out = crate::modules::convert::zeroed(self.layout.size)?;
        self.pack(vm, values, &mut out)?;
        Ok(Value::Bytes(Arc::new(out)))
    }

    /// The values of one record at the start of `data` (at least `size` bytes long).
    fn unpack(&self, data: &[u8]) -> Value {
        let mode = self.layout.mode;
        let mut out = Vec::with_capacity(self.layout.count());
        for f in &self.layout.fields {
            for k in 0..f.repeat {
                let at = f.offset + k * f.len;
                out.push(codec::unpack_one(f.code, mode, &data[at..at + f.len]));
            }
        }
        Value::tuple(out)
    }

    fn unpack_exact(&self, buf: &Value) -> PyResult<Value> {
        let data = read_buffer(buf)?;
        if data.len() != self.layout.size {
            return Err(struct_error(format!("unpack requires a buffer of {} bytes", self.layout.size)));
        }
        Ok(self.unpack(&data))
    }

    fn unpack_from(&self, vm: &mut Vm, buf: &Value, offset: Option<&Value>) -> PyResult<Value> {
        let data = read_buffer(buf)?;
        let size = self.layout.size;
        let off = match offset {
            Some(v) => vm.index_value(v)?,
            None => 0,
        };
        let len = data.len() as i64;
        let start = if off < 0 {
            if off + len < 0 {
                return Err(struct_error(format!("offset {off} out of range for {len}-byte buffer")));
            }
            if off + (size as i64) > 0 {
                return Err(struct_error(format!("not enough data to unpack {size} bytes at offset {off}")));
            }
            off + len
        } else {
            off
        };
        if len - start < size as i64 {
            return Err(struct_error(format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
                size as i64 + off
            )));
        }
        Ok(self.unpack(&data[start as usize..]))
    }

    fn iter_unpack(&self, buf: &Value) -> PyResult<Value> {
        let data = read_buffer(buf)?;
        let size = self.layout.size;
        if size == 0 {
            return Err(struct_error("cannot iteratively unpack with a struct of length 0"));
        }
        if data.len() % size != 0 {
            return Err(struct_error(format!("iterative unpacking requires a buffer of a multiple of {size} bytes")));
        }
        let records: Vec<Value> = data.chunks(size).map(|c| self.unpack(c)).collect();
        Ok(PyIter::new(IterKind::UnpackIterator, IterState::Seq { seq: Value::tuple(records), index: 0 }))
    }

    fn pack_into(&self, vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Value> {
        let count = self.layout.count();
        if args.is_empty() {
            return Err(struct_error(format!("{what} expected buffer argument")));
        }
        if args.len() < 2 {
            return Err(struct_error(format!("{what} expected offset argument")));
        }
        let got = args.len() - 2;
        if got != count {
            return Err(struct_error(format!("{what} expected {count} items for packing (got {got})")));
        }
        let buf = &args[0];
        let Some(len) = crate::builtins::buffer::writable_len(buf) else {
            return Err(PyErr::type_error(format!("argument must be read-write bytes-like object, not {}", type_name(buf))));
        };
        let off = vm.index_value(&args[1])?;
        let size = self.layout.size as i64;
        let len = len as i64;
        let start = if off < 0 {
            if off + size > 0 {
                return Err(struct_error(format!("no space to pack {size} bytes at offset {off}")));
            }
            if off + len < 0 {
                return Err(struct_error(format!("offset {off} out of range for {len}-byte buffer")));
            }
            off + len
        } else {
            off
        };
        if len - start < size {
            return Err(struct_error(format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
                size + off
            )));
        }
        let mut out = crate::modules::convert::zeroed(size as usize)?;
        self.pack(vm, &args[2..], &mut out)?;
        crate::builtins::buffer::write_into(buf, start as usize, &out);
        Ok(Value::None)
    }
}

fn read_buffer(v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

fn fmt_arg<'a>(name: &str, a: &'a [Value]) -> PyResult<&'a Value> {
    a.first().ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument 'format' (pos 1)")))
}

fn no_kwargs(name: &str, k: &KwArgs) -> PyResult<()> {
    match k.first() {
        Some(_) => Err(PyErr::type_error(format!("{name}() takes no keyword arguments"))),
        None => Ok(()),
    }
}

fn exactly(name: &str, a: &[Value], n: usize) -> PyResult<()> {
    if a.len() != n {
        return Err(PyErr::type_error(format!("{name} expected {n} arguments, got {}", a.len())));
    }
    Ok(())
}

fn pack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("pack", k)?;
    if a.is_empty() {
        return Err(PyErr::type_error("pack expected at least 1 argument, got 0"));
    }
    compile(&a[0])?.pack_bytes(vm, &a[1..])
}

fn unpack(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("unpack", k)?;
    exactly("unpack", a, 2)?;
    compile(&a[0])?.unpack_exact(&a[1])
}

fn calcsize(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("calcsize", k)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("calcsize() takes exactly one argument ({} given)", a.len())));
    }
    Ok(Value::Int(compile(&a[0])?.layout.size as i64))
}

fn iter_unpack(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("iter_unpack", k)?;
    exactly("iter_unpack", a, 2)?;
    compile(&a[0])?.iter_unpack(&a[1])
}

/// The buffer and offset of unpack_from, by position or keyword.
fn from_args<'a>(name: &str, a: &'a [Value], k: &'a KwArgs, skip: usize) -> PyResult<(&'a Value, Option<&'a Value>)> {
    crate::builtins::args::only_kwargs(name, k, &["buffer", "offset"])?;
    let rest = &a[skip..];
    if rest.len() > 2 {
        return Err(PyErr::type_error(format!("{name}() takes at most {} arguments ({} given)", 2 + skip, a.len())));
    }
    let buf = rest.first().or_else(|| kwarg(k, "buffer"));
    let buf = buf.ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument 'buffer' (pos {})", 1 + skip)))?;
    Ok((buf, rest.get(1).or_else(|| kwarg(k, "offset"))))
}

fn unpack_from(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fmt = fmt_arg("unpack_from", a)?;
    let (buf, off) = from_args("unpack_from", a, k, 1)?;
    compile(fmt)?.unpack_from(vm, buf, off)
}

fn pack_into(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("pack_into", k)?;
    if a.is_empty() {
        return Err(PyErr::type_error("pack_into expected at least 1 argument, got 0"));
    }
    compile(&a[0])?.pack_into(vm, &a[1..], "pack_into")
}

fn clearcache(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

// ---- the Struct class ----

fn this(a: &[Value]) -> PyResult<&Compiled> {
    if let Some(Value::Instance(i)) = a.first()
        && let Payload::Native(n) = &i.payload
        && let Some(c) = n.downcast_ref::<Compiled>()
    {
        return Ok(c);
    }
    Err(PyErr::type_error("descriptor requires a '_struct.Struct' object"))
}

fn struct_new(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::only_kwargs("Struct", k, &["format"])?;
    let fmt = a.get(1).or_else(|| kwarg(k, "format"));
    let fmt = fmt.ok_or_else(|| PyErr::type_error("Struct() missing required argument 'format' (pos 1)"))?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("Struct() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    let cls = match &a[0] {
        Value::Class(c) => c.clone(),
        _ => struct_class().clone(),
    };
    Ok(Value::Instance(Instance::new(cls, Payload::Native(Box::new(compile(fmt)?)))))
}

fn s_pack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("pack", k)?;
    this(a)?.pack_bytes(vm, &a[1..])
}

fn s_unpack(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("unpack", k)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("unpack() takes exactly one argument ({} given)", a.len() - 1)));
    }
    this(a)?.unpack_exact(&a[1])
}

fn s_unpack_from(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let (buf, off) = from_args("unpack_from", a, k, 1)?;
    this(a)?.unpack_from(vm, buf, off)
}

fn s_iter_unpack(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("iter_unpack", k)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("iter_unpack() takes exactly one argument ({} given)", a.len() - 1)));
    }
    this(a)?.iter_unpack(&a[1])
}

fn s_pack_into(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    no_kwargs("pack_into", k)?;
    this(a)?.pack_into(vm, &a[1..], "pack_into")
}

fn s_format(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&this(a)?.format))
}

fn s_size(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.layout.size as i64))
}

const METHODS: &[(&str, NativeFn)] =
    &[("pack", s_pack), ("unpack", s_unpack), ("unpack_from", s_unpack_from), ("iter_unpack", s_iter_unpack), ("pack_into", s_pack_into)];

pub fn struct_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        NativeClass::new("_struct", "Struct").methods(METHODS).constructor(struct_new).properties(&[("format", s_format), ("size", s_size)]).build()
    })
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "_struct",
        &[
            ("pack", pack),
            ("unpack", unpack),
            ("calcsize", calcsize),
            ("iter_unpack", iter_unpack),
            ("unpack_from", unpack_from),
            ("pack_into", pack_into),
            ("_clearcache", clearcache),
        ],
    );
    d.set_str(intern("Struct"), Value::Class(struct_class().clone()));
    d.set_str(intern("error"), Value::Class(error_class().clone()));
    m
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Compiled {}
