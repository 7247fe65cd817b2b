"""reprlib: reprs cut down to a bounded size (Repr, the module-depth repr), and the
recursive_repr decorator that keeps a __repr__ from looping over a structure that contains itself."""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__: a call made while the same object's repr is already being built on
    this thread returns `fillvalue` instead of recursing."""

    def decorate(method):
        busy = set()

        def guarded(self):
            token = (id(self), get_ident())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, attr, getattr(method, attr))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _ordered(items):
    # Sets and dict keys in sorted order when they can be compared, else as they come.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, obj):
        return self.repr1(obj, self.maxlevel)

    def repr1(self, obj, depth):
        kind = '_'.join(type(obj).__name__.split())
        handler = getattr(self, 'repr_' + kind, None)
        if handler is None:
            return self.repr_instance(obj, depth)
        return handler(obj, depth)

    def _clip(self, text, limit):
        # Keep the two ends of an over-long text, the fill value between them.
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _repr_iterable(self, obj, depth, left, right, maxiter, trail=''):
        count = len(obj)
        if depth <= 0 and count:
            body = self.fillvalue
        else:
            parts = [self.repr1(item, depth - 1) for item in islice(obj, maxiter)]
            if count > maxiter:
                parts.append(self.fillvalue)
            body = ', '.join(parts)
            if count == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, obj, depth):
        return self._repr_iterable(obj, depth, '(', ')', self.maxtuple, ',')

    def repr_list(self, obj, depth):
        return self._repr_iterable(obj, depth, '[', ']', self.maxlist)

    def repr_array(self, obj, depth):
        if not obj:
            return 'array(%r)' % (obj.typecode,)
        opening = "array('%s', [" % (obj.typecode,)
        return self._repr_iterable(obj, depth, opening, '])', self.maxarray)

    def repr_set(self, obj, depth):
        if not obj:
            return 'set()'
        return self._repr_iterable(_ordered(obj), depth, '{', '}', self.maxset)

    def repr_frozenset(self, obj, depth):
        if not obj:
            return 'frozenset()'
        return self._repr_iterable(_ordered(obj), depth, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, obj, depth):
        return self._repr_iterable(obj, depth, 'deque([', '])', self.maxdeque)

    def repr_dict(self, obj, depth):
        if not obj:
            return '{}'
        if depth <= 0:
            return '{' + self.fillvalue + '}'
        inner = depth - 1
        parts = []
        for key in islice(_ordered(obj), self.maxdict):
            parts.append(self.repr1(key, inner) + ': ' + self.repr1(obj[key], inner))
        if len(obj) > self.maxdict:
            parts.append(self.fillvalue)
        return '{' + ', '.join(parts) + '}'

    def repr_str(self, obj, depth):
        limit = self.maxstring
        shown = builtins.repr(obj[:limit])
        if len(shown) <= limit:
            return shown
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        shown = builtins.repr(obj[:head] + obj[len(obj) - tail:])
        return shown[:head] + self.fillvalue + shown[len(shown) - tail:]

    def repr_int(self, obj, depth):
        return self._clip(builtins.repr(obj), self.maxlong)

    def repr_instance(self, obj, depth):
        try:
            shown = builtins.repr(obj)
        except Exception:
            return '<%s instance at %#x>' % (obj.__class__.__name__, id(obj))
        return self._clip(shown, self.maxother)


aRepr = Repr()
repr = aRepr.repr
