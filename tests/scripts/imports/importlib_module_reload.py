import importlib, sys
m = importlib.import_module('helper_ilpkg.sub.mod'); print(m.Z, m.__name__)
print(importlib.import_module('.mod', 'helper_ilpkg.sub').Z, importlib.import_module('..sub', 'helper_ilpkg.sub').Y, importlib.import_module('.', 'helper_ilpkg').X)
for args in [('.mod',), ('.mod', ''), (5,), ('',), ('...x', 'helper_ilpkg.sub'), ('nonexistent_mod_q',), ('helper_ilpkg.nothing',), ('.nothing', 'helper_ilpkg'), ('..', 'helper_ilpkg')]:
    try: print(importlib.import_module(*args))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'name', None) if not isinstance(e, AttributeError) else '')
r = importlib.import_module('helper_relo'); print(r.counter)
r2 = importlib.reload(r); print(r2 is r, r.counter)
for bad in [5, None]:
    try: importlib.reload(bad)
    except TypeError as e: print(e)
import types
fake = types.ModuleType('fake_mod')
try: importlib.reload(fake)
except ImportError as e: print(type(e).__name__, e, e.name)
print(importlib.invalidate_caches(), importlib.__import__ is __import__, sorted(importlib.__all__))
print(importlib.import_module('os.path').__name__ in ('posixpath',), importlib.import_module('json').__name__)
sub = importlib.import_module('helper_ilpkg.sub'); print(importlib.reload(sub).Y)
print(hasattr(importlib, 'util'), importlib.util.find_spec('json') is not None)
