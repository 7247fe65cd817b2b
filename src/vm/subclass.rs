//! Instances of user subclasses of built-in value types (`class Counts(dict)`, `class Point(tuple)`,
//! `class Name(str)`): each wraps the built-in value it is (`Payload::Base`) beside its own `__dict__`.
//! This module makes them (`__new__` of every value type, `__init__` of list, dict and set) and gives
//! the VM the wrapped value for any protocol the subclass does not define in Python itself.

use super::Vm;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs, NO_KWARGS};
use crate::objects::str::{PyStr, intern};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

/// The built-in value `v` wraps, when `v` is an instance of a subclass of a built-in type whose
/// class does not define `dunder` in Python (so the built-in behaviour applies).
pub fn base_value(v: &Value, dunder: &PyStr) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    let Payload::Base(inner) = &i.payload else { return None };
    match i.class().lookup(dunder) {
        Some(Value::Function(_)) => None,
        _ => Some(inner.clone()),
    }
}

pub use crate::objects::class::wrapped;

/// Built-in value types that user classes may subclass.
pub fn value_types() -> [&'static Arc<Class>; 9] {
    let t = types();
    [&t.int, &t.float, &t.str_, &t.bytes, &t.tuple, &t.list, &t.dict, &t.set, &t.frozenset]
}

fn is_mutable(base: &Arc<Class>) -> bool {
    let t = types();
    [&t.list, &t.dict, &t.set].iter().any(|c| Arc::ptr_eq(c, base))
}

/// The built-in value type a class derives from, if any.
pub fn value_base(cls: &Arc<Class>) -> Option<Arc<Class>> {
    std::iter::once(cls)
        .chain(cls.mro.iter())
        .find(|c| c.is_builtin && c.kind == crate::objects::class::Kind::Value && value_types().iter().any(|v| Arc::ptr_eq(v, c)))
        .cloned()
}

/// The dunder that `X(obj)` would use for a built-in value type X.
fn conversion_dunder(base: &Arc<Class>) -> &'static PyStr {
    let t = types();
    if Arc::ptr_eq(base, &t.int) {
        crate::name!("__int__")
    } else if Arc::ptr_eq(base, &t.float) {
        crate::name!("__float__")
    } else if Arc::ptr_eq(base, &t.str_) {
        crate::name!("__str__")
    } else if Arc::ptr_eq(base, &t.bytes) {
        crate::name!("__bytes__")
    } else {
        crate::name!("__iter__")
    }
}

/// `X.__new__(cls, *args)` for a built-in value type X: the built-in constructor for X itself, an
/// instance wrapping a new X for a subclass (mutable types start empty: their `__init__` fills them).
pub fn value_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let Some(base) = value_base(cls) else {
        return Err(PyErr::type_error(format!("__new__(X): {} is not a subtype of a built-in type", cls.name)));
    };
    let Some(ctor) = base.base_new.get().cloned() else {
        return Err(PyErr::type_error(format!("cannot create '{}' instances", base.name)));
    };
    if Arc::ptr_eq(cls, &base) {
        // int(Money(5)), float(...), bytes(...): the built-in value inside converts as itself,
        // unless the subclass defines the conversion (`__iter__` for list(x), `__str__`...).
        // str() of a non-str value shows a __repr__ written in Python (object.__str__ is repr),
        // and a set's own repr, which names the subclass.
        let shows_own_repr = |v: &Value, inner: &Value| {
            Arc::ptr_eq(&base, &types().str_)
                && !matches!(inner, Value::Str(_))
                && (matches!(inner, Value::Set(_) | Value::FrozenSet(_)) || base_value(v, crate::name!("__repr__")).is_none())
        };
        if let Some(inner) = a.get(1).and_then(|v| base_value(v, conversion_dunder(&base)).filter(|inner| !shows_own_repr(v, inner))) {
            let mut args = a.to_vec();
            args[1] = inner;
            return vm.call(&ctor, &args, k);
        }
        return vm.call(&ctor, a, k);
    }
    let inner = if is_mutable(&base) {
        vm.call(&ctor, &[Value::Class(base.clone())], NO_KWARGS)?
    } else {
        let mut args = vec![Value::Class(base.clone())];
        args.extend_from_slice(&a[1..]);
        vm.call(&ctor, &args, k)?
    };
    Ok(Value::Instance(Instance::new(cls.clone(), Payload::Base(inner))))
}

