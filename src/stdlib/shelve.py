"""shelve: dict-like persistent storage of any picklable values under str keys, on a dbm
database (or any mapping of bytes to bytes). Values are pickled on assignment and unpickled on
each read; with writeback=True, values read or assigned are kept in a cache and written back at
sync() and close(), so that mutating a stored list in place persists.

    with shelve.open("spam") as db:
        db["key"] = [1, 2, 3]
"""

from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
from io import BytesIO
import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


def _pickled(value, protocol):
    buf = BytesIO()
    Pickler(buf, protocol).dump(value)
    return buf.getvalue()


def _unpickled(data):
    return Unpickler(BytesIO(data)).load()


class _ClosedDict(collections.abc.MutableMapping):
    "Marker for a closed dict.  Access attempts raise a ValueError."

    def closed(self, *args):
        raise ValueError("invalid operation on closed shelf")

    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return "<Closed Dictionary>"


class Shelf(collections.abc.MutableMapping):
    """A persistent mapping over a mapping of encoded keys to pickles (given as *dict*)."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        if self._key(key) not in self.dict:
            return default
        return self[key]

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _unpickled(self.dict[self._key(key)])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._key(key)] = _pickled(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            closer = getattr(self.dict, "close", None)
            if closer is not None:
                closer()
        finally:
            try:
                self.dict = _ClosedDict()
            except Exception:
                self.dict = None

    def __del__(self):
        if hasattr(self, "writeback"):
            self.close()

    def sync(self):
        if self.writeback and self.cache:
            # Store every cached value again, without caching them anew.
            self.writeback = False
            try:
                for key, value in self.cache.items():
                    self[key] = value
            finally:
                self.writeback = True
            self.cache = {}
        if hasattr(self.dict, "sync"):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A shelf over a database with a cursor (first, next, previous, last, set_location),
    as the old bsddb modules had."""

    def _pair(self, pair):
        key, data = pair
        return key.decode(self.keyencoding), _unpickled(data)

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf on the dbm database named *filename* (opened with dbm.open and *flag*)."""

    def __init__(self, filename, flag="c", protocol=None, writeback=False):
        import dbm

        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag="c", protocol=None, writeback=False):
    """Open the shelf stored in the dbm database *filename* (whose files may get extensions);
    *flag* is dbm.open's, *protocol* the pickle protocol of stored values."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
