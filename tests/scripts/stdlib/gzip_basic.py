# gzip: compress/decompress (bytes identical to CPython's), GzipFile reading and writing, text mode, errors.
import gzip
import io
import os
import tempfile

text = b''.join(b'row %d, some text to squeeze\n' % i for i in range(5000))
for level in (1, 5, 6, 9):
    z = gzip.compress(text, level, mtime=0)
    print(level, len(z), z[:10], gzip.decompress(z) == text)
    z = gzip.compress(text, level, mtime=123456)
    print(level, len(z), z[:10], gzip.decompress(z) == text)
print(gzip.compress(b'', mtime=7), gzip.decompress(gzip.compress(b'')))
stamped = gzip.compress(b'now')
print(stamped[4:8] != b'\0\0\0\0', gzip.decompress(stamped))
print(gzip.decompress(gzip.compress(b'one', mtime=1) + gzip.compress(b'two', mtime=1) + b'\0\0\0'))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    print(f.mode, f.write(b'hello '), f.write(bytearray(b'world\n')), f.write(memoryview(b'xyz')), f.tell())
    f.writelines([b'a\n', b'b\n'])
    f.flush()
    print(f.seek(30), f.tell())
print(buf.getvalue()[:10], len(buf.getvalue()))
data = buf.getvalue()
named = io.BytesIO()
with gzip.GzipFile('report.csv.gz', 'wb', 6, named, mtime=5) as f:
    f.write(b'x')
print(named.getvalue()[:24])

f = gzip.GzipFile(fileobj=io.BytesIO(data))
print(f.mode, f.readable(), f.writable(), f.seekable(), f.mtime)
print(f.read(5), f.tell(), f.peek(1)[:1], f.read1(3), f.readline(), f.readline(2))
print(f.readlines())
print(f.seek(0), f.read(5), f.seek(3, 1), f.read(4), f.seek(-2, 2), f.read(), f.tell())
f.seek(0)
print(list(f)[:2], f.mtime)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.txt.gz')
    with gzip.open(path, 'wb') as g:
        g.write(text)
    with gzip.open(path) as g:
        print(g.read() == text, g.name == path)
    with gzip.open(path, 'wt', encoding='utf-8') as g:
        print(g.write('héllo\nwörld\n'))
    with gzip.open(path, 'rt', encoding='utf-8') as g:
        print(g.readlines())
    with gzip.open(path, 'ab') as g:
        g.write(b'appended\n')
    with gzip.open(path, 'rb') as g:
        print(g.read())
    with open(path, 'rb') as raw:
        with gzip.open(raw) as g:
            print(g.readline())
    with gzip.GzipFile(path, 'rb') as g:
        print(g.read(4))

big = os.urandom(1) * 0 + bytes(range(256)) * 2000
z = gzip.compress(big, mtime=0)
with gzip.GzipFile(fileobj=io.BytesIO(z)) as g:
    got = b''
    while True:
        piece = g.read(10007)
        if not piece:
            break
        got += piece
print(got == big, len(z))


def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', repr(r)[:60])


good = gzip.compress(b'abc', mtime=0)
show(lambda: gzip.decompress(b'notgzip!!!!!'))
show(lambda: gzip.decompress(good[:-3]))
show(lambda: gzip.decompress(good[:-8]))
show(lambda: gzip.decompress(good[:12]))
bad = bytearray(good)
bad[-8] ^= 1
show(lambda: gzip.decompress(bytes(bad)))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(bytes(bad))).read())
bad = bytearray(good)
bad[-1] ^= 1
show(lambda: gzip.decompress(bytes(bad)))
show(lambda: gzip.decompress(b'\x1f\x8b\x07' + b'\0' * 20))
show(lambda: gzip.decompress(good + b'junk'))
show(lambda: gzip.open('x', 'rbt'))
show(lambda: gzip.open('x', 'rb', encoding='utf8'))
show(lambda: gzip.open('x', 'wb', newline='\n'))
show(lambda: gzip.open(5))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z'))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(b'abc')).read())
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
show(lambda: w.read())
show(lambda: w.seek(-1))
r = gzip.GzipFile(fileobj=io.BytesIO(good))
show(lambda: r.write(b'x'))
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
