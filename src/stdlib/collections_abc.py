"""collections.abc: the abstract base classes of the container and iteration protocols.

Three things make them useful:
  * a class that merely defines a protocol's methods counts as a subclass of the one-trick ABCs
    (Iterable, Sized, Hashable, ...): each gets a __subclasshook__ from _recognise() below;
  * the built-in types are registered with the ABCs they implement (_register_builtins());
  * the richer ABCs (Set, Mapping, Sequence and their mutable kinds) give subclasses every
    other method once the few abstract ones are written.
"""

from abc import ABCMeta, abstractmethod
import sys
from types import GenericAlias

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

# flags CPython gives the types that `match` treats as sequences and mappings
_TPFLAGS_SEQUENCE = 1 << 5
_TPFLAGS_MAPPING = 1 << 6


def _check_methods(C, *methods):
    """True if C's MRO defines every one of methods (not as None), else NotImplemented."""
    for name in methods:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    # set to None on purpose: the class opts out of the protocol
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _recognise(abc_class, *methods):
    """Give abc_class a __subclasshook__ accepting any class that defines all of methods (for
    abc_class itself only: its subclasses keep the normal rules)."""
    def __subclasshook__(cls, C):
        if cls is abc_class:
            return _check_methods(C, *methods)
        return NotImplemented
    __subclasshook__.__qualname__ = abc_class.__qualname__ + '.__subclasshook__'
    abc_class.__subclasshook__ = classmethod(__subclasshook__)