/// `X.__new__` as called through the class X itself: CPython's checks of its first argument
/// (there, a class that derives from X), worded with X's name, then `value_new`.
fn checked_value_new(vm: &mut Vm, a: &[Value], k: &KwArgs, owner: &Arc<Class>) -> PyResult<Value> {
    let o = &owner.name;
    match a.first() {
        None => Err(PyErr::type_error(format!("{o}.__new__(): not enough arguments"))),
        Some(Value::Class(c)) if !c.is_subclass(owner) => Err(PyErr::type_error(format!("{o}.__new__({c}): {c} is not a subtype of {o}", c = c.name))),
        Some(Value::Class(_)) => value_new(vm, a, k),
        Some(v) => Err(PyErr::type_error(format!("{o}.__new__(X): X is not a type object ({})", types().of(v).name))),
    }
}

/// One `__new__` per built-in value type (a native function names no class of its own).
macro_rules! value_news {
    ($($field:ident => $fname:ident),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            checked_value_new(vm, a, k, &types().$field)
        })*

        fn value_news() -> Vec<(&'static Arc<Class>, crate::objects::function::NativeFn)> {
            vec![$((&types().$field, $fname as crate::objects::function::NativeFn)),*]
        }
    };
}

value_news! {
    int => int_new,
    float => float_new,
    str_ => str_new,
    bytes => bytes_new,
    tuple => tuple_new,
    list => list_new,
    dict => dict_new,
    set => set_new,
    frozenset => frozenset_new,
}

/// `list.__init__(self, iterable=())`, `dict.__init__(self, *args, **kw)`, `set.__init__(self,
/// iterable=())`: refill the (wrapped) container from the arguments, as the constructor would.
fn container_init(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let Some(this) = a.first() else { return Err(PyErr::type_error("__init__ needs an argument")) };
    let fresh = vm.call(&Value::Class(types().of(this)), &a[1..], k)?;
    match (this, fresh) {
        (Value::List(l), Value::List(f)) => *l.items.lock() = f.items.lock().clone(),
        (Value::Dict(d), Value::Dict(f)) => {
            d.clear();
            for (key, v) in f.items() {
                d.set(vm, key, v)?;
            }
        }
        (Value::Set(s), Value::Set(f)) => {
            s.clear();
            for v in f.items() {
                s.add(vm, v)?;
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

/// Installs `__new__` on every built-in value type (keeping its constructor in `Class::base_new`)
/// and `__init__` on the mutable ones.
pub fn install() {
    for cls in value_types() {
        if cls.base_new.get().is_some() {
            return; // installed already
        }
        if let Some(ctor) = cls.dict.get_str(crate::name!("__new__")) {
            let _ = cls.base_new.set(ctor);
        }
    }
    for (cls, new) in value_news() {
        cls.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", new));
    }
    let t = types();
    for (cls, owner) in [(&t.list, Owner::List), (&t.dict, Owner::Dict), (&t.set, Owner::Set)] {
        cls.dict.set_str(crate::name!("__init__").clone(), Builtin::method(owner, "__init__", container_init));
    }
    install_dunders();
}

impl Vm {
    /// dict subclasses: a missing key goes to `__missing__` when the class defines it.
    pub fn base_getitem(&mut self, obj: &Value, inner: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Dict(d) = inner {
            if let Some(v) = d.get(self, key)? {
                return Ok(v);
            }
            if let Some(missing) = types().of(obj).lookup(&intern("__missing__")) {
                return self.call(&missing, &[obj.clone(), key.clone()], NO_KWARGS);
            }
            return Err(PyErr::key_error(key.clone()));
        }
        self.getitem(inner, key)
    }
}

/// The operand of a dunder method as the built-in value it is.
fn operand(v: &Value) -> &Value {
    wrapped(v).unwrap_or(v)
}

fn arg<'a>(a: &'a [Value], i: usize, name: &str) -> PyResult<&'a Value> {
    a.get(i).ok_or_else(|| PyErr::type_error(format!("expected {} argument{} for {name}", i, if i == 1 { "" } else { "s" })))
}

macro_rules! binary_dunders {
    ($($fname:ident => $op:expr),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
            let (x, y) = (operand(arg(a, 0, "a dunder")?), operand(arg(a, 1, "a dunder")?));
            vm.builtin_binop_or_not_implemented(x, y, $op)
        })*
    };
}

use crate::ast::{BinOp, CmpOp};

binary_dunders! {
    d_add => BinOp::Add, d_sub => BinOp::Sub, d_mul => BinOp::Mul, d_truediv => BinOp::Div,
    d_floordiv => BinOp::FloorDiv, d_mod => BinOp::Mod, d_pow => BinOp::Pow, d_and => BinOp::BitAnd,
    d_or => BinOp::BitOr, d_xor => BinOp::BitXor, d_lshift => BinOp::LShift, d_rshift => BinOp::RShift,
}

