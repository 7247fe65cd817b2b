# Pool.map over a CPU-bound function, 2 worker processes.
import multiprocessing as mp

from benchlib import run


def work(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


def main():
    with mp.Pool(2) as pool:
        return sum(pool.map(work, [500_000] * 16))


if __name__ == "__main__":
    run(main)
