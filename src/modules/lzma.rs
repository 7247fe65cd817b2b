//! `_lzma`: xz/lzma streams for lzma.py, on liblzma itself (the liblzma crate, built from
//! its bundled xz sources, so the compressed bytes equal CPython's). Streams are opaque
//! handles; lzma.py owns argument checks, filter-chain specs (it hands this module plain
//! tuples), the classes with their eof/unused_data/needs_input/check bookkeeping, and the
//! files. The `LZMAError` class lives here. Work on data runs with the interpreter lock released.

use crate::builtins::args::check_args;
use crate::modules::stream_handle::{data, error_class as error_class_in, handle, int, limit, new_handle, raise_in, stream_class};
use crate::objects::class::Class;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{Arc, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use liblzma::stream::{Action, Check, Error as LzErr, Filters, LzmaOptions, MatchFinder, Mode, Status, Stream};
use std::sync::OnceLock;

/// The container formats, numbered as lzma.py's FORMAT_* constants.
#[derive(Clone, Copy)]
enum Format {
    Auto,
    Xz,
    Alone,
    Raw,
}

impl Format {
    fn from_code(code: i64) -> PyResult<Format> {
        Ok(match code {
            0 => Format::Auto,
            1 => Format::Xz,
            2 => Format::Alone,
            3 => Format::Raw,
            _ => return Err(PyErr::value_error(format!("Invalid container format: {code}"))),
        })
    }
}

const MODULE: &str = "_lzma";

fn handle_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| stream_class(MODULE))
}

/// `lzma.LZMAError`.
fn error_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| error_class_in(MODULE, "LZMAError"))
}

fn lzma_error(msg: &str) -> PyErr {
    raise_in(error_class(), msg)
}

/// CPython's wording of each liblzma failure.
fn failure(e: LzErr) -> PyErr {
    match e {
        LzErr::Data => lzma_error("Corrupt input data"),
        LzErr::Options => lzma_error("Invalid or unsupported options"),
        LzErr::Format => lzma_error("Input format not supported by decoder"),
        LzErr::MemLimit => lzma_error("Memory usage limit exceeded"),
        LzErr::Mem => PyErr::new(ExcKind::MemoryError, ""),
        LzErr::Program => lzma_error("Internal error"),
        LzErr::NoCheck => lzma_error("Unsupported integrity check"),
        LzErr::UnsupportedCheck => lzma_error("Unsupported integrity check"),
    }
}

fn u32_of(v: &Value) -> PyResult<u32> {
    u32::try_from(int(v)?).map_err(|_| PyErr::overflow("Value too large for uint32_t type"))
}

fn items(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.items.lock().clone(),
        _ => Vec::new(),
    }
}

fn check_of(code: i64) -> PyResult<Check> {
    Ok(match code {
        0 => Check::None,
        1 => Check::Crc32,
        4 => Check::Crc64,
        10 => Check::Sha256,
        _ => return Err(lzma_error("Unsupported integrity check")),
    })
}

const FILTER_LZMA1: i64 = 0x4000000000000001;
const FILTER_LZMA2: i64 = 0x21;
const FILTER_DELTA: i64 = 0x03;

/// LZMA options from lzma.py's tuple (preset, dict_size, lc, lp, pb, mode, nice_len, mf, depth),
/// each None when not given.
fn lzma_options(spec: &[Value]) -> PyResult<LzmaOptions> {
    let get = |i: usize| spec.get(i).filter(|v| !matches!(v, Value::None));
    let preset = match get(0) {
        Some(p) => u32_of(p)?,
        None => 6,
    };
    let mut o = LzmaOptions::new_preset(preset).map_err(|_| lzma_error(&format!("Invalid compression preset: {preset}")))?;
    if let Some(v) = get(1) {
        o.dict_size(u32_of(v)?);
    }
    if let Some(v) = get(2) {
        o.literal_context_bits(u32_of(v)?);
    }
    if let Some(v) = get(3) {
        o.literal_position_bits(u32_of(v)?);
    }
    if let Some(v) = get(4) {
        o.position_bits(u32_of(v)?);
    }
    if let Some(v) = get(5) {
        o.mode(if int(v)? == 1 { Mode::Fast } else { Mode::Normal });
    }
    if let Some(v) = get(6) {
        o.nice_len(u32_of(v)?);
    }
    if let Some(v) = get(7) {
        o.match_finder(match int(v)? {
            0x03 => MatchFinder::HashChain3,
            0x04 => MatchFinder::HashChain4,
            0x12 => MatchFinder::BinaryTree2,
            0x13 => MatchFinder::BinaryTree3,
            _ => MatchFinder::BinaryTree4,
        });
    }
    if let Some(v) = get(8) {
        o.depth(u32_of(v)?);
    }
    Ok(o)
}

