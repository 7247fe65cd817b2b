# Threads writing attributes of the same instances at once (each its own names, added in its
# own order, while others read them and turn the values into a dict with vars()): no update is
# lost or torn, under every GIL policy (under --gil off the instance's cell is a real lock).
import threading

N_THREADS = 4
ROUNDS = 300


class Box:
    pass


boxes = [Box() for _ in range(8)]
errors = []


def writer(tid):
    names = ["t%d_%d" % (tid, k) for k in range(5)]
    if tid % 2:
        names.reverse()
    for r in range(ROUNDS):
        for b in boxes:
            for n in names:
                setattr(b, n, r)
            if r % 50 == 0 and tid == 0:
                vars(b)  # one thread makes the dicts real while others write
        for b in boxes:
            for n in names:
                if getattr(b, n) != r:
                    errors.append((tid, n, getattr(b, n), r))


threads = [threading.Thread(target=writer, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors[:3])
for b in boxes:
    d = vars(b)
    assert len(d) == N_THREADS * 5, len(d)
    assert all(v == ROUNDS - 1 for v in d.values()), d
print("attributes per box:", sorted({len(vars(b)) for b in boxes}))


# Fresh instances made and filled by several threads at once: the shared shapes they move
# through are grown by whoever gets there first.
class Rec:
    def __init__(self, i, order):
        if order:
            self.a, self.b, self.c = i, i + 1, i + 2
        else:
            self.c, self.b, self.a = i + 2, i + 1, i


made = [[] for _ in range(N_THREADS)]


def maker(tid):
    out = made[tid]
    for i in range(2000):
        out.append(Rec(i, (i + tid) % 2))


threads = [threading.Thread(target=maker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
bad = [r for lst in made for r in lst if (r.b - r.a, r.c - r.a) != (1, 2)]
orders = sorted({tuple(vars(r)) for lst in made for r in lst})
print("records:", sum(map(len, made)), "bad:", len(bad), "orders:", orders)
