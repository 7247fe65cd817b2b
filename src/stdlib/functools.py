"""functools: tools on functions — partial and partialmethod (arguments fixed in advance), reduce,
cmp_to_key, update_wrapper/wraps, total_ordering, the lru_cache/cache memoizers, cached_property,
and single dispatch on the type of the first argument (singledispatch, singledispatchmethod).
Everything here is plain gilpy code; CPython's C-level types keep their names (partial,
KeyWrapper, _lru_cache_wrapper) so that reprs and error messages read the same."""

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from types import GenericAlias, MethodType, MappingProxyType, UnionType

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ---------------------------------------------------------------------------------------------
# Copying a function's identity onto its wrapper

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Give `wrapper` the name, docstring, module... of `wrapped` (the `assigned` attributes that
    it has), merge the `updated` dicts into wrapper's, and point `__wrapped__` at `wrapped`."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last: a __wrapped__ copied over from wrapped's __dict__ must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: `@wraps(f)` above the wrapper's def."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------------------------------------
# total_ordering: the missing rich comparisons from one of them and __eq__

def _derived(base, mode, name):
    # A comparison computed from the class's `base` one; `mode` says how (see _DERIVE below).
    def compare(self, other):
        got = getattr(type(self), base)(self, other)
        if got is NotImplemented:
            return got
        if mode == 'not':
            return not got
        if mode == 'not-and-ne':
            return not got and self != other
        if mode == 'not-or-eq':
            return not got or self == other
        if mode == 'and-ne':
            return got and self != other
        return got or self == other        # 'or-eq'
    compare.__name__ = compare.__qualname__ = name
    return compare


# For each operator a class may define: the other three, in the order they are filled in, with
# how each follows from it. The helper names are what CPython's show as their __qualname__.
_DERIVE = {
    '__lt__': (('__gt__', 'not-and-ne'), ('__le__', 'or-eq'), ('__ge__', 'not')),
    '__le__': (('__ge__', 'not-or-eq'), ('__lt__', 'and-ne'), ('__gt__', 'not')),
    '__gt__': (('__lt__', 'not-and-ne'), ('__ge__', 'or-eq'), ('__le__', 'not')),
    '__ge__': (('__le__', 'not-or-eq'), ('__gt__', 'and-ne'), ('__lt__', 'not')),
}


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__, __ge__, supply the rest."""
    defined = [op for op in _DERIVE if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    base = max(defined)          # __lt__ first, then __le__, __gt__, __ge__
    for op, mode in _DERIVE[base]:
        if op not in defined:
            made = _derived(base, mode, f'_{op[2:4]}_from_{base[2:4]}')
            made.__name__ = op
            setattr(cls, op, made)
    return cls


# ---------------------------------------------------------------------------------------------
# cmp_to_key

class KeyWrapper:
    # What cmp_to_key returns: called with a value, it gives a key object of the same type whose
    # comparisons ask the old-style cmp function.
    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp):
        self._cmp = cmp

    def __call__(self, obj):
        key = KeyWrapper(self._cmp)
        key.obj = obj
        return key

    def _order(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._order(other) < 0

    def __le__(self, other):
        return self._order(other) <= 0

    def __gt__(self, other):
        return self._order(other) > 0

    def __ge__(self, other):
        return self._order(other) >= 0

    def __eq__(self, other):
        return self._order(other) == 0

    def __ne__(self, other):
        return self._order(other) != 0


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive) into a key= function."""
    return KeyWrapper(mycmp)


# ---------------------------------------------------------------------------------------------
# reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the items from left to right: function(function(initial, x0), x1)... With no initial,
    the first item starts the fold; an empty iterable then is an error."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    step, items = args[0], args[1]
    failed = False
    try:
        feed = iter(items)
    except TypeError:
        failed = True
    if failed:
        raise TypeError("reduce() arg 2 must support iteration")
    if len(args) == 3:
        total = args[2]
    else:
        total = next(feed, _NOTHING)
        if total is _NOTHING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in feed:
        total = step(total, item)
    return total


_NOTHING = object()


# ---------------------------------------------------------------------------------------------
# partial and partialmethod

