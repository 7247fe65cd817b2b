# copy: shallow and deep copies, shared references and cycles, namedtuples, dict subclasses,
# __copy__/__deepcopy__, __getstate__/__setstate__.
import copy
from collections import namedtuple, OrderedDict, defaultdict


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})"


a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
t12 = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy(t12) is t12)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
tree.children[1].children[0].value = 40
print(t2, copy.copy(tree).children is tree.children)
P = namedtuple("P", "x y")
p = P(1, [2])
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).y is p.y)
od = OrderedDict(a=1, b=[2])
dd = defaultdict(list, {"x": [1]})
print(copy.deepcopy(od), copy.copy(dd), copy.deepcopy(dd)["x"] is dd["x"], copy.deepcopy(dd).default_factory)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep"]
        return c


print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.deepcopy({1: Custom()})[1].log)


class Stateful:
    def __init__(self):
        self.x = 1
        self.cache = "big"

    def __getstate__(self):
        return {"x": self.x}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


st = copy.deepcopy(Stateful())
print(st.x, st.cache, copy.copy(len) is len, copy.deepcopy(Node) is Node, copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
