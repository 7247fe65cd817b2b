#!/usr/bin/env python3
"""Benchmark runner: every scripts/bench/*.py under the release gilpy and under CPython.

    python3 scripts/bench/run.py [--repeat 3] [--memory] [--markdown] [--gil POLICY] [--overhead]
                                 [--python PATH] [NAME ...]

Honest by construction:
- CPython is the real interpreter: the `sys.executable` of the python3 given (a version manager's
  shim on the PATH would add tens of milliseconds per start); the runner prints which one it ran.
- Each benchmark times its own work (benchlib.run: the same timing code under both interpreters)
  and reports it on stderr; start-up never enters a ratio and is printed on its own line.
- Every benchmark is sized to take at least a second under CPython; shorter ones are flagged.
- Runs are interleaved (python3, gilpy, python3, gilpy, ...) so that a slow phase of a shared
  machine weighs on both; the best run of each is kept. Both must print the same.
- --memory adds the peak resident memory of each process (VmHWM, reported by the program itself:
  for mp_* benchmarks, the parent process alone).
Never a pass/fail on time: the machines are shared. The geometric mean covers the single-thread
benchmarks (threads_* and mp_* are listed but measure the runtime's concurrency, not its speed).
"""
import argparse
import math
import os
import platform
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GILPY = os.path.join(ROOT, "target", "release", "gilpy")
NOT_BENCHMARKS = {"run.py", "benchlib.py"}
MARKER = "bench-seconds "
PEAK_MARKER = "bench-peak-kib "


class Run:
    """One finished process: the time its work took (its own measurement), its peak memory in
    MiB, and what it printed."""

    def __init__(self, seconds, peak_mib, stdout):
        self.seconds, self.peak_mib, self.stdout = seconds, peak_mib, stdout


