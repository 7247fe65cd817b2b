//! The protocols every value takes part in: truth, hashing, equality and ordering, length, repr and str.
//! Built-in kinds answer directly; instances of user classes answer through their dunder methods.

use super::Vm;
use crate::ast::CmpOp;
use crate::objects::ExcKind;
use crate::objects::class::Payload;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::hashing::{hash_bigint, hash_bytes, hash_float, hash_int, hash_tuple, simple_eq};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;

impl Vm {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.items.lock().is_empty(),
            Value::Dict(d) => d.len() > 0,
            Value::Set(s) | Value::FrozenSet(s) => s.len() > 0,
            Value::Range(r) => !r.is_empty(),
            Value::Class(c) if c.metaclass.is_some() => {
                if let Some(r) = self.call_meta(v, crate::name!("__bool__"), &[]) {
                    let r = r?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", types().of(&r).name))),
                    };
                }
                if self.meta_method(v, crate::name!("__len__")).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                true
            }
            Value::Instance(i) => {
                // A native container (a deque: queue's and Condition's storage) answers without a call.
                if let Some(n) = i.native_data().and_then(|d| d.length()) {
                    return Ok(n > 0);
                }
                let cls = i.class_ref();
                if let Some(b) = self.class_lookup(cls, crate::name!("__bool__")).map(super::special::as_method) {
                    let r = self.call1(&b, v.clone())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", types().of(&r).name))),
                    };
                }
                if let Some(l) = self.class_lookup(cls, crate::name!("__len__")).map(super::special::as_method) {
                    let r = self.call1(&l, v.clone())?;
                    return Ok(self.len_result(&r)? != 0);
                }
                if let Some(inner) = super::subclass::wrapped(v) {
                    return self.truthy(&inner.clone());
                }
                true
            }
            _ => true,
        })
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f5e0f7,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_int(*i),
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => hash_float(*f),
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => hash_bytes(b),
            // CPython puts no limit on the nesting here: neither does this (the stack grows).
            Value::Tuple(t) => super::stack::for_nested(|| {
                let mut hs: smallvec::SmallVec<[i64; 8]> = smallvec::SmallVec::with_capacity(t.len());
                for x in t.iter() {
                    hs.push(self.hash(x)?);
                }
                Ok::<_, PyErr>(hash_tuple(hs.into_iter()))
            })?,
            Value::FrozenSet(s) => {
                // CPython's frozenset hash mixing.
                let mut h: u64 = 0;
                for (eh, _) in s.hashed_items() {
                    let x = eh as u64;
                    h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
                }
                h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                let r = h as i64;
                if r == -1 { 590923713 } else { r }
            }
            // As CPython: the hash of (len, start, step), with step (and start) None when they do not matter.
            Value::Range(r) => {
                let (len, start, step) = r.key();
                let parts = [Value::bigint(len), start.map_or(Value::None, Value::bigint), step.map_or(Value::None, Value::bigint)];
                let mut hs = Vec::with_capacity(3);
                for x in &parts {
                    hs.push(self.hash(x)?);
                }
                hash_tuple(hs.into_iter())
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(PyErr::type_error(format!("unhashable type: '{}'", types().of(v).name)));
            }
            Value::Instance(i) => {
                let cls = i.class_ref();
                match self.class_lookup(cls, crate::name!("__hash__")) {
                    Some(Value::None) => return Err(PyErr::type_error(format!("unhashable type: '{}'", cls.tp_name()))),
                    Some(f @ Value::Function(_)) => hash_result(self.call1(&f, v.clone())?)?,
                    Some(f @ Value::Instance(_)) => hash_result(self.call1(&super::special::as_method(f), v.clone())?)?,
                    // A native type's own hash (memoryview hashes its bytes, or refuses).
                    Some(f @ Value::Builtin(_)) if matches!(i.payload, Payload::Native(_)) => hash_result(self.call1(&f, v.clone())?)?,
                    _ => match &i.payload {
                        crate::objects::class::Payload::Base(inner) => return self.hash(&inner.clone()),
                        _ => (v.ptr().unwrap_or(0) >> 4) as i64,
                    },
                }
            }
            // As CPython's method_hash: the object's identity and the function's hash (equal
            // methods, bound apart, hash alike).
            Value::BoundMethod(m) => {
                let h = (m.self_.ptr().unwrap_or(0) >> 4) as i64 ^ self.hash(&m.func.clone())?;
                if h == -1 { -2 } else { h }
            }
            Value::Class(c) if c.metaclass.is_some() => match self.class_lookup(&c.meta(), crate::name!("__hash__")) {
                Some(Value::None) => return Err(PyErr::type_error(format!("unhashable type: '{}'", c.meta().tp_name()))),
                Some(f @ Value::Function(_)) => hash_result(self.call1(&f, v.clone())?)?,
                _ => (v.ptr().unwrap_or(0) >> 4) as i64,
            },
            _ => (v.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = simple_eq(a, b) {
            return Ok(r);
        }
        if a.is(b) && !matches!(a, Value::Float(_)) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Calls `a.__op__(b)` on instances (with the reflected method on `b`), or compares built-ins.
    /// One level deeper, as CPython's `PyObject_RichCompare` (so `__eq__` recursing through `==`
    /// uses two units of the recursion limit per level, as there).
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        self.nested(IN_COMPARISON, |vm| vm.rich_compare_here(a, b, op))
    }

    fn rich_compare_here(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (name, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!(),
        };
        // A right operand of a subclass of the left's class is asked first (CPython's
        // `checked_reverse_op`), and not asked again after the left.
        let right_first = super::operand_order::comparison(a, b) == super::operand_order::OperandOrder::RightFirst;
        if right_first
            && let Value::Instance(i) = b
            && let Some(f) = self.instance_lookup(i, &intern(reflected))
        {
            let r = self.call(&f, &[b.clone(), a.clone()], NO_KWARGS)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Value::Instance(i) = a {
            if let Some(f) = self.instance_lookup(i, &intern(name)) {
                let r = self.call(&f, &[a.clone(), b.clone()], NO_KWARGS)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            } else if op == CmpOp::NotEq
                && let Some(f) = self.instance_lookup(i, crate::name!("__eq__"))
            {
                let r = self.call(&f, &[a.clone(), b.clone()], NO_KWARGS)?;
                if !matches!(r, Value::NotImplemented) {
                    let t = self.truthy(&r)?;
                    return Ok(Value::Bool(!t));
                }
            }
        }
        if !right_first
            && let Value::Instance(i) = b
            && let Some(f) = self.instance_lookup(i, &intern(reflected))
        {
            let r = self.call(&f, &[b.clone(), a.clone()], NO_KWARGS)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if matches!(a, Value::Class(c) if c.metaclass.is_some()) || matches!(b, Value::Class(c) if c.metaclass.is_some()) {
            if let Some(r) = self.call_meta(a, &intern(name), std::slice::from_ref(b)) {
                let r = r?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            } else if op == CmpOp::NotEq
                && let Some(r) = self.call_meta(a, crate::name!("__eq__"), std::slice::from_ref(b))
            {
                let r = r?;
                if !matches!(r, Value::NotImplemented) {
                    let t = self.truthy(&r)?;
                    return Ok(Value::Bool(!t));
                }
            }
            if let Some(r) = self.call_meta(b, &intern(reflected), std::slice::from_ref(a)) {
                let r = r?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // A subclass of a built-in value type: when either side leaves the comparison to the
        // built-in type (a plain value, or a subclass not defining it in Python), the values
        // they wrap are compared.
        let (ia, ib) = (super::subclass::wrapped(a), super::subclass::wrapped(b));
        if ia.is_some() || ib.is_some() {
            let builtin_side = |v: &Value, dunder: &str| !matches!(v, Value::Instance(_)) || super::subclass::base_value(v, &intern(dunder)).is_some();
            if builtin_side(a, name) || builtin_side(b, reflected) {
                let (ia, ib) = (ia.cloned().unwrap_or_else(|| a.clone()), ib.cloned().unwrap_or_else(|| b.clone()));
                let result = self.rich_compare_here(&ia, &ib, op);
                // "not supported" names the operands' own classes, not the values they wrap.
                if let Err(e) = &result
                    && !matches!(op, CmpOp::Eq | CmpOp::NotEq)
                    && e.matches(ExcKind::TypeError)
                    && e.data().args.first().and_then(|m| m.as_str().map(|m| m == self.not_supported_text(&ia, &ib, op))) == Some(true)
                {
                    return Err(self.not_supported(a, b, op));
                }
                return result;
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(self.builtin_eq(a, b)?)),
            CmpOp::NotEq => Ok(Value::Bool(!self.builtin_eq(a, b)?)),
            _ => {
                let ord = self.builtin_order(a, b, op)?;
                Ok(Value::Bool(match op {
                    CmpOp::Lt => ord == Ordering::Less,
                    CmpOp::LtE => ord != Ordering::Greater,
                    CmpOp::Gt => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                }))
            }
        }
    }

    /// Runs `f`, a step into a nested value (comparing, hashing the items of a container),
    /// one level deeper: RecursionError ("maximum recursion depth exceeded{what}") past the
    /// recursion limit, and a bigger stack when this thread's runs short, so that no nesting
    /// of data overflows the stack (CPython's `Py_EnterRecursiveCall`).
    pub fn nested<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.depth += 1;
        if self.depth > self.recursion_limit() {
            self.depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, format!("maximum recursion depth exceeded{what}")));
        }
        let r = super::stack::for_nested(|| f(self));
        self.depth -= 1;
        r
    }

    fn builtin_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = simple_eq(a, b) {
            return Ok(r);
        }
        self.container_eq(a, b)
    }

    fn container_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if x.items.lock().len() != y.items.lock().len() {
                    return Ok(false);
                }
                Ok(match self.lists_differ_at(x, y)? {
                    Some(_) => false,
                    None => x.items.lock().len() == y.items.lock().len(),
                })
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(x, y),
            (Value::Slice(x), Value::Slice(y)) => {
                self.seq_eq(&[x.start.clone(), x.stop.clone(), x.step.clone()], &[y.start.clone(), y.stop.clone(), y.step.clone()])
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.items() {
                    match y.get(self, &k)? {
                        Some(w) => {
                            if !self.eq(&v, &w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for k in x.items() {
                    if !y.contains(self, &k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            // Ranges are equal when they hold the same numbers (CPython's range_equals).
            (Value::Range(x), Value::Range(y)) => Ok(x.key() == y.key()),
            // Bound methods are equal when bound to the same object and their functions are
            // equal (CPython 3.8+'s method_richcompare).
            (Value::BoundMethod(x), Value::BoundMethod(y)) => Ok(x.self_.is(&y.self_) && self.eq(&x.func, &y.func)?),
            (Value::Instance(x), Value::Instance(y)) => {
                // Views of mappings compare as sets of their items.
                if let (Some(ix), Some(iy)) = (x.native_data().and_then(|d| d.view_items()), y.native_data().and_then(|d| d.view_items())) {
                    if ix.len() != iy.len() {
                        return Ok(false);
                    }
                    let s = crate::objects::set::Set::new();
                    for v in iy {
                        s.add(self, v)?;
                    }
                    for v in ix {
                        if !s.contains(self, &v)? {
                            return Ok(false);
                        }
                    }
                    return Ok(true);
                }
                Ok(a.is(b))
            }
            _ => Ok(a.is(b)),
        }
    }

    /// The first pair of items of two lists that are not equal, read live as CPython's
    /// list_richcompare reads them (an `__eq__` may change either list; the scan stops at the
    /// end of the shorter one as it is then).
    fn lists_differ_at(&mut self, x: &crate::objects::value::List, y: &crate::objects::value::List) -> PyResult<Option<(Value, Value)>> {
        let mut i = 0;
        loop {
            let p = x.items.lock().get(i).cloned();
            let q = y.items.lock().get(i).cloned();
            let (Some(p), Some(q)) = (p, q) else { return Ok(None) };
            if !p.is(&q) && !self.eq(&p, &q)? {
                return Ok(Some((p, q)));
            }
            i += 1;
        }
    }

    fn seq_eq(&mut self, a: &[Value], b: &[Value]) -> PyResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        for (x, y) in a.iter().zip(b.iter()) {
            if !x.is(y) && !self.eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn not_supported(&self, a: &Value, b: &Value, op: CmpOp) -> PyErr {
        PyErr::type_error(self.not_supported_text(a, b, op))
    }

    fn not_supported_text(&self, a: &Value, b: &Value, op: CmpOp) -> String {
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        format!("'{sym}' not supported between instances of '{}' and '{}'", types().of(a).tp_name(), types().of(b).tp_name())
    }

    /// Ordering of built-in values; TypeError where Python has none.
    pub fn builtin_order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Ordering> {
        use Value::*;
        Ok(match (a, b) {
            (Int(x), Int(y)) => x.cmp(y),
            (Bool(_) | Int(_) | BigInt(_), Bool(_) | Int(_) | BigInt(_)) => to_big(a).cmp(&to_big(b)),
            (Float(x), Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
            (Float(x), Int(_) | Bool(_) | BigInt(_)) => cmp_float_int(*x, b),
            (Int(_) | Bool(_) | BigInt(_), Float(y)) => cmp_float_int(*y, a).reverse(),
            (Str(x), Str(y)) => x.as_str().cmp(y.as_str()),
            (Bytes(x), Bytes(y)) => x.cmp(y),
            (List(x), List(y)) => {
                return Ok(match self.lists_differ_at(x, y)? {
                    Some((p, q)) if self.less_than(&p, &q)? => Ordering::Less,
                    Some(_) => Ordering::Greater,
                    Option::None => x.items.lock().len().cmp(&y.items.lock().len()),
                });
            }
            (Tuple(x), Tuple(y)) => return self.seq_order(x, y, op),
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                // Subset ordering: only the four answers are meaningful.
                let sub = self.is_subset(&x.items(), y)?;
                let sup = self.is_subset(&y.items(), x)?;
                let r = match op {
                    CmpOp::Lt => sub && x.len() < y.len(),
                    CmpOp::LtE => sub,
                    CmpOp::Gt => sup && x.len() > y.len(),
                    _ => sup,
                };
                // Encode the boolean answer as an ordering the caller maps back.
                return Ok(match (op, r) {
                    (CmpOp::Lt, true) | (CmpOp::LtE, true) => Ordering::Less,
                    (CmpOp::Gt, true) | (CmpOp::GtE, true) => Ordering::Greater,
                    (CmpOp::Lt, false) | (CmpOp::LtE, false) => Ordering::Greater,
                    _ => Ordering::Less,
                });
            }
            _ => return Err(self.not_supported(a, b, op)),
        })
    }

    fn is_subset(&mut self, items: &[Value], of: &crate::objects::set::Set) -> PyResult<bool> {
        for i in items {
            if !of.contains(self, i)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn seq_order(&mut self, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Ordering> {
        for (x, y) in a.iter().zip(b.iter()) {
            if x.is(y) || self.eq(x, y)? {
                continue;
            }
            if self.less_than(x, y)? {
                return Ok(Ordering::Less);
            }
            let _ = op;
            return Ok(Ordering::Greater);
        }
        Ok(a.len().cmp(&b.len()))
    }

    /// `a < b` as a bool, for sorting and min/max.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            (Value::Tuple(x), Value::Tuple(y)) => self.tuple_less(x, y),
            _ => {
                let r = self.rich_compare(a, b, CmpOp::Lt)?;
                self.truthy(&r)
            }
        }
    }

    /// `a < b` for two tuples (sort keys, mostly): items of one plain kind (ints, strs, floats
    /// that are not NaN) are compared here; the first other pair goes the general way (equal?
    /// then less?), one level deeper as `rich_compare` counts it.
    fn tuple_less(&mut self, a: &[Value], b: &[Value]) -> PyResult<bool> {
        for (x, y) in a.iter().zip(b.iter()) {
            let ord = match (x, y) {
                (Value::Int(p), Value::Int(q)) => p.cmp(q),
                (Value::Str(p), Value::Str(q)) => p.as_str().cmp(q.as_str()),
                (Value::Float(p), Value::Float(q)) if let Some(o) = p.partial_cmp(q) => o,
                _ => {
                    if x.is(y) || self.eq(x, y)? {
                        continue;
                    }
                    let r = self.rich_compare(x, y, CmpOp::Lt)?;
                    return self.truthy(&r);
                }
            };
            match ord {
                Ordering::Equal => continue,
                o => return Ok(o == Ordering::Less),
            }
        }
        Ok(a.len() < b.len())
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.items.lock().len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len_index().ok_or_else(|| PyErr::overflow(crate::objects::range::TOO_LONG))? as usize,
            Value::Instance(i) => {
                if let Some(n) = i.native_data().and_then(|d| d.length()) {
                    return Ok(n);
                }
                match self.instance_lookup(i, crate::name!("__len__")) {
                    Some(f) => {
                        let r = self.call1(&f, v.clone())?;
                        self.len_result(&r)?
                    }
                    None => match super::subclass::wrapped(v) {
                        Some(inner) => return self.len(&inner.clone()),
                        None => return Err(PyErr::type_error(format!("object of type '{}' has no len()", i.class().tp_name()))),
                    },
                }
            }
            Value::Class(_) if let Some(r) = self.call_meta(v, crate::name!("__len__"), &[]) => {
                let r = r?;
                self.len_result(&r)?
            }
            _ => return Err(PyErr::type_error(format!("object of type '{}' has no len()", types().of(v).tp_name()))),
        })
    }

    /// An int through `__index__` as a C ssize_t argument (a count, a position, a size): past 64
    /// bits OverflowError "Python int too large to convert to C ssize_t", as argument clinic's
    /// converter. Callers that CPython words otherwise use `index_as` with their `Oversize`.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        self.index_as(v, Oversize::Ssize)
    }

    /// An int through `__index__`, with the caller's choice of what a value past 64 bits becomes.
    pub fn index_as(&mut self, v: &Value, how: Oversize) -> PyResult<i64> {
        match self.index_wide(v)? {
            Ok(n) => Ok(n),
            Err(negative) => how.apply(negative, types().of(v).name.as_str()),
        }
    }

    /// An int through `__index__` at full precision (`operator.index`, `hex()`, `math.comb`).
    pub fn index_bigint(&mut self, v: &Value) -> PyResult<BigInt> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(to_big(v)),
            Value::Instance(i) if let Some(f) = self.instance_lookup(i, crate::name!("__index__")) => match self.call1(&f, v.clone())? {
                r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Ok(to_big(&r)),
                r => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", types().of(&r).name))),
            },
            Value::Instance(_) if let Some(inner @ (Value::Int(_) | Value::BigInt(_))) = super::subclass::wrapped(v) => Ok(to_big(inner)),
            _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))),
        }
    }

    /// An int through `__index__`: `Ok(n)` when it fits 64 bits, else `Err(is_negative)`.
    pub fn index_wide(&mut self, v: &Value) -> PyResult<Result<i64, bool>> {
        match v {
            Value::Int(i) => Ok(Ok(*i)),
            Value::Bool(b) => Ok(Ok(*b as i64)),
            Value::BigInt(b) => Ok(b.to_i64().ok_or(b.sign() == num_bigint::Sign::Minus)),
            Value::Instance(i) if let Some(f) = self.instance_lookup(i, crate::name!("__index__")) => match self.call1(&f, v.clone())? {
                r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => self.index_wide(&r),
                r => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", types().of(&r).name))),
            },
            Value::Instance(_) if matches!(super::subclass::wrapped(v), Some(Value::Int(_) | Value::BigInt(_))) => {
                let inner = super::subclass::wrapped(v).cloned().unwrap_or(Value::None);
                self.index_wide(&inner)
            }
            _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name))),
        }
    }

    /// The length `__len__` returned: ValueError below zero (even past 64 bits), OverflowError
    /// "cannot fit 'int' ..." above.
    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match self.index_wide(r)? {
            Ok(n) if n >= 0 => Ok(n as usize),
            Ok(_) | Err(true) => Err(PyErr::value_error("__len__() should return >= 0")),
            Err(false) => Oversize::Size.apply(false, "int").map(|n| n as usize),
        }
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Class(c) = v
            && c.metaclass.is_some()
            && let Some(r) = self.call_meta(v, crate::name!("__repr__"), &[])
        {
            let r = r?;
            return string_result(r, "__repr__");
        }
        if let Value::Module(m) = v
            && let Some(cls) = m.subclass()
            && let Some(f @ Value::Function(_)) = self.class_lookup(&cls, crate::name!("__repr__"))
        {
            let r = self.call1(&f, v.clone())?;
            return string_result(r, "__repr__");
        }
        if let Value::Instance(i) = v {
            let cls = i.class_ref();
            if let Some(f) = self.class_lookup(cls, crate::name!("__repr__")) {
                let native_own = matches!(&f, Value::Builtin(b) if b.owner.is_method() && b.owner != Owner::Object);
                let f = super::special::as_method(f);
                if native_own {
                    // A native __repr__ may come back here (a built-in subclass's): one level deeper.
                    let r = self.nested(GETTING_REPR, |vm| vm.call1(&f, v.clone()))?;
                    let text = string_result(r, "__repr__")?;
                    if let Payload::Base(Value::Set(_) | Value::FrozenSet(_)) = &i.payload {
                        return Ok(super::subclass::subclass_set_repr(&cls.name, &text));
                    }
                    return Ok(text);
                }
                if matches!(f, Value::Function(_)) || super::special::is_wrapped(&f) {
                    let r = self.nested(GETTING_REPR, |vm| vm.call1(&f, v.clone()))?;
                    return string_result(r, "__repr__");
                }
            }
        }
        self.depth += 1;
        if self.depth > self.recursion_limit() + 50 {
            self.depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        let r = super::stack::for_nested(|| super::format::builtin_repr(self, v));
        self.depth -= 1;
        r
    }

    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(i) => {
                let cls = i.class_ref();
                // CPython's tuple, list, dict, set, int, float... have no `__str__` of their own:
                // str() of an instance of a subclass is object.__str__, i.e. repr() (so a
                // namedtuple prints as its repr). gilpy's give those types one; look past it.
                let owner = std::iter::once(&**cls).chain(cls.mro.iter().map(|c| &**c)).find(|c| c.dict.get_str(crate::name!("__str__")).is_some());
                if let Some(owner) = owner
                    && owner.kind == crate::objects::class::Kind::Value
                    && str_is_repr(owner)
                {
                    return self.repr(v);
                }
                let found = self.class_lookup(cls, crate::name!("__str__")).map(super::special::as_method);
                // Functions, wrapped special objects and BaseExceptionGroup's own __str__
                // ("msg (N sub-exceptions)").
                if let Some(f) = found
                    && (matches!(f, Value::Function(_))
                        || super::special::is_wrapped(&f)
                        || matches!(&f, Value::Builtin(b) if b.owner == Owner::BaseExceptionGroup)
                        // A native type's own `__str__` (mappingproxy's shows its mapping's str).
                        || matches!(&f, Value::Builtin(b) if matches!(i.payload, Payload::Native(_)) && b.owner != Owner::Object))
                {
                    let r = self.nested(GETTING_STR, |vm| vm.call1(&f, v.clone()))?;
                    return string_result(r, "__str__");
                }
                if i.exc().is_none()
                    && let Some(f @ Value::Function(_)) = self.class_lookup(cls, crate::name!("__repr__"))
                {
                    let _ = f;
                    return self.repr(v);
                }
                if i.exc().is_some() {
                    return super::format::exception_str(self, v);
                }
                if let Payload::Base(inner) = &i.payload {
                    // set and frozenset have no __str__: object's gives repr(), which names the subclass.
                    if matches!(inner, Value::Set(_) | Value::FrozenSet(_)) {
                        return self.repr(v);
                    }
                    return self.str(&inner.clone());
                }
                self.repr(v)
            }
            Value::Class(c) if c.metaclass.is_some() => match self.call_meta(v, crate::name!("__str__"), &[]) {
                Some(r) => string_result(r?, "__str__"),
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }
}

