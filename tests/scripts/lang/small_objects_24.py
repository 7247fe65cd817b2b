# A subclass of super called with arguments, property subclasses (getter doc in the instance's
# dict), a settable property __doc__, an assigned function __qualname__ kept out of __dict__,
# and min()/max() without positional arguments.
class S(super):
    pass


class A:
    def f(self):
        return 'A.f'


class B(A):
    def f(self):
        return 'B.f'

    def g(self):
        return S(B, self).f()


b = B()
s = S(B, b)
print(type(s).__name__, s.f(), b.g(), isinstance(s, super))
print(S(B).__thisclass__.__name__)


def getter(self):
    "getter doc"
    return 1


class P(property):
    pass


class Q(property):
    "class doc"


q = P(getter)
print(type(q).__name__, q.__doc__, hasattr(q, '__dict__'), q.__dict__)
q.extra = 5
print(q.extra)
print(Q(getter).__doc__)


class C:
    a = P(getter)

    @P
    def b(self):
        "b doc"
        return 2

    @Q
    def c(self):
        return 3


print(C().a, C().b, C().c, C.b.__doc__, type(C.b).__name__, C.c.__doc__)
p = property(getter, doc='orig')
p.__doc__ = 'x'
print(p.__doc__)
try:
    p.other = 1
except AttributeError as e:
    print(e)


def f():
    pass


f.__qualname__ = 'zzz'
print(f.__dict__, f.__qualname__, repr(f).split(' at ')[0])
f.__name__ = 'nnn'
print(f.__dict__, f.__name__)
try:
    f.__qualname__ = 3
except TypeError as e:
    print(e)
for call in (lambda: max(**{'a': 1}), lambda: max(), lambda: min(**{'a': 1}), lambda: max(1, 2, a=3),
             lambda: min(key=len)):
    try:
        call()
    except TypeError as e:
        print(e)
import os
for fn in (os.stat, os.lstat, os.chdir, os.remove, os.chmod):
    for bad in (1.5, 'a\0b', b'a\0b', None, [1]):
        try:
            fn(bad) if fn is not os.chmod else fn(bad, 0o644)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
