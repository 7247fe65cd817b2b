# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue ordering, maxsize and full(), Full/Empty with
# block=False and timeouts, timeout checks, task_done()/join() with worker threads, many producers
# and consumers (nothing lost), subclass storage hooks, reprs of the classes and generic aliases.
import queue
import threading

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue[int], queue.SimpleQueue[str])
print(queue.__all__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
    print(sorted(k for k in vars(q)))

q = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "x")]:
    q.put(item)
print([q.get_nowait() for _ in range(4)])

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize(), q.maxsize)
for call in (lambda: q.put(3, block=False), lambda: q.put_nowait(3), lambda: q.put(3, timeout=0.01),
             lambda: q.put(3, True, 0)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(q.get(timeout=-0.0 + 1), q.get(False))
for call in (lambda: q.get(block=False), q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
q.put(7)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError even with an item", e, q.qsize())
q2 = queue.Queue()
q2.put("x", timeout=-5)  # unbounded: the timeout is never looked at
print(q2.get())

try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError", e)

# task_done/join with workers
work = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            results.append(item * item)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for i in range(200):
    work.put(i)
work.join()
print("joined", len(results), sum(results), work.unfinished_tasks)
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print("workers done", work.qsize(), work.unfinished_tasks)

# bounded queue, many producers and consumers: nothing lost, nothing duplicated
bq = queue.Queue(maxsize=3)
got = []


def producer(base):
    for i in range(100):
        bq.put(base + i)


def consumer(n):
    mine = [bq.get() for _ in range(n)]
    with lock:
        got.extend(mine)


ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
cs = [threading.Thread(target=consumer, args=(50,)) for _ in range(8)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
print("bounded", len(got), sorted(got) == sorted(k * 1000 + i for k in range(4) for i in range(100)))

# a getter blocked in get() is woken by a put from another thread
wq = queue.Queue()
out = []
t = threading.Thread(target=lambda: out.append(wq.get(timeout=30)))
t.start()
wq.put("wake")
t.join()
print(out)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(3):
    sq.put(i)
sq.put_nowait(3)
sq.put(4, block=False, timeout=1)
print(sq.qsize(), sq.empty(), [sq.get() for _ in range(4)], sq.get_nowait())
for call in (sq.get_nowait, lambda: sq.get(False), lambda: sq.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
sres = []
sts = [threading.Thread(target=lambda: sres.append(sq.get())) for _ in range(5)]
for t in sts:
    t.start()
for i in range(5):
    sq.put(i)
for t in sts:
    t.join()
print(sorted(sres))


class Fifo2(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.insert(0, item)

    def _get(self):
        return self.queue.pop()


f = Fifo2()
for c in "abc":
    f.put(c)
print([f.get() for _ in range(3)], f.empty())
