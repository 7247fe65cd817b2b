# Methods of native classes called through the class with no `self` (or too few arguments), and
# other calls the runtime fuzzer found to crash: each is CPython's exception, never an internal error.
import collections, io, itertools, os, threading, time


def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", repr(r)[:60])
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("BaseException.__str__()", BaseException.__str__)
show("BaseException.__init__()", BaseException.__init__)
show("enumerate.__iter__()", enumerate.__iter__)
show("deque.append()", collections.deque.append)
show("BytesIO.tell()", io.BytesIO.tell)
show("BytesIO.tell(end=1)", io.BytesIO.tell, end=1)
show("BytesIO.read()", io.BytesIO.read)
show("StringIO.truncate()", io.StringIO.truncate)
m = memoryview(b"ab")
show("memoryview.__eq__(m)", memoryview.__eq__, m)
show("memoryview.__eq__(m, b'ab')", memoryview.__eq__, m, b"ab")
show("memoryview.__ne__(m)", memoryview.__ne__, m)
# Sizes no memory can hold are MemoryError before the pool is looked at.
for f in (itertools.combinations, itertools.combinations_with_replacement, itertools.permutations):
    for r in (2**62, 2**40, 4):
        show(f"{f.__name__}(b'ab', {r}) first", lambda: next(f(b"ab", r), "empty"))
# Negative descriptors are EBADF from the kernel's point of view, never a crash.
show("os.read(-1, 1)", os.read, -1, 1)
show("os.write(-1, b'x')", os.write, -1, b"x")
show("os.fsync(-1)", os.fsync, -1)
show("os.isatty(-1)", os.isatty, -1)
show("os.read(0, -1)", os.read, 0, -1)
show("os.read(0, -2**63)", os.read, 0, -2**63)


class Idx:
    def __index__(self):
        return 2**100


class Small:
    def __index__(self):
        return 0


class F:
    def __float__(self):
        return 0.001


class FF(float):
    pass


for v in (Idx(), F(), "x", None, Small(), FF(0.0)):
    show(f"time.sleep({type(v).__name__})", time.sleep, v)
lock = threading.Lock()
lock.acquire()
for v in (Idx(), F(), FF(0.001), True):
    show(f"acquire(timeout={type(v).__name__})", lock.acquire, timeout=v)
show("'%*d' % (-2**63, 1)", lambda: "%*d" % (-2**63, 1))
show("'%*d' % (-2**63 + 1, 1)", lambda: "%*d" % (-2**63 + 1, 1))
show("'%*d' % (-5, 1)", lambda: "%*d|" % (-5, 1))
show("m.__getitem__()", m.__getitem__)
show("m.__getitem__(0, 1)", m.__getitem__, 0, 1)
