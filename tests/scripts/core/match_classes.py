# match statements: class patterns, __match_args__, built-in classes

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d flat {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return f"somewhere {p.x},{p.y}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), "p"]:
    print(where(p))

# keyword-only class patterns work without __match_args__
class Plain:
    def __init__(self, **kw):
        self.__dict__.update(kw)

match Plain(a=1, b=2):
    case Plain(a=1, b=b):
        print("keywords", b)
match Plain(a=1):
    case Plain(a=1, missing=_):
        print("no")
    case Plain(a=a):
        print("a missing attribute fails the pattern", a)

# built-in classes match themselves with one positional pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case _:
            return "something else"

for v in [True, 3, 2.5, "s", b"b", [7, 8], (1,), {"k": 9}, {1, 2}, frozenset([1]), None, [], {}]:
    print(repr(v), "->", kind(v))

class MyInt(int):
    pass
match MyInt(5):
    case int(x):
        print("int subclass matches itself:", x, type(x).__name__)

# nested class patterns and as-patterns
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end

match Line(Point(0, 0), Point(3, 4)):
    case Line(Point(0, 0) as s, Point(x, y) as e):
        print("from origin to", x, y, s.x, e.y)

# dotted class names
import collections
match collections.OrderedDict(a=1):
    case collections.OrderedDict():
        print("OrderedDict instance")

# errors: too many positional sub-patterns
class One:
    __match_args__ = ("a",)
    a = 1

def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

def too_many():
    match One():
        case One(x, y):
            pass
attempt(too_many)

def none_allowed():
    match Plain():
        case Plain(x):
            pass
attempt(none_allowed)

def builtin_two():
    match 5:
        case int(x, y):
            pass
attempt(builtin_two)

# errors: __match_args__ of the wrong type, elements not strings
class BadArgs:
    __match_args__ = ["a"]
def bad_args():
    match BadArgs():
        case BadArgs(x):
            pass
attempt(bad_args)

class BadElem:
    __match_args__ = (1,)
def bad_elem():
    match BadElem():
        case BadElem(x):
            pass
attempt(bad_elem)

# the same attribute twice (positional and keyword)
def twice():
    match Point(1, 2):
        case Point(x, x=1):
            pass
attempt(twice)

# not a class
def not_a_class():
    f = len
    match 1:
        case f():
            pass
attempt(not_a_class)

# isinstance goes through __instancecheck__
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "special"
class Special(metaclass=Meta):
    pass
match "special":
    case Special():
        print("__instancecheck__ used")

# properties and __getattr__ supply attributes
class Lazy:
    __match_args__ = ("value",)
    @property
    def value(self):
        return 42
    def __getattr__(self, name):
        if name == "extra":
            return "dynamic"
        raise AttributeError(name)

match Lazy():
    case Lazy(v, extra=e):
        print("property and __getattr__:", v, e)

# a dataclass gets __match_args__
from dataclasses import dataclass

@dataclass
class Card:
    rank: int
    suit: str

print(Card.__match_args__)
match Card(10, "hearts"):
    case Card(10, suit):
        print("ten of", suit)
