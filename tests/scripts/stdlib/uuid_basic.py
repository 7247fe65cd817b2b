# uuid: constructors, views, comparisons, uuid3/uuid5 (deterministic), uuid1/uuid4 shapes, errors.
import copy
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.urn, u.hex, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)
forms = [
    uuid.UUID('12345678123456781234567812345678'),
    uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
]
print(all(f == u for f in forms), len({hash(f) for f in forms}))
v = uuid.UUID(int=0x12345678123456781234567812345678, version=4)
print(v, v.version, v.variant)
for ver in range(1, 6):
    print(ver, uuid.UUID(int=0, version=ver))
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=(0xc0 << 56)).variant, uuid.UUID(int=(0xe0 << 56)).variant, uuid.UUID(int=(0xff << 56)).variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'text'), uuid.uuid5(uuid.NAMESPACE_OID, 'x'), uuid.uuid5(uuid.NAMESPACE_X500, ''))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]), int(b))
print(a.__eq__(1), a.__lt__('x'))
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
t2 = uuid.uuid1()
print(t.version, t.variant, t2.time >= t.time, t != t2, t.node == uuid.getnode())
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(clock_seq=5).clock_seq)
node = uuid.getnode()
print(0 <= node < 2 ** 48, node == uuid.getnode())
print(copy.copy(u) == u, copy.deepcopy(u) == u, u.__getstate__())
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print({u: 1}[forms[0]], str(u) in {str(f) for f in forms})


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: uuid.UUID())
show(lambda: uuid.UUID('x', int=1))
show(lambda: uuid.UUID('1234'))
show(lambda: uuid.UUID('g2345678123456781234567812345678'))
show(lambda: uuid.UUID(bytes=b'short'))
show(lambda: uuid.UUID(bytes_le=b'short'))
show(lambda: uuid.UUID(fields=(1, 2, 3)))
show(lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)))
show(lambda: uuid.UUID(fields=(0, 1 << 16, 0, 0, 0, 0)))
show(lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)))
show(lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)))
show(lambda: uuid.UUID(fields=(0, 0, 1 << 16, 0, 0, 0)))
show(lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48)))
show(lambda: uuid.UUID(int=-1))
show(lambda: uuid.UUID(int=1 << 128))
show(lambda: uuid.UUID(int=1, version=6))
show(lambda: setattr(u, 'int', 5))
show(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5))
show(lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b'bytes'))
