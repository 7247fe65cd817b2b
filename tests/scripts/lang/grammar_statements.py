# Chapters 7 and 8 of the 3.11 language reference (simple and compound statements).
def f(*a):
    return *a, 'end'
print(f(1, 2))
for x in *[1, 2], 3:
    print(x, end=' ')
print()
a, *b = 1, 2, 3; *c, d = 'xyz'; [e, [g, *h]] = [1, [2, 3, 4]]
print(a, b, c, d, e, g, h)
i = j = k = 0; i += 1; j -= 1; k |= 6; k >>= 1; s = 'a'; s *= 3
print(i, j, k, s)
lst = [1, 2, 3, 4]; del lst[0], lst[-1]; print(lst)
dd = {'a': 1, 'b': 2}; del (dd['a']); print(dd)
class O: pass
o = O(); o.x = 1; o.y = 2; del o.x, [o.y]; print(vars(o))
(p, q) = [r, t] = 1, 2; print(p, q, r, t)
x: int = 5; y: 'str'; print(x, __annotations__)
o.attr: int = 3; lst[0]: int = 9; print(o.attr, lst)
assert True, 'no'
try:
    assert 1 == 2, f'msg {1}'
except AssertionError as e: print('AE', e)
try:
    assert False
except AssertionError as e: print('AE2', repr(e))
if __debug__: print('debug on')
pass
def gl():
    global G
    G = 1
gl(); print(G)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
    inc(); inc(); return n
print(outer())
import os.path as op, sys as system
from os import (path,
    sep)
from os.path import *
print(op is path, system.version_info >= (3,), sep, callable(join))
for i in range(3):
    if i == 1: continue
    print(i)
else: print('else-for')
while False: pass
else: print('else-while')
n = 0
while n < 5:
    n += 1
    if n == 3: break
else: print('no')
print(n)
try: pass
except: pass
else: print('try-else')
finally: print('try-finally')
def tf():
    try: return 'try'
    finally: print('finally runs')
print(tf())
def tf2():
    for _ in range(3):
        try: continue
        finally: print('fin-cont')
    return 'x'
print(tf2())
try:
    raise ValueError('v') from KeyError('k')
except ValueError as e: print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try: 1/0
    except ZeroDivisionError: raise TypeError('t') from None
except TypeError as e: print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try: raise
except RuntimeError as e: print(e)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n); return False
with (CM(1) as one, CM(2) as two,): print(one, two)
with (CM(3), CM(4)): pass
with CM(5) as v, CM(6): print(v)
with (CM(7)) as w: print(w)
def dec(fn): return fn
decs = [dec]
@decs[0]
@(lambda fn: fn)
@dec if True else None
def decorated(): return 'decorated'
print(decorated())
class K(dict, metaclass=type, **{}): pass
class Base:
    def __init_subclass__(cls, /, flag=None, **kw): print('init_subclass', cls.__name__, flag)
class Sub(Base, flag=1): pass
match = [1, 2]; case = 3; _ = 4
match match:
    case [1, other]: print('matched', other)
print(match, case, _)
def gen():
    x = yield 1
    yield from range(x)
gg = gen(); next(gg); print(list(gg.__iter__()) if False else gg.send(2), list(gg))
lam = lambda: (yield)
def kwonly(a, b=1, /, c=2, *, d, e=3, **kw): return a, b, c, d, e, kw
print(kwonly(0, d=4, z=9))
type = 5; print(type); del type
print(__name__, __doc__)
x = 1; x = x if x else 2; x ^= 3; x **= 2; x //= 2; x %= 7; x @= 1 if False else x; print(x)
