# Python 3.11 grammar forms (language reference chapters 2, 6, 7, 8) that gilpy once rejected or
# got wrong; each case is checked against python3.
from contextlib import nullcontext as ctx

# parenthesised context managers (3.9+)
with (ctx(1) as a, ctx(2) as b):
    print("parenthesised with", a, b)
with (ctx(3) as c,
      ctx(4)):
    print("multi-line with", c)
with (ctx(5), ctx(6),):
    print("trailing comma with")
with (ctx(7)) as d:
    print("parenthesised expression with as", d)
with (ctx((8, 9))) as (e, f):
    print("tuple target", e, f)

# starred expressions in subscripts (3.11), for iterables, returns, yields
d = {}
d[1, 2] = "pair"
t = (1, 2)
print(d[*t], d[*t,], d[(*t,)])

class Echo:
    def __getitem__(self, k):
        return k
print(Echo()[*t, 3], Echo()[0, *t])
for x in *[1, 2], 3:
    print("for over starred", x)
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
def gen():
    yield 0, *[1]
print(next(gen()))

# f-string conversions and specs
s = "é"
print(f"{s!r} {s!s} {s!a}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x'!r:>5}|{7=}|{7 = }|{'q'=!s}|{2.5=:.2f}")
for src in ["f'{1#}'", 'f"{\'\\\\n\'}"', "f'{1!x}'", "f'{}'", "f'{1'"]:
    try:
        eval(src)
        print("no error", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# compile()
code = compile("x = 6 * 7", "<calc>", "exec")
ns = {}
exec(code, ns)
print("compile exec", ns["x"], type(code).__name__)
print("compile eval", eval(compile("1 + 2", "<e>", "eval")))
try:
    compile("1 +", "<bad>", "exec")
except SyntaxError as e:
    print("compile error", e.msg, e.filename)
try:
    compile("x", "f", "nope")
except ValueError as e:
    print("ValueError", e)

# global / nonlocal declarations
errors = [
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n",
    "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal nowhere\n",
    "def f():\n    from os import *\n",
    "[x for x in (y := [1])]\n",
    "[x := 1 for x in [1]]\n",
    "[[x := 1 for y in [1]] for x in [2]]\n",
    "def f(*, **k): pass\n",
    "lambda *: 1\n",
    "del 1\n",
    "del f()\n",
    "del (a, 1)\n",
    "x = 1\nglobal x\n",
]
for src in errors:
    try:
        compile(src, "<test>", "exec")
        print("no error:", src.strip())
    except SyntaxError as e:
        print(src.strip().splitlines()[-1].strip(), "->", e.msg)

x = 0
def outer():
    def inner():
        global x
        x = 5
    inner()
outer()
print("global from nested", x)

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    bump()
    return bump()
print("nonlocal", counter())

# positional-only parameters passed by keyword: all of them are named
def po(a, b, /, c):
    return a, b, c
try:
    po(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    po(1, b=2, c=3)
except TypeError as e:
    print(e)

print(__debug__)
print([y for x in range(5) if (y := x * 2) > 4], y)
