from collections.abc import *
import collections.abc as cabc
import collections
print(cabc.Iterable, collections.abc.Sequence)
for v in ([], (), "", {}, set(), frozenset(), range(3), b"", iter([]), (x for x in []), len, lambda: 0, 3, 3.5, None, {}.keys(), collections.deque()):
    print(type(v).__name__, [c.__name__ for c in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible) if isinstance(v, c)])
class MySeq(Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, s.index(2), s.count(2), list(reversed(s)), len(s))
try: s.index(9)
except ValueError as e: print("ValueError", e)
class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, dict(m))
class MyMut(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMut()
mm.update({'x': 1}, y=2)
mm.setdefault('z', 3)
print(mm.pop('x'), mm.popitem(), dict(mm), len(mm))
try: mm.pop('nope')
except KeyError as e: print("KeyError", e)
class MySet(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml += [4]
ml.reverse(); print(ml.l, ml.pop(), ml.l); ml.remove(3); print(ml.l)
try: Sequence()
except TypeError as e: print(e)
try: MutableMapping()
except TypeError as e: print(e)
class Half(MutableSequence):
    def __getitem__(self, i): pass
try: Half()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(It, Sized))
class Gen(Generator):
    def send(self, v):
        raise StopIteration
    def throw(self, *a):
        raise StopIteration
print(list(Gen()), isinstance(Gen(), Iterator))
class Unh:
    __hash__ = None
print(isinstance(Unh(), Hashable), isinstance([], Hashable), issubclass(list, Hashable), issubclass(tuple, Hashable))
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(str, Sequence), issubclass(list, Mapping))
class C:
    def __call__(self): pass
print(isinstance(C(), Callable), isinstance(C, Callable), isinstance(print, Callable))
