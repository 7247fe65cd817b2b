# sched: threads add events while the scheduler runs; every event runs once, in time order.
import sched
import threading
import time

s = sched.scheduler(time.monotonic, time.sleep)
ran = []
lock = threading.Lock()


def work(tag):
    with lock:
        ran.append(tag)


def adder(k):
    for i in range(20):
        s.enter(0.001 * (i % 3), k, work, ((k, i),))


threads = [threading.Thread(target=adder, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
s.run()
print(len(ran), sorted(ran) == sorted((k, i) for k in range(4) for i in range(20)), s.empty())
