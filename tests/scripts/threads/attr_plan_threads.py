# Threads calling methods that update instance and class attributes while a class gains an
# attribute: every update lands (the attribute cache is per thread, class stamps are shared).
import threading
class Base:
    hits = 0
    def step(self):
        self.n += 1
        return self.n
class Leaf(Base):
    def __init__(self):
        self.n = 0
objs = [Leaf() for _ in range(4)]
lock = threading.Lock()
def work(o):
    for i in range(20000):
        o.step()
        with lock:
            Base.hits += 1
        if i % 5000 == 0:
            Leaf.extra = i
threads = [threading.Thread(target=work, args=(o,)) for o in objs]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(o.n for o in objs), Base.hits, hasattr(Leaf, "extra"))
