//! `_zlib`: the native core under zlib.py — deflate and inflate streams on the system zlib
//! (through the flate2 crate with its `zlib` backend, so that compressed bytes are the same as
//! CPython's), the `error` exception, and the crc32/adler32 checksums. zlib.py (in gilpy) owns
//! the Python API: argument checks, the Compress/Decompress objects and their
//! unused_data/unconsumed_tail bookkeeping. Streams here are opaque handles.

use crate::builtins::args::check_args;
use crate::modules::stream_handle::{data, error_class as error_class_in, handle, int, new_handle, raise_in, stream_class};
use crate::objects::Arc;
use crate::objects::class::Class;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::unmade::Unmade;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use std::sync::OnceLock;

/// The framing around the deflate data, chosen by zlib.py from `wbits`.
#[derive(Clone, Copy)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
    /// Inflate only: zlib or gzip, whichever the first bytes show.
    Detect,
}

impl Framing {
    fn from_code(code: i64) -> PyResult<Framing> {
        Ok(match code {
            0 => Framing::Zlib,
            1 => Framing::Raw,
            2 => Framing::Gzip,
            3 => Framing::Detect,
            _ => return Err(PyErr::value_error("Invalid initialization option")),
        })
    }
}

/// An inflate stream, made on the first data when the framing must be detected.
struct Inflater {
    bits: u8,
    stream: Option<Decompress>,
    zdict: Option<Vec<u8>>,
}

/// What a handle holds.
enum Stream {
    Deflate(Compress),
    Inflate(Inflater),
}

const MODULE: &str = "_zlib";

fn handle_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| stream_class(MODULE))
}

/// `zlib.error`.
fn error_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| error_class_in("zlib", "error"))
}

fn error(msg: impl Into<String>) -> PyErr {
    raise_in(error_class(), msg)
}

/// A zlib.error made once the GIL is back (the stream ran without it).
fn late_error(msg: String) -> Unmade {
    Unmade::with(error, msg)
}

fn optional_data(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if matches!(v, Value::None) { Ok(None) } else { data(v).map(Some) }
}

/// Window bits zlib.py has already checked (9..=15 for deflate, 8..=15 for inflate).
fn bits(v: &Value) -> PyResult<u8> {
    let b = int(v)?;
    Ok(b.clamp(9, 15) as u8)
}

/// _zlib.deflater(level, framing, bits, zdict) -> a deflate stream.
fn deflater(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("deflater", a, k, 4, 4)?;
    let level = int(&a[0])?;
    let level = if level < 0 { Compression::default() } else { Compression::new(level as u32) };
    let bits = bits(&a[2])?;
    let mut c = match Framing::from_code(int(&a[1])?)? {
        Framing::Zlib => Compress::new_with_window_bits(level, true, bits),
        Framing::Raw => Compress::new_with_window_bits(level, false, bits),
        Framing::Gzip => Compress::new_gzip(level, bits),
        Framing::Detect => return Err(PyErr::value_error("Invalid initialization option")),
    };
    if let Some(dict) = optional_data(&a[3])? {
        c.set_dictionary(&dict).map_err(|_| PyErr::value_error("Invalid dictionary"))?;
    }
    Ok(new_handle(handle_class(), Stream::Deflate(c)))
}

fn flush_mode(code: i64) -> PyResult<FlushCompress> {
    Ok(match code {
        0 => FlushCompress::None,
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return Err(error(format!("Error -2 while flushing: unsupported flush mode {code}"))),
    })
}

/// The sizes of the output blocks CPython's zlib module gives deflate, one after the other
/// (its `_BlocksOutputBuffer`). Stored (level 0) blocks end where an output block ends, so
/// the same sizes are needed for the same bytes.
const OUTPUT_BLOCKS: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// Runs `input` through a deflate stream with the given flush, collecting all output: deflate
/// is called again while it fills the output block it was given, as CPython does.
fn run_deflate(c: &mut Compress, input: &[u8], flush: FlushCompress) -> Result<Vec<u8>, Unmade> {
    let mut out = Vec::new();
    let mut block = 0;
    let mut buf = vec![0u8; OUTPUT_BLOCKS[0]];
    let mut filled = 0;
    let start = c.total_in();
    loop {
        if filled == buf.len() {
            out.extend_from_slice(&buf);
            block = (block + 1).min(OUTPUT_BLOCKS.len() - 1);
            buf = vec![0u8; OUTPUT_BLOCKS[block]];
            filled = 0;
        }
        let taken = (c.total_in() - start) as usize;
        let before = c.total_out();
        c.compress(&input[taken..], &mut buf[filled..], flush).map_err(|e| late_error(format!("Error -2 while compressing data: {e}")))?;
        filled += (c.total_out() - before) as usize;
        if filled < buf.len() {
            out.extend_from_slice(&buf[..filled]);
            return Ok(out);
        }
    }
}

/// _zlib.deflate(stream, data, flush) -> the compressed bytes produced.
fn deflate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("deflate", a, k, 3, 3)?;
    let h = handle::<Stream>(&a[0], MODULE)?;
    let input = data(&a[1])?;
    let flush = flush_mode(int(&a[2])?)?;
    let out = vm.allow_threads(|| match &mut *h.lock() {
        Stream::Deflate(c) => run_deflate(c, &input, flush),
        Stream::Inflate(_) => Err(Unmade::new(ExcKind::TypeError, "not a deflate stream")),
    })?;
    Ok(Value::Bytes(Arc::new(out)))
}

