"""The convoy effect: an I/O-bound thread next to a CPU-bound one. The I/O thread makes many short
blocking calls (a device that answers in 0.1 ms, modelled by time.sleep); each call gives the GIL
up, and the thread must get it back before its next call. Alone it runs at the device's speed;
next to a CPU-bound thread it waits, after every call, until the CPU thread lets the GIL go
(python3: up to the 5 ms switch interval each time). Prints how long the I/O work took alone and
next to the CPU thread, and how far the CPU thread counted meanwhile.
Usage: gilpy [--gil POLICY] io_convoy.py [CALLS]   (also runs under python3)."""
import sys
import threading
import time

CALLS = int(sys.argv[1]) if len(sys.argv) > 1 else 300
DEVICE = 0.0001


def io_work():
    for _ in range(CALLS):
        time.sleep(DEVICE)


def spin(stop, done):
    n = 0
    while not stop.is_set():
        n += 1
    done.append(n)


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


alone = timed(io_work)
stop = threading.Event()
done = []
cpu = threading.Thread(target=spin, args=(stop, done))
cpu.start()
together = timed(io_work)
stop.set()
cpu.join()
print(f"{CALLS} blocking calls of {DEVICE * 1e3:.1f} ms: alone {alone * 1e3:.0f} ms, "
      f"next to a CPU thread {together * 1e3:.0f} ms ({together / alone:.1f}x, "
      f"{together / CALLS * 1e3:.2f} ms per call); the CPU thread counted to {done[0]}")
