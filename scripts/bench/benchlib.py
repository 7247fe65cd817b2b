"""Timing shared by every benchmark in this folder.

The work is timed inside the program, by the same code under gilpy and under python3, so an
interpreter's start-up (and a version manager's shim in front of python3) never enters a ratio.
`run(main)` calls `main()`, prints what it returns (the runner checks both interpreters print the
same) and writes `bench-seconds S` on stderr, where run.py reads it, and `bench-peak-kib K`: the
process's peak resident memory (VmHWM of /proc/self/status, Linux; the kernel's per-process figure
from wait4 would include the runner's own memory, inherited across exec).
"""
import sys
import time


def run(main, *args, repeat=1):
    """Times `repeat` calls of main(*args) (a benchmark sized by repetition) and prints the last
    result."""
    start = time.perf_counter()
    for _ in range(repeat):
        result = main(*args)
    elapsed = time.perf_counter() - start
    if result is not None:
        print(result)
    sys.stdout.flush()
    print(f"bench-seconds {elapsed:.6f}", file=sys.stderr)
    peak = peak_kib()
    if peak is not None:
        print(f"bench-peak-kib {peak}", file=sys.stderr)


def peak_kib():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None
