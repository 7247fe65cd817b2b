from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
import enum

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1

RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW.name, RW.value, bool(RW), len(RW), list(RW))
print(Perm.R in RW, Perm.X in RW, RW & Perm.R, RW ^ Perm.R, ~RW, ~Perm(0), repr(~(Perm.R | Perm.W | Perm.X)))
print(Perm(7), Perm(0), bool(Perm(0)), Perm(6) is RW, Perm['R'], type(RW) is Perm, isinstance(RW, Perm))
t(lambda: Perm(8))
t(lambda: Perm(-1))
t(lambda: 1 in RW)
t(lambda: RW | 1)
t(lambda: Perm.R + Perm.W)
print(list(Perm), len(Perm), [m.name for m in Perm])

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0
print(list(Color), Color.WHITE, repr(Color.WHITE), Color.NONE, repr(Color.RED | Color.BLUE))
print(list(Color.WHITE), Color(7) is Color.WHITE, ~Color.RED, Color.__members__)

class Num(IntFlag):
    A = 1
    B = 2
    C = 4
print(repr(Num.A | Num.B), str(Num.A | Num.B), Num.A | 8, repr(Num(9)), ~Num.A, Num.A + 1, Num.B * 3)
print(format(Num.A | Num.C), f"{Num.C:>4}", Num.A == 1, Num(0), repr(Num(0)), isinstance(Num.A, int), int(Num.C))
print(Num.A & 3, 3 | Num.B, Num.C ^ Num.C, list(Num.A | Num.C), hash(Num.A) == hash(1))

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(Conform(7), repr(Conform(5)))

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
print(Eject(7), type(Eject(7)).__name__, Eject(3))

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Keep(7)), Keep(12))

print(enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(5, 8))
print(STRICT, repr(KEEP), Perm._boundary_, Num._boundary_)
