# bz2: one-shot and incremental (de)compression, byte-identical output, files, errors.
import bz2
import hashlib
import io
import os
import tempfile

samples = [b"", b"a", b"hello world " * 100, bytes(range(256)) * 40,
           b"".join(str(i).encode() for i in range(20000))]
for data in samples:
    for level in (1, 5, 9):
        packed = bz2.compress(data, level)
        print(len(data), level, len(packed), hashlib.sha256(packed).hexdigest()[:16],
              bz2.decompress(packed) == data)
print(bz2.compress(b"abc").hex())

comp = bz2.BZ2Compressor()
pieces = [comp.compress(b"x" * 1000) for _ in range(5)] + [comp.flush()]
whole = b"".join(pieces)
print([len(p) for p in pieces], whole == bz2.compress(b"x" * 5000))

dec = bz2.BZ2Decompressor()
print(dec.eof, dec.needs_input, dec.unused_data)
out = b""
for i in range(0, len(whole), 7):
    out += dec.decompress(whole[i:i + 7])
print(out == b"x" * 5000, dec.eof, dec.needs_input, dec.unused_data)
try:
    dec.decompress(b"more")
except EOFError as e:
    print("EOFError", e)

dec = bz2.BZ2Decompressor()
print(dec.decompress(whole + b"trailing"), dec.unused_data, dec.eof)
dec = bz2.BZ2Decompressor()
first = dec.decompress(whole, max_length=100)
print(len(first), dec.needs_input, dec.eof)
rest = dec.decompress(b"", max_length=-1)
print(len(rest), dec.eof)

double = bz2.compress(b"one") + bz2.compress(b"two")
print(bz2.decompress(double), bz2.decompress(double + b"junk!"))
for bad in (b"not bzip2 data", bz2.compress(b"abc")[:-5]):
    try:
        bz2.decompress(bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
for level in (0, 10):
    try:
        bz2.BZ2Compressor(level)
    except ValueError as e:
        print("ValueError", e)
comp = bz2.BZ2Compressor()
comp.flush()
for call in (lambda: comp.flush(), lambda: comp.compress(b"x")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
try:
    bz2.compress("text")
except TypeError as e:
    print("TypeError", e)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bz2")
lines = [f"line {i}\n".encode() for i in range(500)]
with bz2.BZ2File(path, "w") as f:
    print(f.writable(), f.readable(), f.seekable())
    for line in lines:
        f.write(line)
    print(f.tell())
with open(path, "rb") as raw:
    print(raw.read() == bz2.compress(b"".join(lines)))
with bz2.open(path) as f:
    print(f.readable(), f.read(10), f.readline(), f.tell())
    print(len(f.readlines()))
with bz2.open(path, "rb") as f:
    print(sum(1 for _ in f))
    f.seek(7)
    print(f.read(5), f.tell(), f.peek(1)[:1])
with bz2.open(path, "rt", encoding="utf-8") as f:
    print(repr(f.readline()), len(f.read()))
with bz2.open(path, "at") as f:
    f.write("appended\n")
with bz2.open(path, "rt") as f:
    print(f.read().splitlines()[-2:])
buffer = io.BytesIO()
with bz2.BZ2File(buffer, "wb", compresslevel=1) as f:
    f.write(b"in memory")
print(bz2.decompress(buffer.getvalue()))
f = bz2.BZ2File(path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
for args in ((path, "z"), (path, "rw")):
    try:
        bz2.BZ2File(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    bz2.open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
try:
    bz2.BZ2File(123)
except TypeError as e:
    print("TypeError", e)
os.remove(path)
os.rmdir(folder)