/// _zlib.inflater(framing, bits, zdict) -> an inflate stream.
fn inflater(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("inflater", a, k, 3, 3)?;
    let framing = Framing::from_code(int(&a[0])?)?;
    let zdict = optional_data(&a[2])?;
    let mut inf = Inflater { bits: bits(&a[1])?, stream: None, zdict };
    if !matches!(framing, Framing::Detect) {
        inf.stream = Some(open_inflate(&inf, framing)?);
    }
    Ok(new_handle(handle_class(), Stream::Inflate(inf)))
}

fn open_inflate(inf: &Inflater, framing: Framing) -> Result<Decompress, Unmade> {
    let mut d = match framing {
        Framing::Zlib | Framing::Detect => Decompress::new_with_window_bits(true, inf.bits),
        Framing::Raw => Decompress::new_with_window_bits(false, inf.bits),
        Framing::Gzip => Decompress::new_gzip(inf.bits),
    };
    // A raw stream has no header asking for its dictionary: it is set before any data.
    if let (Framing::Raw, Some(dict)) = (framing, &inf.zdict) {
        d.set_dictionary(dict).map_err(|e| late_error(format!("Error -3 while setting zdict: {e}")))?;
    }
    Ok(d)
}

/// What one inflate call did.
struct Inflated {
    out: Vec<u8>,
    consumed: usize,
    eof: bool,
}

/// Inflates from `input` until it is used up, the stream ends, or `limit` bytes (0: no limit) are out.
fn run_inflate(inf: &mut Inflater, input: &[u8], limit: usize) -> Result<Inflated, Unmade> {
    if inf.stream.is_none() {
        if input.is_empty() {
            return Ok(Inflated { out: Vec::new(), consumed: 0, eof: false });
        }
        let framing = if input[0] == 0x1f { Framing::Gzip } else { Framing::Zlib };
        inf.stream = Some(open_inflate(inf, framing)?);
    }
    let zdict = inf.zdict.clone();
    let d = inf.stream.as_mut().expect("inflate stream opened above");
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let (in0, mut consumed) = (d.total_in(), 0usize);
    loop {
        let room = if limit > 0 { (limit - out.len()).min(buf.len()) } else { buf.len() };
        if room == 0 {
            return Ok(Inflated { out, consumed, eof: false });
        }
        let before = d.total_out();
        let status = match d.decompress(&input[consumed..], &mut buf[..room], FlushDecompress::None) {
            Ok(s) => s,
            Err(e) => match (e.needs_dictionary(), &zdict) {
                (Some(_), Some(dict)) => {
                    d.set_dictionary(dict).map_err(|e| late_error(format!("Error -3 while setting zdict: {e}")))?;
                    consumed = (d.total_in() - in0) as usize;
                    continue;
                }
                (Some(_), None) => return Err(late_error("Error 2 while decompressing data".into())),
                _ => {
                    let msg = e.message().unwrap_or("invalid data").to_string();
                    return Err(late_error(format!("Error -3 while decompressing data: {msg}")));
                }
            },
        };
        let produced = (d.total_out() - before) as usize;
        out.extend_from_slice(&buf[..produced]);
        consumed = (d.total_in() - in0) as usize;
        if matches!(status, Status::StreamEnd) {
            return Ok(Inflated { out, consumed, eof: true });
        }
        if produced < room && (consumed == input.len() || produced == 0) {
            return Ok(Inflated { out, consumed, eof: false });
        }
    }
}

/// _zlib.inflate(stream, data, max_length) -> (output, bytes of data consumed, end of stream reached).
fn inflate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("inflate", a, k, 3, 3)?;
    let h = handle::<Stream>(&a[0], MODULE)?;
    let input = data(&a[1])?;
    let limit = int(&a[2])?.max(0) as usize;
    let r = vm.allow_threads(|| match &mut *h.lock() {
        Stream::Inflate(inf) => run_inflate(inf, &input, limit),
        Stream::Deflate(_) => Err(Unmade::new(ExcKind::TypeError, "not an inflate stream")),
    })?;
    Ok(Value::tuple(vec![Value::Bytes(Arc::new(r.out)), Value::Int(r.consumed as i64), Value::Bool(r.eof)]))
}

/// _zlib.adler32(data, value) -> the Adler-32 checksum continued from `value`.
fn adler32(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("adler32", a, k, 2, 2)?;
    let bytes = data(&a[0])?;
    // zlib.py reduces the start value to 32 bits.
    let start = int(&a[1])? as u32;
    const MOD: u32 = 65521;
    let (mut lo, mut hi) = (start & 0xffff, start >> 16);
    // 5552 bytes is the longest run whose sums cannot overflow 32 bits before the reduction.
    for chunk in bytes.chunks(5552) {
        for &b in chunk {
            lo += b as u32;
            hi += lo;
        }
        lo %= MOD;
        hi %= MOD;
    }
    Ok(Value::Int(((hi << 16) | lo) as i64))
}

pub fn create() -> Value {
    let (m, d) =
        super::make_module(MODULE, &[("deflater", deflater), ("deflate", deflate), ("inflater", inflater), ("inflate", inflate), ("adler32", adler32)]);
    d.set_str(intern("error"), Value::Class(error_class().clone()));
    d.set_str(intern("Stream"), Value::Class(handle_class().clone()));
    m
}
