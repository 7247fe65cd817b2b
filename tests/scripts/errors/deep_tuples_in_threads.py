# Tuples nested 300,000 deep (and isinstance targets nested as deep), compared, looked up, sorted and
# checked in threads with 256 KiB stacks: RecursionError as CPython, never a native stack overflow
# (not hashed: CPython itself crashes there).
import threading

N = 300000


def nest(inner):
    t = inner
    for _ in range(N):
        t = (t,)
    return t


dt, d2 = nest(()), nest(())
classes = nest(int)
cases = {
    "eq": lambda: dt == d2,
    "ne": lambda: dt != d2,
    "lt": lambda: dt < d2,
    "in list": lambda: dt in [d2],
    "sorted": lambda: len(sorted([dt, d2])),
    "repr": lambda: len(repr(dt)),
    "isinstance": lambda: isinstance(1, classes),
    "issubclass": lambda: issubclass(int, classes),
    "shallow eq": lambda: (1, (2, (3,))) == (1, (2, (3,))),
}


def run(name, out):
    try:
        out.append(repr(cases[name]()))
    except RecursionError as e:
        out.append(f"RecursionError: {e}")


threading.stack_size(256 * 1024)
for name in cases:
    out = []
    t = threading.Thread(target=run, args=(name, out))
    t.start()
    t.join()
    main = []
    run(name, main)
    print(name, out[0], "| main:", main[0])
