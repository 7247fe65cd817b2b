"""SyntaxError parity sweep: builds broken programs (by mutating valid ones, and from a list of
hand-written error forms), compiles each under python3 and under gilpy with
`compile(src, "<s>", "exec")`, and compares the exception type, msg, lineno, offset, end_lineno
and end_offset. Prints the counts per group of differences and a few examples of each.

    python3 scripts/syntax_sweep.py target/release/gilpy [--count N] [--seed S] [--show K]
                                    [--dump FILE] [--only GROUP] [--scripts M]

Run it with python3.11 (the reference). Groups, worst first:
  accepted   gilpy compiles what python3 rejects
  rejected   gilpy rejects what python3 compiles (a valid program)
  type       SyntaxError vs IndentationError/TabError ...
  message    same type, another msg
  position   same msg, another lineno/offset
  end        same start, another end_lineno/end_offset
  crash      gilpy died (a panic, a non-SyntaxError exception)
`--scripts M` also runs the first M differing-or-equal programs as script files under both and
compares the printed error (the last lines of stderr, caret line included).
"""
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The worker both interpreters run: reads a JSON list of sources, prints one JSON line each.
WORKER = r'''
import json, sys
with open(sys.argv[1], encoding='utf-8') as f:
    cases = json.load(f)
for src in cases:
    try:
        compile(src, "<s>", "exec")
        row = None
    except SyntaxError as e:
        row = [type(e).__name__] + [getattr(e, k, "?") for k in ("msg", "lineno", "offset", "end_lineno", "end_offset")]
    except BaseException as e:
        row = ["!" + type(e).__name__, str(e), None, None, None, None]
    print(json.dumps(row), flush=True)
'''

