# One thread changes containers while another iterates over them (issue 18): every step either
# gives an item or raises the RuntimeError CPython raises; nothing panics or hangs.
import array
import collections
import threading

EXPECTED = {
    "deque mutated during iteration",
    "dictionary changed size during iteration",
    "dictionary keys changed during iteration",
    "Set changed size during iteration",
    "OrderedDict mutated during iteration",
    "OrderedDict changed size during iteration",
}


def make():
    return {
        "list": list(range(50)),
        "dict": {i: i for i in range(50)},
        "set": set(range(50)),
        "deque": collections.deque(range(50)),
        "odict": collections.OrderedDict((i, i) for i in range(50)),
        "bytearray": bytearray(range(50)),
        "array": array.array("i", range(50)),
    }


def mutate(kind, c, i):
    if kind == "list":
        c.append(i)
        del c[0]
    elif kind in ("dict", "odict"):
        c[i + 1000] = i
        c.pop(next(iter(c)))
    elif kind == "set":
        c.add(i + 1000)
        c.discard(min(c))
    elif kind == "deque":
        c.append(i)
        c.popleft()
    elif kind == "bytearray":
        c.append(i % 256)
        del c[0]
    else:
        c.append(i)
        c.pop(0)


def run(kind):
    c = make()[kind]
    stop = threading.Event()
    odd = []
    seen = [0, 0]

    def reader():
        while not stop.is_set():
            try:
                for _ in c:
                    seen[0] += 1
                for _ in reversed(c) if kind not in ("set",) else ():
                    seen[0] += 1
            except RuntimeError as e:
                seen[1] += 1
                if str(e) not in EXPECTED:
                    odd.append(str(e))

    readers = [threading.Thread(target=reader) for _ in range(2)]
    for r in readers:
        r.start()
    for i in range(3000):
        mutate(kind, c, i)
    stop.set()
    for r in readers:
        r.join()
    print(kind, "size kept:", len(c) == 50, "unexpected errors:", odd)


for kind in ["list", "dict", "set", "deque", "odict", "bytearray", "array"]:
    run(kind)
