"""Temporary files and directories (CPython 3.11's tempfile): unique names made with O_EXCL,
mkstemp and mkdtemp, and the self-removing TemporaryFile, NamedTemporaryFile and
TemporaryDirectory. Files are descriptor-backed (_fdio), readable and writable at once."""

import os
import shutil
import _fdio
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "template", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_TEXT_OPENFLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_BIN_OPENFLAGS = _TEXT_OPENFLAGS


class _RandomNameSequence:
    """An endless supply of 8-character random names from [a-z0-9_]."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = None
        self._rng_pid = None

    @property
    def rng(self):
        cur_pid = os.getpid()
        if cur_pid != self._rng_pid:
            self._rng = _Random()
            self._rng_pid = cur_pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choice(self.characters) for _ in range(8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except OSError:
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != os.curdir:
            dir = os.path.abspath(dir)
        if os.path.isdir(dir) and os.access(dir, os.W_OK | os.X_OK):
            return dir
    raise FileNotFoundError(2, f'No usable temporary directory found in {_candidate_tempdir_list()}')


def gettempprefix():
    """The default prefix of temporary names: 'tmp'."""
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    """The default directory for temporary files (TMPDIR, TEMP, TMP, then /tmp...)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def _mkstemp_inner(dir, pre, suf, flags):
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        file = os.path.join(dir, pre + name + suf)
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file only this user can read and write; returns (descriptor, absolute path).
    The caller must close and remove it."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    flags = _TEXT_OPENFLAGS if text else _BIN_OPENFLAGS
    return _mkstemp_inner(dir, prefix, suffix, flags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory only this user can use; returns its absolute path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        file = os.path.join(dir, prefix + name + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name for a file that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        file = os.path.join(dir, prefix + name + suffix)
        if not os.path.lexists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file with a name that is removed when the file is closed (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper file={self.file!r}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed on close when delete is true."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_OPENFLAGS)
    try:
        file = _fdio.FdFile(fd, mode, name, encoding)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    """A temporary file with no name in the file system (removed at once); gone when closed."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_OPENFLAGS)
    try:
        os.unlink(name)
        return _fdio.FdFile(fd, mode, fd, encoding)
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
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'encoding': encoding, 'suffix': suffix, 'prefix': prefix,
                                   'dir': dir}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    """A temporary directory (.name) removed with everything in it by cleanup() or at the end
    of a with block, whose target is the name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            self._done = True
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True
