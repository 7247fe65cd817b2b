"""I/O-bound work done two ways: a thread per request, and one thread running coroutines.

Each "request" waits (a sleep stands for the network) and then does a little CPU work. With
threads, the waits overlap because a sleeping thread lets go of the GIL; with asyncio, they
overlap because a waiting coroutine hands the loop to the others. Both finish in about the time
of the longest wait rather than the sum of them. Only deterministic results are printed (the
timings go to stderr with -v).

    gilpy scripts/examples/threads_vs_asyncio.py [-v]
"""

import asyncio
import sys
import threading
import time

REQUESTS = 20
WAIT = 0.05


def digest(i):
    """The CPU part of handling a request."""
    h = 0
    for ch in f"request-{i}" * 50:
        h = (h * 31 + ord(ch)) % 1_000_003
    return h


def handle_blocking(i, results, lock):
    time.sleep(WAIT)
    d = digest(i)
    with lock:
        results[i] = d


def with_threads():
    results = {}
    lock = threading.Lock()
    workers = [threading.Thread(target=handle_blocking, args=(i, results, lock)) for i in range(REQUESTS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return [results[i] for i in range(REQUESTS)]


async def handle_async(i):
    await asyncio.sleep(WAIT)
    return digest(i)


async def with_asyncio():
    return await asyncio.gather(*(handle_async(i) for i in range(REQUESTS)))


async def with_asyncio_and_threads():
    # Blocking calls handed to the loop's thread pool, awaited like coroutines.
    def blocking(i):
        time.sleep(WAIT)
        return digest(i)

    return await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(REQUESTS)))


def timed(label, fn):
    start = time.perf_counter()
    out = fn()
    elapsed = time.perf_counter() - start
    if "-v" in sys.argv:
        print(f"{label}: {elapsed:.3f}s for {REQUESTS} waits of {WAIT}s", file=sys.stderr)
    # Overlapped waits: far less than one after the other.
    return out, elapsed < REQUESTS * WAIT / 2


a, fast_a = timed("threads", with_threads)
b, fast_b = timed("asyncio", lambda: asyncio.run(with_asyncio()))
c, fast_c = timed("asyncio+to_thread", lambda: asyncio.run(with_asyncio_and_threads()))
print("same results:", a == b == c)
print("first digests:", a[:3])
print("waits overlapped:", fast_a, fast_b, fast_c)