# Hand-written error forms: each is a whole program (most of them python3 rejects).
HANDWRITTEN = [
    # assignments to names and expressions that cannot be targets
    "__debug__ = 1\n", "__debug__ += 1\n", "x, __debug__ = 1, 2\n", "for __debug__ in x: pass\n",
    "def f(__debug__): pass\n", "def f(*, __debug__): pass\n", "def f(**__debug__): pass\n",
    "lambda __debug__: 0\n", "f(__debug__=1)\n", "import __debug__\n", "import a as __debug__\n",
    "from a import __debug__\n", "from a import b as __debug__\n", "class __debug__: pass\n",
    "def __debug__(): pass\n", "with a as __debug__: pass\n", "(__debug__ := 1)\n",
    "del __debug__\n", "__debug__: int\n", "global __debug__\n", "x.__debug__ = 1\n",
    "[__debug__ for __debug__ in x]\n", "try: pass\nexcept E as __debug__: pass\n",
    "match x:\n case __debug__: pass\n", "async def f(): async for __debug__ in x: pass\n",
    "f() = 1\n", "a + b = 1\n", "-a = 1\n", "not a = 1\n", "a if b else c = 1\n", "(a, b()) = 1\n",
    "[a, 1] = x\n", "None = 1\n", "True = 1\n", "... = 1\n", "'s' = 1\n", "f'{x}' = 1\n", "a < b = 1\n",
    "lambda: 1 = 1\n", "(yield) = 1\n", "await x = 1\n", "{a: b} = 1\n", "{a} = 1\n", "[x for x in y] = 1\n",
    "(x for x in y) = 1\n", "a and b = 1\n", "*a = 1\n", "*a, *b = 1\n", "a, *b, *c = x\n",
    "f() += 1\n", "(a, b) += 1\n", "[a] += 1\n", "a.b += 1\n", "x = *a\n", "print(*a = 1)\n",
    "del f()\n", "del a + b\n", "del (a, f())\n", "del *a\n", "del [a, 1]\n", "del None\n", "del (a := 1)\n",
    "for f() in x: pass\n", "for 1 in x: pass\n", "for a, f() in x: pass\n", "with a as f(): pass\n",
    "with a as 1: pass\n", "[x for f() in y]\n", "[x for 1 in y]\n", "(a.b := 1)\n", "(a[0] := 1)\n",
    "((a, b) := 1)\n", "(True := 1)\n", "f(a.b=1)\n", "f(1=1)\n", "f(True=1)\n", "f(a()=1)\n",
    "a: int, b: int = 1\n", "(a, b): int\n", "[a]: int\n", "f(): int\n", "1: int\n",
    "x = 1 = 2\n", "x = yield = 1\n", "a = b = f() = 1\n", "() = 1\n", "[] = 1\n",
    # lambda and parameters
    "lambda /: 0\n", "lambda *: 0\n", "lambda *, /: 0\n", "lambda a, /, /: 0\n", "lambda **k, a: 0\n",
    "lambda a=1, b: 0\n", "lambda *a, *b: 0\n", "lambda a, a: 0\n", "lambda *, **k: 0\n", "lambda a, *, /: 0\n",
    "def f(/): pass\n", "def f(*): pass\n", "def f(*, /): pass\n", "def f(a, /, /): pass\n", "def f(**k, a): pass\n",
    "def f(a=1, b): pass\n", "def f(*a, *b): pass\n", "def f(a, a): pass\n", "def f(a, *, a): pass\n",
    "def f(*, **k): pass\n", "def f(a, *, /): pass\n", "def f(**k=1): pass\n", "def f(*a=1): pass\n",
    "def f(a, /, b=1, c): pass\n", "def f(a=1, /, b): pass\n", "def f(*, a=1, b): pass\n",
    "def f(**k, *a): pass\n", "def f(a, **k, **j): pass\n", "def f(a, b, a=1): pass\n",
    "def f(a: int = 1, b: int): pass\n", "def f(*a: int, *b): pass\n", "def f(x)\n  pass\n", "def f:\n  pass\n",
    "def f() -> : pass\n", "def (): pass\n", "def f(a,,b): pass\n", "def f(,): pass\n", "def f(a b): pass\n",
    "lambda a b: 0\n", "lambda (a): 0\n", "def f((a, b)): pass\n", "def f(a, (b, c)): pass\n",
    # calls and arguments
    "f(x for x in L,)\n", "f(x for x in L, 1)\n", "f(1, x for x in L)\n", "f(a=1, b)\n", "f(**k, a)\n",
    "f(**k, *a)\n", "f(a=1, a=2)\n", "f(a for a in b for)\n", "f(a b)\n", "f(a, , b)\n", "f(,)\n",
    "f(a=1, *b)\n", "f(a=)\n", "f(=1)\n", "f(*)\n", "f(**)\n", "f(a:=1=2)\n", "f(a:=1, a=2)\n",
    "f(x for x in y)(1)\n", "f(a, b for b in c)\n", "f(*a for a in b)\n", "f(**a for a in b)\n",
    "class C(x for x in y): pass\n", "class C(a=1, b): pass\n", "class C(a, a=1, a=2): pass\n",
    "class C(**k, a): pass\n", "class C(,): pass\n", "class C: pass = 1\n", "class C\n  pass\n",
    "@f(x for x in y, 1)\ndef g(): pass\n",
    # decorators
    "@\ndef f(): pass\n", "@f\n", "@f\nx = 1\n", "@f g\ndef h(): pass\n", "@f\n\n@g\nclass C: pass\nx = (\n",
    "@f)\ndef g(): pass\n", "@f\nimport os\n", "@x = 1\ndef f(): pass\n", "@f\nasync x\n",
    "@f\n  def g(): pass\n", "@lambda x: x\ndef f(): pass\n",
    # outside their place
    "return 1\n", "yield 1\n", "await x\n", "break\n", "continue\n", "class C:\n return\n",
    "class C:\n yield\n", "def f():\n class C:\n  return\n", "while x:\n def f():\n  break\n",
    "for x in y:\n class C:\n  continue\n", "x = [(yield) for y in z]\n", "def f(): x = [(yield) for y in z]\n",
    "def f(): return [(yield x) for x in y]\n", "def f(): x = (await y for y in z)\n", "def f(): await x\n",
    "def f(): async with a: pass\n", "def f(): async for a in b: pass\n", "async def f(): yield from x\n",
    "async def f(): x = [await y for y in z]\n", "def f(): [x async for x in y]\n",
    "lambda: (yield)\n", "lambda: await x\n", "try:\n pass\nfinally:\n break\n", "if x:\n continue\n",
    "while x:\n pass\nelse:\n break\n", "def f():\n  try:\n    pass\n  except* E:\n    return\n",
    "for x in y:\n  try:\n    pass\n  except* E:\n    break\n", "async def f():\n  yield 1\n  return 2\n",
    "def f():\n  x = yield = 1\n", "def f(): (yield) += 1\n", "[i for i in range(3) if (yield)]\n",
    "{(yield): 1 for x in y}\n", "class C:\n  x = [(yield) for y in z]\n",
    # global / nonlocal
    "nonlocal x\n", "def f():\n nonlocal x\n", "def f():\n x = 1\n global x\n", "def f(x):\n global x\n",
    "def f():\n global x\n nonlocal x\n", "def f():\n x = 1\n def g():\n  print(x)\n  nonlocal x\n",
    "def f():\n print(x)\n global x\n", "def f():\n x: int\n global x\n", "def f():\n global x\n x: int = 1\n",
    "def f(x):\n def g():\n  nonlocal x\n  global x\n", "class C:\n nonlocal x\n", "def f():\n def g():\n  nonlocal y\n",
    "def f():\n global x\n global x\n", "def f(x):\n nonlocal x\n", "def f():\n x = 1\n def g():\n  x = 2\n  nonlocal x\n",
    "def f():\n for x in y: pass\n global x\n", "def f():\n import x\n global x\n", "def f():\n def x(): pass\n global x\n",
    "def f():\n del x\n global x\n", "def f():\n global x\n def g(x): nonlocal x\n", "global x\nnonlocal y\n",
    "def f():\n x = 1\n def g():\n  global x\n  nonlocal x\n", "def f():\n [x := 1 for y in z]\n global x\n",
    # walrus
    "[x := 1 for x in y]\n", "[i for i in (x := y)]\n", "class C:\n [(x := 1) for y in z]\n",
    "[[(i := 0) for j in k] for i in l]\n", "[(i := 0) for i, j in k]\n", "x := 1\n", "(x := 1 := 2)\n",
    "def f(a := 1): pass\n", "f(a := 1 for b in c)\n", "{x := 1: 2}\n", "x = (y := 1) := 2\n", "a[x:=1]\n",
    "[i := 0 for i in j]\n", "[0 for i in range(3) if (i := 1)]\n", "[(j := 0) for i in range(3) for j in k]\n",
    "lambda: x := 1\n", "(lambda: x := 1)\n", "(x.y := 1)\n", "with (x := 1) as y: pass\n",
    "f'{x:=1}'\n", "x = (a := 1, b := 2)\n", "{a := 1, b}\n", "[a := 1, b := 2]\n", "del (a := 1)\n",
    # f-strings
    "f'{'\n", "f'}'\n", "f'{}'\n", "f'{ }'\n", "f'{x!}'\n", "f'{x!z}'\n", "f'{x:{y:{z}}}'\n", "f'{x=!}'\n",
    "f'{#}'\n", "f'{x#}'\n", "f'{\\n}'\n", "f'{a b}'\n", "f'{*a}'\n", "f'{**a}'\n", "f'{yield}'\n",
    "f'{lambda x: 1}'\n", "f'{x!r=}'\n", "f'{x}}'\n", "f'{{x}'\n", "f'{x'\n", "f'{x!r'\n", "f'{x:'\n",
    "f'{)}'\n", "f'{(}'\n", "f'{[}'\n", "f'{x:{}}'\n", "f'{!r}'\n", "f'{=}'\n", "f'{:x}'\n",
    "f'''{\n}'''\n", "f'{x!r:}}'\n", "f'{\"a\"}'\n", "f'{1 +}'\n", "f'{x:{y!}}'\n", "f'{a=b}'\n",
    "f'{x:{{y}}}'\n", "f'abc{x!s:>{w}}{'\n", "f'{f\"{x}\"}'\n", "rf'{\\}'\n", "f'{x!r :}'\n", "f'{ x ! r}'\n",
    "x = 1\nf'{x}' f'{'\n", "print(f'{x} {y')\n", "f'{a}{b!}'\n", "f'{a:{b!x}}'\n", "f'{await}'\n",
    # strings, numbers, characters
    "'abc\n", "\"abc\n", "'''abc\n", "b'\\xff' 'x'\n", "b'é'\n", "u'a' b'b'\n", "'a' b'b'\n", "x = 0777\n",
    "x = 1__0\n", "x = 1_\n", "x = 0x\n", "x = 0b2\n", "x = 0o8\n", "x = 1e\n", "x = 1.e+\n", "x = 09\n",
    "x = 0_7\n", "x = 1a\n", "x = 0xg\n", "x = 1if x else y\n", "x = 0b1_\n", "x = 5j_\n", "x = $\n",
    "x = a ? b\n", "x = `a`\n", "x = a ! b\n", "x = 1 +\n", "x = \\\n", "x = 1 \\ 2\n", "x = '\\N{foo}'\n",
    "x = '\\N'\n", "x = '\\x1'\n", "x = b'\\u1234'\n", "x = '\\U1234'\n", "x = €\n", "x = a€b\n",
    "x = \u00a0\n", "x = \ufeffa\n", "x = a\ufeff\n", "x = 'a' 'b\n", "x = \u200b\n", "x = 1\x00\n",
    "x = \u2018a\u2019\n", "x = a\u2212b\n",
    # brackets
    "x = (\n", "x = [1, 2\n", "x = {1: 2\n", "x = (1, 2]\n", "x = [1, 2)\n", "x = {1, 2)\n", "x = )\n",
    "x = ]\n", "x = }\n", "f(a, b\nx = 1\n", "x = [(1, 2]\n", "x = (1\n\n\ny = 2\n", "x = 1)\n",
    "if (a:\n  pass\n", "def f(a, b:\n  pass\n", "x = {\n  'a': 1,\n  'b': 2\n", "print('a'\n",
    "x = [1, 2, 3\ny = 4\n", "(1, 2, 3))\n", "[1, 2, 3]]\n", "foo(\n  a=1,\n  b=2,\n",
    # indentation
    "if x:\npass\n", "if x:\n  a\n b\n", "  x = 1\n", "if x:\n\ta\n        b\n", "def f():\n\n", "class C:\n",
    "for x in y:\n# c\n", "while x:\nelse: pass\n", "try:\n  a\nexcept:\nb\n", "with a:\nb\n", "if x:\n a\nelse:\nb\n",
    "if x:\n a\nelif y:\nb\n", "def f():\n  return 1\n    x = 2\n", "if x:\n    a\n  b\n", "x = 1\n    y = 2\n",
    "if x:\n a\n   b\n", "try:\nexcept: pass\n", "async def f():\npass\n", "match x:\ncase 1: pass\n",
    "match x:\n case 1:\n pass\n", "for x in y:\n\n\n", "else:\n pass\n", "elif x:\n pass\n",
    "if True:\n\tx = 1\n        y = 2\n", "if True:\n        x = 1\n\ty = 2\n",
    # misplaced keywords and statements
    "if x pass\n", "while x pass\n", "for x in y pass\n", "for x y: pass\n", "for in y: pass\n", "for x in: pass\n",
    "if x:\n pass\nelse if y:\n pass\n", "if x:\n pass\nelif:\n pass\n", "if:\n pass\n", "while:\n pass\n",
    "try:\n pass\n", "try:\n pass\nelse:\n pass\n", "try:\n pass\nexcept:\n pass\nexcept E:\n pass\n",
    "try:\n pass\nfinally:\n pass\nexcept:\n pass\n", "try:\n pass\nexcept E, F:\n pass\n",
    "try:\n pass\nexcept E as e.f:\n pass\n", "try:\n pass\nexcept E as (a, b):\n pass\n",
    "try:\n pass\nexcept* E:\n pass\nexcept F:\n pass\n", "try:\n pass\nexcept*:\n pass\n",
    "try:\n pass\nexcept E:\n pass\nexcept* F:\n pass\n", "import\n", "import a.\n", "import .a\n", "from import a\n",
    "from a import\n", "from a import (b\n", "from a import b,\n", "from a import *, b\n", "from a import (*)\n",
    "import a as b.c\n", "from a import b as c.d\n", "from __future__ import braces\n", "from __future__ import nope\n",
    "x = 1\nfrom __future__ import annotations\n", "def f():\n from a import *\n", "class C:\n from a import *\n",
    "with a as b, : pass\n", "with (a as b, c as d,: pass\n", "with (a as b) as c: pass\n", "with: pass\n",
    "assert\n", "assert x,\n", "raise from x\n", "raise x from\n", "del\n", "del x,,\n", "global\n", "pass x\n",
    "a b\n", "a = b c\n", "print 'x'\n", "exec 'x'\n", "print x\n", "if x = 1: pass\n", "while x = 1: pass\n",
    "if x == 1\n  pass\n", "x = 1 if y\n", "x = 1 if y else\n", "x = if y else z\n", "else = 1\n", "class = 1\n",
    "def = 1\n", "x.class = 1\n", "import class\n", "x = a.1\n", "x = 1..real\n", "x = [1 2]\n", "x = {1 2}\n",
    "x = (1 2)\n", "x = {'a' 1}\n", "x = {'a': 1 'b': 2}\n", "x = {'a': }\n", "x = {: 1}\n", "x = {**}\n",
    "x = {*a: 1}\n", "x = {**a: 1}\n", "x = [*]\n", "x = [**a]\n", "x = (**a)\n", "x = a if b\n",
    "x = not\n", "x = a not b\n", "x = a is not not b\n", "x = a in not b\n", "x = a <> b\n", "x = a === b\n",
    "x = a =! b\n", "x = a => b\n", "x = 1 ** \n", "x = -\n", "x = a[]\n", "x = a[1:2:3:4]\n", "x = a[::,]\n",
    "x = [i for i in]\n", "x = [for i in x]\n", "x = [i for in x]\n", "x = [i for i x]\n", "x = [i if i for i in x]\n",
    "x = [i for i in x if]\n", "x = {i: for i in x}\n", "x = {i: j for i in x for}\n", "x = (i for i in x\n",
    "x = [*a for a in b]\n", "x = {*a for a in b}\n", "x = {**a for a in b}\n", "x = [a, b for a in c]\n",
    "x = [a for a in b, c]\n", "x = yield from\n", "x = await\n", "x = lambda\n", "x = lambda x\n",
    "x = a.b.\n", "x = a..b\n", "x = .a\n", "x = a.(b)\n", "x = a(b)(\n", "x = ..\n", "1 +* 2\n",
    "x += 1, 2 = 3\n", "x = 1 +=\n", "x +=\n", "x, y += 1\n", "x: = 1\n", "x: int = \n", "x::int\n",
    "class C(object:\n pass\n", "class C(:\n pass\n", "class 1C: pass\n", "def 1f(): pass\n", "import 1a\n",
    "async x = 1\n", "async with a: pass\n", "async for a in b: pass\n", "async lambda: 0\n", "async class C: pass\n",
    "await = 1\n", "async = 1\n", "def f(async): pass\n", "x = yield\n", "x = *a, *b\n",
    "def f():\n  x = 1\n  return\n  yield from\n", "if True:\n  pass\n else:\n  pass\n",
    "x = 1;;\n", "; x = 1\n", "x = 1; ; y = 2\n", "if x: pass; else: pass\n", "if x: if y: pass\n",
    "if x: for y in z: pass\n", "while x: def f(): pass\n", "x = 1; if y: pass\n", "def f(): class C: pass\n",
    # match statements
    "match x:\n  case 1 + 1: pass\n", "match x:\n  case a.b(): pass\n  case _: pass\n  case 1: pass\n",
    "match x:\n  case _: pass\n  case 1: pass\n", "match x:\n  case a: pass\n  case 1: pass\n",
    "match x:\n  case a | b: pass\n", "match x:\n  case [a, a]: pass\n", "match x:\n  case {1: a, 2: a}: pass\n",
    "match x:\n  case a as a: pass\n", "match x:\n  case 1 as _: pass\n", "match x:\n  case *a: pass\n",
    "match x:\n  case [*a, *b]: pass\n", "match x:\n  case {**a, 1: b}: pass\n", "match x:\n  case {**_}: pass\n",
    "match x:\n  case {a: 1}: pass\n", "match x:\n  case C(a=1, b): pass\n", "match x:\n  case C(a=1, a=2): pass\n",
    "match x:\n  case f(): pass\n  case 1: pass\n", "match x:\n  case -a: pass\n", "match x:\n  case 1 + a: pass\n",
    "match x:\n  case 1j + 1: pass\n", "match x:\n  case a.b as c.d: pass\n", "match x:\n  case (a | 1): pass\n",
    "match x:\n  case [a, *_, b, *_]: pass\n", "match x:\n  case {1: _, 1: _}: pass\n", "match x:\n  case f'{x}': pass\n",
    "match x:\n  case 1 if: pass\n", "match x:\n  case: pass\n", "match x:\n  pass\n", "match:\n  case 1: pass\n",
    "match x\n  case 1: pass\n", "match x:\n  case 1\n    pass\n", "match x:\ncase 1: pass\n", "match x: case 1: pass\n",
    "match x:\n  case a | [b]: pass\n", "match x:\n  case [a] | b: pass\n", "match x:\n  case (a as b) | c: pass\n",
    "match x:\n  case C(1, b=2, 3): pass\n", "match x:\n  case {'a': 1, **rest, 'b': 2}: pass\n",
    "match x:\n  case 1 | _: pass\n", "match x:\n  case _ | 1: pass\n", "match x:\n  case 0 | a: pass\n",
    "match x:\n  case b'x' 'y': pass\n", "match x:\n  case -1j: pass\n", "match x:\n  case 1 - 2: pass\n",
    "match x:\n  case a.b.c(d=*e): pass\n", "match x:\n  case [**a]: pass\n", "match x:\n  case {*a}: pass\n",
    # other 3.11 checks
    "def f():\n  x = 1\n  del x\n  def g(): return x\n", "from . import (a, b,)\n", "import a, b as\n",
    "x = [\n  1,\n  2\n  3,\n]\n", "print(1 2)\n", "print(a=1 2)\n", "x = [1,\n 2\n 3]\n", "d = {\n 'a': 1\n 'b': 2\n}\n",
    "x = a if b else c if d\n", "True: int = 1\n", "(a): int = 1\n", "x = 1\ndel x,\ndel (x),\n", "def f[T](): pass\n",
    "type X = int\n", "x = 1 if 2 else 3 else 4\n", "a[1:2] = b = c() = 1\n", "x = {'a', 'b': 1}\n",
    "x = {'a': 1, 'b'}\n", "x = [a b c]\n", "def f(a, *, b, **c,): pass\n", "def f(*, a, /): pass\n",
]


