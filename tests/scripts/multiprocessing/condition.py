# multiprocessing.Condition across processes: children wait until the parent has set a shared
# value and notified them all; wait(timeout) returns False when nobody notifies.
import multiprocessing as mp


def waiter(cond, ready, results, i):
    with cond:
        ok = cond.wait_for(lambda: ready.value == 1, timeout=30)
        results.put((i, ok))


if __name__ == "__main__":
    cond = mp.Condition()
    ready = mp.Value("i", 0)
    results = mp.Queue()
    with cond:
        print("timeout:", cond.wait(0.05))
    kids = [mp.Process(target=waiter, args=(cond, ready, results, i)) for i in range(3)]
    for k in kids:
        k.start()
    with cond:
        ready.value = 1
        cond.notify_all()
    got = sorted(results.get(timeout=30) for _ in kids)
    for k in kids:
        k.join(30)
    print(got, [k.exitcode for k in kids])
    try:
        cond.notify()
    except (RuntimeError, AssertionError) as e:
        print("notify without the lock:", type(e).__name__)
    lock_cond = mp.Condition(mp.Lock())
    with lock_cond:
        lock_cond.notify()
        print("plain Lock works:", lock_cond.wait(0.01))
