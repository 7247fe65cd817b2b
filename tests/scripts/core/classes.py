# Classes: inheritance, the C3 MRO, super(), class attributes, staticmethod, classmethod, property.
class A:
    kind = "a"
    count = 0

    def __init__(self, x):
        self.x = x
        A.count += 1

    def who(self):
        return "A"

    @staticmethod
    def static(y):
        return y * 2

    @classmethod
    def make(cls, x):
        return cls(x)


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    kind = "c"

    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


d = D.make(5)
print(d.who(), d.kind, d.x, A.count, D.static(4), d.static(1), [k.__name__ for k in D.__mro__])
print(isinstance(d, A), issubclass(D, C), issubclass(A, D), type(d).__name__, D.__bases__[0].__name__)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)


class Base:
    def __init__(self, name):
        self.name = name


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age


c = Child("ann", 3)
print(c.name, c.age, vars(c), hasattr(c, "age"), getattr(c, "missing", 0))
c.extra = 1
del c.age
print(sorted(vars(c)))
try:
    class Bad(B, D):
        pass
except TypeError as e:
    print(e)


class Slotless:
    pass


s = Slotless()
setattr(s, "v", 3)
print(s.v, Slotless.__name__, Slotless.__qualname__, type(Slotless).__name__)
print(repr(s).startswith("<__main__.Slotless object at 0x"))


class Counter:
    instances = []

    def __new__(cls, *args):
        obj = super().__new__(cls)
        cls.instances.append(obj)
        return obj

    def __init__(self, n):
        self.n = n


Counter(1), Counter(2)
print(len(Counter.instances), [c.n for c in Counter.instances])
