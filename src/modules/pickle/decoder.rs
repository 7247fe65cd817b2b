//! The pickle reader: runs the opcodes of protocols 0 to 5 over a byte buffer as CPython 3.11's
//! C unpickler does — an object stack with marks as fences, the memo, and the same errors for
//! bad data ("pickle data was truncated", "Ran out of input", "invalid load key", stack
//! underflow, missing MARK). Calls that need Python-level policy go to the Python Unpickler
//! object (`find_class`, `persistent_load`, the old INST/OBJ and extension opcodes, 8-bit
//! string decoding); everything else happens here.

use super::opcodes::*;
use crate::builtins::bytearray::new_bytearray;
use crate::modules::convert::type_name;
use crate::objects::Arc;
use crate::objects::exceptions::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::set::Set;
use crate::objects::str::{PyStr, intern};
use crate::objects::types::types;
use crate::objects::value::List;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;

pub struct Unpickler<'a> {
    data: &'a [u8],
    pos: usize,
    stack: Vec<Value>,
    /// Stack heights at each MARK: the values above the last one are the current "frame" of items.
    marks: Vec<usize>,
    memo: Vec<Option<Value>>,
    helper: Value,
    error_class: Value,
}

/// Why a read came up short.
enum Short {
    /// Nothing at all where an opcode should start.
    Eof,
    Truncated,
}

