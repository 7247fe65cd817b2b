# 8 threads x 10^4 increments of a shared counter under a Lock: the total is exact.
import threading

counter = 0
lock = threading.Lock()


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=bump, args=(10_000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

# The same with an RLock taken twice per increment.
rl = threading.RLock()
total = [0]


def bump_reentrant(n):
    for _ in range(n):
        with rl:
            with rl:
                total[0] += 1


threads = [threading.Thread(target=bump_reentrant, args=(5_000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0])
