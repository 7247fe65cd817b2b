# pickle.dumps writes CPython's bytes at every protocol, and loads reads them back.
import collections
import hashlib
import pickle


def shown(data):
    if len(data) < 160:
        return repr(data)
    return "%d bytes, md5 %s" % (len(data), hashlib.md5(data).hexdigest())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.a = state["a"]
        self.b = "restored"


class WithReduce:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return type(other) is WithReduce and other.n in (self.n, self.n * 2)

    def __repr__(self):
        return "WithReduce(%d)" % self.n

    def __reduce__(self):
        return (WithReduce, (self.n * 2,))


class NewArgs(int):
    def __getnewargs__(self):
        return (int(self),)


class MyList(list):
    pass


class MyDict(dict):
    pass


def plain_function():
    return 1


Pair = collections.namedtuple("Pair", "left right")

shared = [1, 2]
rec = []
rec.append(rec)
rec_dict = {}
rec_dict["me"] = rec_dict

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**63, -2**63, 2**100, -2**100, 2**2000, 0.0, -0.0, 1.5, 1e300, -2.5e-300, float("inf"), float("-inf"),
    "", "a", "héllo", "日本", "😀", "line\nbreak\\", "x" * 300, b"", b"abc", b"\x00\xff" * 200,
    bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(1005)),
    {}, {"a": 1}, {"a": 1, "b": [2, 3]}, {i: str(i) for i in range(1003)}, set(), {1, 2, 3}, frozenset(),
    frozenset({"x"}), [shared, shared, (shared,)], rec, rec_dict, range(3), range(1, 10, 2), complex(1, -2),
    Point(1, "two"), [Point(1, 2), Point(3, 4)], WithReduce(5), MyList([1, 2]), MyDict(k=1), NewArgs(7),
    plain_function, len, Point, int, collections.OrderedDict(a=1, b=2), collections.defaultdict(list, {"q": [1]}),
    collections.deque([1, 2, 3]), collections.deque([1], maxlen=4), collections.Counter("abracadabra"),
    Pair(1, 2), ValueError("bad", 3), KeyError("k"), type(None),
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        if v is rec:
            same = back[0] is back
        elif v is rec_dict:
            same = back["me"] is back
        elif isinstance(v, BaseException):
            same = type(back) is type(v) and back.args == v.args
        else:
            same = back == v and type(back) is type(v)
        print(" ", repr(v)[:40].split(" at 0x")[0], shown(data), same)

s = Slotted()
s.a = 5
s.b = 6
for proto in range(6):
    d = pickle.dumps(s, proto)
    t = pickle.loads(d)
    print(proto, shown(d), t.a, t.b)
back = pickle.loads(pickle.dumps([shared, shared]))
print(back[0] is back[1])
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
