"""Huge-int argument sweep: calls many builtins and methods of built-in types with integers that do
not fit a machine word (2**100, -2**100, 2**63, bools, objects with `__index__`), under python3 and
under gilpy, and compares the outcome of each call: the exception type and message, or a short
repr of the result. Prints the differing calls and the counts.

    python3 scripts/huge_int_sweep.py target/release/gilpy [--show N]

Run it with python3.11 (the reference).
"""
import json
import os
import subprocess
import sys
import tempfile

# The worker both interpreters run: evaluates each expression, prints one JSON line per case.
WORKER = r'''
import json, sys, itertools, array, collections, operator

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __repr__(self): return "Idx(%d)" % self.n

class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n

H, NH, W = 2**100, -2**100, 2**63
HI, NHI = Idx(2**100), Idx(-2**100)

def outcome(expr):
    try:
        r = eval(expr)
        if hasattr(r, "__next__"):
            r = list(itertools.islice(r, 3))
        text = repr(r)
        return ["ok", text[:60]]
    except BaseException as e:
        return [type(e).__name__, str(e)]

with open(sys.argv[1], encoding="utf-8") as f:
    cases = json.load(f)
for expr in cases:
    print(json.dumps([expr] + outcome(expr)), flush=True)
'''

HUGE = ["H", "NH", "W", "-W", "HI", "NHI", "True", "Idx(3)"]


def cases():
    out = []
    for h in HUGE:
        out += [
            f"len(Len({h}))",
            f"[1, 2][{h}]", f"[1, 2][{h}:]", f"[1, 2][:{h}]", f"[1, 2, 3][::{h}]",
            f"'abc'[{h}]", f"'abc'[{h}:]", f"'abc'[:{h}:{h}]", f"b'abc'[{h}]", f"(1, 2)[{h}]",
            f"bytearray(b'ab')[{h}]", f"range(5)[{h}]", f"range(5)[{h}:]",
            f"[].insert({h}, 1)", f"[1].pop({h})", f"[1, 2].index(1, 0, {h})", f"[1, 2].index(1, {h})",
            f"(1, 2).index(1, 0, {h})", f"'abc'.index('a', 0, {h})", f"'abc'.find('a', {h})",
            f"'abc'.count('a', {h})", f"b'abc'.find(b'a', {h})", f"'abc'.startswith('a', {h})",
            f"list(enumerate('ab', {h}))", f"'a' * {h}", f"{h} * 'a'", f"[1] * {h}", f"(1,) * {h}",
            f"b'a' * {h}", f"bytearray(b'a') * {h}",
            f"range({h})", f"len(range({h}))", f"range(0, {h}, 3)[1]", f"bool(range({h}))",
            f"bytes({h})", f"bytearray({h})", f"'a'.center({h})", f"'a'.ljust({h})", f"'a'.rjust({h})",
            f"'a'.zfill({h})", f"b'a'.center({h})", f"b'a'.zfill({h})", f"'a'.expandtabs({h})",
            f"'a b'.split(None, {h})", f"'a b'.rsplit(' ', {h})", f"'aa'.replace('a', 'b', {h})",
            f"b'aa'.replace(b'a', b'b', {h})", f"b'a b'.split(None, {h})",
            f"itertools.islice('abc', {h})", f"itertools.islice('abc', 0, {h})",
            f"itertools.islice('abc', {h}, None)", f"itertools.repeat(1, {h})",
            f"itertools.combinations('ab', {h})", f"itertools.permutations('ab', {h})",
            f"itertools.product('ab', repeat={h})", f"itertools.count({h})",
            f"array.array('b', [1]) * {h}", f"array.array('b', [1])[{h}]", f"array.array('b', [1]).pop({h})",
            f"array.array('b', [1]).insert({h}, 1)",
            f"collections.deque([1], {h})", f"collections.deque([1]).rotate({h})",
            f"collections.deque([1])[{h}]", f"collections.deque([1]).insert({h}, 2)",
            f"chr({h})", f"hex({h})", f"round(1.5, {h})", f"int('1', {h})",
            f"'{{}}'.format({h})", f"format(1, '{{}}'.format({h}))", f"operator.index({h})",
            f"memoryview(b'ab')[{h}]", f"bytes([{h}])", f"bytearray([{h}])", f"bytes(range({h}, {h}+1))",
            f"[1, 2, 3][slice({h})]", f"slice(1, {h}).indices(5)", f"slice({h}).indices({h})",
            f"'abc'.__getitem__({h})", f"list(range(3)).__delitem__({h})", f"[1, 2].__setitem__({h}, 0)",
            f"sum([1], {h})", f"pow(2, 3, {h})", f"divmod({h}, 7)", f"(1).to_bytes({h}, 'big')",
            f"int.from_bytes(b'a', 'big') << {h}", f"1 >> {h}", f"'%*d' % ({h}, 1)", f"'%.*f' % ({h}, 1.5)",
            f"[0] * 3 * {h}", f"'abc'.splitlines({h})", f"'ab'.encode().hex(':', {h})",
            f"__import__('math').factorial({h})", f"__import__('math').comb({h}, 2)",
            f"__import__('math').isqrt({h})", f"__import__('math').ldexp(1.0, {h})",
            f"__import__('time').sleep({h})" if h in ("NH", "-W", "NHI") else f"abs({h})",
            f"__import__('os').read(0, {h})" if h in ("NH", "-W") else f"bin({h})",
            f"__import__('random').Random(1).randrange({h})" if h != "True" else "0",
            f"__import__('io').BytesIO(b'abc').read({h})", f"__import__('io').StringIO('abc').read({h})",
            f"__import__('io').BytesIO(b'abc').seek({h})", f"__import__('io').StringIO('a').seek({h})",
            f"__import__('struct').pack('i', {h})", f"__import__('struct').pack('q', {h})",
            f"'a'.encode().ljust({h})", f"str({h})[:20]", f"next(reversed(range({h})))",
            f"[1, 2][{h}] if 0 else ''.join(['a'] * {h})",
        ]
    out += ["eval('1\\0')", "compile('1\\0', 'f', 'exec')", "exec('1\\0')", "eval(b'1\\0')",
            "compile(b'x=1\\0', 'f', 'exec')"]
    return out


def run(interp, all_cases):
    """Runs the cases in one child; when it dies (a panic, an abort), the case it was on is recorded
    as a crash and a new child goes on from the next one."""
    rows = {}
    todo = list(all_cases)
    while todo:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(todo, f)
            path = f.name
        try:
            p = subprocess.run([interp, "-c", WORKER, path], capture_output=True, text=True, timeout=600,
                               stdin=subprocess.DEVNULL)
        finally:
            os.unlink(path)
        for line in p.stdout.splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            rows[row[0]] = row[1:]
        todo = [c for c in todo if c not in rows]
        if todo:
            rows[todo[0]] = ["crash", f"exit {p.returncode}: {p.stderr.strip()[-200:]}"]
            todo = todo[1:]
    return rows


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    gilpy = args[0]
    show = int(args[args.index("--show") + 1]) if "--show" in args else 200
    all_cases = list(dict.fromkeys(cases()))
    want = run(sys.executable, all_cases)
    got = run(gilpy, all_cases)
    diffs = []
    for expr in all_cases:
        w, g = want.get(expr), got.get(expr)
        if w != g:
            diffs.append((expr, w, g))
    for expr, w, g in diffs[:show]:
        print(f"{expr}\n   python3: {w}\n   gilpy:   {g}")
    print(f"{len(all_cases)} cases, {len(diffs)} differ")


if __name__ == "__main__":
    main()
