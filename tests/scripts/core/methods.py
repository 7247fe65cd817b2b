# Methods of str, bytes, list, tuple, dict, set; printf-style formatting.
s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "-".join(["x", "y"]), "hello".replace("l", "L"), "hello".replace("l", "L", 1), "line1\nline2\r\n".splitlines())
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"), "hello".startswith(("he", "x")), "a.py".endswith(".py"))
print("hi".upper(), "HI".lower(), "hello world".title(), "hello".capitalize(), "Hi".swapcase(), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4), "42".zfill(5), "-42".zfill(5))
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), "  ".isspace(), "Abc".isupper(), "abc".islower(), "Title Case".istitle(), "x1".isidentifier(), "١".isdigit())
print("{} {}".format(1, 2), "{1}{0}".format("a", "b"), "{name}!".format(name="x"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3), "{0[1]} {1.real}".format([5, 6], 7))
print("héllo".encode(), "héllo".encode("utf-8").decode(), b"abc".decode("ascii"), "abc".partition("b"), "abc".rpartition("x"), "tab\tx".expandtabs(4))
print("%s and %r" % ("str", "repr"), "%d%%" % 50, "%5.2f|%-6d|%x|%X|%o|%e" % (3.14159, 42, 255, 255, 8, 12345.678), "%(a)s-%(b)03d" % {"a": "k", "b": 7}, "%c%s" % (65, [1]))
print("abc"[::-1], "ab" < "b", "a" * 0, str.join(",", "abc"), "x".join([]), "CamelCase".removeprefix("Camel"), "file.txt".removesuffix(".txt"))
b = b"Hello bytes"
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"b"), b.startswith(b"He"), b.hex(), bytes.fromhex("4142"), b[0], b[-1:], len(b), b.decode())
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1))
l.remove(1)
l.sort()
print(l)
l.reverse()
c = l.copy()
l.clear()
print(l, c, [1, 2] + [3], [[0] * 2] * 2, sorted(c) == c[::-1])
l2 = ["bb", "a", "ccc"]
l2.sort(key=len, reverse=True)
print(l2, (1, 2, 2).count(2), (1, 2, 3).index(3), (1, 2) + (3,), max((1, 9, 3)))
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.pop("b"), d.pop("zz", "none"), d)
d.update({"x": 10}, y=11)
d.update([("z", 12)])
print(d, list(d.keys()), list(d.values()), list(d.items())[:2], d.popitem(), len(d), "a" in d, dict.fromkeys("ab", 0))
keys = d.keys()
d["new"] = 1
print(keys, d.values(), d.items(), {**d} == d, d.copy() is not d, sorted(d))
del d["new"]
print(d, {k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
st = {3, 1, 2}
st.add(4)
st.discard(10)
st.remove(1)
print(st, st | {9}, st & {2, 3}, st - {2}, st ^ {3, 5}, st.union([7]), st.intersection({4}), st.difference({4}), st.issubset({2, 3, 4, 5}), {1} < {1, 2})
print(st.symmetric_difference({2}), st.isdisjoint({8}), st.pop() in {2, 3, 4}, len(st), frozenset({1, 2}) | {3}, {1, 2} == frozenset({2, 1}))
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: "abc".index("z"), lambda: [1].index(5), lambda: "a" + 1, lambda: "%d" % "x"):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
