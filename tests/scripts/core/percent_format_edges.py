# printf-style formatting corners: zero padding after an alternate prefix, C length modifiers,
# floats refused by the integer-only conversions, '*' after a mapping key.

def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ["%#06x", "%#06X", "%#08o", "%#-8x|", "%#+08x", "%# 8.4x", "%#010.3o", "%#x"]:
    for n in (0, 18, -18, 2**70):
        show(fmt, n)
for fmt in ["%ld", "%hd", "%Lf", "%lx", "%hhd", "%l", "%lz", "%5l"]:
    show(fmt, 7)
for fmt in ["%x", "%X", "%o", "%c"]:
    show(fmt, 18.0)
for v in [3.99, -3.99, 1e30, -1e300, float("inf"), float("nan"), True]:
    show("%d", v)
    show("%i|%u", (v, v))
show("%(n)*d", {"n": 5})
show("%(n)*d", {"n": "x"})
show("%(n).*f", {"n": 1.5})
show("%*s|%-*s|", (4, "a", 3, "b"))
show("%.*s", (2, "abcdef"))
