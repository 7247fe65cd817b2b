class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ()
class C(A):
    __slots__ = ()
class D(B, C):
    __slots__ = ()
d = D(); d.x = 1; print(d.x, D.__mro__[1].__name__)
class E(A):
    __slots__ = ('y',)
class F(A):
    __slots__ = ('z',)
try:
    class G(E, F): pass
except TypeError as e:
    print(e)
class H(B, E):
    pass
h = H(); h.x = 1; h.y = 2; print(h.x, h.y)
