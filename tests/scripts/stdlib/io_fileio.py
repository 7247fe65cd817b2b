"""io.FileIO: opening by name and by descriptor, modes, closefd, opener, readinto/readall, name/mode
attributes, errors; subclassing FileIO."""
import io, os, tempfile


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e).replace(tmp.name, 'TMP'))


tmp = tempfile.TemporaryDirectory()
p = os.path.join(tmp.name, 'data.bin')
with io.FileIO(p, 'w') as f:
    print(type(f).__name__, f.mode, f.closefd, f.name == p, f.readable(), f.writable(), f.seekable())
    print(f.write(b'hello world\n'), f.write(bytearray(b'second\n')), f.tell())
with io.FileIO(p) as f:
    print(f.mode, f.read(5), f.tell())
    b = bytearray(6)
    print(f.readinto(b), b)
    print(f.readall())
    print(f.read(), f.read(3))
    f.seek(0)
    print(f.readline(), f.readlines())
print(f.closed)
t('read closed', f.read)
f = io.FileIO(p, 'r+')
print(f.mode, f.read(5), f.write(b'!'), f.seek(0), f.read())
f.truncate(5)
f.seek(0)
print(f.read())
f.close()
f = io.FileIO(p, 'a')
print(f.mode, f.write(b'++'))
f.close()
with open(p, 'rb') as g:
    print(g.read())
t('x existing', io.FileIO, p, 'x')
f = io.FileIO(p + '.new', 'xb')
print(f.mode)
f.close()
for bad in ['rt', 'rw', 'r++', '', 'z', 'bb']:
    t('mode ' + repr(bad), io.FileIO, p, bad)
t('missing', io.FileIO, os.path.join(tmp.name, 'nope'))
t('directory', io.FileIO, tmp.name)
t('closefd with name', io.FileIO, p, closefd=False)
t('not writable', io.FileIO(p).write, b'x')
t('not readable', io.FileIO(p, 'w').read)
t('bad fd', io.FileIO, -1)

fd = os.open(p, os.O_RDWR)
f = io.FileIO(fd, 'r+', closefd=False)
print(f.name == fd, f.closefd, f.mode, f.read(2))
f.close()
print(os.read(fd, 3))
os.close(fd)

seen = []


def opener(path, flags):
    seen.append((path == p, bool(flags & os.O_WRONLY), bool(flags & os.O_CREAT)))
    return os.open(path, flags, 0o644)


with io.FileIO(p, 'w', opener=opener) as f:
    f.write(b'via opener')
with open(p, opener=opener) as f:
    print(f.read())
print(seen)
t('opener bad', io.FileIO, p, opener=lambda path, flags: 'x')
t('opener negative', io.FileIO, p, opener=lambda path, flags: -1)


class Logged(io.FileIO):
    def read(self, size=-1):
        data = super().read(size)
        print('  read', size, data)
        return data


with Logged(p) as f:
    print(type(f).__name__, isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
    f.read(3)
    f.read()
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, repr(f).replace(repr(p), 'P'))
tmp.cleanup()
