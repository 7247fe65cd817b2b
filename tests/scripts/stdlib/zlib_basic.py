# zlib: output identical to CPython's zlib at every level and framing; round trips; streams; checksums.
import hashlib
import zlib

text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(3000))
noise = bytes((i * 7919 + (i >> 3) * 31) & 0xff for i in range(50000))
for data in (b'', b'a', text, noise):
    for level in range(-1, 10):
        z = zlib.compress(data, level)
        assert zlib.decompress(z) == data
        print(level, len(z), hashlib.md5(z).hexdigest())
for wbits in (9, 12, 15, -9, -15, 25, 31):
    z = zlib.compress(text, 6, wbits)
    back = zlib.decompress(z, wbits if wbits > 0 else wbits)
    print(wbits, len(z), hashlib.md5(z).hexdigest(), back == text)
gz = zlib.compress(text, wbits=31)
print(zlib.decompress(gz, 47) == text, zlib.decompress(zlib.compress(text), 47) == text,
      zlib.decompress(zlib.compress(text), 0) == text, zlib.decompress(gz, 16 + 15) == text)
print(zlib.decompress(zlib.compress(b'x' * 100000), bufsize=1) == b'x' * 100000)

# streaming compression: flush modes
co = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS)
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b'tail'))
parts.append(co.flush(zlib.Z_FULL_FLUSH))
parts.append(co.flush(zlib.Z_PARTIAL_FLUSH))
parts.append(co.flush())
whole = b''.join(parts)
print(len(whole), hashlib.md5(whole).hexdigest(), [len(p) for p in parts[-5:]])
print(zlib.decompress(whole) == text + b'tail')

# streaming decompression with max_length and unused data
d = zlib.decompressobj()
out = []
data = zlib.compress(text) + b'TRAILING'
chunk = data
while not d.eof:
    out.append(d.decompress(chunk, 4096))
    chunk = d.unconsumed_tail
print(b''.join(out) == text, d.unused_data, d.unconsumed_tail, d.eof, max(map(len, out)))
d = zlib.decompressobj()
pieces = [d.decompress(data[i:i + 7]) for i in range(0, len(data), 7)]
print(b''.join(pieces) == text, d.unused_data, d.flush())
d = zlib.decompressobj()
head = d.decompress(zlib.compress(text), 10)
print(len(head), len(d.unconsumed_tail) > 0, len(head + d.flush()) == len(text))

# dictionaries
zd = b'the quick brown fox jumps over the lazy dog'
co = zlib.compressobj(zdict=zd)
zz = co.compress(text[:500]) + co.flush()
print(len(zz), hashlib.md5(zz).hexdigest(), zlib.decompressobj(zdict=zd).decompress(zz) == text[:500])
try:
    zlib.decompress(zz)
except zlib.error as e:
    print('error', e)
try:
    zlib.decompressobj().decompress(zz)
except zlib.error as e:
    print('error', e)
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(text[:500]) + co.flush()
print(len(raw), zlib.decompressobj(wbits=-15, zdict=zd).decompress(raw) == text[:500])

# checksums
for data in (b'', b'a', text, noise):
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 12345))
c = 0
a = 1
for i in range(0, len(noise), 333):
    c = zlib.crc32(noise[i:i + 333], c)
    a = zlib.adler32(noise[i:i + 333], a)
print(c == zlib.crc32(noise), a == zlib.adler32(noise))
print(zlib.crc32(bytearray(b'abc')), zlib.adler32(memoryview(b'abc')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_NO_COMPRESSION)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
