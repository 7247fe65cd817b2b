# Timeouts are honoured: the call returns (or raises) after about the timeout, never hangs.
import queue
import threading
import time


def took(fn):
    start = time.monotonic()
    result = fn()
    elapsed = time.monotonic() - start
    return result, 0.045 <= elapsed < 3.0


lock = threading.Lock()
lock.acquire()
print("acquire", took(lambda: lock.acquire(timeout=0.05)))
print("acquire non-blocking", lock.acquire(False), lock.acquire(blocking=False))
lock.release()
print("acquire free", lock.acquire(timeout=0.05))
lock.release()

cond = threading.Condition()
with cond:
    print("condition wait", took(lambda: cond.wait(0.05)))
    print("wait_for", took(lambda: cond.wait_for(lambda: False, timeout=0.05)))

ev = threading.Event()
print("event wait", took(lambda: ev.wait(0.05)))
ev.set()
print("event set", ev.wait(0.05), ev.wait(0))

q = queue.Queue(maxsize=1)


def get_empty():
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        return "Empty"


print("get", took(get_empty))
q.put(1)


def put_full():
    try:
        q.put(2, timeout=0.05)
    except queue.Full:
        return "Full"


print("put", took(put_full))
try:
    q.put_nowait(3)
except queue.Full:
    print("put_nowait Full")
print(q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait Empty")

sem = threading.Semaphore(0)
print("semaphore", took(lambda: sem.acquire(timeout=0.05)))
release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
print("join", took(lambda: t.join(0.05)), t.is_alive())
release.set()
t.join()
print(t.is_alive())
for bad in (lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2), lambda: q.get(timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
