"""A dumb and slow but simple dbm clone.

For database spam, spam.dir contains the index (a text file),
spam.bak *may* contain a backup of the index (also a text file),
while spam.dat contains the data (a binary file).

The index holds one line per key, "'key', (offset, size)", the key decoded as Latin-1; values
start on 512-byte boundaries of the data file, and a value that grows past its blocks moves to
the end (space is never reclaimed). The whole index is read at open and written at sync/close.
"""

import ast as _ast
import io as _io
import os as _os
import collections.abc

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _as_key(key):
    return key.encode("utf-8") if isinstance(key, str) else key


def _blocks(size):
    return (size + _BLOCKSIZE - 1) // _BLOCKSIZE


class _Database(collections.abc.MutableMapping):
    _os = _os
    _io = _io

    def __init__(self, filebasename, mode, flag="c"):
        base = self._os.fsdecode(filebasename)
        self._mode = mode
        self._readonly = flag == "r"
        self._dirfile = base + ".dir"
        self._datfile = base + ".dat"
        self._bakfile = base + ".bak"
        self._index = None
        self._prepare_files(flag)
        self._read_index(flag)

    def _prepare_files(self, flag):
        if flag == "n":
            for path in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(path)
                except OSError:
                    pass
        try:
            _io.open(self._datfile, "r", encoding="Latin-1").close()
        except OSError:
            if flag not in ("c", "n"):
                raise
            with _io.open(self._datfile, "w", encoding="Latin-1"):
                self._chmod(self._datfile)

    def _read_index(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, "r", encoding="Latin-1")
        except OSError:
            if flag not in ("c", "n"):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                name, where = _ast.literal_eval(line.rstrip())
                self._index[name.encode("Latin-1")] = where

    @staticmethod
    def _index_line(key, where):
        return "%r, %r\n" % (key.decode("Latin-1"), where)

    def _commit(self):
        if self._index is None or not self._modified:
            return
        # The previous index is kept as the .bak file.
        try:
            self._os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            self._os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with self._io.open(self._dirfile, "w", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, where in self._index.items():
                f.write(self._index_line(key, where))

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error("DBM object has already been closed")

    def _closed_error(self):
        return error("DBM object has already been closed")

    def __getitem__(self, key):
        key = _as_key(key)
        self._verify_open()
        offset, size = self._index[key]
        with _io.open(self._datfile, "rb") as f:
            f.seek(offset)
            return f.read(size)

    def _append_value(self, data):
        with _io.open(self._datfile, "rb+") as f:
            end = int(f.seek(0, 2))
            start = _blocks(end) * _BLOCKSIZE
            f.write(b"\0" * (start - end))
            f.write(data)
        return (start, len(data))

    def _overwrite_value(self, offset, data):
        with _io.open(self._datfile, "rb+") as f:
            f.seek(offset)
            f.write(data)
        return (offset, len(data))

    def _add_key(self, key, where):
        self._index[key] = where
        with _io.open(self._dirfile, "a", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            f.write(self._index_line(key, where))

    def __setitem__(self, key, val):
        if self._readonly:
            raise error("The database is opened for reading only")
        if isinstance(key, str):
            key = key.encode("utf-8")
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if isinstance(val, str):
            val = val.encode("utf-8")
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        self._verify_open()
        self._modified = True
        old = self._index.get(key)
        if old is None:
            self._add_key(key, self._append_value(val))
        elif _blocks(len(val)) <= _blocks(old[1]):
            self._index[key] = self._overwrite_value(old[0], val)
        else:
            self._index[key] = self._append_value(val)

    def __delitem__(self, key):
        if self._readonly:
            raise error("The database is opened for reading only")
        key = _as_key(key)
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        if self._index is None:
            raise self._closed_error()
        return list(self._index)

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index]

    def __contains__(self, key):
        if self._index is None:
            raise self._closed_error()
        return _as_key(key) in self._index

    def iterkeys(self):
        if self._index is None:
            raise self._closed_error()
        return iter(self._index)

    __iter__ = iterkeys

    def __len__(self):
        if self._index is None:
            raise self._closed_error()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, path):
        self._os.chmod(path, self._mode)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag="c", mode=0o666):
    """Open the database file, filename, and return corresponding object.

    The flag argument, used to control how the database is opened in the
    other DBM implementations, supports only the semantics of 'c' and 'n'
    values.  Other values will default to the semantics of 'c' value:
    the database will always opened for update and will be created if it
    does not exist.

    The optional mode argument is the UNIX mode of the file, used only when
    the database has to be created.  It defaults to octal code 0o666 (and
    will be modified by the prevailing umask).
    """
    mask = _os.umask(0)
    _os.umask(mask)
    mode &= ~mask
    if flag not in ("r", "w", "c", "n"):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
