# __length_hint__ of the built-in iterators and operator.length_hint over them (as they are
# consumed, after exhaustion, after their container changes), int.as_integer_ratio, and the
# module-qualified type names CPython's messages give the classes it writes in C.
import array
import collections
import datetime
import decimal
import functools
import io
import itertools
import operator


def show(name, it):
    steps = []
    for _ in range(3):
        steps.append(operator.length_hint(it, -1))
        next(it, None)
    steps.append(operator.length_hint(it, -1))
    hint = getattr(it, '__length_hint__', None)
    print(f'{name:16} {type(it).__name__:22} {steps} {hint() if hint else "-"}')


show('list', iter([1, 2, 3, 4]))
show('tuple', iter((1, 2)))
show('str', iter('héllo'))
show('ascii', iter('ab'))
show('bytes', iter(b'abcd'))
show('range', iter(range(10, 0, -3)))
show('big range', iter(range(2 ** 70, 2 ** 70 + 5)))
show('dict', iter({1: 2, 3: 4, 5: 6}))
show('values', iter({1: 2}.values()))
show('items', iter({1: 2, 3: 4}.items()))
show('set', iter({1, 2, 3, 4, 5}))
show('frozenset', iter(frozenset('ab')))
show('reversed list', reversed([1, 2, 3]))
show('reversed tuple', reversed((1, 2, 3, 4)))
show('reversed range', reversed(range(4)))
show('reversed str', reversed('abc'))
show('enumerate', enumerate([1, 2]))
show('zip', zip([1, 2], [3]))
show('map', map(str, [1, 2]))
show('generator', (x for x in [1, 2]))

lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(operator.length_hint(it), it.__length_hint__())
lst.clear()
print(operator.length_hint(it), list(it))
d = {1: 2, 3: 4}
it = iter(d)
d[5] = 6
print(it.__length_hint__())
print(operator.length_hint([1, 2, 3]), operator.length_hint(object(), 7), operator.length_hint(iter([]), 3))


class Hinted:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


print(operator.length_hint(Hinted(4)), operator.length_hint(Hinted(NotImplemented), 9))
for bad in (Hinted(-1), Hinted('x')):
    try:
        operator.length_hint(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    operator.length_hint([], 'x')
except TypeError as e:
    print(e)

print((10).as_integer_ratio(), (-7).as_integer_ratio(), (0).as_integer_ratio(), True.as_integer_ratio(),
      (2 ** 80).as_integer_ratio(), (1.5).as_integer_ratio())


class MyInt(int):
    pass


r = MyInt(6).as_integer_ratio()
print(r, type(r[0]).__name__)


def fail(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


fail(lambda: collections.OrderedDict().nosuch)
fail(lambda: collections.OrderedDict(a=1) + 1)
fail(lambda: collections.defaultdict(list).nosuch)
fail(lambda: collections.deque([1]).nosuch)
fail(lambda: collections.deque([1])[3])
fail(lambda: io.BytesIO() + 1)
fail(lambda: io.StringIO() < io.StringIO())
fail(lambda: array.array('i') - 1)
fail(lambda: decimal.Decimal(1).nosuch)
fail(lambda: datetime.date(2020, 1, 1).nosuch)
fail(lambda: datetime.datetime(2020, 1, 1) + 1)
fail(lambda: itertools.count().nosuch)
fail(lambda: len(itertools.count()))
fail(lambda: itertools.count()[0])
fail(lambda: functools.partial(print).nosuch)
fail(lambda: operator.itemgetter(1).nosuch)
fail(lambda: collections.Counter() < 1)
fail(lambda: len(iter([])))
fail(lambda: iter(5))
fail(lambda: iter(io.StringIO)[0])
fail(lambda: collections.OrderedDict()())
