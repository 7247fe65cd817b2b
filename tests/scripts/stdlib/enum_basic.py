import enum, sys
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def mk(src):
    try:
        exec(src, {'Enum': Enum, 'auto': auto, 'unique': unique, 'Flag': Flag})
    except Exception as e: print(type(e).__name__, e)
mk("class C(Enum):\n RED=1\n RED=2\n")
mk("class C(Enum):\n RED=1\n def RED(self): pass\n")
mk("@unique\nclass X(Enum):\n A=1\n B=1\n C=2\n D=2\n")
mk("class C(Enum):\n _foo_=1\n")
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
t(lambda: (repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}", Color.CRIMSON, list(Color), len(Color), Color.__members__))
t(lambda: Color(5))
t(lambda: Color['NOPE'])
t(lambda: setattr(Color, 'RED', 5))
t(lambda: delattr(Color, 'RED'))
t(lambda: Color.RED in Color)
t(lambda: (Color.RED < Color.GREEN))
t(lambda: (Color.RED == 1, hash(Color.RED) == hash('RED'), Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_))
t(lambda: (type(Color), enum.EnumMeta, enum.EnumType, repr(Color), str(Color), Color.__name__))


class N(IntEnum):
    ONE = 1
    TWO = 2
t(lambda: (repr(N.ONE), str(N.ONE), format(N.ONE), f"{N.TWO:03d}", N.ONE + 1, N.ONE == 1, N(2), N.ONE < N.TWO, sorted([N.TWO, N.ONE])))
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
t(lambda: (repr(P.R | P.W), str(P.R | P.W), repr(~P.R), repr(P(0)), str(P(0)), list(P), len(P), P.RWX, list(P.R|P.W), P.R in (P.R|P.W), bool(P(0)), P(6), repr(P.R & P.W), repr(P.R ^ P.RWX)))
t(lambda: P(8))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: (repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 8, repr(IP(9)), ~IP.R, IP.R + 1, format(IP.R|IP.W)))
class S(StrEnum):
    A = auto()
    B = 'bee'
t(lambda: (repr(S.A), str(S.A), S.A == 'a', S.B.upper(), format(S.A)))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
t(lambda: list(A))
class FA(Flag):
    A = auto()
    B = auto()
    C = auto()
t(lambda: (list(FA), repr(FA.A | FA.C), repr(~FA.A)))
t(lambda: Enum('Animal', 'ANT BEE CAT'))
t(lambda: list(Enum('Animal', 'ANT BEE CAT')))
t(lambda: list(Enum('Animal', 'ANT, BEE')))
t(lambda: list(Enum('Animal', [('A', 5), ('B', 7)])))
t(lambda: list(Enum('Animal', {'A': 'x'})))
t(lambda: list(IntEnum('Animal', ['A', 'B'], start=10)))
t(lambda: Enum('Animal', 'ANT BEE').__module__)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
t(lambda: M(99))
class Pl(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return round(self.mass / (self.radius ** 2), 3)
t(lambda: (Pl.EARTH.value, Pl.EARTH.mass, Pl.EARTH.g, repr(Pl.MERCURY)))
class Ig(Enum):
    _ignore_ = 'tmp'
    A = 1
    tmp = 5
t(lambda: (list(Ig), hasattr(Ig, 'tmp')))
t(lambda: Color.RED.RED)
t(lambda: (isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__))
class Sh(Enum):
    A = 1
    def describe(self): return f"{self.name}!"
    @staticmethod
    def st(): return 's'
t(lambda: (Sh.A.describe(), Sh.st()))
t(lambda: Color.__members__['RED'])
t(lambda: [m for m in reversed(Color)])
t(lambda: Color['RED'] is Color.RED)
t(lambda: {Color.RED: 1})
try:
    class E2(Color): pass
except TypeError as e: print(type(e).__name__, e)
class Empty(Enum):
    def hi(self): return 1
class E3(Empty):
    Q = 1
t(lambda: (E3.Q, E3.Q.hi()))
t(lambda: Color.RED.__reduce_ex__)