/// What a RecursionError says past the limit in each of the places CPython checks it (the
/// suffix of "maximum recursion depth exceeded").
pub const IN_COMPARISON: &str = " in comparison";
pub const GETTING_REPR: &str = " while getting the repr of an object";
pub const GETTING_STR: &str = " while getting the str of an object";
/// A call of a built-in function or method that calls back into Python code.
pub const CALLING: &str = " while calling a Python object";

/// Whether `c` is a built-in type whose str() is its repr() (CPython gives them no `__str__`).
fn str_is_repr(c: &crate::objects::class::Class) -> bool {
    let t = types();
    [&t.tuple, &t.list, &t.dict, &t.set, &t.frozenset, &t.int, &t.float, &t.complex, &t.range].into_iter().any(|k| std::ptr::eq(&**k, c))
}

pub fn to_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::from(0),
    }
}

fn cmp_float_int(f: f64, i: &Value) -> Ordering {
    if f.is_nan() {
        return Ordering::Equal;
    }
    match i {
        Value::Int(n) => {
            let nf = *n as f64;
            if nf == f {
                // Exactness for large values.
                if f.abs() < 9.0e15 {
                    return Ordering::Equal;
                }
                return BigInt::from(f as i128).cmp(&BigInt::from(*n));
            }
            f.partial_cmp(&nf).unwrap_or(Ordering::Equal)
        }
        Value::Bool(b) => f.partial_cmp(&(*b as i64 as f64)).unwrap_or(Ordering::Equal),
        Value::BigInt(b) => {
            if f.is_infinite() {
                return if f > 0.0 { Ordering::Greater } else { Ordering::Less };
            }
            // Exactly: the float's integer part against the int, then its fraction breaks a tie.
            use num_traits::FromPrimitive;
            let whole = BigInt::from_f64(f.trunc()).unwrap_or_default();
            match whole.cmp(b) {
                Ordering::Equal => f.fract().partial_cmp(&0.0).unwrap_or(Ordering::Equal),
                o => o,
            }
        }
        _ => Ordering::Equal,
    }
}

