import weakref, gc, re, copy
from weakref import WeakSet
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'O{self.n}'
    def __lt__(self, o): return self.n < o.n
objs = [O(i) for i in range(6)]
s = WeakSet(objs[:3]); t = WeakSet(objs[2:5])
print(len(s), sorted(s), objs[0] in s, objs[4] in s, 5 in s, [] in s)
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), sorted(s.union(objs[5:])), sorted(s.intersection(objs[1:2])), sorted(s.difference(objs)), sorted(s.symmetric_difference(objs[:1])))
print(s <= t, s < WeakSet(objs), s >= WeakSet(objs[:1]), s > s, s == WeakSet(objs[:3]), s != t, s == {objs[0]}, s.issubset(objs), s.issuperset(objs[:2]), s.isdisjoint(t), s.isdisjoint(objs[5:]))
u = s.copy(); u.add(objs[5]); u.discard(objs[0]); u.remove(objs[1]); print(sorted(u), type(u).__name__)
try: u.remove(objs[0])
except KeyError as e: print('KeyError', type(e.args[0]).__name__)
u.update(objs[3:5]); print(sorted(u)); u |= WeakSet([objs[0]]); print(sorted(u)); u -= [objs[0]]; print(sorted(u)); u &= objs[3:]; print(sorted(u)); u ^= objs[4:]; print(sorted(u))
u.difference_update([objs[3]]); u.intersection_update(objs); u.symmetric_difference_update([objs[1]]); print(sorted(u))
u -= u; print(len(u)); u.add(objs[0]); u ^= u; print(len(u))
p = WeakSet([objs[0]]); print(p.pop() is objs[0])
try: p.pop()
except KeyError as e: print(e)
w = WeakSet(); tmp = O(99); w.add(tmp); print(len(w)); del tmp; gc.collect(); print(len(w), list(w))
w2 = WeakSet(objs)
it = iter(w2); first = next(it); extra = O(100); w2.add(extra); del extra; gc.collect(); print(len(w2))
try: WeakSet([1])
except TypeError as e: print(e)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(WeakSet([objs[0]]))), repr(WeakSet()))
print(WeakSet[int], s.__eq__(5), hash(WeakSet) is not None)
try: hash(s)
except TypeError as e: print(e)
r = s.__reduce__(); print(r[0].__name__, sorted(r[1][0]), type(r[2]).__name__)
c = copy.copy(s); print(sorted(c), c is not s)
s.clear(); print(len(s), bool(s), bool(t))
class Sub(WeakSet): pass
sub = Sub(objs[:2]); print(type(sub.copy()).__name__, type(sub | t).__name__, type(sub - t).__name__)
