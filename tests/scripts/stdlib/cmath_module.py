# cmath: every function on finite values, signed zeros, huge and tiny values, infinities and NaNs
# (CPython's special-value tables and errors), the constants, isclose, argument conversion.
import cmath, math
INF, NAN = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, 1e300, -1e300, 710.0, INF, -INF, NAN, 1.5e154]
names = ['exp','log','log10','sqrt','acos','acosh','asin','asinh','atan','atanh','cos','cosh','sin','sinh','tan','tanh','phase','polar','isfinite','isinf','isnan']
def show(x):
    if isinstance(x, tuple): return '(' + ', '.join(show(v) for v in x) + ')'
    return repr(x)
count = 0
for name in names:
    f = getattr(cmath, name)
    for a in vals:
        for b in vals:
            try:
                r = show(f(complex(a, b)))
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(name, a, b, r)
            count += 1
for a in vals:
    for b in vals:
        try: r = show(cmath.rect(a, b))
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        print('rect', a, b, r)
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for args in [(1, 1.0000000001), (1j, 1j), (1, 2), (INF, INF), (1+1e-10j, 1), (0, 1e-10)]:
    print(cmath.isclose(*args), cmath.isclose(*args, abs_tol=1e-9))
for bad in ['x', None, [1]]:
    try: cmath.sqrt(bad)
    except TypeError as e: print(e)
class F:
    def __float__(self): return 2.0
class I:
    def __index__(self): return 4
class Cx:
    def __complex__(self): return 1j
print(cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(Cx()), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(True))
for f in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.rect(1j, 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
