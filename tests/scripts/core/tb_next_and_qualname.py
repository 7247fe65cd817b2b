# Writable traceback.tb_next (cut, loop and type errors), type(name, bases, ns).__qualname__,
# and the line a failing __exit__ is reported on (the with statement's).
import sys
import traceback


def inner():
    raise ValueError("deep")


def middle():
    inner()


try:
    middle()
except ValueError:
    tb = sys.exc_info()[2]

names = []
at = tb
while at is not None:
    names.append(at.tb_frame.f_code.co_name)
    at = at.tb_next
print(names)
tb.tb_next.tb_next = None
print([line.split(",")[-1].strip() for line in traceback.format_tb(tb) if line.startswith("  File")])
try:
    tb.tb_next.tb_next = tb
except ValueError as e:
    print("ValueError:", e)
try:
    tb.tb_next = 5
except TypeError as e:
    print("TypeError:", e)
tb.tb_next = None
print(tb.tb_next, len(traceback.format_tb(tb)))


class Base:
    pass


Made = type("Made", (Base,), {})
print(Made.__qualname__, Made.__name__, Base.__qualname__)


def factory():
    return type("Local", (Base,), {"x": 1})


print(factory().__qualname__)


class Explicit:
    __qualname__ = "Chosen.Name"


print(Explicit.__qualname__, Explicit.__name__)


class Fails:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")


def use():
    with Fails():
        x = 1
        y = 2
    return x + y


try:
    use()
except RuntimeError:
    frames = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno) for f in frames])