def seeds():
    """Small valid programs: every fixture under tests/scripts of at most 120 lines."""
    found = []
    for top, _, files in os.walk(os.path.join(ROOT, 'tests', 'scripts')):
        for name in sorted(files):
            if not name.endswith('.py'):
                continue
            path = os.path.join(top, name)
            try:
                with open(path, encoding='utf-8') as f:
                    src = f.read()
            except (UnicodeDecodeError, OSError):
                continue
            if src.count('\n') <= 120:
                found.append(src)
    found.sort()
    return found


def token_spans(src):
    """(start, end, type, string) in character offsets for each significant token of src."""
    starts = [0]
    for line in src.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type in (tokenize.ENDMARKER, tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
                continue
            if tok.type == tokenize.NEWLINE and not tok.string:
                continue
            s = starts[tok.start[0] - 1] + tok.start[1]
            e = starts[tok.end[0] - 1] + tok.end[1]
            out.append((s, e, tok.type, tok.string))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return out


# What a mutation may put in place of a token (or insert before one).
INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '*', '**', 'if', 'else', 'for', 'in', 'lambda',
           'return', 'yield', 'await', 'break', 'continue', 'def', 'class', 'import', 'from', 'as',
           'global x', 'nonlocal x', 'pass', 'not', 'is', ':=', '.', '@', '->', '1', 'None', 'f"{', '"',
           "'''", '\\', ';', 'async', 'del', 'with', 'try', 'except', 'finally', 'match', 'case', '_']


