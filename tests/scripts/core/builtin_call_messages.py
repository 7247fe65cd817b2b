# Argument-count and keyword errors of built-in constructors and functions, worded as CPython's.

def show(f):
    try:
        r = f()
        print(type(r).__name__ if hasattr(r, "__next__") else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: tuple(1, 2)); show(lambda: list(1, 2)); show(lambda: set(1, 2)); show(lambda: frozenset(1, 2))
show(lambda: float(1, 2)); show(lambda: bool(1, 2)); show(lambda: int(1, 2, 3)); show(lambda: int("1", foo=2))
show(lambda: str(b"a", "utf-8", "strict", "x")); show(lambda: str(b"a", encoding="utf-8", foo=1))
show(lambda: slice(1, 2, 3, 4)); show(lambda: slice()); show(lambda: staticmethod(1, 2)); show(lambda: classmethod())
show(lambda: super(1, 2, 3)); show(lambda: property(1, 2, 3, 4, 5)); show(lambda: property(foo=1))
show(lambda: tuple(x=1)); show(lambda: list(x=1)); show(lambda: frozenset(x=1)); show(lambda: set(x=1))
show(lambda: enumerate()); show(lambda: zip([1], x=1)); show(lambda: reversed([1], [2])); show(lambda: reversed())
show(lambda: map()); show(lambda: map(len)); show(lambda: map(len, [1], k=1)); show(lambda: iter(1, 2)); show(lambda: iter(len, 2))
show(lambda: min([1], foo=1)); show(lambda: max(1, 2, bad=3)); show(lambda: sorted([1], foo=1)); show(lambda: [1].sort(1))
show(lambda: [3, 1].sort(key=None, reverse=False))
show(lambda: sum([b"a"], b"")); show(lambda: sum([], bytearray())); show(lambda: sum(["a"], "")); show(lambda: sum([[1]], []))
show(lambda: ord(b"ab")); show(lambda: ord(bytearray(b"xy"))); show(lambda: ord(bytearray(b"x"))); show(lambda: ord(1))
show(lambda: max(1, "a")); show(lambda: min(1, "a")); show(lambda: max("a", 1)); show(lambda: max([3, 3.0, 2]))
show(lambda: divmod("a", 1)); show(lambda: divmod(1j, 1)); show(lambda: divmod(7, 2)); show(lambda: divmod(-7.5, 2))

class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)

class OnlyFloor:
    def __floordiv__(self, other):
        return 1
    def __mod__(self, other):
        return 2

class MyInt(int):
    def __divmod__(self, other):
        return "mine"

show(lambda: divmod(D(), 3)); show(lambda: divmod(3, D())); show(lambda: divmod(OnlyFloor(), 3))
show(lambda: divmod(MyInt(7), 2)); show(lambda: divmod(2, MyInt(7))); show(lambda: divmod(True, 2))
show(lambda: ",".join(5)); show(lambda: ",".join(x for x in "ab")); show(lambda: int.from_bytes("ab", "big"))
show(lambda: int.from_bytes([256], "big")); show(lambda: int.from_bytes(5, "big")); show(lambda: int.from_bytes(bytearray(b"\x01\x00"), "little"))
show(lambda: compile("1", "f", "exec", flags=0x99999)); show(lambda: compile("1", "f", "exec", flags=0x20000).co_name)
