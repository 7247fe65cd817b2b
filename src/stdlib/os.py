"""Operating system interfaces (CPython 3.11's os API for POSIX): the system calls are native
(_os); this module adds os.path (posixpath), walk, makedirs, scandir, fspath and PathLike,
fdopen, get_terminal_size and the constants."""

import sys
import _os
from _os import *
from _os import _exit, _statvfs, _terminal_size, _uname
import posixpath as path
import stat as _stat

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_ACCMODE = 3
O_ASYNC = 0o20000
O_DIRECT = 0o40000
O_LARGEFILE = 0
O_NOATIME = 0o1000000
O_PATH = 0o10000000
O_TMPFILE = 0o20200000
O_FSYNC = O_RSYNC = O_SYNC
SEEK_DATA = 3
SEEK_HOLE = 4

# Exit codes (sysexits.h).
EX_OK = 0
EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE, EX_SOFTWARE = range(64, 71)
EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG = range(71, 79)

# wait() options, waitid() kinds and what a child did.
WNOHANG = 1
WUNTRACED = WSTOPPED = 2
WEXITED = 4
WCONTINUED = 8
WNOWAIT = 0x1000000
P_ALL, P_PID, P_PGID, P_PIDFD = 0, 1, 2, 3
P_WAIT, P_NOWAIT = 0, 1
P_NOWAITO = 1
CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED = range(1, 7)

PRIO_PROCESS, PRIO_PGRP, PRIO_USER = 0, 1, 2
SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH = 0, 1, 2, 3
SCHED_IDLE = 5
SCHED_RESET_ON_FORK = 0x40000000
RTLD_LAZY, RTLD_NOW, RTLD_NOLOAD, RTLD_DEEPBIND = 1, 2, 4, 8
RTLD_LOCAL = 0
RTLD_GLOBAL = 0x100
RTLD_NODELETE = 0x1000
F_ULOCK, F_LOCK, F_TLOCK, F_TEST = 0, 1, 2, 3
NGROUPS_MAX = 65536
TMP_MAX = 238328


class _Environ(dict):
    """os.environ: the process's environment as a mapping of str to str; assigning to it or
    deleting from it also changes the environment the OS gives child processes."""

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        return value

    # Lookups take str keys only, as CPython's (an int key is TypeError, not a miss).
    def __getitem__(self, key):
        return dict.__getitem__(self, self._check(key))

    def get(self, key, default=None):
        return dict.get(self, self._check(key), default)

    def __contains__(self, key):
        return dict.__contains__(self, self._check(key))

    def __setitem__(self, key, value):
        putenv(self._check(key), self._check(value))
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, self._check(key))
        unsetenv(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(self))
        return key, self.pop(key)

    def clear(self):
        for key in list(self):
            del self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        shown = ', '.join(f'{k!r}: {v!r}' for k, v in self.items())
        return f'environ({{{shown}}})'


environ = _Environ(_os.environ)
_os.environ = environ   # one mapping for everyone (posixpath.expanduser reads it there)
supports_bytes_environ = True


def fsencode(filename):
    """A path as bytes: str is encoded in UTF-8 with surrogateescape, bytes is returned as is."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str: bytes is decoded from UTF-8 with surrogateescape, str is returned as is."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwdb():
    return fsencode(getcwd())


def fspath(path):
    """The file system representation of a path: str and bytes as they are, else __fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, not {type(result).__name__}')


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return hasattr(sub, '__fspath__')


class PathLike(metaclass=_PathLikeMeta):
    """The protocol of objects that have a file system path: __fspath__()."""

    def __fspath__(self):
        raise NotImplementedError


def _one_path(native, on_fd=None):
    # The native calls take str; a PathLike argument is turned into one first (a descriptor
    # goes to `on_fd`, the call's f- form, where CPython's accepts one).
    kinds = 'string, bytes, os.PathLike or integer' if on_fd is not None else 'string, bytes or os.PathLike'

    def call(path, *args, **kwargs):
        if on_fd is not None and isinstance(path, int) and not isinstance(path, bool):
            return on_fd(path, *args, **kwargs)
        if not isinstance(path, str):
            # CPython's path converter words the refusals with the call's name.
            if not isinstance(path, bytes) and not hasattr(type(path), '__fspath__'):
                raise TypeError(f'{native.__name__}: path should be {kinds}, not {type(path).__name__}')
            path = fspath(path)
            if isinstance(path, bytes):
                if b'\0' in path:
                    raise ValueError(f'{native.__name__}: embedded null character in path')
                path = path.decode()
        if '\0' in path:
            raise ValueError('embedded null byte')
        return native(path, *args, **kwargs)
    call.__name__ = native.__name__
    call.__qualname__ = native.__name__
    return call


