import itertools as it
a, b = it.tee(range(200000)); print(sum(a) + sum(b))
a, b, c = it.tee("abcdef", 3); print(next(a), list(b), list(a), list(c))
x, y = it.tee(a); print(x is a, list(x), list(y))
p, q = it.tee(iter([1, 2, 3])); print(next(p), next(q)); r, s = it.tee(p); print(r is p, list(r), list(s), list(q))
print(it.tee([1], 0))
try:
    it.tee([1], -1)
except ValueError as e:
    print(e)
def g():
    yield 1
    raise KeyError("k")
m, n = it.tee(g()); print(next(m))
try:
    next(m)
except KeyError as e:
    print("KE", e)
print(next(n))
t1, t2 = it.tee(range(200)); print(sum(1 for _ in t1), list(it.islice(t2, 55, 60)), list(t2)[:3])
import copy
u, v = it.tee(range(5)); next(u); w = copy.copy(u); print(list(w), list(u), list(v))
