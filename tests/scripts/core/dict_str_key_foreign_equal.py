# A dict looked up by a str key finds an equal key that is not an exact str (same hash, its
# __eq__ says equal), and a str subclass key with its own __eq__ is asked, as CPython does.
class K:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, o):
        print("K.__eq__", self.s, o if isinstance(o, str) else o.s)
        return o == self.s if isinstance(o, str) else NotImplemented
    def __repr__(self): return f"K({self.s!r})"

d = {K('a'): 1}
print(d['a'], d.get('a'), 'a' in d, d.get('b', 'missing'))
d['a'] = 2
print(d, len(d))
print(d.pop('a'), d)
d = {K('x'): 1, 'y': 2}
print(d.setdefault('x', 5), d)
del d['x']
print(d)

class S(str):
    pass
d = {S('a'): 1}
print(d['a'], 'a' in d, d.get('a'))
d['a'] = 3
print(d, type(list(d)[0]).__name__)

class E(str):
    def __eq__(self, o):
        print("E.__eq__", str.__repr__(self), repr(o))
        return False
    __hash__ = str.__hash__
d = {E('a'): 1}
print('a' in d, d.get('a'))
d2 = {'a': 1}
print(E('a') in d2, d2.get(E('a')))
d3 = {}
d3[E('q')] = 1
d3['q'] = 2
print(len(d3))

class Never:
    def __hash__(self): return hash('zz')
    def __eq__(self, o): print("Never.__eq__"); return False
d = {Never(): 1, 'zz': 2}
print(d['zz'], len(d))
d['zz'] = 3
print(len(d), d['zz'])
class Boom:
    def __hash__(self): return hash('bb')
    def __eq__(self, o): raise ValueError("boom")
d = {Boom(): 1}
try:
    d['bb']
except ValueError as e:
    print("ValueError", e)
print(dict.fromkeys([K('m')])['m'] if 'm' in dict.fromkeys([K('m')]) else None)
s = {K('a')}
print('a' in s)
fs = frozenset([K('c')])
print('c' in fs)
