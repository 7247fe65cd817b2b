//! The charmap codec of `_codecs` (the 8-bit code pages of `encodings/`): `charmap_decode`
//! through a decoding table (a str of 256 characters) or any mapping, `charmap_encode` through
//! an `EncodingMap` or any mapping, and `charmap_build`, which turns a decoding table into an
//! EncodingMap when CPython would (a dict otherwise).

use super::handler::{Failure, Replacement, encode_error, on_decode, on_encode};
use super::{args, bytes_arg, bytes_result, errors_arg, text_arg, text_result};
use crate::builtins::native_class::NativeClass;
use crate::modules::convert::type_name;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::KwArgs;
use crate::objects::native::NativeData;
use crate::objects::{Arc, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::collections::HashMap;
use std::sync::OnceLock;

const UNDEFINED: &str = "character maps to <undefined>";
/// The character a decoding table holds where a byte has none.
const HOLE: char = '\u{fffe}';

/// What `charmap_build` makes of a 256-character decoding table: characters to bytes, and the
/// size CPython's three-level table would take (what `size()` reports).
pub struct EncodingMap {
    bytes: HashMap<char, u8>,
    size: usize,
}

impl NativeData for EncodingMap {}

fn map_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| NativeClass::new("builtins", "EncodingMap").methods(&[("size", size)]).build())
}

fn size(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("size", &a[1..], k, 0, 0)?;
    match a.first() {
        Some(Value::Instance(i)) if let Some(m) = i.native::<EncodingMap>() => Ok(Value::Int(m.size as i64)),
        _ => Err(PyErr::type_error("descriptor 'size' requires a 'EncodingMap' object")),
    }
}

/// The EncodingMap of `table`, when CPython builds one: 256 characters, the first NUL, all in
/// the BMP, and fewer than 255 blocks at each level of its table.
fn encoding_map(table: &[char]) -> Option<EncodingMap> {
    if table.len() != 256 || table[0] != '\0' {
        return None;
    }
    let mut level2 = std::collections::HashSet::new();
    let mut level3 = std::collections::HashSet::new();
    let mut bytes = HashMap::new();
    for (i, &c) in table.iter().enumerate() {
        let n = c as u32;
        if c == HOLE {
            continue;
        }
        if n > 0xffff {
            return None;
        }
        level2.insert(n >> 11);
        level3.insert(n >> 7);
        bytes.insert(c, i as u8);
    }
    if level2.len() >= 255 || level3.len() >= 255 {
        return None;
    }
    Some(EncodingMap { bytes, size: 63 + 16 * level2.len() + 128 * level3.len() })
}

/// `charmap_build(decoding_table)`.
pub fn charmap_build(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("charmap_build", a, k, 1, 1)?;
    let table: Vec<char> = text_arg("charmap_build", a)?.chars().collect();
    if let Some(map) = encoding_map(&table) {
        return Ok(Value::Instance(Instance::new(map_class().clone(), Payload::Native(Box::new(map)))));
    }
    let d = crate::objects::dict::Dict::new();
    for (i, c) in table.iter().enumerate() {
        d.set(vm, Value::Int(*c as i64), Value::Int(i as i64))?;
    }
    Ok(Value::Dict(d))
}

