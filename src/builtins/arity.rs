//! The arity of every method of the core built-in types (positional arguments after `self`, as
//! CPython 3.11 declares them) and the one check every call of such a method goes through: an
//! unbound call needs a `self` of the owner type (`int.bit_length("x")`), and a missing or extra
//! argument is a TypeError worded as CPython words it, before the native code indexes its arguments.

use crate::objects::Arc;
use crate::objects::class::Class;
use crate::objects::function::Owner;
use crate::objects::function::{Builtin, KwArgs};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

/// How CPython words an argument-count error for a kind of method.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArityStyle {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `list.append() takes exactly one argument (0 given)`.
    One,
    /// A slot wrapper (`int.__add__`): `expected 1 argument, got 0`.
    Wrapper,
    /// Argument clinic, positional: `rjust expected at least 1 argument, got 0`.
    Clinic,
    /// Argument clinic with keywords: `split() takes at most 2 arguments (3 given)`.
    Kw,
    /// Older positional parsing: `find() takes at most 3 arguments (4 given)`.
    Old,
    /// `__new__` of any native class: its first argument must be a class.
    New,
    /// A slot wrapper whose native code checks its own arguments (an exception's `__init__`):
    /// only its `self` is checked here.
    Slot,
}

/// Positional arguments a method takes after `self`: `min..=max` (255: any number).
#[derive(Clone, Copy, Debug)]
pub struct Arity {
    pub owner: Owner,
    pub name: &'static str,
    pub min: u8,
    pub max: u8,
    pub style: ArityStyle,
}

/// The arity of `owner.name` when it is a method of a core built-in type.
pub fn lookup(owner: Owner, name: &str) -> Option<&'static Arity> {
    if name == "__new__" {
        return Some(&NEW);
    }
    let container = matches!(owner, Owner::List | Owner::Dict | Owner::Set);
    if (matches!(owner, Owner::Exception(_)) && matches!(name, "__init__" | "__str__" | "__repr__")) || (container && name == "__init__") {
        return Some(&SLOT);
    }
    TABLE.iter().find(|a| a.owner == owner && a.name == name)
}

static NEW: Arity = Arity { owner: Owner::Free, name: "__new__", min: 0, max: 255, style: ArityStyle::New };
static SLOT: Arity = Arity { owner: Owner::Free, name: "", min: 0, max: 255, style: ArityStyle::Slot };

/// The class whose instances the methods of `owner` in the table apply to (None: any object).
fn owner_class(owner: Owner) -> Option<&'static Arc<Class>> {
    let t = types();
    Some(match owner {
        Owner::Bool => &t.bool_,
        Owner::Int => &t.int,
        Owner::Float => &t.float,
        Owner::Complex => &t.complex,
        Owner::Str => &t.str_,
        Owner::Bytes => &t.bytes,
        Owner::Bytearray => super::bytearray::bytearray_class(),
        Owner::Tuple => &t.tuple,
        Owner::List => &t.list,
        Owner::Dict => &t.dict,
        Owner::Set => &t.set,
        Owner::Frozenset => &t.frozenset,
        Owner::Range => &t.range,
        Owner::Slice => &t.slice,
        Owner::Exception(kind) => t.exc_ref(kind),
        Owner::Free | Owner::SpecialBinding | Owner::Object | Owner::Type | Owner::BaseExceptionGroup | Owner::Named(_) => return None,
    })
}

