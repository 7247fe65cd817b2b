"""Beazley's countdown split over 2 processes (multiprocessing, fork) vs sequential: processes do
not share a GIL, so on 2 cores the split run should take about half the time.
Usage: gilpy countdown_processes.py [N] [REPEAT]   (also runs under python3)."""
import multiprocessing as mp
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
REPEAT = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def countdown(n):
    while n > 0:
        n -= 1


def best(fn):
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def two_processes():
    ps = [mp.Process(target=countdown, args=(N // 2,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()


if __name__ == "__main__":
    seq = best(lambda: countdown(N))
    par = best(two_processes)
    print(f"sequential {seq:.3f}s  2 processes {par:.3f}s  speed-up {seq / par:.2f}x")
