"""bz2: bzip2 compression, as CPython 3.11's module.

The streams are native (_bz2, a Rust port of libbzip2, so the bytes equal CPython's); this
file owns the API: BZ2Compressor and BZ2Decompressor with their checks and bookkeeping,
one-shot compress/decompress (every concatenated stream), BZ2File and open().
"""

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]

import _bz2
import _compression

_WRITE_MODES = ("w", "wb", "x", "xb", "a", "ab")


def _check_level(level):
    if not 1 <= level <= 9:
        raise ValueError("compresslevel must be between 1 and 9")


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
        return _compression.settle_decompressor(self, out, data, used, ended, max_length)

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


class BZ2File(_compression.CompressedFile):
    """A file (or file object) of bzip2-compressed data, read or written as plain bytes."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        _check_level(compresslevel)
        letter = {"": "r", "r": "r", "rb": "r"}.get(mode) or (mode[:1] if mode in _WRITE_MODES else None)
        if letter is None:
            raise ValueError(f"Invalid mode: {mode!r}")
        if letter == "r":
            self._attach(filename, letter, raw_reader=lambda fp: _compression.DecompressReader(
                fp, BZ2Decompressor, trailing_error=OSError))
        else:
            self._attach(filename, letter, compressor=BZ2Compressor(compresslevel))

    def peek(self, n=0):
        return super().peek(n)

    def readinto(self, b):
        self._check_can_read()
        return self._buffer.readinto(b)

    def readline(self, size=-1):
        return super().readline(_as_index(size))

    def readlines(self, size=-1):
        return super().readlines(_as_index(size))


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File in binary mode, or wrapped in an io.TextIOWrapper in text mode ('t')."""
    _compression.check_text_args(mode, encoding, errors, newline)
    binary = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    return _compression.wrap_text(binary, mode, encoding, errors, newline)


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
