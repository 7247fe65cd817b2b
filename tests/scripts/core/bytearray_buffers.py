# bytearray and memoryview wherever a bytes-like object is accepted.
import base64, binascii, hashlib, struct, os, socket, array

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'hello')
mv = memoryview(b'hello')
t('b64', lambda: (base64.b64encode(ba), base64.b64encode(mv), base64.b64decode(bytearray(b'aGVsbG8='))))
t('hexlify', lambda: (binascii.hexlify(ba), binascii.unhexlify(bytearray(b'6869')), binascii.crc32(ba)))
t('sha256', lambda: hashlib.sha256(ba).hexdigest() == hashlib.sha256(b'hello').hexdigest())
h = hashlib.md5()
h.update(bytearray(b'he'))
h.update(memoryview(b'llo'))
t('md5 update', lambda: h.hexdigest() == hashlib.md5(b'hello').hexdigest())
t('unpack', lambda: (struct.unpack('>H', bytearray(b'\x01\x02')), struct.unpack_from('B', memoryview(b'\x05\x06'), 1)))
buf = bytearray(8)
struct.pack_into('>I', buf, 2, 0xdeadbeef)
t('pack_into', lambda: buf)
view = memoryview(bytearray(6))
struct.pack_into('>H', view, 4, 0x4142)
t('pack_into view', lambda: view.obj)
t('pack_into bytes', lambda: struct.pack_into('B', b'xx', 0, 1))
t('pack_into small', lambda: struct.pack_into('>I', bytearray(2), 0, 1))
t('join', lambda: b'-'.join([ba, mv, b'x']))
t('array frombytes', lambda: array.array('B', ba))
d = "/tmp"
p = "/tmp/gilpy_bytes_fixture_%d.bin" % os.getpid()
with open(p, 'wb') as f:
    print('write ba', f.write(bytearray(b'abc')))
    print('write mv', f.write(memoryview(b'defg')[1:]))
with open(p, 'rb') as f:
    t('read back', lambda: f.read())
os.remove(p)
a, b = socket.socketpair()
a.sendall(bytearray(b'ping'))
a.send(memoryview(b'pong'))
t('socket', lambda: b.recv(8))
a.close()
b.close()
t('bytes + ba + mv', lambda: b'x' + bytearray(b'y') + memoryview(b'z'))
t('str(b)', lambda: (str(bytearray(b'x')), str(memoryview(b'x'))[:8]))
