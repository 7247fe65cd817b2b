"""importlib.machinery / _frozen_importlib: specs, loaders, module_from_spec, namespace packages."""
import sys, os, importlib, importlib.machinery as M, importlib.util as U
import tempfile, shutil
here = tempfile.mkdtemp()
for rel, text in [('pkgdir/realpkg/__init__.py', 'X = 1\n'), ('pkgdir/realpkg/sub.py', 'Y = 2\n'), ('pkgdir/nsp/m.py', 'Z=3\n')]:
    os.makedirs(os.path.dirname(os.path.join(here, rel)), exist_ok=True)
    with open(os.path.join(here, rel), 'w') as fh:
        fh.write(text)
sys.path.insert(0, os.path.join(here, 'pkgdir'))
def show(*a):
    print(*a)
def err(f, *a, **k):
    try:
        r = f(*a, **k); print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
s = M.ModuleSpec('a.b', None)
show(repr(s), s.parent, s.has_location, s.cached, s.origin, s.submodule_search_locations, s.loader_state)
s2 = M.ModuleSpec('a.b', None, origin='x', is_package=True, loader_state=5)
show(repr(s2), s2.parent, s2.loader_state)
show(s == M.ModuleSpec('a.b', None), s == s2, s != 3, s == 3)
err(hash, s)
s.has_location = 1; show(s.has_location); s.cached = 'c'; show(s.cached)
show(M.ModuleSpec('top', None).parent, repr(M.ModuleSpec('top', None, is_package=True).parent))
import sys as math
show(type(math.__spec__).__name__, math.__spec__.origin, math.__spec__.loader is M.BuiltinImporter)
show(M.BuiltinImporter.find_spec('sys') is not None, M.BuiltinImporter.find_spec('nonexistent_zz'))
show(M.BuiltinImporter.find_spec('sys', ['x']))
show(M.BuiltinImporter.is_package('sys'), M.BuiltinImporter.get_code('sys'), M.BuiltinImporter.get_source('sys'))
show(type(M.BuiltinImporter()).__name__)
show(type(M.FrozenImporter()).__name__)
import realpkg, realpkg.sub, nsp, nsp.m
show(realpkg.__spec__.name, realpkg.__spec__.parent, realpkg.__spec__.has_location, os.path.basename(realpkg.__spec__.origin))
show(type(realpkg.__loader__).__name__, type(realpkg.__loader__).__module__, realpkg.__loader__.is_package('realpkg'))
show(realpkg.sub.__loader__.is_package('realpkg.sub'), realpkg.sub.__package__, realpkg.__package__)
show(realpkg.sub.__loader__.get_source('realpkg.sub'))
show(realpkg.sub.__loader__.name, os.path.basename(realpkg.sub.__loader__.get_filename()))
ld = realpkg.sub.__loader__
show(ld == M.SourceFileLoader(ld.name, ld.path), ld == M.SourceFileLoader('q', ld.path), hash(ld) == hash(M.SourceFileLoader(ld.name, ld.path)))
show(type(nsp.__path__).__name__, nsp.__spec__.origin, nsp.__file__, type(nsp.__loader__).__name__)
show(repr(nsp.__path__).startswith('_NamespacePath(['), nsp.__loader__.is_package('nsp'), repr(nsp.__loader__.get_source('nsp')))
show(nsp.__spec__.submodule_search_locations is nsp.__path__)
sp = M.PathFinder.find_spec('realpkg')
show(sp.name, sp.has_location, sp.submodule_search_locations is not None, M.PathFinder.find_spec('nope_zz'))
show(M.PathFinder.invalidate_caches())
sp = U.spec_from_loader('foo', M.BuiltinImporter)
show(repr(sp))
sp = U.spec_from_loader('foo', None, origin='o')
show(repr(sp))
class L:
    def is_package(self, n): return True
    def create_module(self, spec): return None
    def exec_module(self, m): m.ran = True
    def __repr__(self): return 'L()'
sp = U.spec_from_loader('foo.bar', L())
show(repr(sp), sp.parent)
m = U.module_from_spec(sp)
show(m.__name__, m.__package__, m.__path__, m.__loader__, m.__spec__ is sp, hasattr(m, '__file__'))
class L2:
    def is_package(self, n): raise ImportError('x')
    def exec_module(self, m): pass
sp = U.spec_from_loader('q', L2())
show(sp.submodule_search_locations)
err(U.module_from_spec, sp)
class L3:
    def create_module(self, spec):
        import types; m = types.ModuleType('other'); m.__name__ = 'keep'; return m
sp = M.ModuleSpec('named', L3(), origin='/x/y.py'); sp.has_location = True; sp.cached = '/c.pyc'
m = U.module_from_spec(sp)
show(m.__name__, m.__file__, m.__cached__, m.__package__)
show(M.SOURCE_SUFFIXES, M.BYTECODE_SUFFIXES, M.all_suffixes()[:3])
import json
show(json.__spec__.name, json.__spec__.submodule_search_locations is not None, json.__spec__.parent)
show(M.FrozenImporter.find_spec('zz_no'))
f = os.path.join(here, 'pkgdir', 'realpkg', 'sub.py')
sp = U.spec_from_file_location('subx', f)
m = U.module_from_spec(sp); sp.loader.exec_module(m); show(m.Y, sp.has_location, os.path.basename(m.__file__))
show(sp.loader.get_data(f))
show(type(sp.loader.get_code('subx')).__name__)
sys.path.pop(0)
shutil.rmtree(here)
print('done')
