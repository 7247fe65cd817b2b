# json.dumps with every option: indent (int, str, 0, negative), separators, sort_keys (and its
# TypeError on mixed keys), ensure_ascii, allow_nan, skipkeys, default, check_circular, subclasses
# of int/float/str/list/dict, non-str keys, float repr, and the errors, as CPython words them.
import json
from collections import OrderedDict


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


DOC = {"b": [1, 2.5, None, True, False, "x\n\"y\"\\", {"z": []}], "a": {}, "c": "é€😀\x7f\x00",
       "d": (1, (2, 3)), "e": [], "f": [[]], "g": [{}]}

for kw in [{}, {'indent': 2}, {'indent': 0}, {'indent': -1}, {'indent': '\t'}, {'indent': '--'},
           {'separators': (',', ':')}, {'separators': (' , ', ' : '), 'indent': 1},
           {'sort_keys': True}, {'sort_keys': True, 'indent': 3}, {'ensure_ascii': False},
           {'ensure_ascii': False, 'indent': 1}, {'indent': None}]:
    print(kw)
    print(json.dumps(DOC, **kw))

for v in [0.1, 1e16, 1e-7, 123456789.123, -0.0, 1e300 * 10, -1e300 * 10, float('nan'), 2 ** 70,
          -2 ** 64, 10 ** 30 + 0.5, 5e-324, 1.7976931348623157e308, 3.0, 100.0, 1e22, 1.5e-5,
          True, None, "", [], {}, (), MyInt(7), MyFloat(2.5), MyStr("s\u00e9"), MyList([1, MyList()]),
          MyDict(a=1), OrderedDict([('z', 1), ('a', 2)])]:
    print(repr(v) if not isinstance(v, (MyInt, MyFloat)) else type(v).__name__,
          json.dumps(v), json.dumps([v], indent=1), json.dumps({'k': v}, sort_keys=True))

print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e', -3: 'f', 1e100: 'g', MyInt(9): 'h'}))
print(json.dumps({float('nan'): 1, float('inf'): 2, float('-inf'): 3}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True), json.dumps({'b': 1, 'a': 2, 'c': 3}, sort_keys=True, indent=1))
print(json.dumps({(1, 2): 'x', 'y': 1, object: 2}, skipkeys=True))
print(json.dumps({(1, 2): 'x', 'y': 1}, skipkeys=True, indent=1))

ERRORS = [
    (lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True)),
    (lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True, indent=1)),
    (lambda: json.dumps({(1, 2): 3})),
    (lambda: json.dumps({(1, 2): 3}, indent=2)),
    (lambda: json.dumps(float('nan'), allow_nan=False)),
    (lambda: json.dumps([float('inf')], allow_nan=False)),
    (lambda: json.dumps({'a': float('-inf')}, allow_nan=False)),
    (lambda: json.dumps({float('nan'): 1}, allow_nan=False)),
    (lambda: json.dumps([float('nan')], allow_nan=False, indent=1)),
    (lambda: json.dumps({float('nan'): 1}, allow_nan=False, indent=1)),
    (lambda: json.dumps(object())),
    (lambda: json.dumps([1, {2, 3}])),
    (lambda: json.dumps(b'bytes', indent=1)),
    (lambda: json.dumps(Point(1, 2))),
    (lambda: json.dumps(...)),
    (lambda: json.dumps([1], indent=1.5)),
    (lambda: json.dumps([1], separators=(1, 2))),
]
for f in ERRORS:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=lambda o: sorted(o) if isinstance(o, set) else o.__dict__))
print(json.dumps({'p': Point(1, [Point(2, 3)])}, default=vars, indent=1, sort_keys=True))
print(json.dumps([..., NotImplemented], default=repr))

a = []
a.append(a)
d = {}
d['self'] = d
for obj in [a, d, [d], {'x': [a]}]:
    for kw in [{}, {'indent': 1}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print('ValueError', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError')


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
print(json.dumps([shared, shared], check_circular=False))

enc = json.JSONEncoder(sort_keys=True, separators=(';', '='))
print(enc.encode({'b': [1, 2], 'a': 'x'}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder(indent=2).item_separator, json.JSONEncoder().item_separator)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return sorted(o)
        return super().default(o)


print(json.dumps([frozenset({2, 1}), {'z': frozenset()}], cls=Enc), Enc(indent=1).encode(frozenset({3})))
try:
    Enc().encode(object())
except TypeError as e:
    print('TypeError', e)
print(json.encoder.encode_basestring('a"\x01é'), json.encoder.encode_basestring_ascii('a"\x01é😀'))
print(json.encoder.py_encode_basestring_ascii('a"\x01é😀'), json.encoder.py_encode_basestring('a"é'))
for bad in [1, None, b'x']:
    try:
        json.encoder.encode_basestring_ascii(bad)
    except TypeError as e:
        print('TypeError', e)