def _raise_into(typ, val=None, tb=None):
    """How the default throw()/athrow() raise: typ, or val, with the traceback tb."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        raise val.with_traceback(tb)
    raise val


# -------------------------------------------------------------------- one-method protocols

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; StopIteration when it ends."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        _raise_into(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; the coroutine must end, not go on."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item, or StopAsyncIteration."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """asend(None)."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with value; StopAsyncIteration when it ends."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _raise_into(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit in; the generator must end, not go on."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item, or StopIteration."""
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with value; StopIteration when it ends."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _raise_into(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; the generator must end, not go on."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()


def _type_repr(obj):
    """How Callable[...]'s repr names a type: builtins plain, others qualified."""
    if isinstance(obj, type):
        home = obj.__module__
        return obj.__qualname__ if home == 'builtins' else f'{home}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _is_param_expr(obj):
    """Whether obj can stand for a whole parameter list: ..., a list, a ParamSpec or a
    Concatenate."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec',
                                                              '_ConcatenateGenericAlias')


class _CallableGenericAlias(GenericAlias):
    """Callable[[arg, ...], result]: the argument list is flattened into __args__."""

    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return GenericAlias.__repr__(self)
        shown = ", ".join([_type_repr(a) for a in args[:-1]])
        return f'collections.abc.Callable[[{shown}], {_type_repr(args[-1])}]'


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __class_getitem__(cls, args):
        # Callable[[arg, ...], result]: the argument list is flattened into __args__
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {params}")
        return _CallableGenericAlias(cls, args)


for _abc, _methods in ((Hashable, ("__hash__",)), (Awaitable, ("__await__",)),
                       (Coroutine, ('__await__', 'send', 'throw', 'close')),
                       (AsyncIterable, ("__aiter__",)), (AsyncIterator, ("__anext__", "__aiter__")),
                       (AsyncGenerator, ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')),
                       (Iterable, ("__iter__",)), (Iterator, ('__iter__', '__next__')),
                       (Reversible, ("__reversed__", "__iter__")),
                       (Generator, ('__iter__', '__next__', 'send', 'throw', 'close')),
                       (Sized, ("__len__",)), (Container, ("__contains__",)),
                       (Collection, ("__len__", "__iter__", "__contains__")),
                       (Callable, ("__call__",))):
    _recognise(_abc, *_methods)
del _abc, _methods


# ------------------------------------------------------------------------------------ sets

def _all_in(a, b):
    return all(elem in b for elem in a)


def _proper_in(a, b):
    return len(a) < len(b) and a <= b


class Set(Collection):
    """A finite, iterable container of distinct elements.

    Subclasses write __contains__, __iter__ and __len__; comparisons and the &, |, - and ^
    operators come from here. Results are built by the classmethod _from_iterable(iterable),
    which calls the class: override it when the constructor takes other arguments. Set is not
    hashable; a frozen subclass can use _hash() as its __hash__.
    """

    __slots__ = ()

    def _compare(self, other, smaller_ok, larger_ok, inner):
        """A comparison of sizes, then of contents (inner(a, b): a's elements all in b)."""
        if not isinstance(other, Set):
            return NotImplemented
        mine, theirs = len(self), len(other)
        if (mine < theirs and not smaller_ok) or (mine > theirs and not larger_ok):
            return False
        return inner(self, other)

    def __le__(self, other):
        return self._compare(other, True, False, _all_in)

    def __lt__(self, other):
        return self._compare(other, True, False, _proper_in)

    def __gt__(self, other):
        return self._compare(other, False, True, lambda a, b: _proper_in(b, a))

    def __ge__(self, other):
        return self._compare(other, False, True, lambda a, b: _all_in(b, a))

    def __eq__(self, other):
        return self._compare(other, False, False, _all_in)

    @classmethod
    def _from_iterable(cls, it):
        """A new set of this class from an iterable."""
        return cls(it)

    def _as_set(self, other):
        """other as a Set (made with _from_iterable), or None when it is not iterable."""
        if isinstance(other, Set):
            return other
        if not isinstance(other, Iterable):
            return None
        return self._from_iterable(other)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(v for v in other if v in self)
        return NotImplemented

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when self and other have no element in common."""
        return not any(value in self for value in other)

    def __or__(self, other):
        if isinstance(other, Iterable) is False:
            return NotImplemented
        return self._from_iterable(e for group in (self, other) for e in group)

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        only_mine, only_theirs = self - other, other - self
        return only_mine | only_theirs

    __rxor__ = __xor__

    def _hash(self):
        """A hash of the elements that does not depend on their order (frozenset's
        algorithm), for frozen subclasses to use as __hash__."""
        top = sys.maxsize
        mask = 2 * top + 1
        h = 1927868237 * (len(self) + 1) & mask
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > top:
            h -= mask + 1
        return 590923713 if h == -1 else h


class MutableSet(Set):
    """A Set that can change: subclasses also write add() and discard()."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add value (nothing happens if it is there)."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove value if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# -------------------------------------------------------------------------------- mappings

class Mapping(Collection):
    """A read-only container of values looked up by key.

    Subclasses write __getitem__, __iter__ and __len__; get, __contains__, keys, items, values,
    __eq__ and __ne__ come from here.
    """

    __slots__ = ()
    __abc_tpflags__ = _TPFLAGS_MAPPING

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key], or default when the key is missing."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        mine, theirs = dict(self.items()), dict(other.items())
        return mine == theirs

    # iteration order is the mapping's own: reversed() needs a real __reversed__
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        source = self._mapping
        return len(source)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        # results of set operations are plain sets
        return set(it)

    def __contains__(self, key):
        source = self._mapping
        return key in source

    def __iter__(self):
        yield from self._mapping


def _same(a, b):
    # identity first, as the containers of the language compare their elements
    return a is b or a == b


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield (key, source[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses also write __setitem__ and __delitem__; pop,
    popitem, clear, update and setdefault come from here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()     # "no default given" for pop()

    def pop(self, key, default=__marker):
        """Remove key and return its value; default (or KeyError without one) when it is
        missing."""
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return the first (key, value) pair; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Set items from other (a mapping, anything with keys(), or an iterable of pairs),
        then from the keyword arguments."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            names = other if isinstance(other, Mapping) else other.keys()
            for key in names:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key]; when missing, first set it to default."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ------------------------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence indexed by 0 .. len-1.

    Subclasses write __getitem__ and __len__; __iter__, __contains__, __reversed__, index and
    count come from here (iteration stops at the first IndexError).
    """

    __slots__ = ()
    __abc_tpflags__ = _TPFLAGS_SEQUENCE

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                item = self[i]
                yield item
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value between start and stop; ValueError if absent."""
        size = len(self)
        if start is not None and start < 0:
            start = 0 if -start > size else size + start
        if stop is not None and stop < 0:
            stop = size + stop
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items equal value."""
        return sum(1 for v in self if _same(v, value))


class ByteString(Sequence):
    """What bytes and bytearray have in common."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses also write __setitem__, __delitem__ and insert;
    append, reverse, extend, pop, remove, clear and += come from here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        end = len(self)
        self.insert(end, value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for left in range(n // 2):
            right = n - 1 - left
            self[left], self[right] = self[right], self[left]

    def extend(self, values):
        """Append each item of values."""
        if values is self:
            # appending to what we iterate over would never end
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first item equal to value; ValueError if there is none."""
        where = self.index(value)
        del self[where]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --------------------------------------------------------------------- the built-in types

def _register_builtins():
    """Register the built-in types with the ABCs they implement. Their methods live in the
    interpreter, where the subclass hooks do not look, so each is named here."""
    import collections

    def a_generator():
        yield

    class _Any:
        def method(self):
            pass

    empty = {}
    iterators = {iter(x) for x in ([], (), "", "é", b"", bytearray(), range(0), range(1 << 70),
                                   set(), frozenset(), empty.keys(), empty.values(),
                                   empty.items(), memoryview(b""), collections.deque())}
    iterators |= {reversed([]), reversed(range(0)), reversed(collections.deque()), zip(),
                  map(len, []), filter(None, []), enumerate([])}
    for kind in {type(it) for it in iterators}:
        Iterator.register(kind)
    Generator.register(type(a_generator()))

    async def a_coroutine():
        pass

    async def an_async_generator():
        yield

    pending = a_coroutine()
    Coroutine.register(type(pending))
    pending.close()
    AsyncGenerator.register(type(an_async_generator()))
    for kind in (type(len), type(_check_methods), type([].append), type(_Any().method)):
        Callable.register(kind)
    for abc, kinds in ((Sequence, (tuple, str, range, memoryview)),
                       (ByteString, (bytes, bytearray)),
                       (MutableSequence, (list, bytearray, collections.deque)),
                       (Set, (frozenset,)), (MutableSet, (set,)),
                       (MutableMapping, (dict,)), (Reversible, (dict,)),
                       (KeysView, (type(empty.keys()),)), (ValuesView, (type(empty.values()),)),
                       (ItemsView, (type(empty.items()),))):
        for kind in kinds:
            abc.register(kind)
    for view in (empty.keys(), empty.values(), empty.items()):
        Reversible.register(type(view))
    import types
    Mapping.register(types.MappingProxyType)


_register_builtins()
del _register_builtins
