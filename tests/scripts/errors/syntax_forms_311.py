# Syntax errors CPython 3.11 words its own way: complex literals in match patterns, `print x`
# wherever an expression may stand, defaults around `/`, and tabs against a dedent.
cases = [
    "match x:\n  case 1 + 1: pass\n", "match x:\n  case 1j + 1: pass\n", "match x:\n  case 1 - 2: pass\n",
    "match x:\n  case -1j - 2j: pass\n", "match x:\n  case 1.5 + 2: pass\n", "match x:\n  case -1 + 2j: print('ok')\n",
    "match x:\n  case {1 + 1: y}: pass\n", "match x\n  case 1: pass\n", "match x: case 1: pass\n",
    "match x, y\n  case 1: pass\n", "match x.y z\n", "x = a <> b\n", "if a <> b: pass\n",
    "x = \"\\x4\" =\n", "x = [\"\\x4\",\n 1]\n", "x = \"\\N{nope}\"  # c\n",
    "print 1\n", "x = print 1\n", "try: pass\nexcept E as e: print print(e)\n", "d = 5; print print(d.x)\n",
    "print 'a', 'b'\n", "print 'a', \n", "exec 'x'\n", "(print 1)\n", "x.print 1\n", "if print 1: pass\n",
    "def f(a, /, b=1, c): pass\n", "def f(a=1, /, b=2, c): pass\n", "def f(a=1, /, c): pass\n",
    "def f(a=1, b, c): pass\n", "def f(a, b=1, /, c): pass\n", "lambda a, /, b=1, c: 0\n", "lambda a=1, b: 0\n",
    "def f(a, /, b=1, c=2, d): pass\n", "def f() -> : pass\n", "def f(x, y=)2:\n  pass\n", "def f(x=, y): pass\n",
    "lambda x=: 0\n", "def f[x]: pass\n", "def f:\n  pass\n", "def f( ():\n pass\n", "def f((a, b)): pass\n",
    "{x = 1\n", "yield present = 'here'\n", "try:\n    pass\nexcept* ValueError:\n    \nexcept TypeError:\n    pass\n",
    "del x = \"\\u12\"\n", "del x = b\"\\xff\u00e9\"\n", "def err[(f, *a):\n    x = {\n", "x = [1,\n  y = 2\n",
    "if x:\n\ta = 1\n    b = 2\n", "if x:\n    a = 1\n\tb = 2\n", "if x:\n\tif y:\n\t\ta\n    b\n",
    "if x:\n        a\n\tb\n", "if x:\n  \ta\n\t  b\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
