# super().name(...) called without a bound method (vm/attr.rs super_method) and %d / format(int)
# of machine-sized ints written directly: each as the general path answers.
class A:
    def f(self, x=1): return ("A.f", x)
    @classmethod
    def c(cls): return ("A.c", cls.__name__)
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    v = 5
class B(A):
    def f(self, x=2): return super().f(x), super().c(), super().s(), super().p, super().v
    @classmethod
    def c(cls): return super().c()
class C(B):
    def f(self, x=3): return super().f(x)
print(C().f(), B.c())
print(super(B, C()).f(), super(A, B()).__str__()[:10])
try: super(B, C()).nope()
except AttributeError as e: print(e)
class E(A):
    def f(self):
        m = super().f
        return m(), super().__class__, super().__self__.__class__.__name__, super().__thisclass__.__name__
print(E().f())
print(super(A, A()).__repr__()[:10], '%d-%i-%u %#d %0d %-d' % (5, -7, 10**20, 3, 4, 5), '%d' % True, '%5d|%-4d|%+d|%.3d' % (1, 2, 3, 4))
print(format(12345, 'd'), f"{-12:d}", format(10**30, 'd'), f"{7}")
