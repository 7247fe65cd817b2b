# Many items and a large item through multiprocessing Queues: nothing lost, nothing blocks for ever
# (put returns at once: a feeder thread writes to the pipe).
import multiprocessing as mp

N = 5000


def produce(q, k):
    for i in range(N):
        q.put((k, i))
    q.put((k, None))


def big(q):
    q.put(b"x" * 1_000_000)
    q.put("after the big one")


if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=produce, args=(q, k)) for k in range(2)]
    for p in ps:
        p.start()
    seen = {0: [], 1: []}
    finished = 0
    while finished < 2:
        k, i = q.get(timeout=30)
        if i is None:
            finished += 1
        else:
            seen[k].append(i)
    for p in ps:
        p.join()
    print([len(v) for v in seen.values()], all(v == list(range(N)) for v in seen.values()))
    q2 = mp.Queue()
    b = mp.Process(target=big, args=(q2,))
    b.start()
    b.join(0.5)
    print("child still flushing its feeder before anyone reads:", b.exitcode)
    print(len(q2.get(timeout=30)), q2.get(timeout=30))
    b.join(30)
    print("then it exits:", b.exitcode)
    local = mp.Queue()
    for i in range(1000):
        local.put(i)
    print(sum(local.get(timeout=30) for _ in range(1000)))
