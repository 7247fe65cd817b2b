//! `_bz2`: bzip2 streams for bz2.py, on the bzip2 crate (its default backend, libbz2-rs-sys,
//! is a Rust port of libbzip2 1.0.8, so the compressed bytes equal CPython's). Streams are
//! opaque handles; bz2.py owns the classes, their eof/unused_data/needs_input bookkeeping,
//! and the files. Work on data runs with the interpreter lock released.

use crate::builtins::args::check_args;
use crate::modules::stream_handle::{data, handle, int, limit, new_handle, stream_class};
use crate::objects::class::Class;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::unmade::Unmade;
use crate::objects::{Arc, ExcKind, PyResult, Value};
use crate::vm::Vm;
use bzip2::{Action, Compress, Compression, Decompress, Status};
use std::sync::OnceLock;

enum Stream {
    Compress(Compress),
    Decompress(Decompress),
}

const MODULE: &str = "_bz2";

fn handle_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| stream_class(MODULE))
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Arc::new(v))
}

/// compressor(level) -> a compress stream (level already checked by bz2.py).
fn compressor(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("compressor", a, k, 1, 1)?;
    let level = int(&a[0])?.clamp(1, 9) as u32;
    Ok(new_handle(handle_class(), Stream::Compress(Compress::new(Compression::new(level), 30))))
}

/// Feeds `input` to the compressor with `action`, collecting everything it gives.
fn run_compress(c: &mut Compress, input: &[u8], action: Action) -> Result<Vec<u8>, Unmade> {
    let mut out = Vec::with_capacity(input.len() / 4 + 64);
    let start = c.total_in();
    loop {
        if out.capacity() - out.len() < 4096 {
            out.reserve(out.capacity().max(8192));
        }
        let taken = (c.total_in() - start) as usize;
        let status = c.compress_vec(&input[taken..], &mut out, action).map_err(|e| Unmade::new(ExcKind::OSError, e.to_string()))?;
        let done_in = (c.total_in() - start) as usize == input.len();
        match (action, status) {
            (Action::Finish, Status::StreamEnd) => return Ok(out),
            (Action::Finish, _) => {}
            (_, _) if done_in && out.len() < out.capacity() => return Ok(out),
            _ => {}
        }
    }
}

/// compress(stream, data, finish) -> the bytes produced (finish: end the stream).
fn compress(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("compress", a, k, 3, 3)?;
    let h = handle::<Stream>(&a[0], MODULE)?;
    let input = data(&a[1])?;
    let action = if matches!(a[2], Value::Bool(true)) { Action::Finish } else { Action::Run };
    let out = vm.allow_threads(|| match &mut *h.lock() {
        Stream::Compress(c) => run_compress(c, &input, action),
        Stream::Decompress(_) => Err(Unmade::new(ExcKind::TypeError, "not a compress stream")),
    })?;
    Ok(bytes(out))
}

/// decompressor() -> a decompress stream.
fn decompressor(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("decompressor", a, k, 0, 0)?;
    Ok(new_handle(handle_class(), Stream::Decompress(Decompress::new(false))))
}

/// What one decompress call did.
struct Step {
    out: Vec<u8>,
    consumed: usize,
    eof: bool,
}

fn run_decompress(d: &mut Decompress, input: &[u8], limit: Option<usize>) -> Result<Step, Unmade> {
    let mut out = Vec::new();
    let start = d.total_in();
    loop {
        let room = match limit {
            Some(l) => (l - out.len()).min(64 * 1024),
            None => 64 * 1024,
        };
        if room == 0 {
            return Ok(Step { out, consumed: (d.total_in() - start) as usize, eof: false });
        }
        out.reserve(room);
        let before_out = d.total_out();
        let taken = (d.total_in() - start) as usize;
        let mut chunk = Vec::with_capacity(room);
        let status = d.decompress_vec(&input[taken..], &mut chunk).map_err(|_| Unmade::new(ExcKind::OSError, "Invalid data stream"))?;
        out.extend_from_slice(&chunk);
        let consumed = (d.total_in() - start) as usize;
        if let Status::StreamEnd = status {
            return Ok(Step { out, consumed, eof: true });
        }
        let produced = d.total_out() - before_out;
        if produced == 0 && consumed == input.len() {
            return Ok(Step { out, consumed, eof: false });
        }
        if produced == 0 && consumed == taken {
            return Ok(Step { out, consumed, eof: false });
        }
    }
}

/// decompress(stream, data, max_length) -> (output, bytes of data consumed, end of stream).
fn decompress(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("decompress", a, k, 3, 3)?;
    let h = handle::<Stream>(&a[0], MODULE)?;
    let input = data(&a[1])?;
    let limit = limit(&a[2])?;
    let step = vm.allow_threads(|| match &mut *h.lock() {
        Stream::Decompress(d) => run_decompress(d, &input, limit),
        Stream::Compress(_) => Err(Unmade::new(ExcKind::TypeError, "not a decompress stream")),
    })?;
    Ok(Value::tuple(vec![bytes(step.out), Value::Int(step.consumed as i64), Value::Bool(step.eof)]))
}

pub fn create() -> Value {
    let (m, d) = super::make_module(MODULE, &[("compressor", compressor), ("compress", compress), ("decompressor", decompressor), ("decompress", decompress)]);
    d.set_str(intern("Stream"), Value::Class(handle_class().clone()));
    m
}
