# match statements: mapping patterns

def m(x):
    match x:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str() as text}:
            return f"say {text}"
        case {"action": action, **rest} if rest:
            return f"{action} with {sorted(rest.items())}"
        case {"action": action}:
            return f"bare {action}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"action": "move", "to": (1, 2)}, {"action": "say", "text": "hi"}, {"action": "say", "text": 5},
          {"action": "jump", "height": 3, "speed": 2}, {"action": "sit"}, {}, {"x": 1}, [("action", 1)], "action"]:
    print(v, "->", m(v))

# extra keys are fine; **rest gets them (a new dict)
d = {1: "a", 2: "b", 3: "c"}
match d:
    case {1: a, **rest}:
        print(a, rest, rest is d)
match {}:
    case {**rest}:
        print("empty rest", rest)

# keys: numbers, negative numbers, None, True, bytes, dotted names
class K:
    NAME = "name"

match {-1: "neg", None: "none", True: "true", b"k": "bytes", "name": "n", 2.5: "f"}:
    case {-1: a, None: b, True: c, b"k": d, K.NAME: e, 2.5: f}:
        print(a, b, c, d, e, f)

# values looked up with get(): a defaultdict does not grow
import collections
dd = collections.defaultdict(list)
match dd:
    case {"missing": x}:
        print("no")
    case _:
        print("defaultdict unchanged:", dict(dd))

# a mapping subclass whose get is overridden
class Loud(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

match Loud(a=1, b=2):
    case {"a": 1, "b": v}:
        print("Loud matched", v)

# collections.abc.Mapping
import collections.abc

class M(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __len__(self):
        return len(self.d)
    def __iter__(self):
        return iter(self.d)

match M(x=1, y=2):
    case {"x": 1, **others}:
        print("abc Mapping", others)

# the length check: more keys in the pattern than in the subject
match {"a": 1}:
    case {"a": _, "b": _}:
        print("no")
    case {"a": _}:
        print("one key")

# nested mappings and sequences
config = {"server": {"hosts": ["a", "b"], "port": 80}}
match config:
    case {"server": {"hosts": [first, *_], "port": int(port)}}:
        print("first host", first, "port", port)

# duplicate keys from dotted names are caught at run time
class A:
    X = "k"
class B:
    Y = "k"
try:
    match {"k": 1}:
        case {A.X: 1, B.Y: 1}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# a mapping is not a sequence, a sequence is not a mapping
match {"a": 1}:
    case [x]:
        print("no")
    case {"a": x}:
        print("dict is a mapping only", x)
