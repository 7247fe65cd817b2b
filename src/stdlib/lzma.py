"""lzma: LZMA and xz compression, as CPython 3.11's module.

The streams are native (_lzma, liblzma itself, so the bytes equal CPython's); this file owns
the API: the constants, filter-chain specs (dicts) checked and handed down as tuples,
LZMACompressor and LZMADecompressor with their bookkeeping (eof, unused_data, needs_input,
check), one-shot compress/decompress (every concatenated stream), LZMAFile and open().
"""

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256",
    "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64",
    "FILTER_ARM", "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC",
    "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE", "FORMAT_RAW",
    "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4",
    "MODE_FAST", "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME",
    "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

import _lzma
import _compression
from _lzma import LZMAError, is_check_supported

FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256 = 0, 1, 4, 10
CHECK_ID_MAX, CHECK_UNKNOWN = 15, 16
FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21
FILTER_DELTA = 0x03
FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC = 4, 5, 6, 7, 8, 9
MF_HC3, MF_HC4, MF_BT2, MF_BT3, MF_BT4 = 0x03, 0x04, 0x12, 0x13, 0x14
MODE_FAST, MODE_NORMAL = 1, 2
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000

_LZMA_KEYS = ("preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth")
_BCJ = (FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC)
_XZ_MAGIC = b"\xfd7zXZ\x00"


def _filter_chain(filters):
    """A list of filter dicts as the tuples _lzma takes."""
    chain = []
    for spec in filters:
        try:
            ident = spec["id"]
        except (KeyError, TypeError):
            if not hasattr(spec, "keys"):
                raise TypeError("Filter specifier must be a dict or dict-like object") from None
            raise ValueError('Filter specifier must have an "id" entry') from None
        if ident in (FILTER_LZMA1, FILTER_LZMA2):
            keys, what = _LZMA_KEYS, "LZMA"
        elif ident == FILTER_DELTA:
            keys, what = ("dist",), "delta"
        elif ident in _BCJ:
            keys, what = ("start_offset",), "BCJ"
        else:
            raise ValueError(f"Invalid filter ID: {ident}")
        for key in spec:
            if key != "id" and key not in keys:
                raise ValueError(f"Invalid filter specifier for {what} filter")
        chain.append((ident,) + tuple(spec.get(key) for key in keys))
    if len(chain) > 4:
        raise ValueError("Too many filters - liblzma supports a maximum of 4")
    return chain


class LZMACompressor:
    """Compresses data given piece by piece into one .xz, .lzma or raw stream."""

    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        if format not in (FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f"Invalid container format: {format}")
        if format != FORMAT_XZ and check not in (-1, CHECK_NONE):
            raise ValueError("Integrity checks are only supported by FORMAT_XZ")
        if preset is not None and filters is not None:
            raise ValueError("Cannot specify both preset and filter chain")
        chain = None if filters is None else _filter_chain(filters)
        self._stream = _lzma.compressor(format, check, preset, chain)
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        return _lzma.compress(self._stream, data, False)

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        return _lzma.compress(self._stream, b"", True)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class LZMADecompressor:
    """Decompresses one .xz, .lzma or raw stream given piece by piece."""

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        if format not in (FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f"Invalid container format: {format}")
        if memlimit is not None and format == FORMAT_RAW:
            raise ValueError("Cannot specify memory limit with FORMAT_RAW")
        if format == FORMAT_RAW and filters is None:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if format != FORMAT_RAW and filters is not None:
            raise ValueError("Cannot specify filters except with FORMAT_RAW")
        chain = None if filters is None else _filter_chain(filters)
        self._stream = _lzma.decompressor(format, memlimit, chain)
        self._format = format
        self._head = b""
        self._pending = b""
        self.check = CHECK_UNKNOWN if format in (FORMAT_AUTO, FORMAT_XZ) else CHECK_NONE
        self.eof = False
        self.unused_data = b""
        self.needs_input = True

    def _note_header(self, data, used):
        """Learns the integrity check once the stream header has been read."""
        if len(self._head) < 12:
            self._head += data[:12 - len(self._head)]
        if self.check == CHECK_UNKNOWN and used and len(self._head) >= 12:
            if self._head.startswith(_XZ_MAGIC):
                self.check = self._head[7] & 0x0F
            else:
                self.check = CHECK_NONE

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("Already at end of stream")
        data = self._pending + memoryview(data).tobytes()
        out, used, ended = _lzma.decompress(self._stream, data, max_length)
        self._note_header(data, used)
        return _compression.settle_decompressor(self, out, data, used, ended, max_length)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


LZMACompressor.__module__ = LZMADecompressor.__module__ = "_lzma"


class LZMAFile(_compression.CompressedFile):
    """A file (or file object) of .xz/.lzma data, read or written as plain bytes."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
            self._attach(filename, "r", raw_reader=lambda fp: _compression.DecompressReader(
                fp, LZMADecompressor, trailing_error=LZMAError, format=format, filters=filters))
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            if format is None:
                format = FORMAT_XZ
            compressor = LZMACompressor(format=format, check=check, preset=preset, filters=filters)
            self._attach(filename, mode[0], compressor=compressor)
        else:
            raise ValueError(f"Invalid mode: {mode!r}")


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """An LZMAFile in binary mode, or wrapped in an io.TextIOWrapper in text mode ('t')."""
    _compression.check_text_args(mode, encoding, errors, newline)
    binary = LZMAFile(filename, mode.replace("t", ""), format=format, check=check,
                      preset=preset, filters=filters)
    return _compression.wrap_text(binary, mode, encoding, errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """`data` as one compressed stream."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """The contents of every compressed stream concatenated in `data`."""
    pieces = []
    while True:
        dec = LZMADecompressor(format, memlimit, filters)
        try:
            out = dec.decompress(data)
        except LZMAError:
            if pieces:
                break
            raise
        pieces.append(out)
        if not dec.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = dec.unused_data
        if not data:
            break
    return b"".join(pieces)
