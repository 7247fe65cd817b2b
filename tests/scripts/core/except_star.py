# except*: matching and splitting, naked exceptions, re-raising unhandled parts, raise inside a
# clause (new groups, contexts), bare raise, else/finally, the TypeErrors for bad clause types.
import sys
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
def f1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("V", repr(e), sys.exc_info()[1] is e)
    except* (TypeError, KeyError) as e:
        print("TK", repr(e))
run(f1)
def f2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("V", repr(e))
run(f2)
def f3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked", repr(e), repr(e.exceptions[0]))
run(f3)
def f4():
    try:
        raise KeyError("k")
    except* ValueError as e:
        print("no")
run(f4)
def f5():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise TypeError("new")
run(f5)
def f6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise
    except* OSError as e:
        raise RuntimeError("x") from None
run(f6)
def f7():
    try:
        raise ValueError(5)
    except* ValueError:
        raise
run(f7)
def f8():
    try:
        raise ValueError(5)
    except* ValueError as e:
        raise KeyError(6)
run(f8)
def f9():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
    finally:
        print("finally ran")
run(f9)
def f10():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(f10)
def f11():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
run(f11)
def f12():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), KeyError(2)]), ValueError(3)])
    except* ValueError as e:
        print("got", repr(e))
    print("unreached?")
run(f12)
def f13():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            for j in range(10):
                if j == 1: break
            print("loop", i, repr(e))
run(f13)
def f14():
    try:
        raise ExceptionGroup("eg", [KeyboardInterrupt()])
    except* KeyboardInterrupt as e:
        print("kb", repr(e))
run(f14)
def f15():
    e = None
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as x:
        print("NameError", x)
run(f15)
def f16():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner V")
    except* TypeError as e:
        print("outer T", repr(e))
run(f16)
def f17():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise
    except* OSError as e:
        print("os", repr(e))
try:
    f17()
except ExceptionGroup as g:
    print(repr(g), [type(x).__name__ for x in g.exceptions])
    print(repr(g.exceptions[0].__context__), g.exceptions[1].exceptions)
def f18():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e
run(f18)
def f19():
    try:
        raise BaseExceptionGroup("beg", [SystemExit(3), ValueError(4)])
    except* SystemExit:
        print("exit part handled")
run(f19)
def f20():
    caught = []
    try:
        raise ExceptionGroup("eg", [ValueError(i) for i in range(4)])
    except* ValueError as e:
        caught.append(len(e.exceptions))
    return caught
print(f20())
def f21(x):
    try:
        raise ExceptionGroup("eg", [x])
    except* (ValueError, TypeError) as e:
        return_value = [type(v).__name__ for v in e.exceptions]
    return return_value
print(f21(ValueError()), f21(TypeError()))
def f22():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("handled inside")
    print("after", sys.exc_info())
run(f22)
class CustomEG(ExceptionGroup):
    pass
def f23():
    try:
        raise CustomEG("c", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print(type(e).__name__, repr(e))
run(f23)
sources = [
    "for i in x:\n try: pass\n except* E: break\n",
    "for i in x:\n try: pass\n except* E: continue\n",
    "def f():\n try: pass\n except* E: return 1\n",
    "try: pass\nexcept* E:\n for i in x: break\n",
    "try: pass\nexcept* E:\n def g(): return 1\n",
    "try: pass\nexcept* E: pass\nexcept F: pass\n",
    "try: pass\nexcept F: pass\nexcept* E: pass\n",
    "try: pass\nexcept* (E, F) as e: pass\nfinally: pass\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