def run_measured(cmd):
    """Run cmd, returning a Run with the timing and peak memory the program reported itself."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
    # Read both pipes to the end (either may fill), then reap.
    chunks = {"out": [], "err": []}

    def drain(stream, key):
        for block in iter(lambda: stream.read(65536), b""):
            chunks[key].append(block)

    readers = [threading.Thread(target=drain, args=(proc.stdout, "out")),
               threading.Thread(target=drain, args=(proc.stderr, "err"))]
    for t in readers:
        t.start()
    for t in readers:
        t.join()
    _, status, _ = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = b"".join(chunks["out"]).decode()
    err = b"".join(chunks["err"]).decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    lines = [l for l in err.splitlines() if l.startswith(MARKER)]
    if not lines:
        raise RuntimeError(f"{' '.join(cmd)} printed no '{MARKER}' line:\n{err}")
    peaks = [l for l in err.splitlines() if l.startswith(PEAK_MARKER)]
    peak_mib = int(peaks[-1][len(PEAK_MARKER):]) / 1024 if peaks else math.nan
    return Run(float(lines[-1][len(MARKER):]), peak_mib, out)


def best_interleaved(cmds, repeat):
    """Best run of each command (by its own timing), the commands taking turns; the peak memory
    is the largest seen."""
    best = [None] * len(cmds)
    peak = [0.0] * len(cmds)
    for _ in range(repeat):
        for i, cmd in enumerate(cmds):
            r = run_measured(cmd)
            peak[i] = max(peak[i], r.peak_mib)
            if best[i] is None or r.seconds < best[i].seconds:
                best[i] = r
    for i in range(len(cmds)):
        best[i].peak_mib = peak[i]
    return best


def startup(cmd, repeat):
    """Best wall time of `cmd -c pass`, measured from here (this is start-up alone)."""
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd + ["-c", "pass"], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def real_python(given):
    out = subprocess.run([given, "-c", "import sys, platform; print(sys.executable); print(platform.python_version()); "
                          "print(platform.python_compiler())"], capture_output=True, text=True, check=True).stdout.split("\n")
    return out[0], out[1], out[2]


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs of each benchmark under each interpreter (best kept)")
    ap.add_argument("--gil", default=None, help="GIL policy for gilpy (default: gilpy's default)")
    ap.add_argument("--overhead", action="store_true", help="also run gilpy with --gil off: the cost of the GIL check")
    ap.add_argument("--memory", action="store_true", help="print peak resident memory beside the times")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    ap.add_argument("--python", default="python3", help="the CPython to compare with (its sys.executable is used)")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not os.path.exists(GILPY):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    python, version, compiler = real_python(args.python)
    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f not in NOT_BENCHMARKS)
    extra = ["--gil", args.gil] if args.gil else []
    print(f"python3: {python} (CPython {version}, {compiler}); gilpy: {GILPY}{' ' + ' '.join(extra) if extra else ''}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}; best of {args.repeat} interleaved runs")
    cols = ["benchmark", "python3 s", "gilpy s", "ratio"]
    if args.memory:
        cols += ["python3 MiB", "gilpy MiB", "mem ratio"]
    if args.overhead:
        cols += ["gil-off s", "check cost"]
    if args.markdown:
        print("| " + " | ".join(cols) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(cols))) + "|")
    else:
        print(f"{cols[0]:<22}" + "".join(f"{c:>12}" for c in cols[1:]))
    ratios, mem_ratios, costs, notes = [], [], [], []
    failed = False
    for name in names:
        script = os.path.join(HERE, name + ".py")
        single_thread = not name.startswith(("threads_", "mp_"))
        overhead = args.overhead and single_thread
        cmds = [[python, script], [GILPY] + extra + [script]] + ([[GILPY, "--gil", "off", script]] if overhead else [])
        py, gp, *off = best_interleaved(cmds, args.repeat)
        ratio = gp.seconds / py.seconds
        cells = [name, f"{py.seconds:.3f}", f"{gp.seconds:.3f}", f"{ratio:.2f}x"]
        if single_thread:
            ratios.append(ratio)
            mem_ratios.append(gp.peak_mib / py.peak_mib)
        if args.memory:
            cells += [f"{py.peak_mib:.1f}", f"{gp.peak_mib:.1f}", f"{gp.peak_mib / py.peak_mib:.2f}x"]
        if overhead:
            costs.append(gp.seconds / off[0].seconds)
            cells += [f"{off[0].seconds:.3f}", f"{100 * (gp.seconds / off[0].seconds - 1):+.1f}%"]
        if gp.stdout != py.stdout:
            failed = True
            notes.append(f"{name}: OUTPUT DIFFERS\n  python3: {py.stdout[:300]!r}\n  gilpy:   {gp.stdout[:300]!r}")
        if py.seconds < 1.0:
            notes.append(f"{name}: python3 took {py.seconds:.2f} s (< 1 s: more noise than signal)")
        if args.markdown:
            print("| " + " | ".join(cells) + " |", flush=True)
        else:
            print(f"{cells[0]:<22}" + "".join(f"{c:>12}" for c in cells[1:]), flush=True)
    if ratios:
        geo = geometric_mean(ratios)
        worst = max(zip(ratios, [n for n in names if not n.startswith(("threads_", "mp_"))]))
        print(f"geometric mean (single-thread, {len(ratios)} benchmarks): {geo:.2f}x, worst {worst[0]:.2f}x ({worst[1]})")
        if args.memory:
            print(f"peak memory, geometric mean of gilpy/python3: {geometric_mean(mem_ratios):.2f}x, worst {max(mem_ratios):.2f}x")
    if costs:
        print(f"GIL check cost (default policy vs --gil off, single thread): {100 * (geometric_mean(costs) - 1):+.1f}%")
    py_start = startup([python], max(args.repeat, 10))
    gp_start = startup([GILPY], max(args.repeat, 10))
    print(f"start-up (`-c pass`, best of {max(args.repeat, 10)}, not in any ratio): python3 {1000 * py_start:.1f} ms, gilpy {1000 * gp_start:.1f} ms")
    for note in notes:
        print("note: " + note)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
