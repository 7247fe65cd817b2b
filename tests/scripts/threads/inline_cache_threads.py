# One thread replaces a class's method while others call it through cached sites: every
# call sees one of the methods, never anything else, and the last change is seen by all.
import threading

class Worker:
    def step(self):
        return 1

def v1(self):
    return 1

def v2(self):
    return 2

results = []
lock = threading.Lock()
start = threading.Barrier(5)

def reader():
    w = Worker()
    seen = set()
    start.wait()
    for _ in range(20000):
        seen.add(w.step())
    with lock:
        results.append(sorted(seen - {1, 2}))

def writer():
    start.wait()
    for i in range(2000):
        Worker.step = v2 if i % 2 else v1
    Worker.step = v2

threads = [threading.Thread(target=reader) for _ in range(4)] + [threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(Worker().step())
