"""Sorting: keys of one plain kind, tuples of plain items, key functions, reverse stability, mixed and failing comparisons, big-int shifts and divisions."""
import random
random.seed(5)
data = [random.randint(-50, 50) for _ in range(3000)]
print(sorted(data)[:20], sorted(data, reverse=True)[:20])
pairs = [(x % 7, i) for i, x in enumerate(data)]
print(sorted(pairs)[:10], sorted(pairs, key=lambda p: p[0])[:10], sorted(pairs, key=lambda p: p[0], reverse=True)[:10])
print(sorted(pairs, key=lambda p: (p[0], -p[1]))[:10])
words = [random.choice(['a', 'b', 'ab', 'ba', 'é', 'z', '']) + str(i % 5) for i in range(500)]
print(sorted(words)[:20], sorted(words, reverse=True)[:20])
print(sorted(words, key=len)[:20], sorted(words, key=len, reverse=True)[:20])
fl = [random.random() * 10 for _ in range(200)] + [float('inf'), -0.0, 0.0, 0, 1, True, False]
print(sorted(fl)[:10], sorted(fl, reverse=True)[:10])
mixed = [(1, 'a'), (1, 2.5), (0, None)]
try: print(sorted(mixed))
except TypeError as e: print('TypeError', e)
try: sorted([1, 'a'])
except TypeError as e: print('TypeError', e)
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print('TypeError', e)
print(sorted([(1, (2, 3)), (1, (2, 1)), (0, (5,))]))
print(sorted([2**70, 3, -2**65, 1.5]))
print(sorted([(1,), (1, 0), (), (0, 9)]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2), K(1)]))
print(sorted([(K(3), 1), (K(1), 2)], key=lambda t: t[0]))
l = [5, 3, 1]; l.sort(); print(l)
l = list(range(100)); l.sort(key=lambda x: -x); print(l[:5])
x = [random.randint(0, 5) for _ in range(100)]
print(sorted(range(100), key=lambda i: x[i]))
print(sorted(range(100), key=lambda i: x[i], reverse=True))
print(sorted(range(100), key=lambda i: (x[i], ), reverse=True))
print(sorted([[3, 1], [2], [3, 0]]))
print(min([(2, 1), (1, 5)]), max([(2, 1), (2, 5)]))
d = list(range(1000)); random.shuffle(d); print(sorted(d) == list(range(1000)), sorted(d, key=str)[:12])
print((-5 << 100) >> 3, (-(2**100) - 1) >> 1, (2**100 + 1) >> 1, -(2**80) >> 200, (-(2**70)) // 3, (2**70) % -7)
