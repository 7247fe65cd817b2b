# modulefinder: scanning a script's imports (packages, relative and star imports, missing ones).
import os, sys, tempfile, shutil, modulefinder

here = tempfile.mkdtemp()
root = os.path.join(here, 'tree')
shutil.rmtree(root, ignore_errors=True)
files = {
    'main.py': 'import alpha\nfrom pkg import sub, missing_sub\nfrom pkg.sub import thing\nimport nosuch.deep\nfrom beta import *\nimport pkg.inner.leaf as leaf\nX = 1\ndef f():\n    import gamma\n    global G\n    G = 2\n',
    'alpha.py': 'import sys\nA = 1\n',
    'beta.py': 'from alpha import *\nB = 2\ndef bfunc(): pass\n',
    'gamma.py': 'from . import nothing\n',
    'pkg/__init__.py': 'from .sub import thing\nimport zzz_missing\nPKG = 1\n',
    'pkg/sub.py': 'thing = 3\nfrom .. import up\n',
    'pkg/inner/__init__.py': 'from ..sub import thing as t2\nfrom . import leaf\n',
    'pkg/inner/leaf.py': 'from .. import sub\nfrom ...pkg import sub as s2\nfrom extmod import *\n',
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

def short(p):
    return p.replace(root + '/', '') if isinstance(p, str) else p

mf = modulefinder.ModuleFinder([root], excludes=['excluded'])
mf.run_script(os.path.join(root, 'main.py'))
for name in sorted(mf.modules):
    m = mf.modules[name]
    print(name, short(m.__file__), [short(p) for p in m.__path__] if m.__path__ else m.__path__, sorted(m.globalnames), sorted(m.starimports))
print(sorted((k, sorted(v)) for k, v in mf.badmodules.items()))
print(mf.any_missing())
print(mf.any_missing_maybe())
import io, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    mf.report()
print(short(out.getvalue().replace(root, 'ROOT')))
print(repr(modulefinder.Module('a')), repr(modulefinder.Module('b', 'f.py', ['p'])))
mf2 = modulefinder.ModuleFinder([root])
mf2.load_file(os.path.join(root, 'beta.py'))
print(sorted(mf2.modules), sorted(mf2.modules['beta'].globalnames))
mf3 = modulefinder.ModuleFinder([root], excludes=['alpha'])
mf3.import_hook('pkg', None, ['*'])
print(sorted(mf3.modules), mf3.any_missing())
mf4 = modulefinder.ModuleFinder([root])
try:
    mf4.import_hook('nonexistent_xyz')
except ImportError as e:
    print('ImportError', e)
shutil.rmtree(root)
shutil.rmtree(here)