/// A filter chain from lzma.py's list of (id, options...) tuples.
fn filters(spec: &Value) -> PyResult<Filters> {
    let mut f = Filters::new();
    for entry in items(spec) {
        let parts = items(&entry);
        let id = parts.first().map(int).transpose()?.unwrap_or(-1);
        let rest = parts.get(1..).unwrap_or(&[]);
        let opt = |i: usize| rest.get(i).filter(|v| !matches!(v, Value::None));
        let bad = |_| lzma_error("Invalid or unsupported options");
        match id {
            FILTER_LZMA1 => {
                f.lzma1(&lzma_options(rest)?);
            }
            FILTER_LZMA2 => {
                f.lzma2(&lzma_options(rest)?);
            }
            FILTER_DELTA => {
                let dist = match opt(0) {
                    Some(v) => u32_of(v)?,
                    None => 1,
                };
                if !(1..=256).contains(&dist) {
                    return Err(lzma_error("Invalid or unsupported options"));
                }
                f.delta_properties(&[(dist - 1) as u8]).map_err(bad)?;
            }
            4..=0x0B => {
                let start = match opt(0) {
                    Some(v) => u32_of(v)?,
                    None => 0,
                };
                let props = start.to_le_bytes();
                let props: &[u8] = if start == 0 { &[] } else { &props };
                match id {
                    4 => f.x86_properties(props),
                    5 => f.powerpc_properties(props),
                    6 => f.ia64_properties(props),
                    7 => f.arm_properties(props),
                    8 => f.arm_thumb_properties(props),
                    0x0A => f.arm64_properties(props),
                    0x0B => f.riscv_properties(props),
                    _ => f.sparc_properties(props),
                }
                .map_err(bad)?;
            }
            other => return Err(PyErr::value_error(format!("Invalid filter ID: {other}"))),
        }
    }
    Ok(f)
}

/// compressor(format, check, preset, filters) -> a compress stream.
fn compressor(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("compressor", a, k, 4, 4)?;
    let format = Format::from_code(int(&a[0])?)?;
    let check = int(&a[1])?;
    let preset = match &a[2] {
        Value::None => 6,
        v => u32_of(v)?,
    };
    let has_filters = !matches!(a[3], Value::None);
    let stream = match format {
        Format::Xz => {
            let check = check_of(if check == -1 { 4 } else { check })?;
            if has_filters { Stream::new_stream_encoder(&filters(&a[3])?, check) } else { Stream::new_easy_encoder(preset, check) }
        }
        Format::Alone => {
            if check != -1 && check != 0 {
                return Err(PyErr::value_error("Integrity checks are only supported by FORMAT_XZ"));
            }
            let opts = if has_filters {
                let chain = items(&a[3]);
                if chain.len() != 1 {
                    return Err(PyErr::value_error("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter"));
                }
                let parts = items(&chain[0]);
                if parts.first().map(int).transpose()? != Some(FILTER_LZMA1) {
                    return Err(PyErr::value_error("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter"));
                }
                lzma_options(&parts[1..])?
            } else {
                LzmaOptions::new_preset(preset).map_err(|_| lzma_error(&format!("Invalid compression preset: {preset}")))?
            };
            Stream::new_lzma_encoder(&opts)
        }
        Format::Raw => {
            if check != -1 && check != 0 {
                return Err(PyErr::value_error("Integrity checks are only supported by FORMAT_XZ"));
            }
            if !has_filters {
                return Err(PyErr::value_error("Must specify filters for FORMAT_RAW"));
            }
            Stream::new_raw_encoder(&filters(&a[3])?)
        }
        Format::Auto => return Err(PyErr::value_error("Invalid container format: 0")),
    };
    stream.map(|s| new_handle(handle_class(), s)).map_err(failure)
}

