import importlib.abc as A, importlib.machinery as M, sys, types, abc
print([n for n in ('Finder', 'MetaPathFinder', 'PathEntryFinder', 'Loader', 'ResourceLoader', 'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader') if hasattr(A, n)])
print(type(A.Loader).__name__, type(A.MetaPathFinder).__name__)
class L(A.Loader): pass
l = L(); print(l.create_module(None))
try: l.load_module('x')
except ImportError as e: print('ImportError', e)
try: l.module_repr(types.ModuleType('m'))
except NotImplementedError as e: print('NotImplementedError', e)
class F(A.MetaPathFinder):
    def find_spec(self, name, path, target=None): return None
print(F().invalidate_caches(), isinstance(F(), A.MetaPathFinder))
class PE(A.PathEntryFinder): pass
print(PE().invalidate_caches())
class IL(A.InspectLoader):
    def get_source(self, name): return "x = 40 + 2\n" if name == 'gen_mod' else None
il = IL()
code = il.get_code('gen_mod'); ns = {}; exec(code, ns); print(ns['x'], il.get_code('other'), code.co_filename)
c2 = IL.source_to_code('y = 1', 'f.py'); print(c2.co_filename, IL.source_to_code(b'z = 2').co_filename)
try: il.is_package('gen_mod')
except ImportError as e: print('ImportError', repr(str(e)))
m = types.ModuleType('gen_mod'); il.exec_module(m); print(m.x)
class Meta:
    def find_spec(self, name, path, target=None):
        if name == 'virtual_mod':
            import importlib.util
            return importlib.util.spec_from_loader(name, IL2())
class IL2(A.InspectLoader):
    def get_source(self, name): return "value = 'from loader'\n"
sys.meta_path.insert(0, Meta())
import virtual_mod; print(virtual_mod.value, type(virtual_mod.__loader__).__name__)
class RL(A.ResourceLoader): pass
try: RL()
except TypeError as e: print('abstract', 'get_data' in str(e))
class EL(A.ExecutionLoader):
    def get_source(self, name): return 'q = 1'
    def get_filename(self, name): return '/some/where.py'
print(EL().get_code('x').co_filename)
class EL2(A.ExecutionLoader):
    def get_source(self, name): return 'q = 1'
    def get_filename(self, name): raise ImportError
print(EL2().get_code('x').co_filename)
try: A.InspectLoader.get_source(il, 'x')
except ImportError as e: print('ImportError get_source')