impl<'a> Unpickler<'a> {
    pub fn new(data: &'a [u8], pos: usize, helper: Value, error_class: Value) -> Unpickler<'a> {
        // A memo entry takes at least two bytes of pickle: reserve for a typical share of them.
        let memo = Vec::with_capacity((data.len().saturating_sub(pos) / 16).min(1 << 20));
        Unpickler { data, pos, stack: Vec::with_capacity(64), marks: Vec::new(), memo, helper, error_class }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    fn error(&self, vm: &mut Vm, msg: impl Into<String>) -> PyErr {
        match vm.call(&self.error_class, &[Value::string(msg.into())], &KwArgs::new()) {
            Ok(v) => PyErr::from_value(v),
            Err(e) => e,
        }
    }

    fn short(&self, vm: &mut Vm, why: Short) -> PyErr {
        match why {
            Short::Eof => PyErr::new(ExcKind::EOFError, "Ran out of input"),
            Short::Truncated => self.error(vm, "pickle data was truncated"),
        }
    }

    fn take(&mut self, vm: &mut Vm, n: usize) -> PyResult<&'a [u8]> {
        if self.data.len() - self.pos < n {
            return Err(self.short(vm, Short::Truncated));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u8(&mut self, vm: &mut Vm) -> PyResult<u8> {
        Ok(self.take(vm, 1)?[0])
    }

    fn u16(&mut self, vm: &mut Vm) -> PyResult<u16> {
        let b = self.take(vm, 2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self, vm: &mut Vm) -> PyResult<u32> {
        let b = self.take(vm, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn i32(&mut self, vm: &mut Vm) -> PyResult<i32> {
        Ok(self.u32(vm)? as i32)
    }

    fn u64(&mut self, vm: &mut Vm) -> PyResult<u64> {
        let b = self.take(vm, 8)?;
        Ok(u64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    fn sized(&mut self, vm: &mut Vm, n: u64) -> PyResult<&'a [u8]> {
        if n > (self.data.len() - self.pos) as u64 {
            return Err(self.short(vm, Short::Truncated));
        }
        self.take(vm, n as usize)
    }

    /// A text argument up to and including its newline (the newline is dropped).
    fn line(&mut self, vm: &mut Vm) -> PyResult<&'a [u8]> {
        match self.data[self.pos..].iter().position(|&b| b == b'\n') {
            Some(n) => {
                let s = &self.data[self.pos..self.pos + n];
                self.pos += n + 1;
                Ok(s)
            }
            None => Err(self.short(vm, Short::Truncated)),
        }
    }

    fn underflow(&self, vm: &mut Vm) -> PyErr {
        self.error(vm, if self.marks.is_empty() { "unpickling stack underflow" } else { "unexpected MARK found" })
    }

    fn fence(&self) -> usize {
        self.marks.last().copied().unwrap_or(0)
    }

    fn pop(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.stack.len() <= self.fence() {
            return Err(self.underflow(vm));
        }
        Ok(self.stack.pop().expect("above the fence"))
    }

    fn top(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.stack.len() <= self.fence() {
            return Err(self.underflow(vm));
        }
        Ok(self.stack.last().expect("above the fence").clone())
    }

    /// The values pushed since the last MARK, which is removed.
    fn pop_mark(&mut self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        match self.marks.pop() {
            Some(m) => Ok(self.stack.split_off(m)),
            None => Err(self.error(vm, "could not find MARK")),
        }
    }

    fn memo_put(&mut self, idx: usize, v: Value) {
        if idx >= self.memo.len() {
            self.memo.resize(idx + 1, None);
        }
        self.memo[idx] = Some(v);
    }

    fn memo_get(&mut self, vm: &mut Vm, idx: u64) -> PyResult<()> {
        match self.memo.get(idx as usize).and_then(|v| v.clone()) {
            Some(v) => {
                self.stack.push(v);
                Ok(())
            }
            None => Err(self.error(vm, format!("Memo value not found at index {idx}"))),
        }
    }

    fn text_index(&mut self, vm: &mut Vm) -> PyResult<i64> {
        let line = self.line(vm)?;
        let text = String::from_utf8_lossy(line);
        text.trim().parse::<i64>().map_err(|_| PyErr::value_error(format!("invalid literal for int() with base 10: {}", crate::objects::repr::str_repr(&text))))
    }

    /// Runs opcodes until STOP: the value it pops.
    pub fn load(&mut self, vm: &mut Vm) -> PyResult<Value> {
        loop {
            if self.pos >= self.data.len() {
                return Err(self.short(vm, Short::Eof));
            }
            let op = self.data[self.pos];
            self.pos += 1;
            if op == STOP {
                let v = self.pop(vm)?;
                return Ok(v);
            }
            self.step(vm, op)?;
        }
    }

    fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    fn step(&mut self, vm: &mut Vm, op: u8) -> PyResult<()> {
        match op {
            PROTO => {
                let p = self.u8(vm)?;
                if p > HIGHEST_PROTOCOL {
                    return Err(PyErr::value_error(format!("unsupported pickle protocol: {p}")));
                }
                let _ = vm.set_attr(&self.helper, &intern("proto"), Value::Int(p as i64));
            }
            FRAME => {
                let n = self.u64(vm)?;
                if n > (self.data.len() - self.pos) as u64 {
                    return Err(self.short(vm, Short::Truncated));
                }
            }
            MARK => self.marks.push(self.stack.len()),
            POP => {
                if self.marks.last() == Some(&self.stack.len()) {
                    self.marks.pop();
                } else {
                    self.pop(vm)?;
                }
            }
            POP_MARK => {
                self.pop_mark(vm)?;
            }
            DUP => {
                let v = self.top(vm)?;
                self.push(v);
            }
            NONE => self.push(Value::None),
            NEWTRUE => self.push(Value::Bool(true)),
            NEWFALSE => self.push(Value::Bool(false)),
            BININT1 => {
                let v = self.u8(vm)?;
                self.push(Value::Int(v as i64));
            }
            BININT2 => {
                let v = self.u16(vm)?;
                self.push(Value::Int(v as i64));
            }
            BININT => {
                let v = self.i32(vm)?;
                self.push(Value::Int(v as i64));
            }
            INT => {
                let line = self.line(vm)?;
                let v = match line {
                    b"01" => Value::Bool(true),
                    b"00" => Value::Bool(false),
                    _ => parse_int(line).ok_or_else(|| PyErr::value_error("could not convert string to int"))?,
                };
                self.push(v);
            }
            LONG => {
                let line = self.line(vm)?;
                let body = line.strip_suffix(b"L").unwrap_or(line);
                let v = parse_int(body).ok_or_else(|| {
                    PyErr::value_error(format!("invalid literal for int() with base 10: {}", crate::objects::repr::str_repr(&String::from_utf8_lossy(line))))
                })?;
                self.push(v);
            }
            LONG1 => {
                let n = self.u8(vm)? as u64;
                let b = self.sized(vm, n)?;
                self.push(Value::bigint(BigInt::from_signed_bytes_le(b)));
            }
            LONG4 => {
                let n = self.i32(vm)?;
                if n < 0 {
                    return Err(self.error(vm, "LONG pickle has negative byte count"));
                }
                let b = self.sized(vm, n as u64)?;
                self.push(Value::bigint(BigInt::from_signed_bytes_le(b)));
            }
            BINFLOAT => {
                let b = self.take(vm, 8)?;
                self.push(Value::Float(f64::from_be_bytes(b.try_into().expect("8 bytes"))));
            }
            FLOAT => {
                let line = self.line(vm)?;
                let text = String::from_utf8_lossy(line).into_owned();
                let v = vm
                    .call(&Value::Class(types().float.clone()), &[Value::string(text.clone() + "\n")], &KwArgs::new())
                    .map_err(|_| PyErr::value_error(format!("could not convert string to float: '{text}\n'")))?;
                self.push(v);
            }
            BINUNICODE => {
                let n = self.u32(vm)? as u64;
                self.unicode(vm, n)?;
            }
            SHORT_BINUNICODE => {
                let n = self.u8(vm)? as u64;
                self.unicode(vm, n)?;
            }
            BINUNICODE8 => {
                let n = self.u64(vm)?;
                self.unicode(vm, n)?;
            }
            UNICODE => {
                let line = self.line(vm)?;
                self.push(Value::string(raw_unicode_unescape(line)));
            }
            SHORT_BINBYTES => {
                let n = self.u8(vm)? as u64;
                let b = self.sized(vm, n)?;
                self.push(Value::Bytes(Arc::new(b.to_vec())));
            }
            BINBYTES => {
                let n = self.u32(vm)? as u64;
                let b = self.sized(vm, n)?;
                self.push(Value::Bytes(Arc::new(b.to_vec())));
            }
            BINBYTES8 => {
                let n = self.u64(vm)?;
                let b = self.sized(vm, n)?;
                self.push(Value::Bytes(Arc::new(b.to_vec())));
            }
            BYTEARRAY8 => {
                let n = self.u64(vm)?;
                let b = self.sized(vm, n)?;
                self.push(new_bytearray(b.to_vec()));
            }
            NEXT_BUFFER => return Err(self.error(vm, "pickle stream refers to out-of-band data but no *buffers* argument was given")),
            READONLY_BUFFER => {
                self.top(vm)?;
            }
            STRING => {
                let line = self.line(vm)?;
                let quoted = line.len() >= 2 && line[0] == line[line.len() - 1] && (line[0] == b'\'' || line[0] == b'"');
                if !quoted {
                    return Err(self.error(vm, "the STRING opcode argument must be quoted"));
                }
                let raw = escape_decode(&line[1..line.len() - 1]);
                self.str8(vm, raw)?;
            }
            BINSTRING => {
                let n = self.u32(vm)?;
                let b = self.sized(vm, n as u64)?.to_vec();
                self.str8(vm, b)?;
            }
            SHORT_BINSTRING => {
                let n = self.u8(vm)? as u64;
                let b = self.sized(vm, n)?.to_vec();
                self.str8(vm, b)?;
            }
            EMPTY_TUPLE => self.push(Value::tuple(Vec::new())),
            TUPLE => {
                let items = self.pop_mark(vm)?;
                self.push(Value::tuple(items));
            }
            TUPLE1 | TUPLE2 | TUPLE3 => {
                let n = (op - TUPLE1 + 1) as usize;
                if self.stack.len() < self.fence() + n {
                    return Err(self.underflow(vm));
                }
                let items = self.stack.split_off(self.stack.len() - n);
                self.push(Value::tuple(items));
            }
            EMPTY_LIST => self.push(Value::list(Vec::new())),
            LIST => {
                let items = self.pop_mark(vm)?;
                self.push(Value::list(items));
            }
            APPEND => {
                let v = self.pop(vm)?;
                let target = self.top(vm)?;
                self.extend(vm, &target, vec![v])?;
            }
            APPENDS => {
                let items = self.pop_mark(vm)?;
                let target = self.top(vm)?;
                self.extend(vm, &target, items)?;
            }
            EMPTY_DICT => self.push(Value::Dict(crate::objects::dict::Dict::new())),
            DICT => {
                let items = self.pop_mark(vm)?;
                let d = Value::Dict(crate::objects::dict::Dict::new());
                self.set_items(vm, &d, items)?;
                self.push(d);
            }
            SETITEM => {
                let v = self.pop(vm)?;
                let k = self.pop(vm)?;
                let target = self.top(vm)?;
                self.set_items(vm, &target, vec![k, v])?;
            }
            SETITEMS => {
                let items = self.pop_mark(vm)?;
                let target = self.top(vm)?;
                self.set_items(vm, &target, items)?;
            }
            EMPTY_SET => self.push(Value::Set(Set::new())),
            ADDITEMS => {
                let items = self.pop_mark(vm)?;
                let target = self.top(vm)?;
                match &target {
                    Value::Set(s) => {
                        for v in items {
                            s.add(vm, v)?;
                        }
                    }
                    other => {
                        for v in items {
                            vm.call_method(other, "add", &[v])?;
                        }
                    }
                }
            }
            FROZENSET => {
                let items = self.pop_mark(vm)?;
                let s = crate::vm::ops::new_set_from(vm, items)?;
                self.push(Value::FrozenSet(s));
            }
            GET => {
                let i = self.text_index(vm)?;
                self.memo_get(vm, i.max(0) as u64)?;
            }
            BINGET => {
                let i = self.u8(vm)?;
                self.memo_get(vm, i as u64)?;
            }
            LONG_BINGET => {
                let i = self.u32(vm)?;
                self.memo_get(vm, i as u64)?;
            }
            PUT => {
                let i = self.text_index(vm)?;
                let v = self.top(vm)?;
                if i < 0 {
                    return Err(PyErr::value_error("negative PUT argument"));
                }
                self.memo_put(i as usize, v);
            }
            BINPUT => {
                let i = self.u8(vm)?;
                let v = self.top(vm)?;
                self.memo_put(i as usize, v);
            }
            LONG_BINPUT => {
                let i = self.u32(vm)?;
                let v = self.top(vm)?;
                self.memo_put(i as usize, v);
            }
            MEMOIZE => {
                let v = self.top(vm)?;
                let i = self.memo.len();
                self.memo_put(i, v);
            }
            GLOBAL => {
                let module = String::from_utf8_lossy(self.line(vm)?).into_owned();
                let name = String::from_utf8_lossy(self.line(vm)?).into_owned();
                let v = vm.call_method(&self.helper.clone(), "find_class", &[Value::string(module), Value::string(name)])?;
                self.push(v);
            }
            STACK_GLOBAL => {
                let name = self.pop(vm)?;
                let module = self.pop(vm)?;
                if !matches!(name, Value::Str(_)) || !matches!(module, Value::Str(_)) {
                    return Err(self.error(vm, "STACK_GLOBAL requires str"));
                }
                let v = vm.call_method(&self.helper.clone(), "find_class", &[module, name])?;
                self.push(v);
            }
            EXT1 | EXT2 | EXT4 => {
                let code = match op {
                    EXT1 => self.u8(vm)? as i64,
                    EXT2 => self.u16(vm)? as i64,
                    _ => self.i32(vm)? as i64,
                };
                let v = vm.call_method(&self.helper.clone(), "_extension", &[Value::Int(code)])?;
                self.push(v);
            }
            REDUCE => {
                let args = self.pop(vm)?;
                let func = self.pop(vm)?;
                let Value::Tuple(t) = &args else {
                    return Err(PyErr::type_error("argument list must be a tuple"));
                };
                let v = vm.call(&func, t, &KwArgs::new())?;
                self.push(v);
            }
            NEWOBJ => {
                let args = self.pop(vm)?;
                let cls = self.pop(vm)?;
                let v = self.new_object(vm, &cls, &args, None)?;
                self.push(v);
            }
            NEWOBJ_EX => {
                let kwargs = self.pop(vm)?;
                let args = self.pop(vm)?;
                let cls = self.pop(vm)?;
                let v = self.new_object(vm, &cls, &args, Some(&kwargs))?;
                self.push(v);
            }
            BUILD => {
                let state = self.pop(vm)?;
                let inst = self.top(vm)?;
                self.build(vm, &inst, state)?;
            }
            INST => {
                let module = String::from_utf8_lossy(self.line(vm)?).into_owned();
                let name = String::from_utf8_lossy(self.line(vm)?).into_owned();
                let args = self.pop_mark(vm)?;
                let cls = vm.call_method(&self.helper.clone(), "find_class", &[Value::string(module), Value::string(name)])?;
                let v = vm.call_method(&self.helper.clone(), "_instantiate", &[cls, Value::tuple(args)])?;
                self.push(v);
            }
            OBJ => {
                let mut args = self.pop_mark(vm)?;
                if args.is_empty() {
                    return Err(self.underflow(vm));
                }
                let cls = args.remove(0);
                let v = vm.call_method(&self.helper.clone(), "_instantiate", &[cls, Value::tuple(args)])?;
                self.push(v);
            }
            PERSID => {
                vm.call_method(&self.helper.clone(), "_persistent_ready", &[])?;
                let line = self.line(vm)?;
                let pid = match std::str::from_utf8(line) {
                    Ok(s) if s.is_ascii() => Value::str(s),
                    _ => return Err(self.error(vm, "persistent IDs in protocol 0 must be ASCII strings")),
                };
                let v = self.persistent(vm, pid)?;
                self.push(v);
            }
            BINPERSID => {
                vm.call_method(&self.helper.clone(), "_persistent_ready", &[])?;
                let pid = self.pop(vm)?;
                let v = self.persistent(vm, pid)?;
                self.push(v);
            }
            other => {
                let shown =
                    if (0x20..0x7f).contains(&other) && other != b'\\' && other != b'\'' { (other as char).to_string() } else { format!("\\x{other:02x}") };
                return Err(self.error(vm, format!("invalid load key, '{shown}'.")));
            }
        }
        Ok(())
    }

    fn unicode(&mut self, vm: &mut Vm, n: u64) -> PyResult<()> {
        let b = self.sized(vm, n)?;
        match std::str::from_utf8(b) {
            Ok(s) => self.push(Value::Str(PyStr::new(s))),
            Err(_) => {
                let v = vm.call_method(&Value::Bytes(Arc::new(b.to_vec())), "decode", &[Value::str("utf-8"), Value::str("surrogatepass")])?;
                self.push(v);
            }
        }
        Ok(())
    }

    /// A Python 2 `str`, decoded as the Unpickler's `encoding`/`errors` say.
    fn str8(&mut self, vm: &mut Vm, raw: Vec<u8>) -> PyResult<()> {
        let v = vm.call_method(&self.helper.clone(), "_decode_str8", &[Value::Bytes(Arc::new(raw))])?;
        self.push(v);
        Ok(())
    }

    fn persistent(&mut self, vm: &mut Vm, pid: Value) -> PyResult<Value> {
        vm.call_method(&self.helper.clone(), "_persistent", &[pid])
    }

    fn extend(&mut self, vm: &mut Vm, target: &Value, items: Vec<Value>) -> PyResult<()> {
        if let Value::List(l) = target {
            l.items.lock().extend(items);
            return Ok(());
        }
        let ext = vm.get_attr(target, &intern("extend"));
        match ext {
            Ok(f) if items.len() != 1 => {
                vm.call(&f, &[Value::List(List::new(items))], &KwArgs::new())?;
            }
            _ => {
                let append = vm.get_attr(target, &intern("append"))?;
                for v in items {
                    vm.call(&append, &[v], &KwArgs::new())?;
                }
            }
        }
        Ok(())
    }

    fn set_items(&mut self, vm: &mut Vm, target: &Value, items: Vec<Value>) -> PyResult<()> {
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            match target {
                Value::Dict(d) => d.set(vm, k, v)?,
                other => vm.setitem(other, k, v)?,
            }
        }
        Ok(())
    }

    fn new_object(&mut self, vm: &mut Vm, cls: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let Value::Class(_) = cls else {
            let what = if kwargs.is_some() { "NEWOBJ_EX" } else { "NEWOBJ" };
            return Err(self.error(vm, format!("{what} class argument must be a type, not {}", type_name(cls))));
        };
        let Value::Tuple(t) = args else {
            let what = if kwargs.is_some() { "NEWOBJ_EX" } else { "NEWOBJ" };
            return Err(self.error(vm, format!("{what} args argument must be a tuple, not {}", type_name(args))));
        };
        let new = vm.get_attr(cls, &intern("__new__"))?;
        let mut all = Vec::with_capacity(t.len() + 1);
        all.push(cls.clone());
        all.extend(t.iter().cloned());
        let mut kw = KwArgs::new();
        if let Some(k) = kwargs {
            let Value::Dict(d) = k else {
                return Err(self.error(vm, format!("NEWOBJ_EX kwargs argument must be a dict, not {}", type_name(k))));
            };
            for (key, v) in d.items() {
                match key {
                    Value::Str(s) => kw.push((s, v)),
                    _ => return Err(PyErr::type_error("keywords must be strings")),
                }
            }
        }
        vm.call(&new, &all, &kw)
    }

    fn build(&mut self, vm: &mut Vm, inst: &Value, state: Value) -> PyResult<()> {
        let cls = types().of(inst);
        if vm.class_lookup(&cls, &intern("__setstate__")).is_some() {
            vm.call_method(inst, "__setstate__", &[state])?;
            return Ok(());
        }
        let (state, slots) = match &state {
            Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            _ => (state, Value::None),
        };
        if !state.is_none() {
            let Value::Dict(sd) = &state else {
                return Err(self.error(vm, "state is not a dictionary"));
            };
            let own = match inst {
                Value::Instance(i) if i.has_dict() => Some(i),
                _ => None,
            };
            match own {
                Some(i) => {
                    // Str keys keep the instance's values vector; any other key needs its dict.
                    for (k, v) in sd.items() {
                        match &k {
                            Value::Str(s) => {
                                let _ = i.set_attr(&intern(s.as_str()), v);
                            }
                            _ => {
                                if let Some(d) = i.dict() {
                                    d.set(vm, k, v)?;
                                }
                            }
                        }
                    }
                }
                None => {
                    let d = vm.get_attr(inst, &intern("__dict__"))?;
                    for (k, v) in sd.items() {
                        vm.setitem(&d, k, v)?;
                    }
                }
            }
        }
        if !slots.is_none() {
            let Value::Dict(sd) = &slots else {
                return Err(self.error(vm, "slot state is not a dictionary"));
            };
            for (k, v) in sd.items() {
                match &k {
                    Value::Str(s) => vm.set_attr(inst, &intern(s.as_str()), v)?,
                    _ => return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", type_name(&k)))),
                }
            }
        }
        Ok(())
    }
}

fn parse_int(text: &[u8]) -> Option<Value> {
    let s = std::str::from_utf8(text).ok()?.trim();
    if let Ok(i) = s.parse::<i64>() {
        return Some(Value::Int(i));
    }
    s.parse::<BigInt>().ok().map(Value::bigint)
}

/// Protocol 0's raw-unicode-escape text: `\uXXXX` and `\UXXXXXXXX` are characters, every other
/// byte is the Latin-1 character of that value.
fn raw_unicode_escape_chars(line: &[u8]) -> String {
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        if b == b'\\' && i + 1 < line.len() && (line[i + 1] == b'u' || line[i + 1] == b'U') {
            let width = if line[i + 1] == b'u' { 4 } else { 8 };
            if let Some(hex) = line.get(i + 2..i + 2 + width)
                && let Some(c) = std::str::from_utf8(hex).ok().and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32)
            {
                out.push(c);
                i += 2 + width;
                continue;
            }
        }
        out.push(b as char);
        i += 1;
    }
    out
}

fn raw_unicode_unescape(line: &[u8]) -> String {
    raw_unicode_escape_chars(line)
}

/// The bytes a Python 2 `repr` of a str stands for (what `codecs.escape_decode` gives).
fn escape_decode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'\\' || i + 1 >= s.len() {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let c = s[i + 1];
        i += 2;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut n = (c - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < s.len() && (b'0'..=b'7').contains(&s[i]) {
                    n = n * 8 + (s[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(n as u8);
            }
            b'x' if i + 2 <= s.len() && s[i..i + 2].iter().all(|b| b.is_ascii_hexdigit()) => {
                out.push(u8::from_str_radix(std::str::from_utf8(&s[i..i + 2]).unwrap_or("0"), 16).unwrap_or(0));
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    out
}
