# match statements: or-patterns, as-patterns, binding order

def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case (a, b) | [a, b, _]:
            return f"a={a} b={b}"
        case {"k": v} | {"key": v}:
            return f"value {v}"
        case _:
            return "other"

for v in [2, "b", [5, 0], [0, 7], (8, 9), [1, 2, 3], {"key": 4}, {"k": 3}, 9]:
    print(v, "->", f(v))

# alternatives binding the same names in different orders
def swap(x):
    match x:
        case (a, b, "ab") | (b, a, "ba"):
            return (a, b)
print(swap((1, 2, "ab")), swap((1, 2, "ba")))

def three(x):
    match x:
        case [a, b, c, 1] | [c, a, b, 2] | [b, c, a, 3]:
            return (a, b, c)
print(three([1, 2, 3, 1]), three([1, 2, 3, 2]), three([1, 2, 3, 3]))

# nested or-patterns with captures in a sequence
match [1, (2, 3)]:
    case [1 | 2 as first, (2, y) | (y, 2)]:
        print("nested or", first, y)

# as-pattern around a whole sequence and around a class pattern
match [1, 2]:
    case [_, _] as both:
        print("both", both)
match 3.5:
    case int() | float() as number:
        print("number", number)

# captures are bound only when the whole case matches
match (1, 2):
    case (q, 3):
        print("no")
    case _:
        print("q bound after failed case:", "q" in dir())

# the last alternative may be irrefutable (all alternatives bind the same names)
match 10:
    case (1 as other) | other:
        print("irrefutable last alternative", other)

# or-pattern of singletons
for v in [None, True, False, 0]:
    match v:
        case None | True:
            print(repr(v), "None or True")
        case _:
            print(repr(v), "neither")
