# Sizes and counts the runtime fuzzer passed (issue 18): each call answers at once, before any
# allocation, with CPython's exception (or CPython's result when there is nothing to allocate).
import array
import itertools
import math
import operator
import os
import random


def show(label, f):
    try:
        r = f()
        text = repr(r)
        print(label, "->", text if len(text) < 70 else f"{type(r).__name__} of len {len(r)}")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print("-- repeats: an empty unit at once, a huge total refused before copying")
for label, f in [
    ("'' * 2**62", lambda: "" * 2**62),
    ("[] * 2**62", lambda: [] * 2**62),
    ("() * 2**62", lambda: () * 2**62),
    ("b'' * 2**62", lambda: b"" * 2**62),
    ("bytearray() * 2**62", lambda: bytearray() * 2**62),
    ("2**62 * ()", lambda: 2**62 * ()),
    ("'ab' * 2**62", lambda: "ab" * 2**62),
    ("[1, 2] * 2**62", lambda: [1, 2] * 2**62),
    ("(1, 2) * 2**62", lambda: (1, 2) * 2**62),
    ("b'ab' * 2**62", lambda: b"ab" * 2**62),
    ("bytearray(b'ab') * 2**62", lambda: bytearray(b"ab") * 2**62),
    ("array('i', [1]) * 2**62", lambda: array.array("i", [1]) * 2**62),
    ("'é' * 5", lambda: "é" * 5),
    ("[1, 2] * 3", lambda: [1, 2] * 3),
    ("(0,) * 7", lambda: (0,) * 7),
    ("b'xy' * 4", lambda: b"xy" * 4),
    ("array('b', [1, 2]) * 3", lambda: array.array("b", [1, 2]) * 3),
]:
    show(label, f)


def inplace(items, n):
    items *= n
    return items


show("x = [1]; x *= 2**62", lambda: inplace([1], 2**62))
show("x = []; x *= 2**62", lambda: inplace([], 2**62))
show("x = [1, 2]; x *= 3", lambda: inplace([1, 2], 3))
show("x = [1, 2]; x *= -1", lambda: inplace([1, 2], -1))

print("-- random: bit counts are C ints")
random.seed(7)
for label, f in [
    ("getrandbits(2**31)", lambda: random.getrandbits(2**31)),
    ("getrandbits(2**63 - 1)", lambda: random.getrandbits(2**63 - 1)),
    ("getrandbits(-1)", lambda: random.getrandbits(-1)),
    ("getrandbits(1.5)", lambda: random.getrandbits(1.5)),
    ("getrandbits(0)", lambda: random.getrandbits(0)),
    ("getrandbits(40)", lambda: random.getrandbits(40)),
    ("randbytes(2**28 + 1)", lambda: random.randbytes(2**28 + 1)),
    ("randbytes(2**62)", lambda: random.randbytes(2**62)),
    ("randbytes(-1)", lambda: random.randbytes(-1)),
    ("randbytes(1.5)", lambda: random.randbytes(1.5)),
    ("randbytes('a')", lambda: random.randbytes("a")),
    ("randbytes(0)", lambda: random.randbytes(0)),
    ("randbytes(5)", lambda: random.randbytes(5)),
    ("randbytes(True)", lambda: len(random.randbytes(True))),
    ("Random(3).getrandbits(2**40)", lambda: random.Random(3).getrandbits(2**40)),
    ("os.urandom(-1)", lambda: os.urandom(-1)),
    ("os.urandom(2**63)", lambda: os.urandom(2**63)),
    ("os.urandom(2**62)", lambda: os.urandom(2**62)),
    ("os.urandom('a')", lambda: os.urandom("a")),
    ("len(os.urandom(9))", lambda: len(os.urandom(9))),
]:
    show(label, f)

