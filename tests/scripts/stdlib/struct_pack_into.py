# struct.pack_into and unpack_from on a writable buffer (array.array: gilpy has no bytearray yet).
import struct
import array


def t(f, *a):
    try:
        print('ok', f(*a))
    except Exception as e:
        print(type(e).__name__, e)


buf = array.array('B', bytes(12))
struct.pack_into('<hI', buf, 2, -2, 0xdeadbeef)
print(buf.tobytes())
struct.pack_into('>H', buf, -2, 0x0102)
print(buf.tobytes(), struct.unpack_from('<hI', buf, 2))
s = struct.Struct('<i')
s.pack_into(buf, 0, 7)
print(buf.tolist(), s.unpack_from(buf))
print(list(struct.iter_unpack('<I', array.array('I', [1, 2, 3]))))
print(struct.unpack('<2I', array.array('I', [5, 6])))
t(struct.pack_into, '<i', buf, 10, 1)
t(struct.pack_into, '<i', buf, -2, 1)
t(struct.pack_into, '<i', buf, -20, 1)
t(struct.pack_into, '<i', buf, 0)
t(struct.pack_into, '<i', buf)
t(struct.pack_into, '<i')
t(s.pack_into, buf, 0, 1, 2)
t(struct.pack_into, 'i', 'abcd', 0, 1)
print(buf.tobytes())
