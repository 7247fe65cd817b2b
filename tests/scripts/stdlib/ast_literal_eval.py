"""ast.literal_eval: every literal kind from strings and from nodes, and its refusals with
CPython's ValueError and SyntaxError messages."""
import ast
import re


def show(arg):
    try:
        value = ast.literal_eval(arg)
        print(type(value).__name__, repr(value))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError) as e:
        # Node reprs carry addresses: keep the class name only.
        print(type(e).__name__, re.sub(r' object at 0x[0-9a-f]+', '', str(e)))


for text in [
    "1", "-1", "+1", "1.5", "-2.5e-3", "0x10", "1_000", "10**2", "1j", "-1j", "1+2j", "1-2j", "-1+2j",
    "-1.5-2.5j", "2j+1", "1+2", "(1+2j)+3", "'s'", "'a' 'b'", "b'bytes'", "u'u'", "r'\\d'", "True", "False",
    "None", "...", "()", "(1,)", "(1, 2)", "[]", "[1, [2, [3]]]", "{}", "{'a': 1, 'b': [2, 3]}", "{1, 2, 3}",
    "set()", "set([1])", "frozenset()", "{1: {2: {3: 4}}}", "[1, 'a', b'b', None, (True,)]", " \t 42",
    "\n42", "x", "x + 1", "f()", "[x]", "{**a}", "{1: x}", "-'s'", "-(1)", "--1", "-(-1)", "not 1",
    "1 if 1 else 2", "lambda: 1", "[i for i in ()]", "1 < 2", "a.b", "(1, 2,", "'unterminated",
    "1; 2", "x = 1", "f'{1}'", "1e400", "-1e400", "0.1+0.2j",
]:
    show(text)

# Nodes work too (with or without the Expression wrapper).
show(ast.parse("[1, 2]", mode='eval'))
show(ast.parse("(1, -2)", mode='eval').body)
show(ast.Constant(7))
show(ast.List([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ast.Load()))
show(ast.Name('x', ast.Load()))
show(ast.Dict([ast.Constant(1)], []))
show(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(1)))
show(ast.BinOp(ast.Constant(1), ast.Mult(), ast.Constant(1j)))
show(ast.UnaryOp(ast.Not(), ast.Constant(True)))
show(ast.Set([]))
show(ast.Call(ast.Name('set', ast.Load()), [], []))
show(ast.Call(ast.Name('list', ast.Load()), [], []))
show(None)
show(42)
