# str.format field syntax: brackets may hold '}', nesting depth, numbering, conversions, and the
# wording of each syntax error; the 'c' type right-aligns like other integer types.

data = {"x": 1, "}": 2, "-1": 3, "+1": 4, " 1": 5, "": 9, "a}b": 8}
cases = [
    "{0[x}", "{0[}]}", "{0[a}b]}", "{0[x]y}", "{0.}", "{0..a}", "{0[]}", "{0.[0]}", "{0!}",
    "{0!rr}", "{0!r", "{0!", "{0!x}", "{0!\x01}", "{0:{1:{2}}}", "{", "}", "x{", "{0:}}",
    "{0:{}", "{0[0]", "{a{b}", "{0[-1]}", "{0[+1]}", "{0[ 1]}", "{0[01]}", "{00}", "{٣}",
    "{0:{}}", "{}{0}", "{0}{}", "{{{0}}}", "{0}}", "{!r:^12}", "{1:>{2}}", "{9}",
    "{0[0]]}", "{-1}", "{1e0}",
]
for c in cases:
    try:
        print(repr(c), "->", repr(c.format(data, "ab", 6, 7)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)

class Missing(dict):
    def __missing__(self, key):
        return "<%s>" % key

for c in ["{}", "{0}", "{a}", "{a[0]}", "{zz}", "{a!r:>8}"]:
    try:
        print(repr(c), repr(c.format_map(Missing(a=[5]))))
    except Exception as e:
        print(repr(c), type(e).__name__, e)

for spec in ["4c", "<4c", "^5c", "04c", "=4c", "c"]:
    print(repr(format(48, spec)), repr(("{:" + spec + "}").format(9731)))
