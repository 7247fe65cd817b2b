# Attribute lookup on classes with a metaclass, and the errors of class creation.

class Desc:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, owner=None):
        return f"data:{self.label}"
    def __set__(self, obj, value):
        print("Desc.__set__", self.label, value)

class NonData:
    def __get__(self, obj, owner=None):
        return "nondata"

class Meta(type):
    data = Desc("meta")
    plain = NonData()
    shared = "from meta"
    @property
    def computed(cls):
        return cls.__name__.lower()
    @computed.setter
    def computed(cls, v):
        print("setter", v)
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
    @classmethod
    def meta_cm(mcls):
        return mcls.__name__
    @staticmethod
    def meta_sm(x):
        return x * 2

class C(metaclass=Meta):
    data = "class data"      # the metaclass's data descriptor wins
    plain = "class plain"    # the class attribute wins over a non-data descriptor
    def method(self):
        return "method"

print(C.data, C.plain, C.shared, C.computed)
C.computed = 5
C.data = 7
print(C.dyn_hello)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(C.meta_cm(), C.meta_sm(4))
print(C().plain, C().data, C().method())
try:
    C().shared
except AttributeError as e:
    print(type(e).__name__, e)
print(type(C).__name__, C.__class__.__name__, type(C()).__name__, type(type(C)).__name__)
print(isinstance(C, Meta), isinstance(C(), Meta), issubclass(Meta, type))

# A metaclass given as a function
def as_function(name, bases, ns, **kw):
    print("as_function", name, kw)
    return 42
class F(metaclass=as_function, k="v"):
    pass
print(F)

# The class is callable through the metaclass's __call__ (a singleton)
class Single(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Single):
    def __init__(self, v=0):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)

# __call__ returning something other than an instance
class Factory(type):
    def __call__(cls, *args):
        return list(args)
class Maker(metaclass=Factory):
    pass
print(Maker(1, 2))

# __init_subclass__ with class keywords and a metaclass
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.classes.append(name)
        return cls
class Base(metaclass=Registry):
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
class Sub1(Base, prefix="one"):
    pass
class Sub2(Sub1):
    pass
print(Registry.classes, Sub1.prefix, Sub2.prefix, type(Sub2).__name__)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Errors
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", [], {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Both2(A1, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class P(metaclass=BadPrep): pass
except TypeError as e:
    print(type(e).__name__, e)

# type() with 3 arguments uses the most derived metaclass, and its __init__ runs
class Loud(type):
    def __new__(mcls, name, bases, ns):
        print("Loud.__new__", name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Loud.__init__", name)
class L(metaclass=Loud): pass
T = type("T", (L,), {"x": 1})
print(type(T).__name__, T.x, T.__mro__)
print(type(int), type(type), type.__class__, isinstance(type, type))

# Metaclass protocols on the class: bool, str, unary, comparison
class Proto(type):
    def __bool__(cls):
        return False
    def __str__(cls):
        return "str of " + cls.__name__
    def __neg__(cls):
        return "neg " + cls.__name__
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
    def __getitem__(cls, key):
        return (cls.__name__, key)
class Pa(metaclass=Proto): pass
class Pb(metaclass=Proto): pass
print(bool(Pa), str(Pa), -Pa, Pa < Pb, Pb < Pa, Pa["k"], sorted([Pb, Pa], key=str))
print("yes" if Pa else "no")

# The namespace from __prepare__ sees every assignment, in order
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class O(metaclass=Ordered):
    b = 1
    a = 2
    def c(self): pass
    b = 3
    x: int = 4
    del a
print(O.order, O.b, hasattr(O, "a"), O.__annotations__)
