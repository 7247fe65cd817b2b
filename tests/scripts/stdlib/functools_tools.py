import functools as ft, sys, abc, collections.abc, copy
from functools import *
A = lambda s: s.replace(hex(id(f)), 'ADDR')
def f(*a, **k): return a, k
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)
# partial
p = partial(f, 1, x=2)
print(A(repr(p)), p(3, y=4), p(x=5), p.func is f, p.args, p.keywords)
q = partial(p, 3, y=4); print(q.func is f, q.args, q.keywords, q())
p.attr = 1; r = partial(p, 5); print(r.func is p, r.args, p.__dict__)
class MyP(partial): pass
print(A(repr(MyP(f, 1, z=3))), MyP(partial(f, 1), 2).func is f, type(partial(MyP(f, 1), 2).func))
for a in [(), (5,)]:
    try: partial(*a)
    except TypeError as e: print(e)
for attr in ('func', 'args', 'keywords'):
    try: setattr(p, attr, 1)
    except AttributeError as e: print(e)
print(repr(partial(f)).startswith('functools.partial(<function f'), repr(partial(f, 'a', b=[1], c='x')).split('>, ')[1])
pp = partial(f, a=1); print(pp(a=2), pp.keywords)
print(type(partial(f).__dict__), partial(f).__dict__)
class Obj:
    m = partial(f, 'bound?')
print(Obj().m())
def rec_p():
    x = partial(f); x.__setstate__((f, (1,), {'k': 2}, None)); print(x(), x.__dict__)
    x.__setstate__((f, (1,), None, {'w': 3})); print(x(), x.__dict__, x.keywords)
rec_p()
print(partial(f, 1).__reduce__()[0] is partial, partial(f, 1, k=2).__reduce__()[1:] == ((f,), (f, (1,), {'k': 2}, None)))
print(partial[int])
# partialmethod
class C:
    def meth(self, *a, **k): return (type(self).__name__,) + a + tuple(sorted(k.items()))
    pm = partialmethod(meth, 1, kw='v')
    pm2 = partialmethod(pm, 2)
    @classmethod
    def cm(cls, *a): return cls.__name__, a
    pcm = partialmethod(cm, 'c')
    @staticmethod
    def sm(*a): return a
    psm = partialmethod(sm, 's')
    pf = partialmethod(f, 'f')
c = C()
print(c.pm(), c.pm(5, kw='w'), c.pm2(), C.pcm(), c.pcm(1), c.psm(2), C.psm(3))
print(C.pm(c, 0), C.pf is not None, c.pf()[0][1])
print(repr(C.__dict__['pm']).replace(hex(id(C.meth)), 'ADDR'))
print(repr(partialmethod(f)).replace(hex(id(f)), 'ADDR'))
try: partialmethod(5)
except TypeError as e: print(e)
print(C.__dict__['pm2'].func is C.meth, C.__dict__['pm2'].args, C.__dict__['pm2'].keywords)
print(C.__dict__['pm'].__isabstractmethod__)
print(type(c.pm).__name__, type(C.pm).__name__)
# reduce
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a + b, ['x'], ''), reduce(max, [3]))
for args in [(lambda a,b: a, []), (lambda a,b: a, 5), (), (1, [1, 2]), (f,), (f, [], 1, 2)]:
    try: print(reduce(*args))
    except TypeError as e: print(e)
try: reduce(lambda a,b: a, [], initial=1)
except TypeError as e: print(e)
def it():
    yield 1; raise KeyError('gen')
try: reduce(lambda a, b: a + b, it(), 0)
except KeyError as e: print('keyerror', e)
# cmp_to_key
k = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=k), sorted('bca', key=k, reverse=True))
x, y = k(1), k(2)
print(x < y, x > y, x <= y, x >= y, x == y, x != y, x.obj, k(obj=7).obj)
try: x < 3
except TypeError as e: print(e)
try: hash(x)
except TypeError as e: print(type(e).__name__)
try: k()
except TypeError as e: print(type(e).__name__)
print(min([5, 2, 8], key=cmp_to_key(lambda a, b: b - a)))
# update_wrapper / wraps
def orig(a: int) -> str:
    "orig doc"
