import enum
from enum import Enum, IntEnum, StrEnum, auto, unique

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

    @classmethod
    def today(cls):
        return cls.TUESDAY

    @property
    def is_start(self):
        return self is Weekday.MONDAY

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

print(Weekday.today(), Weekday.MONDAY.is_start, Weekday.WEDNESDAY.next(), Weekday.MONDAY.next().next())
print(Weekday.MONDAY is Weekday(1), Weekday(1) is Weekday['MONDAY'], Weekday.MONDAY == Weekday.MONDAY, Weekday.MONDAY != Weekday.TUESDAY)
print(Weekday.MONDAY == 1, {Weekday.MONDAY: 'm'}[Weekday(1)], sorted(Weekday, key=lambda d: -d.value))
print(Weekday.MONDAY in Weekday, [d.name for d in Weekday], Weekday.__members__.keys(), len(Weekday.__members__))
print(type(Weekday.MONDAY).__name__, Weekday.MONDAY.__class__, isinstance(Weekday.MONDAY, Enum))
t(lambda: setattr(Weekday, 'MONDAY', 3))
t(lambda: setattr(Weekday.MONDAY, 'name', 'x'))
Weekday.extra = 5
print(Weekday.extra)
t(lambda: Weekday(0))
t(lambda: Weekday('MONDAY'))
t(lambda: Weekday['monday'])
t(lambda: Weekday.MONDAY < Weekday.TUESDAY)
t(lambda: Weekday())

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__))
t(lambda: unique(Shape))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), f"{Mood.FUNKY}")

class Ordinal(StrEnum):
    NORTH = auto()
    SOUTH = 'south'
print(list(Ordinal), Ordinal.NORTH == 'north', Ordinal('south'), Ordinal.NORTH.upper(), Ordinal.NORTH + "!", f"{Ordinal.SOUTH}")
t(lambda: type('Bad', (StrEnum,), {}))

class Level(IntEnum):
    LOW = 1
    HIGH = 10
print(Level.LOW < Level.HIGH, Level.HIGH - 1, max(Level), sum(Level), Level(10), [1, 2, 3][Level.LOW], Level.LOW == 1.0)
print(str(Level.HIGH), repr(Level.HIGH), f"{Level.HIGH}", f"{Level.HIGH:04}", "%d" % Level.HIGH, int(Level.HIGH))

class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    ALPHA = auto()
    BETA = auto()
print(list(AutoName), AutoName.BETA.value)

class Missing(Enum):
    A = 'a'
    B = 'b'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Missing('A'), Missing('b'))
t(lambda: Missing('c'))
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
t(lambda: BadMissing(2))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, 'P.X')
    Y = (1, 'P.Y')
print(Coord.X.label, Coord(1), Coord.Y.value, Coord.X == bytes([0]))

class Tmp(Enum):
    _ignore_ = ['helper', 'i']
    helper = 3
    for i in range(2):
        pass
    A = 1
print(list(Tmp), hasattr(Tmp, 'helper'), hasattr(Tmp, 'i'))

class Nm(Enum):
    A = 1
    B = enum.nonmember(2)
    C = enum.member(lambda x: x)
print(list(Nm.__members__), Nm.B)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT, Animal['BEE'], Animal(3), list(Animal), Animal.__name__)
Pet = Enum('Pet', [('CAT', 'meow'), ('DOG', 'woof')])
print(Pet.CAT.value, Pet('woof'))
Num = IntEnum('Num', 'ONE TWO', start=0)
print(list(Num), Num.TWO + 1)
Big = Enum('Big', {'X': 10, 'Y': 20})
print(list(Big))
print(type(Enum), enum.EnumMeta is enum.EnumType, issubclass(IntEnum, int), issubclass(StrEnum, Enum), repr(Enum), repr(IntEnum))

class Empty(Enum):
    def greet(self):
        return "hi " + self.name
class Filled(Empty):
    X = 1
print(Filled.X.greet(), list(Empty), len(Empty))
t(lambda: type('More', (Filled,), {'Y': 2}))
