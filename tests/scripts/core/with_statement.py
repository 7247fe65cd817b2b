# The with statement: how __enter__/__exit__ are found and called, on every way out of the body
# (falling off, return, break, continue, an exception suppressed or not), nested and in generators.
import threading


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


def returns_inside():
    with Ctx("r") as c:
        return "value from " + c.name


print(returns_inside())


def returns_from_nested():
    with Ctx("outer"), Ctx("inner"):
        for i in range(3):
            with Ctx(f"loop{i}"):
                if i == 1:
                    return i * 10
    return -1


print(returns_from_nested())

for i in range(4):
    with Ctx(f"it{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

with Ctx("quiet", swallow=True):
    raise KeyError("swallowed")
print("after quiet")

try:
    with Ctx("loud"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)


def try_in_with():
    with Ctx("t"):
        try:
            raise ValueError("inner")
        except ValueError as e:
            return f"handled {e}"
        finally:
            print("finally runs before exit")


print(try_in_with())


# __exit__ that is not a plain function: a staticmethod, a callable object, a builtin.
class StaticExit:
    def __enter__(self):
        return 1

    @staticmethod
    def __exit__(*args):
        print("static exit", len(args), args[0])
        return False


with StaticExit() as v:
    print("static body", v)


class Exiter:
    def __call__(self, *args):
        print("callable exit", args[:1])
        return True


class CallableExit:
    def __enter__(self):
        return "c"

    __exit__ = Exiter()


with CallableExit() as v:
    raise RuntimeError("eaten by a callable")
print("after callable", v)

# Instance attributes are not looked at: the type must provide both.
class OnlyInstance:
    pass


o = OnlyInstance()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except TypeError as e:
    print("TypeError:", e)


class NoExit:
    def __enter__(self):
        print("never entered")


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise OSError("from exit")


try:
    with BadExit():
        raise ValueError("body")
except OSError as e:
    print("exit raised", e, "context", repr(e.__context__))


# Exit looked up when entering: replacing it on the class in the body does not change the call.
class Swapped:
    def __enter__(self):
        Swapped.__exit__ = lambda self, *a: print("replacement exit")
        return self

    def __exit__(self, *a):
        print("original exit")


with Swapped():
    pass
with Swapped():
    pass


def gen():
    with Ctx("gen"):
        yield 1
        yield 2


g = gen()
print(next(g))
g.close()
print(list(gen()))

lock = threading.Lock()
with lock:
    print("locked inside", lock.locked())
print("locked after", lock.locked())
r = threading.RLock()
with r:
    with r:
        print("rlock nested")
try:
    with lock:
        raise IndexError("released on the way out")
except IndexError:
    print("lock free again", not lock.locked())


def deep(n):
    if n == 0:
        return "bottom"
    with Ctx(f"d{n}"):
        return deep(n - 1)


print(deep(3))
