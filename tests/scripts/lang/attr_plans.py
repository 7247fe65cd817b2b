# Attribute reads, writes and method loads on instances while the classes change under them:
# the VM's attribute cache must see every change (values, methods, descriptors, hooks).


class Counted:
    made = 0
    label = "counted"

    def __init__(self, v):
        Counted.made += 1
        self.v = v

    def get(self):
        return self.v


class Child(Counted):
    pass


def reads(o):
    return (o.v, o.made, o.label, o.get())


c = Child(1)
print(reads(c))
for i in range(3):
    Child(i)
    print(c.made, Child.made, Counted.made, reads(c))

# A plain value replaced by a function, and back.
Counted.label = lambda self: "method now"
print(c.label())
Counted.label = "plain again"
print(c.label)

# A method replaced, then shadowed by the instance, then the shadow removed.
Counted.get = lambda self: ("replaced", self.v)
print(c.get())
c.get = lambda: "own"
print(c.get())
del c.get
print(c.get())

# A subclass gains its own value, then loses it.
Child.made = "child's"
print(c.made, Counted.made)
del Child.made
print(c.made)


# A property added to a base after instances were read: it wins over the instance dict.
class Base:
    pass


class Leaf(Base):
    def __init__(self):
        self.x = 1


leaf = Leaf()
for _ in range(3):
    print(leaf.x)
Base.x = property(lambda self: "from property")
print(leaf.x, leaf.__dict__)
leaf.__dict__["x"] = 2
print(leaf.x)
del Base.x
print(leaf.x)


# Data descriptors with __set__, non-data descriptors, and a __getattr__ fallback.
class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj is not None)

    def __set__(self, obj, value):
        obj.__dict__["_stored"] = value


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class WithDesc:
    d = Desc()
    n = NonData()

    def __getattr__(self, name):
        return "fallback " + name


w = WithDesc()
for _ in range(2):
    print(w.d, w.n, w.missing)
    w.d = 7
    w.n = "shadow"
    print(w._stored, w.n)
    del w.n
print(w.n)


# __getattribute__ and __setattr__ added to a class after use.
class Hooked:
    def __init__(self):
        self.a = 1

    def m(self):
        return "m"


h = Hooked()
for _ in range(2):
    print(h.a, h.m())
Hooked.__getattribute__ = lambda self, name: "hooked " + name
print(h.a, h.m)
del Hooked.__getattribute__
print(h.a, h.m())
Hooked.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
h.a = 5
print(h.a)
del Hooked.__setattr__
h.a = 5
print(h.a)


# staticmethod, classmethod and builtins found through an instance.
class Kinds:
    s = staticmethod(lambda: "static")
    k = classmethod(lambda cls: cls.__name__)
    t = (1, 2)
    f = len

    def plain(self):
        return self.t


kd = Kinds()
for _ in range(2):
    print(kd.s(), kd.k(), kd.t, kd.plain(), kd.f("abc"), type(kd.plain).__name__)
Kinds.t = (3,)
print(kd.plain())


# __class__ assignment between classes with the same layout.
class First:
    tag = "first"

    def who(self):
        return "First"


class Second:
    tag = "second"

    def who(self):
        return "Second"


o = First()
o.own = 1
for cls in (First, Second, First):
    o.__class__ = cls
    print(o.tag, o.who(), o.own, type(o).__name__)


# __slots__ classes, with and without a __dict__.
class Slotted:
    __slots__ = ("a", "b")
    kind = "slotted"

    def total(self):
        return self.a + self.b


s = Slotted()
s.a, s.b = 2, 3
print(s.total(), s.kind)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.kind2)
except AttributeError as e:
    print("AttributeError:", e)
del s.a
try:
    s.total()
except AttributeError as e:
    print("AttributeError:", e)


class SlottedDict:
    __slots__ = ("a", "__dict__")


sd = SlottedDict()
sd.a = 1
sd.b = 2
print(sd.a, sd.b, vars(sd))


# Key order, vars(), the dict written directly, deletion.
class Ordered:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3


od = Ordered()
od.__dict__["late"] = 4
del od.a
od.a = 5
print(vars(od), list(od.__dict__))
print(od.late, getattr(od, "z"), hasattr(od, "a"), hasattr(od, "nope"))
try:
    del od.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    od.nope
except AttributeError as e:
    print("AttributeError:", e)
setattr(od, "dyn", 9)
print(od.dyn)
