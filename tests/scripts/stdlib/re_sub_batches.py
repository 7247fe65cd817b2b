# sub/subn with a function or a template over many matches (made in batches), with count at and
# around batch sizes, empty matches, non-ASCII texts, bytes, and the function seeing each match in order.
import re

text = ("user%d took %dms; café " * 300) % tuple(x for i in range(300) for x in (i, i * 7))
for count in [0, 1, 63, 64, 65, 128, 129, 299, 300, 301, 1000]:
    seen = []

    def f(m):
        seen.append(m.start())
        return "<%s>" % m.group(1)

    r, n = re.subn(r"user(\d+)", f, text, count=count)
    r2, n2 = re.subn(r"user(\d+)", r"<\1>", text, count=count)
    print(count, n, n2, r == r2, len(r), r[-40:], seen == sorted(seen), len(seen))
for p in [r"x*", r"\b", r"(?=é)", r"", r"é|$"]:
    r, n = re.subn(p, lambda m: "[%d]" % m.start(), text[:900])
    r2 = re.sub(p, "-", text[:900], count=70)
    print(repr(p), n, len(r), r[:60], r[-60:], r2[-30:])
print(re.subn(rb"(\d)", lambda m: m.group(1) * 2, b"a1b2" * 100)[1], re.sub(rb"\d", b"", b"a1" * 100)[:10])
print(re.subn("z", lambda m: "y", text) == (text, 0), re.sub("z", lambda m: "y", text) is text)
for bad in [lambda m: 1, lambda m: b"x"]:
    try:
        re.sub(r"\d", bad, "a1b2")
    except TypeError as e:
        print("TypeError", e)
