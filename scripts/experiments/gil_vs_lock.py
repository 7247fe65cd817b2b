"""GIL vs Lock: does the GIL make `n += 1` safe? Four threads each add 1 a million times to a
shared counter, with no lock, and we count what is left. Variants:

  n += 1           a global, no lock          CPython 3.11: exact (no switch inside a statement)
  with lock        the same under a Lock      exact everywhere
  items[0] += 1    a list item, no lock       CPython 3.11: exact
  d[k] += 1        a dict value, no lock      CPython 3.11: exact
  n = add_one(n)   read, call, write, no lock loses updates under CPython 3.11 too: the callee's
                                              entry is a switch point between the read and the write

CPython 3.10+ switches threads only at a few instructions (backward jumps, function entry, after
calls); Python 2 (gilpy --gil legacy) switched at any instruction, so even `n += 1` lost updates.
Usage: gilpy [--gil POLICY] [--switch-interval N] gil_vs_lock.py [N] [THREADS]  (also runs under python3)
       gilpy --compare all,python3 scripts/experiments/gil_vs_lock.py"""
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 4

n = 0
items = [0]
d = {"k": 0}
lock = threading.Lock()


def add_one(x):
    return x + 1


def unlocked():
    global n
    for _ in range(N):
        n += 1


def locked():
    global n
    for _ in range(N):
        with lock:
            n += 1


def list_item():
    for _ in range(N):
        items[0] += 1


def dict_item():
    for _ in range(N):
        d["k"] += 1


def across_call():
    global n
    for _ in range(N):
        n = add_one(n)


def run(worker):
    global n
    n = 0
    items[0] = 0
    d["k"] = 0
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


VARIANTS = [
    ("n += 1", unlocked, lambda: n),
    ("with lock: n += 1", locked, lambda: n),
    ("items[0] += 1", list_item, lambda: items[0]),
    ("d[k] += 1", dict_item, lambda: d["k"]),
    ("n = add_one(n)", across_call, lambda: n),
]

print(f"{THREADS} threads x {N} increments = {THREADS * N}")
for name, worker, result in VARIANTS:
    run(worker)
    got = result()
    verdict = "exact" if got == THREADS * N else "lost updates"
    print(f"  {name:18} {verdict}")