/// What a `__hash__` written in Python returned, as a hash: an int that fits is used as it is
/// (-1 is reserved, so it becomes -2), a big int is hashed, anything else is CPython's TypeError.
fn hash_result(r: Value) -> PyResult<i64> {
    Ok(match r {
        Value::Int(-1) => -2,
        Value::Int(i) => i,
        Value::BigInt(b) => hash_bigint(&b),
        Value::Bool(b) => b as i64,
        _ => return Err(PyErr::type_error("__hash__ method should return an integer")),
    })
}

/// What a `__repr__` or `__str__` returned, as the object itself (a str subclass stays one).
fn string_object(r: Value, which: &str) -> PyResult<Value> {
    match &r {
        Value::Str(_) => Ok(r),
        Value::Instance(i) if matches!(i.payload, Payload::Base(Value::Str(_))) => Ok(r),
        _ => Err(PyErr::type_error(format!("{which} returned non-string (type {})", types().of(&r).name))),
    }
}

impl Vm {
    /// `repr(v)` as an object: what a `__repr__` written in Python returned (a str subclass
    /// instance is kept), else the text as a str.
    pub fn repr_object(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Instance(i) = v
            && let Some(f @ Value::Function(_)) = self.class_lookup(i.class_ref(), crate::name!("__repr__"))
        {
            let r = self.nested(GETTING_REPR, |vm| vm.call1(&f, v.clone()))?;
            return string_object(r, "__repr__");
        }
        Ok(Value::string(self.repr(v)?))
    }

