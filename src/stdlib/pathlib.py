"""Object-oriented file system paths (CPython 3.11's pathlib for POSIX): PurePath and
PurePosixPath do path arithmetic without touching the disk; Path and PosixPath add the file
system calls (through os)."""

import os
import fnmatch
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse_args(args):
    """(root, parts) of the joined arguments: a later absolute argument restarts the path."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        if isinstance(a, str):
            s = a
        else:
            s = None
            method = getattr(type(a), '__fspath__', None)
            if method is not None:
                s = method(a)
            if not isinstance(s, str):
                raise TypeError(f'expected str, bytes or os.PathLike object, not {type(a).__name__}')
        if not s:
            continue
        if s.startswith('/'):
            root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            parts = []
        for p in s.split('/'):
            if p and p != '.':
                parts.append(p)
    return root, parts


class _PathParents:
    """The logical ancestors of a path, as a sequence (p.parents)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        return self._path._from_parts(self._path._root, self._path._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return f'<{type(self._path).__name__}.parents>'


class PurePath:
    """A path as a value: joining with /, its parts, name, suffixes and parents."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, parts = _parse_args(args)
        return cls._from_parts(root, parts)

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = tuple(parts)
        self._str = None
        self._hash = None
        return self

    def _new(self, root, parts):
        return type(self)._from_parts(root, parts)

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "/-_.~!$&'()*+,;=:@"
        out = []
        for b in str(self).encode('utf-8'):
            c = chr(b)
            if c.isalnum() and b < 128 or c in safe:
                out.append(c)
            else:
                out.append('%%%02X' % b)
        return 'file://' + ''.join(out)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _sort_key(self):
        return str(self)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._parts
        return self._parts

    @property
    def name(self):
        if not self._parts:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not isinstance(name, str):
            raise TypeError(f'expected str, not {type(name).__name__}')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._new(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if not isinstance(suffix, str):
            raise TypeError(f'expected str, not {type(suffix).__name__}')
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._new(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            formatted = str(base)
            raise ValueError(f'{str(self)!r} is not in the subpath of {formatted!r}'
                             ' OR one path is relative and the other is absolute.')
        return self._new('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._new(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        if not pat.parts:
            raise ValueError('empty pattern')
        pat_parts = pat.parts
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by this implementation."""

    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported')


def _ignore_error(e):
    return isinstance(e, (FileNotFoundError, NotADirectoryError)) or getattr(e, 'errno', None) in (2, 20, 9, 40)


def _is_wildcard(part):
    return '*' in part or '?' in part or '[' in part


class Path(PurePath):
    """A PurePath that can also use the file system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = type(self)(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._new(self._root, self._parts + (name,))

    def _make_child(self, name):
        return self._new(self._root, self._parts + (name,))

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pat._parts)
        if pattern.endswith('/') or pattern.endswith('/.'):
            parts.append('')
        yield from self._select(self, parts, set())

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = ['**'] + list(pat._parts)
        if pattern.endswith('/') or pattern.endswith('/.'):
            parts.append('')
        yield from self._select(self, parts, set())

    def _select(self, base, parts, seen):
        if not parts:
            if base not in seen:
                seen.add(base)
                yield base
            return
        part = parts[0]
        rest = parts[1:]
        if part == '':
            if base.is_dir():
                yield from self._select(base, rest, seen)
            return
        if part == '**':
            for d in self._walk_dirs(base):
                yield from self._select(d, rest, seen)
            return
        if part == '..' or not _is_wildcard(part):
            child = base._make_child(part)
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest, seen)
            elif child.exists() or child.is_symlink():
                yield from self._select(child, rest, seen)
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, part):
                child = base._make_child(name)
                if rest and not child.is_dir():
                    continue
                yield from self._select(child, rest, seen)

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._make_child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(str(self), strict=strict))

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode)

    def read_bytes(self):
        with open(str(self), 'rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with open(str(self), 'r') as f:
            return f.read()

    def write_bytes(self, data):
        if isinstance(data, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        view = bytes(data)
        with open(str(self), 'wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        if newline is not None and newline not in ('', '\n'):
            data = data.replace('\n', newline)
        with open(str(self), 'w') as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        os.link(os.fspath(target), str(self))

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return 0
        except ValueError:
            return 0

    def is_dir(self):
        return _stat.S_ISDIR(self._mode())

    def is_file(self):
        return _stat.S_ISREG(self._mode())

    def is_mount(self):
        return os.path.ismount(str(self))

    def is_symlink(self):
        return _stat.S_ISLNK(self._mode(False))

    def is_block_device(self):
        return _stat.S_ISBLK(self._mode())

    def is_char_device(self):
        return _stat.S_ISCHR(self._mode())

    def is_fifo(self):
        return _stat.S_ISFIFO(self._mode())

    def is_socket(self):
        return _stat.S_ISSOCK(self._mode())

    def expanduser(self):
        if not self._root and self._parts and self._parts[0].startswith('~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(homedir, *self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not available on POSIX systems."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")
