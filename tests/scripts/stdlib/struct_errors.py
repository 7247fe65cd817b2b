# struct: errors with CPython's messages (range checks per code and byte order, counts, buffers).
import struct


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


for code in 'bBhHiIlLqQnNP':
    for order in '<@>':
        fmt = order + code
        try:
            n = struct.calcsize(fmt)
        except struct.error:
            continue
        for v in (2**70, -2**70, 2**(n * 8), 2**(n * 8 - 1), -2**(n * 8 - 1) - 1, -1):
            try:
                struct.pack(fmt, v)
                print(fmt, v, 'packed')
            except (struct.error, OverflowError) as e:
                print(fmt, v, type(e).__name__, e)

t(struct.pack, 'i', 1.5)
t(struct.pack, 'i', '1')
t(struct.pack, 'q', None)
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 's', 'a')
t(struct.pack, 'p', 1)
t(struct.pack, '<f', 1e300)
t(struct.pack, 'e', 1e6)
t(struct.pack, 'e', 65520.0)
t(struct.pack, 'd', 'x')
t(struct.pack, 'f', [])
t(struct.pack, 'i')
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'x', 1)
t(struct.pack, '0s')
t(struct.calcsize, '2 i')
t(struct.calcsize, 'i 2')
t(struct.calcsize, 'z')
t(struct.calcsize, '<n')
t(struct.calcsize, '>P')
t(struct.calcsize, '=N')
t(struct.calcsize, 'i=')
t(struct.calcsize, ' =i')
t(struct.calcsize, '99999999999999999999i')
t(struct.calcsize, '999999999999999999i')
t(struct.calcsize, 3)
t(struct.Struct, None)
t(struct.unpack, 'i', b'12')
t(struct.unpack, 'i', b'12345')
t(struct.unpack, 'i', '1234')
t(struct.unpack_from, 'i', b'12345', 2)
t(struct.unpack_from, 'i', b'12345', -2)
t(struct.unpack_from, 'i', b'12345', -20)
t(struct.iter_unpack, 'i', b'12345')
t(struct.iter_unpack, '', b'')
t(struct.pack_into, 'i', b'1234', 0, 1)
t(struct.Struct('i').unpack, b'')
t(struct.Struct('<h').pack, 70000)
