# Inline caches stay correct when what they remembered changes: plain class values,
# methods loaded through many classes at one site, __slots__, __getattr__, metaclasses.

class A:
    n = 0
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B"

class S:
    __slots__ = ("who",)

def call_who(objs):
    return [o.who() for o in objs]

def read_n(objs):
    return [o.n for o in objs]

s = S()
s.who = lambda: "slot"
objs = [A(), B(), A(), B(), s]
for _ in range(3):
    print(call_who(objs))
print(read_n(objs[:4]))
for i in range(3):
    A.n += 1
    print(read_n(objs[:4]))
B.n = "b"
print(read_n(objs[:4]))
del B.n
print(read_n(objs[:4]))

class G:
    def __getattr__(self, name):
        return "getattr:" + name

def read_x(o):
    return o.x

g = G()
print(read_x(g))
G.x = "class x"
print(read_x(g))
g.x = "own x"
print(read_x(g))
del G.x
print(read_x(g))
del g.x
print(read_x(g))

class Meta(type):
    def hello(cls):
        return "meta hello " + cls.__name__

class M(metaclass=Meta):
    def hello(self):
        return "instance hello"

print(type(M).hello(M), M().hello())
M.hello = lambda self: "replaced"
print(M().hello())

# A method replaced by a non-function callable and back.
class K:
    def f(self):
        return "f"

class Callable:
    def __call__(self, *a):
        return "callable with %d args" % len(a)

def call_f(o):
    return o.f()

k = K()
print(call_f(k))
K.f = Callable()
print(call_f(k))
K.f = staticmethod(lambda: "static")
print(call_f(k))
K.f = classmethod(lambda cls: "classmethod of " + cls.__name__)
print(call_f(k))
K.f = lambda self: "lambda"
print(call_f(k))

# Many classes made while a site stays cached.
def make(i):
    return type("T%d" % i, (A,), {"n": i})

print([read_n([make(i)()])[0] for i in range(5)])
print(read_n(objs[:2]))
