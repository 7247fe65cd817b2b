"""zlib: deflate compression (zlib, raw and gzip framing), as CPython 3.11's module.

The streams are native (_zlib, on the system zlib through the flate2 crate, so the bytes
produced equal CPython's at the same settings); this file owns the Python API: the wbits
conventions, argument checks with CPython's errors, and the Compress/Decompress objects
with their eof, unused_data and unconsumed_tail bookkeeping.

Not supported: memLevel and strategy other than the defaults (they are checked, then
the defaults are used), flush(Z_BLOCK / Z_TREES), and copy() of stream objects.
"""

import binascii
import _zlib
from _zlib import error

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'

Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1

Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4

Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6

# How _zlib names the framing.
_ZLIB, _RAW, _GZIP, _DETECT = range(4)

_BAD_LEVEL = "Bad compression level"
_BAD_OPTION = "Invalid initialization option"
_INCONSISTENT = "inconsistent stream state"


def _deflate_framing(wbits):
    """(framing, window bits) for compressing, or None when wbits is invalid."""
    if 8 <= wbits <= 15:
        return _ZLIB, max(wbits, 9)
    if -15 <= wbits <= -9:
        return _RAW, -wbits
    if 25 <= wbits <= 31:
        return _GZIP, wbits - 16
    return None


def _inflate_framing(wbits):
    """(framing, window bits) for decompressing, or None when wbits is invalid."""
    if wbits == 0:
        return _ZLIB, 15
    for low, framing in ((8, _ZLIB), (24, _GZIP), (40, _DETECT)):
        if low <= wbits <= low + 7:
            return framing, wbits - low + 8
    if wbits in (16, 32):
        return (_GZIP if wbits == 16 else _DETECT), 15
    if -15 <= wbits <= -8:
        return _RAW, -wbits
    return None


def _buffer(data, what=None):
    try:
        return memoryview(data).tobytes()
    except TypeError:
        if what:
            raise TypeError(what) from None
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _index(value):
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted "
                            f"as an integer") from None
    return value


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """`data` compressed in one go."""
    data = _buffer(data)
    level, wbits = _index(level), _index(wbits)
    framing = _deflate_framing(wbits)
    if framing is None or not -1 <= level <= 9:
        raise error(_BAD_LEVEL)
    stream = _zlib.deflater(level, framing[0], framing[1], None)
    return _zlib.deflate(stream, data, Z_FINISH)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """`data` decompressed in one go; anything after the end of the stream is ignored."""
    data = _buffer(data)
    wbits, bufsize = _index(wbits), _index(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    framing = _inflate_framing(wbits)
    if framing is None:
        raise error(f"Error -2 while preparing to decompress data: {_INCONSISTENT}")
    stream = _zlib.inflater(framing[0], framing[1], None)
    out, _, finished = _zlib.inflate(stream, data, 0)
    if not finished:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


def crc32(data, value=0, /):
    """The CRC-32 of `data`, continuing from `value`."""
    return binascii.crc32(_buffer(data), _index(value) & 0xffffffff)


def adler32(data, value=1, /):
    """The Adler-32 checksum of `data`, continuing from `value`."""
    return _zlib.adler32(_buffer(data), _index(value) & 0xffffffff)


class Compress:
    """A compression stream (made by compressobj)."""

    def __init__(self, stream):
        self._stream = stream
        self._finished = False

    def compress(self, data, /):
        """Compresses more data; returns what output is ready (perhaps nothing)."""
        data = _buffer(data)
        if self._finished:
            raise error(f"Error -2 while compressing data: {_INCONSISTENT}")
        return _zlib.deflate(self._stream, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        """Outputs the pending data; Z_FINISH (the default) ends the stream."""
        mode = _index(mode)
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished or not Z_PARTIAL_FLUSH <= mode <= Z_FINISH:
            raise error(f"Error -2 while flushing: {_INCONSISTENT}")
        out = _zlib.deflate(self._stream, b'', mode)
        if mode == Z_FINISH:
            self._finished = True
        return out


class Decompress:
    """A decompression stream (made by decompressobj)."""

    def __init__(self, stream):
        self._stream = stream
        self.eof = False
        self.unused_data = b''
        self.unconsumed_tail = b''

    def _run(self, data, limit):
        if self.eof:
            out, rest = b'', data
        else:
            out, used, self.eof = _zlib.inflate(self._stream, data, limit)
            rest = data[used:]
        if self.eof:
            self.unused_data += rest
        # What CPython keeps as the tail: the input left over, except that a stream
        # ending with no tail pending leaves it empty.
        if self.unconsumed_tail or not self.eof:
            self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        """Decompresses more data, at most `max_length` bytes of output when it is not 0
        (the input left over is kept in unconsumed_tail)."""
        data = _buffer(data)
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        return self._run(data, max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        """Decompresses what is left of unconsumed_tail; returns the output."""
        if _index(length) <= 0:
            raise ValueError("length must be greater than zero")
        return self._run(self.unconsumed_tail, 0)


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A Compress object for data that comes in pieces."""
    level, method, wbits = _index(level), _index(method), _index(wbits)
    memLevel, strategy = _index(memLevel), _index(strategy)
    if zdict is not None:
        zdict = _buffer(zdict, "zdict argument must support the buffer protocol")
    framing = _deflate_framing(wbits)
    if (framing is None or not -1 <= level <= 9 or method != DEFLATED
            or not 1 <= memLevel <= 9 or not 0 <= strategy <= Z_FIXED):
        raise ValueError(_BAD_OPTION)
    return _Compress(_zlib.deflater(level, framing[0], framing[1], zdict))


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """A Decompress object for data that comes in pieces."""
    wbits = _index(wbits)
    zdict = _buffer(zdict, "zdict argument must support the buffer protocol")
    framing = _inflate_framing(wbits)
    if framing is None:
        raise ValueError(_BAD_OPTION)
    return _Decompress(_zlib.inflater(framing[0], framing[1], zdict or None))


# As in CPython, the stream types are reachable only through their objects.
_Compress, _Decompress = Compress, Decompress
del Compress, Decompress
