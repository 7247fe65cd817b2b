import math, random
r = random.Random(12345)
vals = [0.0, -0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, -0.5, -1.5, -2.5, 5.0, 10.5, 23.0, 24.0, 30.3, 100.7, 141.2, 171.5, 171.7, 180.0, -170.5, -180.5, 1e-21, -1e-21, 1e-300, 1e300, 1e-310, -1.0, -2.0, float('inf'), float('-inf'), float('nan'), 0.1, 0.9, 4.99, 5.01, 7.7]
vals += [r.uniform(-30, 30) for _ in range(200)] + [r.uniform(-200, 200) for _ in range(100)]
for name in ['gamma', 'lgamma', 'erf', 'erfc', 'acosh', 'asinh', 'atanh', 'cbrt', 'exp2', 'expm1', 'log1p', 'frexp', 'modf', 'ulp']:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, name)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
pairs = [(a, b) for a in vals[:40] for b in vals[:40]]
for name in ['fmod', 'remainder', 'nextafter', 'hypot', 'atan2', 'copysign']:
    out = []
    for a, b in pairs:
        try:
            out.append(repr(getattr(math, name)(a, b)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
for x in vals[:60]:
    for e in [0, 1, -1, 10, -10, 1000, -1000, 1074, -1074, -1080, 2000, -2000, 10**30, -10**30]:
        try:
            print(repr(math.ldexp(x, e)), end=' ')
        except OverflowError as err:
            print('OE', end=' ')
print()
pts = [[r.uniform(-1e3, 1e3) for _ in range(n)] for n in range(0, 8) for _ in range(20)]
for p in pts:
    q = [r.uniform(-1e3, 1e3) for _ in p]
    print(math.dist(p, q), math.hypot(*p), end=' ')
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
for bad in [lambda: math.dist([1], [1, 2]), lambda: math.ldexp(1.0, 1.5), lambda: math.dist(1, 2), lambda: math.gamma('x'), lambda: math.hypot(1, x=2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