/// Whether `this` is a plain value of the owner type itself (the usual call, checked without
/// looking up its class; a subclass's instance wraps its value and is not one).
#[inline(always)]
pub(crate) fn exact_owner(owner: Owner, this: &Value) -> bool {
    matches!(
        (owner, this),
        (Owner::Str, Value::Str(_))
            | (Owner::List, Value::List(_))
            | (Owner::Dict, Value::Dict(_))
            | (Owner::Int, Value::Int(_) | Value::BigInt(_))
            | (Owner::Float, Value::Float(_))
            | (Owner::Bytes, Value::Bytes(_))
            | (Owner::Tuple, Value::Tuple(_))
            | (Owner::Set, Value::Set(_))
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A method of a type outside the table (memoryview, deque, the io classes, exceptions...)
/// called through its class with nothing at all: CPython's TypeError, before the native code
/// looks for its `self`.
pub fn check_self_given(b: &Builtin) -> PyResult<()> {
    match b.owner {
        Owner::Named(_) | Owner::Object | Owner::BaseExceptionGroup | Owner::Exception(_) if b.name != "__new__" => Err(PyErr::type_error(needs_argument(b))),
        _ => Ok(()),
    }
}

/// Special names CPython defines as plain methods (a `method_descriptor`), not slot wrappers:
/// their unbound call without `self` is worded as any method's.
const METHOD_DUNDERS: &[&str] = &[
    "__reduce__",
    "__reduce_ex__",
    "__sizeof__",
    "__format__",
    "__dir__",
    "__setstate__",
    "__getstate__",
    "__enter__",
    "__exit__",
    "__reversed__",
    "__length_hint__",
    "__copy__",
    "__deepcopy__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__getnewargs__",
    "__getnewargs_ex__",
    "__bytes__",
    "__complex__",
    "__fspath__",
    "__subclasses__",
    "__instancecheck__",
    "__subclasscheck__",
    "__class_getitem__",
];

/// Whether CPython defines `name` as a slot wrapper (`int.__add__`), which words its errors
/// as a descriptor's, rather than as a plain method.
fn is_slot_wrapper(name: &str) -> bool {
    name.starts_with("__") && !METHOD_DUNDERS.contains(&name)
}

fn needs_argument(b: &Builtin) -> String {
    if is_slot_wrapper(b.name) {
        format!("descriptor '{}' of '{}' object needs an argument", b.name, b.owner.name())
    } else {
        format!("unbound method {}.{}() needs an argument", b.owner.name(), b.name)
    }
}

/// Checks a call of `b`: `self` present and of the owner type, and
/// the number of positional arguments within the method's arity.
/// `this` is the bound value or the first argument; `n` the positional arguments after it.
pub fn check(b: &Builtin, ar: &Arity, this: Option<&Value>, n: usize, kwargs: &KwArgs) -> PyResult<()> {
    if ar.style == ArityStyle::New {
        return match this {
            None => Err(PyErr::type_error(format!("{}.__new__(): not enough arguments", b.owner.name()))),
            Some(Value::Class(c)) => match owner_class(b.owner) {
                Some(owner) if !c.is_subclass(owner) => {
                    let o = b.owner.name();
                    Err(PyErr::type_error(format!("{o}.__new__({c}): {c} is not a subtype of {o}", c = c.name)))
                }
                _ => Ok(()),
            },
            Some(v) => Err(PyErr::type_error(format!("{}.__new__(X): X is not a type object ({})", b.owner.name(), types().of(v).name))),
        };
    }
    let Some(this) = this else {
        return Err(PyErr::type_error(needs_argument(b)));
    };
    // The shared slot entry names no owner: the builtin's own does.
    let owner = if ar.owner == Owner::Free { b.owner } else { ar.owner };
    if !exact_owner(owner, this)
        && let Some(owner_cls) = owner_class(owner)
    {
        let cls = types().of_ref(this);
        if !cls.is_subclass(owner_cls) {
            let msg = if is_slot_wrapper(b.name) {
                format!("descriptor '{}' requires a '{}' object but received a '{}'", b.name, b.owner.name(), cls.name)
            } else {
                format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", b.name, b.owner.name(), cls.name)
            };
            return Err(PyErr::type_error(msg));
        }
    }
    if ar.style == ArityStyle::Slot {
        return Ok(());
    }
    let (min, max) = (ar.min as usize, ar.max as usize);
    let (owner, name) = (b.owner.name(), b.name);
    if !kwargs.is_empty() {
        match ar.style {
            ArityStyle::Wrapper => return Err(PyErr::type_error(format!("wrapper {name}() takes no keyword arguments"))),
            ArityStyle::NoArgs | ArityStyle::One | ArityStyle::Clinic | ArityStyle::Old => {
                return Err(PyErr::type_error(format!("{owner}.{name}() takes no keyword arguments")));
            }
            // Keywords may stand for positional parameters: the method checks them.
            ArityStyle::Kw | ArityStyle::New | ArityStyle::Slot => {
                return if n <= max {
                    Ok(())
                } else if max == 0 && ar.style == ArityStyle::Kw {
                    Err(PyErr::type_error(format!("{name}() takes no positional arguments")))
                } else {
                    Err(PyErr::type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))))
                };
            }
        }
    }
    if n <= max && n >= min {
        return Ok(());
    }
    let msg = match ar.style {
        ArityStyle::NoArgs => format!("{owner}.{name}() takes no arguments ({n} given)"),
        ArityStyle::One => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        ArityStyle::Wrapper if min == max => format!("expected {min} argument{}, got {n}", plural(min)),
        ArityStyle::Wrapper if n < min => format!("expected at least {min} argument{}, got {n}", plural(min)),
        ArityStyle::Wrapper => format!("expected at most {max} argument{}, got {n}", plural(max)),
        ArityStyle::Clinic if min == max => format!("{name} expected {min} argument{}, got {n}", plural(min)),
        ArityStyle::Clinic if n < min => format!("{name} expected at least {min} argument{}, got {n}", plural(min)),
        ArityStyle::Clinic => format!("{name} expected at most {max} argument{}, got {n}", plural(max)),
        ArityStyle::Old if n < min => format!("{name}() takes at least {min} argument{} ({n} given)", plural(min)),
        ArityStyle::Old => format!("{name}() takes at most {max} argument{} ({n} given)", plural(max)),
        ArityStyle::Kw if max == 0 => format!("{name}() takes no positional arguments"),
        ArityStyle::Kw if n < min => format!("{name}() takes at least {min} positional argument{} ({n} given)", plural(min)),
        ArityStyle::Kw | ArityStyle::New | ArityStyle::Slot => format!("{name}() takes at most {max} argument{} ({n} given)", plural(max)),
    };
    Err(PyErr::type_error(msg))
}

