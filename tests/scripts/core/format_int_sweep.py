"""format(n, spec) over ints and bools and random specs (every int type, c, the float types,
fill, align, sign, '#', '0', width, grouping), errors included, compared with CPython's output."""
import random
r = random.Random(99)
vals = [0, 1, -1, 7, -255, 1234, -98765, 10**12, -(2**40), 2**70, True, False]
specs = []
for _ in range(300):
    t = r.choice(['d', 'b', 'o', 'x', 'X', 'n', '', 'c', 'e', 'f', 'g', '%'])
    align = r.choice(['', '', '<', '>', '^', '='])
    fill = r.choice(['', '', '*', '0']) if align else ''
    sign = r.choice(['', '', '+', '-', ' '])
    alt = r.choice(['', '', '#'])
    zero = r.choice(['', '', '0'])
    width = r.choice(['', '', str(r.randint(0, 25))])
    group = r.choice(['', '', ',', '_']) if t != 'n' else ''
    specs.append(f'{fill}{align}{sign}{alt}{zero}{width}{group}{t}')
for s in specs:
    out = []
    for v in vals:
        try: out.append(format(v, s))
        except (ValueError, OverflowError) as e: out.append(f'{type(e).__name__}: {e}')
    print(repr(s), out)
