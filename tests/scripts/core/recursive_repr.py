# Containers that hold themselves print as [...], {...}, (...) as CPython (Py_ReprEnter), and
# reprlib.recursive_repr does the same for a user __repr__.
from collections import OrderedDict, defaultdict, deque, Counter
import reprlib
import threading

l = []
l.append(l)
print(l, repr(l), str(l))
d = {}
d['me'] = d
print(d)
print(d.keys(), d.values(), d.items())
a = []
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
x = {'list': []}
x['list'].append(x)
print(x)
q = deque()
q.append(q)
print(q)
q2 = deque([1], maxlen=3)
q2.append(q2)
print(q2)
od = OrderedDict()
od['a'] = od
print(od)
dd = defaultdict(list)
dd['a'] = dd
print(dd)


class L(list):
    pass


s = L()
s.append(s)
print(s)


class D(dict):
    pass


e = D()
e[1] = e
print(e)
both = [d, l, d]
print(both)
print(f'{l!r} {d}')
print('%s %r' % (l, d))


class N:
    def __init__(self):
        self.me = self

    @reprlib.recursive_repr()
    def __repr__(self):
        return f'N({self.me!r})'


print(N())


class M:
    def __init__(self, other=None):
        self.other = other

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'M({self.other!r})'


m1 = M()
m2 = M(m1)
m1.other = m2
print(m1)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
c = Counter()
c['x'] = c
try:
    print(c)
except RecursionError as err:
    print('RecursionError', err)
out = []


def in_thread():
    out.append(repr(l))


th = threading.Thread(target=in_thread)
th.start()
th.join()
print(out)
deep = []
for i in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as err:
    print('RecursionError', err)
