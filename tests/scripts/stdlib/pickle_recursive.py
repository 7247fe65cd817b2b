# Self-referencing objects and tuples, too-deep nesting, and frames around large payloads.
import pickle, sys
class N:
    pass
n = N(); n.me = n; n.lst = [n]
b = pickle.dumps(n)
print(b)
m = pickle.loads(b)
print(m.me is m, m.lst[0] is m)
deep = []
cur = deep
for i in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    pickle.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
t = ([],)
t[0].append(t)
b = pickle.dumps(t, 2); print(b); r = pickle.loads(b); print(r[0][0] is r)
b = pickle.dumps(t, 0); print(b); r = pickle.loads(b); print(r[0][0] is r)
b = pickle.dumps(t, 1); print(b)
fs = None
big = list(range(70000))
b = pickle.dumps([big, "x" * 70000, b"y" * 70000, big])
import hashlib
print(len(b), hashlib.md5(b).hexdigest(), pickle.loads(b)[3] is pickle.loads(b)[0])
