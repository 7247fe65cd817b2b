# int()/float() of text and bytes-like values, what __int__/__index__/__trunc__ may return,
# exact comparisons between floats and big ints, rounding huge floats, hashes of empty values.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["++1", "+-1", "-+1", "1+", " 12 ", "\x1c12\x1f", "0x_1f", "0b_1", "0_7", "_1", "1__0", "0x", "٣"]:
    show(lambda: int(s, 0))
    show(lambda: int(s))
for b in [b"42", bytearray(b" 7 "), memoryview(b"-3"), b"1.5", b"zz"]:
    show(lambda: int(b))
    show(lambda: float(b))
show(lambda: int(b"ff", 16))
show(lambda: float("\x1c1.5\x1d"))

class Returns:
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __repr__(self):
        return "R"

def maker(dunder, value):
    cls = type("C" + dunder, (), {dunder: lambda self: value})
    return cls()

for dunder in ["__int__", "__index__"]:
    for value in [None, 1.5, "3", 7]:
        show(lambda: int(maker(dunder, value)))

for x in [1e300, -1e300, 2.0**64, 1.5e19, 123456789.5]:
    print(round(x), int(x), "%d" % x)
for a, b in [(10**50, 1e50), (2**63 - 1, 2.0**63), (2**63, 2.0**63), (10**400, float("inf")),
             (-10**400, float("-inf")), (2**64 + 1, 2.0**64), (2**53 + 1, 2.0**53 + 2)]:
    print(a == b, a < b, a > b, b < a, b <= a, a != b)
print(hash(""), hash(b""), hash("a") == hash("a"), {"": 1}[""], {b"": 2}[b""])