/// Generated from python3 3.11: each method descriptor and slot wrapper of the type called with 0 to
/// 5 arguments (the counts that raise no argument-count TypeError), with a keyword, and with one
/// argument too many (the wording of the error).
#[rustfmt::skip]
static TABLE: &[Arity] = &[
    Arity { owner: Owner::Str, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__contains__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__format__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__getitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__getnewargs__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__mod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__rmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "__str__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Str, name: "capitalize", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "casefold", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "center", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Str, name: "count", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Str, name: "encode", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Str, name: "endswith", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Str, name: "expandtabs", min: 0, max: 1, style: ArityStyle::Kw },
    Arity { owner: Owner::Str, name: "find", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Str, name: "format", min: 0, max: 255, style: ArityStyle::Kw },
    Arity { owner: Owner::Str, name: "format_map", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "index", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Str, name: "isalnum", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isalpha", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isascii", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isdecimal", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isdigit", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isidentifier", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "islower", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isnumeric", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isprintable", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isspace", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "istitle", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "isupper", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "join", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "ljust", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Str, name: "lower", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "lstrip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Str, name: "partition", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "removeprefix", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "removesuffix", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "replace", min: 2, max: 3, style: ArityStyle::Clinic },
    Arity { owner: Owner::Str, name: "rfind", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Str, name: "rindex", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Str, name: "rjust", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Str, name: "rpartition", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "rsplit", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Str, name: "rstrip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Str, name: "split", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Str, name: "splitlines", min: 0, max: 1, style: ArityStyle::Kw },
    Arity { owner: Owner::Str, name: "startswith", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Str, name: "strip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Str, name: "swapcase", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "title", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "translate", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Str, name: "upper", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Str, name: "zfill", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytes, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__bytes__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "__contains__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__getitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__getnewargs__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__mod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__rmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "__str__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytes, name: "capitalize", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "center", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytes, name: "count", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytes, name: "decode", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytes, name: "endswith", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytes, name: "expandtabs", min: 0, max: 1, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytes, name: "find", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytes, name: "hex", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytes, name: "index", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytes, name: "isalnum", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "isalpha", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "isascii", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "isdigit", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "islower", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "isspace", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "istitle", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "isupper", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "join", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytes, name: "ljust", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytes, name: "lower", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "lstrip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytes, name: "partition", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytes, name: "removeprefix", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytes, name: "removesuffix", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytes, name: "replace", min: 2, max: 3, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytes, name: "rfind", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytes, name: "rindex", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytes, name: "rjust", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytes, name: "rpartition", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytes, name: "rsplit", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytes, name: "rstrip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytes, name: "split", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytes, name: "splitlines", min: 0, max: 1, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytes, name: "startswith", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytes, name: "strip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytes, name: "swapcase", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "title", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "translate", min: 1, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytes, name: "upper", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytes, name: "zfill", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__alloc__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "__contains__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__delitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__getitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__iadd__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__imul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__mod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__reduce__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "__reduce_ex__", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__rmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__setitem__", min: 2, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "__str__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bytearray, name: "append", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "capitalize", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "center", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "clear", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "copy", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "count", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytearray, name: "decode", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytearray, name: "endswith", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytearray, name: "expandtabs", min: 0, max: 1, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytearray, name: "extend", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "find", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytearray, name: "hex", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytearray, name: "index", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytearray, name: "insert", min: 2, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "isalnum", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "isalpha", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "isascii", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "isdigit", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "islower", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "isspace", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "istitle", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "isupper", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "join", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "ljust", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "lower", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "lstrip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "partition", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "pop", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "remove", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "removeprefix", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "removesuffix", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "replace", min: 2, max: 3, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "reverse", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "rfind", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytearray, name: "rindex", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytearray, name: "rjust", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "rpartition", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Bytearray, name: "rsplit", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytearray, name: "rstrip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "split", min: 0, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytearray, name: "splitlines", min: 0, max: 1, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytearray, name: "startswith", min: 1, max: 3, style: ArityStyle::Old },
    Arity { owner: Owner::Bytearray, name: "strip", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Bytearray, name: "swapcase", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "title", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "translate", min: 1, max: 2, style: ArityStyle::Kw },
    Arity { owner: Owner::Bytearray, name: "upper", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bytearray, name: "zfill", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Int, name: "__abs__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__and__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__bool__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__ceil__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "__divmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__float__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__floor__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "__floordiv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__format__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Int, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__getnewargs__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__index__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__int__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__invert__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__lshift__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__mod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__neg__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__or__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__pos__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__pow__", min: 1, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__radd__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rand__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rdivmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rfloordiv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rlshift__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__ror__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__round__", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Int, name: "__rpow__", min: 1, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rrshift__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rshift__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rsub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rtruediv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__rxor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "__sub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__truediv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "__trunc__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "__xor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Int, name: "as_integer_ratio", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "bit_count", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "bit_length", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "conjugate", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Int, name: "to_bytes", min: 0, max: 3, style: ArityStyle::Kw },
    Arity { owner: Owner::Float, name: "__abs__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__bool__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__ceil__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Float, name: "__divmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__float__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__floor__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Float, name: "__floordiv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__format__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Float, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__getnewargs__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Float, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__int__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__mod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__neg__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__pos__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__pow__", min: 1, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__radd__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__rdivmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__rfloordiv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__rmod__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__round__", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::Float, name: "__rpow__", min: 1, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__rsub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__rtruediv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__sub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__truediv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Float, name: "__trunc__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Float, name: "as_integer_ratio", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Float, name: "conjugate", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Float, name: "hex", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Float, name: "is_integer", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Bool, name: "__and__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bool, name: "__or__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bool, name: "__rand__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bool, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bool, name: "__ror__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bool, name: "__rxor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Bool, name: "__xor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__abs__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__bool__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__complex__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Complex, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__format__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Complex, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__getnewargs__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Complex, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__neg__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__pos__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__pow__", min: 1, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__radd__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__rpow__", min: 1, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__rsub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__rtruediv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__sub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "__truediv__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Complex, name: "conjugate", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::List, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__contains__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__delitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__getitem__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::List, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__iadd__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__imul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__reversed__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::List, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__setitem__", min: 2, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::List, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::List, name: "append", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::List, name: "clear", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::List, name: "copy", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::List, name: "count", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::List, name: "extend", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::List, name: "index", min: 1, max: 3, style: ArityStyle::Clinic },
    Arity { owner: Owner::List, name: "insert", min: 2, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::List, name: "pop", min: 0, max: 1, style: ArityStyle::Clinic },
    Arity { owner: Owner::List, name: "remove", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::List, name: "reverse", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::List, name: "sort", min: 0, max: 0, style: ArityStyle::Kw },
    Arity { owner: Owner::Tuple, name: "__add__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__contains__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__getitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__getnewargs__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Tuple, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__mul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "__rmul__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Tuple, name: "count", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Tuple, name: "index", min: 1, max: 3, style: ArityStyle::Clinic },
    Arity { owner: Owner::Dict, name: "__contains__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Dict, name: "__delitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__getitem__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Dict, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__ior__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__or__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__reversed__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Dict, name: "__ror__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__setitem__", min: 2, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Dict, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Dict, name: "clear", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Dict, name: "copy", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Dict, name: "get", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Dict, name: "items", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Dict, name: "keys", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Dict, name: "pop", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Dict, name: "popitem", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Dict, name: "setdefault", min: 1, max: 2, style: ArityStyle::Clinic },
    Arity { owner: Owner::Dict, name: "update", min: 0, max: 1, style: ArityStyle::Kw },
    Arity { owner: Owner::Dict, name: "values", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Set, name: "__and__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__contains__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__iand__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__ior__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__isub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__ixor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__or__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__rand__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__reduce__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Set, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__ror__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__rsub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__rxor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Set, name: "__sub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "__xor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Set, name: "add", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "clear", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Set, name: "copy", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Set, name: "difference", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Set, name: "difference_update", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Set, name: "discard", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "intersection", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Set, name: "intersection_update", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Set, name: "isdisjoint", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "issubset", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "issuperset", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "pop", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Set, name: "remove", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "symmetric_difference", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "symmetric_difference_update", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Set, name: "union", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Set, name: "update", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Frozenset, name: "__and__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__contains__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Frozenset, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__or__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__rand__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__reduce__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Frozenset, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__ror__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__rsub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__rxor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Frozenset, name: "__sub__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "__xor__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Frozenset, name: "copy", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Frozenset, name: "difference", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Frozenset, name: "intersection", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Frozenset, name: "isdisjoint", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Frozenset, name: "issubset", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Frozenset, name: "issuperset", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Frozenset, name: "symmetric_difference", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Frozenset, name: "union", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Range, name: "__bool__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__contains__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__getitem__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__iter__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__len__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__reduce__", min: 0, max: 255, style: ArityStyle::Clinic },
    Arity { owner: Owner::Range, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Range, name: "__reversed__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Range, name: "count", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Range, name: "index", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Slice, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "__reduce__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Slice, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Slice, name: "indices", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Object, name: "__delattr__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__dir__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Object, name: "__eq__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__format__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Object, name: "__ge__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__getattribute__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__getstate__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Object, name: "__gt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__hash__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__le__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__lt__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__ne__", min: 1, max: 1, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__reduce__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Object, name: "__reduce_ex__", min: 1, max: 1, style: ArityStyle::One },
    Arity { owner: Owner::Object, name: "__repr__", min: 0, max: 0, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__setattr__", min: 2, max: 2, style: ArityStyle::Wrapper },
    Arity { owner: Owner::Object, name: "__sizeof__", min: 0, max: 0, style: ArityStyle::NoArgs },
    Arity { owner: Owner::Object, name: "__str__", min: 0, max: 0, style: ArityStyle::Wrapper },
];
