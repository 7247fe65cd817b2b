"""Shared memory between processes: SharedMemory, a named block of bytes (a POSIX shared memory
object under /dev/shm) whose `buf` is a memoryview other processes see into once they attach by
name; and ShareableList, a fixed-length list of ints, floats, bools, strs, bytes and None stored
in such a block. The blocks come from the native `_posixshmem`; they work across fork and spawn
(a spawned child attaches by the name the pickled object carries)."""

import os
import secrets
import struct

import _posixshmem

__all__ = ["SharedMemory", "ShareableList"]

# Names made for new blocks: '/psm_' and eight hex digits (the name shown has no slash).
_NAME_PREFIX = "/psm_"
_NAME_HEX_BYTES = 4


def _new_name():
    return _NAME_PREFIX + secrets.token_hex(_NAME_HEX_BYTES)


class SharedMemory:
    """A block of shared memory: SharedMemory(create=True, size=n) makes one with a fresh name;
    SharedMemory(name) attaches to an existing one. close() detaches this process; unlink()
    removes the name (call it once, from one process)."""

    _block = None
    _buf = None
    _name = None

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _new_name()
                try:
                    self._block = _posixshmem.open_block(name, True, size)
                except FileExistsError:
                    continue
                break
        else:
            if not name.startswith("/"):
                name = "/" + name
            self._block = _posixshmem.open_block(name, bool(create), size)
        self._name = name
        self._size = self._block.size()
        self._buf = memoryview(self._block)

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    # How a block travels to a spawned child: by name, attached again on arrival.
    def __getstate__(self):
        return self.name

    def __setstate__(self, name):
        self.__init__(name)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, size={self.size})"

    @property
    def buf(self):
        """A memoryview of the shared bytes (None once closed)."""
        return self._buf

    @property
    def name(self):
        """The block's name, without its leading slash."""
        return self._name[1:] if self._name.startswith("/") else self._name

    @property
    def size(self):
        return self._size

    def close(self):
        """Detaches this process from the block (the block itself lives on)."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._block is not None:
            self._block.close()
            self._block = None

    def unlink(self):
        """Removes the block's name; the memory goes once every process has closed it."""
        if self._name:
            _posixshmem.shm_unlink(self._name)


# ---- ShareableList --------------------------------------------------------------------------
#
# The block holds, in order: the item count (8 bytes); the offsets of the items within the data
# area, one per item and one past the end (8 bytes each); the data area, one 8-byte slot per
# number, bool or None and a multiple of 8 bytes for a str or bytes; each item's struct format
# (8 bytes each); and one byte per item saying how to turn what was unpacked back into the value.

_WORD = 8
_FORMAT_WIDTH = 8

# How a stored item turns back into its value.
_AS_IS, _AS_STR, _AS_BYTES, _AS_NONE = 0, 1, 2, 3

_FIXED_FORMATS = {int: "q", float: "d", bool: "xxxxxxx?", type(None): "xxxxxx?x"}


