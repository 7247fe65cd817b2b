class Base:
    kind = "base"
    def m(self):
        return "Base.m"

class C(Base):
    def f(self):
        return "C.f"

def probe(o):
    return o.m(), o.kind, o.f()

c = C()
for i in range(3):
    print(probe(c))
Base.m = lambda self: "new Base.m"
print(probe(c))
C.m = lambda self: "C.m"
print(probe(c))
del C.m
print(probe(c))
c.m = lambda: "inst m"
print(probe(c))
del c.m
print(probe(c))
Base.kind = "changed"
print(probe(c))
C.kind = property(lambda self: "prop")
print(probe(c))
del C.kind
print(probe(c))
class D(Base):
    def f(self):
        return "D.f"
    kind = 5
c.__class__ = D
print(probe(c))
c.__class__ = C
print(probe(c))
c.kind = "own"
print(probe(c))
class Desc:
    def __get__(self, o, t):
        return "desc"
C.kind = Desc()
del c.kind
print(probe(c))
Desc.__set__ = lambda self, o, v: None
c.__dict__["kind"] = "own again"
print(probe(c))
def g(): return len([1,2])
print(g())
len = lambda x: 99
print(g())
del len
print(g())
