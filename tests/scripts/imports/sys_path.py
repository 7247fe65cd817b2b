"""sys.path: the script's folder first, the standard library after; changing it at run time; a
module beside the path shadows a pure-Python standard-library module, never a built-in one."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == HERE)
print(len(sys.path) >= 2, all(isinstance(p, str) for p in sys.path))
print('sys' in sys.builtin_module_names, 'time' in sys.builtin_module_names, 'random' in sys.builtin_module_names)

print('textwrap' in sys.modules)
sys.path.insert(0, os.path.join(HERE, 'helper_shadow'))
import textwrap
print(textwrap.dedent('  x'), os.path.relpath(textwrap.__file__, HERE))
del sys.modules['textwrap']
sys.path.pop(0)
import textwrap
print(textwrap.dedent('  x'), hasattr(textwrap, 'wrap'))
sys.path.insert(0, os.path.join(HERE, 'helper_shadow'))
import time
print(hasattr(time, 'perf_counter'))
sys.path.pop(0)

try:
    import helper_nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)

saved = sys.modules['os']
sys.modules['helper_blocked'] = None
try:
    import helper_blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

sys.path.append(os.path.join(HERE, 'helper_ns'))
import nspkg.mod_a
print(nspkg.mod_a.A)
