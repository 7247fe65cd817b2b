# math's errors as CPython's math_1/math_2 rules give them, and argument-count messages.
import math
class I(int): pass
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))
for x in [2**1024-1, 2**1024, 2**1023, 2**1023+1, 2**1025-2**970, 2**1025-2**971, 2**1025-2**972, 3**5000, 7**3000+1, I(10**500), I(5), 1e-320, 0.0, -0.0, float('inf'), float('-inf'), float('nan'), 10**308, 2**64-1, 2**53+1]:
    for f in (math.log, math.log2, math.log10, math.log1p, math.sqrt, math.exp):
        t(f.__name__ + " " + str(x)[:12], lambda: f(x))
    t("log base", lambda: math.log(x, 3**700))
    t("log base2", lambda: math.log(100, x))
t("log kw", lambda: math.log(x=3))
t("log2 kw", lambda: math.log2(x=3))
t("log2 2", lambda: math.log2(1, 2))
t("sin kw", lambda: math.sin(x=1))
for name in ["sin","cos","tan","asin","acos","atan","exp","fabs","sinh","cosh","tanh","degrees","radians","exp2","expm1","erf","erfc","gamma","lgamma","acosh","asinh","atanh","cbrt","log1p"]:
    f = getattr(math, name)
    for x in [1e308, -1e308, 710, -710, float('inf'), float('-inf'), float('nan'), 0.0, -1.0, 2.0]:
        t(f"{name}({x})", lambda: f(x))
for x, y in [(0.0, -1.0), (-0.0, -3.0), (-2.0, 0.5), (10.0, 400.0), (float('inf'), -1), (0.0, float('-inf')), (-1.0, float('inf')), (float('nan'), 0), (1, float('nan')), (-8.0, 1/3), (2.0, -1100.0)]:
    t(f"pow({x},{y})", lambda: math.pow(x, y))
    t(f"atan2({x},{y})", lambda: math.atan2(x, y))
    t(f"copysign({x},{y})", lambda: math.copysign(x, y))
    t(f"hypot({x},{y})", lambda: math.hypot(x, y))
t("fsum nan", lambda: math.fsum([1.0, float('nan')]))
t("fsum inf", lambda: math.fsum([1.0, float('inf'), 2.0]))
t("fsum -inf", lambda: math.fsum([float('-inf'), 5.0, float('-inf')]))
t("fsum inf nan", lambda: math.fsum([float('inf'), float('nan')]))
t("fsum big", lambda: math.fsum([1e308, 1e308, -1e308]))
t("fsum", lambda: math.fsum([0.1]*10))
t("fsum ints", lambda: math.fsum([10**400]))
t("isclose kw", lambda: math.isclose(1.0, 1.0, abs_tol=-0.0))
t("isclose abs neg", lambda: math.isclose(1.0, 2.0, abs_tol=-1))
t("isclose nan tol", lambda: math.isclose(1.0, 2.0, rel_tol=float('nan')))
names = sorted(n for n in dir(math) if callable(getattr(math, n)) and not n.startswith("_"))
for n in names:
    f = getattr(math, n)
    for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"zz": 1}), (("a",), {}), (("a", "b"), {}), ((1.5,), {}), ((-2, 1), {})]:
        try:
            r = f(*args, **kw)
            r = repr(r)[:60]
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(n, args, kw, r)
