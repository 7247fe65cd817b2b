import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd['k%d' % o.n] = o
print(len(wvd), sorted(wvd.keys()), wvd['k2'], 'k3' in wvd)
del objs[0]
print(len(wvd), sorted(wvd))
objs.clear()
print(len(wvd), dict(wvd))
o = Obj(9)
wvd['x'] = o
print(wvd.get('x'), wvd.get('nope', 'default'), wvd.pop('x'), len(wvd))
try:
    wvd['missing']
except KeyError as e:
    print('KeyError', e)
wvd['y'] = o
print(wvd.setdefault('y', None), list(wvd.items()), list(wvd.values()))
print([r() for r in wvd.valuerefs()], repr(wvd)[:22])
del o
print(len(wvd))

wkd = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(4)]
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), sorted(wkd.values()), wkd[keys[1]], keys[2] in wkd, Obj(1) in wkd)
del keys[1]
print(len(wkd), sorted(v for v in wkd.values()))
k = keys[0]
print(wkd.pop(k), len(wkd), wkd.get(k, 'gone'))
keys.clear()
print(len(wkd), list(wkd.items()))
wkd.update({k: 'again'})
print(list(wkd.items()))

ws = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws, Obj(0) in ws)
ws.discard(items[0])
print(len(ws))
del items[1]
print(len(ws), sorted(o.n for o in ws))
items.clear()
print(len(ws), list(ws))
a, b = Obj(1), Obj(2)
s1 = weakref.WeakSet([a, b])
s2 = weakref.WeakSet([b])
print(len(s1 | s2), len(s1 & s2), len(s1 - s2), s2 <= s1, s1 == weakref.WeakSet([a, b]))


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello from ' + self.name


g = Greeter('g')
calls = []
wm = weakref.WeakMethod(g.hello, lambda r: calls.append('method dead'))
print(wm()(), wm() == g.hello, wm == weakref.WeakMethod(g.hello))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
del g
print(wm(), calls)

p_target = Obj(7)
p = weakref.proxy(p_target)
print(p.n, repr(p)[:13], str(p), type(p).__name__, isinstance(p, weakref.ProxyTypes))
p.n = 8
print(p_target.n)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __len__(self):
        return self.v

    def __call__(self, x):
        return x * self.v

    def __getitem__(self, i):
        return i + self.v


nt = Num(3)
pn = weakref.proxy(nt)
print(pn + 1, len(pn), pn(5), pn[10], type(pn).__name__, callable(pn))
try:
    hash(pn)
except TypeError as e:
    print(e)
del nt
try:
    pn.v
except ReferenceError as e:
    print('ReferenceError', e)
try:
    weakref.proxy(5)
except TypeError as e:
    print(e)
