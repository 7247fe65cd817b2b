# The dunder protocol on user classes.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x},{self.y}>"

    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __le__(self, o):
        return (self.x, self.y) <= (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented

    def __radd__(self, o):
        return V(self.x + o, self.y + o)

    def __iadd__(self, o):
        self.x += o
        return self

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return V(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)


a, b = V(1, 2), V(3, 4)
print(a + b, repr(a - b), a * 3, 2 * a, -a, abs(b), 10 + a, str(a), [a], f"{a!r} {a}")
print(a == V(1, 2), a != b, a < b, b > a, a <= a, b >= a, sorted([b, a]), max(a, b), len({a, V(1, 2), b}))
c = a
c += 5
print(c, a is c, bool(V(0, 0)), bool(a), "yes" if V(0, 0) else "no")


class Box:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __call__(self, n):
        return self.items[:n]


bx = Box(1, 2, 3, 4)
bx[0] = 10
del bx[1]
print(len(bx), bx[0], bx[-1], bx[1:], 3 in bx, 9 in bx, list(bx), bx(2), sum(bx), callable(bx))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), [x * 2 for x in Countdown(3)], dict(zip("ab", Countdown(2))))


class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(OldSeq()), 20 in OldSeq())


class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")


d = Dyn()
d.real = 1
print(d.xyz, d.real, getattr(d, "nope", "fallback"), hasattr(d, "xa"))


class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with Ctx("a") as x, Ctx("b") as y:
    print("body", x, y)
with Ctx("quiet", swallow=True):
    raise ValueError("hidden")
try:
    with Ctx("loud"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return self.v + 0.5

    def __format__(self, spec):
        return f"Num[{self.v:{spec}}]"


n = Num(3)
print([0, 1, 2, 3, 4][n], int(n), float(n), f"{n:>4}", format(n, "03"), hex(n), range(10)[n])


class NoEq:
    pass


print(NoEq() == NoEq(), NoEq.__eq__ is object.__eq__ if hasattr(NoEq, "__eq__") else True)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    NoEq() < NoEq()
except TypeError as e:
    print(e)
try:
    len(NoEq())
except TypeError as e:
    print(e)
try:
    NoEq()[0]
except TypeError as e:
    print(e)
try:
    iter(NoEq())
except TypeError as e:
    print(e)
try:
    NoEq()()
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
