# errno: constants, errorcode, and OSError subclasses chosen by errno.
import errno
import os

for name in ['EPERM', 'ENOENT', 'EINTR', 'EAGAIN', 'EWOULDBLOCK', 'EEXIST', 'ENOTDIR', 'EISDIR',
             'EINVAL', 'EPIPE', 'ENOTSUP', 'EOPNOTSUPP', 'EDEADLK', 'EDEADLOCK', 'ECONNREFUSED',
             'ETIMEDOUT', 'ERFKILL', 'ENOTEMPTY', 'ENOSPC']:
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(sorted(errno.errorcode)[:5], max(errno.errorcode))
print(errno.errorcode.get(9999), errno.ENOENT == 2)
try:
    os.stat('/no/such/file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.mkdir('/')
except OSError as e:
    print(e.errno == errno.EEXIST, errno.errorcode[e.errno], type(e).__name__)
