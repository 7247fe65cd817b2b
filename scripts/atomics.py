"""Counts the atomic read-modify-write (lock-prefixed) instructions a run executed, by function:
what the object model costs under the GIL, which instruction counts hide (docs/object-model.md).

    valgrind --tool=callgrind --dump-instr=yes --compress-pos=no --compress-strings=no \
        --callgrind-out-file=prof target/release/gilpy script.py
    python3 scripts/atomics.py prof target/release/gilpy
"""
import collections
import re
import subprocess
import sys

prof, binary = sys.argv[1], sys.argv[2]
libc = "/usr/lib/x86_64-linux-gnu/libc.so.6"
def lock_addrs(path):
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", path], capture_output=True, text=True).stdout
    addrs = set()
    for line in out.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+(lock |xchg)", line)
        if m:
            addrs.add(int(m.group(1), 16))
    return addrs
targets = {binary: lock_addrs(binary), libc: lock_addrs(libc)}
counts = collections.Counter(); total = collections.Counter()
ob = None; skip = False; fn = None; perfn = collections.Counter()
for line in open(prof):
    if line.startswith("ob="):
        ob = line[3:].strip(); continue
    if line.startswith("fn="):
        fn = line[3:].strip(); continue
    if line.startswith("calls="):
        skip = True; continue
    if line.startswith("0x"):
        if skip:
            skip = False; continue
        parts = line.split()
        addr = int(parts[0], 16); c = int(parts[2]) if len(parts) > 2 else 0
        total[ob] += c
        if ob in targets and addr in targets[ob]:
            counts[ob] += c; perfn[fn] += c
    elif not line.startswith(("cfn=", "cob=", "cfi=", "cfl=", "fi=", "fe=", "fl=")):
        skip = False
for ob, c in counts.items():
    print(f"{ob}: {c} atomic RMW instructions")
print("top functions:")
for f, c in perfn.most_common(15):
    print(f"{c:>10} {f[:110]}")
