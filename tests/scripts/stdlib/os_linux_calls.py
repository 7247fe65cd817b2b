"""os: eventfd, memfd_create, getrandom, posix_fadvise/fallocate, lockf, writev, device numbers,
ids and priorities, and the Linux constants, as python3 has them."""
import os
import posix


def show(label, f, *a, **k):
    try:
        print(label, f(*a, **k))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['EFD_CLOEXEC', 'EFD_NONBLOCK', 'EFD_SEMAPHORE', 'GRND_NONBLOCK', 'GRND_RANDOM',
             'MFD_CLOEXEC', 'MFD_ALLOW_SEALING', 'MFD_HUGETLB', 'MFD_HUGE_2MB', 'MFD_HUGE_1GB',
             'MFD_HUGE_MASK', 'MFD_HUGE_SHIFT', 'POSIX_FADV_NORMAL', 'POSIX_FADV_DONTNEED',
             'POSIX_FADV_WILLNEED', 'POSIX_FADV_NOREUSE', 'RWF_SYNC', 'RWF_NOWAIT', 'RWF_APPEND',
             'SPLICE_F_MOVE', 'SPLICE_F_MORE', 'ST_RDONLY', 'ST_NOSUID', 'ST_RELATIME',
             'XATTR_CREATE', 'XATTR_REPLACE', 'XATTR_SIZE_MAX', 'F_LOCK', 'F_TLOCK', 'PRIO_USER']:
    print(name, getattr(os, name), getattr(posix, name))

# eventfd: a counter, read resets it (or counts down by one as a semaphore).
fd = os.eventfd(3)
os.eventfd_write(fd, 4)
print('eventfd read', os.eventfd_read(fd))
os.set_blocking(fd, False)
show('empty eventfd', os.eventfd_read, fd)
os.close(fd)
fd = os.eventfd(2, flags=os.EFD_SEMAPHORE | os.EFD_CLOEXEC)
print('semaphore', os.eventfd_read(fd), os.eventfd_read(fd), os.get_inheritable(fd))
os.close(fd)
show('eventfd kw', lambda: os.close(os.eventfd(initval=0)) or 'ok')
show('eventfd bad', os.eventfd, -1)
show('eventfd_read closed', os.eventfd_read, 9999)

# memfd_create: an anonymous file.
fd = os.memfd_create('scratch')
print('memfd inheritable', os.get_inheritable(fd))
os.write(fd, b'hello memfd')
os.lseek(fd, 0, 0)
print('memfd', os.read(fd, 100))
os.posix_fallocate(fd, 0, 4096)
print('fallocate size', os.fstat(fd).st_size)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
show('fadvise bad', os.posix_fadvise, fd, 0, 0, 99)
show('fadvise closed', os.posix_fadvise, 9999, 0, 0, os.POSIX_FADV_NORMAL)
os.lockf(fd, os.F_LOCK, 0)
os.lockf(fd, os.F_ULOCK, 0)
print('writev', os.writev(fd, [b'ab', bytearray(b'cd'), memoryview(b'ef')]))
os.close(fd)
show('memfd type', os.memfd_create, b'x')
fd = os.memfd_create('y', 0)
print('memfd no cloexec inheritable', os.get_inheritable(fd))
os.close(fd)

# getrandom
print('getrandom', len(os.getrandom(16)), len(os.getrandom(5, os.GRND_NONBLOCK)), os.getrandom(0))
show('getrandom negative', os.getrandom, -1)
show('getrandom type', os.getrandom, 'x')

# device numbers
dev = os.makedev(8, 17)
print('makedev', dev, os.major(dev), os.minor(dev))
print('big dev', os.major(os.makedev(300, 70000)), os.minor(os.makedev(300, 70000)))
st = os.stat('/')
print('root dev split', os.makedev(os.major(st.st_dev), os.minor(st.st_dev)) == st.st_dev)
show('major type', os.major, 'x')

# ids
print('getresuid', os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or 'saved differs')
print('getresgid', os.getresgid()[:2] == (os.getgid(), os.getegid()))
os.setuid(os.getuid())
os.setgid(os.getgid())
os.seteuid(os.geteuid())
os.setregid(-1, -1)
os.setreuid(-1, -1)
os.setresuid(-1, -1, -1)
os.setresgid(-1, -1, -1)
show('setuid negative', os.setuid, -5)
print('getpriority', os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0))
print('ctermid', os.ctermid())
import pwd
me = pwd.getpwuid(os.getuid())
print('grouplist has gid', me.pw_gid in os.getgrouplist(me.pw_name, me.pw_gid))
show('grouplist type', os.getgrouplist, 1, 2)

# wait for a child
pid = os.fork()
if pid == 0:
    os._exit(7)
got, status = os.wait()
print('wait', got == pid, os.WEXITSTATUS(status))
show('wait none', os.wait)

# pidfd_open
fd = os.pidfd_open(os.getpid())
print('pidfd', fd > 2)
os.close(fd)
show('pidfd bad', os.pidfd_open, -1)

for name in ['eventfd', 'eventfd_read', 'eventfd_write', 'memfd_create', 'getrandom',
             'posix_fadvise', 'posix_fallocate', 'major', 'minor', 'makedev', 'getresuid',
             'setresgid', 'nice', 'getpriority', 'abort', 'chroot', 'mknod', 'wait', 'writev']:
    print(name, hasattr(os, name), hasattr(posix, name))
