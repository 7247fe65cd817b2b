//! The pickle writer: walks a value graph into the bytes CPython 3.11's C pickler writes for it,
//! at protocols 0 to 5 — the same opcode choices, memo numbering, batching of container items
//! and protocol-4 framing. Built-in values (None, bool, int, float, str, bytes, bytearray, tuple,
//! list, dict, set, frozenset) are written here; anything else is handed to the Python-level
//! pickler (`helper._reduce_for(obj)`, src/stdlib/pickle.py), which answers with a typed plan
//! (a global reference, a reduce, a `__newobj__`/`__newobj_ex__` call or an extension code)
//! that this writer then emits.

use super::opcodes::*;
use crate::modules::convert::type_name;
use crate::objects::Arc;
use crate::objects::function::KwArgs;
use crate::objects::memoryview::bytearray_of;
use crate::objects::repr::float_repr;
use crate::objects::str::PyStr;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::collections::HashMap;

/// Hashes object addresses (already well spread apart from their low bits) by one multiply.
#[derive(Default)]
pub struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ *b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type AddrMap<V> = HashMap<usize, V, std::hash::BuildHasherDefault<AddrHasher>>;

/// The output length and memo size of the last pickle written (sizing hints only).
static LAST_SIZES: (std::sync::atomic::AtomicUsize, std::sync::atomic::AtomicUsize) =
    (std::sync::atomic::AtomicUsize::new(0), std::sync::atomic::AtomicUsize::new(0));

/// What the Python-level pickler asks the writer to emit for a value it reduced.
enum Plan {
    /// A reference by module and qualified name (GLOBAL / STACK_GLOBAL).
    Global { module: Value, name: Value },
    /// `func(*args)` (REDUCE), then the optional state and items.
    Reduce { func: Value, args: Value, rest: Rest },
    /// `cls.__new__(cls, *args)` (NEWOBJ).
    NewObj { cls: Value, args: Value, rest: Rest },
    /// `cls.__new__(cls, *args, **kwargs)` (NEWOBJ_EX).
    NewObjEx { cls: Value, args: Value, kwargs: Value, rest: Rest },
    /// A code of copyreg's extension registry (EXT1 / EXT2 / EXT4).
    Extension(u32),
}

/// The optional parts of a reduce value after the constructor call.
struct Rest {
    state: Value,
    listitems: Value,
    dictitems: Value,
    setter: Value,
}

pub struct Pickler {
    proto: u8,
    out: Vec<u8>,
    /// Where the current frame's header was reserved (protocol 4+), None between frames.
    frame_start: Option<usize>,
    framing: bool,
    /// Object address -> memo index; `keep` holds the objects so no address is reused meanwhile.
    memo: AddrMap<u32>,
    keep: Vec<Value>,
    helper: Value,
    persistent_id: Option<Value>,
    error_class: Value,
    /// Module and qualified names of globals, one str object per text, so that repeated names
    /// are memoised as CPython's interned names are.
    names: HashMap<String, Value>,
    /// The memo index of `_codecs.encode` once written (bytes before protocol 3).
    codecs_encode: Option<u32>,
}

/// The memo key of a value: its address, or for Ellipsis and NotImplemented (no heap objects,
/// yet memoised by CPython like any global) a number no allocation can have.
fn memo_key(obj: &Value) -> Option<usize> {
    match obj {
        Value::NotImplemented => Some(1),
        Value::Ellipsis => Some(2),
        _ => obj.ptr(),
    }
}

fn len_u32(n: usize) -> [u8; 4] {
    (n as u32).to_le_bytes()
}

/// Two's-complement little-endian bytes of `n`, as short as they can be (empty for 0).
pub fn encode_long(n: &BigInt) -> Vec<u8> {
    if n.sign() == num_bigint::Sign::NoSign {
        return Vec::new();
    }
    let mut bytes = n.to_signed_bytes_le();
    // to_signed_bytes_le is already minimal except that CPython keeps one extra 0xff only when needed.
    while bytes.len() > 1 {
        let last = bytes[bytes.len() - 1];
        let prev = bytes[bytes.len() - 2];
        if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
            bytes.pop();
        } else {
            break;
        }
    }
    bytes
}