/// Runs the stream over `input` with `action` until the input is used and no more comes out
/// (or, for Finish, until the stream ends); `limit` caps the output (decompressing): liblzma
/// writes into a slice of exactly the room left, so it never gives more than `limit` bytes.
/// Runs with the GIL released: its failure is the liblzma error, made into an exception after.
fn run(s: &mut Stream, input: &[u8], action: Action, limit: Option<usize>) -> Result<(Vec<u8>, usize, bool), LzErr> {
    const CHUNK: usize = 64 * 1024;
    let mut out: Vec<u8> = Vec::new();
    let mut buf = vec![0u8; CHUNK];
    let start = s.total_in();
    loop {
        let room = limit.map_or(CHUNK, |l| (l - out.len()).min(CHUNK));
        let consumed = (s.total_in() - start) as usize;
        if room == 0 {
            return Ok((out, consumed, false));
        }
        let before = s.total_out();
        let status = s.process(&input[consumed..], &mut buf[..room], action)?;
        let produced = (s.total_out() - before) as usize;
        out.extend_from_slice(&buf[..produced]);
        let now = (s.total_in() - start) as usize;
        if status == Status::StreamEnd {
            return Ok((out, now, true));
        }
        let stalled = produced == 0 && now == consumed;
        let filled = produced == room;
        if stalled || (now == input.len() && !filled && !matches!(action, Action::Finish)) {
            return Ok((out, now, false));
        }
    }
}

/// compress(stream, data, finish) -> the bytes produced.
fn compress(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("compress", a, k, 3, 3)?;
    let h = handle::<Stream>(&a[0], MODULE)?;
    let input = data(&a[1])?;
    let action = if matches!(a[2], Value::Bool(true)) { Action::Finish } else { Action::Run };
    let (out, _, _) = vm.allow_threads(|| run(&mut h.lock(), &input, action, None)).map_err(failure)?;
    Ok(Value::Bytes(Arc::new(out)))
}

/// decompressor(format, memlimit, filters) -> a decompress stream.
fn decompressor(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("decompressor", a, k, 3, 3)?;
    let format = Format::from_code(int(&a[0])?)?;
    let memlimit = match &a[1] {
        Value::None => u64::MAX,
        v => u64::try_from(int(v)?).map_err(|_| PyErr::overflow("Value too large for uint64_t type"))?,
    };
    // No TELL_* flags: lzma.py reads the check from the stream header itself.
    let flags = 0;
    let stream = match format {
        Format::Auto => Stream::new_auto_decoder(memlimit, flags),
        Format::Xz => Stream::new_stream_decoder(memlimit, flags),
        Format::Alone => Stream::new_lzma_decoder(memlimit),
        Format::Raw => Stream::new_raw_decoder(&filters(&a[2])?),
    };
    stream.map(|s| new_handle(handle_class(), s)).map_err(failure)
}

/// decompress(stream, data, max_length) -> (output, bytes of data consumed, end of stream).
fn decompress(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("decompress", a, k, 3, 3)?;
    let h = handle::<Stream>(&a[0], MODULE)?;
    let input = data(&a[1])?;
    let limit = limit(&a[2])?;
    let (out, used, eof) = vm.allow_threads(|| run(&mut h.lock(), &input, Action::Run, limit)).map_err(failure)?;
    Ok(Value::tuple(vec![Value::Bytes(Arc::new(out)), Value::Int(used as i64), Value::Bool(eof)]))
}

/// is_check_supported(check) -> whether liblzma can verify that integrity check.
fn is_check_supported(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("is_check_supported", a, k, 1, 1)?;
    Ok(Value::Bool(matches!(int(&a[0])?, 0 | 1 | 4 | 10)))
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        MODULE,
        &[
            ("compressor", compressor),
            ("compress", compress),
            ("decompressor", decompressor),
            ("decompress", decompress),
            ("is_check_supported", is_check_supported),
        ],
    );
    d.set_str(intern("LZMAError"), Value::Class(error_class().clone()));
    d.set_str(intern("Stream"), Value::Class(handle_class().clone()));
    m
}