def mutate(src, rng):
    """One broken variant of src (or None when the tokens cannot be read)."""
    toks = token_spans(src)
    if len(toks) < 3:
        return None
    kind = rng.randrange(8)
    i = rng.randrange(len(toks))
    s, e, _, text = toks[i]
    if kind == 0:   # delete a token
        return src[:s] + src[e:]
    if kind == 1:   # duplicate a token
        return src[:e] + ' ' + text + src[e:]
    if kind == 2:   # swap with the next token
        if i + 1 >= len(toks):
            return None
        s2, e2, _, t2 = toks[i + 1]
        return src[:s] + t2 + src[e:s2] + text + src[e2:]
    if kind == 3:   # replace with another piece
        return src[:s] + rng.choice(INSERTS) + src[e:]
    if kind == 4:   # insert a piece
        return src[:s] + rng.choice(INSERTS) + ' ' + src[s:]
    if kind == 5:   # open a bracket and never close it
        return src[:s] + rng.choice('([{') + src[s:]
    if kind == 6:   # break the indentation of a line
        lines = src.splitlines(keepends=True)
        j = rng.randrange(len(lines))
        lines[j] = rng.choice(['  ', ' ', '\t', '']) + (lines[j].lstrip() if rng.random() < 0.5 else lines[j])
        return ''.join(lines)
    # kind 7: cut the program short inside a token run
    return src[:e]


