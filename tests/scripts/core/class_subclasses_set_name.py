class D:
    def __set_name__(self, o, n): raise ValueError('boom')
try:
    class X:
        d = D()
except Exception as e: print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
class A: pass
class B(A): pass
class C(A): pass
print(A.__subclasses__(), B.__subclasses__())
del C
import gc; gc.collect()
print(len(A.__subclasses__()) >= 1)
print(bool in int.__subclasses__())
