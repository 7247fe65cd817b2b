# Builtins that everyday scripts use.
print(len("héllo"), len([1, 2]), len({1: 2}), list(range(2, 10, 3)), list(range(5, 0, -2)), range(3), range(1, 9, 2)[-1])
print(list(enumerate("ab", 1)), list(zip("abc", [1, 2])), list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "x"])), list(filter(lambda x: x % 2, range(7))), list(reversed([1, 2, 3])), list(reversed("abc")))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted([3, 1, 2], reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), min(pairs), max(pairs, key=lambda p: p[1]))
print(min(3, 1, 2), max([1, 5, 2]), min([], default="empty"), max("abc"), min([4, -5], key=abs), sum([1, 2, 3], 10), sum([0.1] * 10))
print(abs(-3), abs(-2.5), any([]), all([]), any([0, 1]), all([1, 0]), isinstance(1, (str, int)), issubclass(bool, int))
print(type(1), type("s"), type(None).__name__, type(int), type(len).__name__, object().__class__.__name__)
print(str(1), str(1.5), int("42"), int("-0x1f", 16), int("z", 36), int(" 7 "), int(3.9), int(-3.9), int("1_000"), int(True))
print(float("1.5"), float("-inf"), float(" 2 "), float(3), bool(0), bool("a"), bool([]), list("ab"), tuple([1]), set("aab") == {"a", "b"})
print(dict(a=1), dict([("x", 2)]), dict({"k": 1}, z=0), frozenset([1, 1]), bytes("hé", "utf-8"), list(b"ab"))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\\"), repr(b"\x01a'"), ascii("é"))
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(words) == id(words), callable(len), callable(1))
print(chr(65), chr(8364), ord("€"), hex(255), hex(-255), oct(8), bin(5), bin(-5), format(255, "x"), format(3.14159, ".3"), format("s", ">4"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), type(round(2.5)), round(2.5, 0))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), pow(2, 8), pow(2, -2), pow(2, 3, 5))
print(getattr(1, "real"), hasattr("", "upper"), dir([])[:3] if False else "append" in dir([]))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(isinstance(True, int), isinstance(1, bool), type(True + 1), 3 .bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
print((1.5).is_integer(), (2.0).as_integer_ratio() if hasattr(2.0, "as_integer_ratio") else (2, 1))
print(max(range(10), key=lambda x: (x % 3, x)), sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
for bad in (lambda: int('x'), lambda: float('abc'), lambda: int('5', 1), lambda: chr(-1), lambda: max([]),
            lambda: next(iter([])), lambda: list(1), lambda: sorted([1, 'a'])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print((1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(3, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print(e)
