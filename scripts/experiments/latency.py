"""Wake-up latency: a thread sleeps 10 ms in a loop next to 0, 1, 2, 3 CPU-bound threads; how
late does it wake (the time past the 10 ms it asked for)? The lateness is time spent waiting for
the GIL after the sleep ended. Usage: gilpy [--gil POLICY] latency.py [ROUNDS]  (also python3)."""
import sys
import threading
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 50
SLEEP = 0.010


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1


def measure(busy):
    stop = threading.Event()
    spinners = [threading.Thread(target=spin, args=(stop,)) for _ in range(busy)]
    for t in spinners:
        t.start()
    late = []

    def sleeper():
        for _ in range(ROUNDS):
            start = time.perf_counter()
            time.sleep(SLEEP)
            late.append(time.perf_counter() - start - SLEEP)

    s = threading.Thread(target=sleeper)
    s.start()
    s.join()
    stop.set()
    for t in spinners:
        t.join()
    late.sort()
    return sum(late) / len(late), late[len(late) // 2], late[-1]


print(f"{'cpu threads':>11} {'mean late ms':>13} {'median ms':>10} {'max ms':>8}")
for busy in range(4):
    mean, median, worst = measure(busy)
    print(f"{busy:>11} {mean * 1e3:>13.3f} {median * 1e3:>10.3f} {worst * 1e3:>8.3f}")
