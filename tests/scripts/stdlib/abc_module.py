import abc
from abc import ABC, ABCMeta, abstractmethod
print(abc.ABCMeta, abc.ABC, type(abc.ABC))
class Base(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} {self.area()}"
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Base):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Full(Half):
    def name(self): return "full"
print(Full().describe())
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
print(isinstance(Full(), Base), issubclass(Full, Base), issubclass(int, Base))
class Other: pass
Base.register(Other)
print(issubclass(Other, Base), isinstance(Other(), Base))
@Base.register
class Other2: pass
print(Other2, issubclass(Other2, Base))
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hooked), isinstance(1, Hooked), issubclass(Duck, Hooked))
class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
try:
    P()
except TypeError as e:
    print(e)
class PP(P):
    x = 3
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def st(): return 1
print(PP.make().x, PP.st())
print(type(abc.get_cache_token()).__name__)
class M(metaclass=ABCMeta):
    @abc.abstractproperty
    def v(self): ...
try: M()
except TypeError as e: print(e)
class U:
    def f(self): pass
U.__abstractmethods__ = frozenset({'f'})
try: U()
except TypeError as e: print(e)
class D(ABC):
    def f(self): pass
D.f = abstractmethod(lambda self: 0)
abc.update_abstractmethods(D)
try: D()
except TypeError as e: print(e)
try: Base.register(3)
except TypeError as e: print(e)
try: issubclass(3, Base)
except TypeError as e: print(e)
try: Full.register(Base)
except RuntimeError as e: print(e)
class WithInit(ABC):
    def __init__(self, v):
        self.v = v
print(WithInit(3).v)
print(sorted(k for k in Base.__dict__ if k in ('__abstractmethods__', '_abc_impl')))
try:
    print(object.__abstractmethods__)
except AttributeError as e:
    print(e)
print(hasattr(Other, '__abstractmethods__'), hasattr(Full, '__abstractmethods__'))
class Multi(ABC):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def c(self): pass
    @abstractmethod
    def b(self): pass
try: Multi()
except TypeError as e: print(e)
class Gen(ABC):
    @abstractmethod
    def __iter__(self):
        while False:
            yield None
class G(Gen):
    def __iter__(self):
        yield from super().__iter__()
        yield 1
print(list(G()))
