"""Container datatypes (CPython 3.11's collections API): deque is native (_collections); namedtuple,
defaultdict, Counter and OrderedDict are written here on subclasses of tuple and dict. ChainMap and
the User* wrappers are built on collections.abc, which imports this module, so they live in
_collections_chain and _collections_user, loaded on first use."""

from _collections import deque, _odict_iter, _tuple_item
import sys as _sys
from reprlib import recursive_repr as _guard_recursion

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict',
           'deque', 'namedtuple']

# Names served lazily, and the module that defines each.
_LAZY = {'UserDict': '_collections_user', 'UserList': '_collections_user',
         'UserString': '_collections_user', 'ChainMap': '_collections_chain'}


def __getattr__(name):
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module 'collections' has no attribute '{name}'")
    source = __import__(home)
    for other, where in _LAZY.items():
        if where == home:
            globals()[other] = getattr(source, other)
    return globals()[name]


def _alias(cls, params):
    import types
    return types.GenericAlias(cls, params)


# ---------------------------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """A dict that calls default_factory() to make the value of a missing key."""
    __class_getitem__ = classmethod(_alias)

    def __init__(self, default_factory=None, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        fresh = make()
        self[key] = fresh
        return fresh

    def __repr__(self):
        # dict's own repr notices a dict that contains itself.
        return type(self).__name__ + f'({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


# ---------------------------------------------------------------------------------- OrderedDict

class _OrderedView:
    """A live view of an OrderedDict's keys, values or items, shown as CPython shows them."""
    __slots__ = ('_owner',)

    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner)

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'

    def __reversed__(self):
        return _odict_iter(self._owner, self._part, True)

    def __iter__(self):
        return _odict_iter(self._owner, self._part, False)

    def __contains__(self, thing):
        return thing in self._plain()

    def __eq__(self, other):
        if isinstance(other, _OrderedView):
            other = other._plain()
        return self._plain() == other

    def _setop(op):
        def apply(self, other):
            if isinstance(other, _OrderedView):
                other = other._plain()
            return op(self._plain(), other)
        return apply

    __and__ = _setop(lambda mine, other: mine & other)
    __or__ = _setop(lambda mine, other: mine | other)
    __sub__ = _setop(lambda mine, other: mine - other)
    __xor__ = _setop(lambda mine, other: mine ^ other)
    __rand__ = _setop(lambda mine, other: other & mine)
    __ror__ = _setop(lambda mine, other: other | mine)
    __rsub__ = _setop(lambda mine, other: other - mine)
    __rxor__ = _setop(lambda mine, other: other ^ mine)
    del _setop

    def isdisjoint(self, other):
        return self._plain().isdisjoint(other)


class odict_keys(_OrderedView):
    __slots__ = ()
    _part = 0

    def _plain(self):
        return dict.keys(self._owner)


class odict_values(_OrderedView):
    __slots__ = ()
    _part = 1
    __eq__ = object.__eq__

    def _plain(self):
        return dict.values(self._owner)


class odict_items(_OrderedView):
    __slots__ = ()
    _part = 2

    def _plain(self):
        return dict.items(self._owner)


