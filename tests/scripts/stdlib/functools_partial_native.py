# functools.partial as CPython 3.11's C type: calls, flattening of plain partials, read-only
# members, repr (subclasses, recursion), pickling, __setstate__'s checks, attributes.
import functools
import pickle
import weakref

p = functools.partial(max, 1, key=abs)
print(repr(p), p.func, p.args, p.keywords)
print(p(-5, 3), p(2, key=lambda v: -v))


class P(functools.partial):
    pass


q = P(min, 3)
print(repr(q), q(1), type(q).__mro__)
print(functools.partial.__mro__, functools.partial.__module__, functools.partial.__qualname__)

# A plain partial inside is opened up; one with attributes, or whose class calls otherwise, is not.
r = functools.partial(p, 5)
print(r.func is max, r.args, r.keywords)
p2 = functools.partial(max)
p2.attr = 1
print(functools.partial(p2, 5).func is p2)


class Own(functools.partial):
    def __call__(self, *a):
        return 'own'


r = functools.partial(Own(max, 1), 2)
print(r.func, r.args, r())
r = Own(functools.partial(max, 1), 2)
print(r.func, r.args, r())
r = Own(Own(max, 1), 2)
print(r.func, r.args, r())

for name in ('func', 'args', 'keywords'):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print(name, e)

print(pickle.loads(pickle.dumps(p))(-5, 2))
print(p.__reduce__())
w = weakref.ref(p)
print(w() is p)
print(p.__dict__)

for bad in ((), (1,)):
    try:
        functools.partial(*bad)
    except TypeError as e:
        print(e)

d = {}
rp = functools.partial(print, d)
d['x'] = rp
print(repr(rp))
x = functools.partial(list)
x.__setstate__((list, (), None, None))
print(x(), x.keywords)
for state in ((1, (), None, None), (1, 2), [list, (), None, None], (list, [1], None, None), (list, (), 5, None)):
    try:
        x.__setstate__(state)
    except TypeError as e:
        print(e)
x.__setstate__((min, (1,), {'key': abs}, {'z': 3}))
print(x.args, x.keywords, x.__dict__, x.z, x(-4))
print(functools.partial[int])
print(functools.partial(dict, a=1)(b=2, a=3))


class C:
    m = functools.partial(lambda *a: a, 1)


print(C().m(2))
print(callable(p), hash(p) == hash(p), p == p, functools.partial(max, 1) == functools.partial(max, 1))


def f(**kw):
    return kw


pp = functools.partial(f, x=1)
print(pp(x=2), pp.keywords)
pp.keywords['y'] = 5
print(pp())
try:
    functools.partial(f)(1)
except TypeError as e:
    print(e)
print(functools.partial.__doc__.splitlines()[0])
