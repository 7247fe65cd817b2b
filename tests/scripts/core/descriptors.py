# The descriptor protocol for classes written in Python: __get__ (non-data descriptors lose to the
# instance dict, data descriptors win), __set__, __delete__, access through the class,
# __set_name__, and __init_subclass__ with class keyword arguments.


class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be an int, not {type(value).__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, sorted(vars(p)))
p.x = 10
print(p.x)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x)
print(type(Point.x).__name__)
# A data descriptor wins over the instance dict.
p.__dict__["y"] = "shadow"
print(p.y)


class Lazy:
    """A non-data descriptor: computes once, then the instance dict answers."""

    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __get__(self, obj, cls):
        if obj is None:
            return "class access"
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.__dict__["area"].calls)
print(Circle.area)
c.area = 99
print(c.area)


class Bound:
    def __get__(self, obj, cls):
        return lambda *a: (cls.__name__, obj is not None) + a


class UsesBound:
    method = Bound()


print(UsesBound().method(1, 2))
print(UsesBound.method())


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append(cls.__name__)


class A(Base, tag="a"):
    pass


class B(A):
    pass


print(Base.registry, A.tag, B.tag)


class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)


class Child(Explicit, flag=True):
    pass


try:
    class Bad(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)

T = type("T", (Base,), {"d": Typed()})
print(T.tag, Base.registry[-1])
