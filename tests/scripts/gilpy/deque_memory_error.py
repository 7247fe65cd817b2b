# A deque that cannot grow raises MemoryError (it used to abort the process on a failed allocation).
# (python3 3.11 itself reports a SystemError here, so the expectation is written by hand, in gilpy/.)
import collections, resource
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
try:
    collections.deque(range(0, 2**70, 3))
except MemoryError as e:
    print("MemoryError", repr(e))
d = collections.deque([1, 2], maxlen=2)
d.append(3)
d.appendleft(0)
print(d)
