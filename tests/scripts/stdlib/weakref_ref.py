import re
import weakref


def clean(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


class C:
    def __init__(self, name):
        self.name = name

    def method(self):
        return 'method of ' + self.name

    def __repr__(self):
        return 'C(%r)' % self.name


c = C('a')
r = weakref.ref(c)
print(r() is c, r() is r(), weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r])
print(clean(repr(r)))
print(weakref.ref(c) is r, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(r.__callback__)
del c
print(r(), clean(repr(r)))

log = []


def cb(wr):
    log.append(('callback', wr() is None, wr is r2))


c = C('b')
r2 = weakref.ref(c, cb)
print(r2.__callback__ is cb, weakref.ref(c, cb) is r2)
r3 = weakref.ref(c)
print(weakref.getweakrefcount(c))
c = None
print(log, r2(), r2.__callback__)

# Hashing and equality follow the referent while it lives.
a, b = C('x'), C('y')
ra, rb = weakref.ref(a), weakref.ref(b)
print(hash(ra) == hash(a), ra == weakref.ref(a), ra != rb, ra == rb)
d = {ra: 1}
print(d[weakref.ref(a)])
del a
print(ra == ra, ra == weakref.ref(b))
print(hash(ra) is not None)
dead = weakref.ref(C('tmp'))
try:
    hash(dead)
except TypeError as e:
    print('TypeError', e)
print(dead == dead, dead != weakref.ref(b))

# Types that cannot be weakly referenced.
for obj in (1, 'str', (1,), [1], {1: 2}, None, 2.5, b'x', object(), range(3), Exception()):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


class Sub(Slotted):
    pass


class MyList(list):
    pass


for cls in (Slotted, SlottedWeak, Sub, MyList):
    try:
        o = cls()
        print(cls.__name__, weakref.ref(o)() is o)
    except TypeError as e:
        print(e)


def func():
    return 42


print(weakref.ref(func)()(), weakref.ref(C)().__name__, weakref.ref(len)()([1, 2]))
st, fs = {1, 2}, frozenset([1])
print(weakref.ref(weakref)().__name__, len(weakref.ref(st)()), weakref.ref(fs)() == {1})
gen = (i for i in range(3))
print(list(weakref.ref(gen)()))

# __weakref__ attribute.
c = C('w')
print(c.__weakref__)
rw = weakref.ref(c)
print(c.__weakref__ is rw)

# Callbacks of a function and of a set when they are freed.
log.clear()


def make():
    def inner():
        pass
    return inner


f = make()
rf = weakref.ref(f, lambda wr: log.append('function gone'))
s = {1, 2}
rs = weakref.ref(s, lambda wr: log.append('set gone'))
del f, s
print(log)


# Subclasses of ref with extra attributes.
class NamedRef(weakref.ref):
    __slots__ = ('label',)

    def __new__(cls, ob, callback=None, label=''):
        self = super().__new__(cls, ob, callback)
        self.label = label
        return self

    def __init__(self, ob, callback=None, label=''):
        super().__init__(ob, callback)


c = C('n')
nr = NamedRef(c, None, 'mine')
print(nr.label, nr() is c, isinstance(nr, weakref.ref), nr is not weakref.ref(c))
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
del c
print(nr())

# A callback that raises is reported, not propagated.
c = C('raise')


def bad(wr):
    raise ValueError('callback failed')


rb2 = weakref.ref(c, bad)
del c
print('after failing callback')
