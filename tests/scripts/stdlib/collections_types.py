# collections: namedtuple, defaultdict, Counter, OrderedDict, ChainMap, and user subclasses of list/str/int/set/dict.
from collections import namedtuple, defaultdict, Counter, OrderedDict, ChainMap, deque
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
print(hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 2)]))
print(p + (3,), p * 2, 1 in p, list(p), tuple(p), repr(Point), Point.__name__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2), lambda: P3()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    namedtuple('Bad', 'x _y')
except ValueError as e:
    print('ValueError:', e)
try:
    namedtuple('Bad', 'x x')
except ValueError as e:
    print('ValueError:', e)
try:
    namedtuple('Bad', 'x class')
except ValueError as e:
    print('ValueError:', e)
print(namedtuple('R', 'a _b class a', rename=True)._fields)

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b'].append(3)
print(d, d['a'], len(d), 'c' in d, d.get('c'), dict(d))
c = defaultdict(int)
for w in 'the cat the hat the end'.split():
    c[w] += 1
print(sorted(c.items()), c.default_factory)
print(defaultdict(None, {'k': 1}))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)

cnt = Counter('abracadabra')
print(cnt, cnt['a'], cnt['z'], cnt.most_common(2), cnt.total())
print(sorted(cnt.elements()))
cnt.update('aaz'); print(cnt)
cnt.subtract({'a': 10}); print(cnt)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter(a=1) == Counter(a=1, b=0), -Counter(a=-2, b=1), +Counter(a=-2, b=1))
del cnt['a']; del cnt['nope']; print(cnt)
w = Counter(); w['x'] += 2; print(w, isinstance(w, dict))

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['z'] = 9; print(cm.maps[0], cm.new_child({'q': 0})['q'], cm.parents)

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2]); s.push(3); s += [4]
print(s, s.peek(), len(s), type(s).__name__, s[1:3], sorted(s, reverse=True), s == [1, 2, 3, 4])
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob'); print(n, n.shout(), len(n), n + 'x', n == 'bob', {n: 1}['bob'], f'{n}', '%s' % n)
class Money(int):
    def __repr__(self):
        return f'${int(self)}'
m = Money(5); print(m, m + 1, [m], m * 2, m > 3)
class Tags(set):
    pass
t = Tags([1, 2]); t.add(3); print(sorted(t), 2 in t, len(t))
class Cfg(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.loaded = True
cfg = Cfg(a=1); cfg['b'] = 2; print(cfg, cfg.loaded, list(cfg.items()), cfg.get('a'))
