# Under an address-space limit the program sets itself (resource.setrlimit), every allocation past
# it is MemoryError, in the main thread and in threads, and the program goes on (issue 18: these
# aborted the process).
import itertools
import resource
import threading



def address_space_in_use():
    """Bytes of address space this process has mapped (an allocator may reserve a lot early)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024


resource.setrlimit(resource.RLIMIT_AS, (address_space_in_use() + (256 << 20), resource.getrlimit(resource.RLIMIT_AS)[1]))


def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r))
    except MemoryError as e:
        print(label, "->", type(e).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("'a' * 2**40", lambda: "a" * 2**40)
show("[None] * 2**40", lambda: [None] * 2**40)
show("1 << 10**12", lambda: 1 << 10**12)
show("'{:2000000000}'.format(1)", lambda: "{:2000000000}".format(1))
show("'{:3000000000}'.format(1)", lambda: "{:3000000000}".format(1))
show("f'{1.5:>3000000000}'", lambda: f"{1.5:>3000000000}")
show("'%3000000000d' % 1", lambda: "%3000000000d" % 1)
show("list(itertools.count())", lambda: list(itertools.count()))
show("[str(i) for i in itertools.count()]", lambda: [str(i) for i in itertools.count()])
show("'x'.ljust(3 << 30)", lambda: "x".ljust(3 << 30))
show("bytes(3 << 30)", lambda: bytes(3 << 30))
show("bytearray(3 << 30)", lambda: bytearray(3 << 30))
show("b'ab' * (2 << 30)", lambda: b"ab" * (2 << 30))
show("(1,) * (1 << 29)", lambda: (1,) * (1 << 29))
show("'-'.join(['ab'] * 2**28)", lambda: "-".join(["ab"] * 2**28))
show("small list still", lambda: [0] * 1000)

results = []


def grow():
    try:
        items = []
        for i in itertools.count():
            items.append(str(i))
    except MemoryError:
        results.append("MemoryError in a thread")


workers = []
for _ in range(2):
    workers.append(threading.Thread(target=grow))
    workers[-1].start()
for w in workers:
    w.join()
print(sorted(results))
print("alive", sum(range(1000)))
