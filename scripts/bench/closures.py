# Closures and decorators: counters and accumulators made by factories, a memoising decorator,
# decorators with arguments and functools.wraps, partial application and lambdas in tables.
import functools

from benchlib import run


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    return bump


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result

    wrapper.cache = cache
    return wrapper


def logged(prefix):
    def decorate(fn):
        calls = []

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            calls.append(prefix)
            return fn(*args, **kwargs)

        wrapper.calls = calls
        return wrapper

    return decorate


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@logged("area")
def area(w, h=1):
    return w * h


def compose(*fns):
    def run_all(x):
        for f in fns:
            x = f(x)
        return x

    return run_all


def one_round():
    bumps = [counter() for _ in range(10)]
    total = 0
    for i in range(200_000):
        total += bumps[i % 10](i % 3)
    p = 0
    for k in range(60):
        paths.cache.clear()
        p += paths(k % 40 + 10, 30)
    a = sum(area(i, h=2) for i in range(100_000))
    ops = {"double": lambda x: x * 2, "inc": lambda x: x + 1, "neg": lambda x: -x}
    pipeline = compose(ops["double"], ops["inc"], ops["neg"], functools.partial(max, -10**9))
    piped = sum(pipeline(i) for i in range(150_000))
    adders = [(lambda n: lambda x: x + n)(n) for n in range(50)]
    added = sum(adders[i % 50](i) for i in range(150_000))
    return total, p % 1_000_007, a, len(area.calls), piped, added


def main():
    return [one_round() for _ in range(3)][-1]


run(main, repeat=4)