    /// `str(v)` as an object, as `repr_object` (`__str__`, else `__repr__` written in Python).
    pub fn str_object(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            // An exact str is its own str (as CPython's); an int's digits are ASCII, not counted.
            Value::Str(_) => return Ok(v.clone()),
            Value::Int(n) => {
                let digits = n.to_string();
                let len = digits.len();
                return Ok(Value::Str(crate::objects::str::PyStr::from_counted(digits, len)));
            }
            _ => {}
        }
        if let Value::Instance(i) = v
            && i.exc().is_none()
        {
            match self.class_lookup(i.class_ref(), crate::name!("__str__")) {
                Some(f @ Value::Function(_)) => {
                    let r = self.nested(GETTING_STR, |vm| vm.call1(&f, v.clone()))?;
                    return string_object(r, "__str__");
                }
                Some(Value::Builtin(b)) if b.owner == Owner::Object => return self.repr_object(v),
                _ => {}
            }
        }
        Ok(Value::string(self.str(v)?))
    }

    /// `format(v, spec)` as an object: what a `__format__` written in Python returned (it
    /// must be a str; a subclass instance is kept), else the formatted text.
    pub fn format_object(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        if let Value::Instance(i) = v
            && super::subclass::wrapped(v).is_none()
        {
            match self.class_lookup(i.class_ref(), crate::name!("__format__")) {
                Some(f @ Value::Function(_)) => {
                    let r = self.call(&f, &[v.clone(), Value::str(spec)], crate::objects::function::NO_KWARGS)?;
                    return format_result(r);
                }
                // object.__format__ is a call of a built-in method, then str(): two levels.
                None if spec.is_empty() && i.exc().is_none() => return self.nested(CALLING, |vm| vm.str_object(v)),
                Some(Value::Builtin(b)) if b.owner == Owner::Object && spec.is_empty() && i.exc().is_none() => {
                    return self.nested(CALLING, |vm| vm.str_object(v));
                }
                _ => {}
            }
        }
        Ok(Value::string(self.format(v, spec)?))
    }
}

