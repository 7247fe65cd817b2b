# lzma: formats, checks, presets, filters, incremental use, files and errors; output as CPython's.
import hashlib
import io
import lzma
import os
import tempfile

samples = [b"", b"a", b"hello world " * 100, bytes(range(256)) * 40,
           b"".join(str(i).encode() for i in range(20000))]
for data in samples:
    for kwargs in ({}, {"preset": 0}, {"preset": 9}, {"preset": 6 | lzma.PRESET_EXTREME},
                   {"check": lzma.CHECK_NONE}, {"check": lzma.CHECK_CRC32}, {"check": lzma.CHECK_SHA256},
                   {"format": lzma.FORMAT_ALONE}):
        packed = lzma.compress(data, **kwargs)
        print(len(data), kwargs, len(packed), hashlib.sha256(packed).hexdigest()[:16],
              lzma.decompress(packed) == data)
print(lzma.compress(b"abc").hex())

filters = [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 3, "dict_size": 1 << 16}]
raw = lzma.compress(b"abcd" * 1000, format=lzma.FORMAT_RAW, filters=filters)
print(len(raw), hashlib.sha256(raw).hexdigest()[:16])
print(lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=filters) == b"abcd" * 1000)
x86 = lzma.compress(bytes(range(200)) * 10, filters=[{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}])
print(len(x86), lzma.decompress(x86) == bytes(range(200)) * 10)
lz1 = lzma.compress(b"q" * 300, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "lc": 2, "pb": 1}])
print(len(lz1), lzma.decompress(lz1) == b"q" * 300)

comp = lzma.LZMACompressor()
pieces = [comp.compress(b"x" * 1000) for _ in range(5)] + [comp.flush()]
whole = b"".join(pieces)
print(whole == lzma.compress(b"x" * 5000))

for fmt, check in ((lzma.FORMAT_AUTO, lzma.CHECK_CRC64), (lzma.FORMAT_XZ, lzma.CHECK_SHA256), (lzma.FORMAT_AUTO, lzma.CHECK_NONE)):
    data = lzma.compress(b"payload" * 50, check=check)
    dec = lzma.LZMADecompressor(fmt)
    print(dec.check, dec.eof, dec.needs_input, dec.unused_data)
    out = b""
    for i in range(0, len(data), 5):
        out += dec.decompress(data[i:i + 5])
    print(out == b"payload" * 50, dec.check, dec.eof, dec.needs_input, dec.unused_data)
dec = lzma.LZMADecompressor(lzma.FORMAT_ALONE)
print(dec.check, dec.decompress(lzma.compress(b"alone", format=lzma.FORMAT_ALONE)), dec.eof)
try:
    dec.decompress(b"more")
except EOFError as e:
    print("EOFError", e)
dec = lzma.LZMADecompressor()
print(dec.decompress(whole + b"extra"), dec.unused_data)
dec = lzma.LZMADecompressor()
first = dec.decompress(whole, max_length=100)
print(len(first), dec.needs_input, dec.eof)
print(len(dec.decompress(b"")), dec.eof)

double = lzma.compress(b"one") + lzma.compress(b"two")
print(lzma.decompress(double), lzma.decompress(double + b"junk!"))
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256, lzma.CHECK_ID_MAX):
    print(check, lzma.is_check_supported(check))


def show(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


show("garbage", lambda: lzma.decompress(b"this is not xz data at all"))
show("truncated", lambda: lzma.decompress(lzma.compress(b"abc")[:-4]))
show("corrupt", lambda: lzma.decompress(lzma.compress(b"abc" * 100)[:30] + b"\x00" * 40))
show("both", lambda: lzma.LZMACompressor(preset=1, filters=[{"id": lzma.FILTER_LZMA2}]))
show("no id", lambda: lzma.LZMACompressor(filters=[{}]))
show("bad id", lambda: lzma.LZMACompressor(filters=[{"id": 99}]))
show("bad key", lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "foo": 1}]))
show("bad format", lambda: lzma.LZMACompressor(format=9))
show("auto compress", lambda: lzma.LZMACompressor(format=lzma.FORMAT_AUTO))
show("check alone", lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32))
show("bad check", lambda: lzma.LZMACompressor(check=3))
show("raw no filters", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW))
show("raw memlimit", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=1, filters=filters))
show("filters auto", lambda: lzma.LZMADecompressor(filters=filters))
show("memlimit", lambda: lzma.decompress(lzma.compress(b"x" * 100), memlimit=1024))
comp = lzma.LZMACompressor()
comp.flush()
show("flush twice", lambda: comp.flush())
show("compress after flush", lambda: comp.compress(b"x"))
print(lzma.LZMAError.__module__, lzma.LZMAError.__mro__[1].__name__)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.xz")
lines = [f"line {i}\n".encode() for i in range(500)]
with lzma.LZMAFile(path, "w") as f:
    for line in lines:
        f.write(line)
    print(f.tell(), f.writable())
with open(path, "rb") as raw_file:
    print(raw_file.read() == lzma.compress(b"".join(lines)))
with lzma.open(path) as f:
    print(f.read(10), f.readline(), f.tell(), len(f.readlines()))
with lzma.open(path, "rt", encoding="utf-8") as f:
    print(repr(f.readline()), len(f.read()))
with lzma.open(path, "rb") as f:
    f.seek(14)
    print(f.read(4), f.tell())
buffer = io.BytesIO()
with lzma.LZMAFile(buffer, "w", format=lzma.FORMAT_ALONE) as f:
    f.write(b"alone file")
print(lzma.decompress(buffer.getvalue()))
show("read check", lambda: lzma.LZMAFile(path, "r", check=lzma.CHECK_CRC32))
show("read preset", lambda: lzma.LZMAFile(path, "r", preset=1))
show("bad mode", lambda: lzma.LZMAFile(path, "q"))
show("bad target", lambda: lzma.LZMAFile(42))
os.remove(path)
os.rmdir(folder)
