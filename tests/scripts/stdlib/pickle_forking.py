# multiprocessing.reduction.ForkingPickler: registered reducers, dumps to a buffer, loads.
from multiprocessing.reduction import ForkingPickler
import pickle
class Money:
    def __init__(self, c): self.c = c
def rebuild(c): return Money(c)
ForkingPickler.register(Money, lambda m: (rebuild, (m.c * 10,)))
buf = ForkingPickler.dumps(Money(3))
print(bytes(buf), pickle.loads(buf).c, ForkingPickler.loads(bytes(buf)).c)
