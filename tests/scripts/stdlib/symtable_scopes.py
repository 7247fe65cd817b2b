import symtable

SOURCES = [
    "x = 1\ndef f(a, b=2, *args, c, **kw):\n    y = a + x\n    def g():\n        return y + b\n    return g\n",
    "class C:\n    attr = 1\n    def m(self):\n        return super().m()\n    def n(self):\n        return attr\n",
    "def outer():\n    v = 0\n    def inner():\n        nonlocal v\n        v += 1\n    return inner\n",
    "import os, a.b as ab\nfrom m import p, q as r\nglobal_name: int = 3\nann: str\n",
    "def f():\n    global G\n    G = 1\n    return [i * k for i in range(3) for k in range(i)]\n",
    "def f(x):\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    "lam = lambda a, *b: a + free\nsq = {k: v for k, v in []}\ngen = (n for n in range(2) if (w := n))\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        pass\n    with open(p) as fh, z:\n        pass\n    for i, (j, k) in []:\n        del j\n",
    "class A:\n    x = 1\n    class B:\n        y = x\n    def m(self):\n        __priv = 1\n        return __priv\n",
    "def f():\n    x = 1\n    class K:\n        x = 2\n        def m(self):\n            return x\n    return K\n",
]


def show(table, depth=0):
    pad = '  ' * depth
    print(pad + repr(table), table.get_type(), table.get_name(), table.get_lineno(),
          table.is_optimized(), table.is_nested(), table.has_children())
    for name in table.get_identifiers():
        s = table.lookup(name)
        flags = [f for f in ('referenced', 'imported', 'parameter', 'global', 'nonlocal',
                             'declared_global', 'local', 'annotated', 'free', 'assigned',
                             'namespace') if getattr(s, 'is_' + f)()]
        print(pad + '  ', repr(s), flags)
    if isinstance(table, symtable.Function):
        print(pad + '  fn', table.get_parameters(), table.get_locals(), table.get_globals(),
              table.get_nonlocals(), table.get_frees())
    if isinstance(table, symtable.Class):
        print(pad + '  cls', table.get_methods())
    for child in table.get_children():
        show(child, depth + 1)


for src in SOURCES:
    show(symtable.symtable(src, 'sample.py', 'exec'))
    print('--')

top = symtable.symtable("def f(): pass\ndef f(): pass\n", "x.py", "exec")
s = top.lookup('f')
print(s.is_namespace(), len(s.get_namespaces()))
try:
    s.get_namespace()
except ValueError as e:
    print('ValueError', e)
try:
    top.lookup('nope')
except KeyError as e:
    print('KeyError', e)
try:
    symtable.symtable("x = (", "bad.py", "exec")
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
print(symtable.symtable("a + b", "e.py", "eval").get_identifiers())
print(top.get_children()[0] is top.lookup('f').get_namespaces()[0])
