# struct: every format code in every byte order, alignment, repeat counts, the Struct class.
import struct

for order in '@=<>!':
    for code in 'cbB?hHiIlLqQnNefdsPp':
        fmt = order + code
        try:
            print(fmt, struct.calcsize(fmt))
        except struct.error as e:
            print(fmt, 'error', e)

values = {'b': -5, 'B': 200, 'h': -300, 'H': 60000, 'i': -70000, 'I': 4000000000,
          'l': -2**31, 'L': 2**32 - 1, 'q': -2**63, 'Q': 2**64 - 1, 'e': 1.5, 'f': 0.1, 'd': 3.141592653589793,
          '?': True, 'c': b'z'}
for order in '@<>=!':
    for code, v in values.items():
        packed = struct.pack(order + code, v)
        print(order + code, packed, struct.unpack(order + code, packed))

print(struct.pack('@n', -5), struct.pack('@N', 5), struct.unpack('@n', struct.pack('@n', -2**63)))
print(struct.pack('@P', 12345), struct.unpack('@P', struct.pack('@P', 12345)))
print(struct.calcsize('ci'), struct.calcsize('<ci'), struct.calcsize('c0q'), struct.calcsize('bhiq'), struct.calcsize('qihb'))
print(struct.calcsize('0i'), struct.calcsize(''), struct.calcsize('3x'), struct.calcsize('2i 3h'), struct.calcsize(b'>2d'))
print(struct.pack('cxh', b'a', 1), struct.pack('<cxh', b'a', 1), struct.pack('>3b', 1, 2, 3))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'abc'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.unpack('5p', b'\x09abcd'), struct.unpack('3p', b'\x01ab'))
print(struct.pack('4?', 0, 1, [], 'x'), struct.unpack('2?', b'\x00\x05'))
print(struct.unpack('<4h', struct.pack('<4h', 1, -1, 32767, -32768)))
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.pack('<e', 65504.0), struct.pack('<e', 1e-8), struct.pack('<e', -0.0), struct.pack('<e', float('inf')))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'))
print(struct.pack('<f', 1e300 * 0), struct.pack('@f', 1e300), struct.pack('<d', -0.0))
print(struct.pack('>i', True), struct.pack('<H', False))


class Idx:
    def __index__(self):
        return 7


print(struct.pack('b', Idx()), struct.pack('Q', Idx()))

s = struct.Struct('<hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
print(s.unpack_from(b'xx\x01\x00\x02\x00\x03\x00\x00\x00', 2), s.unpack_from(b'\x01\x00\x02\x00\x03\x00\x00\x00zz'))
print(s.unpack_from(buffer=b'\x01\x00\x02\x00\x03\x00\x00\x00', offset=0))
print(list(s.iter_unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00' * 3)))
print(struct.Struct(b'>I').format, struct.Struct(format='2s').size, type(s).__name__)
print(list(struct.iter_unpack('>H', b'\x00\x01\x00\x02')), list(struct.iter_unpack('b', b'')))
print(struct.unpack_from('>H', b'abcdef', 4), struct.unpack_from('>H', b'abcdef', -2), struct.unpack_from('>H', b'abcdef', offset=1))
print(struct.unpack('>10x', bytes(10)), struct.pack('<3x'), struct.unpack('<2xh', b'\x00\x00\x05\x00'))
print(struct.pack('<  i  h ', 1, 2), struct.calcsize('i\th\n'))
print(issubclass(struct.error, Exception), struct.error.__name__)


class Header(struct.Struct):
    def fields(self, data):
        return dict(zip(('kind', 'length'), self.unpack(data)))


h = Header('>BH')
print(h.size, h.format, h.fields(b'\x01\x00\x10'), type(h).__name__, isinstance(h, struct.Struct))
print(type(struct.iter_unpack('b', b'ab')).__name__, [t for t in struct.iter_unpack('b', b'ab')])
