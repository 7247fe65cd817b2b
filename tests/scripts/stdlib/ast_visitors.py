"""ast's tree helpers: NodeVisitor, NodeTransformer, walk, iter_fields, iter_child_nodes, the
location helpers, get_docstring, get_source_segment, copying nodes, and compile()/exec()/eval()
of trees built or changed in Python."""
import ast
import copy

SOURCE = '''"""Module doc."""
import math

def area(r):
    """Area of a circle.

        Indented second paragraph.
    """
    return math.pi * r ** 2

class Shape:
    \'\'\'A shape.\'\'\'
    sides = 0

    async def grow(self, by=2):
        total = self.sides + by
        return total

print(area(2) > 12, Shape.sides + 1, "caf\u00e9")
'''

tree = ast.parse(SOURCE)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0
        self.functions = []

    def visit_Name(self, node):
        self.names.append(node.id)

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.functions.append((node.name, node.lineno, node.end_lineno))
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef


c = Counter()
c.visit(tree)
print(c.names, c.calls, c.functions)

print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([name for name, _ in ast.iter_fields(tree.body[2])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(ast.get_docstring(tree), '|', ast.get_docstring(tree.body[2]), '|', ast.get_docstring(tree.body[2], clean=False))
print(ast.get_docstring(tree.body[3]), ast.get_docstring(tree.body[3].body[2]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError', e)
for node in [tree.body[2], tree.body[2].body[1].value, tree.body[4].value.args[2], tree.body[3].body[2].args]:
    print(repr(ast.get_source_segment(SOURCE, node)))
print(repr(ast.get_source_segment(SOURCE, tree.body[3].body[2], padded=True)))
print(ast.get_source_segment(SOURCE, ast.Name('x')))


class Doubler(ast.NodeTransformer):
    """Doubles int constants, renames `area`, drops `import` statements, splits prints."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Name(self, node):
        if node.id == 'area':
            return ast.copy_location(ast.Name('surface', node.ctx), node)
        return node

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        if node.name == 'area':
            node.name = 'surface'
        return node

    def visit_Import(self, node):
        return None

    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', '') == 'print':
            note = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('before')], []))
            return [ast.copy_location(note, node), node]
        return node


new = ast.fix_missing_locations(Doubler().visit(copy.deepcopy(tree)))
print(ast.unparse(new))
namespace = {'math': __import__('math')}
exec(compile(new, '<transformed>', 'exec'), namespace)
print(sorted(k for k in namespace if not k.startswith('__')))
print(ast.unparse(tree).count('import'), 'imports left in the original')

# Trees built by hand.
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), '<built>', 'eval')))
module = ast.Module(body=[
    ast.Assign(targets=[ast.Name('x', ast.Store())], value=ast.Constant(5)),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('x', ast.Load())], [ast.keyword('sep', ast.Constant('-'))])),
], type_ignores=[])
fixed = ast.fix_missing_locations(module)
print(ast.dump(fixed, include_attributes=True))
exec(compile(fixed, '<built>', 'exec'), {})
for bad, mode in [(ast.Module([ast.Expr(ast.Name('y', ast.Load()))], []), 'exec'),
                  (ast.Module([ast.Pass()], []), 'eval'), (ast.Name('x', ast.Load()), 'exec'), ('x', 'nope')]:
    try:
        compile(bad, '<bad>', mode)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

moved = ast.parse('a = 1\nb = 2')
ast.increment_lineno(moved, 3)
print([(n.lineno, n.end_lineno) for n in ast.walk(moved) if hasattr(n, 'lineno')])
src = copy.copy(moved.body[0])
dst = ast.copy_location(ast.Pass(), src)
print(dst.lineno, dst.col_offset, dst.end_lineno, dst.end_col_offset)
print(type(compile('1 + 1', '<s>', 'eval', ast.PyCF_ONLY_AST).body.op).__name__, ast.PyCF_ONLY_AST)
print(type(compile(tree, '<t>', 'exec', ast.PyCF_ONLY_AST)).__name__)


class OldStyle(ast.NodeVisitor):
    def visit_Num(self, node):
        print('Num', node.n)

    def visit_Str(self, node):
        print('Str', node.s)


import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    OldStyle().visit(ast.parse("1 + 'a'"))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num), isinstance(ast.Constant('s'), ast.Str))
deep = copy.deepcopy(tree)
print(ast.dump(deep) == ast.dump(tree), deep.body[0] is not tree.body[0])

# compile() of a tree keeps the tree's line numbers (tracebacks and frames name them).
import sys
LINES = '''import os


def f(x):
    """doc"""
    y = x + 1

    if y > 2:
        pass
    elif y:
        z = [1,
             2]
    return 1 / (y - 2)


@staticmethod
class C:
    pass
try:
    f(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('line', tb.tb_lineno)
match 3:
    case 3:
        print('three at', sys._getframe().f_lineno)
'''
exec(compile(ast.parse(LINES), '<tree>', 'exec'), {'sys': sys})
