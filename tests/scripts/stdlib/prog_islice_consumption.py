from itertools import islice
class C:
    def __init__(s): s.n = 0
    def __iter__(s): return s
    def __next__(s):
        s.n += 1
        if s.n > 10: raise StopIteration
        return s.n
for args in [(4,), (2, 5), (5, 2), (1, 9, 3), (0, None, 4), (3, 3), (None,), (20,), (2, 20, 5), (0,)]:
    c = C()
    print(args, list(islice(c, *args)), c.n)
