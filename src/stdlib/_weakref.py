"""_weakref: CPython's low-level weak reference API (ref, proxy, getweakrefcount, getweakrefs,
ReferenceType, ProxyType, CallableProxyType, _remove_dead_weakref), written in gilpy over the
native _weakrefhandle module, which holds each referent weakly and queues callbacks when it is freed."""

import _weakrefhandle as _h
import operator as _op

getweakrefcount = _h.getweakrefcount
getweakrefs = _h.getweakrefs


def _arity(name, args):
    # CPython's wording for the argument count of ref() and proxy().
    if not args:
        raise TypeError('%s expected at least 1 argument, got 0' % name)
    if len(args) > 2:
        raise TypeError('%s expected at most 2 arguments, got %d' % (name, len(args)))


class ReferenceType:
    """A weak reference: calling it returns the referent, or None once it has been freed."""

    __slots__ = ('_h', '_hash')

    def __new__(cls, *args):
        _arity('__new__', args)
        ob = args[0]
        callback = args[1] if len(args) > 1 else None
        if callback is None and cls is ReferenceType:
            for r in _h.getweakrefs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        self._h = _h.handle(self, ob, callback)
        self._hash = None
        return self

    def __init__(self, *args):
        pass

    def __call__(self):
        return _h.deref(self._h)

    @property
    def __callback__(self):
        return _h.callback(self._h)

    def __hash__(self):
        if self._hash is not None:
            return self._hash
        o = _h.deref(self._h)
        if o is None:
            raise TypeError('weak object has gone away')
        self._hash = hash(o)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _h.deref(self._h)
        b = _h.deref(other._h)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _h.deref(self._h)
        b = _h.deref(other._h)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        o = _h.deref(self._h)
        if o is None:
            return '<weakref at %#x; dead>' % id(self)
        try:
            name = o.__name__
        except Exception:
            name = None
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(o).__name__, id(o), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _deref(p):
    o = _h.deref(object.__getattribute__(p, '_h'))
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _unwrap(x):
    if isinstance(x, (ProxyType, CallableProxyType)):
        return _deref(x)
    return x


class ProxyType:
    """A proxy: every operation goes to the referent, ReferenceError once it is freed."""

    __slots__ = ('_h',)

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = _deref(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_deref(self))

    def __bytes__(self):
        return bytes(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        return next(_deref(self))

    def __reversed__(self):
        return reversed(_deref(self))

    def __contains__(self, item):
        return item in _deref(self)

    def __getitem__(self, key):
        return _deref(self)[key]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]

    def __index__(self):
        return _op.index(_deref(self))

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __abs__(self):
        return abs(_deref(self))

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __invert__(self):
        return ~_deref(self)


def _binary(fn):
    def forward(self, other):
        return fn(_deref(self), _unwrap(other))

    def backward(self, other):
        return fn(_unwrap(other), _deref(self))

    return forward, backward


def _inplace(fn):
    def method(self, other):
        o = _deref(self)
        r = fn(o, _unwrap(other))
        return self if r is o else r

    return method


_BINARY = {
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'matmul': lambda a, b: a @ b, 'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b, 'pow': lambda a, b: a ** b, 'lshift': lambda a, b: a << b,
    'rshift': lambda a, b: a >> b, 'and': lambda a, b: a & b, 'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
}


def _inplace_op(name):
    def op(a, b):
        a_op = getattr(type(a), '__i%s__' % name, None)
        if a_op is not None:
            r = a_op(a, b)
            if r is not NotImplemented:
                return r
        return _BINARY[name](a, b)
    return op


for _name, _fn in _BINARY.items():
    _f, _b = _binary(_fn)
    setattr(ProxyType, '__%s__' % _name, _f)
    setattr(ProxyType, '__r%s__' % _name, _b)
    setattr(ProxyType, '__i%s__' % _name, _inplace(_inplace_op(_name)))
ProxyType.__divmod__, ProxyType.__rdivmod__ = _binary(divmod)
_COMPARE = {'lt': lambda a, b: a < b, 'le': lambda a, b: a <= b, 'eq': lambda a, b: a == b,
            'ne': lambda a, b: a != b, 'gt': lambda a, b: a > b, 'ge': lambda a, b: a >= b}
for _name, _fn in _COMPARE.items():
    setattr(ProxyType, '__%s__' % _name, _binary(_fn)[0])
del _name, _fn, _f, _b


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'


def proxy(*args):
    """Create a proxy object that weakly references 'object'."""
    _arity('proxy', args)
    obj = args[0]
    callback = args[1] if len(args) > 1 else None
    cls = CallableProxyType if callable(obj) else ProxyType
    _h.check(obj)
    p = object.__new__(cls)
    object.__setattr__(p, '_h', _h.handle(p, obj, callback))
    return p


def _remove_dead_weakref(d, key):
    """Remove key from d if d[key] is a dead weak reference."""
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]
