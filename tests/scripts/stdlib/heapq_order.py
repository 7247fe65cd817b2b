# heapq: the exact list layouts after heapify/heappush/heappop/heapreplace/heappushpop (as
# CPython's C code leaves them), nsmallest/nlargest with keys and ties, merge (keys, reverse,
# ties, lazy), the max-heap helpers and the errors.
import heapq
import random

rng = random.Random(11)
for trial in range(40):
    data = [rng.randrange(20) for _ in range(rng.randrange(0, 25))]
    h = list(data)
    heapq.heapify(h)
    line = [h[:]]
    for x in data[:5]:
        heapq.heappush(h, x * 3 % 17)
    line.append(h[:])
    if h:
        line.append((heapq.heappop(h), h[:]))
        line.append((heapq.heapreplace(h, 7), h[:]))
    line.append((heapq.heappushpop(h, 5), h[:]))
    m = list(data)
    heapq._heapify_max(m)
    line.append(m[:])
    if m:
        line.append((heapq._heappop_max(m), heapq._heapreplace_max(m, 9) if m else None, m))
    n = rng.randrange(-1, 8)
    line.append((n, heapq.nsmallest(n, data), heapq.nlargest(n, data), heapq.nsmallest(n, iter(data), key=lambda v: -v),
                 heapq.nlargest(n, iter(data), key=lambda v: v % 5)))
    print(trial, line)

pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=len), heapq.nsmallest(1, iter([3, 1, 1])), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['b', 'dd'], ['a', 'ccc'], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge([(1, 'x')], [(1, 'y')], key=lambda t: t[0])), list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=True)))
gen = heapq.merge(iter(range(0, 10, 2)), iter(range(1, 10, 2)))
print(next(gen), next(gen), list(gen))
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
          lambda: heapq.heapify(()), lambda: heapq.heappushpop([], 1), lambda: heapq.heappop(None),
          lambda: heapq.nsmallest('a', [1]), lambda: heapq.nlargest(2, [1, 'a', 2]), lambda: heapq.nsmallest(2, [1, 'a', 2]),
          lambda: heapq._heappop_max([]), lambda: heapq.heappush([1], 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.__all__)
