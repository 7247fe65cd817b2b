from enum import Enum, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Shape(Enum):
    SQ = 1
    def area(self): return 0
    @property
    def sides(self): return 4
print(dir(Color))
print(dir(Color.RED))
print(dir(Shape))
print(dir(Shape.SQ))
class P(Flag):
    A = 1
print(dir(P), dir(P.A))
class D:
    def __dir__(self):
        return ['b', 'a']
print(dir(D()))
class M(type):
    def __dir__(cls):
        return ('z', 'y')
class X(metaclass=M): pass
print(dir(X))
