# __slots__ members read and written through the attribute cache's plan: unset slots, deletes, subclass slots, hooks that stand before them, a property beside them, __dict__ in the slots, a class swap between same-layout classes.
class A:
    __slots__ = ('x', 'y')
class B(A):
    __slots__ = ('z',)
b = B()
try: b.x
except AttributeError as e: print(e)
b.x = 1; b.z = 3; print(b.x, b.z)
del b.x
try: b.x
except AttributeError as e: print(e)
try: del b.x
except AttributeError as e: print(e)
class H(A):
    __slots__ = ()
    def __getattribute__(self, n): return 'hooked ' + n
    def __setattr__(self, n, v): print('set', n, v); object.__setattr__(self, n, v)
h = H(); h.x = 5; print(h.x, object.__getattribute__(h, 'x'))
class P:
    __slots__ = ('a',)
    @property
    def b(self): return self.a * 2
p = P(); p.a = 4; print(p.b)
for i in range(3):
    p.a = i; print(p.a)
class Q:
    __slots__ = ('a', '__dict__')
q = Q(); q.a = 1; q.other = 2; print(q.a, q.other, q.__dict__)
A.x.__set__(b, 9); print(b.x, A.x.__get__(b))
class C1:
    __slots__ = ('v',)
class C2:
    __slots__ = ('v',)
c = C1(); c.v = 1; c.__class__ = C2; print(c.v, type(c).__name__); c.v = 2; print(c.v)