/// Protocol 0's text form of a str: raw-unicode-escape, with the characters that would end
/// or corrupt the line escaped too.
fn raw_unicode_escape(s: &str, out: &mut Vec<u8>) {
    use std::io::Write;
    for c in s.chars() {
        let n = c as u32;
        if n >= 0x10000 {
            let _ = write!(out, "\\U{n:08x}");
        } else if n >= 256 || matches!(c, '\\' | '\0' | '\n' | '\r' | '\x1a') {
            let _ = write!(out, "\\u{n:04x}");
        } else {
            out.push(n as u8);
        }
    }
}

impl Pickler {
    pub fn new(proto: u8, helper: Value, persistent_id: Option<Value>, error_class: Value) -> Pickler {
        use std::sync::atomic::Ordering::Relaxed;
        // Programs pickle values of much the same size again and again: start the buffer and
        // the memo at the sizes the last pickle reached, sparing their regrowth.
        let out_hint = LAST_SIZES.0.load(Relaxed).min(1 << 26);
        let memo_hint = LAST_SIZES.1.load(Relaxed).min(1 << 22);
        let mut memo = AddrMap::default();
        memo.reserve(memo_hint);
        Pickler {
            proto,
            out: Vec::with_capacity(out_hint.max(256)),
            frame_start: None,
            framing: proto >= 4,
            memo,
            keep: Vec::new(),
            helper,
            persistent_id,
            error_class,
            names: HashMap::new(),
            codecs_encode: None,
        }
    }

    fn error(&self, vm: &mut Vm, msg: String) -> PyErr {
        match vm.call(&self.error_class, &[Value::string(msg)], &KwArgs::new()) {
            Ok(v) => PyErr::from_value(v),
            Err(e) => e,
        }
    }

    /// Pickles `obj` whole: PROTO, the value, STOP, the last frame closed.
    pub fn dump(mut self, vm: &mut Vm, obj: &Value) -> PyResult<Vec<u8>> {
        if self.proto >= 2 {
            self.out.push(PROTO);
            self.out.push(self.proto);
        }
        self.save(vm, obj, true)?;
        self.w(&[STOP]);
        self.commit_frame();
        use std::sync::atomic::Ordering::Relaxed;
        LAST_SIZES.0.store(self.out.len(), Relaxed);
        LAST_SIZES.1.store(self.memo.len(), Relaxed);
        Ok(self.out)
    }

    /// Appends bytes, opening a frame first when framing and none is open.
    #[inline]
    fn w(&mut self, b: &[u8]) {
        if self.framing && self.frame_start.is_none() {
            self.frame_start = Some(self.out.len());
            self.out.extend_from_slice(&[0; FRAME_HEADER_SIZE]);
        }
        self.out.extend_from_slice(b);
    }

    #[inline]
    fn op(&mut self, op: u8) {
        self.w(&[op]);
    }

    fn commit_frame(&mut self) {
        if let Some(start) = self.frame_start.take() {
            let len = self.out.len() - start - FRAME_HEADER_SIZE;
            if len >= FRAME_SIZE_MIN {
                self.out[start] = FRAME;
                self.out[start + 1..start + FRAME_HEADER_SIZE].copy_from_slice(&(len as u64).to_le_bytes());
            } else {
                self.out.drain(start..start + FRAME_HEADER_SIZE);
            }
        }
    }

    /// After each value: a frame that reached its target size is closed.
    fn boundary(&mut self) {
        if let Some(start) = self.frame_start
            && self.out.len() - start - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET
        {
            self.commit_frame();
        }
    }

    /// An opcode with its length header and payload; a payload of a frame's size or more goes
    /// outside any frame.
    fn write_payload(&mut self, header: &[u8], data: &[u8]) {
        if self.framing && data.len() >= FRAME_SIZE_TARGET {
            self.commit_frame();
            self.out.extend_from_slice(header);
            self.out.extend_from_slice(data);
        } else {
            self.w(header);
            self.w(data);
        }
    }

