# match statements: sequence patterns

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} + {len(rest)}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [a, *mid, z]:
            return f"ends {a}..{z} mid={mid}"

for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), list(range(10)), range(3), range(4)]:
    print(v, "->", seq(v))

# str, bytes and bytearray are not sequences here
for v in ["ab", b"ab", "a", "", {1, 2}, {"a": 1}, 5, None]:
    match v:
        case [x, y]:
            print(repr(v), "is a two-item sequence")
        case [x]:
            print(repr(v), "is a one-item sequence")
        case []:
            print(repr(v), "is an empty sequence")
        case _:
            print(repr(v), "is not a sequence")

# star wildcards
def star(x):
    match x:
        case [*_]:
            return "any sequence"

print(star([]), star((1,)), star("s"))

def ends(x):
    match x:
        case [1, *_, 9]:
            return "1 to 9"
        case [_, _, *_]:
            return "two or more"
        case [*_, 0]:
            return "ends in 0"
        case _:
            return "other"

for v in [[1, 9], [1, 5, 9], [1, 2], [0], [], [3, 0], (1, 2, 3, 9)]:
    print(v, ends(v))

# star capture in the middle and at the start
match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)
match (1, 2, 3):
    case (1, *middle, 3):
        print("middle", middle, type(middle).__name__)
match [1]:
    case [1, *empty]:
        print("empty star", empty)

# nested sequences
def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [[a, *_], *_]:
            return f"first of first: {a}"
        case _:
            return None

print(nested([[1, 2], [3, 4]]), nested([[7, 8, 9], 1]), nested([1]))

# parenthesised and bare forms
match 1, 2:
    case a, b:
        print("bare tuple pattern", a, b)
match [3]:
    case (x,):
        print("one-tuple pattern", x)
match [3]:
    case x,:
        print("bare one-tuple pattern", x)
match ():
    case ():
        print("empty tuple pattern")
match [5, 6]:
    case (5 | 6, 5 | 6) as pair:
        print("or inside sequence", pair)

# sequence subclasses and user sequences registered with collections.abc
class MyList(list):
    pass

match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)

import collections.abc

class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

match Seq(1, 2, 3):
    case [1, *rest]:
        print("abc Sequence", rest)

class NotSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

match NotSeq():
    case [a, b]:
        print("matched")
    case _:
        print("a class with __getitem__ alone is not a sequence")

import collections
match collections.deque([1, 2]):
    case [a, b]:
        print("deque", a, b)

# a tuple subject in a for loop
points = [(0, 0), (1, 0), (0, 1), (2, 3)]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (x, 0):
            print("on x axis at", x)
        case (0, y):
            print("on y axis at", y)
        case (x, y):
            print("point", x, y)

# an iterator is not a sequence; a generator neither
def gen():
    yield 1
match gen():
    case [x]:
        print("no")
    case _:
        print("generator is not a sequence")
