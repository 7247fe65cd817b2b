# `__call__` on every kind of callable, and the reprs of built-in types' slot methods
# (method-wrapper / slot wrapper) next to their ordinary methods.
import re


def show(expr):
    try:
        value = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', re.sub(r'0x[0-9a-f]+', 'ADDR', repr(value)))


def double(x):
    return x * 2


class C:
    def m(self, y=1):
        return ('C.m', y)

    @staticmethod
    def s():
        return 'static'

    @classmethod
    def k(cls):
        return cls.__name__


class Callable:
    def __call__(self, *a, **k):
        return ('called', a, k)


obj = C()
for target in ['len', 'double', 'lambda: 0', 'obj.m', 'C', 'C.s', 'C.k', 'Callable()', 'print', '[].append', 'int',
               'type', 'object', '1', '"s"', 'None', 'obj']:
    print(target, hasattr(eval(target), '__call__'), callable(eval(target)))

print(double.__call__(3), type(double).__call__(double, 4), double.__call__.__call__(5))
print(obj.m.__call__(), obj.m.__call__(y=2), type(obj.m).__call__(obj.m, 3))
print(C.__call__().m(), C.k.__call__(), C.s.__call__())
print(len.__call__([1, 2, 3]), type(len).__call__(len, 'ab'), [].append.__call__(1))
print(Callable().__call__(1, k=2), Callable()(3))
print(int.__call__('12'), type.__call__(int, '7'))
try:
    double.__call__()
except TypeError as e:
    print('TypeError:', e)
try:
    len.__call__(1, 2)
except TypeError as e:
    print('TypeError:', e)

for expr in ['iter([]).__next__', 'iter(()).__next__', 'iter("ab").__next__', '(1).__add__', '(1.5).__mul__', '[].__len__',
             '"a".__eq__', '(1, 2).__getitem__', '[].__getitem__', '{}.__getitem__', '{}.__contains__', '[].__contains__',
             'set().__contains__', 'int.__add__', 'object.__init__', 'object.__repr__', 'list.append', 'list.__getitem__',
             '[].append', '{}.get', 'obj.m', 'C.__call__', 'type(len).__call__', 'double.__call__', 'len.__call__',
             'obj.m.__call__', '(1).__hash__', 'str.__len__', '"x".__len__', '"x".upper', 'str.upper',
             '[].__iter__']:
    show(expr)

it = iter([10, 20])
nxt = it.__next__
print(nxt(), nxt())
try:
    nxt()
except StopIteration:
    print('StopIteration')
print((5).__add__(2), (5).__radd__(1), 'ab'.__contains__('a'), [1, 2].__len__(), (5).__add__('x'))
