# copyreg: dispatch_table registration (used by copy), helpers, extension registry, errors.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def reduce_point(p):
    print('reducing', p)
    return Point, (p.x * 10, p.y * 10)


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
print(copy.copy(Point(1, 2)), copy.deepcopy(Point(3, 4)))
print(copyreg.dispatch_table[complex](3 + 4j))
print(copyreg.__newobj__(Point.__mro__[1]) is not None, type(copyreg.__newobj_ex__(dict, (), {})))


class Slotted:
    __slots__ = ('a', '__b', '__dict__')


class More(Slotted):
    __slots__ = 'c'


print(copyreg._slotnames(More), copyreg._slotnames(Point), More.__slotnames__)
obj = copyreg._reconstructor(Point, object, None)
print(type(obj).__name__, copyreg._reconstructor(list, list, [1, 2]))
for bad in [lambda: copyreg.pickle(Point, 5), lambda: copyreg.constructor(5),
            lambda: copyreg.pickle(Point, reduce_point, 'notcallable'),
            lambda: copyreg.add_extension('m', 'n', 0),
            lambda: copyreg.add_extension('m', 'n', 2 ** 31)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
copyreg.add_extension('mod', 'obj', 240)
copyreg.add_extension('mod', 'obj', 240)
for bad in [lambda: copyreg.add_extension('mod', 'obj', 241),
            lambda: copyreg.add_extension('mod', 'other', 240),
            lambda: copyreg.remove_extension('mod', 'obj', 241)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.remove_extension('mod', 'obj', 240)
copyreg.clear_extension_cache()
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg.__all__)
