"""A ccbench-style GIL benchmark (after CPython's old Tools/ccbench): how much work N CPU-bound
threads get done compared with one, and how late a thread that wakes every 10 ms is when CPU-bound
threads run beside it.

  throughput: iterations per second of a pure-Python task (digits of pi by Gibbons' spigot) run by
              1 thread, then by N threads together, as a percentage of the one thread's rate
              (100 % under a GIL means no loss; N x 100 % would be true parallelism)
  latency:    a thread sleeping 10 ms at a time, next to N-1 CPU-bound threads: how far past the
              10 ms it gets to run again (mean and standard deviation)

Usage (also under python3):
  gilpy [--gil POLICY] ccbench.py                 every row: 1..4 threads, 0..3 CPU threads beside
  THREADS=2 gilpy ccbench.py                      one row of each table (N=2)
  gilpy --compare all,python3 --sweep THREADS=1,2,3,4 --report out/ scripts/experiments/ccbench.py
Environment: THREADS (N), DURATION (seconds per measurement, default 1.0)."""
import os
import threading
import time

DURATION = float(os.environ.get("DURATION", "1.0"))
TASK = "Pi calculation (Python)"


def pi_digits(count):
    """The first `count` decimal digits of pi (Gibbons' unbounded spigot)."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def task():
    pi_digits(60)


def cpu_worker(stop, counts, i):
    n = 0
    while not stop.is_set():
        task()
        n += 1
    counts[i] = n


def run_cpu_threads(nthreads, duration, beside=None):
    """Runs `nthreads` CPU-bound workers for `duration` seconds (and `beside`, a function run in
    this thread meanwhile); returns the iterations per second they did together."""
    stop = threading.Event()
    counts = [0] * nthreads
    workers = [threading.Thread(target=cpu_worker, args=(stop, counts, i)) for i in range(nthreads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    if beside is not None:
        beside(duration)
    else:
        time.sleep(duration)
    stop.set()
    for w in workers:
        w.join()
    return sum(counts) / (time.perf_counter() - start)


def throughput(nthreads):
    base = run_cpu_threads(1, DURATION)
    if nthreads == 1:
        print(f"threads=1: {base:.0f} iterations/s.")
        return
    rate = run_cpu_threads(nthreads, DURATION)
    print(f"threads={nthreads}: {rate:.0f} ({100 * rate / base:3.0f} %)")


def latency(cpu_threads):
    """Mean and standard deviation (ms) of how late 10 ms sleeps end, next to CPU threads."""
    late = []

    def sleeper(duration):
        end = time.perf_counter() + duration
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            time.sleep(0.010)
            late.append(time.perf_counter() - t0 - 0.010)

    if cpu_threads == 0:
        sleeper(DURATION)
    else:
        run_cpu_threads(cpu_threads, DURATION, beside=sleeper)
    mean = sum(late) / len(late)
    dev = (sum((x - mean) ** 2 for x in late) / len(late)) ** 0.5
    print(f"CPU threads={cpu_threads}: {mean * 1e3:.1f} ms. (std dev: {dev * 1e3:.1f} ms.)")


def main():
    given = os.environ.get("THREADS")
    counts = [int(given)] if given else [1, 2, 3, 4]
    print("--- Throughput ---\n")
    print(f"{TASK}\n")
    for n in counts:
        throughput(n)
    print("\n--- Latency ---\n")
    print(f"Background CPU task: {TASK}\n")
    for n in counts:
        latency(n - 1)


main()
