# Locks, queues, events and shared values passed to spawned children.
import multiprocessing as mp


def worker(q, jq, lock, rlock, sem, ev, cond, val, arr, n):
    ev.wait()
    for i in range(n):
        with lock:
            val.value += 1
        with arr.get_lock():
            arr[i % len(arr)] += 1
    with rlock:
        with rlock:
            pass
    sem.release()
    q.put(("done", n))
    jq.put(n)
    with cond:
        cond.notify_all()


def consumer(jq, total):
    seen = 0
    while seen < total:
        jq.get()
        jq.task_done()
        seen += 1


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    q = ctx.Queue()
    jq = ctx.JoinableQueue()
    lock = ctx.Lock()
    rlock = ctx.RLock()
    sem = ctx.Semaphore(0)
    ev = ctx.Event()
    cond = ctx.Condition()
    val = ctx.Value('i', 0)
    arr = ctx.Array('d', 4)
    ps = [ctx.Process(target=worker, args=(q, jq, lock, rlock, sem, ev, cond, val, arr, 50 + i)) for i in range(3)]
    for p in ps:
        p.start()
    ev.set()
    results = sorted(q.get(timeout=30) for _ in ps)
    print(results)
    c = ctx.Process(target=consumer, args=(jq, 3))
    c.start()
    jq.join()
    c.join()
    for p in ps:
        p.join()
    for _ in ps:
        assert sem.acquire(timeout=10)
    print("value", val.value, "array", list(arr), "sum", sum(arr))
    print("exitcodes", [p.exitcode for p in ps], c.exitcode)
    try:
        ctx.SimpleQueue().put(lock)
    except RuntimeError as e:
        print("RuntimeError:", e)
