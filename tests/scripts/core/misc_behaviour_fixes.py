# Assorted behaviour: Python's whitespace in split/strip, list.__reversed__, property docs,
# built-in functions' __qualname__/__module__, exception-cause and throw() errors, slice indices.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

text = "a\x1cb\x1dc\x1ed\x1fe \x85f\u2028g"
print(text.split(), text.rsplit(None, 2), text.split(None, 1), ("\x1c x \x1f").strip(), ("\x1cx").lstrip(), ("x\x1f").rstrip())
print("\x1c\x1d\x1e\x1f".isspace(), " a  b ".rsplit(maxsplit=1), "  a b ".split(maxsplit=0))
show(lambda: "ab".center(6, b"*")); show(lambda: "ab".ljust(6, "**")); show(lambda: "ab".rjust(6, 1))
it = [1, 2, 3].__reversed__()
print(type(it).__name__, list(it), list(reversed([])))

class L(list):
    pass

print(list(L([4, 5]).__reversed__()), list(reversed(L([6, 7]))))

class P:
    @property
    def v(self):
        "the v doc"
        return 1
    w = property(lambda self: 2, doc="explicit")
    u = property(None)

print(P.v.__doc__, P.w.__doc__, P.u.__doc__, P.v.getter(lambda s: 3).__doc__)
print(len.__qualname__, len.__module__, [].append.__qualname__, str.join.__qualname__, [].append.__module__, print.__module__)

def raise_from(cause):
    raise ValueError("v") from cause

for cause in [1, "x", None, KeyError, KeyError("k")]:
    try:
        raise_from(cause)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))

def gen():
    yield 1

for args in [(1,), ("x",), (ValueError("a"), 5), (ValueError, 5), (TypeError, None)]:
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 2

for key in [slice("a", None), slice(None, 1.5), slice(None, None, "x"), slice(Idx(), None), slice(None, [])]:
    show(lambda: [1, 2, 3, 4][key])
    show(lambda: key.indices(4))

class MySet(set):
    pass

class MyFrozen(frozenset):
    pass

class ShowInt(int):
    def __repr__(self):
        return "ShowInt(%d)" % int(self)

class ShowList(list):
    def __repr__(self):
        return "ShowList!"

class PlainStr(str):
    def __repr__(self):
        return "never"

print(repr(MySet([1])), repr(MySet()), repr(MyFrozen([2])), repr(MyFrozen()), [MySet([3])])
print(str(ShowInt(5)), repr(ShowInt(5)), "%s" % ShowInt(6), f"{ShowInt(7)}", str(ShowList()), str(PlainStr("p")), type(str(PlainStr("p"))).__name__)
print([s.istitle() for s in ["ǅungla", "ǅ", "Ab Cd", "AB", "ǅA", "aǅ", "Ǉudi Ljubljana", "ⓐ", "Ⓐbc"]])
