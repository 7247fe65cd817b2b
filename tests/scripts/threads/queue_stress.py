# 50 producers and 50 consumers through one bounded Queue: 10^4 items, none lost, none doubled.
import queue
import threading

q = queue.Queue(maxsize=100)
PRODUCERS = 50
CONSUMERS = 50
PER_PRODUCER = 200
results = []
results_lock = threading.Lock()


def produce(p):
    for i in range(PER_PRODUCER):
        q.put(p * PER_PRODUCER + i)


def consume():
    got = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        got.append(item)
        q.task_done()
    with results_lock:
        results.extend(got)


consumers = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
n = PRODUCERS * PER_PRODUCER
print(len(results), sum(results), sum(range(n)), sorted(results) == list(range(n)))
print(q.empty(), q.qsize(), q.unfinished_tasks)
