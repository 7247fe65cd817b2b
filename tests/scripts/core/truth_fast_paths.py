# Conditional jumps, and/or and not/- on bools, small ints, floats and None answered in the eval
# loop (fast_path::immediate_truth, unary_fast_path); other values still ask __bool__.
def f(xs):
    out = []
    for x in xs:
        out.append((bool(x), not x, -x if type(x) is int else None, 1 if x else 0, x and 5, x or 6, (x and 1) or 2))
        if x:
            out.append("t")
        while x:
            x = 0
    return out
import sys
print(f([0, 1, -1, 0.0, 2.5, None, True, False, "", "a", [], [0], -sys.maxsize - 1, 2**70, -0.0, float("nan")]))
class B:
    def __bool__(self): return False
print(not B(), type(B() and 1).__name__, B() or 2)
class Bad:
    def __bool__(self): return 3
try:
    if Bad(): pass
except TypeError as e: print(e)
import math
print([-x for x in (0.0, -0.0, 1.5, math.inf, 2**-1074)], math.copysign(1, -math.nan), [-n for n in (0, 5, -sys.maxsize - 1)])
