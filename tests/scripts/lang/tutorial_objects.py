"""Attribute hooks (__setattr__/__getattribute__/__delattr__ through super()), __class_getitem__ and generic aliases, self-containing containers, operator precedence, slicing, sum of user numbers, properties overridden in subclasses, __slots__ inheritance, type() with three arguments."""
class Logged:
    def __setattr__(self, k, v):
        print('set', k, v); super().__setattr__(k, v)
    def __getattribute__(self, k):
        if k == 'secret': return 'hidden'
        return super().__getattribute__(k)
    def __delattr__(self, k):
        print('del', k); super().__delattr__(k)
l = Logged(); l.x = 1; print(l.x, l.secret); del l.x
try: l.x
except AttributeError as e: print(e)
class G:
    def __class_getitem__(cls, item): return f'G[{item.__name__}]'
print(G[int], list[int], dict[str, list[int]], type(list[int]))
a = [1]; a.append(a); print(a, repr({'k': a}))
d = {}; d['self'] = d; print(d)
print(1 < 2 < 3, 1 < 3 < 2, 2 ** 3 ** 2, -2 ** 2, not 1 == 2, (1, 2) < (1, 3), [1, 2] == [1, 2.0], 'a' < 'b' < 'c', 1 if 0 else 2 if 0 else 3)
print(True + True, True * 3, 7 // 2 * 2 + 7 % 2, 2 * 3 % 4, -7 // -2, 5 & 3 | 4 ^ 1, 1 << 2 + 1, (lambda: (yield))().__class__.__name__)
x = [3, 1, 2]; x.sort(key=lambda v: -v); print(x, sorted('bca'), sorted([3, 1], reverse=True), x.copy() is x, x[::2], x[-1:], x[5:], x[::-1])
x[1:2] = ['a', 'b']; print(x); del x[::2]; print(x); x *= 2; print(x, x.count('b'), x.index(1))
s = 'hello'; print(s[1:-1], s[::-2], s * 0, s.find('z'), s.upper().lower() == s, s.encode()[1:3], list(s)[:2], s.split('l'), '-'.join(s))
t = (1, 2, 3); print(t[1:], t + (4,), t * 2, t.index(2), len(t), (1,) == (1), () == tuple())
n = None; print(n is None, n == None, bool(n), str(n), repr(n), [n] * 2)
print(int('42'), int(' -7 '), int('0b11', 2) if False else int('11', 2), int(3.99), int(-3.99), float('  1.5e3 '), float('-inf'), str(10 ** 18), repr(10 ** 19), hex(2 ** 64), 0.1 + 0.2 == 0.3, abs(-5), abs(-2.5))
print(round(2.567, 2), round(-2.5), round(0.125, 2), round(1e15 + 0.5), 10 / 3, 10 // 3, 10 % 3, -10 % 3, 2 ** 10, 2 ** -2, 4 ** 0.5, (-1) ** 0.5, 0 ** 0, divmod(-9, 4))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    __hash__ = None
    def __repr__(self): return f'Num({self.v})'
print(sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]), sorted([Num(3), Num(1)]), Num(1) == Num(1), Num(1) != Num(2), Num(1) in [Num(1)])
try: {Num(1)}
except TypeError as e: print(e)
class P:
    def __init__(self): self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, '_x', v), doc='the x')
class Q(P):
    @property
    def x(self): return super().x * 10
q = Q(); print(q.x, P.x.__doc__)
try: q.x = 5
except AttributeError as e: print(e)
class Base: __slots__ = ('a',)
class Derived(Base): __slots__ = ('b',)
dv = Derived(); dv.a = 1; dv.b = 2; print(dv.a, dv.b, Derived.__slots__)
try: dv.c = 3
except AttributeError as e: print(e)
print(type('Dyn', (object,), {'f': lambda self: 'dyn'})().f(), type(type), type(object), object.__subclasses__ is not None, int.__mro__)
import sys
print(sys.intern('abc') is sys.intern('abc'), isinstance(1, (int, str)), getattr(1, 'real'), vars(type('E', (), {}))['__module__'], callable(type))