def shrink(src, rng):
    """A window of at most 25 lines of src around a random spot, so errors stay readable."""
    lines = src.splitlines(keepends=True)
    if len(lines) <= 25:
        return src
    start = rng.randrange(len(lines) - 25)
    # Start at a line that is not indented, so the window parses on its own more often.
    while start > 0 and lines[start][:1] in (' ', '\t', '\n'):
        start -= 1
    return ''.join(lines[start:start + 25])


def run(interp, cases):
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, 'cases.json')
        worker = os.path.join(tmp, 'worker.py')
        with open(data, 'w', encoding='utf-8') as f:
            json.dump(cases, f)
        with open(worker, 'w', encoding='utf-8') as f:
            f.write(WORKER)
        proc = subprocess.run([interp, worker, data], capture_output=True, text=True, timeout=1200)
        rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
        if len(rows) < len(cases):
            # The worker died part way: find the culprit one by one from there.
            rows += ['!died'] + [None] * (len(cases) - len(rows) - 1)
            sys.stderr.write(f'{interp} died after {len(rows)} cases: {proc.stderr[-500:]}\n')
        return rows


def classify(ref, got):
    if ref == got:
        return None
    if got == '!died' or (got and got[0].startswith('!')):
        return 'crash'
    if ref is not None and got is None:
        return 'accepted'
    if ref is None:
        return 'rejected'
    if ref[0] != got[0]:
        return 'type'
    if ref[1] != got[1]:
        return 'message'
    if ref[2:4] != got[2:4]:
        return 'position'
    return 'end'


