# Imports of a module beside the script (cached in sys.modules) and the standard modules.
import sys
import helper_shapes
import helper_shapes as hs
from helper_shapes import sides, Shape as S
import math
import random
import time
import os
import os.path

print(helper_shapes is hs, sides("square"), S("x").name, "helper_shapes" in sys.modules, hs.__name__, __name__)
print(sys.argv[0], os.path.basename(sys.path[0]) == os.path.basename(os.getcwd()), type(sys.maxsize), sys.maxsize == 2 ** 63 - 1, sys.platform)
print(sys.version_info[0], sys.version.startswith("3."), sys.getrecursionlimit(), callable(sys.stdout.write), sys.stderr.flush() is None)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write("written directly\n")
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.inf, math.isclose(0.1 + 0.2, 0.3), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(8))
print(math.exp(1), math.sin(0), math.cos(0), math.gcd(12, 18), math.factorial(20), math.fabs(-3), math.isnan(math.nan), math.isinf(-math.inf), math.hypot(3, 4), math.trunc(-3.7), math.pow(2, 10), math.atan2(1, 1))
print(math.comb(10, 3), math.perm(5, 2), math.lcm(4, 6), math.isqrt(99), math.copysign(1, -0.0), math.degrees(math.pi), math.radians(180), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice("abcdef"), random.uniform(1, 2))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(100), 5), random.getrandbits(16), random.randrange(10))
random.seed("a string seed")
print(random.random(), random.choices("abc", k=4) if hasattr(random, "choices") else None)
random.seed(0)
print([random.randint(0, 9) for _ in range(10)], random.gauss(0, 1) if hasattr(random, "gauss") else None)
r = random
random.seed(42)
print(r.random(), r.randint(1, 6), random.choices(range(5), weights=[1, 0, 2, 0, 5], k=6), random.gauss(10, 2), random.gauss())
t0, p0, m0 = time.time(), time.perf_counter(), time.monotonic()
time.sleep(0.01)
print(time.time() > t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0, len(time.strftime("%Y-%m-%d")))
print(os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1, "PATH" in os.environ, os.environ.get("NOT_SET_VAR_X", "dflt"), os.getcwd() == os.path.abspath("."))
print(os.path.join("a", "b", "c.txt"), os.path.exists("modules.py"), os.path.exists("nope.py"), os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"), os.path.splitext("a/b.tar.gz"), os.path.isfile("modules.py"), os.path.isdir("."))
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_shapes import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
