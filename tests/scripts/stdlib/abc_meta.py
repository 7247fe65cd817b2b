import abc, io, sys
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, get_cache_token, update_abstractmethods
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @property
    @abstractmethod
    def size(self): ...
    def helper(self): return 'h'
print(sorted(Base.__abstractmethods__), type(Base).__name__, ABC.__slots__ if hasattr(ABC, '__slots__') else None, isinstance(Base, ABCMeta))
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def run(self): return 'ran'
try: Half()
except TypeError as e: print(e)
class Full(Half):
    @property
    def size(self): return 3
f = Full(); print(f.run(), f.size, f.helper(), sorted(Full.__abstractmethods__), isinstance(f, Base), issubclass(Full, Base))
class Virtual: pass
t0 = get_cache_token()
print(Base.register(Virtual) is Virtual, get_cache_token() > t0, isinstance(Virtual(), Base), issubclass(Virtual, Base), issubclass(Virtual, Half))
print(Base.register(Full) is Full, issubclass(int, Base))
try: Base.register(5)
except TypeError as e: print(e)
try: Virtual2 = Half.register(Base)
except RuntimeError as e: print(e)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(issubclass(list, Sized), isinstance('', Sized), issubclass(int, Sized), isinstance(3, Sized))
class Sub(Sized): pass
print(issubclass(list, Sub), issubclass(Sub, Sized))
class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C): return 'yes'
try: issubclass(int, BadHook)
except AssertionError as e: print('AssertionError')
try: issubclass(5, Base)
except TypeError as e: print(e)
class M(ABC):
    @abstractclassmethod
    def cm(cls): ...
    @abstractstaticmethod
    def sm(): ...
    @abstractproperty
    def p(self): ...
print(sorted(M.__abstractmethods__))
class N(M):
    @classmethod
    def cm(cls): return 'cm'
    @staticmethod
    def sm(): return 'sm'
    p = 5
print(N.cm(), N.sm(), N().p, N.__abstractmethods__)
class Later(ABC):
    def x(self): pass
Later.x = abstractmethod(lambda self: 1)
print(Later.__abstractmethods__, update_abstractmethods(Later).__abstractmethods__)
try: Later()
except TypeError as e: print(e)
Later.x = lambda self: 2
update_abstractmethods(Later); print(Later().x())
class Plain: pass
print(update_abstractmethods(Plain) is Plain)
print(abstractmethod(lambda: 0).__isabstractmethod__)
buf = io.StringIO(); Sized._abc_registry_clear(); Sized._abc_caches_clear()
Base._dump_registry(buf); print(buf.getvalue().splitlines()[0], len(buf.getvalue().splitlines()))
class MixedMeta(ABCMeta): pass
class WithMeta(metaclass=MixedMeta):
    @abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, WithMeta.__abstractmethods__)
class KB(ABC):
    def __init_subclass__(cls, **kw): super().__init_subclass__(); print('subclass kw', kw)
class K(KB, kw=1): pass
print(K.__mro__[1].__name__)
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
print(list(MySeq()), 2 in MySeq(), MySeq().index(2), isinstance(MySeq(), cabc.Reversible))
cabc.Sequence.register(Virtual); print(issubclass(Virtual, cabc.Sequence), issubclass(Virtual, cabc.Iterable))
