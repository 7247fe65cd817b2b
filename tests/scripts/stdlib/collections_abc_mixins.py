# collections.abc: the built-in types against every ABC, structural recognition through
# __subclasshook__ (and opting out with None), register(), abstract methods left, and the mixin
# methods of Set/MutableSet/Mapping/MutableMapping/Sequence/MutableSequence/Generator and the
# async ABCs, plus Callable[...] aliases.
import collections
import collections.abc as abc

NAMES = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
         'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
         'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']


def gen():
    yield 1


samples = {'int': 1, 'str': 'a', 'bytes': b'a', 'bytearray': bytearray(b'a'), 'list': [1], 'tuple': (1,),
           'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset([1]), 'range': range(2), 'memoryview': memoryview(b'a'),
           'deque': collections.deque(), 'keys': {}.keys(), 'values': {}.values(), 'items': {}.items(),
           'list_iter': iter([]), 'dict_iter': iter({}), 'gen': gen(), 'zip': zip(), 'map': map(len, []),
           'func': len, 'lambda': lambda: 0, 'method': [].append, 'None': None, 'type': int,
           'OrderedDict': collections.OrderedDict(), 'Counter': collections.Counter(), 'reversed': reversed([])}
for label, value in samples.items():
    print(label.ljust(11), ''.join('X' if isinstance(value, getattr(abc, n)) else '.' for n in NAMES))
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(str, abc.MutableSequence),
      issubclass(tuple, abc.Hashable), issubclass(list, abc.Hashable), issubclass(bytes, abc.ByteString))


class Duck:
    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


class NoHash:
    __hash__ = None


class OptOut(Duck):
    __iter__ = None


print(isinstance(Duck(), abc.Iterable), isinstance(Duck(), abc.Sized), isinstance(Duck(), abc.Collection),
      isinstance(Duck(), abc.Sequence), isinstance(NoHash(), abc.Hashable), isinstance(OptOut(), abc.Iterable),
      isinstance(OptOut(), abc.Collection), issubclass(Duck, abc.Reversible))


class Registered:
    pass


abc.Sequence.register(Registered)
print(issubclass(Registered, abc.Sequence), issubclass(Registered, abc.Iterable), issubclass(Registered, abc.MutableSequence))


class Half(abc.Sequence):
    def __len__(self):
        return 3


try:
    Half()
except TypeError as e:
    print(e)
print(sorted(abc.MutableMapping.__abstractmethods__), sorted(abc.Generator.__abstractmethods__), sorted(abc.MutableSet.__abstractmethods__))


class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return 'Bag(%r)' % sorted(self.items)


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, a & [2, 9], [2, 9] & a if False else '', a | {7}, {1, 5} - a, a - {1})
print(a <= Bag([1, 2, 3, 4]), a < a, a < Bag([1, 2, 3, 4]), a > Bag([1]), a >= a, a == Bag([3, 2, 1]), a == {1, 2, 3}, a != b,
      a.isdisjoint([9]), a.isdisjoint(b), a == [1, 2, 3], a.__le__(5), a._hash() == frozenset([1, 2, 3]).__hash__() or True)
print(a.__and__(5), a.__sub__(5), a.__or__(5), a.__xor__(5))
a -= Bag([1])
a |= [8, 9]
a &= [2, 3, 8, 9, 10]
a ^= [3, 11]
print(a, a.pop() in (2, 8, 9, 11), len(a))
a.remove(9) if 9 in a else a.remove(a.items[0])
try:
    a.remove(404)
except KeyError as e:
    print('KeyError', e)
a.clear()
print(a, a.__ixor__(a), a.__isub__(a))
try:
    Bag().pop()
except KeyError as e:
    print('KeyError', repr(e))


class Table(abc.MutableMapping):
    def __init__(self, *args, **kwargs):
        self.d = {}
        self.update(*args, **kwargs)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return 'Table'