print("-- itertools")
for label, f in [
    ("tee([1], 2**62)", lambda: itertools.tee([1], 2**62)),
    ("tee([1], 2**63)", lambda: itertools.tee([1], 2**63)),
    ("tee([1], -2**63 - 1)", lambda: itertools.tee([1], -(2**63) - 1)),
    ("tee([1], -1)", lambda: itertools.tee([1], -1)),
    ("tee([1], 1.5)", lambda: itertools.tee([1], 1.5)),
    ("tee(5, 0)", lambda: itertools.tee(5, 0)),
    ("tee(5, 2)", lambda: itertools.tee(5, 2)),
    ("[list(t) for t in tee('ab', 3)]", lambda: [list(t) for t in itertools.tee("ab", 3)]),
    ("list(repeat(1, 2**62))", lambda: list(itertools.repeat(1, 2**62))),
    ("tuple(repeat(1, 2**62))", lambda: tuple(itertools.repeat(1, 2**62))),
    ("''.join(repeat('a', 2**62))", lambda: "".join(itertools.repeat("a", 2**62))),
    ("list(repeat(1, 3))", lambda: list(itertools.repeat(1, 3))),
    ("product([1], repeat=2**62)", lambda: itertools.product([1], repeat=2**62)),
    ("product([1], repeat=2**63)", lambda: itertools.product([1], repeat=2**63)),
    ("product([1], repeat=-1)", lambda: itertools.product([1], repeat=-1)),
    ("product(range(2), repeat=2**62)", lambda: itertools.product(range(2), repeat=2**62)),
    ("next(product(range(10), repeat=12))", lambda: next(itertools.product(range(10), repeat=12))),
    ("list(product('ab', [1], repeat=2))", lambda: list(itertools.product("ab", [1], repeat=2))),
    ("list(product())", lambda: list(itertools.product())),
    ("list(product([], [1]))", lambda: list(itertools.product([], [1]))),
]:
    show(label, f)


