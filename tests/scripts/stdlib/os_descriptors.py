# os's descriptor calls: pipe, dup, dup2, fstat, lseek, ftruncate, pread/pwrite, inheritable and
# blocking flags, closerange, fdopen over a pipe, and the errors (real OSError subclasses with
# errno and file name).
import errno
import os
import tempfile

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
d = os.dup(w)
print(d > w, os.get_inheritable(d))
os.write(d, b'via dup')
print(os.read(r, 100))
os.set_inheritable(d, True)
os.set_blocking(r, False)
print(os.get_inheritable(d), os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == errno.EAGAIN)
os.set_blocking(r, True)
spare = os.dup(w)
print(os.dup2(d, spare) == spare, os.get_inheritable(spare), os.dup2(d, spare, inheritable=False), os.get_inheritable(spare))
os.write(spare, b'x')
print(os.read(r, 1))
for fd in (d, spare, w):
    os.close(fd)
print(os.read(r, 10))
os.close(r)
r2, w2 = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r2), os.get_inheritable(w2))
os.closerange(r2, w2 + 1)
for call in (lambda: os.fstat(r2), lambda: os.close(w2), lambda: os.dup(r2), lambda: os.get_inheritable(r2)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EBADF, e)

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.bin')
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
os.write(fd, b'0123456789')
st = os.fstat(fd)
print(st.st_size, oct(st.st_mode & 0o777), os.stat(fd).st_size == st.st_size, os.path.samestat(st, os.stat(path)))
print(os.lseek(fd, 0, os.SEEK_CUR), os.pread(fd, 4, 2), os.lseek(fd, 0, os.SEEK_CUR))
print(os.pwrite(fd, b'AB', 8), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 20))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_END))
os.truncate(path, 2)
print(os.stat(path).st_size)
os.fchmod(fd, 0o600)
print(oct(os.stat(path).st_mode & 0o777))
os.fsync(fd)
os.fdatasync(fd)
os.close(fd)
print(os.device_encoding(fd) if False else 'ok')

with os.fdopen(os.open(path, os.O_RDONLY), 'rb') as f:
    print(f.read(), type(f).__name__)
r, w = os.pipe()
with os.fdopen(w, 'w') as out:
    out.write('text over a pipe\n')
with os.fdopen(r) as inp:
    print(repr(inp.read()))

for call, name in ((lambda: os.stat('/no/such/file'), 'stat'), (lambda: os.truncate('/no/such/file', 0), 'truncate'),
                   (lambda: os.open('/no/such/file', os.O_RDONLY), 'open'), (lambda: os.chmod('/no/such', 0o600), 'chmod')):
    try:
        call()
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.filename, isinstance(e, os.error), e)
try:
    os.mkdir(folder)
except FileExistsError as e:
    print(e.errno == errno.EEXIST, e.strerror, e.filename == folder)

fifo = os.path.join(folder, 'fifo')
os.mkfifo(fifo)
import stat
print(stat.S_ISFIFO(os.stat(fifo).st_mode))
os.chown(path, -1, -1)
os.lchown(path, os.getuid(), -1)
print(os.stat(path).st_uid == os.getuid())
