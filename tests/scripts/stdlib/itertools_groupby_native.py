import itertools as it
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
gs = list(it.groupby('aabbb')); print([(k, list(g)) for k, g in gs])
g = it.groupby('aabbbc'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g2), list(g1))
print(list(it.groupby([])), [k for k, _ in it.groupby([1, 1.0, True, 2])])
print(type(it.groupby('a')), type(next(it.groupby('a'))[1]))
try:
    it.groupby()
except TypeError as e:
    print(e)
try:
    list(it.groupby([1, 2], key=lambda x: 1 / 0))
except ZeroDivisionError as e:
    print("ZDE", e)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v // 2 == o.v // 2
print([(k.v, [x.v for x in g]) for k, g in it.groupby([K(i) for i in range(6)])])
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.groupby('ab', key=None))[0][0], it.groupby(iterable='x', key=str.upper).__next__()[0])
class G(it.groupby): pass
print([k for k, _ in G('xxy')])
