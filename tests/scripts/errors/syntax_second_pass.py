# SyntaxErrors CPython decides late: yield inside f-strings, '=' after global/nonlocal, a
# missing block or handler reported at a DEDENT (offset 0, end_offset -1).
tests = [
    "f'{yield}'\n",
    "def f():\n  return f'{yield}'\n",
    "def f():\n  return f'{(yield 1)}'\n",
    "f'{await x}'\n",
    "global x = 1\n",
    "nonlocal x = 1\n",
    "def f():\n  global x, y = 2\n",
    "if 1:\n  try:\n    pass\nx = 1\n",
    "try:\n  pass\nx = 1\n",
    "if 1:\n  try:\n    pass\n  x = 1\n",
    "if 1:\n  if 2:\n    if x:\nq()\n",
    "if x:\ny\n",
    "class Meters:\n    def __init__(self, v):\n",
    "if 1:\n  try:\n    pass\n",
    "class A:\n  if x:\n    pass\n   y\n",
]
for t in tests:
    try:
        compile(t, "<s>", "exec")
        print(repr(t), "ok")
    except SyntaxError as e:
        print(repr(t), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def gen():
    x = yield
    print(f'{x}:{(yield x * 2)}')


g = gen()
next(g)
print(g.send(5))
try:
    g.send('v')
except StopIteration:
    print('done')
