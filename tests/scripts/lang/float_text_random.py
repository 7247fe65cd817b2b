"""float repr (shortest, ties to even as CPython), round() with negative digits, float.hex/fromhex, int.bit_count, on many random values."""
import struct
import random
random.seed(3)
xs = [1e300, 5e300, 1.5e300, 2.5, 25.0, 35.0, 150.0, 250.0, 1234.5678, -1250.0, 0.5e-5, 4.5e10, 5e22, 1e22, 123456789012345678.0]
xs += [random.uniform(-1e6, 1e6) for _ in range(300)] + [random.random() * 10 ** random.randint(-10, 300) for _ in range(300)]
out = []
for x in xs:
    for n in (-1, -2, -3, -5, -10, -22, -100, -299, -300, -301, -308, 0, 1, 2, 5):
        out.append(repr(round(x, n)))
import hashlib
print(hashlib.md5(' '.join(out).encode()).hexdigest(), out[:30])
print([(n).bit_count() for n in (0, 1, -5, 255, 2**100 - 1, -(2**70))])
vals = [0.0, -0.0, 1.0, 0.1, 1e-310, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, float('inf'), -float('inf'), 3.14159, -2.5e-300]
vals += [random.uniform(-1e10, 1e10) for _ in range(200)] + [random.random() * 10 ** random.randint(-320, 300) for _ in range(300)]
bad = 0
for v in vals:
    h = v.hex()
    if float.fromhex(h) != v and v == v: bad += 1
print(bad, [v.hex() for v in vals[:12]], float('nan').hex())
for s in ['0x1.8p1', '-0X.8', ' 1p4 ', 'inf', '-Infinity', 'nan', '0x1.00000000000008p0', '0x1.000000000000080001p0', '0x1p-1075', '0x1.1p-1075', '0x1.fffffffffffff8p1023', '0x.0000000000001p-1022', '1.', '.8', 'a.bp-3', '0x10000000000000000000000000000000000000001p-160']:
    try: print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e: print(s, type(e).__name__, e)
for s in ['0x', '0x1.g', '1p', 'p1', '', '0x1p1024', '1e3', '--1', '0x1.8p+', ' ']:
    try: print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e: print(repr(s), type(e).__name__, e)
h = [random.getrandbits(64) for _ in range(2000)]
import struct
xs = [struct.unpack('<d', struct.pack('<Q', b))[0] for b in h]
print(sum(1 for x in xs if x == x and float.fromhex(x.hex()) != x), len(set(x.hex() for x in xs if x == x)) > 1900)
print('%a' % 1 if False else '', float.fromhex('0x1.ffffp+3'), (255.0).hex(), (-0.75).hex(), (1e-320).hex())
random.seed(11)
out = []
for _ in range(20000):
    x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if x == x: out.append(repr(x))
for _ in range(20000):
    out.append(repr(random.random() * 10 ** random.randint(-20, 20)))
    out.append(str(round(random.uniform(-1000, 1000), random.randint(0, 6))))
import hashlib
print(hashlib.md5('\n'.join(out).encode()).hexdigest())
