class C:
    __x = 1
    def get(self): return self.__x
    def f(self, __a): return __a
    def g(self):
        try:
            return self.f(__a=1)
        except TypeError as e:
            return str(e)
    def loc(self):
        __y = 2
        return sorted(locals())
    class __Inner:
        __z = 3
        def z(self): return self.__z
    def inner(self): return self.__Inner().z()
print(C().get(), hasattr(C, '_C__x'), hasattr(C, '__x'))
print(C().g())
print(C().loc())
print(C().inner(), hasattr(C, '_C__Inner'), hasattr(C._C__Inner, '_Inner__z'))
class _D:
    __q = 1
print(hasattr(_D, '_D__q'))
class B:
    def __init__(self): self.__p = 'B'
class E(B):
    def __init__(self):
        super().__init__(); self.__p = 'E'
e = E()
print(sorted(k for k in vars(e)))
print(e._B__p, e._E__p)
