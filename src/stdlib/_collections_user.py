"""UserDict, UserList and UserString: classes wrapping a real dict/list/str in `self.data`.

They exist to be subclassed: every operation goes through the wrapper's own methods (so an
override of __getitem__ or __setitem__ is seen by update(), get() and the rest that the
collections.abc mixins supply), and operations that build a new container build one of the
subclass (`type(self)`). collections re-exports them (this module is loaded on first use, since
collections.abc imports collections).
"""

from collections.abc import MutableMapping, MutableSequence, Sequence
import operator as _operator
import sys as _sys

_END = _sys.maxsize  # the default `end` of the searching methods, as str's


def _unwrap(obj, wrapper):
    """The wrapped object of a `wrapper` instance, anything else as it is."""
    return obj.data if isinstance(obj, wrapper) else obj


def _shallow_clone(obj):
    """A new instance of obj's class sharing its attributes except for a copied `data`."""
    cls = type(obj)
    twin = cls.__new__(cls)
    attrs = obj.__dict__
    twin.__dict__.update(attrs)
    twin.__dict__['data'] = attrs['data'].copy()
    return twin


# ---------------------------------------------------------------------------------------- UserDict

class UserDict(MutableMapping):
    __module__ = 'collections'

    def __init__(self, dict=None, /, **kwargs):
        # update() rather than dict(): a subclass's __setitem__ sees every initial key.
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        cls = type(self)
        if hasattr(cls, '__missing__'):
            return cls.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    # Mapping's __contains__ would call __getitem__, and so __missing__.
    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_clone(self)

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        # A subclass may keep more state than `data`: copy.copy() it with `data` emptied for the
        # moment, then fill the copy through its own __setitem__.
        import copy
        kept = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


# ---------------------------------------------------------------------------------------- UserList

class UserList(MutableSequence):
    """A list look-alike keeping its items in the real list `self.data`."""
    __module__ = 'collections'

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) is list:
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data
        else:
            self.data.extend(initlist)

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    @staticmethod
    def _as_list(other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_clone(self)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


# -------------------------------------------------------------------------------------- UserString

class UserString(Sequence):
    __module__ = 'collections'

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    # conversions
    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    # the sequence protocol
    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    # operators building a new string of our class; non-strings are str()-ed first
    @staticmethod
    def _as_text(other):
        if isinstance(other, UserString):
            return other.data
        return other if isinstance(other, str) else str(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_text(other))

    def __radd__(self, other):
        return type(self)(self._as_text(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    # str's methods: those making a string give one of our class back
    def center(self, width, *args):
        return type(self)(self.data.center(width, *args))

    def count(self, sub, start=0, end=_END):
        return self.data.count(_unwrap(sub, UserString), start, end)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_unwrap(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_unwrap(suffix, UserString)))

    def encode(self, encoding='utf-8', errors='strict'):
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        return self.data.encode(encoding=encoding, errors=errors)

    def endswith(self, suffix, start=0, end=_END):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return type(self)(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_END):
        return self.data.find(_unwrap(sub, UserString), start, end)

    def format(self, /, *args, **kwds):
        template = self.data
        return template.format(*args, **kwds)

    def format_map(self, mapping):
        template = self.data
        return template.format_map(mapping)

    def index(self, sub, start=0, end=_END):
        return self.data.index(sub, start, end)

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return type(self)(self.data.ljust(width, *args))

    def lstrip(self, chars=None):
        return type(self)(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        old, new = _unwrap(old, UserString), _unwrap(new, UserString)
        return type(self)(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_END):
        return self.data.rfind(_unwrap(sub, UserString), start, end)

    def rindex(self, sub, start=0, end=_END):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return type(self)(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return type(self)(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit=maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit=maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends=keepends)

    def startswith(self, prefix, start=0, end=_END):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return type(self)(self.data.strip(chars))

    def translate(self, *args):
        return type(self)(self.data.translate(*args))

    def zfill(self, width):
        return type(self)(self.data.zfill(width))


def _comparison(cls, op):
    """cls's method for one of <, <=, ==, >, >=: the wrapped data's comparison, against another
    instance's data or against anything else as it is."""
    compare = getattr(_operator, op)

    def method(self, other):
        return compare(self.data, _unwrap(other, cls))
    method.__name__ = f'__{op}__'
    method.__qualname__ = f'{cls.__name__}.__{op}__'
    method.__module__ = 'collections'
    return method


for _cls in (UserList, UserString):
    for _op in ('lt', 'le', 'eq', 'gt', 'ge'):
        setattr(_cls, f'__{_op}__', _comparison(_cls, _op))
del _cls, _op


def _delegate(name, wrap):
    """A method of UserString taking no arguments that calls str's method of that name; with
    wrap, the resulting string comes back as an instance of the caller's class."""
    if wrap:
        def method(self):
            return type(self)(getattr(self.data, name)())
    else:
        def method(self):
            return getattr(self.data, name)()
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    method.__module__ = 'collections'
    return method


for _name in ('capitalize', 'casefold', 'lower', 'swapcase', 'title', 'upper'):
    setattr(UserString, _name, _delegate(_name, True))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
              'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
    setattr(UserString, _name, _delegate(_name, False))
del _name
