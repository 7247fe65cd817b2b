//! Which built-in iterator an iterator object is (and which generator, coroutine or awaitable):
//! a typed handle the VM and the builtins decide on, with the Python-visible type name kept for
//! reprs, messages and the iterator's class (objects/types.rs).

use crate::code::Flavor;

/// The kinds of `PyIter`, one per Python-visible iterator type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    ListIterator,
    TupleIterator,
    StrAsciiIterator,
    StrIterator,
    BytesIterator,
    RangeIterator,
    LongRangeIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    SetIterator,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    ListReverseIterator,
    /// `iter(seq)` over an object with `__getitem__` only.
    Iterator,
    /// `iter(callable, sentinel)`.
    CallableIterator,
    UnpackIterator,
    ArrayIterator,
    Coroutine,
    AsyncGenerator,
    /// The awaitable of `agen.asend(v)` / `agen.__anext__()`.
    AsyncGeneratorAsend,
    /// The awaitable of `agen.athrow(exc)` / `agen.aclose()`.
    AsyncGeneratorAthrow,
    /// `coro.__await__()`.
    CoroutineWrapper,
    /// `anext(ait, default)`.
    AnextAwaitable,
    DictReverseKeyIterator,
    DictReverseValueIterator,
    DictReverseItemIterator,
    BytearrayIterator,
    /// `iter(OrderedDict)`, `reversed(OrderedDict)` and its views.
    OdictIterator,
    DequeIterator,
    DequeReverseIterator,
    MemoryIterator,
    // The kind below shares the `iterator` class in this table (generators have their own class).
    Generator,
}

impl IterKind {
    /// The kinds that have a class of their own among the built-in types, in the order the
    /// classes are made.
    pub const WITH_CLASS: &'static [IterKind] = &[
        IterKind::ListIterator,
        IterKind::TupleIterator,
        IterKind::StrAsciiIterator,
        IterKind::StrIterator,
        IterKind::BytesIterator,
        IterKind::RangeIterator,
        IterKind::LongRangeIterator,
        IterKind::DictKeyIterator,
        IterKind::DictValueIterator,
        IterKind::DictItemIterator,
        IterKind::SetIterator,
        IterKind::Enumerate,
        IterKind::Zip,
        IterKind::Map,
        IterKind::Filter,
        IterKind::Reversed,
        IterKind::ListReverseIterator,
        IterKind::Iterator,
        IterKind::CallableIterator,
        IterKind::UnpackIterator,
        IterKind::ArrayIterator,
        IterKind::Coroutine,
        IterKind::AsyncGenerator,
        IterKind::AsyncGeneratorAsend,
        IterKind::AsyncGeneratorAthrow,
        IterKind::CoroutineWrapper,
        IterKind::AnextAwaitable,
        IterKind::DictReverseKeyIterator,
        IterKind::DictReverseValueIterator,
        IterKind::DictReverseItemIterator,
        IterKind::BytearrayIterator,
        IterKind::OdictIterator,
        IterKind::DequeIterator,
        IterKind::DequeReverseIterator,
        IterKind::MemoryIterator,
    ];

    /// The kinds that show as the `iterator` class, after `WITH_CLASS` in declaration order.
    pub const SHARING_CLASS: &'static [IterKind] = &[IterKind::Generator];

    /// The type's name as Python shows it (`<list_iterator object at ...>`).
    pub fn name(self) -> &'static str {
        match self {
            IterKind::ListIterator => "list_iterator",
            IterKind::TupleIterator => "tuple_iterator",
            IterKind::StrAsciiIterator => "str_ascii_iterator",
            IterKind::StrIterator => "str_iterator",
            IterKind::BytesIterator => "bytes_iterator",
            IterKind::RangeIterator => "range_iterator",
            IterKind::LongRangeIterator => "longrange_iterator",
            IterKind::DictKeyIterator => "dict_keyiterator",
            IterKind::DictValueIterator => "dict_valueiterator",
            IterKind::DictItemIterator => "dict_itemiterator",
            IterKind::SetIterator => "set_iterator",
            IterKind::Enumerate => "enumerate",
            IterKind::Zip => "zip",
            IterKind::Map => "map",
            IterKind::Filter => "filter",
            IterKind::Reversed => "reversed",
            IterKind::ListReverseIterator => "list_reverseiterator",
            IterKind::Iterator => "iterator",
            IterKind::CallableIterator => "callable_iterator",
            IterKind::UnpackIterator => "unpack_iterator",
            IterKind::ArrayIterator => "arrayiterator",
            IterKind::Coroutine => "coroutine",
            IterKind::AsyncGenerator => "async_generator",
            IterKind::AsyncGeneratorAsend => "async_generator_asend",
            IterKind::AsyncGeneratorAthrow => "async_generator_athrow",
            IterKind::CoroutineWrapper => "coroutine_wrapper",
            IterKind::AnextAwaitable => "anext_awaitable",
            IterKind::Generator => "generator",
            IterKind::DictReverseKeyIterator => "dict_reversekeyiterator",
            IterKind::DictReverseValueIterator => "dict_reversevalueiterator",
            IterKind::DictReverseItemIterator => "dict_reverseitemiterator",
            IterKind::BytearrayIterator => "bytearray_iterator",
            IterKind::OdictIterator => "odict_iterator",
            IterKind::MemoryIterator => "memory_iterator",
            IterKind::DequeIterator => "_deque_iterator",
            IterKind::DequeReverseIterator => "_deque_reverse_iterator",
        }
    }

    /// Whether a built-in iterator kind has `__length_hint__`, as CPython's: the iterators over a
    /// container (and `reversed`), not the lazy ones such as zip and map, whose length nobody knows,
    /// nor arrays', OrderedDicts' and `iter(callable, sentinel)`.
    pub fn has_length_hint(self) -> bool {
        use IterKind::*;
        matches!(
            self,
            ListIterator
                | TupleIterator
                | StrAsciiIterator
                | StrIterator
                | BytesIterator
                | RangeIterator
                | LongRangeIterator
                | DictKeyIterator
                | DictValueIterator
                | DictItemIterator
                | SetIterator
                | Reversed
                | ListReverseIterator
                | DictReverseKeyIterator
                | DictReverseValueIterator
                | DictReverseItemIterator
                | BytearrayIterator
                | DequeIterator
                | DequeReverseIterator
        )
    }

    /// The awaitables the VM steps itself (asend/athrow/aclose objects, coroutine wrappers,
    /// anext's default wrapper).
    pub fn is_awaitable_step(self) -> bool {
        matches!(self, IterKind::AsyncGeneratorAsend | IterKind::AsyncGeneratorAthrow | IterKind::CoroutineWrapper | IterKind::AnextAwaitable)
    }
}

impl From<Flavor> for IterKind {
    /// The kind of the object a function of that flavor makes when called.
    fn from(flavor: Flavor) -> IterKind {
        match flavor {
            Flavor::Generator => IterKind::Generator,
            Flavor::Coroutine => IterKind::Coroutine,
            Flavor::AsyncGenerator => IterKind::AsyncGenerator,
        }
    }
}
