# Python-to-Python calls run in place by the eval loop: results, exceptions crossing frames,
# tracebacks, frames seen from callees, trace and profile events, recursion limits, generators
# and closures calling plain functions, defaults and method calls.
import sys
import traceback


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", fib(20))


def with_defaults(a, b=10, c=20):
    return a + b + c


print("defaults", with_defaults(1), with_defaults(1, 2), with_defaults(1, 2, 3))


def outer_closure(k):
    scale = k

    def inner(x):
        return x * scale

    return [inner(i) for i in range(4)]


print("closure", outer_closure(3))


def fails(n):
    if n == 0:
        return {}["missing"]
    return fails(n - 1) + 1


def catches_midway():
    try:
        return fails(3)
    except KeyError as e:
        return "caught " + repr(e)


print(catches_midway())

try:
    fails(2)
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print("traceback", [(f.name, f.lineno) for f in frames])


def handler_in_callee():
    try:
        fails(1)
    except KeyError:
        return sys.exc_info()[0].__name__
    finally:
        print("finally ran")


print("handled", handler_in_callee())
print("exc after", sys.exc_info())


def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name


def middle():
    return who_called()


print("frames", middle())


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("recursion", e)

old = sys.getrecursionlimit()
sys.setrecursionlimit(20000)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print("deep", count_down(15000))
sys.setrecursionlimit(old)

events = []


def tracer(frame, event, arg):
    if event in ("call", "return", "exception"):
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))
    return tracer


def leaf(x):
    return x + 1


def branch(x):
    return leaf(x) * 2


sys.settrace(tracer)
branch(4)
try:
    fails(1)
except KeyError:
    pass
sys.settrace(None)
print("trace", events[:6])
print("trace exceptions", [e for e in events if e[0] == "exception"])

profiled = []
sys.setprofile(lambda frame, event, arg: profiled.append((event, frame.f_code.co_name)))
branch(1)
sys.setprofile(None)
print("profile", [p for p in profiled if p[1] in ("branch", "leaf")])


def gen(n):
    for i in range(n):
        yield leaf(i)


print("generator", list(gen(4)), sum(leaf(i) for i in range(5)))


class Point:
    def __init__(self, x):
        self.x = x

    def moved(self, d):
        return Point(self.x + d)

    def total(self, *others):
        return self.x + sum(o.x for o in others)


p = Point(1).moved(2).moved(3)
print("methods", p.x, p.total(Point(10), Point(100)))


def returns_none():
    pass


print("none", returns_none(), [returns_none() for _ in range(2)])


def raises_in_finally():
    try:
        return leaf(1)
    finally:
        print("finally before return")


print("finally", raises_in_finally())


def type_error_call():
    return with_defaults()


try:
    type_error_call()
except TypeError as e:
    print("type error", e)


def del_in_callee():
    class Noisy:
        def __del__(self):
            print("del ran in", sys._getframe(1).f_code.co_name)

    def make():
        n = Noisy()
        return 5

    return make()


print("del", del_in_callee())
