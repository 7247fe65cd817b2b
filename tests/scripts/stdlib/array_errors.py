# array.array: type and range errors with CPython's messages.
import array


def t(f, *a):
    try:
        print('ok', f(*a))
    except Exception as e:
        print(type(e).__name__, e)


for code in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 2**8, 2**7, -1, -129, -2**15 - 1, -2**31 - 1, -2**63 - 1, 1.5, '1', None):
        t(array.array, code, [v])
for code in 'fdu':
    for v in (1, 1.5, 'a', 'ab', None, 2**2000, 1e300):
        t(array.array, code, [v])
t(array.array, 'z')
t(array.array, 'ii')
t(array.array, 1)
t(array.array)
t(array.array, 'i', 5)
t(array.array, 'i', b'123')
t(array.array, 'i', 'abc')
t(array.array, 'u', array.array('i', [1, 2]))
t(array.array, 'i', [1], 2)
a = array.array('i', [1, 2, 3])
t(a.__getitem__, 5)
t(a.__setitem__, 5, 1)
t(a.__setitem__, 0, 'x')
t(a.__delitem__, 9)
t(a.pop, 7)
t(array.array('i').pop)
t(a.remove, 9)
t(a.index, 9)
t(a.index, 2, 5)
t(a.__add__, [1])
t(a.__add__, array.array('d'))
t(a.__mul__, 'x')
t(a.extend, array.array('d'))
t(a.extend, 5)
t(a.frombytes, b'12345')
t(a.frombytes, 'ab')
t(a.fromlist, (1,))
t(a.fromlist, [1, 'x'])
t(a.tounicode)
t(a.fromunicode, 'a')
t(a.__setitem__, slice(0, 2), [1])
t(a.__setitem__, slice(0, 2), array.array('d'))
t(a.__setitem__, slice(0, 3, 2), array.array('i', [5]))
t(a.insert, 'x', 1)
t(a.append, 2**40)
t(a.__iadd__, array.array('d'))
t(a.__lt__, [1])
print(a, a.__hash__)
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
t(lambda: array.array('i', [1]) * (2**62))
