# object's namespace as CPython 3.11's: __ne__, the orderings, __format__, __dir__,
# __getstate__, __reduce__ and __reduce_ex__, and dir() listing computed attributes.
import copy
import pickle
class A: pass
a = A(); print(a.__getstate__()); a.x = 1; print(a.__getstate__(), a.__getstate__() is a.__dict__)
class S:
    __slots__ = ('p', 'q')
s = S(); print(s.__getstate__()); s.p = 1; print(s.__getstate__())
class D(S): pass
d = D(); d.z = 2; d.q = 3; print(d.__getstate__())
print(object().__getstate__())
r = object().__reduce__(); print(r[0].__name__, r[1])
print(a.__reduce_ex__(2)[0].__name__, a.__reduce_ex__(2)[1:], a.__reduce_ex__(0)[1:])
print(format(a, '') == str(a))
try: format(a, 'x')
except TypeError as e: print(e)
print(object.__ne__(a, a), object.__ne__(a, 1), object.__lt__(a, 1), object.__ge__(a, a))
print(sorted(a.__dir__()) == dir(a), type(a.__dir__()).__name__)
b = copy.copy(a); print(b.x, copy.deepcopy(d).z, copy.deepcopy(d).q)
print(pickle.loads(pickle.dumps(a)).x, pickle.loads(pickle.dumps(d, 2)).q)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and o.v == self.v
print(E(1) != E(1), E(1) != E(2), E(1) != 3)
try: A() < A()
except TypeError as e: print(e)
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
for x in (object(), 1, 2.5, 1j, True, range(3), slice(1, 2), Exception("e"), OSError(2, "x"), A(), S(), print, len, lambda: 0, StopIteration(3), SystemExit(1), ImportError("m"), KeyError(1)):
    print(type(x).__name__, [n for n in ("__class__", "__doc__", "real", "imag", "start", "args", "__traceback__", "__dict__", "__weakref__", "__code__", "__self__", "value", "code", "errno", "name", "__ne__", "__reduce_ex__", "__sizeof__") if n in dir(x)])
print([n for n in ("real", "numerator", "start", "__class__", "__doc__") if n in dir(int)], "real" in dir(float), "stop" in dir(range))
