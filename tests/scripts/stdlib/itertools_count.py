"""itertools.count natively: fast (by one on a machine word) and slow (any number, added with +) modes, repr, arguments, subclasses, errors raised by +."""
import itertools, sys
from fractions import Fraction
from decimal import Decimal
c = itertools.count()
print(type(c), repr(c), next(c), next(c), repr(c))
for args in [(5,), (1, 2), (0, 1.0), (0, True), (1.5,), (1, 0.5), (Fraction(1, 3), Fraction(1, 2)), (Decimal('1.1'), Decimal('0.2')), (1j,), (1, 2j), (2**70, 2**65), (sys.maxsize - 1,), (-sys.maxsize-2, -1), (True,), (False, False), (0, -1), (3, 0)]:
    c = itertools.count(*args)
    print(repr(c), [next(c) for _ in range(4)], repr(c))
c = itertools.count(start=3, step=2); print(c, next(c))
c = itertools.count(step=2); print(c, next(c))
for bad in [('a',), (1, 'b'), (None,), ([],), (1, 2, 3)]:
    try:
        itertools.count(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    itertools.count(foo=1)
except TypeError as e:
    print('TypeError', e)
class C(itertools.count):
    pass
c = C(4, 3); print(repr(c), next(c), type(c).__name__, isinstance(c, itertools.count))
print(itertools.count.__name__, itertools.count.__module__, iter(c) is c)
print(list(zip('abc', itertools.count(10))))
class N:
    def __index__(self): return 7
try:
    c = itertools.count(N()); print(next(c))
except TypeError as e: print('TypeError', e)
class F:
    def __float__(self): return 2.0
    def __add__(self, o): return 'added'
    def __repr__(self): return 'F()'
c = itertools.count(F()); print(repr(c), next(c))
try: next(c)
except TypeError as e: print("TypeError", e)
c = itertools.count(0, F()); print(repr(c))
try: print(next(c), next(c))
except TypeError as e: print('TypeError', e)
print(sum(x for x in itertools.islice(itertools.count(0, 3), 100)))
c = itertools.count(float('nan')); print(c, next(c))
c = itertools.count(1, -0.0); print(c, next(c), next(c))
print(hasattr(itertools.count(), '__length_hint__'))
try:
    len(itertools.count())
except TypeError as e: print('TypeError', e)
c = itertools.count(2**63-2); print([next(c) for _ in range(4)], c)
try: itertools.count(1, start=2)
except TypeError as e: print(e)
try: itertools.count(1, 2, step=2)
except TypeError as e: print(e)
class C(itertools.count):
    def __init__(self, *a):
        self.extra = a
c = C(5)
print(c.extra, next(c), repr(c))
c.x = 1; print(c.x)
c = itertools.count(); c2 = c
print(next(c2), next(c), itertools.count.__qualname__)
print(type(itertools.count()).__mro__)
it = itertools.count(0.1, 0.1); print([next(it) for _ in range(3)])
