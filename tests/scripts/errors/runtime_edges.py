# Edge arguments that once panicked or crashed the interpreter: each must raise CPython's exception.
cases = [
    lambda: b"abc".find(),
    lambda: b"abc".index(),
    lambda: b"abc".count(),
    lambda: b"abc".startswith(),
    lambda: b"abc".endswith(),
    lambda: b"abc".replace(b"a"),
    lambda: b"".join(),
    lambda: b"a b".split(b""),
    lambda: property(len).setter(),
    lambda: property(len).getter(),
    lambda: property(len).deleter(1, 2),
    lambda: "ab" * (2**63 - 1),
    lambda: [1] * 2**62,
    lambda: (1,) * 2**62,
    lambda: b"ab" * 2**62,
    lambda: "a" * 2**63,
    lambda: 2**70 * [1],
    lambda: "a" * 2**40,
    lambda: [1, 2][2**70],
    lambda: (1, 2)[-2**70],
    lambda: "abc"[2**70],
    lambda: "abc"[2**64:],
    lambda: "abc"[:-2**64],
    lambda: [1, 2, 3][-2**80:2**80],
    lambda: "abcdef"[::2**70],
    lambda: "abcdef"[::-2**70],
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
print(b"abcb".find(b"b"), b"a,b".split(b","), "ab" * 3, [0] * 3, (1, 2) * 2, b"x" * 3)
