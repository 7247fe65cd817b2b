import builtins
print(enumerate, zip, map, filter, reversed)
print(isinstance(enumerate([]), enumerate), type(zip()) is zip, type(reversed([1])), type(reversed(range(3))), type(reversed("ab")))
class Numbered(enumerate):
    def __init__(self, it, start=0):
        self.extra = start
class Z(zip):
    pass
n = Numbered("abc", 1)
print(list(n), n.extra, type(n).__name__, isinstance(n, enumerate))
print(list(Z("ab", "cd")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(enumerate.__name__, enumerate.__qualname__, enumerate.__module__, zip.__doc__ is not None or True)
try:
    enumerate()
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    map(len)
except TypeError as e:
    print(e)
try:
    reversed(5)
except TypeError as e:
    print(e)
print(list(enumerate(iterable="ab", start=3)))
e = enumerate("xy"); print(next(e), e.__next__(), iter(e) is e)
print(callable(builtins.__build_class__))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), list(zip(*[(1, 2), (3, 4)])))
class R(reversed): pass
print(list(R([1, 2, 3])))
m = map(int, "12"); print(type(m).__name__, list(m))
print(zip("ab", "c", strict=False).__class__)
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(e)
print(sorted(dir(enumerate))[:6])
print(repr(dict.fromkeys).split(" at ")[0], repr(int.from_bytes).split(" at ")[0])
import types
print(types.MethodType(len, 5))
