# A class body may bind __class__ (a property, say) even when its methods use super() (which needs the
# implicit __class__ cell); isinstance() then sees the property. object.__str__ is repr().
class Pretend:
    pass


class Disguised:
    def __init__(self):
        super().__init__()

    @property
    def __class__(self):
        return Pretend

    def __str__(self):
        return "str of " + object.__str__(self)[:11]

    def __repr__(self):
        return "<Disguised>"


d = Disguised()
print(d.__class__.__name__, type(d).__name__, isinstance(d, Pretend), isinstance(d, Disguised))
print(str(d), "__class__" in Disguised.__dict__)


class Plain:
    def method(self):
        return __class__


print(Plain().method() is Plain, "__class__" in Plain.__dict__)
try:
    class Early:
        print(__class__)
except NameError as e:
    print("NameError:", e)

# print() of subclasses of the built-in containers and numbers shows their repr (they have no __str__).
import collections

Point = collections.namedtuple("Point", "x y")


class Listish(list):
    def __repr__(self):
        return "Listish" + list.__repr__(self)


class Num(int):
    pass


print(Point(1, 2), Listish([3]), Num(4), collections.OrderedDict(a=1), "%s" % (Point(5, 6),), f"{Listish()}")
