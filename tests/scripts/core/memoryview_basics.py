# memoryview over bytes, bytearray and array.array: attributes, slicing without copying,
# tobytes/tolist/hex, writes through to the exporter, equality and hashing.
import array

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b'abcdef')
t('attrs bytes', lambda: (m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, len(m)))
t('contiguous', lambda: (m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous))
t('obj', lambda: m.obj)
t('index', lambda: (m[0], m[-1]))
t('index oob', lambda: m[6])
t('index str', lambda: m['a'])
t('slice', lambda: m[1:4].tobytes())
t('slice attrs', lambda: (m[1:4].nbytes, m[::2].strides, m[::-1].tobytes(), m[::-2].tolist()))
t('slice obj', lambda: m[2:].obj)
t('slice of slice', lambda: m[1:][1:3].tobytes())
t('empty slice', lambda: (m[4:2].tobytes(), len(m[4:2])))
t('tolist', lambda: m.tolist())
t('hex', lambda: (m.hex(), m.hex(':'), m[1:4].hex('-', 2)))
t('bytes()', lambda: bytes(m[2:5]))
t('list()', lambda: list(m[:3]))
t('iter', lambda: [x for x in memoryview(b'\x01\x02')])
t('eq', lambda: (m == b'abcdef', m[1:3] == b'bc', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m == 'abcdef', m != b'x'))
t('eq self', lambda: m == m)
t('hash', lambda: hash(memoryview(b'abc')) == hash(b'abc'))
t('hash writable', lambda: hash(memoryview(bytearray(b'a'))))
t('setitem readonly', lambda: m.__setitem__(0, 1))
t('delitem', lambda: m.__delitem__(0))
t('order', lambda: m < m)
t('no buffer', lambda: memoryview('text'))
t('no buffer int', lambda: memoryview(5))
t('noarg', lambda: memoryview())
t('kw', lambda: memoryview(object=b'kw').tobytes())
t('bad kw', lambda: memoryview(obj=b'x'))
t('type', lambda: type(m).__name__)
t('of view', lambda: memoryview(m[1:3]).tobytes())

ba = bytearray(b'hello world')
v = memoryview(ba)
t('attrs bytearray', lambda: (v.readonly, v.nbytes, v.obj is ba))
v[0] = ord('H')
t('write through', lambda: ba)
w = v[6:]
w[0:5] = b'WORLD'
t('slice write through', lambda: ba)
v[::2] = b'abcdef'
t('ext slice write', lambda: ba)
t('write size', lambda: v.__setitem__(slice(0, 2), b'xyz'))
t('write bad value', lambda: v.__setitem__(0, 256))
t('write bad type', lambda: v.__setitem__(0, b'x'))
t('write str slice', lambda: v.__setitem__(slice(0, 1), 'x'))
t('write from view', lambda: (v.__setitem__(slice(0, 3), memoryview(b'XYZ')), ba)[1])
ba[1] = ord('!')
t('sees exporter writes', lambda: v[:3].tobytes())
t('toreadonly', lambda: (v.toreadonly().readonly, v.toreadonly().tobytes() == bytes(ba)))
t('readonly write', lambda: v.toreadonly().__setitem__(0, 1))

arr = array.array('i', [1, 2, 3, 4])
a = memoryview(arr)
t('array attrs', lambda: (a.format, a.itemsize, a.nbytes, len(a), a.shape, a.strides, a.readonly))
t('array items', lambda: (a[0], a[-1], a.tolist(), a[1:3].tolist(), a[::-1].tolist()))
a[1] = 20
t('array write', lambda: arr)
t('array bad write', lambda: a.__setitem__(0, 2 ** 40))
t('array float write', lambda: a.__setitem__(0, 1.5))
d = memoryview(array.array('d', [0.5, 1.5]))
t('double', lambda: (d.format, d.tolist(), d[1]))
d[0] = 2
t('double write', lambda: d.obj)
t('array eq', lambda: (a == array.array('i', [1, 20, 3, 4]), a == [1, 20, 3, 4]))
t('array bytes', lambda: len(a.tobytes()))
t('cast B', lambda: len(a.cast('B')))
t('array eq bytes', lambda: memoryview(array.array('B', [97, 98])) == b'ab')
