# match statements: soft keywords, and the syntax errors CPython gives

# `match` and `case` stay ordinary names
match = [1, 2]
print(match)
case = 3
print(case)
def match(x):
    return x * 2
print(match(4))
match(5)
print(match (6))
class case:
    match = "attr"
print(case.match)
match: int = 7
print(match)
match = {"a": 1}
print(match["a"])
_case = "ok"
print(_case)

# a match statement whose subject is named match, with a case named case
match = 1
match match:
    case 1:
        print("matched match")
case = [2]
match case:
    case [case]:
        print("case captured", case)

# nested match statements
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            return "a nonzero"
print(nested(0, 0), nested(0, 1), nested(1, 0))

# one-line case bodies and several statements
match 3:
    case 3: x = 1; y = 2; print("one line", x + y)

errors = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y | 1:\n        pass\n",
    "match x:\n    case 1 | y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a] | []:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case {1: 1, 1.0: 2}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case (_ as y) | 1:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case {'a': a, **a}:\n        pass\n",
    "match x:\n    case a.b as a.b:\n        pass\n",
]
for src in errors:
    try:
        exec(src, {"x": 0, "C": object})
        print("no error:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print(src.splitlines()[1].strip(), "->", e.msg)

# a guard that refers to the capture, an irrefutable guarded case before others
match 5:
    case n if n < 0:
        print("negative")
    case n:
        print("non-negative", n)
