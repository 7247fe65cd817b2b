# A Rust panic in a child process's target is a SystemError there, like any uncaught exception:
# the child's exit code is 1 (never 0, never a hang), under fork and under spawn.
import multiprocessing as mp
import sys

import _gil


def target():
    _gil._panic_for_tests("in a child")


def caught():
    try:
        _gil._panic_for_tests("caught in a child")
    except SystemError as e:
        print("child caught", type(e).__name__, "caught in a child" in str(e), flush=True)


if __name__ == "__main__":
    for method in ["fork", "spawn"]:
        ctx = mp.get_context(method)
        p = ctx.Process(target=target)
        p.start()
        p.join()
        print(method, "exitcode", p.exitcode)
        p = ctx.Process(target=caught)
        p.start()
        p.join()
        print(method, "exitcode", p.exitcode)
    print("parent goes on", file=sys.stderr)
