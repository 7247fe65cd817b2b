"""ast.unparse: many statements and expressions written back as python3 writes them
(precedence and parentheses, quotes, f-strings, docstrings, blank lines before definitions),
and each result parsed again to the same tree."""
import ast

SNIPPETS = [
    "x = 1, 2", "a, b = b, a", "x = (yield)", "def g():\n    x = yield y\n    return (yield)",
    "(a, b), c = d", "[a, *b] = c", "for x, y in z: pass", "for (x, y) in [(1, 2)]: pass",
    "x = a if b else c", "x = (a if b else c) if d else e", "x = a if (b if c else d) else e",
    "x = lambda: 1", "x = lambda a, b=2, *c, d, e=5, **f: a", "f(lambda x: x)(2)",
    "x = (lambda: 1)()", "x = not a", "x = not (a and b)", "x = (not a) and b", "x = a and b or c",
    "x = a and (b or c)", "x = (a or b) and c", "x = a or b or c", "x = a or (b or c)", "x = (a or b) or c",
    "x = -a ** b", "x = (-a) ** b", "x = a ** -b", "x = a ** b ** c", "x = (a ** b) ** c",
    "x = a - (b - c)", "x = (a - b) - c", "x = a * (b + c)", "x = a + b * c", "x = (a + b) * c",
    "x = a / b // c % d @ e", "x = a << b >> c", "x = a | b ^ c & d", "x = (a | b) & c",
    "x = ~a", "x = -(-a)", "x = +a", "x = - - a", "x = a < b < c", "x = (a < b) < c",
    "x = a is not b", "x = a not in b", "x = a in (b in c)", "x = (a, b) == (c, d)",
    "x = a.b.c(d)[e]", "x = (a + b).c", "x = 1 .real", "x = 1.5.real", "x = (1).real", "x = 'a'.join(b)",
    "x = a[1:2]", "x = a[::2]", "x = a[:]", "x = a[1:2, 3]", "x = a[(1, 2)]", "x = a[()]", "x = a[b, *c]",
    "x = a[1:2, ::3, ...]", "x = {}", "x = {1: 2, **d}", "x = {**a, **b}", "x = {1, 2}", "x = set()",
    "x = [1, [2, (3,)], {4: {5}}]", "x = ()", "x = (1,)", "x = [*a, *b]", "x = {*a}",
    "f(*args, **kwargs)", "f(a, *b, c=1, **d)", "f(x for x in y)", "f((x for x in y), 1)",
    "x = [i for i in range(3) if i if not i]", "x = {k: v for k, v in d.items()}", "x = {a for b in c for a in b}",
    "x = (y for y in z)", "async def f():\n    return [x async for x in y]", "async def f():\n    await x\n    await (a + b)\n    async with a as b: pass\n    async for i in j: pass",
    "x = (y := 10)", "print((y := 5))", "if (n := len(a)) > 10: pass", "[y := 1, y ** 2]",
    "x = 'a'", "x = \"it's\"", "x = 'say \"hi\"'", "x = 'both \\' and \"'", "x = '\\n\\t\\\\'", "x = b'\\x00bytes'",
    "x = u'unicode'", "x = 'é ü 中文'", "x = '\\x7f\\u200b'", "x = 1e400", "x = -1e400", "x = 1j", "x = 1e400j", "x = 0x1F + 0o17 + 0b101 + 1_000",
    "x = f'{a}'", "x = f'{a!r}'", "x = f'{a:>10}'", "x = f'{a:{b}.{c}}'", "x = f'{a=}'", "x = f'{a = }'",
    "x = f'{{literal}} {a}'", "x = f\"{'nested'}\"", "x = f'{a}\\n{b}'", "x = f\"{x!r:^{w}}\"", "x = f'{ {1: 2}[1] }'",
    "x = f'''multi\nline {a}'''", "x = f'{a[\"k\"]}'", "x = f'{3.5:.2f}'", "x = f'{(lambda: 1)()}'",
    "x = ...", "x = None", "x = True", "del a, b[0], c.d", "del (a, b)", "global a, b", "def f():\n    nonlocal x",
    "assert x", "assert x, 'msg'", "raise", "raise E", "raise E from e", "raise E from None",
    "import a", "import a.b.c as d, e", "from . import x", "from .. a import b as c, d", "from a import *",
    "x += 1", "x **= 2", "x //= 3", "x @= m", "x: int", "x: int = 5", "(x): int = 5", "a.b: str", "a[0]: int = 1",
    "with a: pass", "with a as b, c as (d, e): pass", "with open(f) as fh:\n    data = fh.read()",
    "try:\n    pass\nexcept:\n    pass", "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nelse:\n    d\nfinally:\n    e",
    "try:\n    a\nexcept* E as e:\n    b\nexcept* (F, G):\n    c",
    "try:\n    a\nfinally:\n    b", "while x:\n    break\nelse:\n    continue",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass", "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "class A: pass", "class A(B, C, metaclass=M, **kw):\n    x = 1", "@dec\n@dec2(1)\nclass A: pass",
    "def f(a, /, b, *, c): pass", "def f(a=1, /, b=2, *args, c, d=4, **kw) -> int: pass", "def f(*, a): pass",
    "def f(a: int, *b: str, c: 'x' = 1, **d: float): pass", "@property\ndef f(self): return self._f",
    "x = 1\ndef f(): pass\ny = 2\nclass C:\n    def m(self): pass\n    z = 3\n    def n(self): pass",
    "def f():\n    '''Doc string.'''\n    return 1", "class C:\n    \"doc with 'quotes'\"\n    x = 1",
    "'''Module docstring\nover lines.'''\nimport os", "def f():\n    'ends with quote\"'",
    "match p:\n    case 1 | 2: pass\n    case [a, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy): pass\n    case Point(1, 2, z=3): pass\n    case (a, b) as t if t: pass\n    case None | True | False: pass\n    case -1 | 1.5 | 2j | -1+2j | 'str' | b'by': pass\n    case a.b.c: pass\n    case [*_]: pass\n    case _: pass",
    "match x, y:\n    case (1 | 2) as z: pass\n    case {**rest}: pass\n    case []: pass\n    case (): pass",
    "x = a if b else lambda: c", "x = (yield from g)", "def g():\n    yield from g\n    yield\n    yield a, b",
    "x = [a for b in c if (d := b)]", "print(*(a + b), *c)", "f(**{'a': 1})", "x = (await y for y in z)",
    "x = a[b:c:d]", "x = a[-1]", "x = -1", "x = (-1) ** 2", "x = 2 ** -1", "x = not -a", "x = -(not a)",
    "x = (a, b)[0]", "x = [a, b][0]", "x = {a: b}[c]", "x = a()()", "x = (a if b else c)()", "x = (a + b)[c]",
    "x = 'a' 'b'", "x = ('a'\n     'b')", "x = b'a' b'b'", "x = a.b = c", "x = y = z = 0",
    "if True:\n    pass\n# comment\n\n\nx = 1",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print('---')
    again = ast.parse(text)
    if ast.dump(again) != ast.dump(tree):
        print('ROUND TRIP CHANGED:', repr(src))

# Expressions in eval mode and single nodes.
for src in ["a + b * c", "(a, b)", "a if b else c", "lambda: (yield)", "x[1:2, 3]"]:
    print(ast.unparse(ast.parse(src, mode='eval')))
print(ast.unparse(ast.Name('plain')))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Constant(2))))
print(ast.unparse(ast.Constant((1, 2))), ast.unparse(ast.Constant((1,))), ast.unparse(ast.Constant(())))
print(ast.unparse(ast.Set([])), ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.Constant(float('inf'))), ast.unparse(ast.Constant(complex(0, float('inf')))))

# Quote choice and escapes: plain strings, docstrings, f-strings (no backslash in a field).
QUOTES = [
    "f\"{x}'s\"", "f'{x}\\n'", "f'''{x}\"'''", "f'{x}\\\\'", "f\"{'a'!r}\\\"\"", "f'{\"\\'\"}'" , "f'\\t{x}\\r'",
    "f'{x:\\n}'", "'''a\"'''", "'a\\nb'", "\"'\\\"\"", "'\\'\"\"\"'''", "b'\\''", "f'{x}' '\\x00'",
    "def f():\n    '''tab\\tdoc'''", "def f():\n    '''ends with backslash\\\\'''", "def f():\n    \"\"\"has ''' inside\"\"\"",
    "def f():\n    'both \\'\\'\\' and \"\"\"'", "x = '\\u00e9\\U0001f600\\x7f'", "x = f'{\"é\"}'", "x = f'{x!r:{\"a\"}}'",
]
for src in QUOTES:
    try:
        print(ast.unparse(ast.parse(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
