# Attribute and global lookups the VM remembers per instruction (code/hints.rs) and the per-class
# "plain" fast path: every case where a remembered position or shortcut must not be trusted.


class P:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 20
            self.x = 10


def read_x(objs):
    return [o.x for o in objs]


objs = [P(i % 2 == 0) for i in range(6)]
print(read_x(objs), read_x(objs))

# A deleted and re-added attribute moves to another entry.
o = P(True)
print(o.x, o.y)
del o.x
try:
    o.x
except AttributeError as e:
    print("AttributeError:", e)
o.x = 5
print(o.x, o.y, vars(o))
for _ in range(3):
    o.x = o.x + 1
print(o.x, list(vars(o)))

# Keys that are equal strings but not the interned name.
q = P(True)
key = "".join(["x"])
setattr(q, key, 99)
print(q.x, getattr(q, "x"))
q.__dict__["y" + ""] = 7
print(q.y)
q.__dict__.clear()
print(hasattr(q, "x"))
q.x = 3
print(q.x)


class S(str):
    pass


r = P(True)
r.__dict__.clear()
r.__dict__[S("x")] = "from subclass key"
print(r.x)

# A class gaining a property after instances exist (and its subclasses, made before and after).
class Base:
    def __init__(self):
        self.v = "instance"


class Before(Base):
    pass


b, bb = Base(), Before()
print(b.v, bb.v)
Base.v = property(lambda self: "property " + self.__dict__.get("v", "?"), lambda self, val: self.__dict__.__setitem__("v", val + "!"))
class After(Base):
    pass
print(b.v, bb.v, After().v)
b.v = "set"
print(b.v, vars(b))

# An unrelated class keeps working as before (and is not affected by Base's property).
class Plain:
    def __init__(self):
        self.v = "plain"


p = Plain()
print(p.v)
p.v = "changed"
print(p.v)

# __getattr__ and __setattr__ added later.
class Late:
    pass


late = Late()
late.a = 1
print(late.a)
Late.__getattr__ = lambda self, name: "computed " + name
print(late.a, late.b)
Late.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
late.a = 21
print(late.a)

# Globals: a builtin shadowed, then unshadowed; a global deleted.
def uses_len():
    return len([1, 2, 3])


print(uses_len())
len = lambda x: "shadowed"
print(uses_len())
del len
print(uses_len())

G = 1


def read_g():
    return G


print(read_g())
G = 2
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print("NameError:", e)
globals()["G"] = 3
print(read_g())

# The same code run with other globals (exec): its remembered positions belong to another dict.
code = compile("def f():\n    return A + B\n", "<test>", "exec")
for a, b in [(1, 2), (10, 20), ("x", "y")]:
    ns = {"B": b}
    ns["pad"] = 0
    ns["A"] = a
    exec(code, ns)
    print(ns["f"]())

# for over range, list and tuple, with the list changing underneath.
items = [1, 2, 3]
seen = []
for v in items:
    seen.append(v)
    if v == 1:
        items.append(4)
print(seen)
print([v for v in (5, 6)], [v for v in range(3, -4, -2)], [v for v in range(0)])
it = iter([1, 2])
print(list(it), list(it))
r = range(2**62, 2**63 - 1, 2**61)
print(list(r))

# Module attributes: changed, deleted, answered by the module's own __getattr__ (PEP 562).
import helper_attr_mod as mod


def read_a():
    return mod.a


print(read_a())
mod.b = 2
mod.a = 5
print(read_a())
del mod.a
try:
    read_a()
except AttributeError as e:
    print("AttributeError:", e)
mod.__getattr__ = lambda name: "hook " + name
print(read_a())
mod.a = 7
print(read_a(), mod.__name__, mod.__doc__)
