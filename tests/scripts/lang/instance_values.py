# Instance attributes kept as shared-key values vectors (hidden classes): every way Python can
# see or change an instance's __dict__ must behave exactly as with a dict per instance.
import copy
import pickle
import dataclasses


class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


# Key order of vars() follows insertion, whatever order each instance used.
a = P(1, 2, 3)
b = P.__new__(P)
b.z = 30
b.x = 10
b.y = 20
print(vars(a), vars(b))
print(list(a.__dict__), list(b.__dict__))

# The dict, once read, is the instance's storage: writes go both ways.
d = a.__dict__
d["w"] = 4
print(a.w, hasattr(a, "w"))
a.v = 5
print(d["v"], d is a.__dict__, d is vars(a))
del d["x"]
print(hasattr(a, "x"), vars(a))

# del of an attribute, then re-adding it: it goes last.
c = P(1, 2, 3)
del c.y
print(vars(c))
c.y = 22
print(vars(c), c.y)
try:
    del c.nothere
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.nothere
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ assignment.
e = P(1, 2, 3)
e.__dict__ = {"q": 7}
print(e.q, vars(e), hasattr(e, "x"))
try:
    e.__dict__ = 5
except TypeError as err:
    print("TypeError:", err)
held = e.__dict__
del e.__dict__
print(vars(e), held, hasattr(e, "q"))
e.t = 1
print(vars(e), held)
class D(dict):
    pass
e.__dict__ = D(r=1)
print(e.r, type(e.__dict__).__name__ in ("D", "dict"))

# Many attributes (past any small limit), set by setattr with computed names.
m = P(0, 0, 0)
for i in range(60):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a59, list(vars(m))[:5])
names = [P(i, i, i) for i in range(3)]
for i, o in enumerate(names):
    setattr(o, "k" + str(i) * 3, i)
print([sorted(vars(o)) for o in names])

# Non-str keys and str subclass keys put through __dict__.
f = P(1, 2, 3)
f.__dict__[1] = "one"
class S(str):
    pass
f.__dict__[S("s")] = "sub"
print(f.s, f.__dict__[1], len(f.__dict__))

# Data descriptors first, then the instance, then non-data descriptors.
class Desc:
    def __get__(self, obj, cls):
        return "data-desc"
    def __set__(self, obj, v):
        obj.__dict__["seen"] = v
class NonData:
    def __get__(self, obj, cls):
        return "non-data"
class G:
    d = Desc()
    n = NonData()
    def meth(self):
        return "method"
g = G()
g.__dict__["d"] = "shadow?"
g.n = "instance wins"
g.d = 9
print(g.d, g.n, g.seen, g.meth())
g.meth = lambda: "instance meth"
print(g.meth())
del g.meth
print(g.meth())

# __getattr__, __getattribute__, __setattr__ overrides.
class H:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "missing:" + name
class I:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
class J:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
h, i, j = H(), I(), J()
i.x = 3
j.x = 3
print(h.real, h.other, i.magic, i.x, j.x, vars(j))

# __class__ assignment keeps the values.
class K1:
    def who(self):
        return "K1"
class K2:
    def who(self):
        return "K2"
k = K1()
k.a, k.b = 1, 2
k.__class__ = K2
print(k.who(), vars(k), k.a)
k.c = 3
k.__class__ = K1
print(k.who(), vars(k))

# __slots__ classes, and a slots class with a __dict__ slot.
class Sl:
    __slots__ = ("p", "q")
s = Sl()
s.p = 1
try:
    s.other = 2
except AttributeError as err:
    print("AttributeError:", err)
try:
    s.__dict__
except AttributeError as err:
    print("AttributeError:", err)
class SlD:
    __slots__ = ("p", "__dict__")
sd = SlD()
sd.p = 1
sd.extra = 2
print(vars(sd), sd.p)

# A subclass adding attributes after its base's.
class Q(P):
    def __init__(self, i):
        super().__init__(i, i, i)
        self.w = i
q = Q(5)
print(vars(q), q.x + q.w)

# copy, deepcopy, pickle, dataclasses, __eq__ by vars.
c1 = copy.copy(a)
c2 = copy.deepcopy(q)
print(vars(c1) == vars(a), vars(c2), c2 is not q)
p2 = pickle.loads(pickle.dumps(q))
print(type(p2).__name__, vars(p2))
@dataclasses.dataclass
class DC:
    x: int
    y: str = "y"
dc = DC(1)
print(dc, dataclasses.asdict(dc), dc == DC(1), dataclasses.replace(dc, x=2))
print(vars(dc), copy.copy(dc))

# Same names in different orders: each instance keeps its own.
objs = []
for n in range(6):
    o = P.__new__(P)
    order = ["x", "y", "z"][n % 3:] + ["x", "y", "z"][:n % 3]
    for name in order:
        setattr(o, name, name + str(n))
    objs.append(o)
print([list(vars(o).items()) for o in objs])
print([o.y for o in objs])

# Instances of a class with no attributes, a class attribute read through an instance, and
# the attribute shadowing it.
class E:
    shared = "class"
e1, e2 = E(), E()
e1.shared = "own"
print(vars(e2), e2.shared, e1.shared, E.shared)
del e1.shared
print(e1.shared, vars(e1))

# Exceptions keep attributes too.
err = ValueError("x")
err.note = 1
print(vars(err), err.note)
try:
    {}["k"]
except KeyError as ex:
    ex.extra = "e"
    print(vars(ex))

# The classic patterns that write through __dict__ from hooks and constructors.
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __setattr__(self, name, value):
        self.__dict__[name] = ("set", value)
    def __getattr__(self, name):
        if name in self.__dict__:
            return "never"
        return "dflt:" + name
r = Rec(a=1, b=2)
r.c = 3
print(r.a, r.c, r.zz, vars(r))
class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.abc, lz.__dict__, lz.abcd, list(vars(lz)))
print(sorted(k for k in dir(r) if not k.startswith("__")))

# Many instances of one class, then one of them deviating: the others are unaffected.
many = [P(i, i * 2, i * 3) for i in range(1000)]
many[500].extra = "x"
del many[501].y
many[502].__dict__["y"] = -1
print(sum(o.x + o.z for o in many), [vars(many[i]) for i in (499, 500, 501, 502)])
print(sum(1 for o in many if hasattr(o, "y")), sum(1 for o in many if "extra" in vars(o)))
