# Format specs checked as CPython does: thousands separators per presentation type, what a str
# spec may not have, bool formatted as an int, 'n' for floats, precisions an int refuses or a
# float cannot have, and huge widths padded in one allocation.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r) if len(r) < 60 else f"str of len {len(r)}")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for value in [1234567, -1234.5678, "text", True, 3 + 4j]:
    for spec in [",", "_", ",d", "_x", ",x", "_b", ",o", ",c", ",n", ",s", ",%", "_e", ",_", "__", ",,", "=8", "#",
                 "+", "08", "<08", "^9", "*>10", "n", ".3n", ".2", ".2s", ".3d", ".3x", ".3f", ".3%", "x", "s", "c", "g"]:
        show(f"format({value!r}, {spec!r})", lambda: format(value, spec))

for spec in [".2147483647s", ".2147483648", ".2147483648f", ".2147483648e", ".2147483648g", ".2147483648%",
             ".9223372036854775807", ".9223372036854775808", "9223372036854775808"]:
    for value in [1.5, 7, "ab", 1j]:
        show(f"format({value!r}, {spec!r})", lambda: format(value, spec))

show("'%.2147483648f' % 1.5", lambda: "%.2147483648f" % 1.5)
show("'%.2147483648s' % 'ab'", lambda: "%.2147483648s" % "ab")
show("'%.2147483647s' % 'ab'", lambda: "%.2147483647s" % "ab")
show("'{:>100000000}'.format('x')", lambda: "{:>100000000}".format("x"))
show("'{:^100000001}'.format(1.5)", lambda: "{:^100000001}".format(1.5))
show("'{:é<100000000}'.format(1)", lambda: "{:é<100000000}".format(1))
s = "{:*^100000001}".format("ab")
print(len(s), s[:3], s[49999998:50000003], s[-3:])
s = "%-100000000d|" % -5
print(len(s), s[:3], s[-3:])
print(f"{True:>6}|{False:<6}|{True:^7}|{True:d}|{False:x}|{True:.1f}|{True:5}")
