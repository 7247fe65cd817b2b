"""ast.parse and ast.dump: node classes, fields and positions (lines, UTF-8 byte columns) of
every kind of statement and expression, dump's options, the parse modes and syntax errors."""
import ast

SNIPPETS = [
    "x = 1\nprint(x + 2)\n",
    "def f(a, b: int = 2, /, c=3, *args: str, d, e=5, **kw) -> bool:\n    '''doc'''\n    return a\n",
    "@dec\n@dec2(arg)  # trailing comment\n\nasync def g():\n    await h()\n    async for i in j:\n        yield i\n    async with k as m, n:\n        pass\n",
    "class C(Base, metaclass=Meta, **extra):\n    x: int = 0\n    (y): str\n    def m(self): ...\n",
    "import os.path as p, sys\nfrom ..pkg.mod import (a as b,\n    c)\nfrom . import *\n",
    "for i, (j, k) in enumerate(z):\n    continue\nelse:\n    break\nwhile not done:\n    pass\n",
    "if a:\n    x\nelif b:\n    y\nelif c:\n    pass\nelse:\n    z\n",
    "try:\n    risky()\nexcept (ValueError, TypeError) as e:\n    raise RuntimeError('x') from e\nexcept Exception:\n    raise\nelse:\n    ok()\nfinally:\n    done()\n",
    "try:\n    pass\nexcept* OSError as eg:\n    pass\n",
    "with open('f') as fh, lock:\n    del fh.attr, items[0], name\n",
    "global g1, g2\nassert cond, 'message'\nx += 1; y @= m; z **= 2\n",
    "match command.split():\n    case [action]:\n        pass\n    case ['go', direction] | ['move', direction]:\n        pass\n    case {'x': 0, 'y': yy, **rest}:\n        pass\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case [1, *others] if others:\n        pass\n    case (-1 | 1.5 | 2+3j | 'text' | b'bytes' | None | True) as lit:\n        pass\n    case mod.CONST:\n        pass\n    case _:\n        pass\n",
    "x = [i * j for i in range(3) if i for j in range(2)]\ny = {k: v for k, v in d.items()}\nz = {s for s in t}\ng = (q async for q in r)\n",
    "f(a, *args, key=value, **kwargs)\nf(x for x in y)\nf((x for x in y), 1)\nf(k=(1 + 2))\nobj.method(1)(2)[3:4, ::5]\n",
    "lam = lambda a, *b, c=1, **d: (a, b, c, d)\ncond = a if b else c\nwalrus = (n := len(s))\n",
    "s = f'{name!r:>{width}} and {value=} {{literal}} {x,}'\nb = b'\\x00raw' rb'\\d'\nu = u'text'\nc = 'a' 'b'\n",
    "n = -1 + +2 - ~3\nbig = 123456789012345678901234567890\nnums = (0x1F, 0o17, 0b11, 1_000, 1.5e3, 2j, ...)\n",
    "b = a < b <= c != d is not e not in f\nlogic = a and b or not c\nbits = a | b ^ c & d << 1 >> 2\n",
    "x = a[1:2]\ny = a[::2]\nz = a[b, c:d]\nw = a[*t]\nstar, *rest = items\n",
    "def gen():\n    x = yield\n    y = yield from other()\n    nonlocal_stuff = 1\n",
    "s = 'caf\u00e9'; t = 'é' + x  # non-ASCII columns are counted in bytes\n",
    "values = {**a, 'k': 1, **b}\nempty = {}\nnothing = ()\nraise_ = None\n",
    "del (a, b)\ndel [c, d]\n",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, annotate_fields=False))

print(ast.dump(ast.parse(SNIPPETS[1]), indent=2))
print(ast.dump(ast.parse("x = [1, (2, 3)]"), indent='\t', include_attributes=True))
print(ast.dump(ast.parse("a + b", mode='eval'), indent=0))
print(ast.dump(ast.parse("x = 1\n", mode='single')))
print(ast.dump(ast.parse(b"x = '\xc3\xa9'\n")))

# The shared singletons and the class hierarchy.
t = ast.parse("a = b + c - d")
ops = [n for n in ast.walk(t) if isinstance(n, ast.operator)]
print([type(o).__name__ for o in ops], ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
print(ast.Name._fields, ast.Name._attributes, ast.arguments._fields, ast.arguments._attributes)
print(ast.BinOp.__mro__[1:3], issubclass(ast.Load, ast.expr_context), isinstance(t, ast.mod))
print(ast.Constant.__match_args__, ast.Return.value, ast.FunctionDef.returns, ast.expr.end_lineno)
node = ast.Name('x', ast.Load(), lineno=3)
print(node.id, node.lineno, node.end_lineno, ast.dump(node, include_attributes=True))
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
print(ast.dump(ast.Constant(value=None)), ast.dump(ast.MatchSingleton(None)), ast.dump(ast.arg('a')))
print(ast.dump(ast.Call(ast.Name('f', ast.Load()), [], [])), ast.dump(ast.Call(ast.Name('f', ast.Load()), [], []), annotate_fields=False))
print(ast.dump(ast.Slice(upper=ast.Constant(2)), annotate_fields=False))
print(ast.Name('x') == ast.Name('x'), ast.Module([], []).body)
for bad in [lambda: ast.Name(1, 2, 3), lambda: ast.Name(1, id=2), lambda: ast.AST(1),
            lambda: ast.Pass(1), lambda: ast.dump('not a node'), lambda: ast.Name().id]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
match ast.parse("1 + 2", mode='eval').body:
    case ast.BinOp(ast.Constant(value=a), ast.Add(), ast.Constant(value=b)):
        print('matched', a, b)

for src, mode in [("x = ", 'exec'), ("def f(:\n", 'exec'), ("x = 1", 'eval'), ("(1, 2", 'exec'),
                  ("  indented", 'exec'), ("try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n", 'exec'),
                  ("f(**a, *b)", 'exec'), ("x = 1", 'bogus')]:
    try:
        ast.parse(src, 'file.py', mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
    except ValueError as e:
        print('ValueError', e)

# Bytes are decoded as a source file is (BOM, coding cookie); NUL bytes are refused.
print(ast.dump(ast.parse(b'\xef\xbb\xbfx = 1')), ast.dump(ast.parse(b"# coding: latin-1\nx = '\xe9'")))
for source in ['x = 1\0', b'x\0']:
    try:
        ast.parse(source)
    except SyntaxError as e:
        print('SyntaxError', e)

# The classes of 3.7 and before still construct (as Constant) and answer isinstance.
for n in [ast.Num(5), ast.Num(n=2.5), ast.Str('s'), ast.Str(s='t'), ast.Bytes(b'b'), ast.NameConstant(True), ast.Ellipsis()]:
    print(ast.dump(n), type(n).__name__, n.value, isinstance(n, ast.Num), isinstance(n, ast.Str), isinstance(n, ast.Ellipsis))
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Slice(), ast.Constant(1)])))
print(ast.Constant(3).n, ast.Constant('x').s)

# PEP 484 signature comments (mode='func_type').
for s in ['(int, str) -> bool', '() -> None', '(List[int]) -> Dict[str, int]', '((a, b)) -> c']:
    print(ast.dump(ast.parse(s, mode='func_type'), include_attributes=True))
print(ast.dump(ast.parse("@(dec)\n@(a.b)  # note\n\nclass C: pass\n"), include_attributes=True))
