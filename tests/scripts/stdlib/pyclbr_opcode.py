# pyclbr reads classes and functions from source without importing; opcode's tables line up.
import os
import sys

import opcode
import pyclbr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def show(obj, depth=0):
    pad = '  ' * depth
    if isinstance(obj, pyclbr.Class):
        supers = [s.name if isinstance(s, pyclbr.Class) else s for s in obj.super]
        print(pad + 'class', obj.name, supers, obj.lineno, obj.end_lineno, sorted(obj.methods.items()))
    else:
        print(pad + 'def', obj.name, obj.lineno, obj.end_lineno, obj.is_async)
    for child in sorted(obj.children.values(), key=lambda c: c.lineno):
        show(child, depth + 1)


tree = pyclbr.readmodule_ex('helper_runpkg.shapes')
for name in sorted(tree):
    obj = tree[name]
    if isinstance(obj, (pyclbr.Class, pyclbr.Function)):
        print(name, obj.module, os.path.basename(obj.file), obj.parent)
        show(obj)
    else:
        print(name, type(obj).__name__)
print(sorted(pyclbr.readmodule('helper_runpkg.shapes')))
print(sorted(k for k in pyclbr.readmodule_ex('helper_runpkg')))
for bad in ['no_such_module_here', 'helper_runpkg.nothere']:
    try:
        pyclbr.readmodule_ex(bad)
    except ImportError as e:
        print(type(e).__name__, e)
print(pyclbr.readmodule_ex('sys'))
f = pyclbr.Function('m', 'f', 'm.py', 3)
c = pyclbr.Class('m', 'C', ['Base'], 'm.py', 1)
m = pyclbr._nest_function(c, 'meth', 2, 4)
print(c.methods, list(c.children), m.parent is c, f.parent, c.super)

print(all(opcode.opname[opcode.opmap[n]] == n for n in opcode.opmap))
print(len(opcode.opname) >= len(opcode.opmap), opcode.cmp_op)
print(all(isinstance(x, int) for x in opcode.hasconst + opcode.hasname + opcode.haslocal + opcode.hasjabs))