    fn memoize(&mut self, obj: &Value) {
        let Some(p) = memo_key(obj) else { return };
        let idx = self.memo.len() as u32;
        if self.proto >= 4 {
            self.op(MEMOIZE);
        } else if self.proto >= 1 {
            if idx < 256 {
                self.w(&[BINPUT, idx as u8]);
            } else {
                let mut b = vec![LONG_BINPUT];
                b.extend_from_slice(&idx.to_le_bytes());
                self.w(&b);
            }
        } else {
            self.w(format!("p{idx}\n").as_bytes());
        }
        self.memo.insert(p, idx);
        self.keep.push(obj.clone());
    }

    fn memo_get(&mut self, idx: u32) {
        if self.proto >= 1 {
            if idx < 256 {
                self.w(&[BINGET, idx as u8]);
            } else {
                let mut b = vec![LONG_BINGET];
                b.extend_from_slice(&idx.to_le_bytes());
                self.w(&b);
            }
        } else {
            self.w(format!("g{idx}\n").as_bytes());
        }
    }

    fn memo_of(&self, obj: &Value) -> Option<u32> {
        memo_key(obj).and_then(|p| self.memo.get(&p).copied())
    }

    fn save(&mut self, vm: &mut Vm, obj: &Value, pers: bool) -> PyResult<()> {
        let atom = matches!(obj, Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Bytes(_));
        if atom {
            self.save_inner(vm, obj, pers)?;
        } else {
            vm.nested(" while pickling an object", |vm| self.save_inner(vm, obj, pers))?;
        }
        self.boundary();
        Ok(())
    }

    fn save_inner(&mut self, vm: &mut Vm, obj: &Value, pers: bool) -> PyResult<()> {
        if pers && let Some(f) = self.persistent_id.clone() {
            let pid = vm.call(&f, std::slice::from_ref(obj), &KwArgs::new())?;
            if !pid.is_none() {
                return self.save_pers(vm, &pid);
            }
        }
        match obj {
            Value::None => {
                self.op(NONE);
                return Ok(());
            }
            Value::Bool(b) => {
                if self.proto >= 2 {
                    self.op(if *b { NEWTRUE } else { NEWFALSE });
                } else {
                    self.w(if *b { b"I01\n" } else { b"I00\n" });
                }
                return Ok(());
            }
            Value::Int(i) => {
                self.save_int(*i);
                return Ok(());
            }
            Value::BigInt(b) => {
                self.save_big(b);
                return Ok(());
            }
            Value::Float(f) => {
                if self.proto >= 1 {
                    let mut b = [0u8; 9];
                    b[0] = BINFLOAT;
                    b[1..].copy_from_slice(&f.to_be_bytes());
                    self.w(&b);
                } else {
                    self.w(format!("F{}\n", float_repr(*f)).as_bytes());
                }
                return Ok(());
            }
            _ => {}
        }
        if let Some(idx) = self.memo_of(obj) {
            self.memo_get(idx);
            return Ok(());
        }
        match obj {
            Value::Str(s) => self.save_str(s.as_str(), obj),
            Value::Bytes(b) if self.proto >= 3 => {
                self.save_bytes(b, obj);
                Ok(())
            }
            Value::Bytes(b) if !b.is_empty() => self.save_bytes_old(vm, b, obj),
            Value::Tuple(t) => self.save_tuple(vm, t, obj),
            Value::List(_) => self.save_list(vm, obj),
            Value::Dict(d) => {
                if self.proto >= 1 {
                    self.op(EMPTY_DICT);
                } else {
                    self.w(&[MARK, DICT]);
                }
                self.memoize(obj);
                if d.len() > 0 {
                    let items = d.items();
                    self.setitems_exact(vm, items)?;
                }
                Ok(())
            }
            Value::Set(s) if self.proto >= 4 => {
                self.op(EMPTY_SET);
                self.memoize(obj);
                let items = s.items();
                for chunk in items.chunks(BATCH_SIZE) {
                    self.op(MARK);
                    for item in chunk {
                        self.save(vm, item, true)?;
                    }
                    self.op(ADDITEMS);
                }
                Ok(())
            }
            Value::FrozenSet(s) if self.proto >= 4 => {
                self.op(MARK);
                for item in s.items() {
                    self.save(vm, &item, true)?;
                }
                if let Some(idx) = self.memo_of(obj) {
                    self.op(POP_MARK);
                    self.memo_get(idx);
                } else {
                    self.op(FROZENSET);
                    self.memoize(obj);
                }
                Ok(())
            }
            Value::Instance(i) if self.proto >= 5 && Arc::ptr_eq(i.class_ref(), crate::builtins::bytearray::bytearray_class()) => {
                let data = bytearray_of(obj).map(|b| b.snapshot()).unwrap_or_default();
                let mut header = vec![BYTEARRAY8];
                header.extend_from_slice(&(data.len() as u64).to_le_bytes());
                self.write_payload(&header, &data);
                self.memoize(obj);
                Ok(())
            }
            _ => self.save_reduced(vm, obj),
        }
    }