macro_rules! reflected_dunders {
    ($($fname:ident => $op:expr),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
            let (x, y) = (operand(arg(a, 0, "a dunder")?), operand(arg(a, 1, "a dunder")?));
            vm.builtin_binop_or_not_implemented(y, x, $op)
        })*
    };
}

reflected_dunders! {
    d_radd => BinOp::Add, d_rsub => BinOp::Sub, d_rmul => BinOp::Mul, d_rtruediv => BinOp::Div,
    d_rfloordiv => BinOp::FloorDiv, d_rmod => BinOp::Mod, d_rpow => BinOp::Pow,
}

macro_rules! compare_dunders {
    ($($fname:ident => $op:expr),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
            let (x, y) = (operand(arg(a, 0, "a comparison")?).clone(), operand(arg(a, 1, "a comparison")?).clone());
            if matches!(x, Value::Instance(_)) || matches!(y, Value::Instance(_)) || !comparable(&x, &y) {
                return Ok(Value::NotImplemented);
            }
            match vm.rich_compare(&x, &y, $op) {
                Err(e) if e.matches(ExcKind::TypeError) => Ok(Value::NotImplemented),
                r => r,
            }
        })*
    };
}

/// Whether a built-in type's comparison dunder handles `y`; CPython's answer NotImplemented for
/// other types (`'a'.__eq__(1)`, `(1).__eq__(1.0)`), leaving the decision to the operator.
fn comparable(x: &Value, y: &Value) -> bool {
    let int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    match x {
        Value::Str(_) => matches!(y, Value::Str(_)),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int(y),
        Value::Float(_) => int(y) || matches!(y, Value::Float(_)),
        Value::Bytes(_) => matches!(y, Value::Bytes(_)),
        Value::Tuple(_) => matches!(y, Value::Tuple(_)),
        Value::List(_) => matches!(y, Value::List(_)),
        Value::Dict(_) => matches!(y, Value::Dict(_)),
        Value::Set(_) | Value::FrozenSet(_) => matches!(y, Value::Set(_) | Value::FrozenSet(_)),
        _ => true,
    }
}

compare_dunders! {
    d_eq => CmpOp::Eq, d_ne => CmpOp::NotEq, d_lt => CmpOp::Lt, d_le => CmpOp::LtE, d_gt => CmpOp::Gt, d_ge => CmpOp::GtE,
}

fn d_len(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.len(operand(arg(a, 0, "__len__")?))? as i64))
}

fn d_contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(operand(arg(a, 0, "__contains__")?), arg(a, 1, "__contains__")?)?))
}

fn d_iter(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.get_iter(operand(arg(a, 0, "__iter__")?))
}

fn d_getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.getitem(operand(arg(a, 0, "__getitem__")?), arg(a, 1, "__getitem__")?)
}

fn d_setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.setitem(operand(arg(a, 0, "__setitem__")?), arg(a, 1, "__setitem__")?.clone(), arg(a, 2, "__setitem__")?.clone())?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.delitem(operand(arg(a, 0, "__delitem__")?), arg(a, 1, "__delitem__")?)?;
    Ok(Value::None)
}

fn d_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.repr(operand(arg(a, 0, "__repr__")?))?))
}

/// The repr of an instance of a set or frozenset subclass from its set's: CPython names the
/// subclass (`MySet({1, 2})`, `MySet()`).
pub fn subclass_set_repr(class_name: &str, text: &str) -> String {
    let body = text.strip_prefix("frozenset(").and_then(|t| t.strip_suffix(')')).unwrap_or(text);
    if body == "set()" || body.is_empty() { format!("{class_name}()") } else { format!("{class_name}({body})") }
}

fn d_str(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.str(operand(arg(a, 0, "__str__")?))?))
}

fn d_hash(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(operand(arg(a, 0, "__hash__")?))?))
}

fn d_bool(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(operand(arg(a, 0, "__bool__")?))?))
}

fn d_neg(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.unary_op(operand(arg(a, 0, "__neg__")?), crate::ast::UnaryOp::Neg)
}

fn d_pos(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.unary_op(operand(arg(a, 0, "__pos__")?), crate::ast::UnaryOp::Pos)
}

fn d_abs(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = vm.interp.builtins.get_str(&intern("abs")).ok_or_else(|| PyErr::name_error("abs"))?;
    vm.call(&f, std::slice::from_ref(operand(arg(a, 0, "__abs__")?)), NO_KWARGS)
}

fn d_int(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.call(&Value::Class(types().int.clone()), std::slice::from_ref(operand(arg(a, 0, "__int__")?)), NO_KWARGS)
}

