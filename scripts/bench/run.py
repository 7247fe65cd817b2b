#!/usr/bin/env python3
"""Benchmark runner: runs every scripts/bench/*.py under the release gilpy and under python3,
checks that both print the same, and prints each time (best of --repeat runs, python3 and gilpy
taking turns), the ratio
gilpy/python3 and the geometric mean. Never a pass/fail on time: the machines are shared.

    python3 scripts/bench/run.py [--repeat 3] [--gil POLICY] [--overhead] [NAME ...]

--overhead also runs the single-thread benchmarks under `--gil off` and prints the cost of the
GIL check (default policy vs off). The startup line compares `gilpy -c pass` with `python3 -c pass`.
"""
import argparse
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GILPY = os.path.join(ROOT, "target", "release", "gilpy")


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, proc.stdout


def timed_together(cmds, repeat):
    """Best time and output of each command, runs interleaved (a, b, a, b, ...) so that the machine
    slowing down or speeding up for a while (shared VMs do) weighs on all of them alike."""
    best = [math.inf] * len(cmds)
    outs = [None] * len(cmds)
    for _ in range(repeat):
        for i, cmd in enumerate(cmds):
            elapsed, outs[i] = run_once(cmd)
            best[i] = min(best[i], elapsed)
    return list(zip(best, outs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gil", default=None, help="GIL policy for gilpy (default: gilpy's default)")
    ap.add_argument("--overhead", action="store_true", help="also compare the default policy with --gil off")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not os.path.exists(GILPY):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    extra = ["--gil", args.gil] if args.gil else []
    print(f"{'benchmark':<22} {'python3 s':>10} {'gilpy s':>10} {'ratio':>7}" + ("   gil-off s  check cost" if args.overhead else ""))
    ratios = []
    costs = []
    failed = False
    for name in names:
        script = os.path.join(HERE, name + ".py")
        overhead = args.overhead and not name.startswith(("threads_", "mp_"))
        cmds = [[sys.executable, script], [GILPY] + extra + [script]] + ([[GILPY, "--gil", "off", script]] if overhead else [])
        (py_t, py_out), (gp_t, gp_out), *off = timed_together(cmds, args.repeat)
        ratio = gp_t / py_t
        ratios.append(ratio)
        line = f"{name:<22} {py_t:>10.3f} {gp_t:>10.3f} {ratio:>6.2f}x"
        if gp_out != py_out:
            failed = True
            line += "   OUTPUT DIFFERS"
        if overhead:
            off_t = off[0][0]
            costs.append(gp_t / off_t)
            line += f"   {off_t:>9.3f}  {100 * (gp_t / off_t - 1):+6.1f}%"
        print(line, flush=True)
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geometric mean':<22} {'':>10} {'':>10} {geo:>6.2f}x   (worst {max(ratios):.2f}x)")
    if costs:
        cost = math.exp(sum(math.log(c) for c in costs) / len(costs))
        print(f"GIL check cost (default policy vs --gil off, single thread): {100 * (cost - 1):+.1f}%")
    (py_start, _), (gp_start, _) = timed_together([[sys.executable, "-c", "pass"], [GILPY, "-c", "pass"]], max(args.repeat, 5))
    print(f"startup (-c pass)      {py_start:>10.4f} {gp_start:>10.4f} {gp_start / py_start:>6.2f}x")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
