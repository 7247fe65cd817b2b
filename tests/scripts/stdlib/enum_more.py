import enum, copy, sys
from enum import *
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
A = Enum('A', 'X Y Z'); print(list(A), A.__module__, A.X.value)
B = Enum('B', 'X, Y', start=10); print(list(B))
C = Enum('C', [('P', 'p'), ('Q', 'q')]); print(list(C))
D = Enum('D', {'M': 5, 'N': 6}); print(list(D))
E = IntEnum('E', 'ONE TWO', module=__name__, qualname='Outer.E'); print(list(E), E.__qualname__, E.ONE + 1)
F = Enum('F', ['a', 'b'], type=str); print(list(F), F.a.upper() if hasattr(F.a, 'upper') else None)
G = Flag('G', 'R W X'); print(list(G), G.R | G.X, G(7))
t(lambda: Enum('Bad', 'A A'))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value]); obj._value_ = value; obj.label = label; return obj
    PX = (0, 'P.X'); PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1), Coord.PX.value)
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered))
t(lambda: Enum('W', [('A', 1)]) and type(Enum)('Mis', (Enum,), enum._EnumDict()))
class MemberTest(Enum):
    A = 1
    f = nonmember(5)
    @member
    def g(self): return 'g'
    B = auto()
print([m.name for m in MemberTest], MemberTest.f, MemberTest.g.value(None) if callable(MemberTest.g.value) else MemberTest.g)
print(repr(auto()), repr(auto(5)))
class Mis(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls.A
print(Mis('anything'), Mis.A)
t(lambda: Mis(2))
class ErrMis(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): raise KeyError('inner')
try: ErrMis(3)
except KeyError as e: print('KeyError', e, type(e.__context__).__name__, e.__context__)
print(copy.copy(Mis.A) is Mis.A, copy.deepcopy(Mis.A) is Mis.A, Mis.A.__reduce_ex__(2))
print(hash(Mis.A) == hash('A'), bool(Mis.A), bool(Mis), Mis.A.__objclass__ if hasattr(Mis.A, '__objclass__') else None)
@verify(UNIQUE)
class V1(Enum):
    A = 1
    B = 2
t(lambda: verify(UNIQUE)(Enum('V2', [('A', 1), ('B', 1)])))
t(lambda: verify(CONTINUOUS)(IntEnum('V3', [('A', 1), ('B', 3), ('C', 6)])))
t(lambda: verify(CONTINUOUS)(IntEnum('V4', [('A', 1), ('B', 2)])))
t(lambda: verify(NAMED_FLAGS)(Flag('V5', [('A', 1), ('B', 2), ('C', 7)])))
print(list(EnumCheck), CONTINUOUS.value, list(FlagBoundary))
class Cf(Flag, boundary=CONFORM):
    A = 1; B = 2
print(Cf(7), repr(Cf(4)))
class Ej(Flag, boundary=EJECT):
    A = 1; B = 2
print(Ej(7), type(Ej(7)).__name__, Ej(3))
class St(Flag):
    A = 1; B = 2
t(lambda: St(4))
t(lambda: St('x'))
print(repr(~St.A), repr(~St(0)), repr(St.A ^ St.B), St.A in (St.A | St.B), len(St(3)), list(St(3)), bool(St(0)))
t(lambda: 1 in St.A)
class IF(IntFlag):
    A = 1; B = 2
print(IF.A | 4, repr(IF.A | 4), IF(5), repr(~IF.A), IF.A & 1, 1 & IF.A, type(IF.A + 1).__name__, repr(IF(0)))
print(enum.bin(5), enum.bin(-5), enum.bin(0), enum.bin(5, 8), enum.bin(-1, 4), enum.show_flag_values(13))
class SE(StrEnum):
    A = 'a'
    B = auto()
print(SE.B, repr(SE.B), SE.A + 'x', f'{SE.A:>3}|', '%s' % SE.A, SE('a'))
t(lambda: type('SX', (StrEnum,), enum.EnumType.__prepare__('SX', (StrEnum,)) | {}) )
for bad in ([1], ('a', 1), ('a', 'utf-8', 2), ('a', 'b', 'c', 'd')):
    def mk(bad=bad):
        ns = EnumType.__prepare__('SB', (StrEnum,)); ns['V'] = bad if len(bad) > 1 else bad[0]
        return EnumType('SB', (StrEnum,), ns)
    t(mk)
class WithProp(Enum):
    name_ = 1
    @enum.property
    def double(self): return self.value * 2
print(WithProp.name_.double, WithProp.name_.name, WithProp.name_.value)
t(lambda: setattr(WithProp.name_, 'value', 3))
t(lambda: delattr(WithProp.name_, 'value'))
class Alias(Enum):
    A = 1
    B = 1
    C = 2
print(Alias.B is Alias.A, list(Alias), Alias._member_names_, list(Alias.__members__), Alias._value2member_map_)
print(dir(IF.A)[:5], 'A' in dir(IF), len(dir(IntEnum('Q', 'a'))) > 20)
print(repr(enum.EnumMeta), isinstance(Alias, EnumMeta), Alias.__class__.__name__)
t(lambda: Enum('Z', 'A').A.__class__('A'))
class Base(Enum):
    def hello(self): return 'hi ' + self.name
class Derived(Base):
    Q = 1
print(Derived.Q.hello(), list(reversed(A)), len(A), A['X'], A(1))
t(lambda: A.X < A.Y)
t(lambda: setattr(A.X, '_name_', 'Q') or A.X._name_)
print(A.X == A.X, A.X != B.X, A.X == 1, {A.X: 1}[A.X], sorted(A, key=lambda m: m.name, reverse=True))
@global_enum
class GE(IntEnum):
    GA = 1
    GB = 2
print(repr(GE.GA), str(GE.GA), GA, GB is GE.GB, format(GE.GA))
@global_enum
class GF(Flag):
    FA = 1
    FB = 2
print(repr(GF(0)), str(GF.FA))
t(lambda: Enum.X)
t(lambda: A.NOPE)
print(type(A.__members__).__name__, A.__members__['Y'])
print(Enum.__dict__['name'].__class__.__name__, enum.property.__mro__[1].__name__)
