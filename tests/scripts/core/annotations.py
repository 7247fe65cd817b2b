# Annotations: function __annotations__ (CPython order, made empty on demand), module and class
# __annotations__ (own, not inherited), none recorded in function bodies; functools.wraps copies them.
def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(f.__annotations__)
def g(x, *, y=3): pass
print(g.__annotations__, g.__dict__, g.__kwdefaults__, f.__kwdefaults__)
g.__annotations__['x'] = int
print(g.__annotations__, g.__dict__)
x: int = 5
y: "later"
print(__annotations__, x)
class P:
    a: int
    b: str = "x"
    if True:
        c: list = []
    def m(self) -> "P":
        z: int = 3
        return z
print(P.__annotations__, P.b, P().m(), P.m.__annotations__)
class Q: pass
try:
    Q.__annotations__
except AttributeError as e:
    print("AttributeError", e)
lam = lambda q: q
print(lam.__annotations__)
def outer():
    T = float
    class Inner:
        v: T = 1.0
    def h(a: T) -> T: return a
    return Inner.__annotations__, h.__annotations__
print(outer())
import functools
@functools.wraps(f)
def w(*args): pass
print(w.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
