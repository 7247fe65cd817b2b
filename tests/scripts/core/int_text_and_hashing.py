# int() of text: the short plain decimals (read directly) and everything that must take the
# general parser (signs, spaces, underscores, other digits, prefixes, 19+ digits, errors);
# hashes of ints around the modulus 2**61 - 1; dict and set lookups of int and str keys after
# growth and deletions; super() lookups through a class hierarchy.
texts = ["5", "-5", "+5", "007", "-0", "+0", "123456789012345678", "-123456789012345678",
         "1234567890123456789", "9223372036854775807", "-9223372036854775808", "99999999999999999999",
         " 5", "5 ", "\t-7\n", "1_0", "1__0", "_1", "\u0663", "\u0661\u0662", "0x10", "", "-", "+",
         "- 5", "--5", "5.0", "x", "12a", "\u00a05"]
for s in texts:
    for base in (None, 10, 0, 16):
        try:
            r = int(s) if base is None else int(s, base)
            print(repr(s), base, r, type(r).__name__)
        except ValueError as e:
            print(repr(s), base, "ValueError", e)

class Sub(str):
    pass

print(int(Sub("42")), int(Sub(" 43 ")))

M = 2**61 - 1
for n in (0, 1, -1, -2, M - 1, M, M + 1, -M, -M - 1, 2**62, -2**62, 2**63 - 1, -2**63):
    print(n, hash(n), hash(n) == hash(float(n)) if abs(n) < 2**53 else "")

d = {}
for i in range(-300, 300):
    d[i] = i * 2
    d["k%d" % i] = i
for i in range(-300, 300, 3):
    del d[i]
    del d["k%d" % i]
print(len(d), d.get(-299), d.get(-300), d.get("k-299"), d.get("k-300"), d[299], d["k299"])
d[-300] = "back"
print(d[-300], list(d)[-1])

s = {i % 10 for i in range(100)} | {"a", "b"}
print(sorted(x for x in s if isinstance(x, int)), 3 in s, 10 in s, "a" in s, "c" in s)
s.discard(3)
print(3 in s, len(s))

class A:
    def who(self):
        return "A"

    @classmethod
    def kind(cls):
        return "A:" + cls.__name__

    @property
    def prop(self):
        return "A.prop"

class B(A):
    def who(self):
        return "B" + super().who()

    @classmethod
    def kind(cls):
        return "B" + super().kind()

class C(B):
    def who(self):
        return "C" + super().who()

    def via_super(self):
        return super().prop

print(C().who(), C.kind(), C().via_super())
try:
    super(C, C()).missing
except AttributeError as e:
    print("AttributeError", e)
try:
    super(A, A()).who
except AttributeError as e:
    print("AttributeError", e)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

print(super(Meta, WithMeta).__name__, super(Meta, WithMeta).__qualname__)

class Err(Exception):
    def __init__(self, field):
        super().__init__(f"bad {field}")
        self.field = field

try:
    raise Err("age")
except Err as e:
    print(repr(e), e.args, e.field)