def script_error(interp, src):
    """The last four lines of stderr when src runs as a script file (the caret line included)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 's.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(src)
        proc = subprocess.run([interp, path], capture_output=True, text=True, timeout=30, cwd=tmp)
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        return '\n'.join(lines[-4:]).replace(path, 's.py')


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    gilpy = os.path.abspath(args.pop(0))
    opts = {'--count': '1200', '--seed': '1', '--show': '3', '--dump': '', '--only': '', '--scripts': '0'}
    while args:
        key = args.pop(0)
        opts[key] = args.pop(0)
    rng = random.Random(int(opts['--seed']))
    pool = seeds()
    mutants = []
    tries = 0
    while len(mutants) < int(opts['--count']) and tries < 50 * int(opts['--count']):
        tries += 1
        variant = mutate(shrink(rng.choice(pool), rng), rng)
        if variant is None:
            continue
        try:
            compile(variant, '<s>', 'exec')
        except SyntaxError:
            mutants.append(variant)
        except (ValueError, MemoryError, RecursionError):
            continue
    cases = HANDWRITTEN + mutants
    ref = run(sys.executable, cases)
    got = run(gilpy, cases)
    groups = {}
    for src, r, g in zip(cases, ref, got):
        kind = classify(r, g)
        if kind:
            groups.setdefault(kind, []).append((src, r, g))
    broken = sum(1 for r in ref if r is not None)
    print(f'{len(cases)} programs ({len(HANDWRITTEN)} hand-written, {len(mutants)} mutants), '
          f'{broken} rejected by python3; {sum(map(len, groups.values()))} differ')
    order = ['crash', 'accepted', 'rejected', 'type', 'message', 'position', 'end']
    for kind in order:
        print(f'  {kind:9} {len(groups.get(kind, []))}')
    show = int(opts['--show'])
    for kind in order:
        if opts['--only'] and kind != opts['--only']:
            continue
        items = groups.get(kind, [])
        if not items or not show:
            continue
        print(f'\n== {kind}')
        for src, r, g in items[:show]:
            print(f'--- {src!r:.300}\n  python3: {r}\n  gilpy:   {g}')
    if opts['--dump']:
        with open(opts['--dump'], 'w', encoding='utf-8') as f:
            json.dump({k: [[s, r, g] for s, r, g in v] for k, v in groups.items()}, f, indent=1)
    count = int(opts['--scripts'])
    if count:
        same = 0
        checked = [(s, r) for s, r in zip(cases, ref) if r is not None][:count]
        for src, _ in checked:
            a, b = script_error(sys.executable, src), script_error(gilpy, src)
            if a == b:
                same += 1
            elif show:
                print(f'--- script {src!r:.200}\n  python3: {a!r}\n  gilpy:   {b!r}')
        print(f'script errors: {same}/{len(checked)} printed the same')


if __name__ == '__main__':
    main()
