# A function's __dict__ exists from its first use: attributes set, read, deleted, vars(), and
# the attributes functools.wraps copies, on many closures made per call.
import functools


def make(n):
    def f(x):
        return x + n
    return f


fs = [make(i) for i in range(1000)]
print(sum(f(1) for f in fs), fs[3].__dict__, vars(fs[4]))


def g():
    "doc of g"


print(g.__dict__, g.__doc__, g.__module__)
g.x = 1
print(g.__dict__, vars(g), g.x)
del g.x
print(g.__dict__)
for target in (g, fs[0]):
    try:
        del target.y
    except AttributeError as e:
        print(e)
    try:
        target.y
    except AttributeError as e:
        print(e)
g.__qualname__ = 'renamed'
print(g.__qualname__, g.__name__)
g.__module__ = 'elsewhere'
print(g.__module__)
g.__doc__ = 'new doc'
print(g.__doc__)


@functools.wraps(g)
def h():
    pass


print(h.__name__, h.__qualname__, h.__module__, h.__wrapped__ is g, h.__doc__, '__wrapped__' in h.__dict__)
d = fs[5].__dict__
d['z'] = 9
print(fs[5].z, fs[6].__dict__)
