# try/except/else/finally, raise, raise from, chaining, the exception hierarchy, args/str/repr.
def check(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return {}["missing"]
        if n == 2:
            return 1 / 0
        r = n
    except (ValueError, ZeroDivisionError) as e:
        print("caught", type(e).__name__, e)
        return "handled"
    except LookupError as e:
        print("lookup", repr(e), e.args)
        raise
    else:
        print("else", r)
        return r
    finally:
        print("finally", n)


for n in range(4):
    try:
        print("->", check(n))
    except KeyError as e:
        print("re-raised", e)


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


print(finally_wins())
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
for exc in [StopIteration, KeyboardInterrupt, SystemExit, ArithmeticError, LookupError, FileNotFoundError,
            RecursionError, NotImplementedError, TimeoutError, AssertionError, AttributeError,
            UnboundLocalError, TypeError, IndexError, OverflowError, ZeroDivisionError, GeneratorExit]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise AppError(7, "custom")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
e = None
try:
    raise TypeError("bound")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(ne)
try:
    raise 42
except TypeError as te:
    print(te)
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup runs")
except ValueError as v:
    print("outer sees", v)
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("finally", i)
try:
    raise OSError(2, "No such file or directory")
except OSError as o:
    print(o, o.errno, o.strerror)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as f:
    print(type(f).__name__, f)
