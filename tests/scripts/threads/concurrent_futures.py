# concurrent.futures: thread and process pools, futures, wait, as_completed, map, errors.
import concurrent.futures
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError)
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


def cpu(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


# Thread pool: submit, result, map, context manager, worker names.
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(10)]
    print(sorted(f.result() for f in futures))
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(20)))
    print(sorted(n.startswith("ThreadPoolExecutor-") for n in names))
with ThreadPoolExecutor(2, thread_name_prefix="crunch") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())

# Exceptions travel through the future.
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("raised:", e)
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised:", e)
    print(repr(f).split(" state=")[1])

# A Future by hand: states, callbacks, errors.
f = Future()
seen = []
f.add_done_callback(lambda fut: seen.append(("cb", fut.result())))
print(f.done(), f.running(), f.cancelled(), repr(f).split(" state=")[1])
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.done(), f.result(), seen, repr(f).split(" state=")[1])
f.add_done_callback(lambda fut: seen.append("late"))
print(seen)
try:
    f.set_result(1)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except CancelledError as e:
    print("CancelledError", repr(e))
h = Future()
try:
    h.result(timeout=0.01)
except concurrent.futures.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError)

# wait and as_completed.
gate = threading.Event()
with ThreadPoolExecutor(4) as ex:
    quick = ex.submit(square, 5)
    slow = ex.submit(lambda: gate.wait() and "slow")
    done, not_done = wait([quick, slow], return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    done, not_done = wait([quick, slow], timeout=0.01)
    print(len(done), len(not_done))
    gate.set()
    done, not_done = wait([quick, slow], return_when=ALL_COMPLETED)
    print(len(done), len(not_done), slow.result())
    bad = ex.submit(fail, 1)
    done, not_done = wait([bad], return_when=FIRST_EXCEPTION)
    print(len(done), type(bad.exception()).__name__)
    print(sorted(f.result() for f in as_completed([ex.submit(square, i) for i in range(6)])))
    blocker = threading.Event()
    stuck = ex.submit(blocker.wait)
    try:
        for f in as_completed([stuck], timeout=0.01):
            pass
    except TimeoutError as e:
        print("as_completed:", e)
    blocker.set()
    print(stuck.result())

# shutdown refuses new work; cancel_futures cancels what has not started.
ex = ThreadPoolExecutor(1)
hold = threading.Event()
first = ex.submit(hold.wait)
rest = [ex.submit(square, i) for i in range(3)]
hold.set()
ex.shutdown(wait=True, cancel_futures=False)
print(first.result(), [r.result() for r in rest])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
ex = ThreadPoolExecutor(1)
hold = threading.Event()
started = threading.Event()
first = ex.submit(lambda: (started.set(), hold.wait())[1])
rest = [ex.submit(square, i) for i in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
hold.set()
print(first.result(), [r.cancelled() for r in rest])
for bad_workers in (0, -1):
    try:
        ThreadPoolExecutor(bad_workers)
    except ValueError as e:
        print("ValueError:", e)

# Process pool: the work runs in other processes.
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pex:
        print(list(pex.map(cpu, [1000, 2000, 3000])))
        f = pex.submit(fail, 7)
        print(type(f.exception()).__name__, f.exception())
        print(pex.submit(square, 12).result())
    try:
        pex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        ProcessPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)

# Workers left running at exit are stopped by the interpreter, not waited for forever.
left = ThreadPoolExecutor(2)
print(left.submit(square, 9).result())
print("end")

# A failing initializer breaks the pool: its work fails with BrokenThreadPool.
def broken_init():
    raise OSError("no")


bex = ThreadPoolExecutor(1, initializer=broken_init)
bf = bex.submit(square, 2)
try:
    bf.result()
except concurrent.futures.thread.BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
from concurrent.futures.process import BrokenProcessPool
from concurrent.futures._base import Executor
print(BrokenProcessPool.__mro__[1].__name__, issubclass(ThreadPoolExecutor, Executor))
