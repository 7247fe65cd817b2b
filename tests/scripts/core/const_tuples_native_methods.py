# Tuples of constants are folded into one constant (and `x in [consts]` tests a constant tuple),
# as CPython's compiler does; methods of core types called on values of that very type take a
# shortcut in the call instruction: results, errors and subclasses must not change.


def consts():
    t = (1, "a", (2.5, None), (), True)
    print(t, type(t).__name__, len(t))
    print(t[2], t[2][0], t[3] == ())
    a, b = 1, 2
    b, a = a, b
    print(a, b)
    (p, q), r = (1, 2), 3
    print(p, q, r)
    print([x * 2 for x in (1, 2, 3)])
    print("+" in ("+", "-"), "*" in ("+", "-"), "*" not in ("+", "-"))
    print(3 in [1, 2, 3], 4 not in [1, 2, 3], [] == [], 2 in [1, [2]], [2] in [1, [2]])
    print(-1 in (1, -1), (1, 2) in ((1, 2), (3, 4)))
    print(f() is f())


def f():
    return (1, 2, 3)


def makes_new_lists():
    out = []
    for _ in range(2):
        out.append([1, 2])
    out[0].append(3)
    print(out)


class S(str):
    def isspace(self):
        return "overridden"


class L(list):
    pass


def methods():
    print("a".isspace(), " ".isspace(), "ab1".isalnum(), "12".isdigit())
    print("a,b".split(","), "abc".startswith("ab"), "x".join(["1", "2"]), "abc".replace("b", "B"))
    print([3, 1, 2].index(2), (1, 2, 1).count(1), {1: 2}.get(1), {1, 2}.issubset({1, 2, 3}))
    print((5).bit_length(), (2.5).is_integer(), b"ab".upper(), (10**30).bit_length())
    print(S("x").isspace(), S(" ").strip(), L([1, 2]).index(2))
    for call in (
        lambda: "a".isspace(1),
        lambda: "a".startswith(),
        lambda: [1].index(5),
        lambda: "a".split(",", 1, 2),
        lambda: [].pop(),
        lambda: "abc".index("z"),
        lambda: str.upper(5),
        lambda: "a".join([1]),
    ):
        try:
            print(call())
        except (TypeError, ValueError, IndexError) as e:
            print(type(e).__name__, e)


consts()
makes_new_lists()
methods()