    fn save_pers(&mut self, vm: &mut Vm, pid: &Value) -> PyResult<()> {
        if self.proto >= 1 {
            self.save(vm, pid, false)?;
            self.op(BINPERSID);
            return Ok(());
        }
        match pid {
            Value::Str(s) if s.is_ascii() && !s.as_str().contains('\n') => {
                let line = format!("P{}\n", s.as_str());
                self.w(line.as_bytes());
                Ok(())
            }
            _ => Err(self.error(vm, "persistent IDs in protocol 0 must be ASCII strings".into())),
        }
    }

    fn save_int(&mut self, i: i64) {
        if self.proto >= 1 {
            if (0..=0xff).contains(&i) {
                self.w(&[BININT1, i as u8]);
            } else if (0..=0xffff).contains(&i) {
                let b = (i as u16).to_le_bytes();
                self.w(&[BININT2, b[0], b[1]]);
            } else if i >= i32::MIN as i64 && i <= i32::MAX as i64 {
                let b = (i as i32).to_le_bytes();
                self.w(&[BININT, b[0], b[1], b[2], b[3]]);
            } else {
                self.save_big(&BigInt::from(i));
            }
        } else if i >= i32::MIN as i64 && i <= i32::MAX as i64 {
            self.w(format!("I{i}\n").as_bytes());
        } else {
            self.w(format!("L{i}L\n").as_bytes());
        }
    }

    fn save_big(&mut self, n: &BigInt) {
        if self.proto >= 2 {
            let bytes = encode_long(n);
            if bytes.len() < 256 {
                self.w(&[LONG1, bytes.len() as u8]);
            } else {
                let mut h = vec![LONG4];
                h.extend_from_slice(&len_u32(bytes.len()));
                self.w(&h);
            }
            self.w(&bytes);
        } else {
            self.w(format!("L{n}L\n").as_bytes());
        }
    }

    fn save_str(&mut self, s: &str, obj: &Value) -> PyResult<()> {
        if self.proto == 0 {
            let mut line = vec![UNICODE];
            raw_unicode_escape(s, &mut line);
            line.push(b'\n');
            self.w(&line);
        } else {
            let data = s.as_bytes();
            let n = data.len();
            let mut header = Vec::with_capacity(9);
            if n < 256 && self.proto >= 4 {
                header.extend_from_slice(&[SHORT_BINUNICODE, n as u8]);
            } else if n > 0xffff_ffff && self.proto >= 4 {
                header.push(BINUNICODE8);
                header.extend_from_slice(&(n as u64).to_le_bytes());
            } else {
                header.push(BINUNICODE);
                header.extend_from_slice(&len_u32(n));
            }
            self.write_payload(&header, data);
        }
        self.memoize(obj);
        Ok(())
    }

    fn save_bytes(&mut self, data: &[u8], obj: &Value) {
        let n = data.len();
        let mut header = Vec::with_capacity(9);
        if n < 256 {
            header.extend_from_slice(&[SHORT_BINBYTES, n as u8]);
        } else if n <= 0xffff_ffff {
            header.push(BINBYTES);
            header.extend_from_slice(&len_u32(n));
        } else {
            header.push(BINBYTES8);
            header.extend_from_slice(&(n as u64).to_le_bytes());
        }
        self.write_payload(&header, data);
        self.memoize(obj);
    }

