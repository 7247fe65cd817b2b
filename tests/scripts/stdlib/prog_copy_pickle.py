import copy, pickle, io
from dataclasses import dataclass
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
class Node:
    def __init__(self, val, children=None):
        self.val = val; self.children = children or []
    def __repr__(self): return f"Node({self.val!r}, {self.children!r})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree); deep = copy.deepcopy(tree)
tree.children[0].val = 99
print(shallow.children[0].val, deep.children[0].val, shallow.children is tree.children)
lst = [[1, 2], [3]]; lst.append(lst)
dc = copy.deepcopy(lst); print(dc[2] is dc, dc[0] is not lst[0])
class WithCopy:
    def __init__(self): self.x = [1]
    def __copy__(self): print("__copy__"); return WithCopy()
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return WithCopy()
copy.copy(WithCopy()); copy.deepcopy(WithCopy())
print(copy.deepcopy({"a": (1, [2]), "b": {3}}), copy.copy((1, 2)), copy.replace if hasattr(copy, "replace") else None)
P = namedtuple("P", "x y")
@dataclass
class D:
    a: int
    b: list
class Custom:
    def __init__(self, a): self.a = a; self.cache = "tmp"
    def __getstate__(self): s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, s): self.__dict__.update(s); self.cache = "restored"
    def __eq__(self, o): return self.a == o.a
objs = [None, True, 1, -5, 2**70, 1.5, 1j, "str\u00e9", b"bytes", bytearray(b"ba"), (1, 2), [1, [2]], {"a": 1}, {1, 2}, frozenset([3]), P(1, 2), D(1, [2]), OrderedDict(a=1), defaultdict(list, {"k": [1]}), deque([1, 2]), Counter("aab"), range(1, 10, 2), slice(1, 2), Custom(5), Node, len, ValueError("bad", 2)]
for o in objs:
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(o, protocol=proto))
        ok = (r == o) if not isinstance(o, ValueError) else (r.args == o.args)
        if not ok:
            print("MISMATCH", proto, repr(o), repr(r))
print("roundtrips done", pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
c = pickle.loads(pickle.dumps(Custom(3))); print(c.a, c.cache)
for o in [None, True, 300, -1, 2**40, 1.5, "hi", b"by", (1, 2), [1, "a"], {"a": 1}, {1}, P(1, 2), Counter("ab")]:
    print(repr(o)[:20], pickle.dumps(o))
print(pickle.dumps([1, 2, 3], protocol=2), pickle.dumps({"x": 1.0}, protocol=0))
buf = io.BytesIO(); pickle.dump({"k": [1, 2]}, buf); buf.seek(0); print(pickle.load(buf))
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
import threading
try:
    pickle.dumps(threading.Lock())
except TypeError as e:
    print(e)
