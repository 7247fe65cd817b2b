# The comparison dunders of built-in types called directly answer NotImplemented for other
# types (python3's rich comparison then decides); str() of set subclasses; scalar sizes.
import sys

cases = [('a', 1), ('a', 'a'), (1, 1.0), (1.0, 1), (1, True), (True, 1), (2 ** 70, 2 ** 70), (1.5, 2 ** 70),
         (b'x', bytearray(b'x')), (b'x', b'x'), ((1,), [1]), ([1], [1]), ({1: 2}, {1: 2}), ({1}, frozenset({1})),
         (frozenset({1}), {1}), ((1, 2), (1, 2)), ('a', None)]
for x, y in cases:
    print(repr(x), repr(y), [getattr(x, name)(y) for name in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__')
                             if hasattr(x, name) and not isinstance(x, dict) or name in ('__eq__', '__ne__')])
print('a' == 1, 1 == 1.0, (1).__eq__(1.0) is NotImplemented, 1.0.__eq__(1))
print(sorted([3, 1.5, True, 2 ** 65]), max('b', 'a'))


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


for value in (MySet(), MySet([1]), MyFrozen(), MyFrozen([2])):
    print(str(value), repr(value), '%s' % value, f'{value}', format(value), [value])

for value in (0, 1, -1, 5, 2 ** 29, 2 ** 30, 2 ** 60, -2 ** 62, 2 ** 100, True, False, 0.0, 1.5, float('inf'),
              '', 'a', 'abc', 'a' * 100, 'é', 'ÿé', '€', '€uro', '\U0001d11e', 'a\U0001d11e', b'', b'ab', b'x' * 50):
    print(repr(value)[:20], value.__sizeof__(), sys.getsizeof(value))
print(int.__sizeof__(7), str.__sizeof__('hello'), float.__sizeof__(2.0))
