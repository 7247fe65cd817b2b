import importlib.util as U, sys, os, types
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(sorted(U.__all__) if hasattr(U, '__all__') else None, U.MAGIC_NUMBER)
print(U.resolve_name('a.b', None), U.resolve_name('.x', 'p.q'), U.resolve_name('..x', 'p.q'), U.resolve_name('.', 'p'))
t(lambda: U.resolve_name('.x', None))
t(lambda: U.resolve_name('...x', 'p.q'))
s = U.find_spec('helper_upkg'); print(s.name, s.origin.endswith('helper_upkg/__init__.py'), s.submodule_search_locations is not None, s.parent, s.has_location)
s = U.find_spec('helper_upkg.mod'); print(s.name, s.origin.endswith('mod.py'), s.submodule_search_locations, s.parent)
print(U.find_spec('nonexistent_zz'), U.find_spec('helper_upkg.nope'), U.find_spec('.mod', 'helper_upkg').name)
t(lambda: U.find_spec('helper_loose.sub'))
import helper_loose; print(U.find_spec('helper_loose') is helper_loose.__spec__)
m = types.ModuleType('nospec'); m.__spec__ = None; sys.modules['nospec'] = m
t(lambda: U.find_spec('nospec'))
del m.__spec__
t(lambda: U.find_spec('nospec'))
sys.modules['nonemod'] = None; print(U.find_spec('nonemod'))
t(lambda: U.find_spec('nonexistent_pkg_q.sub'))
s = U.spec_from_file_location('helper_loose2', 'helper_loose.py'); print(s.name, os.path.isabs(s.origin), type(s.loader).__name__, s.submodule_search_locations, s.has_location)
mod = U.module_from_spec(s); s.loader.exec_module(mod); print(mod.Q, mod.__name__, mod.__file__ == s.origin)
print(U.spec_from_file_location('x', 'file.txt'), U.spec_from_file_location('pk', 'helper_upkg/__init__.py', submodule_search_locations=[]).submodule_search_locations[0].endswith('helper_upkg'))
s2 = U.spec_from_file_location('pk2', 'helper_upkg/__init__.py'); print(s2.submodule_search_locations is not None and s2.submodule_search_locations[0].endswith('helper_upkg'))
class L:
    def get_filename(self, name): return '/from/loader.py'
    def is_package(self, name): return True
s3 = U.spec_from_file_location('viaload', loader=L()); print(s3.origin, s3.submodule_search_locations)
s4 = U.spec_from_loader('sl', L(), origin='here'); print(s4.name, s4.origin, s4.submodule_search_locations)
print(U.source_from_cache('/a/__pycache__/c.cpython-311.pyc'), U.source_from_cache('/a/__pycache__/c.cpython-311.opt-1.pyc'))
for bad in ['/a/c.cpython-311.pyc', '/a/__pycache__/c.pyc', '/a/__pycache__/c.a.b.c.d.pyc', '/a/__pycache__/c.x.y.pyc']:
    t(lambda: U.source_from_cache(bad))
print(repr(U.decode_source(b'a = 1\r\nb = 2\rc\n')), repr(U.decode_source('# -*- coding: latin-1 -*-\nx = "\xe9"\n'.encode('latin-1'))))
