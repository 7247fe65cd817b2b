# Calls that move their arguments into the new frame, and the eval loop's fast paths for
# comparisons (identity, strs) and shifts: the results, the order objects are freed in, and
# the errors must be those of the general paths.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def take(a, b=2, *, c=3):
    return (a, b, c)


def plain(a, b):
    return a + b


def no_args():
    return "none"


class K:
    def meth(self, x, y=10):
        return x + y

    @staticmethod
    def st(x):
        return x * 2

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)


print(plain(1, 2), plain("a", "b"), no_args(), take(1), take(1, 5), take(1, c=9))
k = K()
print(k.meth(1), k.meth(1, 2), K.meth(k, 3), k.st(4), K.st(5), k.cm(6), K.cm(7))
m = k.meth
print(m(100), [m(i) for i in range(3)])

# Wrong argument counts: CPython's messages, from the exact-arguments path too.
for call in (lambda: plain(1), lambda: plain(1, 2, 3), lambda: no_args(1), lambda: k.meth(), lambda: take()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


# An argument's object is freed when the frame lets go of it, before the caller goes on.
def holds(x):
    print("in holds", x.name)


holds(Noisy("arg"))
print("after holds")


def drops_early(x):
    del x
    print("after del in callee")


drops_early(Noisy("early"))
print("after drops_early")

# Recursion: the limit and its message.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))

# Frames: f_back and f_locals through exact-argument calls.
def inner(p, q):
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_locals), f.f_locals["p"]


def outer(v):
    return inner(v, v + 1)


print(outer(41))

# Comparisons of strs: all six, with non-ASCII text, prefixes and empty strings.
words = ["", "a", "ab", "b", "abc", "Z", "é", "€", "😀", "a\x00", "ab"]
for x in words:
    row = []
    for y in words:
        row.append("".join("1" if r else "0" for r in (x == y, x != y, x < y, x <= y, x > y, x >= y)))
    print(repr(x), " ".join(row))
s1 = "".join(["ab", "c"])
print(s1 == "abc", s1 < "abd", "abc" != s1)


class Weird(str):
    def __eq__(self, other):
        return "weird-eq"

    def __lt__(self, other):
        return "weird-lt"


w = Weird("x")
print(w == "x", "x" == w, w < "y", "y" > w)

# Identity, for immediates and objects.
nan = float("nan")
a = []
b = a
vals = [None, True, False, 0, 1, 1.5, "s", a, b, [], k]
print(nan is not None, nan is None)
print([[x is y for y in vals] for x in vals])
print([[x is not y for y in vals] for x in vals])
one = 1
print(None is None, one is not None, (a is b) is (b is a))
if a is b:
    print("branch is")
if a is not []:
    print("branch is not")
if "abc" == s1:
    print("branch ==")
if not ("abc" < "abb"):
    print("branch <")

# An object dropped by an identity test is freed there (its last reference was the stack's).
print(Noisy("is-left") is None)
print(None is Noisy("is-right"))
print("after is")

# Mixed types: the general path's errors.
for x, y in (("a", 1), (1, "a"), ("a", None), ("a", b"a")):
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError:", e)
print("a" == 1, "a" != b"a", 1 == "1")

# Shifts: small ints, edges where the result needs a big int, and errors.
for x in (0, 1, -1, 5, -5, 7, (1 << 62), -(1 << 62), (1 << 63) - 1, -(1 << 63)):
    out = []
    for n in (0, 1, 2, 31, 62, 63, 64, 65, 100):
        out.append((x << n, x >> n))
    print(x, out)
for x, n in ((1, -1), (0, -5), (-3, -1)):
    for f in (lambda: x << n, lambda: x >> n):
        try:
            f()
        except ValueError as e:
            print("ValueError:", e)
v = 3
v <<= 70
print(v)
v >>= 68
print(v)
v = -1
v >>= 200
print(v)
print(True << 3, False >> 1, 1 << True)

# len and isinstance: the core types, subclasses, hooks, errors, and rebinding the names.
class MyList(list):
    def __len__(self):
        return 42


class Sized:
    def __len__(self):
        return 7


print([len(x) for x in ("", "héllo😀", (), (1, 2), [], [1, 2, 3], {}, {"a": 1}, set(), {1, 2}, frozenset([1]), b"abc", range(5), MyList([1]), Sized())])
for bad in (lambda: len(5), lambda: len(), lambda: len([], []), lambda: len(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Base:
    pass


class Derived(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return True


class WithMeta(metaclass=Meta):
    pass


class Liar:
    @property
    def __class__(self):
        return Base


d = Derived()
print(isinstance(d, Derived), isinstance(d, Base), isinstance(d, object), isinstance(Base(), Derived))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance("s", str), isinstance([], list), isinstance(1.0, int))
print(isinstance(MyList(), list), isinstance([], MyList), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(5, WithMeta), isinstance(Liar(), Base), isinstance(Liar(), Liar), isinstance(d, (int, Base)))
for bad in (lambda: isinstance(1, 2), lambda: isinstance(1), lambda: isinstance(1, "int")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def shadow():
    def len(x):
        return "local len"

    def isinstance(a, b):
        return "local isinstance"

    return len([1]), isinstance(1, int)


print(shadow())
import builtins

real_len = builtins.len
builtins.len = lambda x: "patched"
print(len([1, 2]))
builtins.len = real_len
print(len([1, 2]))
n = 0
for i in range(1000):
    n += len([i] * (i % 5)) + isinstance(i, int)
print(n)
