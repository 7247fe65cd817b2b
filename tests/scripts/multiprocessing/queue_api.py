# multiprocessing.Queue's API as CPython 3.11 on Linux: qsize counts items put and not yet taken
# (also across processes), full/empty, the Full and Empty exceptions, close(), SimpleQueue,
# JoinableQueue; BoundedSemaphore refuses to be released past its start value.
import multiprocessing as mp
import queue


def fill(q, n):
    for i in range(n):
        q.put(i)
    q.close()
    q.join_thread()


if __name__ == "__main__":
    q = mp.Queue(maxsize=3)
    print(q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put(i)
    print(q.qsize(), q.full())
    try:
        q.put_nowait(99)
    except queue.Full:
        print("Full")
    try:
        q.put(99, timeout=0.05)
    except queue.Full:
        print("Full after timeout")
    print([q.get(timeout=5) for _ in range(3)], q.qsize())
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty")
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")

    big = mp.Queue()
    p = mp.Process(target=fill, args=(big, 500))
    p.start()
    p.join(30)
    print("child put", big.qsize(), "items", p.exitcode)
    print(sum(big.get(timeout=5) for _ in range(500)), big.qsize(), big.empty())

    q.close()
    try:
        q.put(1)
    except ValueError as e:
        print("ValueError:", str(e).startswith("Queue") and str(e).endswith("is closed"))

    s = mp.SimpleQueue()
    print(s.empty())
    s.put([1, 2])
    print(s.get(), s.empty())

    j = mp.JoinableQueue()
    for i in range(5):
        j.put(i)
    for i in range(5):
        j.get()
        j.task_done()
    j.join()
    try:
        j.task_done()
    except ValueError as e:
        print("ValueError:", e)

    b = mp.BoundedSemaphore(2)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    sem = mp.Semaphore(0)
    print(sem.acquire(timeout=0.05), sem.get_value())
    sem.release()
    sem.release()
    print(sem.get_value(), sem.acquire(False), sem.get_value())
