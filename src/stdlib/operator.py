"""Operators as functions, as CPython 3.11's operator module (the common part): arithmetic,
comparison, logic, sequence and in-place operators, itemgetter, attrgetter, methodcaller."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq',
           'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
           'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt',
           'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


_abs = abs


def abs(a):
    return _abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    try:
        as_index = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    return as_index(a)


def inv(a):
    return ~a


invert = inv
def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def _sequence_only(a):
    if not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b):
    "Same as a + b, for a and b sequences."
    _sequence_only(a)
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    "The first index of b in a."
    position = 0
    for item in a:
        if item is b or item == b:
            return position
        position += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    """An estimate of len(obj): its length if it has one, else what its __length_hint__ says,
    else `default`."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    ask = getattr(type(obj), '__length_hint__', None)
    estimate = NotImplemented if ask is None else ask(obj)
    if estimate is NotImplemented:
        return default
    if not isinstance(estimate, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(estimate).__name__}')
    if estimate < 0:
        raise ValueError('__length_hint__() should return >= 0')
    if estimate >= 1 << 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return estimate


def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    _sequence_only(a)
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


def matmul(a, b):
    "Same as a @ b."
    return a @ b


def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


def _listed(values):
    return ', '.join([repr(v) for v in values])


class attrgetter:
    """attrgetter('a', 'b.c')(obj) -> (obj.a, obj.b.c)."""
    __slots__ = ('_attrs', '_chains')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        if not all(isinstance(a, str) for a in attrs):
            raise TypeError('attribute name must be a string')
        self._attrs = attrs
        # Each dotted name as the chain of attributes it walks.
        self._chains = tuple(tuple(a.split('.')) for a in attrs)

    @staticmethod
    def _walk(obj, chain):
        for step in chain:
            obj = getattr(obj, step)
        return obj

    def __call__(self, obj):
        chains = self._chains
        if len(chains) == 1:
            return self._walk(obj, chains[0])
        return tuple([self._walk(obj, c) for c in chains])

    def __repr__(self):
        return f'operator.attrgetter({_listed(self._attrs)})'

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """itemgetter(1, 3)(seq) -> (seq[1], seq[3])."""
    __slots__ = ('_keys', '_single')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = items
        self._single = len(items) == 1

    def __call__(self, obj):
        if self._single:
            return obj[self._keys[0]]
        return tuple([obj[k] for k in self._keys])

    def __repr__(self):
        return f'operator.itemgetter({_listed(self._keys)})'

    def __reduce__(self):
        return type(self), self._keys


class methodcaller:
    """methodcaller('name', *args, **kwargs)(obj) -> obj.name(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, *rest = args
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name, self._args, self._kwargs = name, tuple(rest), kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name), *map(repr, self._args)]
        shown += [f'{key}={value!r}' for key, value in self._kwargs.items()]
        return f"operator.methodcaller({', '.join(shown)})"

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name, *self._args)
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# The dunder spellings CPython also exports (operator.__add__ is operator.add, and so on).
for _name in ('abs', 'add', 'and', 'call', 'concat', 'contains', 'delitem', 'eq', 'floordiv',
              'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift',
              'imatmul', 'imod', 'imul', 'index', 'inv', 'invert', 'ior', 'ipow', 'irshift',
              'isub', 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne',
              'neg', 'not', 'or', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'xor'):
    globals()['__%s__' % _name] = globals()[_name + '_' if _name in ('and', 'or', 'not') else _name]
del _name
