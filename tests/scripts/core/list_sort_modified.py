# list.sort() with a key or comparisons that change the list: the list looks empty while it is
# sorted, what was put in meanwhile is dropped, and the sort raises "list modified during sort";
# dict.fromkeys is a class method (a subclass gets an instance of itself, filled by __setitem__).
from collections import OrderedDict


def attempt(label, lst, **kw):
    try:
        lst.sort(**kw)
        print(label, "ok", lst)
    except Exception as e:
        print(label, type(e).__name__, e, lst)


L = [3, 1, 2]
attempt("key appends", L, key=lambda x: L.append(x) or x)
L = [3, 1, 2]
attempt("key clears an empty list", L, key=lambda x: L.clear() or x)
L = [3, 1, 2]
seen = []
attempt("key sees it empty", L, key=lambda x: seen.append(len(L)) or x)
print(seen)
L = [3, 1, 2]


def replace(x):
    L[:] = [9]
    return x


attempt("key replaces the items", L, key=replace)
L = [3, 1, 2]
attempt("key extends with nothing", L, key=lambda x: L.extend([]) or x)
L = [3, 1, 2]


def fails(x):
    L.append(0)
    raise KeyError(x)


attempt("key appends then raises", L, key=fails)


class Meddler:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        L.append(Meddler(0))
        return self.v < other.v

    def __repr__(self):
        return f"M{self.v}"


L = [Meddler(i) for i in (3, 1, 2)]
attempt("__lt__ appends", L)
L = [5, 4, 3, 2, 1]
attempt("reverse while appending", L, key=lambda x: L.append(x) or x, reverse=True)
L = [2, 1]
attempt("plain", L)
L = [2, 1]
attempt("append then pop", L, key=lambda x: (L.append(1), L.pop(), x)[2])


class D(dict):
    def __init__(self, *args):
        print("D.__init__", args)
        super().__init__(*args)

    def __setitem__(self, k, v):
        print("D.__setitem__", k, v)
        super().__setitem__(k, v)


for make in [lambda: dict.fromkeys("ab"), lambda: {}.fromkeys("ab", 2), lambda: D.fromkeys("xy", 0),
             lambda: D().fromkeys("z"), lambda: OrderedDict.fromkeys("cd"), lambda: OrderedDict().fromkeys("ef", [])]:
    r = make()
    print(type(r).__name__, r)
for bad in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1), lambda: dict.fromkeys("a", 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
