# Reading a large bytes-like object under an address-space limit: where a copy of its bytes (or a
# result of its size) cannot be had, the call is MemoryError and the program goes on; it never
# aborts the process (issue 18: buffer::bytes_of copied without a size check).
import array
import hashlib
import marshal
import resource


def address_space_in_use():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024


SIZE = 400 << 20
big = bytearray(SIZE)
view = memoryview(big)
arr = array.array("B", bytes(16))
resource.setrlimit(resource.RLIMIT_AS, (address_space_in_use() + (300 << 20), resource.getrlimit(resource.RLIMIT_AS)[1]))


def must_fail(label, f):
    """Calls whose result is as large as the source: MemoryError in python3 too."""
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r))
    except MemoryError as e:
        print(label, "->", type(e).__name__)


def may_copy(label, f):
    """Calls python3 makes without a copy; a copy that cannot be had is MemoryError, never an abort."""
    try:
        f()
        print(label, "-> survived")
    except MemoryError:
        print(label, "-> survived")


for name, src in [("bytearray", big), ("memoryview", view)]:
    must_fail(f"str({name}, 'latin-1')", lambda: str(src, "latin-1"))
    must_fail(f"b'%s' % {name}", lambda: b"%s" % (src,))
    must_fail(f"marshal.dumps({name})", lambda: marshal.dumps(src))
    must_fail(f"b''.join([{name}, b'x'])", lambda: b"".join([src, b"x"]))
    may_copy(f"hashlib.sha256({name})", lambda: hashlib.sha256(src))
    may_copy(f"{name} in bytearray()", lambda: src in bytearray(b"ab"))
    may_copy(f"int.from_bytes({name})", lambda: int.from_bytes(src, "big") == 0 or 1)
    may_copy(f"b'a'.startswith({name})", lambda: b"a".startswith(src))
    may_copy(f"array.frombytes({name})", lambda: arr.frombytes(src))
    may_copy(f"open(..).write({name})", lambda: open("/dev/null", "wb").write(src))

# With room for the copy but not for it and the result too: the decoder asks for the result's
# room first (python3, which reads without a copy, has room for the result).
resource.setrlimit(resource.RLIMIT_AS, (address_space_in_use() + (600 << 20), resource.getrlimit(resource.RLIMIT_AS)[1]))
may_copy("str(bytearray, 'latin-1')", lambda: str(big, "latin-1"))
may_copy("bytearray.decode('utf-8')", lambda: big.decode("utf-8"))
may_copy("str(memoryview, 'ascii')", lambda: str(view, "ascii"))

print("alive", len(bytes(1000)))
