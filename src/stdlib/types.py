"""types: GenericAlias (what `list[int]` makes), SimpleNamespace, and names for the types of
built-in objects, as far as gilpy has them."""


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class GenericAlias:
    """A generic type with its arguments filled in: `list[int]`. Calling it makes the origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if type(a).__name__ == 'TypeVar')

    def __repr__(self):
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_args(obj):
    if isinstance(obj, UnionType):
        return obj.__args__
    return (type(None),) if obj is None else (obj,)


def _union_or(left, right):
    """`left | right` of types (type.__or__/__ror__): a UnionType of their arguments, flattened and
    without repeats; a single type stays itself; NotImplemented for anything else."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for arg in _union_args(left) + _union_args(right):
        if arg not in args:
            args.append(arg)
    if len(args) == 1:
        return args[0]
    union = object.__new__(UnionType)
    object.__setattr__(union, '__args__', tuple(args))
    return union


class UnionType:
    """`X | Y` of types: isinstance and issubclass accept it; typing.get_args gives its types."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __parameters__(self):
        params = []
        for arg in self.__args__:
            for p in getattr(arg, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if isinstance(other, UnionType):
            return set(self.__args__) == set(other.__args__)
        if getattr(other, '__origin__', None) is not None and type(other).__module__ == 'typing':
            import typing
            if other.__origin__ is typing.Union:
                return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
            if issubclass(cls, arg):
                return True
        return False

    def __setattr__(self, name, value):
        raise AttributeError(f"readonly attribute")


UnionType.__module__ = 'types'

# The namespaces whose repr is being made, by id and thread (CPython's repr guard is per thread).
_repr_running = set()
from _thread import get_ident as _get_ident


class SimpleNamespace:
    """An object whose attributes are the keywords it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        # A namespace inside itself shows as `namespace(...)`; a subclass by its own name.
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = (id(self), _get_ident())
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


import sys as _sys


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield


MethodType = type(_C()._m)
GeneratorType = type(_g())

FunctionType = type(_f)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
CodeType = type(_f.__code__)
FrameType = type(_sys._getframe())


def _cell_maker():
    value = None

    def reader():
        return value
    return reader.__closure__[0]


class _Slotted:
    __slots__ = ('slot',)


CellType = type(_cell_maker())
MemberDescriptorType = type(_Slotted.slot)
del _cell_maker, _Slotted


def _tb():
    try:
        raise TypeError
    except TypeError as e:
        return e.__traceback__


TracebackType = type(_tb())
del _tb


async def _coro_maker():
    pass


async def _agen_maker():
    yield


_c = _coro_maker()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_agen_maker())
del _c


class _AwaitableGenerator:
    """What a function decorated with types.coroutine returns when it made a generator: the
    generator itself, usable with `await` as well as with `yield from`."""

    __slots__ = ('_gen',)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *exc):
        return self._gen.throw(*exc)

    def close(self):
        return self._gen.close()

    @property
    def gi_frame(self):
        return self._gen.gi_frame

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_code(self):
        return self._gen.gi_code

    @property
    def gi_yieldfrom(self):
        return self._gen.gi_yieldfrom


def coroutine(func):
    """Marks a generator function as a coroutine: what it returns may be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    # Coroutine functions (async def) are returned as they are.
    if code is not None and code.co_flags & 0x280:
        return func

    def awaitable(*args, **kwargs):
        made = func(*args, **kwargs)
        if type(made) is GeneratorType:
            return _AwaitableGenerator(made)
        return made

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(awaitable, attr, getattr(func, attr))
        except AttributeError:
            pass
    awaitable.__wrapped__ = func
    return awaitable


def resolve_bases(bases):
    """The bases with every non-class entry replaced by what its __mro_entries__(bases) gives
    (PEP 560), as the class statement does."""
    resolved = []
    changed = False
    # A list of them first, as CPython's: an endless or oversized iterable fails here.
    for base in list(bases):
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_meta(meta, bases):
    """The metaclass a class with these bases gets: the most derived of `meta` and the bases'
    metaclasses, or TypeError when they conflict."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class about to be made, as the class
    statement computes them: the `metaclass` keyword or the bases' metaclass, then __prepare__."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it, with exec_body(namespace) filling its
    namespace."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


# A class's namespace seen read-only: the native `mappingproxy`.
MappingProxyType = type(type.__dict__)


class DynamicClassAttribute:
    """A property on objs whose lookup through the class goes to the class's __getattr__
    instead (enum members named like an obj property use this)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = not doc
        self.__isabstractmethod__ = getattr(fget, '__isabstractmethod__', False) is True

    def __get__(self, obj, owner=None):
        if obj is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(obj)

    def __set__(self, obj, new):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(obj, new)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(obj)

    def _with(self, **change):
        parts = dict(fget=self.fget, fset=self.fset, fdel=self.fdel,
                     doc=None if self.overwrite_doc else self.__doc__)
        parts.update(change)
        made = type(self)(**parts)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        return self._with(fget=fget)

    def setter(self, fset):
        return self._with(fset=fset)

    def deleter(self, fdel):
        return self._with(fdel=fdel)
