# float.hex() and float.fromhex(): exact hexadecimal text of a double and back, rounding half to
# even, subnormals, overflow and malformed text; fromhex and int.from_bytes are class methods.
import math

for x in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1 / 3, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, 1e-310, 123456789.0, float("inf"), float("-inf"), float("nan")]:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, back == x or (math.isnan(x) and math.isnan(back)))

for text in ["0x1p0", "0X1P0", "1", "a", "0x.8", "0x1.", "  -0x1.8p1  ", "+0x10p-4", "0x1.fffffffffffff7p0",
             "0x1.fffffffffffff8p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p1023", "0x1.fffffffffffffp1023",
             "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.8p-1074", "0x0p999999999999999999999", "0x1p-99999999999999999999",
             "inf", "-Infinity", "nan", "-NaN", "0x" + "0" * 50 + "1p0", "0x1" + "0" * 300 + "p-1200"]:
    try:
        print(repr(text[:40]), float.fromhex(text))
    except (ValueError, OverflowError) as e:
        print(repr(text[:40]), type(e).__name__, e)

for text in ["", "0x", "p1", "0x1p", "0x1p+", "0x1.2.3", "0x1q", "0xg", ".", "0x1p1.5", "1_0", "0x1p1024",
             "0x1.fffffffffffff8p1023", "0x2p1023", "- 1"]:
    try:
        print(repr(text), float.fromhex(text))
    except (ValueError, OverflowError) as e:
        print(repr(text), type(e).__name__, e)
for bad in [None, 1, b"0x1"]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print("TypeError", e)


class F(float):
    pass


class I(int):
    pass


print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), type((2.0).fromhex("0x1")).__name__)
print(type(I.from_bytes(b"\x01\x00", "big")).__name__, I.from_bytes(b"\x01\x00", "little"))
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x05", "big"), (7).from_bytes(b"\xff", "big", signed=True))
