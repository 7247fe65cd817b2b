# Threads sharing code (and so its remembered lookup positions, code/hints.rs) on objects whose
# attributes sit at different entries: every read must still find its own object's value, under
# every GIL policy (the hints are guesses checked under the dict's lock).
import threading


class Point:
    def __init__(self, order, base):
        if order == 0:
            self.x, self.y, self.z = base, base + 1, base + 2
        elif order == 1:
            self.z, self.x, self.y = base + 2, base, base + 1
        else:
            self.y, self.z, self.x = base + 1, base + 2, base


def total(points, rounds):
    s = 0
    for _ in range(rounds):
        for p in points:
            s += p.x * 100 + p.y * 10 + p.z
            p.x = p.x
    return s


results = []
lock = threading.Lock()


def work(tid):
    points = [Point((tid + i) % 3, i) for i in range(30)]
    s = total(points, 300)
    with lock:
        results.append((tid, s))


threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = total([Point(0, i) for i in range(30)], 300)
print(sorted(results))
print(all(s == expected for _, s in results), len(results))
