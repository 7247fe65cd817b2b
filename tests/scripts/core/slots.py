# __slots__: layout, member descriptors, inheritance, errors
import dataclasses


def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
show(lambda: p.__dict__)
show(lambda: setattr(p, 'z', 3))
show(lambda: p.z)
show(lambda: vars(p))
print(hasattr(p, 'x'), hasattr(p, 'z'), getattr(p, 'z', 'default'))
p.x = 10
print(p.x)
del p.x
show(lambda: p.x)
show(lambda: delattr(p, 'x'))
print(hasattr(p, 'x'))
p.x = 5
print(p.x)
print(Point.__slots__)
print(Point.x, type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__ is Point)
print(repr(Point.y))
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point))
Point.y.__set__(p, 99)
print(p.y)
Point.y.__delete__(p)
show(lambda: p.y)
show(lambda: Point.x.__get__(1, int))
show(lambda: Point.x.__set__('s', 2))
show(lambda: p.__weakref__)
print('__dict__' in dir(Point), 'x' in dir(p))


class Point3(Point):
    __slots__ = ('z',)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
show(lambda: setattr(q, 'w', 4))
print(Point3.z, Point3.x)


class Free(Point):
    pass


f = Free(1, 2)
f.extra = 'yes'
print(f.__dict__, f.x, f.extra)
print(f.__weakref__)


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
show(lambda: w.__weakref__)


class Weak:
    __slots__ = ('__weakref__',)


print(Weak().__weakref__)
show(lambda: setattr(Weak(), 'q', 1))


class Single:
    __slots__ = 'name'


s = Single()
s.name = 'n'
print(Single.__slots__, s.name, Single.name)


class FromDict:
    __slots__ = {'a': 'doc', 'b': None}


print(sorted(k for k in FromDict.__dict__ if not k.startswith('__')), FromDict.a)


class FromList:
    __slots__ = ['u', 'v']


fl = FromList()
fl.u = 1
print(fl.u)


def errors():
    def conflict():
        class C:
            __slots__ = ('x',)
            x = 1

    def not_ident():
        class C:
            __slots__ = ('a b',)

    def not_str():
        class C:
            __slots__ = (1,)

    def on_int():
        class C(int):
            __slots__ = ('a',)

    def on_tuple():
        class C(tuple):
            __slots__ = ('a',)

    def layout():
        class A:
            __slots__ = ('a',)

        class B:
            __slots__ = ('b',)

        class AB(A, B):
            pass

    def dict_twice():
        class A:
            pass

        class B(A):
            __slots__ = ('__dict__',)

    def weakref_twice():
        class A:
            __slots__ = ('__weakref__',)

        class B(A):
            __slots__ = ('__weakref__',)

    for f in (conflict, not_ident, not_str, on_int, on_tuple, layout, dict_twice, weakref_twice):
        show(f)


errors()


class EmptyA:
    __slots__ = ()


class EmptyB:
    __slots__ = ()


class Both(EmptyA, EmptyB):
    __slots__ = ('k',)


b = Both()
b.k = 1
print(b.k)
show(lambda: setattr(b, 'other', 1))


class Tup(tuple):
    __slots__ = ()


t = Tup((1, 2))
print(t, len(t))
show(lambda: setattr(t, 'a', 1))


class Lst(list):
    __slots__ = ('tag',)


l = Lst([1, 2])
l.tag = 't'
print(l, l.tag)
show(lambda: setattr(l, 'zz', 1))


class Err(Exception):
    __slots__ = ('code',)


e = Err('boom')
e.code = 7
e.other = 'exceptions keep a __dict__'
print(e, e.code, e.other)


class Fallback:
    __slots__ = ('a',)

    def __getattr__(self, name):
        return 'fallback ' + name


fb = Fallback()
print(fb.a, fb.zzz)
fb.a = 1
print(fb.a)


class WithProp:
    __slots__ = ('_v',)

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 2


wp = WithProp()
wp.v = 4
print(wp.v, wp._v)


class Setter:
    __slots__ = ('a',)

    def __setattr__(self, name, value):
        print('setting', name)
        object.__setattr__(self, name, value)


st = Setter()
st.a = 3
print(st.a)
show(lambda: setattr(st, 'nope', 1))
show(lambda: object.__setattr__(st, 'nope', 1))


@dataclasses.dataclass(slots=True)
class DC:
    x: int
    y: int = 2


d = DC(1)
print(d, DC.__slots__, d.x, d.y)
show(lambda: setattr(d, 'z', 1))
show(lambda: d.__dict__)
print(d == DC(1, 2))


@dataclasses.dataclass(slots=True, frozen=True)
class FDC:
    a: int


fd = FDC(3)
print(fd, fd.a)
show(lambda: setattr(fd, 'a', 1))


@dataclasses.dataclass(slots=True)
class DCChild(DC):
    z: int = 0


print(DCChild.__slots__, DCChild(1, 2, 3))


def already():
    @dataclasses.dataclass(slots=True)
    class X:
        __slots__ = ('a',)
        a: int


show(already)
