# super(C, obj), super(C, Sub), unbound super(C), zero-argument super() in methods, classmethods,
# staticmethods, nested functions, generators, comprehensions, metaclasses; CPython errors.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class B(A, flag=1):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    @staticmethod
    def s():
        try:
            return super().s()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
    def nested(self):
        def inner():
            return super().f()
        try:
            return inner()
        except Exception as e:
            return type(e).__name__ + " " + str(e)
    def lam(self):
        return (lambda: super().f())()
    def gen(self):
        yield super().f()
    def comp(self):
        return [super().f() for _ in range(1)]
b = B()
print(b.f(), B.c(), b.c(), B.s(), b.nested(), list(b.gen()))
try: print(b.comp())
except Exception as e: print(type(e).__name__, e)
try: print(b.lam())
except Exception as e: print(type(e).__name__, e)
print(super(B, b).f(), super(B, B).c(), super(B, B).f(b))
u = super(B)
print(u)
print(repr(super(B, b))[:28])
print(u.__get__(b).f(), u.__thisclass__, u.__self__)
for args in [(B, 1), (1, b), (B, A()), (B, A), (A, B), ()]:
    try: print(super(*args))
    except Exception as e: print(type(e).__name__, e)
def free():
    try: super()
    except Exception as e: print(type(e).__name__, e)
free()
def free2(x):
    try: super()
    except Exception as e: print(type(e).__name__, e)
free2(1)
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(C().f())
print(super(C, C()).__thisclass__, super(C, C()).__self__.__class__, super(C, C()).__self_class__)
class M(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class K(metaclass=M): pass
print(K)
