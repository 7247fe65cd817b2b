# memoryview.cast between byte formats and the simple native formats, 1-D shapes, and errors.
import struct

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

raw = struct.pack('=4i', 1, -2, 3, -4)
m = memoryview(raw)
t('cast i', lambda: m.cast('i').tolist())
t('cast I', lambda: m.cast('I').tolist()[:2])
t('cast h', lambda: m.cast('h').tolist())
t('cast H', lambda: m.cast('H').tolist()[:4])
t('cast b', lambda: m.cast('b').tolist()[:8])
t('cast c', lambda: m.cast('c').tolist()[:5])
t('cast q', lambda: m.cast('q').tolist())
t('cast Q', lambda: m.cast('Q').tolist())
t('cast l L', lambda: (m.cast('l').tolist(), m.cast('L').tolist()))
t('cast f', lambda: memoryview(struct.pack('=2f', 1.5, -2.25)).cast('f').tolist())
t('cast d', lambda: memoryview(struct.pack('=d', 3.5)).cast('d').tolist())
t('cast @', lambda: m.cast('@i')[0])
t('cast attrs', lambda: (m.cast('i').format, m.cast('i').itemsize, m.cast('i').nbytes, m.cast('i').shape, m.cast('i').strides))
t('cast back', lambda: m.cast('i').cast('B').tobytes() == raw)
t('cast shape', lambda: m.cast('i', [4]).tolist())
t('cast shape tuple', lambda: m.cast('h', (8,)).shape)
t('cast shape bad', lambda: m.cast('i', [3]))
t('cast shape zero', lambda: m.cast('B', [0]))
t('cast kw', lambda: m.cast(format='H').format)
t('cast two non-byte', lambda: m.cast('i').cast('h'))
t('cast bad format', lambda: m.cast('x'))
t('cast big format', lambda: m.cast('<i'))
t('cast non-contiguous', lambda: m[::2].cast('B'))
t('cast length', lambda: memoryview(b'abc').cast('h'))
t('cast noarg', lambda: m.cast())
t('cast int', lambda: m.cast(1))
ba = bytearray(8)
w = memoryview(ba).cast('i')
w[0] = 7
w[1] = -1
t('cast write', lambda: (ba, struct.unpack('=2i', ba)))
t('cast write range', lambda: w.__setitem__(0, 2 ** 31))
t('cast write type', lambda: w.__setitem__(0, 'x'))
c = memoryview(bytearray(b'ab')).cast('c')
c[0] = b'z'
t('c write', lambda: (c.obj, c[0]))
t('c write bad', lambda: c.__setitem__(0, b'xy'))
t('c write int', lambda: c.__setitem__(0, 1))
t('hash cast', lambda: hash(m.cast('i')))
t('hash c', lambda: hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
t('eq across formats', lambda: memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01\x00'))
t('eq signed', lambda: memoryview(b'\xff').cast('b') == b'\xff')
t('eq same values', lambda: memoryview(b'\x01\x00\x02\x00').cast('h') == memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast('i'))
