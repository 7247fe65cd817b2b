"""Dataclasses (order, frozen, KW_ONLY, InitVar, slots), enums and flags, str methods with Unicode (casefold, titlecase, digits of other scripts), encodings, format specs and % formatting, singletons' types."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List
import enum

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list, compare=False)
    count: ClassVar[int] = 0
    def __post_init__(self):
        self.sort_index = self.price
        Item.count += 1
a = Item('apple', 1.5); b = Item('banana', 0.5, ['y'])
print(a, b, sorted([a, b]), a < b, a == Item('apple', 1.5, ['z']), Item.count)
print(asdict(b), astuple(a), replace(a, name='pear'), [f.name for f in fields(Item)])
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try: p.x = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(p) == hash(P(1)), p, {p: 1})
@dataclass
class D:
    a: int
    _: KW_ONLY
    b: int = 2
    c: InitVar[int] = 10
    def __post_init__(self, c): self.total = self.a + self.b + c
d = D(1, b=5); print(d, d.total)
try: D(1, 2)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1), NE(1).__eq__(NE(1)))
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)]); print(n, asdict(n))
print(repr(field(default=1))[:30])
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), Color.RED.name, Color.RED.value, len(Color), Color.RED in Color)
try: Color(7)
except ValueError as e: print(e)
class Perm(enum.Flag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in (Perm.R | Perm.W), ~Perm.R, bool(Perm(0)), list(Perm(6)))
class Num(enum.IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]), f'{Num.ONE}', str(Num.ONE), format(Num.TWO, '>4'))
class Auto(enum.Enum):
    A = enum.auto(); B = enum.auto()
print(Auto.A.value, Auto.B.value)
class StrE(str, enum.Enum):
    X = 'x'
print(StrE.X == 'x', StrE.X.upper(), f'{StrE.X}', str(StrE.X))
@enum.unique
class U(enum.Enum):
    A = 1
try:
    @enum.unique
    class U2(enum.Enum):
        A = 1; B = 1
except ValueError as e: print(e)
class WithMethods(enum.Enum):
    SMALL = 1; LARGE = 10
    def describe(self): return f'{self.name.lower()}={self.value}'
    @classmethod
    def biggest(cls): return max(cls, key=lambda m: m.value)
print(WithMethods.SMALL.describe(), WithMethods.biggest(), WithMethods.SMALL.__class__.__name__)
s = 'The quick brown fox'
print(s.split(maxsplit=1), s.rsplit(' ', 1), s.partition(' '), s.rpartition('x'), s.find('q'), s.rfind('o'), s.index('brown'), s.count('o'))
print(s.startswith(('The', 'A')), s.endswith('fox', 0, 19), s.replace('o', '0', 1), s.translate(str.maketrans('aeiou', 'AEIOU', 'T')), s[::-1], s[4:9], s[-3:])
print('a-b_c'.replace('-', ' ').replace('_', ' ').title(), ' '.join(reversed(s.split())), 'abc' * 2, 'b' in 'abc', 'x'.join('abc'), '\n'.join(['l1', 'l2']).splitlines(keepends=True))
print('ABC'.lower().islower(), 'Ab1'.isalnum(), ''.isalnum(), 'aBc'.casefold(), '   '.isspace(), 'Hello'.ljust(8, '.') + '|', 'Hello'.rjust(8) + '|', 'tab\there'.expandtabs())
print('ﬀ'.upper(), 'ǈ'.title(), 'ǈ'.upper(), 'ǈ'.lower(), 'ß'.title(), 'ŉ'.upper(), 'éa'.capitalize(), 'hello WORLD'.capitalize(), 'ὈΔΥΣΣΕΎΣ'.lower())
print(str(b'abc', 'ascii'), 'héllo'.encode(), 'héllo'.encode('latin-1'), b'h\xc3\xa9llo'.decode(), 'x'.encode('utf-16-le'), bytes('abc', 'utf-8').hex(), bytes.fromhex('61 62'))
try: 'é'.encode('ascii')
except UnicodeEncodeError as e: print(e)
try: b'\xff'.decode()
except UnicodeDecodeError as e: print(e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'xmlcharrefreplace'), b'\xff'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'backslashreplace'))
print(ord('€'), chr(8364), ascii('é€'), repr('\x00\t\n\'"'), repr("it's"), repr('a"b\'c'), str(['é']), len('👍'), '👍'.encode(), '🇫🇷'[::-1] == '🇷🇫')
print(f'{"x"!r:>5}|{3.0:g}|{1e-5:g}|{123456789:e}|{0.1:.20f}|{-1.5:+.0f}|{2.5:.0f}|{1_000:_}|{255:_x}|{1e6:,.0f}|{0:.2%}|{-0.0:.1f}')
print(f'{12345:>+10,}|{3:0>4}|{3:<04}|{-3:=6}|{"s":-^5}|{1.23e-10:.3g}|{float("nan"):>5}|{float("inf"):+}|{True:d}|{True}|{None!s:>5}')
print('{:,}'.format(-1234567), '{:.3}'.format('abcdef'), '{:c}'.format(9731), '{!a}'.format('é'), '{0:{1}}'.format(5, '>3'), '%(a)s-%(b)03d' % {'a': 'x', 'b': 7}, '%5s|%-5s|%.1s' % ('ab', 'cd', 'ef'))
print('%d %i %u' % (3.9, -2.1, 5), '%.3g|%g|%G' % (0.0001234, 1e20, 1e-20), '%#x %#o %X' % (255, 8, 255), '%+.2e' % 12345.6789, '%c%c' % ('a', 98), '%%|%5.1f%%' % 99.44)
try: '%d' % 'x'
except TypeError as e: print(e)
try: '%s %s' % ('a',)
except TypeError as e: print(e)
try: '{} {}'.format(1)
except IndexError as e: print(e)
try: f'{1:q}'
except ValueError as e: print(e)
try: format('s', 'd')
except ValueError as e: print(e)
try: format(1.5, ',d')
except ValueError as e: print(e)
print(int('٣٤'), int('１２'), float('٣.٥'), int(' \u2003７\u00a0'), 'ß'.casefold(), 'ǉ'.title(), 'ǉ'.capitalize(), 'ﬁre ﬂy'.title(), '中a'.title(), 'ΣΑΣ'.casefold())
try: int('²')
except ValueError as e: print(e)
print(f'{3:<04}|{3:^05}|{"a":04}|{1.5:<06}|{-3:<05}', '{!a}'.format('é€'), type(None)(), type(...)(), type(NotImplemented)())
class BadLen:
    def __len__(self): return -1
try: bool(BadLen())
except ValueError as e: print(e)
def f(**k): return k
try: f(a=1, **{'a': 2})
except TypeError as e: print(e)
try: f(**[])
except TypeError as e: print(e)
try: a, b = 5
except TypeError as e: print(e)
try: a, *b = None
except TypeError as e: print(e)
print(float.fromhex('0x1.8p1'), (0.1).hex(), (-0.0).hex(), float.fromhex(' -0X.8 '))
