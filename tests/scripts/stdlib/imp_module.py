# imp (deprecated, removed in 3.12) against python3: find_module/load_module, load_source/package, the lock.
import warnings, sys, os, tempfile, shutil
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import imp
print([str(x.message) for x in w])
d = tempfile.mkdtemp()
open(d + '/modx.py', 'w').write('X = 1\nprint("running modx", __name__)\n')
os.mkdir(d + '/pkgy'); open(d + '/pkgy/__init__.py', 'w').write('Y = 2\n')
m = imp.new_module('zz'); print(type(m).__name__, m.__name__, 'zz' in sys.modules)
print(imp.get_magic() == __import__('importlib.util').util.MAGIC_NUMBER, imp.PY_SOURCE, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.PY_FROZEN, imp.IMP_HOOK)
print([s for s in imp.get_suffixes() if s[2] != imp.C_EXTENSION])
f, p, desc = imp.find_module('modx', [d]); print(type(f).__name__, p.rsplit('/', 1)[-1], desc, f.encoding); 
mod = imp.load_module('modx', f, p, desc); f.close(); print(mod.X, mod.__name__, mod.__file__.rsplit('/', 1)[-1], sys.modules['modx'] is mod)
open(d + '/modx.py', 'w').write('X = 5\n')
mod2 = imp.load_source('modx', d + '/modx.py'); print(mod2 is mod, mod.X)
print(imp.find_module('pkgy', [d])[0], imp.find_module('pkgy', [d])[2])
pk = imp.load_module('pkgy', *imp.find_module('pkgy', [d])); print(pk.Y, [x.rsplit('/', 1)[-1] for x in pk.__path__], pk.__name__)
pk2 = imp.load_package('pkgz', d + '/pkgy'); print(pk2.Y, pk2.__name__)
print(imp.find_module('sys'), imp.load_module('sys', None, None, ('', '', imp.C_BUILTIN)) is sys)
for args in [(3,), ('x', 'abc'), ('nonexistent_mod_q', [d])]:
    try: imp.find_module(*args)
    except Exception as e: print(type(e).__name__, e, getattr(e, 'name', None))
for det in [('', 'w', 1), ('', 'r', 1), ('', 'r', 99), ('', 'r+', 5)]:
    try: imp.load_module('q', None, 'q', det)
    except Exception as e: print(type(e).__name__, e)
for a in ['', d]:
    try: imp.NullImporter(a)
    except ImportError as e: print('ImportError', e, e.path == a)
print(imp.NullImporter(d + '/nothing').find_module('x'))
print(imp.lock_held()); imp.acquire_lock(); print(imp.lock_held()); imp.release_lock(); print(imp.lock_held())
try: imp.release_lock()
except RuntimeError as e: print(e)
print(imp.init_builtin('nonexistent_q'), imp.init_builtin('sys') is sys, imp.is_builtin('sys') > 0, imp.is_frozen('nonexistent_q'))
print(imp.init_frozen("nonexistent_q"))
shutil.rmtree(d)
