# object.__new__ refuses built-in value and exception types and every subclass of them, as
# CPython does (an instance made there would have no value: its repr came back forever).
import collections


class S(str):
    pass


class M(S):
    pass


class E(ValueError):
    pass


class L(list):
    pass


class I(int):
    pass


class D(dict):
    pass


class Plain:
    pass


class Derived(Plain):
    def __new__(cls, *args):
        return super().__new__(cls)


for cls in [str, int, list, tuple, dict, float, type, ValueError, S, M, L, I, D, collections.Counter]:
    try:
        r = object.__new__(cls)
        print(cls.__name__, "made", type(r).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
print(type(object.__new__(Plain)).__name__, type(Derived(1, 2)).__name__)
print(repr(S("x")), repr(M("y")), I(5) + 1, L([1]) * 2, E("bad").args)


class Subclass(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


class ExcNew(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


print(repr(Subclass("abc")), repr(ExcNew("a", 1)))


class L2(list):
    def __new__(cls, *args):
        return super().__new__(cls)


class D2(dict):
    def __new__(cls, *args):
        return super().__new__(cls)


class T2(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)


class F2(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class B2(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v)


class Set2(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, args)


print(L2([1]), D2(), T2(1, 2), F2(1.5), B2(b"ab"), sorted(Set2(3, 1)))