orig.extra = 'E'
@wraps(orig)
def wrapper(*a): return orig(*a)
print(wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.__wrapped__ is orig, wrapper.extra, wrapper.__module__, wrapper.__qualname__)
def w2(): pass
update_wrapper(w2, orig, assigned=('__doc__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'extra'), w2.__wrapped__ is orig)
class NoAttrs:
    def __call__(self): pass
def w3(): pass
update_wrapper(w3, NoAttrs()); print(w3.__name__, w3.__doc__ is None)
try: update_wrapper(w3, orig, updated=('nope',))
except AttributeError as e: print(e)
print(wraps(orig).func is update_wrapper, sorted(wraps(orig).keywords))
# total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), V.__gt__.__name__, V.__gt__.__qualname__)
try: a > 1
except TypeError as e: print(e)
for root in ('__le__', '__gt__', '__ge__'):
    ns = {'__init__': lambda s, v: setattr(s, 'v', v), '__eq__': lambda s, o: s.v == o.v, root: (lambda r: lambda s, o: getattr(s.v, r)(o.v))(root)}
    T = total_ordering(type('T' + root, (), ns))
    t1, t2 = T(1), T(2)
    print(root, t1 < t2, t1 > t2, t1 <= t2, t1 >= t2, t2 <= t2, t2 >= t2, t2 < t2, sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in T.__dict__))
try:
    @total_ordering
    class NoOrd: pass
except ValueError as e: print(e)
@total_ordering
class Both:
    def __lt__(s, o): return 'lt'
    def __gt__(s, o): return 'gt'
print(Both() <= Both(), Both.__dict__['__le__'].__name__, Both.__ge__.__qualname__)
# lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info(), calls)
print(sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__, type(sq).__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def plain(x): return x
print(plain(1), plain(1.0), plain(True), plain.cache_info())
@lru_cache(typed=True)
def typed_f(x): return repr(x)
print(typed_f(1), typed_f(1.0), typed_f(True), typed_f.cache_info(), typed_f.cache_parameters())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def kw(a, b=1, *, c=2): return (a, b, c)
print(kw(1), kw(1, b=1), kw(a=1), kw(1, c=2), kw(1, 1), kw.cache_info())
try: kw([1])
except TypeError as e: print(e)
@lru_cache(maxsize=0)
def zero(x): return x
print(zero(1), zero(1), zero.cache_info())
@lru_cache(maxsize=-5)
def neg(x): return x
print(neg(1), neg.cache_info())
for bad in ['x', 1.5]:
    try: lru_cache(bad)
    except TypeError as e: print(e)
print(lru_cache(None)(lambda: 1).cache_parameters(), lru_cache(3, True)(lambda: 1).cache_parameters())
class M:
    @lru_cache
    def meth(self, x): return (id(self) > 0, x)
    @cache
    def other(self): return 'o'
m = M(); print(m.meth(1), m.meth(1), M.meth.cache_info(), m.other(), type(M.__dict__['meth']).__name__)
print(repr(m.meth).startswith('<bound method'), M.meth.__qualname__)
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
@lru_cache
def raiser(x):
    raise ValueError(x)
try: raiser(1)
except ValueError: print(raiser.cache_info())
# cached_property
class CP:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        "val doc"
        self.n += 1; return self.n * 10
cp = CP(); print(cp.val, cp.val, cp.n, 'val' in cp.__dict__, CP.val.__doc__, CP.val.attrname, type(CP.val).__name__)
del cp.val; print(cp.val)
cp.val = 5; print(cp.val)
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def p(self): return 1
try: Slotted().p
except TypeError as e: print(e)
cpx = cached_property(lambda s: 1)
try: cpx.__get__(CP())
except TypeError as e: print(e)
try:
    class Two:
        a = cpx
        b = cpx
except (TypeError, RuntimeError) as e: print(type(e).__name__, e, getattr(e, '__cause__', None))
print(cached_property[int])
class MP:
    __dict__ = property(lambda s: {})
# singledispatch
@singledispatch
def disp(arg): return 'base'
@disp.register
def _(arg: int): return 'int'
@disp.register(collections.abc.Iterable)
def _(arg): return 'iterable'
@disp.register(list)
@disp.register(tuple)
def _(arg): return 'list/tuple'
print(disp(1), disp(True), disp('s'), disp([1]), disp((1,)), disp({1}), disp(None), disp(2.5))
print(disp.dispatch(int) is disp.registry[int], type(disp.registry).__name__, len(disp.registry))
class Sized1:
    def __len__(self): return 0
@disp.register(collections.abc.Sized)
def _(arg): return 'sized'
print(disp(Sized1()))
try: print(disp({}))
except RuntimeError as e: print(e)
class B1: pass
class B2(B1): pass
@singledispatch
def g(x): return 'obj'
g.register(B1, lambda x: 'B1')
print(g(B2()), g(B1()), g(3))
g.register(B2, lambda x: 'B2'); print(g(B2()))
try: g.register(3)
except TypeError as e: print(e)
try: g.register(int, 3)
except TypeError as e: print(e)
try:
    @g.register
    def _(x: list[int]): pass
except TypeError as e: print(e)
try:
    @g.register
    def _(x: int | list[int]): pass
except TypeError as e: print(e)
try: g()
except TypeError as e: print(e)
print(g.__wrapped__.__name__, g.__name__)
sd = singledispatch(lambda x: 'lam'); print(sd(1))
try: sd()
except TypeError as e: print(e)
class AbsBase(abc.ABC):
    @abc.abstractmethod
    def foo(self): pass
@singledispatch
def ab(x): return 'default'
@ab.register
def _(x: AbsBase): return 'absbase'
class Impl: 
    def foo(self): pass
print(ab(Impl()))
AbsBase.register(Impl)
print(ab(Impl()))
# singledispatchmethod
class Disp:
    @singledispatchmethod
    def go(self, arg): return 'base ' + type(self).__name__
    @go.register
    def _(self, arg: int): return 'int'
    @go.register(str)
    def _(self, arg): return 'str'
    @singledispatchmethod
    @classmethod
    def cgo(cls, arg): return 'cbase ' + cls.__name__
    @cgo.register
    @classmethod
    def _(cls, arg: int): return 'cint ' + cls.__name__
d = Disp()
print(d.go(1), d.go('s'), d.go(1.5), Disp.cgo(1), Disp.cgo('x'), d.cgo(2))
print(Disp.go.__name__, Disp.__dict__['go'].__isabstractmethod__, type(Disp.__dict__['go']).__name__)
try: singledispatchmethod(5)
except TypeError as e: print(e)
print(sorted(ft.__all__))
print(ft.reduce(lambda a, b: a + b, range(5)), sys.modules['functools'].__name__)
