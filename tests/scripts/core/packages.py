# Packages beside the script: `import a.b` binds a with b as its attribute; from-imports of submodules.
import sys
import helper_pkg.sub
print(helper_pkg.NAME, helper_pkg.sub.VALUE, "helper_pkg.sub" in sys.modules)
import helper_pkg.inner.leaf as leaf
print(leaf.LEAF, helper_pkg.inner.leaf is leaf)
from helper_pkg import sub
from helper_pkg.inner import leaf as leaf2
print(sub is helper_pkg.sub, leaf2 is leaf)
import os.path
import concurrent.futures
print(os.path is sys.modules["os.path"], concurrent.futures.Future.__module__)
try:
    import helper_pkg.missing
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import nosuch_package.x
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from helper_pkg import missing_name
except ImportError as e:
    print(str(e).split(" (")[0], e.name, e.path is None or e.path.endswith("__init__.py"))
e = ImportError("plain")
print(e.name, e.path, e.msg, ModuleNotFoundError("m", name="x").name)
try:
    from os import nothing_here
except ImportError as e:
    print(e.name)
for make in (lambda: KeyError("a", foo=1), lambda: ImportError("a", foo=1)):
    try:
        make()
    except TypeError as e:
        print(e)