/// What a `__format__` returned: a str (or subclass instance), else CPython's TypeError.
pub fn format_result(r: Value) -> PyResult<Value> {
    match &r {
        Value::Str(_) => Ok(r),
        Value::Instance(i) if matches!(i.payload, Payload::Base(Value::Str(_))) => Ok(r),
        _ => Err(PyErr::type_error(format!("__format__ must return a str, not {}", types().of(&r).name))),
    }
}

/// The text a `__repr__` or `__str__` returned: a str, or an instance of a str subclass;
/// anything else is CPython's TypeError.
fn string_result(r: Value, which: &str) -> PyResult<String> {
    if let Value::Str(s) = &r {
        return Ok(s.as_str().to_string());
    }
    if let Value::Instance(i) = &r
        && let Payload::Base(Value::Str(s)) = &i.payload
    {
        return Ok(s.as_str().to_string());
    }
    Err(PyErr::type_error(format!("{which} returned non-string (type {})", types().of(&r).name)))
}
/// Dicts and sets find keys through the VM's hash and equality (which may call user dunders).
impl crate::objects::hashing::KeyOps for Vm {
    #[inline]
    fn hash_key(&mut self, key: &Value) -> PyResult<i64> {
        // The usual keys, hashed here without the general function's set-up.
        match key {
            Value::Int(i) => Ok(hash_int(*i)),
            Value::Str(s) => Ok(s.hash()),
            _ => self.hash(key),
        }
    }

