# SyntaxError parity with python3: each broken source goes through compile(); the exception's
# class, message and range (lineno, offset, end_lineno, end_offset) are printed.
CASES = [
    # __debug__ wherever a name is bound
    "def f(__debug__): pass\n", "lambda __debug__: 0\n", "f(__debug__=1)\n", "import __debug__\n",
    "from a import b as __debug__\n", "class __debug__: pass\n", "(__debug__ := 1)\n", "del __debug__\n",
    "x.__debug__ = 1\n", "try: pass\nexcept E as __debug__:\n  x = 1\n", "__debug__: int\n",
    # characters that cannot be in a name
    "x = €\n", "x = a€b\n", "x = \u00a0\n", "x = \ufeffa\n", "x = a\ufeff\n", "x = \u200b\n", "x = a\u2212b\n",
    # parameters and arguments
    "lambda /: 0\n", "def f(/): pass\n", "def f(/, a): pass\n", "lambda *: 0\n", "lambda *, **k: 0\n",
    "def f(**k=1): pass\n", "def f(*a=1): pass\n", "def f((a, b)): pass\n", "lambda (a): 0\n",
    "def f(a, **k, **j): pass\n", "f(x for x in L,)\n", "class C(x for x in y): pass\n",
    "f(a.b=1)\n", "f(True=1)\n", "f(a()=1)\n",
    # forgotten commas, unclosed brackets
    "f(a b)\n", "f(a, b c)\n", "x = (a b c\n", "f(a b\n", "print(a) {\n", "x = [\n  1,\n  2\n  3,\n]\n",
    "min(x, f(a) b[1])\n", "[x for x in y if a b]\n", "def f(a b): pass\n", "import sys(\n",
    "x = (1\n\n\ny = 2\n", "f(match x)\n",
    # clauses
    "try:\n pass\nexcept E, F:\n pass\n", "try:\n pass\nexcept*:\n pass\n", "from a import b,\n",
    "if x:\n pass\nelse if y:\n pass\n", "x = [a, b for a in c]\n", "x = (**a)\n",
    "((a, b) := 1)\n", "(True := 1)\n", "lambda: x := 1\n", "f(): int\n", "1: int\n",
    "return a = 1\n", "x = 1 +\n", "x = \\\n", "try:\n pass\n", "try: x = 1\n  y = 2\n",
    # blocks never given
    "class C:\n", "for x in y:\n# c\n", "for x in y:\n\n\n", "match x:\ncase 1: pass\n",
    "for x in [1,\n          2]:\n", "'''abc\n", "'''abc\nx\n",
    # scopes
    "def f():\n global x\n x: int = 1\n", "def f():\n x: int\n global x\n", "def f():\n x = 1\n print(x)\n global x\n",
    "def f():\n import x\n global x\n", "def f():\n global x\n nonlocal x\n", "class C:\n [(x := 1) for y in z]\n",
    "class C:\n from a import *\n",
    # patterns
    "match x:\n  case [*a, *b]: pass\n", "match x:\n  case {1: _, 1: _}: pass\n", "match x:\n  case 1 as _: pass\n",
    "match x:\n  case {**_}: pass\n", "match x:\n  case C(a=1, a=2): pass\n",
]
for src in CASES:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
# Valid in 3.11.
for src in ["x = (a := 1, b := 2)\n", "{a := 1, b}\n", "a[x:=1]\n", "f(a := 1 for b in c)\n", "(y := 1 for x in z)\n"]:
    compile(src, "<s>", "exec")
x = (a := 1, b := 2)
print(x, a, b, {c := 3, 4}, [1, 2][(d := 0)], d)
