class A:
    def __add__(s, o): return 'A.add'
    def __radd__(s, o): return 'A.radd'
class B(A):
    def __radd__(s, o): return 'B.radd'
class B2(A): pass
print(A() + B(), A() + B2(), B() + A(), A() + A())
class N:
    def __add__(s, o): return NotImplemented
    def __radd__(s, o): return 'N.radd'
try: print(N() + N())
except TypeError as e: print(e)
class M:
    def __radd__(s, o): return 'M.radd'
class M2(M): pass
print(1 + M(), M2.__radd__(M2(), 1))
class C:
    def __lt__(s, o): return 'C.lt'
    def __gt__(s, o): return 'C.gt'
class D(C):
    def __gt__(s, o): return 'D.gt'
class D2(C): pass
print(C() < D(), C() < D2(), D() < C(), C() < C())
class E:
    def __eq__(s, o): return 'E.eq'
class F(E):
    def __eq__(s, o): return 'F.eq'
print(E() == F(), F() == E())
class G:
    def __lt__(s, o): return NotImplemented
try: print(G() < G())
except TypeError as e: print(e)
class P:
    def __pow__(s, o, m=None): return 'P.pow'
    def __rpow__(s, o): return 'P.rpow'
class Q(P):
    def __rpow__(s, o): return 'Q.rpow'
print(P() ** Q(), pow(P(), Q()))
class S:
    def __iadd__(s, o): return NotImplemented
    def __add__(s, o): return 'S.add'
class T(S):
    def __radd__(s, o): return 'T.radd'
x = S(); x += T(); print(x)
class IntSub(int):
    def __radd__(s, o): return 'IntSub.radd'
print(1 + IntSub(2))
# The subclass's reflected method declines: the left's method answers, the right is not asked again.
calls = []
class L:
    def __sub__(s, o): calls.append('L.sub'); return 'L.sub'
    def __rsub__(s, o): calls.append('L.rsub'); return NotImplemented
class R(L):
    def __rsub__(s, o): calls.append('R.rsub'); return NotImplemented
print(L() - R(), calls)
calls.clear()
class Lc:
    def __le__(s, o): calls.append('Lc.le'); return NotImplemented
class Rc(Lc):
    def __ge__(s, o): calls.append('Rc.ge'); return NotImplemented
try:
    Lc() <= Rc()
except TypeError as e:
    print(e, calls)
# Unrelated classes keep the usual order.
class U:
    def __mul__(s, o): return 'U.mul'
class V:
    def __rmul__(s, o): return 'V.rmul'
print(U() * V(), 3 * V())
