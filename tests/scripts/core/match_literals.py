# match statements: literal, capture, wildcard, value patterns, guards (PEP 634)

def lit(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -3:
            return "minus three"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case "hello":
            return "greeting"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"

for v in [0, 1, 2, -3, 1.5, -2.5, "hello", "concat", b"raw", None, True, False, 0.0, 1.0, 3, "x", [], 2.0]:
    print(repr(v), "->", lit(v))

# True/False/None compare by identity: 1 does not match True, 0 does not match False
def ident(x):
    match x:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
    return "no match"

for v in [True, 1, False, 0, None, 0.0, ""]:
    print(repr(v), ident(v))

# capture and wildcard
def cap(x):
    match x:
        case 42:
            return "answer"
        case other:
            return f"captured {other!r}"

print(cap(42), cap("z"), cap([1]))

def wild(x):
    match x:
        case 1:
            return "one"
        case _:
            return "anything"

print(wild(1), wild(2))
# `_` is never bound
_ = "untouched"
match 99:
    case _:
        pass
print(_)

# value patterns: dotted names compared with ==
class Color:
    RED = "r"
    GREEN = "g"

class Ns:
    class Inner:
        BLUE = "b"

def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Ns.Inner.BLUE:
            return "blue"
        case _:
            return "unknown"

print(color("r"), color("g"), color("b"), color("x"))

# guards
def guard(p):
    match p:
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x > y:
            return f"below {x},{y}"
        case (x, y):
            return f"above {x},{y}"
        case n if n > 100:
            return "big"
        case n:
            return "small"

print(guard((1, 1)), guard((3, 1)), guard((1, 3)), guard(500), guard(5))

# a guard that fails leaves the capture bound (CPython binds before the guard)
match 5:
    case z if z > 10:
        print("no")
    case _:
        print("z is", z)

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 3
match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, subject calls:", len(calls))

# no case matches: nothing happens, nothing bound
match 7:
    case 1:
        print("never")
print("after no match")

# tuple subjects without parentheses
match 1, 2:
    case (1, 2):
        print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")

# walrus in subject
match (n := 10):
    case 10:
        print("walrus", n)

# numbers: equal values of different types match
match 1.0:
    case 1:
        print("1.0 matches 1")
match 1:
    case 1.0:
        print("1 matches 1.0")
match True:
    case 1:
        print("True matches 1 (equality)")

# large and hex ints
match 2**70:
    case 1180591620717411303424:
        print("big int")
match 255:
    case 0xff:
        print("hex")

# inside loops: break and continue from a case
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop", i)

# return from a case inside a function
def first_even(xs):
    for x in xs:
        match x % 2:
            case 0:
                return x
    return None

print(first_even([1, 3, 6, 8]))
