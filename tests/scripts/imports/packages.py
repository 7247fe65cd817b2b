"""Packages: __init__, submodules, __path__, __package__, __spec__, relative imports, __all__."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def rel(p):
    if p is None:
        return None
    return os.path.relpath(p, HERE)


import helper_pkg
print(helper_pkg.X, helper_pkg.VALUE, helper_pkg.sub.VALUE)
print(helper_pkg.__name__, helper_pkg.__package__)
print([rel(p) for p in helper_pkg.__path__])
print(rel(helper_pkg.__file__), helper_pkg.__cached__ is None or helper_pkg.__cached__.endswith('.pyc'))
spec = helper_pkg.__spec__
print(spec.name, spec.parent, rel(spec.origin), [rel(p) for p in spec.submodule_search_locations], spec.has_location)
print(type(spec).__name__, type(spec.loader).__name__, spec.loader is helper_pkg.__loader__)
print(helper_pkg.sub.__spec__.parent, helper_pkg.sub.__spec__.submodule_search_locations)
print(sorted(k for k in vars(helper_pkg.sub) if k.startswith('__') and k != '__builtins__'))

import helper_pkg.deep
print(helper_pkg.deep.__package__, helper_pkg.deep.leaf.__package__, helper_pkg.deep.leaf.__name__)
print('helper_pkg.deep' in sys.modules, 'helper_pkg.deep.leaf' in sys.modules)

import helper_pkg.deep.leaf as leaf_alias
print(leaf_alias.LEAF, leaf_alias is helper_pkg.deep.leaf)

from helper_pkg import extra
print(extra.E, helper_pkg.extra is extra)

from helper_pkg.deep import leaf
print(leaf.LEAF)

ns = {}
exec('from helper_pkg import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))

try:
    leaf.too_far()
except ImportError as e:
    print(type(e).__name__, e)
try:
    leaf.no_name()
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE + os.sep, ''), e.name, rel(e.path))

try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)

try:
    import helper_pkg.broken
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print('helper_pkg.broken' in sys.modules)

for attempt in range(2):
    try:
        import helper_pkg.raises
    except ValueError as e:
        print(type(e).__name__, e, 'helper_pkg.raises' in sys.modules)

try:
    import helper_pkg.sub.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import helper_pkg.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    from helper_pkg import nothing
except ImportError as e:
    print(type(e).__name__, (e.msg if hasattr(e, 'msg') else '').replace(HERE + os.sep, ''), e.name, rel(e.path))
    print(str(e).replace(HERE + os.sep, ''))

try:
    from sys import nothing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)

# a namespace package spread over two folders
sys.path.append(os.path.join(HERE, 'helper_ns'))
sys.path.append(os.path.join(HERE, 'helper_ns2'))
import nspkg
import nspkg.mod_a
import nspkg.mod_b
from nspkg import inner
print(nspkg.mod_a.A, nspkg.mod_b.B, inner.INNER, nspkg.__file__)
print([rel(p) for p in nspkg.__path__], type(nspkg.__path__).__name__)
print(nspkg.__spec__.origin, nspkg.__spec__.name, [rel(p) for p in nspkg.__spec__.submodule_search_locations])
print(repr(nspkg).startswith("<module 'nspkg' (<_frozen_importlib_external.NamespaceLoader object at "))
print(repr(helper_pkg.sub).replace(HERE + os.sep, ''))
print(repr(sys), repr(nspkg.__spec__).startswith("ModuleSpec(name='nspkg', loader=<_frozen_importlib_external.NamespaceLoader"))