def _two_paths(native):
    def call(src, dst, *args, **kwargs):
        if not isinstance(src, str):
            src = fspath(src)
        if not isinstance(dst, str):
            dst = fspath(dst)
        return native(src, dst, *args, **kwargs)
    call.__name__ = native.__name__
    call.__qualname__ = native.__name__
    return call


_stat_followed = _one_path(_os.stat, _os.fstat)
lstat = _one_path(_os.lstat)


def _refuse_dir_fd(dir_fd):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The stat_result of `path` (or of an open descriptor); of a symbolic link itself when
    follow_symlinks is false."""
    _refuse_dir_fd(dir_fd)
    if follow_symlinks or isinstance(path, int):
        return _stat_followed(path)
    return lstat(path)

chdir = _one_path(_os.chdir, _os.fchdir)
chmod = _one_path(_os.chmod, _os.fchmod)
chown = _one_path(_os.chown, _os.fchown)
lchown = _one_path(_os.lchown)
truncate = _one_path(_os.truncate, _os.ftruncate)
mkfifo = _one_path(_os.mkfifo)
utime = _one_path(_os.utime)
access = _one_path(_os.access)
readlink = _one_path(_os.readlink)
remove = _one_path(_os.remove)
unlink = _one_path(_os.unlink)
mkdir = _one_path(_os.mkdir)
rmdir = _one_path(_os.rmdir)
open = _one_path(_os.open)
rename = _two_paths(_os.rename)
replace = _two_paths(_os.replace)
symlink = _two_paths(_os.symlink)
link = _two_paths(_os.link)


def listdir(path='.'):
    """The names of the entries of the directory `path`, in arbitrary order."""
    if not isinstance(path, str):
        path = fspath(path)
        if isinstance(path, bytes):
            # A bytes directory lists its names as bytes.
            return [name.encode() for name in _os.listdir(path.decode())]
    return _os.listdir(path)


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes a directory and every missing parent; FileExistsError unless exist_ok."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of scandir(): its name and path, and its kind (looked up once)."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = _stat_followed(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return _stat.S_ISDIR(self._mode(follow_symlinks))

    def is_file(self, *, follow_symlinks=True):
        return _stat.S_ISREG(self._mode(follow_symlinks))

    def is_symlink(self):
        return _stat.S_ISLNK(self._mode(False))


class _ScandirIterator:
    def __init__(self, dirpath):
        self._path = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of the directory `path`."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for each directory under `top`; with topdown, changing
    dirnames in place prunes the walk."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            if followlinks or not entry.is_symlink():
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fwalk(top='.', topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """walk() that also gives each directory open as a descriptor: (dirpath, dirnames,
    filenames, dirfd); the descriptor is closed once the caller moves on."""
    _refuse_dir_fd(dir_fd)
    fspath(top)
    for dirpath, dirnames, filenames in walk(top, topdown, onerror, follow_symlinks):
        try:
            fd = open(dirpath, O_RDONLY | O_DIRECTORY)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        try:
            yield dirpath, dirnames, filenames, fd
        finally:
            close(fd)


class terminal_size(tuple):
    """The (columns, lines) of a terminal window."""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


class _FiveFields(tuple):
    """A struct sequence of five named fields (uname_result, times_result): a tuple whose items
    are also attributes, shown as posix.NAME(field=value, ...)."""

    _fields = ()
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 5:
            raise TypeError(f'posix.{cls.__name__}() takes a 5-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    def __init_subclass__(cls):
        for i, name in enumerate(cls._fields):
            setattr(cls, name, property(lambda self, i=i: self[i]))

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'posix.{type(self).__name__}({shown})'

    def __reduce__(self):
        return (type(self), (tuple(self),))


class uname_result(_FiveFields):
    """What os.uname() reports: the kernel's names, release, version and machine."""
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')


def uname():
    """The names of the running system, as a uname_result."""
    return uname_result(_uname())


def get_terminal_size(fd=1):
    """The size of the terminal on descriptor `fd`; OSError when it is not a terminal."""
    return terminal_size(_terminal_size(fd))


def urandom(size):
    """`size` random bytes from the operating system."""
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
    size = type(size).__index__(size)
    if not -sys.maxsize - 1 <= size <= sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if size < 0:
        raise ValueError("negative argument not allowed")
    fd = _os.open('/dev/urandom', O_RDONLY)
    try:
        out = b''
        while len(out) < size:
            chunk = read(fd, size - len(out))
            if not chunk:
                break
            out += chunk
        return out
    finally:
        close(fd)


def fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """A file object over the open descriptor `fd`."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import builtins
    return builtins.open(fd, mode, buffering, encoding, errors, newline, closefd)


_fork_hooks = {"before": [], "after_in_parent": [], "after_in_child": []}


def register_at_fork(*, before=None, after_in_parent=None, after_in_child=None):
    """Callables to run around fork(): `before` (last registered first) in the parent before it,
    `after_in_parent` and `after_in_child` (first registered first) after it."""
    hooks = (("before", before), ("after_in_parent", after_in_parent), ("after_in_child", after_in_child))
    if all(f is None for _, f in hooks):
        raise TypeError("At least one argument is required.")
    for name, f in hooks:
        if f is not None and not callable(f):
            raise TypeError(f"'{name}' must be callable, not {type(f).__name__}")
    for name, f in hooks:
        if f is not None:
            _fork_hooks[name].append(f)


def _run_fork_hooks(hooks):
    for f in hooks:
        try:
            f()
        except Exception as e:
            print(f"Exception ignored in: {f!r}", file=sys.stderr)
            print(f"{type(e).__name__}: {e}", file=sys.stderr)


def fork():
    """Forks the process: 0 in the child (which goes on with the calling thread alone), the
    child's pid in the parent. Under --gil off the other threads are first stopped at safe points."""
    import _multiprocessing
    import threading
    _run_fork_hooks(reversed(_fork_hooks["before"]))
    pid = _multiprocessing.fork()
    if pid == 0:
        threading._after_fork()
        _run_fork_hooks(_fork_hooks["after_in_child"])
    else:
        _run_fork_hooks(_fork_hooks["after_in_parent"])
    return pid


def waitpid(pid, options):
    """Waits for the child `pid` (without waiting if options has WNOHANG): (pid, status), the
    status encoded as the C wait status ((0, 0) if WNOHANG and the child still runs)."""
    import _multiprocessing
    code = _multiprocessing.waitpid(pid, 0 if options & WNOHANG else None)
    if code is None:
        return (0, 0)
    return (pid, (code & 0xff) << 8 if code >= 0 else -code)


def WIFEXITED(status):
    return status & 0x7f == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return (status & 0x7f) not in (0, 0x7f)


def WTERMSIG(status):
    return status & 0x7f


def WCOREDUMP(status):
    return WIFSIGNALED(status) and bool(status & 0x80)


def WIFSTOPPED(status):
    return status & 0xff == 0x7f


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def WIFCONTINUED(status):
    return status == 0xffff


def waitstatus_to_exitcode(status):
    """The exit code of a wait status: the process's exit code, or minus the signal that killed it."""
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status}")


class times_result(_FiveFields):
    """What os.times() reports: CPU seconds of the process and of its waited-for children, and
    the real time elapsed since a fixed point in the past."""
    _fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')


def times():
    """The process's times, as a times_result."""
    return times_result(_os._times())


sysconf_names = {name: number for number, name in enumerate(
    ['SC_ARG_MAX', 'SC_CHILD_MAX', 'SC_CLK_TCK', 'SC_NGROUPS_MAX', 'SC_OPEN_MAX'])}
sysconf_names.update(SC_PAGESIZE=30, SC_PAGE_SIZE=30, SC_NPROCESSORS_CONF=83, SC_NPROCESSORS_ONLN=84,
                     SC_PHYS_PAGES=85, SC_AVPHYS_PAGES=86, SC_LINE_MAX=43, SC_HOST_NAME_MAX=180,
                     SC_LOGIN_NAME_MAX=71)


def execl(file, *args):
    """Runs the program `file` in place of this process, with the arguments given."""
    execv(file, args)


def execle(file, *args):
    """execl with an environment mapping as the last argument."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execv looking `file` up along PATH when it has no directory part."""
    _exec_on_path(file, args)


def execvpe(file, args, env):
    _exec_on_path(file, args, env)


def _exec_on_path(file, args, env=None):
    if path.dirname(file):
        if env is None:
            return execv(file, args)
        return execve(file, args, env)
    failure = None
    for folder in get_exec_path(env):
        candidate = path.join(folder, file)
        try:
            if env is None:
                execv(candidate, args)
            else:
                execve(candidate, args, env)
        except (FileNotFoundError, NotADirectoryError) as e:
            failure = failure or e
        except OSError as e:
            failure = e
    if failure is None:
        failure = FileNotFoundError(2, 'No such file or directory')
    raise failure


class _wrap_close:
    """The file popen() returns: the pipe's file, whose close() waits for the command and
    gives its exit status (None for success)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8 if code > 0 else -code

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode='r', buffering=-1):
    """Runs the shell command `cmd` with a pipe to its output ('r') or its input ('w')."""
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ('r', 'w'):
        raise ValueError(f"invalid mode {mode!r}")
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


supports_fd = {stat, truncate, chown, chmod, utime, listdir, scandir, chdir}
supports_dir_fd = set()
supports_follow_symlinks = {stat, chown}
supports_effective_ids = set()
