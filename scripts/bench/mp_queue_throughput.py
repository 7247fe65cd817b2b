# 20000 items from a child process to the parent through a multiprocessing.Queue.
import multiprocessing as mp

N = 20_000


def produce(q):
    for i in range(N):
        q.put(i)
    q.put(None)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q,))
    p.start()
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    p.join()
    print(total)