    /// Bytes before protocol 3, as CPython reduces them: `_codecs.encode(latin1_text, 'latin1')`.
    fn save_bytes_old(&mut self, vm: &mut Vm, data: &[u8], obj: &Value) -> PyResult<()> {
        match self.codecs_encode {
            Some(idx) => self.memo_get(idx),
            None => {
                self.w(b"c_codecs\nencode\n");
                let idx = self.memo.len() as u32;
                // A private object stands for the function in the memo (nothing else can reach it).
                self.memoize(&Value::tuple(Vec::new()));
                self.codecs_encode = Some(idx);
            }
        }
        if self.proto < 2 {
            self.op(MARK);
        }
        let text: String = data.iter().map(|&b| b as char).collect();
        self.save(vm, &Value::string(text), true)?;
        let latin1 = self.name_value(&Value::str("latin1"), false);
        self.save(vm, &latin1, true)?;
        self.op(if self.proto >= 2 { TUPLE2 } else { TUPLE });
        // The argument tuple is a new object, memoised as CPython's is.
        self.memoize(&Value::tuple(Vec::new()));
        self.op(REDUCE);
        if let Some(idx) = self.memo_of(obj) {
            self.op(POP);
            self.memo_get(idx);
        } else {
            self.memoize(obj);
        }
        Ok(())
    }

    fn save_tuple(&mut self, vm: &mut Vm, items: &[Value], obj: &Value) -> PyResult<()> {
        let n = items.len();
        if n == 0 {
            if self.proto >= 1 {
                self.op(EMPTY_TUPLE);
            } else {
                self.w(&[MARK, TUPLE]);
            }
            return Ok(());
        }
        let short = self.proto >= 2 && n <= 3;
        if !short {
            self.op(MARK);
        }
        for item in items {
            self.save(vm, item, true)?;
        }
        if let Some(idx) = self.memo_of(obj) {
            // The tuple was reached through its own items: drop what was pushed, fetch it.
            if short {
                for _ in 0..n {
                    self.op(POP);
                }
            } else if self.proto >= 1 {
                self.op(POP_MARK);
            } else {
                for _ in 0..=n {
                    self.op(POP);
                }
            }
            self.memo_get(idx);
            return Ok(());
        }
        self.op(if short { [TUPLE1, TUPLE2, TUPLE3][n - 1] } else { TUPLE });
        self.memoize(obj);
        Ok(())
    }

    fn save_list(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let Value::List(l) = obj else { unreachable!("save_list of a list") };
        if self.proto >= 1 {
            self.op(EMPTY_LIST);
        } else {
            self.w(&[MARK, LIST]);
        }
        self.memoize(obj);
        let len = l.items.lock().len();
        if len == 0 {
            return Ok(());
        }
        let item_at = |i: usize| l.items.lock().get(i).cloned();
        if self.proto == 0 {
            let mut i = 0;
            while let Some(item) = item_at(i) {
                self.save(vm, &item, true)?;
                self.op(APPEND);
                i += 1;
            }
            return Ok(());
        }
        if len == 1 {
            if let Some(item) = item_at(0) {
                self.save(vm, &item, true)?;
                self.op(APPEND);
            }
            return Ok(());
        }
        let mut i = 0;
        loop {
            self.op(MARK);
            let mut batch = 0;
            while let Some(item) = item_at(i) {
                self.save(vm, &item, true)?;
                i += 1;
                batch += 1;
                if batch == BATCH_SIZE {
                    break;
                }
            }
            self.op(APPENDS);
            if item_at(i).is_none() {
                return Ok(());
            }
        }
    }

    /// The items of an exact dict: one SETITEM for a single pair, else batches of SETITEMS.
    fn setitems_exact(&mut self, vm: &mut Vm, items: Vec<(Value, Value)>) -> PyResult<()> {
        if self.proto == 0 {
            for (k, v) in &items {
                self.save(vm, k, true)?;
                self.save(vm, v, true)?;
                self.op(SETITEM);
            }
            return Ok(());
        }
        if items.len() == 1 {
            self.save(vm, &items[0].0, true)?;
            self.save(vm, &items[0].1, true)?;
            self.op(SETITEM);
            return Ok(());
        }
        for chunk in items.chunks(BATCH_SIZE) {
            self.op(MARK);
            for (k, v) in chunk {
                self.save(vm, k, true)?;
                self.save(vm, v, true)?;
            }
            self.op(SETITEMS);
        }
        Ok(())
    }

