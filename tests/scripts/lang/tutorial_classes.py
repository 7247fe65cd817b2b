"""Tutorial-style classes: properties, descriptors, operator overloading (reflected and in-place), __format__, truthiness, iteration protocols, metaclasses, MRO; number and str formatting."""
from functools import total_ordering
import math

class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vector({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __iadd__(self, other):
        self.x += other.x; self.y += other.y
        return self
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __format__(self, spec):
        if spec.endswith('p'):
            r, th = abs(self), math.atan2(self.y, self.x)
            return f'<{format(r, spec[:-1])}, {format(th, spec[:-1])}>'
        return f'({format(self.x, spec)}, {format(self.y, spec)})'
    def __iter__(self):
        yield self.x; yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2

v = Vector(3, 4); w = Vector(1, 2)
print(v + w, v * 2, 3 * v, -v, abs(v), bool(Vector()), repr(v))
print(sum([v, w]), format(v, '.2f'), f'{v:.3fp}', f'{v!r:>20}')
v += w; print(v, v == Vector(4, 6), {v, Vector(4, 6)})
try:
    v + 1
except TypeError as e:
    print(e)
try:
    1 - v
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
x, y = v; print(x, y, list(v), v[1], v[-1], len(v), *v)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1')]
print(sorted(vs), max(vs), Version('1.0') >= Version('0.9'), Version('2') <= Version('1'))

class Temperature:
    def __init__(self, c): self._c = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self): print('deleting'); del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temperature(25); print(t.celsius, t.fahrenheit)
t.celsius = 100; print(t.fahrenheit)
try: t.celsius = -300
except ValueError as e: print('ValueError:', e)
try: t.fahrenheit = 3
except AttributeError as e: print(e)
del t.celsius
try: t.celsius
except AttributeError as e: print(e)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.name, value)
class Person:
    name = Typed(str); age = Typed(int)
    def __init__(self, n, a): self.name = n; self.age = a
p = Person('Ann', 30); print(p.name, p.age, Person.name.name)
try: p.age = 'x'
except TypeError as e: print(e)
print(vars(p))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(Countdown(3)), 2 in Countdown(3), 5 in Countdown(3))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), list(reversed([1,2,3])))
class Empty:
    def __len__(self): return 0
print(bool(Empty()), not Empty(), 'yes' if Empty() else 'no')
class BadLen:
    def __len__(self): return -1
try: bool(BadLen())
except ValueError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, b=2), callable(Callable()), callable(1))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None, v); return t is KeyError
with Ctx() as c:
    raise KeyError('k')
try:
    with Ctx():
        raise ValueError('v')
except ValueError as e: print('outer', repr(e))
class Meta(type):
    def __repr__(cls): return f'<class {cls.__name__} via Meta>'
    def __call__(cls, *a):
        print('Meta call', a); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, a): self.a = a
print(WithMeta, WithMeta(5).a)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag
class Sub(Base, tag='t1'): pass
print(Sub.tag)
class A:
    def hello(self): return 'A'
class B(A):
    def hello(self): return 'B' + super().hello()
class C(A):
    def hello(self): return 'C' + super().hello()
class D(B, C):
    def hello(self): return 'D' + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0 * 10, float('inf'), -float('nan'), 2 ** -1, 10 / 4, 2 ** 100, (-8) ** (1/3))
print(complex(1, 2) * 1j, abs(3 + 4j), (1+2j).conjugate(), 1j ** 2, complex('1+2j'), (1 + 0j) / 3)
print(f'{1234567.891:,.2f} {0.000123:e} {12:#x} {12:#o} {12:#b} {255:08b} {3.14159:10.3f}| {-5:+d} {5: d}')
print(f'{"abc":^9}|{"abc":*<7}|{42:>6}|{1e100:g}|{0.5:%}|{123.456:.1e}|{1/3:.15g}|{10**20:,}')
print(format(1.0, ''), format(1e21, ''), str(1e-7), repr(1.5e300 * 1e10), int('0x1f', 16), int('  42 '), int('1_000'))
print('Straße'.upper(), 'ǅ'.lower(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ß'.casefold(), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
print('  hi  '.strip(), 'a,b,,c'.split(','), 'a b  c'.split(), 'abc'.center(9, '*'), 'x'.zfill(5), '-3'.zfill(5), 'Hello World'.swapcase(), 'hello world'.title(), "they're bill's".title())
print('é'.isalpha(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '٣'.isdecimal(), 'ab'.isidentifier(), '1a'.isidentifier(), 'a\tb'.expandtabs(4))
print('%s %r %5.2f %-5d| %x %o %e %c %%' % ('s', 'r', 3.14159, 42, 255, 8, 12345.678, 65))
print('{0}{1}{0}'.format('a', 'b'), '{name}!'.format(name='x'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}))
