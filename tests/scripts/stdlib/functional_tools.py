# functools, itertools, operator, heapq, bisect and contextlib: the common API, checked against
# CPython's output.
import bisect
import contextlib
import functools
import heapq
import itertools
import operator

# ---- functools
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 7))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

p = functools.partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords)
pp = functools.partial(functools.partial(pow, 2), 5)
print(pp(), pp.args)
print(repr(functools.partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    """Says hello."""
    return "hello " + name


print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__("y"))


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info().hits)


@functools.lru_cache
def bare(x):
    return x + 1


print(bare(1), bare(1), bare.cache_info())


class Account:
    def __init__(self, n):
        self.n = n

    @functools.cached_property
    def total(self):
        print("summing")
        return sum(range(self.n))

    @functools.lru_cache(maxsize=None)
    def double(self, k):
        return self.n * k


a = Account(10)
print(a.total, a.total, "total" in vars(a), a.double(3), a.double(3))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) >= Version(2), Version(1) > Version(1), Version(2) >= Version(2))
for root in ("__le__", "__gt__", "__ge__"):
    ops = {"__le__": lambda s, o: s.n <= o.n, "__gt__": lambda s, o: s.n > o.n, "__ge__": lambda s, o: s.n >= o.n}
    C = functools.total_ordering(type("C", (), {"__init__": lambda s, n: setattr(s, "n", n),
                                                "__eq__": lambda s, o: s.n == o.n, root: ops[root]}))
    a, b = C(1), C(2)
    print(root, a < b, a <= b, a > b, a >= b, b < a, a <= a, a >= a, a < a)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
try:
    functools.total_ordering(type("Plain", (), {}))
except ValueError as e:
    print("ValueError:", e)

# ---- itertools
print(list(itertools.islice(itertools.count(5), 3)), list(itertools.islice(itertools.count(1, 0.5), 3)))
print(repr(itertools.count(3)), repr(itertools.count(3, 2)), repr(itertools.repeat("a", 2)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(7, 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.chain("ab", [1, 2])), list(itertools.chain.from_iterable(["xy", "z"])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise("a")))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = itertools.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(itertools.islice("abcdefg", 2, None)), list(itertools.islice("abcdefg", 0, 6, 2)), list(itertools.islice("ab", 5)))
for bad in [(-1,), (1, -2), ("x",)]:
    try:
        itertools.islice("abc", *bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    itertools.islice("abc", 0, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations("abc", 2)), len(list(itertools.permutations(range(4)))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations("ab", 3)))
print(list(itertools.combinations_with_replacement("ab", 2)))
t1, t2 = itertools.tee(iter([1, 2, 3]))
print(next(t1), list(t2), list(t1))
print(type(itertools.chain()).__name__, type(itertools.count()).__module__, iter(itertools.count()) is not None)

# ---- operator
print(operator.add(2, 3), operator.mul("a", 3), operator.neg(4), operator.not_(0), operator.truth([]))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), repr(operator.itemgetter(1, "k")))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=operator.itemgetter(1)))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def hello(self, greeting, punct="!"):
        return f"{greeting} {self.name}{punct}"


n = Node("root", Node("leaf"))
print(operator.attrgetter("name")(n), operator.attrgetter("name", "child.name")(n), repr(operator.attrgetter("a.b")))
print(operator.methodcaller("hello", "hi")(n), operator.methodcaller("hello", "yo", punct="?")(n))
print(repr(operator.methodcaller("hello", 1, punct="?")))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.getitem({"k": 1}, "k"))
lst = [1, 2]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.lt(1, 2), operator.is_(None, None), operator.floordiv(7, 2))

# ---- heapq
h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(5)])
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.heapreplace(data, 6), heapq.heappushpop(data, 0), sorted(data))
print(heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1, 7]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
pq = []
heapq.heappush(pq, (2, "write"))
heapq.heappush(pq, (1, "read"))
print(heapq.heappop(pq))

# ---- bisect
s = [1, 2, 4, 4, 8]
print(bisect.bisect_left(s, 4), bisect.bisect_right(s, 4), bisect.bisect(s, 5), bisect.bisect_left(s, 4, 3))
bisect.insort(s, 3)
bisect.insort_left(s, 4)
print(s)
recs = [("a", 1), ("b", 3)]
bisect.insort(recs, ("c", 2), key=lambda r: r[1])
print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[1]))
try:
    bisect.bisect(s, 1, -1)
except ValueError as e:
    print("ValueError:", e)


# ---- contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")


with swallow():
    1 / 0
print("after swallow")


@tag("p")
def decorated():
    print("in decorated")


decorated()
decorated()


@contextlib.contextmanager
def never_yields():
    if False:
        yield


try:
    with never_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with contextlib.suppress(KeyError, IndexError):
    [][0]
print("suppressed")
with contextlib.nullcontext(5) as v:
    print("null", v)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with contextlib.closing(Resource("r")) as r:
    print("using", r.name)

with contextlib.ExitStack() as stack:
    for name in ["one", "two"]:
        stack.enter_context(Resource(name))
    stack.callback(print, "callback ran")
    print("body")

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("three"))
        raise ValueError("in stack")
except ValueError as e:
    print("ValueError:", e)

stack = contextlib.ExitStack()
stack.callback(print, "deferred")
moved = stack.pop_all()
stack.close()
moved.close()
