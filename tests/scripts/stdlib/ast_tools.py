"""ast in the ways tools use it: a constant folder and a tracer (NodeTransformer, then compile and
exec), interactive mode, shifted line numbers in tracebacks, scanning a file for names."""
import ast
# 1. constant folder
class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                value = eval(compile(ast.Expression(node), '<fold>', 'eval'))
            except Exception:
                return node
            return ast.copy_location(ast.Constant(value), node)
        return node
t = Fold().visit(ast.parse("x = 2 * 3 + 4\ny = x * (1 + 1)\nz = 1 / 0"))
print(ast.unparse(t))
# 2. instrumenting: print before each function body
class Trace(ast.NodeTransformer):
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        call = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('enter ' + node.name)], []))
        node.body.insert(0, call)
        return node
src = "def a():\n    return b() + 1\ndef b():\n    return 41\nprint(a())\n"
t = ast.fix_missing_locations(Trace().visit(ast.parse(src)))
exec(compile(t, 'traced', 'exec'), {})
# 3. single mode
exec(compile(ast.parse("1 + 1", mode='single'), '<i>', 'single'))
# 4. shifted lines
t = ast.parse("x = 1\nraise ValueError('boom')\n")
ast.increment_lineno(t, 10)
try:
    exec(compile(t, '<shift>', 'exec'), {})
except ValueError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)
# 5. names used, a typical analysis
tree = ast.parse(open(__file__).read())
names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)})
print(names)
funcs = [(n.name, n.lineno) for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
print(sorted(funcs))
try:
    eval(ast.Expression(ast.Constant(1)))
except TypeError as e:
    print(e)
