# Dunder methods of built-in types as attributes, and subclasses of dict/list/tuple calling them through super().
print((10).__add__(5), (10).__add__('a'), (2.5).__mul__(2), 'ab'.__add__('c'), [1].__len__(), 'x'.__len__())
print((3).__eq__(3), 'a'.__contains__('a'), {1: 2}.__getitem__(1), (5).__neg__(), (7).__rsub__(10))
print((1).__lt__(2), 'b'.__gt__('a'), (3).__hash__() == hash(3), (0).__bool__(), (5).__index__())
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
d = D(); d['a'] = 1; print(d['a'], d, dict.__repr__(d) if hasattr(dict, '__repr__') else '')
class L(list):
    def __len__(self):
        return super().__len__() + 100
l = L([1, 2]); print(len(l), l.__len__(), list(l))
print(int.__add__(1, 2), str.__len__('abc'), list.__getitem__([5, 6], 1))
print(sorted(['b', 'a'], key=str.__len__), hasattr(5, '__add__'), hasattr([], '__hash__'))
print(callable(getattr(3, '__mul__')))
class Q(tuple):
    def __new__(cls, a):
        return super().__new__(cls, (a, a))
print(Q(3), '%s-%s' % Q(4), format(Q(1)), type(Q(2)) is Q)
class E(Exception): pass
try:
    raise E('x')
except E as e:
    print(repr(e))
x = 5; x += 2; print(x, 'a' * 3, [0] * 2, 2 * 'b')
print(1 == 1.0, {1: 'a'}.__eq__({1: 'a'}), (1, 2) < (1, 3))
