# Containers that hold themselves, and 100,000-deep nesting, through repr/str/==/hash/copy/pickle/json,
# in the main thread and in threads with 256 KiB stacks: CPython's results or RecursionError, never a crash.
import copy, pickle, json, threading, collections, sys
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:80])
    except BaseException as e:
        print(label, "->", type(e).__name__, str(e)[:80])
l = [1]; l.append(l)
d = {"a": 1}; d["self"] = d
t = (l,)
s = set(); 
dq = collections.deque([1]); dq.append(dq)
od = collections.OrderedDict(a=1); od["me"] = od
dd = collections.defaultdict(list); dd["me"] = dd
ns = __import__("types").SimpleNamespace(a=1); ns.me = ns
for name, v in [("list", l), ("dict", d), ("tuple", t), ("deque", dq), ("odict", od), ("ddict", dd), ("ns", ns)]:
    show(name + " repr", lambda: repr(v))
    show(name + " str", lambda: str(v))
    show(name + " eq self", lambda: v == v)
    show(name + " hash", lambda: hash(v))
    show(name + " copy", lambda: type(copy.copy(v)).__name__)
    show(name + " deepcopy", lambda: (lambda c: type(c).__name__)(copy.deepcopy(v)))
    show(name + " pickle", lambda: type(pickle.loads(pickle.dumps(v))).__name__)
    show(name + " json", lambda: json.dumps(v))
l2 = [1]; l2.append(l2)
show("list eq other", lambda: l == l2)
show("list lt other", lambda: l < l2)
d2 = {"a": 1}; d2["self"] = d2
show("dict eq other", lambda: d == d2)
show("deque eq other", lambda: dq == collections.deque([1, dq]))
def in_thread(f):
    out = []
    def run():
        try: out.append(repr(f())[:60])
        except BaseException as e: out.append(type(e).__name__)
    threading.stack_size(256 * 1024)
    th = threading.Thread(target=run); th.start(); th.join()
    return out[0]
show("thread list eq", lambda: in_thread(lambda: l == l2))
show("thread dict eq", lambda: in_thread(lambda: d == d2))
deep = []
for _ in range(100000): deep = [deep]
deep2 = []
for _ in range(100000): deep2 = [deep2]
deep = []
for _ in range(100000): deep = [deep]
deep2 = []
for _ in range(100000): deep2 = [deep2]
show("deep eq", lambda: deep == deep2)
show("thread deep eq", lambda: in_thread(lambda: deep == deep2))
show("thread deep repr", lambda: in_thread(lambda: len(repr(deep))))
show("deep repr", lambda: len(repr(deep)))
show("deep pickle", lambda: len(pickle.dumps(deep)))
show("deep json", lambda: len(json.dumps(deep)))
show("thread deep json", lambda: in_thread(lambda: len(json.dumps(deep))))
show("thread deep pickle", lambda: in_thread(lambda: len(pickle.dumps(deep))))
def rec(n): return rec(n + 1)
show("thread rec", lambda: in_thread(lambda: rec(0)))
show("thread str deep", lambda: in_thread(lambda: len(str(deep))))
dd0 = {}
cur = dd0
for _ in range(100000): cur["k"] = {}; cur = cur["k"]
show("deep dict repr", lambda: len(repr(dd0)))
show("thread deep dict json", lambda: in_thread(lambda: len(json.dumps(dd0))))
print("alive")
