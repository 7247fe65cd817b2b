# list[int] and friends (types.GenericAlias), __class_getitem__ as an implicit class method,
# types.SimpleNamespace, isinstance refusing a parameterized generic.
import types
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(type[int]))
print(list[int]([1,2]), list[int].__origin__, list[int].__args__, list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e: print(e)
try:
    int[str]
except TypeError as e: print(e)
class A: pass
try:
    A[int]
except TypeError as e: print(e)
print(types.SimpleNamespace(a=1, b='x'))
ns = types.SimpleNamespace(a=1); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, c=3))
print(list[A], type(list[int]))
class B:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)
class D(B): pass
print(B[int], D[str])
def f(x: list[int]) -> dict[str, int]: pass
print(f.__annotations__)
import collections
print(collections.deque[int], collections.defaultdict[str, int])
print(isinstance(len, types.BuiltinFunctionType), isinstance(f, types.FunctionType), types.NoneType)
