# Containers that grow by doubling (a str or list added to itself, extend with itself, a buffer
# written without end) under an address-space limit the program sets itself: the step that
# cannot be had is MemoryError and the program goes on (issue 18: these aborted the process).
import array
import collections
import io
import resource


def address_space_in_use():
    """Bytes of address space this process has mapped (an allocator may reserve a lot early)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024


resource.setrlimit(resource.RLIMIT_AS, (address_space_in_use() + (128 << 20), resource.getrlimit(resource.RLIMIT_AS)[1]))


def grow(label, start, step):
    x = start
    try:
        while True:
            x = step(x)
    except MemoryError:
        print(label, "-> MemoryError")


def extend_self(x):
    x.extend(x)
    return x


class Text(str):
    pass


def add_in_place(x):
    x += x
    return x


def add_copy(x):
    x += bytes(x)
    return x


def write_more(chunk):
    def step(f):
        f.write(chunk)
        return f
    return step


grow("str + str", "ab", lambda x: x + x)
grow("str += str", "é", add_in_place)
grow("bytes + bytes", b"ab", lambda x: x + x)
grow("list + list", [1, 2], lambda x: x + x)
grow("list += list", [1, 2], add_in_place)
grow("list.extend(itself)", [1, 2], extend_self)
grow("tuple + tuple", (1, 2), lambda x: x + x)
grow("bytearray += bytes", bytearray(b"ab"), add_copy)
grow("bytearray.extend(itself)", bytearray(b"ab"), extend_self)
grow("bytearray + bytearray", bytearray(b"ab"), lambda x: x + x)
grow("f-string of itself twice", "ab", lambda x: f"{x}{x}")
grow("[*l, *l]", [1, 2], lambda x: [*x, *x])
grow("bytes.join", b"ab", lambda x: b"".join([x, x]))
grow("bytes.join of bytearrays", bytearray(b"ab"), lambda x: bytearray(b"-".join([x, x])))
grow("str.join", "ab", lambda x: "".join([x, x]))
grow("str.join of a str subclass", "ab", lambda x: Text("".join([Text(x), x])))
grow("array += itself", array.array("q", [1, 2]), add_in_place)
grow("array.extend(itself)", array.array("q", [1, 2]), extend_self)
grow("array + array", array.array("q", [1, 2]), lambda x: x + x)
grow("deque.extend(itself)", collections.deque([1, 2]), extend_self)
grow("StringIO.write", io.StringIO(), write_more("abcdefgh" * 4096))
grow("BytesIO.write", io.BytesIO(), write_more(b"abcdefgh" * 4096))
print("still here", len([0] * 1000))
