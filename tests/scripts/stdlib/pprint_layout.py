# pprint: layout of nested containers, strings and bytes at several widths and options.
import pprint
import io

data = {
    'name': 'gilpy',
    'numbers': list(range(30)),
    'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z')}], 'b': {'c': {'d': {'e': 'f'}}}},
    'tuple1': (1,),
    'empty': [[], {}, (), set(), ''],
    'set': {5, 3, 1, 4},
    'frozen': frozenset({2, 1}),
    'text': 'The quick brown fox jumps over the lazy dog. ' * 3,
    'lines': 'first line\nsecond line that is a little longer\nthird\n',
    'bytes': b'\x00\x01binary data that goes on and on and on for quite a while',
    'floats': [0.1, 1e20, -2.5, float('inf')],
    'bools': [True, False, None],
    42: 'int key',
}

pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data['numbers'], compact=True, width=30)
pprint.pprint(data, compact=True, width=50)
pprint.pprint({'b': 1, 'a': 2, 'c': [3, 2, 1]}, sort_dicts=False, width=10)
pprint.pp({'b': 1, 'a': 2, 'c': [3, 2, 1]}, width=10)
pprint.pprint([10**12, 1234567, -98765, {'n': 10**9}], underscore_numbers=True)
pprint.pprint([10**12, 1234567], underscore_numbers=True, width=10)
print(pprint.pformat(data['nested'], width=20))
print(pprint.pformat('a' * 100))
print(pprint.pformat(['a' * 100]))
print(pprint.pformat('word ' * 30, width=30))
print(pprint.pformat(('word ' * 30,), width=30))
print(pprint.pformat({'key': 'word ' * 30}, width=30))
print(pprint.pformat(b'abcdefgh' * 20, width=40))
print(pprint.pformat([b'abcdefgh' * 20], width=40))
print(pprint.pformat(b'abc', width=1))
print(pprint.pformat([[1, 2, [3, 4, [5, 6, [7, 8]]]]], width=15))
print(pprint.pformat([(1, 2), (3, 4)] * 5, width=30, indent=3))
print(pprint.pformat({'x': {'y': {'z': list(range(12))}}}, width=25, indent=2))
print(pprint.pformat([set(range(20)), frozenset(range(15))], width=40))
print(pprint.pformat({(1, 2): 'tuple key', 'str': 1, 3.5: 'float'}, width=30))
print(pprint.pformat({1: 'a', 'b': 2, None: 3}, width=10))
print(pprint.pformat([1, 'two', 3.0, None, [], {}], width=1))

buf = io.StringIO()
pprint.pprint(list(range(40)), stream=buf, width=60)
print(repr(buf.getvalue()))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
print(pp.pformat([list(range(10)), [[['deep']]], {'k': [[[1]]]}]))
pp.pprint({'a': list(range(20))})

for kwargs in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)

# readability and recursion
print(pprint.saferepr([1, 'x', {'a': (2, 3)}]), pprint.isreadable([1, 'x']), pprint.isrecursive([1]))
print(pprint.isreadable(object()), pprint.isreadable({'f': len}))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r))
print(pprint.saferepr(r).replace(str(id(r)), 'ID'))
print(pprint.pformat(r).replace(str(id(r)), 'ID'))
d = {'self': None, 'list': list(range(25))}
d['self'] = d
print(pprint.pformat(d).replace(str(id(d)), 'ID'))
print(pprint.PrettyPrinter().isreadable(d), pprint.PrettyPrinter().isrecursive(d))
t = ([],)
t[0].append(t)
print(pprint.pformat(t).replace(str(id(t)), 'ID'))
