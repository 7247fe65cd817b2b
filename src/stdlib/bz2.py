"""bz2: bzip2 compression, as CPython 3.11's module.

The streams are native (_bz2, a Rust port of libbzip2, so the bytes equal CPython's); this
file owns the API: BZ2Compressor and BZ2Decompressor with their checks and bookkeeping,
one-shot compress/decompress (every concatenated stream), BZ2File and open().
"""

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]

import builtins
import io
import os
import _bz2
import _compression

_CLOSED, _READING, _WRITING = 0, 1, 2
_WRITE_MODES = ("w", "wb", "x", "xb", "a", "ab")


def _check_level(level):
    if not 1 <= level <= 9:
        raise ValueError("compresslevel must be between 1 and 9")


def _open_target(target, mode):
    """(file object, whether we opened it) for a path or an open file object."""
    if isinstance(target, (str, bytes, os.PathLike)):
        return builtins.open(target, mode), True
    if hasattr(target, "read") or hasattr(target, "write"):
        return target, False
    raise TypeError("filename must be a str, bytes, file or PathLike object")


class BZ2Compressor:
    """Compresses data given piece by piece into one bzip2 stream."""

    def __init__(self, compresslevel=9, /):
        _check_level(compresslevel)
        self._stream = _bz2.compressor(compresslevel)
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        return _bz2.compress(self._stream, data, False)

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        return _bz2.compress(self._stream, b"", True)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class BZ2Decompressor:
    """Decompresses one bzip2 stream given piece by piece."""

    def __init__(self):
        self._stream = _bz2.decompressor()
        self._pending = b""
        self.eof = False
        self.unused_data = b""
        self.needs_input = True

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        data = self._pending + memoryview(data).tobytes()
        out, used, ended = _bz2.decompress(self._stream, data, max_length)
        rest = data[used:]
        if ended:
            self.eof = True
            self.needs_input = False
            self.unused_data = rest
            self._pending = b""
        elif rest:
            self._pending = rest
            self.needs_input = False
        else:
            self._pending = b""
            self.needs_input = not (0 <= max_length == len(out))
        return out

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


BZ2Compressor.__module__ = BZ2Decompressor.__module__ = "_bz2"


def _as_index(size):
    if isinstance(size, int):
        return size
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError("Integer argument expected") from None


class BZ2File(_compression.BaseStream):
    """A file (or file object) of bzip2-compressed data, read or written as plain bytes."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        self._file = None
        self._owns_fp = False
        self._state = _CLOSED
        _check_level(compresslevel)
        kind = {"": "r", "r": "r", "rb": "r"}.get(mode) or (mode[:1] if mode in _WRITE_MODES else None)
        if kind is None:
            raise ValueError(f"Invalid mode: {mode!r}")
        mode_code = _READING if kind == "r" else _WRITING
        if mode_code == _WRITING:
            self._packer = BZ2Compressor(compresslevel)
        self._file, self._owns_fp = _open_target(filename, kind + "b")
        self._state = mode_code
        if mode_code == _READING:
            raw = _compression.DecompressReader(self._file, BZ2Decompressor, trailing_error=OSError)
            self._reader = io.BufferedReader(raw)
        else:
            self._written = 0

    def close(self):
        if self._state == _CLOSED:
            return
        try:
            if self._state == _READING:
                self._reader.close()
            elif self._state == _WRITING:
                self._file.write(self._packer.flush())
                self._packer = None
        finally:
            try:
                if self._owns_fp:
                    self._file.close()
            finally:
                self._file = None
                self._owns_fp = False
                self._state = _CLOSED
                self._reader = None

    @property
    def closed(self):
        return self._state == _CLOSED

    def fileno(self):
        self._check_not_closed()
        return self._file.fileno()

    def seekable(self):
        return self.readable() and self._reader.seekable()

    def readable(self):
        self._check_not_closed()
        return self._state == _READING

    def writable(self):
        self._check_not_closed()
        return self._state == _WRITING

    def peek(self, n=0):
        self._check_can_read()
        return self._reader.peek(n)

    def read(self, size=-1):
        self._check_can_read()
        return self._reader.read(size)

    def read1(self, size=-1):
        self._check_can_read()
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._reader.read1(size)

    def readinto(self, b):
        self._check_can_read()
        return self._reader.readinto(b)

    def readline(self, size=-1):
        size = _as_index(size)
        self._check_can_read()
        return self._reader.readline(size)

    def readlines(self, size=-1):
        size = _as_index(size)
        self._check_can_read()
        return self._reader.readlines(size)

    def __iter__(self):
        self._check_can_read()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._file.write(self._packer.compress(data))
        self._written += length
        return length

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_can_seek()
        return self._reader.seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self._state == _READING:
            return self._reader.tell()
        return self._written

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File in binary mode, or wrapped in an io.TextIOWrapper in text mode ('t')."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError(f"Invalid mode: {mode!r}")
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


def compress(data, compresslevel=9):
    """`data` as one bzip2 stream."""
    packer = BZ2Compressor(compresslevel)
    head = packer.compress(data)
    return head + packer.flush()


def decompress(data):
    """The contents of every bzip2 stream concatenated in `data`."""
    pieces = []
    while data:
        dec = BZ2Decompressor()
        try:
            out = dec.decompress(data)
        except OSError:
            if pieces:
                break
            raise
        pieces.append(out)
        if not dec.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = dec.unused_data
    return b"".join(pieces)
