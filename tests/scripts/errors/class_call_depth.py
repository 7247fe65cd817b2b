# Recursion through calling a class (__init__, __new__, a metaclass __call__) or an instance
# with __call__ costs two levels per step, as in CPython 3.11: the depth reached, the message
# and the traceback's "[Previous line repeated N more times]" count.
import sys
import traceback


def run(shape, pad):
    n = [0]
    if shape == "init":
        class K:
            def __init__(self):
                n[0] += 1
                K()
        go = K
    elif shape == "new":
        class K:
            def __new__(cls, *a):
                n[0] += 1
                return K()
        go = K
    elif shape == "call":
        class K:
            def __call__(self):
                n[0] += 1
                return self()
        go = K()
    elif shape == "meta":
        class M(type):
            def __call__(cls):
                n[0] += 1
                return cls()
        class K(metaclass=M):
            pass
        go = K
    elif shape == "listsub":
        class K(list):
            def __init__(self):
                n[0] += 1
                K()
        go = K
    elif shape == "exc":
        class K(Exception):
            def __init__(self):
                n[0] += 1
                K()
        go = K
    else:
        def f():
            n[0] += 1
            K()
        class K:
            def __init__(self):
                f()
        go = f

    def nest(k):
        if k:
            return nest(k - 1)
        return go()
    try:
        nest(pad)
    except RecursionError as e:
        tail = traceback.format_exc().splitlines()[-2:]
        return n[0], str(e), tail[0].strip()


for shape in ["init", "new", "call", "meta", "listsub", "exc", "mixed"]:
    for pad in range(3):
        print(shape, pad, run(shape, pad))
sys.setrecursionlimit(200)
print(run("init", 0), run("call", 1), run("meta", 2))