    /// Items from an iterator (a reduce value's listitems): APPEND for a lone item, batches of
    /// APPENDS otherwise (protocol 0: one APPEND each).
    fn batch_appends(&mut self, vm: &mut Vm, items: &Value) -> PyResult<()> {
        let it = vm.get_iter(items)?;
        if self.proto == 0 {
            while let Some(x) = vm.next(&it)? {
                self.save(vm, &x, true)?;
                self.op(APPEND);
            }
            return Ok(());
        }
        let mut pending = vm.next(&it)?;
        while let Some(first) = pending.take() {
            let Some(second) = vm.next(&it)? else {
                self.save(vm, &first, true)?;
                self.op(APPEND);
                break;
            };
            self.op(MARK);
            self.save(vm, &first, true)?;
            self.save(vm, &second, true)?;
            let mut n = 2;
            while n < BATCH_SIZE {
                match vm.next(&it)? {
                    Some(x) => {
                        self.save(vm, &x, true)?;
                        n += 1;
                    }
                    None => break,
                }
            }
            self.op(APPENDS);
            if n < BATCH_SIZE {
                break;
            }
            pending = vm.next(&it)?;
        }
        Ok(())
    }

    fn pair(&self, _vm: &mut Vm, item: &Value) -> PyResult<(Value, Value)> {
        match item {
            Value::Tuple(t) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
            _ => Err(PyErr::type_error("dict items iterator must return 2-tuples")),
        }
    }

    /// Pairs from an iterator (a reduce value's dictitems), batched as `batch_appends` does.
    fn batch_setitems(&mut self, vm: &mut Vm, items: &Value) -> PyResult<()> {
        let it = vm.get_iter(items)?;
        if self.proto == 0 {
            while let Some(x) = vm.next(&it)? {
                let (k, v) = self.pair(vm, &x)?;
                self.save(vm, &k, true)?;
                self.save(vm, &v, true)?;
                self.op(SETITEM);
            }
            return Ok(());
        }
        let mut pending = vm.next(&it)?;
        while let Some(first) = pending.take() {
            let (k, v) = self.pair(vm, &first)?;
            let Some(second) = vm.next(&it)? else {
                self.save(vm, &k, true)?;
                self.save(vm, &v, true)?;
                self.op(SETITEM);
                break;
            };
            self.op(MARK);
            self.save(vm, &k, true)?;
            self.save(vm, &v, true)?;
            let (k, v) = self.pair(vm, &second)?;
            self.save(vm, &k, true)?;
            self.save(vm, &v, true)?;
            let mut n = 2;
            while n < BATCH_SIZE {
                match vm.next(&it)? {
                    Some(x) => {
                        let (k, v) = self.pair(vm, &x)?;
                        self.save(vm, &k, true)?;
                        self.save(vm, &v, true)?;
                        n += 1;
                    }
                    None => break,
                }
            }
            self.op(SETITEMS);
            if n < BATCH_SIZE {
                break;
            }
            pending = vm.next(&it)?;
        }
        Ok(())
    }

