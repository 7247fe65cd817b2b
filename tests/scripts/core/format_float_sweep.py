"""format(x, spec) over random floats and random specs (fill, align, sign, '#', '0', width,
grouping, precision, every float type and none), compared with CPython's output; '%' formatting
with the same values."""
import math
import random

r = random.Random(1234)
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1e16, 1e-7, 123456789.123, 1e300, 5e-324, math.pi, -math.e,
        float('inf'), float('-inf'), float('nan'), 9.995, 0.125, 1.7976931348623157e308]
for _ in range(12):
    k = r.random()
    if k < 0.4:
        vals.append(r.uniform(-1000, 1000))
    elif k < 0.8:
        vals.append(r.random() * 10 ** r.randint(-30, 30))
    else:
        vals.append(round(r.uniform(-100, 100), r.randint(0, 4)))
specs = []
for _ in range(160):
    t = r.choice(['e', 'E', 'f', 'F', 'g', 'G', '%', '', 'n'])
    align = r.choice(['', '', '<', '>', '^', '='])
    fill = r.choice(['', '', '*', '0']) if align else ''
    sign = r.choice(['', '', '+', '-', ' '])
    alt = r.choice(['', '', '#'])
    zero = r.choice(['', '', '0'])
    width = r.choice(['', '', str(r.randint(0, 25))])
    group = r.choice(['', '', ',', '_']) if t != 'n' else ''
    prec = r.choice(['', '', '.' + str(r.randint(0, 20))])
    specs.append(f'{fill}{align}{sign}{alt}{zero}{width}{group}{prec}{t}')
for s in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append(f'ValueError: {e}')
    print(repr(s), ' '.join(out))
for v in vals:
    if math.isfinite(v):
        print(repr(v), '%g %e %f %.3g %10.4f %-12.2e %#g %+.0f %.15g %.17g %#.0e %05.1f|%-08.2f|' % ((v,) * 13))
    print(f'{v:.2%} {v:.0} {v:.1} {v:#.0} {v:,.2f} {v:_g}')
