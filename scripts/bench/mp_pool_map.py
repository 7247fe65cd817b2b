# Pool.map over a CPU-bound function, 2 worker processes.
import multiprocessing as mp


def work(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(sum(pool.map(work, [100_000] * 16)))
