# array.array: construction, sequence protocol, mutators, conversions, comparisons, repr.
import array

print(array.typecodes)
for code in array.typecodes:
    a = array.array(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))

a = array.array('i', [1, 2, 3])
print(a, repr(a), str(a), a[0], a[-1], a[1:], a[::-1], a[::2], len(a), list(a))
a.append(4)
a.extend([5, 6])
a.extend(array.array('i', [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5)
print(a, a.index(3), a.index(3, 1), a.count(3), 3 in a, 42 in a)
a.reverse()
print(a)
a[0] = -1
a[-1] = -2
print(a, a.tolist())
a[1:3] = array.array('i', [10, 20, 30])
print(a)
a[::2] = array.array('i', [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
print(a)
del a[::2]
print(a)
a[len(a):] = array.array('i', [8, 9])
print(a)

b = array.array('h', [1, -2, 3])
print(b.tobytes(), array.array('h', b.tobytes()))
b.frombytes(b'\x05\x00')
print(b)
b.byteswap()
print(b, b.tobytes())
b.fromlist([7, 8])
print(b, b.buffer_info()[1])

u = array.array('u', 'hello')
print(u, u.tounicode(), u[1], u[1:3], len(u), u.itemsize)
u.fromunicode(' w')
u.append('!')
print(u, repr(u))

f = array.array('f', [1.5, 0.1, -2])
d = array.array('d', [1.5, 0.1, -2])
print(f, d, f[1], d[1], f.tolist())
print(array.array('d', range(3)), array.array('b', (x * x for x in range(5))), array.array('B', b'\x00\xff'))
print(array.array('L', [2**64 - 1]), array.array('q', [-2**63]), array.array('Q', [2**63]))
print(array.array('b', array.array('i', [1, 2])), array.array('i', array.array('i', [3])))

x = array.array('i', [1, 2])
y = array.array('i', [3])
print(x + y, x * 3, 2 * x, x * 0, x * -1)
x += y
x *= 2
print(x)
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('i', [1]) == [1])
print(array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [1, 2]) <= array.array('i', [1, 2]))
print(array.array('i', [2]) > array.array('i', [1, 9]), array.array('i', [1]) >= array.array('i', [1, 0]))
print(array.array('i', [1, 2]) != array.array('i', [1, 2]), array.array('i', []) == array.array('u'))
c = array.array('i', [5, 6])
import copy
cc = copy.copy(c)
cc.append(7)
print(c, cc, array.ArrayType is array.array, type(c).__name__, isinstance(c, array.array))
print(bytes(array.array('B', [65, 66])), sum(array.array('d', [0.5, 0.25])), sorted(array.array('i', [3, 1, 2])))


class Doubled(array.array):
    def total(self):
        return sum(self) * 2


dd = Doubled('i', [1, 2, 3])
dd.label = 'mine'
print(dd, dd.total(), dd.label, type(dd).__name__, isinstance(dd, array.array), dd[1:], type(dd[1:]).__name__)
e = array.array('b', [1, 2])
try:
    e.extend([3, 'x', 4])
except TypeError as exc:
    print('TypeError', exc)
print(e)
try:
    e.fromlist([5, 'y'])
except TypeError as exc:
    print('TypeError', exc)
print(e, array.array('d', [1.0, float('nan')]) == array.array('d', [1.0, float('nan')]))
print(bytes(array.array('i', [1, 256])), bytes(array.array('B', [1, 2])), bytes(array.array('d')))
print(type(iter(array.array('i'))).__name__, [x * 2 for x in array.array('h', [1, 2])])