class Hint:
    def __init__(self, hint):
        self.hint = hint
        self.left = 2

    def __iter__(self):
        return self

    def __next__(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        return self.left

    def __length_hint__(self):
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


for hint in (NotImplemented, 0, 10**6, TypeError("no"), -1, "x", 2**62):
    show(f"list(Hint({hint!r}))", lambda: list(Hint(hint)))

print("-- math on ints of any size")
for label, f in [
    ("factorial(2**63)", lambda: math.factorial(2**63)),
    ("factorial(-2**64)", lambda: math.factorial(-(2**64))),
    ("factorial(1.0)", lambda: math.factorial(1.0)),
    ("factorial(25)", lambda: math.factorial(25)),
    ("comb(2**64, 1)", lambda: math.comb(2**64, 1)),
    ("comb(2**64, 2**64 - 1)", lambda: math.comb(2**64, 2**64 - 1)),
    ("comb(2**64, 2**63)", lambda: math.comb(2**64, 2**63)),
    ("comb(2**62, 2**62 - 1)", lambda: math.comb(2**62, 2**62 - 1)),
    ("comb(5, 2**70)", lambda: math.comb(5, 2**70)),
    ("comb(-2**70, 1)", lambda: math.comb(-(2**70), 1)),
    ("comb(3, -2**70)", lambda: math.comb(3, -(2**70))),
    ("comb(100, 50)", lambda: math.comb(100, 50)),
    ("perm(2**64, 2)", lambda: math.perm(2**64, 2)),
    ("perm(2**64, 2**63)", lambda: math.perm(2**64, 2**63)),
    ("perm(2**64)", lambda: math.perm(2**64)),
    ("perm(5, 2**70)", lambda: math.perm(5, 2**70)),
    ("perm(10, 3)", lambda: math.perm(10, 3)),
    ("perm(6)", lambda: math.perm(6)),
    ("lcm(*range(1, 5000)) % 1000003", lambda: math.lcm(*range(1, 5000)) % 1000003),
    ("gcd(2**100 + 2, 2**70)", lambda: math.gcd(2**100 + 2, 2**70)),
    ("gcd(-12, 18, 2**80 * 3)", lambda: math.gcd(-12, 18, 2**80 * 3)),
    ("lcm(-4, 6)", lambda: math.lcm(-4, 6)),
    ("lcm(0, 5)", lambda: math.lcm(0, 5)),
    ("lcm(2**64, 3)", lambda: math.lcm(2**64, 3)),
    ("float(10**400)", lambda: float(10**400)),
    ("math.sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("chr(2**40)", lambda: chr(2**40)),
    ("chr(2**31)", lambda: chr(2**31)),
    ("chr(-1)", lambda: chr(-1)),
]:
    show(label, f)

print("-- shifts, indexes, bounds")


class I(int):
    pass


for label, f in [
    ("1 << 2**70", lambda: 1 << 2**70),
    ("1 << 2**63", lambda: 1 << 2**63),
    ("0 << 2**70", lambda: 0 << 2**70),
    ("-1 >> 2**70", lambda: -1 >> 2**70),
    ("I(2**70).__index__()", lambda: I(2**70).__index__()),
    ("operator.index(I(-2**70))", lambda: operator.index(I(-(2**70)))),
    ("(1).to_bytes(2**63, 'big')", lambda: (1).to_bytes(2**63, "big")),
    ("(1).to_bytes(2**62, 'big')", lambda: (1).to_bytes(2**62, "big")),
    ("'a b'.split(maxsplit=2**70)", lambda: "a b".split(maxsplit=2**70)),
    ("'abc'.count('', 5)", lambda: "abc".count("", 5)),
    ("'abc'.count('', 3)", lambda: "abc".count("", 3)),
    ("'abc'.count('', 2**70)", lambda: "abc".count("", 2**70)),
    ("'abc'.find('', 4)", lambda: "abc".find("", 4)),
    ("'abc'.find('', 3)", lambda: "abc".find("", 3)),
    ("'abc'.find('b', -2**70, 2**70)", lambda: "abc".find("b", -(2**70), 2**70)),
    ("'abc'.rindex('c', -2**70)", lambda: "abc".rindex("c", -(2**70))),
    ("'abc'.startswith('', 4)", lambda: "abc".startswith("", 4)),
    ("'abc'.endswith('', 3)", lambda: "abc".endswith("", 3)),
    ("'abc'.endswith(('x', 'c'), -2**70)", lambda: "abc".endswith(("x", "c"), -(2**70))),
    ("round(1.5, 2**63)", lambda: round(1.5, 2**63)),
    ("round(1.5, -2**63)", lambda: round(1.5, -(2**63))),
    ("round(45, -1)", lambda: round(45, -1)),
    ("round(-55, -1)", lambda: round(-55, -1)),
    ("round(12345, -5)", lambda: round(12345, -5)),
]:
    show(label, f)

print("-- % formatting: * widths and precisions")
for label, f in [
    ("'%*d' % (2**63, 1)", lambda: "%*d" % (2**63, 1)),
    ("'%*d' % ('a', 1)", lambda: "%*d" % ("a", 1)),
    ("'%*d|' % (-3, 1)", lambda: "%*d|" % (-3, 1)),
    ("'%.*f' % (2**31, 1.5)", lambda: "%.*f" % (2**31, 1.5)),
    ("'%.*f' % (-1, 1.5)", lambda: "%.*f" % (-1, 1.5)),
    ("'%.*f' % ('x', 1.5)", lambda: "%.*f" % ("x", 1.5)),
    ("'%.*d' % (5, 1)", lambda: "%.*d" % (5, 1)),
    ("'%.*s' % (2, 'abcd')", lambda: "%.*s" % (2, "abcd")),
    ("'%*.*f' % (8, 2, 3.14159)", lambda: "%*.*f" % (8, 2, 3.14159)),
    ("b'%.*d' % (3, 1)", lambda: b"%.*d" % (3, 1)),
    ("'%#.5x' % 255", lambda: "%#.5x" % 255),
    ("'%#.5o' % 8", lambda: "%#.5o" % 8),
    ("'%#.3o' % -8", lambda: "%#.3o" % -8),
    ("'%#.7i' % 12345", lambda: "%#.7i" % 12345),
    ("'%+.3d' % 5", lambda: "%+.3d" % 5),
]:
    show(label, f)