fn d_float(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    vm.call(&Value::Class(types().float.clone()), std::slice::from_ref(operand(arg(a, 0, "__float__")?)), NO_KWARGS)
}

fn d_index(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match operand(arg(a, 0, "__index__")?) {
        // an int of any size is its own index (a bool gives the plain int)
        Value::BigInt(_) | Value::Int(_) => Ok(operand(&a[0]).clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        other => Ok(Value::Int(vm.index_value(other)?)),
    }
}

type Dunders = &'static [(&'static str, crate::objects::function::NativeFn)];

const COMPARE: Dunders = &[("__eq__", d_eq), ("__ne__", d_ne), ("__lt__", d_lt), ("__le__", d_le), ("__gt__", d_gt), ("__ge__", d_ge)];
const SHOW: Dunders = &[("__repr__", d_repr), ("__str__", d_str)];
/// Types whose str() is object's (their repr(), so a subclass's __repr__ shows in str()).
const REPR: Dunders = &[("__repr__", d_repr)];
const CONTAINER: Dunders = &[("__len__", d_len), ("__contains__", d_contains), ("__iter__", d_iter)];
const SEQUENCE: Dunders = &[("__getitem__", d_getitem), ("__add__", d_add), ("__mul__", d_mul), ("__rmul__", d_rmul)];
const MUTABLE: Dunders = &[("__setitem__", d_setitem), ("__delitem__", d_delitem)];
const NUMBER: Dunders = &[
    ("__add__", d_add),
    ("__sub__", d_sub),
    ("__mul__", d_mul),
    ("__truediv__", d_truediv),
    ("__floordiv__", d_floordiv),
    ("__mod__", d_mod),
    ("__pow__", d_pow),
    ("__radd__", d_radd),
    ("__rsub__", d_rsub),
    ("__rmul__", d_rmul),
    ("__rtruediv__", d_rtruediv),
    ("__rfloordiv__", d_rfloordiv),
    ("__rmod__", d_rmod),
    ("__rpow__", d_rpow),
    ("__neg__", d_neg),
    ("__pos__", d_pos),
    ("__abs__", d_abs),
    ("__bool__", d_bool),
    ("__int__", d_int),
    ("__float__", d_float),
    ("__hash__", d_hash),
];
const INT_ONLY: Dunders =
    &[("__and__", d_and), ("__or__", d_or), ("__xor__", d_xor), ("__lshift__", d_lshift), ("__rshift__", d_rshift), ("__index__", d_index)];
const HASHABLE: Dunders = &[("__hash__", d_hash)];

/// The dunder methods of the built-in value types as attributes: `(10).__add__(5)`,
/// `super().__getitem__(k)` in a dict subclass. An existing entry is kept.
pub fn install_dunders() {
    let t = types();
    let groups: [(&Arc<Class>, Owner, &[Dunders]); 10] = [
        (&t.int, Owner::Int, &[COMPARE, REPR, NUMBER, INT_ONLY]),
        (&t.float, Owner::Float, &[COMPARE, REPR, NUMBER]),
        (&t.str_, Owner::Str, &[COMPARE, SHOW, CONTAINER, SEQUENCE, HASHABLE, &[("__mod__", d_mod)]]),
        (&t.bytes, Owner::Bytes, &[COMPARE, SHOW, CONTAINER, SEQUENCE, HASHABLE]),
        (&t.tuple, Owner::Tuple, &[COMPARE, REPR, CONTAINER, SEQUENCE, HASHABLE]),
        (&t.list, Owner::List, &[COMPARE, REPR, CONTAINER, SEQUENCE, MUTABLE]),
        (&t.dict, Owner::Dict, &[COMPARE, REPR, CONTAINER, MUTABLE, &[("__getitem__", d_getitem), ("__or__", d_or)]]),
        (&t.set, Owner::Set, &[COMPARE, REPR, CONTAINER, &[("__and__", d_and), ("__or__", d_or), ("__xor__", d_xor), ("__sub__", d_sub)]]),
        (
            &t.frozenset,
            Owner::Frozenset,
            &[COMPARE, REPR, CONTAINER, HASHABLE, &[("__and__", d_and), ("__or__", d_or), ("__xor__", d_xor), ("__sub__", d_sub)]],
        ),
        (&t.range, Owner::Range, &[COMPARE, REPR, CONTAINER, HASHABLE, &[("__getitem__", d_getitem), ("__bool__", d_bool)]]),
    ];
    for (cls, owner, sets) in groups {
        for set in sets {
            for (name, f) in set.iter() {
                let key = intern(name);
                if cls.dict.get_str(&key).is_none() {
                    cls.dict.set_str(key, Builtin::method(owner, name, *f));
                }
            }
        }
    }
}
