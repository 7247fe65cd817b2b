"""weakref: weak references and the containers built on them (WeakValueDictionary,
WeakKeyDictionary, WeakSet, WeakMethod, finalize, KeyedRef), written for gilpy. The references
themselves (ref, proxy and their types) come from _weakref.py over the native _weakrefhandle."""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet, _Walking, _Watched
import _collections_abc
import _weakrefhandle
import itertools
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet',
           'WeakMethod', 'finalize']

# WeakSet offers the whole mutable-set interface without inheriting from the ABC.
_collections_abc.MutableSet.register(WeakSet)


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the instance or the function does,
    and calling it rebinds the two."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            target = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None
        me = None

        def one_side_died(_):
            wm = me()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, target, one_side_died)
        self._func_ref = ref(function, one_side_died)
        self._meth_type = type(meth)
        self._alive = True
        me = ref(self)
        return self

    def __call__(self):
        target = super().__call__()
        function = self._func_ref()
        if target is None or function is None:
            return None
        # Bound methods cannot be built from Python in gilpy: the native side binds.
        return _weakrefhandle.bind(function, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference carrying a 'key' attribute, so a callback knows which entry to drop."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakContainer(_Watched):
    """What both weak dictionaries share beyond the bookkeeping: repr, copy and the | operators."""

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def __copy__(self):
        return self.copy()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged


class WeakValueDictionary(_WeakContainer, _collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry disappears when its value is freed."""

    def __init__(self, other=(), /, **kw):
        self._start({})
        self.update(other, **kw)

    def _drop(self, r):
        _remove_dead_weakref(self.data, r.key)

    def __getitem__(self, key):
        self._settle()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._settle()
        return len(self.data) - len(self._noted)

    def __contains__(self, key):
        self._settle()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = KeyedRef(value, self._forget, key)

    def copy(self):
        self._settle()
        result = WeakValueDictionary()
        with _Walking(self):
            for key, r in self.data.items():
                o = r()
                if o is not None:
                    result[key] = o
        return result

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._settle()
        result = type(self)()
        with _Walking(self):
            for key, r in self.data.items():
                o = r()
                if o is not None:
                    result[deepcopy(key, memo)] = o
        return result

    def get(self, key, default=None):
        self._settle()
        try:
            r = self.data[key]
        except KeyError:
            return default
        o = r()
        return default if o is None else o

    def items(self):
        self._settle()
        with _Walking(self):
            for key, r in self.data.items():
                o = r()
                if o is not None:
                    yield key, o

    def keys(self):
        self._settle()
        with _Walking(self):
            for key, r in self.data.items():
                if r() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """Iterate over the KeyedRef objects holding the values (some may be dead)."""
        self._settle()
        with _Walking(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the KeyedRef objects holding the values (some may be dead)."""
        self._settle()
        return list(self.data.values())

    def values(self):
        self._settle()
        with _Walking(self):
            for r in self.data.values():
                o = r()
                if o is not None:
                    yield o

    def popitem(self):
        self._settle()
        while True:
            key, r = self.data.popitem()
            o = r()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        self._settle()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is not None:
            return o
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is not None:
            return o
        self._settle()
        self.data[key] = KeyedRef(default, self._forget, key)
        return default

    def update(self, other=None, /, **kwargs):
        self._settle()
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, value in other.items():
                self.data[key] = KeyedRef(value, self._forget, key)
        for key, value in kwargs.items():
            self.data[key] = KeyedRef(value, self._forget, key)


class WeakKeyDictionary(_WeakContainer, _collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry disappears when its key is freed."""

    def __init__(self, dict=None):
        self._start({})
        if dict is not None:
            self.update(dict)

    def _drop(self, r):
        self.data.pop(r, None)

    def __delitem__(self, key):
        self._settle()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._settle()
        return len(self.data) - len(self._noted)

    def __setitem__(self, key, value):
        self.data[ref(key, self._forget)] = value

    def copy(self):
        result = WeakKeyDictionary()
        with _Walking(self):
            for r, value in self.data.items():
                o = r()
                if o is not None:
                    result[o] = value
        return result

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = type(self)()
        with _Walking(self):
            for r, value in self.data.items():
                o = r()
                if o is not None:
                    result[o] = deepcopy(value, memo)
        return result

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def items(self):
        with _Walking(self):
            for r, value in self.data.items():
                o = r()
                if o is not None:
                    yield o, value

    def keys(self):
        with _Walking(self):
            for r in self.data:
                o = r()
                if o is not None:
                    yield o

    __iter__ = keys

    def values(self):
        with _Walking(self):
            for r, value in self.data.items():
                if r() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead)."""
        return list(self.data)

    def popitem(self):
        self._settle()
        while True:
            r, value = self.data.popitem()
            o = r()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._settle()
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._forget), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                self.data[ref(key, self._forget)] = value
        if kwargs:
            self.update(kwargs)


def _report_exit_error():
    # A finalizer failing at exit is reported and the others still run.
    hook = getattr(sys, 'excepthook', None)
    if hook is not None:
        hook(*sys.exc_info())
    else:
        import traceback
        traceback.print_exc()


class _Entry:
    """One pending finalizer: the weak reference to the object and the call to make."""

    __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj is freed, when
    the finalizer is called, or at interpreter exit (if .atexit is true), whichever comes first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        entry = _Entry()
        entry.weakref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs or None
        entry.atexit = True
        entry.index = next(self._index_iter)
        self._registry[self] = entry
        finalize._dirty = True

    def __call__(self, _=None):
        """Run the callback now unless it already ran or was detached; return its result."""
        entry = self._registry.pop(self, None)
        if entry is not None and not self._shutdown:
            return entry.func(*entry.args, **(entry.kwargs or {}))

    def _state(self, take):
        entry = self._registry.get(self)
        obj = entry.weakref() if entry is not None else None
        if obj is None:
            return None
        if take and self._registry.pop(self, None) is None:
            return None
        return (obj, entry.func, entry.args, entry.kwargs or {})

    def detach(self):
        """Unregister; return (obj, func, args, kwargs), or None if no longer alive."""
        return self._state(True)

    def peek(self):
        """Return (obj, func, args, kwargs) while alive, else None; nothing changes."""
        return self._state(False)

    @property
    def alive(self):
        """Whether the finalizer is still waiting to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at interpreter exit if still alive then."""
        entry = self._registry.get(self)
        return bool(entry) and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = self._registry.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        entry = self._registry.get(self)
        obj = entry.weakref() if entry is not None else None
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # Oldest last, so that popping from the end runs the newest first.
        chosen = [(f, e) for f, e in cls._registry.items() if e.atexit]
        chosen.sort(key=lambda pair: pair[1].index)
        return [f for f, _ in chosen]

    @classmethod
    def _exitfunc(cls):
        try:
            if not cls._registry:
                return
            import gc
            gc_was_on = gc.isenabled()
            if gc_was_on:
                gc.disable()
            try:
                todo = None
                while True:
                    if todo is None or finalize._dirty:
                        todo = cls._select_for_exit()
                        finalize._dirty = False
                    if not todo:
                        break
                    f = todo.pop()
                    try:
                        f()
                    except Exception:
                        _report_exit_error()
            finally:
                if gc_was_on:
                    gc.enable()
        finally:
            finalize._shutdown = True
