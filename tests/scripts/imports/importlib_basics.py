"""importlib: import_module (absolute and relative), reload, find_spec, the load-from-a-path recipe."""
import importlib
import importlib.util
import importlib.machinery
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

m = importlib.import_module('helper_pkg.deep.leaf')
print(m.__name__, m.LEAF)
print(importlib.import_module('.leaf', 'helper_pkg.deep').__name__)
print(importlib.import_module('..sub', 'helper_pkg.deep').__name__)
print(importlib.import_module('json').__name__)
for name, package in [('.x', None), ('...x', 'a.b'), ('', None), ('nope_nothing', None), ('.x', '')]:
    try:
        importlib.import_module(name, package)
    except Exception as e:
        print(type(e).__name__, e)

import tempfile
TMP = tempfile.mkdtemp()
sys.path.insert(0, TMP)
path = os.path.join(TMP, 'loadme.py')
with open(path, 'w') as f:
    f.write('COUNT = 1\nprint("loadme runs", __name__)\n')
spec = importlib.util.spec_from_file_location('loadme', path)
print(spec.name, os.path.relpath(spec.origin, TMP), spec.submodule_search_locations, spec.has_location)
print(type(spec.loader).__name__, spec.parent)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, os.path.relpath(mod.__file__, TMP), 'COUNT' in vars(mod))
sys.modules['loadme'] = mod
spec.loader.exec_module(mod)
print(mod.COUNT)
import loadme
print(loadme is mod)
with open(path, 'w') as f:
    f.write('COUNT = 2\nprint("loadme runs again", __name__)\n')
importlib.invalidate_caches()
r = importlib.reload(mod)
print(r is mod, mod.COUNT)
os.remove(path)
os.rmdir(TMP)
sys.path.remove(TMP)

print(importlib.util.spec_from_file_location('x', os.path.join(HERE, 'data.txt')))
print(importlib.util.find_spec('helper_nothing_at_all'))
s = importlib.util.find_spec('helper_pkg.sub')
print(s.name, os.path.relpath(s.origin, HERE))
print(importlib.util.find_spec('sys'))
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('sys').loader)
print(importlib.util.find_spec('.extra', 'helper_pkg').name)
try:
    importlib.util.find_spec('os.path.nothing')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(importlib.util.resolve_name('.a', 'b.c'), importlib.util.resolve_name('..a', 'b.c'), importlib.util.resolve_name('a', None))
try:
    importlib.util.resolve_name('.a', None)
except ImportError as e:
    print(e)

try:
    importlib.reload(5)
except TypeError as e:
    print(e)
fake = type(sys)('not_registered')
try:
    importlib.reload(fake)
except ImportError as e:
    print(e, e.name)
print(type(sys)('x', 'doc').__doc__, sorted(vars(type(sys)('x'))))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.ModuleSpec is type(s))
print(importlib.machinery.BuiltinImporter.find_spec('sys'))
print(importlib.machinery.PathFinder.find_spec('helper_pkg').name)
print(importlib.util.source_from_cache('/a/b/__pycache__/c.cpython-311.pyc'))
