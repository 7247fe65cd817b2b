# The fast paths of the VM next to the general ones they must agree with: `in` on lists, tuple
# hashes, small dicts (no index) growing into indexed ones, bound-method and __init__ calls that
# bind by position, and generators resumed at every depth.


class Noisy:
    """Equal to 3, saying so; its __eq__ may change the list being searched."""

    def __init__(self, items=None):
        self.items = items

    def __eq__(self, other):
        print("Noisy.__eq__", other)
        if self.items is not None:
            self.items.append(3)
            self.items = None
        return other == 3

    __hash__ = object.__hash__


items = [1, 2.0, "x", None, True]
print(3 in items, 2 in items, 1.0 in items, "x" in items, None in items, False in items, 1 in items)
nan = float("nan")
print(nan in [float("nan")], float("nan") in [1.0])
print(2**70 in [2**70], 2**70 in [1, 2], b"a" in [b"a"], (1, 2) in [[1, 2], (1, 2)])
lst = [0, 5]
lst.append(Noisy(lst))
print(3 in lst, lst[-1] if isinstance(lst[-1], int) else "noisy last")
print(Noisy() in [1, 3, 4])
print(4 in [Noisy(), 4])


# Tuple hashes (short and long, nested) agree with equal tuples and with CPython's values.
for t in [(), (1,), (1, 2), tuple(range(8)), tuple(range(9)), tuple(range(30)), ((1, 2), "a", 3.5)]:
    print(len(t), hash(t) == hash(tuple(list(t))), {t: 1}[tuple(list(t))])
print(hash((1, 2, 3)), hash(tuple(range(12))))

# Small dicts: deletions, re-insertions, equal-hash keys, growth past the small size.
class Key:
    def __init__(self, n, tag):
        self.n, self.tag = n, tag

    def __hash__(self):
        return 7

    def __eq__(self, other):
        print("eq", self.tag, other.tag)
        return isinstance(other, Key) and self.n == other.n


d = {}
for i in range(3):
    d[Key(i, f"k{i}")] = i
print(d[Key(2, "probe")])
print(Key(5, "absent") in d)
d = {}
for i in range(20):
    d[f"k{i}"] = i
    if i % 3 == 0:
        del d[f"k{i}"]
print(len(d), list(d)[:5], d.get("k4"), d.get("k3"))
for i in range(20):
    d[f"k{i}"] = -i
print(len(d), list(d)[-3:], sum(d.values()))
e = dict(a=1, b=2)
del e["a"]
e["a"] = 3
print(e, list(e.items()))
e.clear()
e["z"] = 0
print(e, e.popitem(), e)
f = {i: i for i in range(7)}
for i in range(7):
    del f[i]
    f[i + 100] = i
print(f, len(f))


# Calls that bind by position: methods, __init__, defaults, keywords, errors.
class C:
    def __init__(self, a, b=2, *, c=3):
        self.total = a + b + c

    def m(self, x, y=10):
        return self.total + x + y


c = C(1)
print(c.total, C(1, 1).total, C(1, c=0).total)
bm = c.m
print(bm(1), bm(1, 2), bm(y=0, x=0), C.m(c, 5))
for bad in [lambda: C(), lambda: C(1, 2, 3), lambda: bm(), lambda: bm(1, 2, 3), lambda: bm(1, z=2), lambda: C(1, d=4)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as err:
    print("TypeError:", err)


class InitReturns:
    def __init__(self):
        return 1


try:
    InitReturns()
except TypeError as err:
    print("TypeError:", err)


# Generators resumed at shallow and deep call depths.
def gen(n):
    for i in range(n):
        yield i


def nested(depth):
    if depth == 0:
        return sum(gen(5)) + sum(x * 2 for x in gen(3))
    return nested(depth - 1)


print([nested(d) for d in (0, 10, 31, 32, 33, 100, 400)])


def deep_gen(depth):
    if depth:
        yield from deep_gen(depth - 1)
    else:
        yield "bottom"


print(list(deep_gen(300)))
