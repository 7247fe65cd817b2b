class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print("made", type(inst).__name__)
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __iter__(cls):
        return iter([1, 2, 3])
    def __or__(cls, other):
        return ("or", cls.__name__, other.__name__)
    def __contains__(cls, x):
        return x == 5
    @property
    def members(cls):
        return ['a', 'b']
    def hello(cls):
        return "hello from " + cls.__name__

class A(metaclass=Meta, tag="x"):
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

print(type(A), type(A).__name__, A.__class__)
print(repr(A), len(A), A[4], list(A), A | A, 5 in A, 4 in A)
print(A.members, A.hello(), A.tag)
a = A(7)
print(a.get(), isinstance(a, A), isinstance(A, Meta), isinstance(A, type))
class B(A):
    pass
print(type(B), B.tag, issubclass(B, A))
b = B(1)
print(b.v)
print(Meta.__mro__)
try:
    Meta.mro()
except TypeError as e:
    print(e)
print(Meta.mro(Meta), A.mro())
print(A.__mro__)
C = type("C", (A,), {"z": 1})
print(type(C), C.z)
D = Meta("D", (), {"q": 2})
print(D.q, type(D))

class M2(type): pass
class M3(type): pass
class X(metaclass=M2): pass
class Y(metaclass=M3): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class M4(M2): pass
class W(X, metaclass=M4): pass
print(type(W))
class V(W, X): pass
print(type(V))
class U(X, metaclass=type): pass
print(type(U))
try:
    type("Q", (X, Y), {})
except TypeError as e:
    print(type(e).__name__, e)

class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class P(metaclass=Prep, k=1):
    x = injected + 1
print(P.x, P.injected)

class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Prep2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class Q(metaclass=Prep2):
    a = 1
    def f(self): return 2
    a = 3
print(Q.a, Q().f())

class Sub(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return sub is bool or sub is str
class Checker(metaclass=Sub): pass
print(isinstance(3, Checker), isinstance("x", Checker), issubclass(str, Checker), issubclass(int, Checker))
print(isinstance(Checker(), Checker))
print(isinstance(3, (str, Checker)))

class Init:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class MI(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("MI new", name)
        return super().__new__(mcls, name, bases, ns, **kw)
class J(Init, metaclass=MI, flag=1): pass

class Eq(type):
    def __eq__(cls, other):
        return True
    def __hash__(cls):
        return 1
class E1(metaclass=Eq): pass
class E2(metaclass=Eq): pass
print(E1 == E2, E1 != E2, hash(E1))

class SA(type):
    def __setattr__(cls, name, value):
        print("SA setattr", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("SA delattr", name)
        super().__delattr__(name)
class S(metaclass=SA): pass
S.x = 5
print(S.x)
del S.x
print(hasattr(S, 'x'))
print(type.__call__(A, 9).v)
class Sup(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class WithSuper(metaclass=Sup):
    def m(self):
        return __class__.__name__
    def n(self):
        return super().__repr__()[:10]
print(WithSuper().m(), WithSuper().n())
