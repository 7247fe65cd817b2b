# The eval loop's shortcuts for list.append / list.pop / dict.get, a tuple built only to be
# unpacked, one-character str.split pieces, bytes() of a list, and namedtuple's positional
# construction: each must act exactly as the general path.
import sys
from collections import namedtuple


class L(list):
    def append(self, x):
        super().append(x * 10)

    def pop(self):
        return "overridden"


class D(dict):
    def get(self, k, default=None):
        return ("D.get", k, default)


def lists():
    l = []
    for i in range(5):
        l.append(i)
    print(l, l.pop(), l.pop(), l)
    l.append(l)
    print(len(l), l[-1] is l)
    print(l.pop() is l)
    try:
        [].pop()
    except IndexError as e:
        print("IndexError", e)
    try:
        l.append()
    except TypeError as e:
        print("TypeError", e)
    try:
        l.append(1, 2)
    except TypeError as e:
        print("TypeError", e)
    print(l.pop(0), l.pop(-1), l)
    s = L()
    s.append(3)
    print(s, s.pop(), list.pop(s), s)
    ap = l.append
    ap(9)
    print(l, list.append(l, 8), l)


def dicts():
    d = {"a": 1, 2: "two", (1, 2): "t"}
    print(d.get("a"), d.get("b"), d.get("b", 0), d.get(2), d.get((1, 2)), d.get(3, "x"))
    try:
        d.get()
    except TypeError as e:
        print("TypeError", e)
    try:
        d.get("a", 1, 2)
    except TypeError as e:
        print("TypeError", e)
    try:
        d.get([])
    except TypeError as e:
        print("TypeError", e)
    print(D(a=1).get("a"), dict.get(D(a=1), "a"))


def unpacking():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    (c, d), e = (1, 2), 3
    print(c, d, e)
    x, y, z = [1, 2], (3,), "s"
    print(x, y, z)
    x, y = y, x
    print(x, y)
    try:
        p, q = 1, 2, 3
    except ValueError as e:
        print("ValueError", e)
    try:
        p, q, r = 1, 2
    except ValueError as e:
        print("ValueError", e)
    m = [0, 1]
    m[0], m[1] = m[1], m[0]
    print(m)


def splits():
    print("a b  c\td".split(), "a,b,,c".split(","), "x".split(), " y ".split(" "), "é a".split())
    print("a b".split()[0] is "a b".split()[0])


def bytes_from():
    print(bytes([1, 2, 3]), bytes((65, 66)), bytes(3), bytearray([7]))

    class Ix:
        def __index__(self):
            return 2

    print(bytes(Ix()))

    class NoIx:
        pass

    o = NoIx()
    o.__index__ = lambda: 4  # an instance attribute is not the type's slot
    try:
        bytes(o)
    except TypeError as e:
        print("TypeError", e)


def named():
    P = namedtuple("P", "x y", defaults=[5])
    print(P(1, 2), P(1), P(x=3), P(1, y=4), P(y=0, x=1))

    class Eq:
        def __eq__(self, other):
            return True

    print(P(Eq(), 2)[1], type(P(1, 2)).__name__, isinstance(P(1, 2), tuple))
    for bad in [lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(1, 2, z=3), lambda: P()]:
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)
    Q = namedtuple("Q", "a b")
    try:
        Q(1)
    except TypeError as e:
        print("TypeError", e)
    print(Q(*[1, 2]), Q._make([3, 4]), Q(1, 2)._replace(a=9))


lists()
dicts()
unpacking()
splits()
bytes_from()
named()


# Under a trace hook every instruction is an event: the unpack is traced as its own step.
def traced():
    a, b = 1, 2
    return a, b


lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        lines.append(event)
    return tracer


sys.settrace(tracer)
r = traced()
sys.settrace(None)
print(r, lines)
