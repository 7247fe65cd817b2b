# Forking while other threads run, wait on locks, on a Condition and for the GIL: the child has
# only the forking thread and can use threads, locks and the inherited Condition at once.
import multiprocessing as mp
import queue
import threading


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1


def child(results, cond):
    lock = threading.Lock()
    total = [0]

    def add(k):
        for _ in range(1000):
            with lock:
                total[0] += k

    ts = [threading.Thread(target=add, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    q = queue.Queue()
    helper = threading.Thread(target=lambda: q.put(sum(range(100))))
    helper.start()
    helper.join()
    with cond:
        cond.notify_all()   # the parent's waiters are not here; nothing to wake
    print("child sees", threading.active_count(), "thread", flush=True)
    results.put((total[0], q.get(timeout=10)))


if __name__ == "__main__":
    stop = threading.Event()
    gate = threading.Lock()
    gate.acquire()
    cond = threading.Condition()
    released = []

    def pass_gate():
        with gate:
            released.append(1)

    def wait_cond():
        with cond:
            cond.wait(30)

    threads = [threading.Thread(target=spin, args=(stop,)) for _ in range(2)]
    threads += [threading.Thread(target=pass_gate) for _ in range(2)]
    threads += [threading.Thread(target=wait_cond) for _ in range(2)]
    for t in threads:
        t.start()
    results = mp.Queue()
    codes = []
    for i in range(10):
        p = mp.Process(target=child, args=(results, cond))
        p.start()
        p.join(30)
        codes.append(p.exitcode)
    got = [results.get(timeout=30) for _ in range(10)]
    print(codes)
    print(got == [(6000, 4950)] * 10)
    stop.set()
    gate.release()
    with cond:
        cond.notify_all()
    for t in threads:
        t.join(30)
    print("parent threads done:", len(released), [t.is_alive() for t in threads].count(True))