# The native type (modules/functools.rs): a call through it runs no Python frame of its own.
from _functools import partial


class partialmethod(object):
    """Like partial, but for methods: a descriptor whose fixed arguments come after the instance
    (or class) that the underlying function or descriptor is bound to."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Fold a partialmethod of a partialmethod into one.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        shown_args = ", ".join(repr(a) for a in self.args)
        shown_kw = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({self.func}, {shown_args}, {shown_kw})"

    def _as_function(self):
        # For functions and anything without binding of its own: a function taking the
        # instance first, which the usual function binding then attaches.
        spec = self

        def _method(owner, /, *args, **keywords):
            return spec.func(owner, *spec.args, *args, **{**spec.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The descriptor did its own binding (classmethod, staticmethod, a method...).
                made = partial(bound, *self.args, **self.keywords)
                try:
                    made.__self__ = bound.__self__
                except AttributeError:
                    pass
                return made
        return self._as_function().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---------------------------------------------------------------------------------------------
# lru_cache and cache

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_KW_SEPARATOR = (object(),)


def _cache_key(args, kwds, typed):
    # One hashable key per distinct call. A lone int or str argument is its own key, as CPython's
    # cache does (so f(1) and f(1.0) are two entries, f(1.0) and f(True) one).
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key = key + _KW_SEPARATOR
        for pair in kwds.items():
            key = key + pair
    if typed:
        key = key + tuple(type(a) for a in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    return key


class _lru_cache_wrapper:
    # The memoizing wrapper lru_cache makes: a callable that binds like a function when stored on
    # a class. Entries are kept in a dict in order of use, the least recently used first.

    def __init__(self, user_function, maxsize, typed):
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._entries = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        limit = self._maxsize
        if limit == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        key = _cache_key(args, kwds, self._typed)
        entries = self._entries
        found = entries.get(key, _NOTHING)
        if found is not _NOTHING:
            self._hits += 1
            if limit is not None:
                # Most recently used goes to the end.
                try:
                    del entries[key]
                except KeyError:
                    pass
                entries[key] = found
            return found
        self._misses += 1
        result = self._func(*args, **kwds)
        if key in entries:
            return result           # a recursive or concurrent call stored it meanwhile
        if limit is not None:
            while len(entries) >= limit:
                try:
                    del entries[next(iter(entries))]
                except (KeyError, StopIteration, RuntimeError):
                    break
        entries[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def cache_info(self):
        """(hits, misses, maxsize, currsize) as a named tuple."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._entries))

    def cache_clear(self):
        """Empty the cache and zero its counters."""
        self._entries.clear()
        self._hits = self._misses = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the results of the `maxsize` most recent distinct calls
    (without bound for None). With typed=True, arguments of different types (1 and 1.0) are
    cached apart. The wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache
        return _memoize(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _memoize(user_function, maxsize, typed)
    return decorating_function


def _memoize(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Memoize without a size bound: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------------------------
# cached_property

_UNSET = object()


class cached_property:
    """A property computed on first access and then stored in the instance's __dict__ (so later
    reads are plain attribute reads, and `del` makes the next read compute it again)."""

    def __init__(self, func):
        from threading import RLock
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            store = None
        if store is None:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.")
        value = store.get(name, _UNSET)
        if value is not _UNSET:
            return value
        with self.lock:
            value = store.get(name, _UNSET)     # another thread may have been first
            if value is not _UNSET:
                return value
            value = self.func(instance)
            refused = False
            try:
                store[name] = value
            except TypeError:
                refused = True
            if refused:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f"does not support item assignment for caching {name!r} property.")
        return value

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------------------------------------
# Single dispatch

def _linearize(heads_and_tails):
    # C3 merge: repeatedly take the first head that appears in no list's tail.
    pending = [list(seq) for seq in heads_and_tails if seq]
    order = []
    while pending:
        for seq in pending:
            pick = seq[0]
            if not any(pick in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        order.append(pick)
        for seq in pending:
            if seq[0] == pick:
                del seq[0]
        pending = [seq for seq in pending if seq]
    return order


def _mro_with(cls, extra_abcs):
    # cls's C3 order with the given ABCs (that cls is a virtual subclass of) slotted in: each
    # goes right after the last explicit base that is itself abstract.
    bases = cls.__bases__
    cut = 0
    for index in range(len(bases) - 1, -1, -1):
        if hasattr(bases[index], '__abstractmethods__'):
            cut = index + 1
            break
    extra_abcs = list(extra_abcs) if extra_abcs else []
    before, after = list(bases[:cut]), list(bases[cut:])
    virtual = [abc for abc in extra_abcs
               if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in virtual:
        extra_abcs.remove(abc)
    chains = [[cls]]
    for group in (before, virtual, after):
        chains.extend(_mro_with(b, extra_abcs) for b in group)
    chains.extend([before, virtual, after])
    return _linearize(chains)


def _full_mro(cls, candidates):
    # The MRO of cls extended by those of the candidate classes it is a (possibly virtual)
    # subclass of, but that its real MRO lacks.
    real = set(cls.__mro__)

    def relevant(kind):
        return (kind not in real and hasattr(kind, '__mro__')
                and not isinstance(kind, GenericAlias) and issubclass(cls, kind))
    found = [k for k in candidates if relevant(k)]

    def covered(kind):
        # Already in the MRO of another candidate.
        return any(kind != other and kind in other.__mro__ for other in found)
    found = [k for k in found if not covered(k)]
    wanted = set(found)
    extra = []
    for kind in found:
        via = []
        for sub in kind.__subclasses__():
            if sub not in real and issubclass(cls, sub):
                via.append([s for s in sub.__mro__ if s in wanted])
        if not via:
            extra.append(kind)
            continue
        via.sort(key=len, reverse=True)
        for chain in via:
            for step in chain:
                if step not in extra:
                    extra.append(step)
    return _mro_with(cls, extra)


def _pick_impl(cls, registry):
    # The registered implementation for the first class in cls's extended MRO that has one;
    # two unrelated ABCs both matching is an error.
    chosen = None
    for kind in _full_mro(cls, registry.keys()):
        if chosen is not None:
            if (kind in registry and kind not in cls.__mro__ and chosen not in cls.__mro__
                    and not issubclass(chosen, kind)):
                raise RuntimeError(f"Ambiguous dispatch: {chosen} or {kind}")
            break
        if kind in registry:
            chosen = kind
    return registry.get(chosen)


def _is_union(kind):
    from typing import Union, get_origin
    return isinstance(kind, UnionType) or get_origin(kind) is Union


def _dispatchable(kind):
    if isinstance(kind, type):
        return True
    from typing import get_args
    return _is_union(kind) and all(isinstance(arm, type) for arm in get_args(kind))


def singledispatch(func):
    """Make `func` a generic function: calls go to the implementation registered for the class
    of the first argument (found along its MRO, ABCs included), `func` itself for `object`."""
    import weakref

    registry = {object: func}
    remembered = weakref.WeakKeyDictionary()
    token = None

    def dispatch(cls):
        """Return the implementation used for arguments of class `cls`."""
        nonlocal token
        if token is not None:
            now = get_cache_token()
            if now != token:
                # An ABC got a new virtual subclass: earlier answers may be stale.
                remembered.clear()
                token = now
        try:
            return remembered[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _pick_impl(cls, registry)
        remembered[cls] = impl
        return impl

    def register(cls, func=None):
        """Register an implementation: register(cls, func), @register(cls), or a bare @register
        on a function whose first parameter's annotation gives the class (or union)."""
        nonlocal token
        if _dispatchable(cls):
            if func is None:
                return lambda impl: register(cls, impl)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            notes = getattr(cls, '__annotations__', {})
            if not notes:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _dispatchable(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union(cls):
            from typing import get_args
            for arm in get_args(cls):
                registry[arm] = func
        else:
            registry[cls] = func
        if token is None and hasattr(cls, '__abstractmethods__'):
            token = get_cache_token()
        remembered.clear()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = remembered.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: the class of the first argument after self (or cls) picks
    the implementation. Wraps functions and descriptors such as classmethod."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register an implementation, as singledispatch's register does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