def _slot_size(value):
    """Bytes the data area gives `value` (strs and bytes round up to whole words)."""
    if isinstance(value, (str, bytes)):
        length = len(value.encode("utf-8") if isinstance(value, str) else value)
        return -(-max(length, 1) // _WORD) * _WORD
    return _WORD


def _format_of(value, slot):
    if isinstance(value, (str, bytes)):
        return "%ds" % slot
    kind = type(value)
    if kind not in _FIXED_FORMATS:
        raise KeyError(kind)
    return _FIXED_FORMATS[kind]


def _transform_of(value):
    if isinstance(value, str):
        return _AS_STR
    if isinstance(value, bytes):
        return _AS_BYTES
    if value is None:
        return _AS_NONE
    return _AS_IS


def _encoded(value):
    if isinstance(value, str):
        return value.encode("utf-8")
    if value is None:
        return True
    return value


def _attach_list(name):
    return ShareableList(name=name)


class ShareableList:
    """A list of fixed length in shared memory: ShareableList([1, 2.5, 'a']) makes one,
    ShareableList(name=...) attaches to it. Items can be replaced (a str or bytes no longer than
    the room its slot was made with), not added or removed."""

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            items = list(sequence or ())
            for item in items:
                _format_of(item, 0)
            slots = [_slot_size(item) for item in items]
            n = len(items)
            offsets = [0]
            for slot in slots:
                offsets.append(offsets[-1] + slot)
            size = _WORD + _WORD * (n + 1) + offsets[-1] + _FORMAT_WIDTH * n + n
            self.shm = SharedMemory(name, create=True, size=size)
            buf = self.shm.buf
            struct.pack_into("q", buf, 0, n)
            struct.pack_into("%dq" % (n + 1), buf, _WORD, *offsets)
            self._read_layout()
            for position, item in enumerate(items):
                self._store(position, item, slots[position])
        else:
            self.shm = SharedMemory(name)
            self._read_layout()

    def _read_layout(self):
        buf = self.shm.buf
        (self._count,) = struct.unpack_from("q", buf, 0)
        n = self._count
        self._offsets = struct.unpack_from("%dq" % (n + 1), buf, _WORD)
        self._data_start = _WORD + _WORD * (n + 1)
        self._formats_start = self._data_start + self._offsets[-1]
        self._transforms_start = self._formats_start + _FORMAT_WIDTH * n

    def _position(self, position):
        if position < 0:
            position += self._count
        if not 0 <= position < self._count:
            raise IndexError("index out of range")
        return position

    def _format_at(self, position):
        raw = struct.unpack_from("8s", self.shm.buf, self._formats_start + _FORMAT_WIDTH * position)[0]
        return raw.rstrip(b"\x00").decode("ascii")

    def _store(self, position, value, slot):
        buf = self.shm.buf
        fmt = _format_of(value, slot)
        struct.pack_into("8s", buf, self._formats_start + _FORMAT_WIDTH * position, fmt.encode("ascii"))
        struct.pack_into("b", buf, self._transforms_start + position, _transform_of(value))
        at = self._data_start + self._offsets[position]
        if isinstance(value, (str, bytes)):
            buf[at:at + slot] = bytes(slot)
        struct.pack_into(fmt, buf, at, _encoded(value))

    def __getitem__(self, position):
        position = self._position(position)
        fmt = self._format_at(position)
        (value,) = struct.unpack_from(fmt, self.shm.buf, self._data_start + self._offsets[position])
        (transform,) = struct.unpack_from("b", self.shm.buf, self._transforms_start + position)
        if transform == _AS_STR:
            return value.rstrip(b"\x00").decode("utf-8")
        if transform == _AS_BYTES:
            return value.rstrip(b"\x00")
        if transform == _AS_NONE:
            return None
        return value

    def __setitem__(self, position, value):
        position = self._position(position)
        slot = self._offsets[position + 1] - self._offsets[position]
        if isinstance(value, (str, bytes)):
            length = len(value.encode("utf-8") if isinstance(value, str) else value)
            if length > slot:
                raise ValueError("bytes/str item exceeds available storage")
        self._store(position, value, slot)

    def __reduce__(self):
        return (_attach_list, (self.shm.name,))

    def __getstate__(self):
        return self.shm.name

    def __setstate__(self, name):
        self.__init__(name=name)

    def __len__(self):
        return self._count

    def __iter__(self):
        for position in range(self._count):
            yield self[position]

    def __repr__(self):
        return f"{self.__class__.__name__}({list(self)}, name={self.shm.name!r})"

    @property
    def format(self):
        """The struct formats of the items, joined."""
        return "".join(self._format_at(position) for position in range(self._count))

    def count(self, value):
        return sum(value == entry for entry in self)

    def index(self, value):
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f"{value!r} not in this container")
