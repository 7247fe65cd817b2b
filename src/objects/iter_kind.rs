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
    // itertools' iterator types (modules/itertools/).
    Accumulate,
    Chain,
    Combinations,
    CombinationsWithReplacement,
    Compress,
    Cycle,
    Dropwhile,
    Filterfalse,
    Groupby,
    /// A group of a `groupby`.
    Grouper,
    Islice,
    Pairwise,
    Permutations,
    Product,
    Repeat,
    Starmap,
    Takewhile,
    ZipLongest,
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
        IterKind::Accumulate,
        IterKind::Chain,
        IterKind::Combinations,
        IterKind::CombinationsWithReplacement,
        IterKind::Compress,
        IterKind::Cycle,
        IterKind::Dropwhile,
        IterKind::Filterfalse,
        IterKind::Groupby,
        IterKind::Grouper,
        IterKind::Islice,
        IterKind::Pairwise,
        IterKind::Permutations,
        IterKind::Product,
        IterKind::Repeat,
        IterKind::Starmap,
        IterKind::Takewhile,
        IterKind::ZipLongest,
    ];

    /// The kinds that show as the `iterator` class, after `WITH_CLASS` in declaration order.
    pub const SHARING_CLASS: &'static [IterKind] = &[IterKind::Generator];

    /// Whether the kind's class is a builtin constructor (`enumerate(...)`, `zip(...)`: see
    /// builtins/iterator_types.rs).
    pub fn is_constructor(self) -> bool {
        matches!(self, IterKind::Enumerate | IterKind::Zip | IterKind::Map | IterKind::Filter | IterKind::Reversed) || self.module() == "itertools"
    }

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
            IterKind::Accumulate => "accumulate",
            IterKind::Chain => "chain",
            IterKind::Combinations => "combinations",
            IterKind::CombinationsWithReplacement => "combinations_with_replacement",
            IterKind::Compress => "compress",
            IterKind::Cycle => "cycle",
            IterKind::Dropwhile => "dropwhile",
            IterKind::Filterfalse => "filterfalse",
            IterKind::Groupby => "groupby",
            IterKind::Grouper => "_grouper",
            IterKind::Islice => "islice",
            IterKind::Pairwise => "pairwise",
            IterKind::Permutations => "permutations",
            IterKind::Product => "product",
            IterKind::Repeat => "repeat",
            IterKind::Starmap => "starmap",
            IterKind::Takewhile => "takewhile",
            IterKind::ZipLongest => "zip_longest",
        }
    }

    /// The module the kind's class reports (`<class 'itertools.chain'>`).
    pub fn module(self) -> &'static str {
        use IterKind::*;
        match self {
            DequeIterator | DequeReverseIterator => "_collections",
            Accumulate
            | Chain
            | Combinations
            | CombinationsWithReplacement
            | Compress
            | Cycle
            | Dropwhile
            | Filterfalse
            | Groupby
            | Grouper
            | Islice
            | Pairwise
            | Permutations
            | Product
            | Repeat
            | Starmap
            | Takewhile
            | ZipLongest => "itertools",
            _ => "builtins",
        }
    }

    /// The name reprs show: the class's name, after its module unless that is `builtins`.
    pub fn qualified_name(self) -> std::borrow::Cow<'static, str> {
        match self.module() {
            "builtins" => self.name().into(),
            module => format!("{module}.{}", self.name()).into(),
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
                | Repeat
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
