# Items from a child process to the parent through a multiprocessing.Queue.
import multiprocessing as mp

from benchlib import run

N = 50_000


def produce(q):
    for i in range(N):
        q.put(i)
    q.put(None)


def main():
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
    return total


if __name__ == "__main__":
    run(main)
