# pprint: every option (indent/width/depth/compact/sort_dicts/underscore_numbers) on nested data,
# recursive structures, long strings and bytes split at several widths, collections types and
# wrappers, dataclasses and namespaces, PrettyPrinter subclasses overriding format(), the
# module helpers and the constructor's errors.
import collections
import dataclasses
import io
import pprint
import re
import types


def norm(text):
    return re.sub(r'id=\d+', 'id=N', text)


data = {'name': 'gilpy', 'versions': list(range(25)), 'nested': {'b': [1, {'x': (1, 2, 3)}], 'a': {3, 1, 2}},
        'tuple1': (1,), 'empty': [[], {}, (), set(), frozenset()], 'n': 12345678901234567890,
        'mixed': [1.5, None, True, b'bytes', 'text', 3j]}
for kwargs in [{}, {'width': 30}, {'width': 1}, {'indent': 4, 'width': 40}, {'depth': 1}, {'depth': 2},
               {'compact': True, 'width': 40}, {'compact': True, 'indent': 3, 'width': 50},
               {'sort_dicts': False, 'width': 50}, {'underscore_numbers': True, 'width': 60}]:
    print('--', kwargs)
    print(pprint.pformat(data, **kwargs))

rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(norm(pprint.pformat(rec)), norm(pprint.pformat(d)), norm(pprint.saferepr(rec)), pprint.isrecursive(rec), pprint.isreadable(rec))
print(norm(pprint.pformat([rec, rec], width=10)))
print(pprint.isreadable([1, 'a', (2,)]), pprint.isreadable([object()]), pprint.isrecursive([1]), pprint.saferepr({'b': 1, 'a': [2]}))
p = pprint.PrettyPrinter(depth=1)
print(p.isreadable([[1]]), p.isrecursive(rec), p.pformat([[1], {'a': 1}, (2,)]))

text = 'The quick brown fox jumps over the lazy dog. ' * 4 + '\nsecond line\n' + 'x' * 90
for width in (80, 40, 20, 5):
    print(pprint.pformat(text, width=width))
    print(pprint.pformat([text], width=width))
    print(pprint.pformat({'key': text}, width=width))
blob = bytes(range(40))
for width in (80, 30, 10):
    print(pprint.pformat(blob, width=width))
    print(pprint.pformat([blob, bytearray(blob)], width=width))
print(pprint.pformat(b'abc', width=1), pprint.pformat('', width=1), pprint.pformat(bytearray(b''), width=1))

dq = collections.deque(range(30), maxlen=40)
print(pprint.pformat(dq, width=30))
print(pprint.pformat(collections.deque(range(30)), width=30), pprint.pformat(collections.deque()))
cnt = collections.Counter('abracadabra' * 3 + 'zyxwvut')
print(pprint.pformat(cnt, width=30))
print(pprint.pformat(collections.ChainMap({'a': 1, 'b': list(range(10))}, {'c': 3}), width=30))
print(pprint.pformat(collections.ChainMap(), width=5))
dd = collections.defaultdict(list, {'k%d' % i: [i] * 3 for i in range(5)})
print(pprint.pformat(dd, width=30))
print(pprint.pformat(collections.OrderedDict((str(i), i) for i in range(8)), width=30))
print(pprint.pformat(types.MappingProxyType({'a': list(range(20))}), width=30))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(15)), beta='b' * 30), width=30))
print(pprint.pformat(collections.UserList(range(30)), width=30), pprint.pformat(collections.UserDict(a=list(range(20))), width=30))
print(pprint.pformat(collections.UserString('word ' * 20), width=30))
print(pprint.pformat(frozenset(range(20)), width=30), pprint.pformat(set(range(20)), width=30))


class MyList(list):
    pass


class MyDict(dict):
    def __repr__(self):
        return 'MyDict!'


print(pprint.pformat(MyList(range(30)), width=30), pprint.pformat(MyDict(a=list(range(30))), width=30))


@dataclasses.dataclass
class Point:
    x: int
    y: list
    hidden: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass
class Custom:
    v: list

    def __repr__(self):
        return 'Custom(...)'


print(pprint.pformat(Point(1, list(range(30))), width=30))
print(pprint.pformat([Custom(list(range(30)))], width=20), pprint.pformat(Point, width=5))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=20).pformat({'k': ['abc', 'def'], 'z': 'q'}))
buf = io.StringIO()
pprint.pprint({'b': 1, 'a': 2}, stream=buf)
pprint.PrettyPrinter(stream=buf, width=10).pprint(list(range(5)))
pprint.pp({'b': 1, 'a': 2}, stream=buf)
print(repr(buf.getvalue()))
pprint.pprint(list(range(3)), None, 1, 80, None)
pprint.pp(list(range(40)), width=40, compact=True)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0), dict(width='x')]:
    try:
        pprint.PrettyPrinter(**bad)
    except Exception as e:
        print(type(e).__name__, e)
print(pprint.PrettyPrinter(stream=None)._stream is __import__('sys').stdout, pprint.__all__)