t = Table([('a', 1)], b=2)
t.update({'c': 3})
t.update(Table(d=4))


class KeysOnly:
    def keys(self):
        return ['e']

    def __getitem__(self, k):
        return 5


t.update(KeysOnly())
print(dict(t), t.get('a'), t.get('zz'), t.get('zz', 0), 'a' in t, 'zz' in t, list(t.keys()), list(t.values()), list(t.items()))
print(t.keys(), t.items(), t.values(), len(t.keys()), ('a', 1) in t.items(), ('a', 2) in t.items(), ('q', 1) in t.items(), 1 in t.values(), 42 in t.values())
print(t.keys() & {'a', 'zz'}, t.keys() | {'x'} == {'a', 'b', 'c', 'd', 'e', 'x'}, t.items() - {('a', 1)} == {('b', 2), ('c', 3), ('d', 4), ('e', 5)}, type(t.keys() & set()).__name__)
print(t == {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}, t == {'a': 1}, t != [], t.pop('a'), t.pop('zz', None), t.setdefault('b', 9), t.setdefault('n', 9), t.popitem())
try:
    t.pop('zz')
except KeyError as e:
    print('KeyError', e)
try:
    reversed(t)
except TypeError as e:
    print(e)
t.clear()
print(dict(t), len(t))
try:
    t.popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(repr(abc.KeysView({'x': 1})), repr(abc.ValuesView({})), abc.ItemsView({'a': 1}) == {('a', 1)})


class Seq(abc.MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


s = Seq('abcab')
print(list(s), 'c' in s, 'z' in s, list(reversed(s)), s.index('b'), s.index('b', 2), s.index('a', -2), s.count('a'))
for args in [('z',), ('a', 1, 3), ('c', -1)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print('ValueError', repr(e))
s.append('x')
s.extend('yz')
s.extend(s)
s += ['!']
print(s.items, s.pop(), s.pop(0), s.items)
s.reverse()
s.remove('x')
print(s.items)
s.clear()
print(s.items)


class G(abc.Generator):
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = G()
print(list(g), next(iter(G())), g.close(), isinstance(g, abc.Iterator))


class Stubborn(G):
    def throw(self, typ, val=None, tb=None):
        return 'ignored'


try:
    Stubborn().close()
except RuntimeError as e:
    print(e)
try:
    G().throw(ValueError, ValueError('v'))
except ValueError as e:
    print('ValueError', e)

print(abc.Callable[[int, str], bool], abc.Callable[..., int], abc.Callable[[], None], abc.Callable[[int], str].__args__)
print(abc.Iterable[int], abc.Mapping[str, int], abc.Set, abc.MutableSequence.__mro__[1:3])
for bad in [int, (int,), ([int], str, bytes)]:
    try:
        abc.Callable[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    abc.Callable[int, str]
except TypeError as e:
    print('TypeError', e)
print(sorted(abc.__all__) == sorted(n for n in abc.__all__), len(abc.__all__))


async def coro():
    return 1


async def agen():
    yield 1


c, ag = coro(), agen()
print([isinstance(c, k) for k in (abc.Awaitable, abc.Coroutine, abc.AsyncIterator)],
      [isinstance(ag, k) for k in (abc.AsyncIterable, abc.AsyncIterator, abc.AsyncGenerator, abc.Iterator)])
c.close()


class Countdown(abc.AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if not self.n:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Silent(abc.AsyncGenerator):
    async def asend(self, value):
        raise StopAsyncIteration

    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration


async def main():
    got = [x async for x in Countdown(3)]
    s = Silent()
    try:
        await s.__anext__()
    except StopAsyncIteration:
        got.append('stop')
    await s.aclose()
    got.append(s.__aiter__() is s)
    return got


import asyncio
print(asyncio.run(main()), sorted(abc.AsyncGenerator.__abstractmethods__), sorted(abc.Coroutine.__abstractmethods__))
