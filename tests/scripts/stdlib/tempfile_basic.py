import os
import tempfile

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.gettempdir() == tempfile.tempdir)
fd, path = tempfile.mkstemp(suffix='.txt', prefix='gilpyfx_')
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path).startswith('gilpyfx_'), path.endswith('.txt'), len(os.path.basename(path)), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'hello mkstemp')
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
os.close(fd)
with os.fdopen(os.open(path, os.O_RDONLY)) as f:
    print(f.read())
os.unlink(path)
d = tempfile.mkdtemp(prefix='gilpyfx_')
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), os.path.dirname(d) == tempfile.gettempdir())
fd2, p2 = tempfile.mkstemp(dir=d)
os.close(fd2)
print(os.path.dirname(p2) == d, os.listdir(d) == [os.path.basename(p2)])
os.unlink(p2)
os.rmdir(d)
with tempfile.NamedTemporaryFile() as f:
    name = f.name
    print(os.path.exists(name), f.write(b'abc\ndef\n'), f.seek(0), f.read(), f.tell(), f.mode)
    f.seek(0)
    print(f.readline(), list(f))
print(os.path.exists(name))
with tempfile.NamedTemporaryFile('w+', suffix='.csv', delete=False) as f:
    f.write('a,b\n1,2\n')
    name = f.name
print(name.endswith('.csv'), open(name).read().splitlines())
os.unlink(name)
with tempfile.NamedTemporaryFile(mode='w') as f:
    f.write('text')
    f.flush()
    print(open(f.name).read())
with tempfile.TemporaryFile() as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read(), type(f.name).__name__)
with tempfile.TemporaryFile('w+') as f:
    f.write('héllo\nwörld\n')
    f.seek(0)
    print(f.read(3), f.read())
with tempfile.TemporaryDirectory(prefix='gilpyfx_') as td:
    print(type(td).__name__, os.path.isdir(td), os.path.basename(td).startswith('gilpyfx_'))
    os.makedirs(os.path.join(td, 'x', 'y'))
    open(os.path.join(td, 'x', 'y', 'z.txt'), 'w').close()
print(os.path.exists(td))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b'small')
print(s._rolled)
s.write(b' and now large')
print(s._rolled)
s.seek(0)
print(s.read())
s.close()
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('spooled text')
    s.seek(0)
    print(s.read(), s._rolled)
f = tempfile.NamedTemporaryFile()
f.close()
show(lambda: f.write(b'x'))
