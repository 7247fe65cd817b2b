"""Beazley's countdown: the same CPU-bound work run sequentially, then split over 2 threads.
Each variant runs REPEAT times and the best time counts (the machines are shared and noisy).
Usage: gilpy [--gil POLICY] [--switch-interval N] countdown.py [N] [REPEAT]   (also runs under python3)."""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
REPEAT = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def countdown(n):
    while n > 0:
        n -= 1


def sequential():
    countdown(N)


def two_threads():
    threads = [threading.Thread(target=countdown, args=(N // 2,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def best(fn):
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


seq = best(sequential)
thr = best(two_threads)
print(f"sequential {seq:.3f}s  2 threads {thr:.3f}s  ratio {thr / seq:.2f}")
