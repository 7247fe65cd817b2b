# Decimal's str/repr/eng strings and format specs (f, e, g, %, n, none; fill, align, sign,
# grouping, zero padding), hashes equal to those of equal ints/floats, and conversions.
import decimal
from decimal import Decimal

values = ["0", "-0", "1", "-1.5", "123.456", "1234567.891", "0.000012345", "1E+10", "1.2300E-8",
          "-98765.4321", "5E-7", "12345678901234567890", "0.5", "2.5", "-0.005", "Infinity", "-Infinity",
          "NaN", "-NaN5", "sNaN", "1E+5", "100", "0.00", "1.000E+3", "9.9999"]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", ".10g", "%", ".1%", "n", ".2",
         ",", ",.2f", "_.3f", "012,.1f", ">12.2f", "<12", "^14.3e", "=+12.2f", "+", " .3f", "010",
         "*^15,.2f", "#.0f", "z.2f", "-.1e", "09.3f", ".15f", "08,", "#g"]
for v in values:
    d = Decimal(v)
    print(repr(d), str(d), d.to_eng_string(), d.as_tuple())
    for s in specs:
        try:
            print("  %-10r %r" % (s, format(d, s)))
        except Exception as e:
            print("  %-10r %s: %s" % (s, type(e).__name__, e))

for v in ["0", "1", "-1", "1.5", "0.1", "-2.25", "1E+20", "123456789.125", "1E-5", "7", "Infinity", "-Infinity", "NaN"]:
    d = Decimal(v)
    try:
        h = hash(d)
    except Exception as e:
        h = type(e).__name__
    same = []
    try:
        same.append(h == hash(int(d)) if d == int(d) else None)
    except Exception:
        same.append(None)
    try:
        same.append(h == hash(float(d)) if Decimal(float(d)) == d else None)
    except Exception:
        same.append(None)
    print(v, h if v != "NaN" else "nan-hash", same)

for v in ["1.5", "-2.7", "1E+3", "123.456", "-0.5", "2.5", "3.5"]:
    d = Decimal(v)
    print(v, int(d), float(d), round(d), round(d, 1), d.as_integer_ratio(), d.adjusted(),
          d.__floor__(), d.__ceil__(), bool(d), d.is_signed())

print(Decimal(0.1), Decimal(-2.5), Decimal(1e100), Decimal(float("inf")), Decimal((1, (1, 2, 3), -2)))
print(Decimal.from_float(0.25), Decimal("  12.5  "), Decimal("1_000.5"), Decimal(" -inf "), Decimal("nan123"))
for bad in ["abc", "1e", "", "1.2.3", "--1", "_1", "1__0", "1e1.5"]:
    try:
        Decimal(bad)
    except decimal.InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for bad in [[1, 2], (2, (1,), 0), (0, (10,), 0), (0, (1,), "x"), object()]:
    try:
        print(Decimal(bad))
    except Exception as e:
        print(type(e).__name__, e)