/// `mapping[key]`, None when the mapping has no such key (LookupError).
fn lookup(vm: &mut Vm, mapping: &Value, key: i64) -> PyResult<Option<Value>> {
    match vm.getitem(mapping, &Value::Int(key)) {
        Ok(Value::None) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::LookupError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// What a decoding mapping says of one byte: its text, or None (undefined).
fn decode_byte(vm: &mut Vm, mapping: &Value, table: Option<&[char]>, b: u8) -> PyResult<Option<String>> {
    if let Some(t) = table {
        return Ok(t.get(b as usize).filter(|c| **c != HOLE).map(|c| c.to_string()));
    }
    Ok(match lookup(vm, mapping, b as i64)? {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Int(n)) => {
            if !(0..=0x10ffff).contains(&n) {
                return Err(PyErr::type_error("character mapping must be in range(0x110000)"));
            }
            if n == HOLE as i64 { None } else { Some(char::from_u32(n as u32).unwrap_or('\u{fffd}').to_string()) }
        }
        Some(_) => return Err(PyErr::type_error("character mapping must return integer, None or str")),
    })
}

/// `charmap_decode(data, errors=None, mapping=None)`.
pub fn charmap_decode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("charmap_decode", a, k, 1, 3)?;
    let data = bytes_arg(a)?;
    let errors = errors_arg("charmap_decode", a, 1)?;
    let mapping = a.get(2).cloned().unwrap_or(Value::None);
    if matches!(mapping, Value::None) {
        return text_result(data.iter().map(|&b| b as char).collect(), data.len());
    }
    let table: Option<Vec<char>> = match &mapping {
        Value::Str(s) => Some(s.as_str().chars().collect()),
        _ => None,
    };
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        match decode_byte(vm, &mapping, table.as_deref(), data[pos])? {
            Some(s) => {
                out.push_str(&s);
                pos += 1;
            }
            None => {
                let f = Failure { encoding: "charmap", start: pos, end: pos + 1, reason: UNDEFINED };
                let (replacement, resume) = on_decode(vm, &errors, &f, &data)?;
                out.push_str(&replacement);
                pos = resume;
            }
        }
    }
    text_result(out, data.len())
}

/// How `charmap_encode` maps characters.
enum Encoder<'a> {
    Map(&'a EncodingMap),
    Mapping(&'a Value),
}

impl Encoder<'_> {
    /// Appends the bytes of `c`; false when the mapping has none.
    fn put(&self, vm: &mut Vm, c: char, out: &mut Vec<u8>) -> PyResult<bool> {
        match self {
            Encoder::Map(m) => Ok(match m.bytes.get(&c) {
                Some(b) => {
                    out.push(*b);
                    true
                }
                None => false,
            }),
            Encoder::Mapping(mapping) => match lookup(vm, mapping, c as i64)? {
                None => Ok(false),
                Some(Value::Int(n)) => {
                    let b = u8::try_from(n).map_err(|_| PyErr::type_error("character mapping must be in range(256)"))?;
                    out.push(b);
                    Ok(true)
                }
                Some(Value::Bytes(b)) => {
                    out.extend_from_slice(&b);
                    Ok(true)
                }
                Some(other) => Err(PyErr::type_error(format!("character mapping must return integer, bytes or None, not {}", type_name(&other)))),
            },
        }
    }
}

/// `charmap_encode(str, errors=None, mapping=None)`.
pub fn charmap_encode(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    args("charmap_encode", a, k, 1, 3)?;
    let text = text_arg("charmap_encode", a)?;
    let errors = errors_arg("charmap_encode", a, 1)?;
    let mapping = a.get(2).cloned().unwrap_or(Value::None);
    if matches!(mapping, Value::None) {
        return super::text::latin_1_encode(vm, &a[..a.len().min(2)], k);
    }
    let map_data = match &mapping {
        Value::Instance(i) => i.native::<EncodingMap>(),
        _ => None,
    };
    let encoder = match map_data {
        Some(m) => Encoder::Map(m),
        None => Encoder::Mapping(&mapping),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut pos = 0;
    while pos < chars.len() {
        if encoder.put(vm, chars[pos], &mut out)? {
            pos += 1;
            continue;
        }
        // The run of characters the mapping has no bytes for: one failure, as CPython's.
        let mut end = pos + 1;
        let mut probe = Vec::new();
        while end < chars.len() && !encoder.put(vm, chars[end], &mut probe)? {
            end += 1;
        }
        let f = Failure { encoding: "charmap", start: pos, end, reason: UNDEFINED };
        let (replacement, resume) = on_encode(vm, &errors, &f, &chars)?;
        match replacement {
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            Replacement::Text(t) => {
                for c in t.chars() {
                    if !encoder.put(vm, c, &mut out)? {
                        return Err(encode_error(&f, text));
                    }
                }
            }
        }
        pos = resume;
    }
    bytes_result(out, chars.len())
}
