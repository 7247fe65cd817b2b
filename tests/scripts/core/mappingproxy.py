# A class's __dict__ is a read-only mappingproxy; types.MappingProxyType wraps any mapping.
import collections
import collections.abc
import types


class A:
    x = 1

    def f(self):
        pass


d = A.__dict__
print(type(d).__name__, type(d), type(d) is types.MappingProxyType)
try:
    d['y'] = 2
except TypeError as e:
    print('TypeError', e)
try:
    del d['x']
except TypeError as e:
    print('TypeError', e)
print('x' in d, 'zz' in d, d['x'], d.get('x'), d.get('q', 5), d.get('q'))
print(sorted(k for k in d if not k.startswith('__')), len(d) >= 3)
print(sorted(k for k in vars(A) if not k.startswith('__')))
A.y = 7
print(d['y'], 'y' in d)

m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, repr(m), str(m), len(m))
print(list(m), list(m.keys()), list(m.values()), list(m.items()))
print(m.copy(), type(m.copy()).__name__)
print(m | {'c': 3}, {'z': 0} | m, m | m)
try:
    m |= {'c': 3}
except TypeError as e:
    print('TypeError', e)
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, bool(m), bool(types.MappingProxyType({})))
print(list(reversed(m)), type(reversed(m)).__name__)
for bad in ([1], (1,), 5, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print('TypeError', e)
print(types.MappingProxyType('ab')['0' if False else 0] if False else 'str accepted:', type(types.MappingProxyType('ab')).__name__)
try:
    hash(m)
except TypeError as e:
    print('TypeError', e)
for name in ('x', 'pop', 'update', 'setdefault'):
    try:
        getattr(m, name)
    except AttributeError as e:
        print('AttributeError', e)
try:
    m.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    m['q']
except KeyError as e:
    print('KeyError', repr(e))
print(types.MappingProxyType(collections.OrderedDict(a=1)))
print(isinstance(m, collections.abc.Mapping), isinstance(d, collections.abc.Mapping))
live = {'k': 1}
view = types.MappingProxyType(live)
live['j'] = 2
print(view, types.MappingProxyType(view))
print(types.MappingProxyType[int])
