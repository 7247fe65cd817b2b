# super objects answer __class__ themselves (unbound and bound), as CPython's super_getattro.
class P:
    def f(self): return 'P'
class Q(P):
    def f(self): return 'Q' + super(Q, self).f()
    def g(self): return super().__class__.__name__, super(Q, self).__class__ is super
print(Q().f(), super(Q).__class__.__name__, Q().g(), type(super(Q)).__name__)