    #[inline]
    fn keys_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.eq(a, b)
    }
}

/// What an int past 64 bits becomes where an index-sized integer is wanted: CPython's choice per
/// caller (the exception given to `PyNumber_AsSsize_t`, or argument clinic's ssize_t converter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Oversize {
    /// A subscript (`seq[i]`): IndexError "cannot fit 'T' into an index-sized integer".
    Subscript,
    /// A size (`len()`, a repeat count, `bytes(n)`): OverflowError "cannot fit 'T' ...".
    Size,
    /// A C ssize_t argument: OverflowError "Python int too large to convert to C ssize_t".
    Ssize,
    /// Saturated to the 64-bit range (slice bounds, `index()`/`find()` start and end).
    Clamp,
}

impl Oversize {
    /// The value or error for an int past 64 bits (`negative`: its sign), of an object of type `tname`.
    pub fn apply(self, negative: bool, tname: &str) -> PyResult<i64> {
        let cannot_fit = || format!("cannot fit '{tname}' into an index-sized integer");
        match self {
            Oversize::Subscript => Err(PyErr::new(ExcKind::IndexError, cannot_fit())),
            Oversize::Size => Err(PyErr::new(ExcKind::OverflowError, cannot_fit())),
            Oversize::Ssize => Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")),
            Oversize::Clamp => Ok(if negative { i64::MIN + 1 } else { i64::MAX }),
        }
    }
}
