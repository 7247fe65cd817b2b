# Methods of built-in types called with a missing self, a self of the wrong type, or the wrong
# number of arguments: TypeErrors with CPython's wording, never a crash.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("int.bit_length()", lambda: int.bit_length())
show("int.bit_length('x')", lambda: int.bit_length("x"))
show("(1).bit_length(2)", lambda: (1).bit_length(2))
show("int.conjugate()", lambda: int.conjugate())
show("bool.conjugate()", lambda: bool.conjugate())
show("[].append()", lambda: [].append())
show("[].append(1, 2)", lambda: [].append(1, 2))
show("list.append([], 1, 2)", lambda: list.append([], 1, 2))
show("'a'.rjust()", lambda: "a".rjust())
show("'a'.rjust(1, 2, 3)", lambda: "a".rjust(1, 2, 3))
show("'a'.split(1, 2, 3)", lambda: "a".split(1, 2, 3))
show("'a'.upper(1)", lambda: "a".upper(1))
show("str.upper('a', 1)", lambda: str.upper("a", 1))
show("str.join()", lambda: str.join())
show("object.__eq__(1)", lambda: object.__eq__(1))
show("object().__eq__()", lambda: object().__eq__())
show("object.__repr__()", lambda: object.__repr__())
show("(1).__add__()", lambda: (1).__add__())
show("(1).__add__(1, x=1)", lambda: (1).__add__(1, x=1))
show("True.__add__()", lambda: True.__add__())
show("int.__add__(1, 2, 3)", lambda: int.__add__(1, 2, 3))
show("{}.get()", lambda: {}.get())
show("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3))
show("{}.get(1, x=2)", lambda: {}.get(1, x=2))
show("[].pop(1, 2)", lambda: [].pop(1, 2))
show("'a'.find(1, x=1)", lambda: "a".find(1, x=1))
show("b'abc'.find()", lambda: b"abc".find())
show("b'a'.join()", lambda: b"a".join())
show("bool.__new__()", lambda: bool.__new__())
show("frozenset().difference(x=1)", lambda: frozenset().difference(x=1))
show("float.hex()", lambda: float.hex())
show("float.hex(1)", lambda: float.hex(1))
show("dict.fromkeys([1])", lambda: dict.fromkeys([1]))
show("int.from_bytes(b'a', 'big')", lambda: int.from_bytes(b"a", "big"))
show("'{}'.format(1, x=2)", lambda: "{}".format(1, x=2))
show("'a b'.split(maxsplit=1)", lambda: "a b".split(maxsplit=1))
show("[3, 1].sort(reverse=True)", lambda: [3, 1].sort(reverse=True))
show("property(len).setter()", lambda: property(len).setter())


class S(str):
    pass


show("str.upper(S('ab'))", lambda: str.upper(S("ab")))
show("S('ab').rjust()", lambda: S("ab").rjust())
