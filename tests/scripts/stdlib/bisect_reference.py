"""bisect: all four functions with lo/hi/key on many sorted lists, against a slow reference."""
import bisect as B
def e(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as ex:
        print(type(ex).__name__, ex)
seqs = [[], [1], [1, 1, 1], [1, 2, 2, 3, 5, 8, 8, 8, 13], list(range(0, 40, 3)), ['a', 'b', 'b', 'd']]
bad = 0
for s in seqs:
    probes = set(s) | ({0, 4, 100, 2.5} if not s or not isinstance(s[0], str) else {'', 'c', 'z'})
    for x in sorted(probes, key=str):
        for lo in range(0, len(s) + 1):
            for hi in [None] + list(range(lo, len(s) + 1)):
                top = len(s) if hi is None else hi
                l = next((i for i in range(lo, top) if not s[i] < x), top)
                r = next((i for i in range(lo, top) if x < s[i]), top)
                bad += B.bisect_left(s, x, lo, hi) != l or B.bisect_right(s, x, lo, hi) != r or B.bisect(s, x, lo, hi) != r
print('mismatches', bad)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(B.bisect_left(recs, 3, key=lambda r: r[1]), B.bisect_right(recs, 3, key=lambda r: r[1]), B.bisect(recs, 0, key=lambda r: r[1]))
l = list(recs); B.insort(l, ('x', 3), key=lambda r: r[1]); B.insort_left(l, ('y', 3), key=lambda r: r[1]); print(l)
l = [1, 3]; B.insort(l, 2); B.insort_right(l, 3); B.insort_left(l, 0); B.insort(l, 9, 1, 2); print(l)
e(B.bisect, [1, 2], 1, -1); e(B.insort, [1], 1, -2); e(B.bisect_left, None, 1); e(B.bisect_right, [1, 'a'], 0)
print(B.bisect([1, 2, 3], 2, hi=10**0), B.bisect_left((1, 2, 3), 2), B.bisect_right('abc', 'b'), hasattr(B, '__all__'))
