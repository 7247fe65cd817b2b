"""The io class hierarchy: what open() returns for each mode, isinstance/issubclass between the ABCs
and the concrete classes, f.buffer / f.raw, the names io exports."""
import io, sys, _io, os, tempfile
tmp = tempfile.TemporaryDirectory()
p = os.path.join(tmp.name, "h.txt")
with open(p, 'w') as f: f.write('line1\nline2\n')
cases = [('r', {}), ('rb', {}), ('wb', {}), ('r+b', {}), ('rb', {'buffering': 0}), ('w', {}), ('a+b', {}), ('xb', None)]
for mode, kw in cases:
    if kw is None:
        if os.path.exists(p + 'x'): os.remove(p + 'x')
        f = open(p + 'x', mode)
    else:
        f = open(p, mode, **kw)
    names = ['IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'FileIO']
    print(mode, type(f).__name__, [n for n in names if isinstance(f, getattr(io, n))])
    print('  ', [c.__name__ for c in type(f).__mro__], hasattr(f, 'buffer'), hasattr(f, 'raw'), hasattr(f, 'readall'), hasattr(f, 'read1'), hasattr(f, 'encoding'))
    f.close()
with open(p, 'w') as f: f.write('line1\nline2\n')
for c in [io.StringIO(), io.BytesIO(), sys.stdout, sys.stderr, sys.stdin]:
    print(type(c).__name__, [n for n in ['IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'TextIOWrapper'] if isinstance(c, getattr(io, n))])
pairs = [('RawIOBase', 'IOBase'), ('BufferedIOBase', 'IOBase'), ('TextIOBase', 'IOBase'), ('FileIO', 'RawIOBase'), ('BufferedReader', 'BufferedIOBase'),
         ('BufferedWriter', 'BufferedIOBase'), ('BufferedRandom', 'BufferedIOBase'), ('BufferedRWPair', 'BufferedIOBase'), ('TextIOWrapper', 'TextIOBase'),
         ('StringIO', 'TextIOBase'), ('BytesIO', 'BufferedIOBase'), ('TextIOBase', 'RawIOBase'), ('FileIO', 'BufferedIOBase'), ('StringIO', 'BufferedIOBase'), ('BytesIO', 'TextIOBase')]
for a, b in pairs:
    print(a, b, issubclass(getattr(io, a), getattr(io, b)))
print([c.__name__ for c in io.IOBase.__mro__], [c.__name__ for c in io.RawIOBase.__mro__], [c.__name__ for c in io.TextIOBase.__mro__], [c.__name__ for c in io.BufferedIOBase.__mro__])
print(io.open is open, io.FileIO is _io.FileIO, io.UnsupportedOperation is _io.UnsupportedOperation, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.BlockingIOError is BlockingIOError, io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
print(sorted(io.__all__))
f = open(p); print(type(f), repr(f) == f"<_io.TextIOWrapper name='{p}' mode='r' encoding='UTF-8'>", f.buffer.__class__.__name__, f.buffer.raw.__class__.__name__, f.buffer.raw.closefd, f.buffer.mode, f.buffer.raw.mode); f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
f = open(p, 'rb'); print(f.peek()[:5], f.read1(3), f.read(2), f.readline(), f.raw.name == p); f.close()
f = open(p, 'r+b'); f.seek(0, 2); f.write(b'line3\n'); f.seek(0); print(f.read()); f.close()
tmp.cleanup()
