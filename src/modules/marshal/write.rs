//! Writing values in the marshal format, with CPython's choice of record for each value and
//! version, and its back-reference rule (see the module comment of mod.rs).

use super::tag::*;
use super::{MAX_DEPTH, unmarshallable};
use crate::objects::complex::complex_parts;
use crate::objects::types::types;
use crate::objects::{Arc, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use std::collections::HashMap;

/// What identifies an object for back-references: its address, or for inline numbers the
/// number itself (equal inline numbers count as one object, as CPython's shared constants).
#[derive(Hash, PartialEq, Eq)]
enum Identity {
    Address(usize),
    Int(i64),
    FloatBits(u64),
}

struct Writer {
    out: Vec<u8>,
    version: i64,
    seen: HashMap<Identity, u32>,
    depth: usize,
}

pub fn dumps(vm: &mut Vm, v: &Value, version: i64) -> PyResult<Vec<u8>> {
    let mut w = Writer { out: Vec::new(), version, seen: HashMap::new(), depth: 0 };
    w.value(vm, v, TOP_HOLDERS)?;
    Ok(w.out)
}

/// References to the argument of dumps that the call itself holds: the caller's stack slot
/// (CPython's argument tuple plays that part), so a variable or constant makes it shared.
const TOP_HOLDERS: usize = 1;

/// The identity of `v` and whether something beyond its `holders` (the container it was found
/// in and the copies made while writing) refers to it, when it can be referenced.
fn identity(v: &Value, holders: usize) -> Option<(Identity, bool)> {
    let others = |count: usize| count > holders;
    macro_rules! shared {
        ($a:expr) => {
            Some((Identity::Address(Arc::as_ptr($a) as *const u8 as usize), others(Arc::strong_count($a))))
        };
    }
    match v {
        Value::Int(i) => Some((Identity::Int(*i), true)),
        Value::Float(f) => Some((Identity::FloatBits(f.to_bits()), true)),
        Value::BigInt(b) => shared!(b),
        Value::Str(s) => shared!(s),
        Value::Bytes(b) => shared!(b),
        Value::Tuple(t) => shared!(t),
        Value::List(l) => shared!(l),
        Value::Dict(d) => shared!(d),
        Value::Set(s) | Value::FrozenSet(s) => shared!(s),
        Value::Instance(i) => shared!(i),
        _ => None,
    }
}

/// Holders of an item read in place from its container: the container.
const IN_PLACE: usize = 1;
/// Holders of an item of a container copied out before writing: the container and the copy.
const COPIED: usize = 2;

fn is_stop_iteration(v: &Value) -> bool {
    matches!(v, Value::Class(c) if Arc::ptr_eq(c, &types().exc(ExcKind::StopIteration)))
}

/// Whether CPython's compiler would have interned this string: the constants made only of
/// identifier characters (the only strings whose interning a program does not ask for).
fn looks_interned(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn long(&mut self, n: i32) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    fn size(&mut self, n: usize) -> PyResult<()> {
        let n = i32::try_from(n).map_err(|_| unmarshallable())?;
        self.long(n);
        Ok(())
    }

    fn counted(&mut self, data: &[u8]) -> PyResult<()> {
        self.size(data.len())?;
        self.out.extend_from_slice(data);
        Ok(())
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, holders: usize) -> PyResult<()> {
        self.depth += 1;
        let r = self.value_inner(vm, v, holders);
        self.depth -= 1;
        r
    }

    fn value_inner(&mut self, vm: &mut Vm, v: &Value, holders: usize) -> PyResult<()> {
        if self.depth > MAX_DEPTH {
            return Err(PyErr::value_error("object too deeply nested to marshal"));
        }
        let singleton = match v {
            Value::None => Some(NONE),
            Value::Ellipsis => Some(ELLIPSIS),
            Value::Bool(b) => Some(if *b { TRUE } else { FALSE }),
            _ if is_stop_iteration(v) => Some(STOPITER),
            _ => None,
        };
        if let Some(tag) = singleton {
            self.byte(tag);
            return Ok(());
        }
        let mut flag = 0;
        if self.version >= 3
            && let Some((id, shared)) = identity(v, holders)
            && shared
        {
            if let Some(&index) = self.seen.get(&id) {
                self.byte(REF);
                self.long(index as i32);
                return Ok(());
            }
            let index = self.seen.len() as u32;
            self.seen.insert(id, index);
            flag = FLAG_REF;
        }
        self.record(vm, v, flag)
    }

    fn record(&mut self, vm: &mut Vm, v: &Value, flag: u8) -> PyResult<()> {
        match v {
            Value::Int(i) => match i32::try_from(*i) {
                Ok(small) => {
                    self.byte(INT | flag);
                    self.long(small);
                }
                Err(_) => self.big(&BigInt::from(*i), flag),
            },
            Value::BigInt(b) => self.big(b, flag),
            Value::Float(f) => {
                if self.version > 1 {
                    self.byte(BINARY_FLOAT | flag);
                    self.out.extend_from_slice(&f.to_le_bytes());
                } else {
                    self.byte(FLOAT | flag);
                    self.text_float(*f);
                }
            }
            Value::Str(s) => self.string(s.as_str(), flag)?,
            Value::Bytes(b) => {
                self.byte(STRING | flag);
                self.counted(b)?;
            }
            Value::Tuple(items) => {
                if self.version >= 4 && items.len() < 256 {
                    self.byte(SMALL_TUPLE | flag);
                    self.byte(items.len() as u8);
                } else {
                    self.byte(TUPLE | flag);
                    self.size(items.len())?;
                }
                for item in items.iter() {
                    self.value(vm, item, IN_PLACE)?;
                }
            }
            Value::List(l) => {
                let items = l.items.lock().clone();
                self.byte(LIST | flag);
                self.size(items.len())?;
                for item in &items {
                    self.value(vm, item, COPIED)?;
                }
            }
            Value::Dict(d) => {
                self.byte(DICT | flag);
                for (key, value) in d.items() {
                    self.value(vm, &key, COPIED)?;
                    self.value(vm, &value, COPIED)?;
                }
                self.byte(NULL);
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let items = s.items();
                self.byte(if matches!(v, Value::Set(_)) { SET } else { FROZENSET } | flag);
                self.size(items.len())?;
                for item in &items {
                    self.value(vm, item, COPIED)?;
                }
            }
            Value::Instance(i) if Arc::ptr_eq(i.class_ref(), &types().complex) => {
                let c = complex_parts(v).ok_or_else(unmarshallable)?;
                if self.version > 1 {
                    self.byte(BINARY_COMPLEX | flag);
                    self.out.extend_from_slice(&c.re.to_le_bytes());
                    self.out.extend_from_slice(&c.im.to_le_bytes());
                } else {
                    self.byte(COMPLEX | flag);
                    self.text_float(c.re);
                    self.text_float(c.im);
                }
            }
            _ => match crate::builtins::buffer::live_bytes_of(v)? {
                Some(data) => {
                    self.byte(STRING | flag);
                    self.counted(&data)?;
                }
                None => return Err(unmarshallable()),
            },
        }
        Ok(())
    }

    /// An int outside 32 bits: its magnitude in 15-bit digits, least significant first, after
    /// their count (negative for a negative number).
    fn big(&mut self, b: &BigInt, flag: u8) {
        let (sign, mut magnitude) = (b.sign(), b.magnitude().clone());
        let mut digits = Vec::new();
        let mask = num_bigint::BigUint::from(0x7fffu32);
        while magnitude.bits() > 0 {
            let d = (&magnitude & &mask).iter_u32_digits().next().unwrap_or(0) as u16;
            digits.push(d);
            magnitude >>= 15;
        }
        self.byte(LONG | flag);
        let n = digits.len() as i32;
        self.long(if sign == Sign::Minus { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
    }

    fn string(&mut self, s: &str, flag: u8) -> PyResult<()> {
        let interned = looks_interned(s);
        if self.version >= 4 && s.is_ascii() {
            if s.len() < 256 {
                self.byte(if interned { SHORT_ASCII_INTERNED } else { SHORT_ASCII } | flag);
                self.byte(s.len() as u8);
                self.out.extend_from_slice(s.as_bytes());
            } else {
                self.byte(if interned { ASCII_INTERNED } else { ASCII } | flag);
                self.counted(s.as_bytes())?;
            }
            return Ok(());
        }
        self.byte(if self.version >= 3 && interned { INTERNED } else { UNICODE } | flag);
        self.counted(s.as_bytes())
    }

    /// A float of versions 0 and 1: its `%.17g` text after a one-byte length.
    fn text_float(&mut self, f: f64) {
        let text = format_g17(f);
        self.byte(text.len() as u8);
        self.out.extend_from_slice(text.as_bytes());
    }
}

/// `f` as C's `%.17g` (CPython's `repr` style names for the special values).
pub(crate) fn format_g17(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    const PRECISION: i32 = 17;
    let sci = format!("{:.*e}", (PRECISION - 1) as usize, f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..PRECISION).contains(&exp) {
        let m = strip_zeros(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (PRECISION - 1 - exp).max(0) as usize;
        strip_zeros(&format!("{:.*}", decimals, f)).to_string()
    }
}

fn strip_zeros(s: &str) -> &str {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { s }
}