    /// Asks the Python-level pickler how to write `obj`, then writes that.
    fn plan_for(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<Plan> {
        let r = vm.call_method(&self.helper, "_reduce_for", std::slice::from_ref(obj))?;
        let Value::Tuple(t) = &r else {
            return Err(PyErr::type_error(format!("_reduce_for must return a tuple, not {}", type_name(&r))));
        };
        let at = |i: usize| t.get(i).cloned().unwrap_or(Value::None);
        let rest = |from: usize| Rest { state: at(from), listitems: at(from + 1), dictitems: at(from + 2), setter: at(from + 3) };
        let kind = match t.first() {
            Some(Value::Int(k)) => *k,
            _ => -1,
        };
        Ok(match kind {
            0 => Plan::Global { module: at(1), name: at(2) },
            1 => Plan::Reduce { func: at(1), args: at(2), rest: rest(3) },
            2 => Plan::NewObj { cls: at(1), args: at(2), rest: rest(3) },
            3 => Plan::NewObjEx { cls: at(1), args: at(2), kwargs: at(3), rest: rest(4) },
            4 => Plan::Extension(vm.index_value(&at(1))? as u32),
            _ => return Err(PyErr::type_error("_reduce_for returned an unknown plan")),
        })
    }

    /// One str object per name text (see `names`); module names and qualified names apart,
    /// as they are different objects in CPython even when their text is the same.
    fn name_value(&mut self, v: &Value, module: bool) -> Value {
        match v {
            Value::Str(s) => {
                let key = if module { format!("m{}", s.as_str()) } else { format!("n{}", s.as_str()) };
                self.names.entry(key).or_insert_with(|| Value::Str(PyStr::new(s.as_str()))).clone()
            }
            other => other.clone(),
        }
    }

    fn save_reduced(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        match self.plan_for(vm, obj)? {
            Plan::Global { module, name } => {
                if self.proto >= 4 {
                    let m = self.name_value(&module, true);
                    let n = self.name_value(&name, false);
                    self.save(vm, &m, false)?;
                    self.save(vm, &n, false)?;
                    self.op(STACK_GLOBAL);
                } else {
                    let (Some(m), Some(n)) = (module.as_str(), name.as_str()) else {
                        return Err(PyErr::type_error("global names must be str"));
                    };
                    let line = format!("c{m}\n{n}\n");
                    self.w(line.as_bytes());
                }
                self.memoize(obj);
                Ok(())
            }
            Plan::Extension(code) => {
                if code <= 0xff {
                    self.w(&[EXT1, code as u8]);
                } else if code <= 0xffff {
                    let b = (code as u16).to_le_bytes();
                    self.w(&[EXT2, b[0], b[1]]);
                } else {
                    let mut b = vec![EXT4];
                    b.extend_from_slice(&code.to_le_bytes());
                    self.w(&b);
                }
                Ok(())
            }
            Plan::Reduce { func, args, rest } => {
                self.save(vm, &func, true)?;
                self.save(vm, &args, true)?;
                self.op(REDUCE);
                self.finish_reduce(vm, obj, rest)
            }
            Plan::NewObj { cls, args, rest } => {
                self.save(vm, &cls, true)?;
                self.save(vm, &args, true)?;
                self.op(NEWOBJ);
                self.finish_reduce(vm, obj, rest)
            }
            Plan::NewObjEx { cls, args, kwargs, rest } => {
                self.save(vm, &cls, true)?;
                self.save(vm, &args, true)?;
                self.save(vm, &kwargs, true)?;
                self.op(NEWOBJ_EX);
                self.finish_reduce(vm, obj, rest)
            }
        }
    }

    /// After the constructor call: memoise (or fetch, when the object was reached while its
    /// arguments were written), then the items and the state.
    fn finish_reduce(&mut self, vm: &mut Vm, obj: &Value, rest: Rest) -> PyResult<()> {
        if let Some(idx) = self.memo_of(obj) {
            self.op(POP);
            self.memo_get(idx);
        } else {
            self.memoize(obj);
        }
        if !rest.listitems.is_none() {
            self.batch_appends(vm, &rest.listitems)?;
        }
        if !rest.dictitems.is_none() {
            self.batch_setitems(vm, &rest.dictitems)?;
        }
        if !rest.state.is_none() {
            if rest.setter.is_none() {
                self.save(vm, &rest.state, true)?;
                self.op(BUILD);
            } else {
                self.save(vm, &rest.setter, true)?;
                self.save(vm, obj, true)?;
                self.save(vm, &rest.state, true)?;
                self.op(TUPLE2);
                self.op(REDUCE);
                self.op(POP);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::encode_long;
    use num_bigint::BigInt;

    #[test]
    fn long_bytes_are_minimal_twos_complement() {
        assert_eq!(encode_long(&BigInt::from(0)), Vec::<u8>::new());
        assert_eq!(encode_long(&BigInt::from(255)), vec![0xff, 0x00]);
        assert_eq!(encode_long(&BigInt::from(-256)), vec![0x00, 0xff]);
        assert_eq!(encode_long(&BigInt::from(-128)), vec![0x80]);
        assert_eq!(encode_long(&BigInt::from(127)), vec![0x7f]);
        assert_eq!(encode_long(&BigInt::from(1i64 << 40)), vec![0, 0, 0, 0, 0, 1]);
    }
}