class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does) and can reorder it."""
    __class_getitem__ = classmethod(_alias)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            self[key] = value
            return
        # Moving to the front: rebuild the order with `key` first.
        tail = list(dict.items(self))
        dict.clear(self)
        self[key] = value
        dict.update(self, tail)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        first = next(iter(dict.keys(self)))
        return first, dict.pop(self, first)

    def __iter__(self):
        return _odict_iter(self, 0, False)

    def __reversed__(self):
        return _odict_iter(self, 0, True)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    @_guard_recursion()
    def __repr__(self):
        name = type(self).__name__
        return f'{name}({list(dict.items(self))!r})' if self else name + '()'

    def __eq__(self, other):
        if not isinstance(other, OrderedDict):
            return dict.__eq__(self, other)
        return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = vars(self) or None
        return type(self), (), state, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# -------------------------------------------------------------------------------------- Counter

class Counter(dict):
    """A dict that counts hashable items: missing keys count zero."""
    __class_getitem__ = classmethod(_alias)

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(dict.values(self))

    def most_common(self, n=None):
        """(element, count) pairs, highest count first (ties in insertion order)."""
        ranked = sorted(dict.items(self), key=_second, reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        """Each element repeated as many times as its count (none for counts below one)."""
        for item, times in dict.items(self):
            for _ in range(times):
                yield item

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _tally(self, source, sign):
        """Add (sign=1) or take away (sign=-1) the counts of a mapping or the items of an iterable."""
        have = self.get
        if not _is_mapping(source):
            for item in source:
                self[item] = have(item, 0) + sign
        elif sign < 0:
            for item, n in source.items():
                self[item] = have(item, 0) - n
        elif self:
            for item, n in source.items():
                self[item] = n + have(item, 0)
        else:
            # Nothing counted yet: the mapping's counts are taken as they are.
            dict.update(self, source)

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            self._tally(iterable, 1)
        if kwds:
            self._tally(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self._tally(iterable, -1)
        if kwds:
            self._tally(kwds, -1)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # Forgetting an element that was never counted is not an error.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons treat a missing element as a zero count.
    def _each_count(self, other):
        for side in (self, other):
            for item in side:
                yield self[item], other[item]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(mine == theirs for mine, theirs in self._each_count(other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(mine <= theirs for mine, theirs in self._each_count(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(mine >= theirs for mine, theirs in self._each_count(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _combine(self, other, pick, solo):
        """A new Counter holding the positive values of pick(mine, theirs) for this Counter's
        elements, then solo(theirs) for elements only `other` has (skipped when solo is None)."""
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for item, mine in dict.items(self):
            value = pick(mine, other[item])
            if value > 0:
                out[item] = value
        if solo is not None:
            for item, theirs in dict.items(other):
                if item not in self:
                    value = solo(theirs)
                    if value > 0:
                        out[item] = value
        return out

    def __add__(self, other):
        return self._combine(other, _plus, _same)

    def __sub__(self, other):
        return self._combine(other, _minus, _negated)

    def __or__(self, other):
        return self._combine(other, _larger, _same)

    def __and__(self, other):
        return self._combine(other, _smaller, None)

    def __pos__(self):
        return self._combine(_NOTHING, _first, None)

    def __neg__(self):
        return self._combine(_NOTHING, _first_negated, None)

    def _drop_nonpositive(self):
        for item in [item for item, n in dict.items(self) if not n > 0]:
            dict.__delitem__(self, item)
        return self

    def __iadd__(self, other):
        for item, n in other.items():
            self[item] += n
        return self._drop_nonpositive()

    def __isub__(self, other):
        for item, n in other.items():
            self[item] -= n
        return self._drop_nonpositive()

    def __ior__(self, other):
        for item, theirs in other.items():
            if theirs > self[item]:
                self[item] = theirs
        return self._drop_nonpositive()

    def __iand__(self, other):
        for item, mine in list(dict.items(self)):
            theirs = other[item]
            if theirs < mine:
                self[item] = theirs
        return self._drop_nonpositive()


_NOT_MAPPINGS = (str, list, tuple, bytes, set, frozenset, range)


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    if isinstance(obj, _NOT_MAPPINGS):
        return False
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


def _second(pair):
    return pair[1]


def _same(n):
    return n


def _negated(n):
    return 0 - n


def _plus(a, b):
    return a + b


def _minus(a, b):
    return a - b


def _larger(a, b):
    return b if a < b else a


def _smaller(a, b):
    return a if a < b else b


def _first(a, b):
    return a


def _first_negated(a, b):
    return 0 - a


_NOTHING = Counter()


# ----------------------------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset('False None True and as assert async await break class continue def del elif '
                      'else except finally for from global if import in is lambda nonlocal not or '
                      'pass raise return try while with yield'.split())

_tuple_new = tuple.__new__


def _check_names(typename, names, rename):
    """Validate (or with `rename`, repair) the type name and the field names; returns the fields."""
    if rename:
        taken = set()
        for pos, field in enumerate(names):
            bad = not field.isidentifier() or field in _KEYWORDS or field[:1] == '_' or field in taken
            if bad:
                names[pos] = '_' + str(pos)
            taken.add(field)
    for word in [typename, *names]:
        if type(word) is not str:
            raise TypeError('Type names and field names must be strings')
        if not word.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(word))
        if word in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(word))
    taken = set()
    for field in names:
        if field[:1] == '_' and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(field))
        if field in taken:
            raise ValueError('Encountered duplicate field name: ' + repr(field))
        taken.add(field)
    return tuple(names)


# The fields are read-only, with the messages of CPython's field descriptors.
def _refuse_set(self, value):
    raise AttributeError("can't set attribute")


def _refuse_delete(self):
    raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named `typename` whose items are also attributes named `field_names`."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    typename = str(typename)
    fields = _check_names(typename, [str(f) for f in field_names], rename)
    width = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > width:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[width - len(defaults):], defaults))

    # __new__ takes the fields as its own parameters (made from source text, the field names
    # being checked identifiers), so the call machinery matches keywords, fills defaults and words
    # the argument errors ("P.__new__() missing 1 required positional argument: 'z'").
    # The last len(defaults) parameters default to `_defaults[i]`, read when the lambda is made.
    params = ', '.join(fields) + (',' if width == 1 else '')
    first_default = width - len(defaults or ())
    signature = ', '.join(f if pos < first_default else f'{f}=_defaults[{pos - first_default}]'
                          for pos, f in enumerate(fields))
    scope = {'_tuple_new': _tuple_new, '_defaults': defaults, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {signature}: _tuple_new(_cls, ({params}))', scope)
    __new__.__name__ = '__new__'
    __new__.__qualname__ = f'{typename}.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({", ".join(fields)})'

    @classmethod
    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != width:
            raise TypeError(f'Expected {width} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(f) if f in kwds else v for f, v in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    def __repr__(self):
        shown = ', '.join([f'{f}={v!r}' for f, v in zip(fields, self)])
        return f'{type(self).__name__}({shown})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    body = {'__doc__': f'{typename}({", ".join(fields)})', '__slots__': (), '_fields': fields,
            '_field_defaults': field_defaults, '__new__': staticmethod(__new__), '_make': _make,
            '_replace': _replace, '__repr__': __repr__, '_asdict': _asdict,
            '__getnewargs__': __getnewargs__, '__match_args__': fields}
    for pos, field in enumerate(fields):
        body[field] = property(_tuple_item(pos), _refuse_set, _refuse_delete, f'Alias for field number {pos}')
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    body['__module__'] = module
    return type(typename, (tuple,), body)
