import itertools as it, sys
class C(it.chain):
    pass
c = C.from_iterable(['ab', 'cd'])
print(type(c).__name__, list(c), isinstance(c, it.chain))
class P(it.permutations):
    def extra(self): return 1
p = P('abc', 2); print(next(p), p.extra(), list(p))
print(list(it.islice(it.count(5), 3)), list(it.islice(it.repeat('x'), 2)))
g = ((k, list(v)) for k, v in it.groupby('aabbbc'))
print(list(g))
a, b = it.tee(range(5)); print(list(a), list(b))
print(sum(1 for _ in it.product(range(10), repeat=4)))
print(len(list(it.permutations(range(7)))), len(list(it.combinations(range(20), 4))))
print(list(it.zip_longest(range(3), 'ab', [True])))
def gen():
    yield 1; raise ValueError("boom")
try:
    list(it.chain(gen()))
except ValueError as e:
    print("VE", e)
ch = it.chain([1], gen())
print(next(ch), end=" ")
try:
    next(ch); next(ch)
except ValueError as e:
    print("VE2", e)
print(list(ch))
r = it.repeat(7, 3); print(r.__length_hint__(), list(r), r.__length_hint__(), repr(r))
print(list(it.starmap(lambda *a: a, ['ab', (1,), []])))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=2)))
import operator
print(list(it.accumulate(range(1, 6), operator.mul)))
z = zip(it.count(), 'ab'); print(list(z))
print(list(map(pow, range(3), it.repeat(2))))
print(repr(it.chain.from_iterable).split(" at ")[0], it.repeat.__doc__ is None or True)
try:
    it.permutations('ab', r=2.0)
except TypeError as e:
    print(e)
try:
    it.combinations('ab', r=2**70)
except OverflowError as e:
    print("OE", e)
try:
    list(it.islice('abc', 2**70))
except ValueError as e:
    print(e)
print(list(it.islice('abcdef', True, None, 2)))
print(list(it.compress(range(5), it.cycle([1, 0]))))
print(list(it.takewhile(bool, [1, 2, 0, 3])), list(it.dropwhile(bool, [1, 0, 2])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(sys.getsizeof(1) > 0)
cy = it.cycle('ab'); print([next(cy) for _ in range(5)])
print(list(it.pairwise(range(5))))
