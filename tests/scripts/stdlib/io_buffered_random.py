"""Read-write buffered streams: open(..., 'r+b') (BufferedRandom) mixing reads, writes, seeks and
truncate; io.BufferedRandom and io.BufferedRWPair over in-memory and user raw streams."""
import io, os, tempfile

tmp = tempfile.TemporaryDirectory()
p = os.path.join(tmp.name, 'r.bin')
with open(p, 'wb') as f:
    f.write(b'0123456789abcdef')
with open(p, 'r+b') as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
    print(f.read(4), f.tell())
    f.write(b'XY')
    print(f.tell(), f.read(3))
    f.seek(-2, 2)
    f.write(b'!!')
    f.seek(0)
    print(f.read())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read(), f.peek()[:1], f.read1(5))
    f.seek(0)
    f.write(b'abc')
    print(f.read(2))
with open(p, 'a+b') as f:
    f.write(b'++')
    f.seek(0)
    print(f.read())
with open(p, 'w+b') as f:
    print(type(f).__name__, f.mode, f.read())
    f.write(b'new')
    f.seek(1)
    print(f.read())

r = io.BufferedRandom(io.BytesIO(b'hello world'))
print(r.read(5), r.tell())
r.write(b'_')
print(r.tell(), r.read())
r.seek(0)
print(r.read(), r.readable(), r.writable())
r.seek(0)
print(r.readline(), isinstance(r, io.BufferedIOBase))
r.flush()
try:
    io.BufferedRandom(type('NoSeek', (io.RawIOBase,), {'seekable': lambda self: False})())
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)


class Pipe(io.RawIOBase):
    def __init__(self, data=b''):
        self.data = bytearray(data)

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        del self.data[:n]
        return n

    def write(self, b):
        self.data += b
        return len(b)


src, dst = Pipe(b'line one\nline two\n'), Pipe()
pair = io.BufferedRWPair(src, dst)
print(pair.readline(), pair.read(4), pair.peek()[:3])
pair.write(b'out')
print(bytes(dst.data))
pair.flush()
print(bytes(dst.data), pair.readable(), pair.writable(), pair.closed)
ba = bytearray(3)
print(pair.readinto(ba), ba)
pair.close()
print(pair.closed, src.closed, dst.closed)
for bad in [(type('W', (io.RawIOBase,), {})(), Pipe()), (Pipe(), type('R', (io.RawIOBase,), {})())]:
    try:
        io.BufferedRWPair(*bad)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
tw = io.TextIOWrapper(io.BufferedRandom(io.BytesIO()), encoding='utf-8')
tw.write('a\nb\n')
tw.seek(0)
print(tw.read().split())
tmp.cleanup()
