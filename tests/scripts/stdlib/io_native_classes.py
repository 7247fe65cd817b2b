# The classes of file objects are io's own: type(open(p)) is io.TextIOWrapper, and so on for
# each mode; the standard streams are TextIOWrappers too; the ABCs answer isinstance for all;
# TextIOWrapper and the buffered classes also wrap Python streams, and user code subclasses them.
import io
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.txt')
with open(path, 'w') as f:
    f.write('alpha\nbeta\ngamma\n')
    print(type(f), type(f) is io.TextIOWrapper, type(f.buffer) is io.BufferedWriter, type(f.buffer.raw) is io.FileIO)

ABCS = (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
CLASSES = (io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO)
for mode, extra in [('r', {}), ('rb', {}), ('wb', {}), ('ab', {}), ('r+b', {}), ('w+b', {}), ('rb', {'buffering': 0}),
                    ('r+', {}), ('a', {}), ('xb', {})]:
    if 'x' in mode:
        target = os.path.join(folder, 'new.bin')
    elif 'w' in mode:
        target = os.path.join(folder, 'other.bin')
    else:
        target = path
    with open(target, mode, **extra) as f:
        print(f"{mode!r:6} {type(f).__name__:15}", [isinstance(f, c) for c in ABCS], [type(f) is c for c in CLASSES])
        if hasattr(f, 'buffer'):
            print('   buffer', type(f.buffer).__name__, type(f.buffer.raw).__name__)
        elif hasattr(f, 'raw'):
            print('   raw', type(f.raw).__name__)

print([issubclass(c, io.IOBase) for c in CLASSES + (io.StringIO, io.BytesIO)])
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase), issubclass(io.StringIO, io.BufferedIOBase))
for c in CLASSES + (io.StringIO, io.BytesIO):
    print(c, c.__mro__)

# The standard streams.
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(type(s) is io.TextIOWrapper, isinstance(s, io.TextIOBase), type(s).__name__, s.name, s.mode)
print(repr(sys.stdout), repr(sys.stderr))
sys.stderr.reconfigure(encoding='utf-8', errors='backslashreplace')
print(sys.stderr.encoding, sys.stderr.errors)
print(sys.stdout.__enter__() is sys.stdout, sys.stdout.closed)
sys.stdout.writelines(['one ', 'two\n'])
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)

# TextIOWrapper over a Python stream.
raw = io.BytesIO('line one\r\nline two\rline three\nend'.encode('utf-8'))
t = io.TextIOWrapper(raw, encoding='utf-8', newline=None)
print(type(t) is io.TextIOWrapper, isinstance(t, io.TextIOBase), t.encoding, t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', newline='\r\n')
t.write('é\nx\n')
t.flush()
print(t.buffer.getvalue(), t.closed)
t.close()
print(t.closed)

# The buffered classes over Python raw streams.
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = io.BufferedReader(Raw(b'abc\ndef\nghi'), buffer_size=4)
print(type(r) is io.BufferedReader, r.readline(), r.peek(1)[:1], r.read(2), r.read(), r.raw.pos, r.closed)
sink = io.BytesIO()
w = io.BufferedWriter(sink)
print(type(w).__name__, w.write(b'xyz'), w.raw is sink, w.writable(), w.readable())
w.flush()
print(sink.getvalue())
print(repr(io.BufferedReader(io.BytesIO(b'1'))))


# Subclasses in user code.
class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


u = Upper(io.BytesIO(), encoding='utf-8')
u.write('shout\n')
u.flush()
print(type(u).__name__, isinstance(u, io.TextIOWrapper), isinstance(u, io.IOBase), u.buffer.getvalue())
print([c.__name__ for c in Upper.__mro__])


class Counting(io.StringIO):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s)


c = Counting('start:')
c.seek(0, 2)
print('a', 'b', file=c)
print(repr(c.getvalue()), c.writes, isinstance(c, io.TextIOBase), type(c).__mro__[1])


class Chunks(io.BytesIO):
    def read(self, size=-1):
        return super().read(2 if size < 0 else min(size, 2))


ch = Chunks(b'abcdef')
print(ch.read(), ch.read(10), ch.getvalue(), ch.tell())
with open(path, 'rb') as f:
    class Reader(io.BufferedReader):
        pass
    print(Reader(io.BytesIO(b'sub\nclass')).readlines())
