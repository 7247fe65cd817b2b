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
from helper_pkg import missing_name
