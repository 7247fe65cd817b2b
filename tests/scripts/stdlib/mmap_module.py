import mmap, os, tempfile

m = mmap.mmap(-1, 16)
print(len(m), m[0], m[:4], m.tell())
try:
    m.size()
except OSError as e:
    print("size", e.errno)
print(repr(m))
print(m.write(b"hello world"), m.tell())
m.seek(0)
print(m.read(5), m.read_byte(), m.readline())
print(m.find(b"o"), m.rfind(b"o"), m.find(b"o", 5), m.find(b"zz"), m.find(b"o", -5), m.rfind(b"l", 0, 4))
m[0] = 72
m[1:3] = b"EL"
print(m[:11], bytes(m)[:5], m[::2], m[-1])
m.move(0, 6, 5)
print(m[:11])
for bad in [lambda: m[16], lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, "x"),
            lambda: m.__setitem__(slice(0, 3), b"ab"), lambda: m.seek(17), lambda: m.seek(0, 3),
            lambda: m.move(10, 0, 10), lambda: m["a"], lambda: m.__delitem__(0),
            lambda: mmap.mmap(-1, -1), lambda: mmap.mmap(-1, 10, offset=-1),
            lambda: mmap.mmap(-1, 10, access=9), lambda: mmap.mmap(-1, 10, prot=mmap.PROT_READ, access=mmap.ACCESS_READ),
            lambda: mmap.mmap(-1, 0), lambda: m.flush(0, 100)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
m.seek(16)
for bad in [lambda: m.read_byte(), lambda: m.write_byte(1), lambda: m.write(b"x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(m.read(), m.readline())
m.seek(-3, 2); print(m.tell()); m.seek(1, 1); print(m.tell())
mv = memoryview(m)
print(mv[0], len(mv), mv.readonly)
mv.release()
print(list(iter(m))[:3])
m.resize(32)
print(len(m), m[:11])
with m:
    print(m.closed)
print(m.closed, repr(m))
for bad in [lambda: len(m), lambda: m[0], lambda: m.read(), lambda: m.tell()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# A file-backed map.
fd, path = tempfile.mkstemp()
os.write(fd, b"0123456789abcdef" * 2)
with mmap.mmap(fd, 0) as f:
    print(len(f), f.size(), f[:10])
    f[0:4] = b"ABCD"
    f.flush()
with open(path, "rb") as fh:
    print(fh.read()[:8])
with open(path, "r+b") as fh:
    f = mmap.mmap(fh.fileno(), 8, offset=mmap.ALLOCATIONGRANULARITY * 0)
    f.resize(40)
    print(len(f), f.size(), os.path.getsize(path))
    f.close()
    r = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    print(r[:4], repr(r).split(",")[1])
    for bad in [lambda: r.write(b"x"), lambda: r.__setitem__(0, 1), lambda: r.resize(5), lambda: r.move(0, 1, 1), lambda: memoryview(r).readonly]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    c = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY)
    c[0] = ord("z")
    print(c[:4], r[:4])
    for bad in [lambda: c.resize(5)]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    for bad in [lambda: mmap.mmap(fh.fileno(), 100), lambda: mmap.mmap(fh.fileno(), 0, offset=4096 * 4)]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
empty = tempfile.TemporaryFile()
try:
    mmap.mmap(empty.fileno(), 0)
except ValueError as e:
    print(e)
os.close(fd)
os.unlink(path)

# Shared with a forked child.
shared = mmap.mmap(-1, 8)
pid = os.fork()
if pid == 0:
    shared[:5] = b"child"
    os._exit(0)
os.waitpid(pid, 0)
print(shared[:5])
import struct
struct.pack_into("<I", shared, 0, 0xdeadbeef)
print(shared[:4].hex(), struct.unpack_from("<I", shared, 0))
print(mmap.PAGESIZE > 0, mmap.ACCESS_COPY, mmap.MAP_SHARED, mmap.error is OSError)
