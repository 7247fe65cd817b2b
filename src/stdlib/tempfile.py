"""Temporary files and directories (CPython 3.11's tempfile): unique names made with O_EXCL,
mkstemp and mkdtemp, and the self-removing TemporaryFile, NamedTemporaryFile and
TemporaryDirectory. Files are the built-in open()'s over the descriptor mkstemp makes.

Every creator draws random 8-character names until one is free (at most TMP_MAX tries); str and
bytes arguments give str and bytes paths."""

import os
import shutil
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempprefixb", "gettempdirb",
           "gettempdir"]

TMP_MAX = 238328      # os.TMP_MAX on Linux
template = 'tmp'
tempdir = None

# A new file: created here and now (never an existing one, never through a symlink), private to
# the process (not inherited by children), open for both reading and writing.
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_TEXT_OPENFLAGS = _BIN_OPENFLAGS = _OPEN_FLAGS

def _encoded(text):
    """A str path part as bytes, as the file system encodes it."""
    return text.encode('utf-8', 'surrogateescape')


_NAME_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


class _RandomNameSequence:
    """An endless supply of 8-character random names from [a-z0-9_]; a child process gets its
    own generator (the parent's state is not shared after a fork)."""

    characters = _NAME_LETTERS

    def __init__(self):
        self._owner_pid = None
        self._source = None

    @property
    def rng(self):
        pid = os.getpid()
        if self._owner_pid != pid:
            self._owner_pid, self._source = pid, _Random()
        return self._source

    def __iter__(self):
        return self

    def __next__(self):
        pick = self.rng.choice
        return ''.join([pick(self.characters) for _ in range(8)])


_names = None


def _get_candidate_names():
    """The module's shared name sequence."""
    global _names
    if _names is None:
        _names = _RandomNameSequence()
    return _names


def _candidate_tempdir_list():
    """Where a temporary directory is looked for, in order."""
    from_env = [os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    places = [p for p in from_env if p] + ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        places.append(os.getcwd())
    except OSError:
        places.append(os.curdir)
    return places


def _get_default_tempdir():
    for place in _candidate_tempdir_list():
        if place != os.curdir:
            place = os.path.abspath(place)
        if os.path.isdir(place) and os.access(place, os.W_OK | os.X_OK):
            return place
    raise FileNotFoundError(2, f'No usable temporary directory found in {_candidate_tempdir_list()}')


def gettempprefix():
    """The default prefix of temporary names: 'tmp'."""
    return template


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _encoded(template)


def gettempdir():
    """The default directory for temporary files (TMPDIR, TEMP, TMP, then /tmp...)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    """gettempdir() as bytes."""
    return _encoded(gettempdir())


def _resolved(prefix, suffix, dir):
    """(dir, prefix, suffix, as_bytes) with the defaults filled in, as str; the given parts
    decide whether the caller wants str or bytes paths back, and may not mix the two."""
    given = [p for p in (prefix, suffix, dir) if p is not None]
    as_bytes = bool(given) and isinstance(given[0], bytes)
    if any(isinstance(p, bytes) != as_bytes for p in given):
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if as_bytes:
        prefix, suffix, dir = [None if p is None else p.decode('utf-8', 'surrogateescape')
                               for p in (prefix, suffix, dir)]
    return (gettempdir() if dir is None else os.fspath(dir), template if prefix is None else prefix,
            '' if suffix is None else suffix, as_bytes)


def _claim_name(dir, prefix, suffix, as_bytes, claim, what):
    """Tries fresh random paths dir/prefix+NAME+suffix until claim(path) succeeds (a
    FileExistsError means: taken, try another); returns claim's result, whose path is bytes
    when as_bytes."""
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        try:
            got = claim(os.path.join(dir, prefix + next(names) + suffix))
        except FileExistsError:
            continue
        if not as_bytes:
            return got
        return (got[0], _encoded(got[1])) if isinstance(got, tuple) else _encoded(got)
    raise FileExistsError(17, f'No usable temporary {what} name found')


def _new_file(dir, prefix, suffix, as_bytes, flags=_OPEN_FLAGS):
    """(descriptor, absolute path) of a new private file."""
    return _claim_name(dir, prefix, suffix, as_bytes,
                       lambda path: (os.open(path, flags, 0o600), os.path.abspath(path)), 'file')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file only this user can read and write; returns (descriptor, absolute path).
    The caller must close and remove it."""
    return _new_file(*_resolved(prefix, suffix, dir))


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory only this user can use; returns its absolute path."""
    def make(path):
        os.mkdir(path, 0o700)
        return os.path.abspath(path)
    return _claim_name(*_resolved(prefix, suffix, dir), make, 'directory')


def mktemp(suffix='', prefix=template, dir=None):
    """A name for a file that did not exist when asked (unsafe: use mkstemp)."""
    def unused(path):
        if os.path.lexists(path):
            raise FileExistsError(path)
        return path
    return _claim_name(gettempdir() if dir is None else dir, prefix, suffix, False, unused, 'filename')


class _TemporaryFileWrapper:
    """A file with a name that is removed when the file is closed (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete
        self._closed = False

    def __getattr__(self, attr):
        # Everything else is the file's.
        return getattr(self.file, attr)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()

    def close(self):
        """Closes the file, then removes it (when delete is true); only the first call acts."""
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    closed = property(lambda self: self.file.closed)

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper file={self.file!r}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed on close when delete is true."""
    fd, path = _new_file(*_resolved(prefix, suffix, dir))
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
        return _TemporaryFileWrapper(file, path, delete)
    except BaseException:
        os.unlink(path)
        os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    """A temporary file with no name in the file system (removed at once); gone when closed."""
    fd, path = _new_file(*_resolved(prefix, suffix, dir))
    try:
        os.unlink(path)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size (or fileno() is asked),
    then moved to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        import io
        self._file = io.BytesIO() if 'b' in mode else io.StringIO()
        self._max_size = max_size
        self._rolled = False
        # What the real file will be made with.
        self._TemporaryFileArgs = dict(mode=mode, encoding=encoding, suffix=suffix, prefix=prefix, dir=dir)

    def _grew(self):
        limit = self._max_size
        if not self._rolled and limit and self._file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Moves the contents (and position) to a real temporary file."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        disk.write(memory.getvalue())
        disk.seek(memory.tell(), 0)
        self._file, self._rolled = disk, True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    closed = property(lambda self: self._file.closed)

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def write(self, s):
        count = self._file.write(s)
        self._grew()
        return count

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._grew()


def _pass_through(method):
    def forward(self, *args):
        return getattr(self._file, method)(*args)
    forward.__name__ = method
    return forward


for _method in ('close', 'flush', 'read', 'readline', 'readlines', 'seek', 'tell'):
    setattr(SpooledTemporaryFile, _method, _pass_through(_method))
del _method


class TemporaryDirectory:
    """A temporary directory (.name) removed with everything in it by cleanup() or at the end
    of a with block, whose target is the name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return f'<{type(self).__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc_type, exc_value, tb):
        self.cleanup()

    def cleanup(self):
        """Removes the directory and its contents (once)."""
        if not self._removed and os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
