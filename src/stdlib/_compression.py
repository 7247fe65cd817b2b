"""_compression: what bz2, lzma and gzip share (as CPython's module of that name).

BaseStream is the file side's state checks; CompressedFile is the whole file object of
BZ2File and LZMAFile (a compressor to write through, a buffered DecompressReader to read
from), leaving each module only its own modes and streams. DecompressReader is a raw stream
of the decompressed bytes of a compressed file, reading every stream concatenated in it.
open_target, wrap_text and settle_decompressor are the pieces of the modules' open()s and
decompressor objects that read alike.
"""

import builtins
import io
import os
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

_MODE_CLOSED, _MODE_READ, _MODE_WRITE = 0, 1, 3


def open_target(target, mode):
    """(file object, whether we opened it) for a path, opened in `mode`, or an open file object."""
    if isinstance(target, (str, bytes, os.PathLike)):
        return builtins.open(target, mode), True
    if hasattr(target, "read") or hasattr(target, "write"):
        return target, False
    raise TypeError("filename must be a str, bytes, file or PathLike object")


def check_text_args(mode, encoding, errors, newline):
    """The argument checks of a compression module's open(): text settings only in 't' modes."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError(f"Invalid mode: {mode!r}")
        return
    for given, what in ((encoding, "encoding"), (errors, "errors"), (newline, "newline")):
        if given is not None:
            raise ValueError(f"Argument '{what}' not supported in binary mode")


def wrap_text(binary, mode, encoding, errors, newline):
    """`binary` itself, or in a text mode an io.TextIOWrapper over it."""
    if "t" in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary


def settle_decompressor(dec, out, data, used, ended, max_length):
    """Updates a decompressor object's eof, unused_data, needs_input and held-back input after
    one native step consumed `used` bytes of `data` and produced `out`; returns `out`."""
    rest = data[used:]
    if ended:
        dec.eof = True
        dec.needs_input = False
        dec.unused_data = rest
        dec._pending = b""
    elif rest:
        dec._pending = rest
        dec.needs_input = False
    else:
        dec._pending = b""
        dec.needs_input = not (0 <= max_length == len(out))
    return out


class BaseStream(io.BufferedIOBase):
    """State checks for the compressed file classes."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported on files open for reading")
        if not self.seekable():
            raise io.UnsupportedOperation("The underlying file object does not support seeking")


class CompressedFile(BaseStream):
    """A compressed file read or written as plain bytes: the file object of BZ2File and LZMAFile.

    A subclass checks its arguments, then calls _attach with either the compressor to write
    through or a function making the raw decompressing stream of the opened file.
    """

    _fp = None
    _closefp = False
    _mode = _MODE_CLOSED

    def _attach(self, target, letter, compressor=None, raw_reader=None):
        """Opens `target` for mode `letter` ('r', 'w', 'x' or 'a') in binary."""
        if compressor is not None:
            self._compressor = compressor
            self._pos = 0
        self._fp, self._closefp = open_target(target, letter + "b")
        if raw_reader is None:
            self._mode = _MODE_WRITE
        else:
            self._mode = _MODE_READ
            self._buffer = io.BufferedReader(raw_reader(self._fp))

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_READ:
                self._buffer.close()
                self._buffer = None
            elif self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable() and self._buffer.seekable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def peek(self, size=-1):
        self._check_can_read()
        return self._buffer.peek(size)

    def read(self, size=-1):
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_can_read()
        return self._buffer.read1(io.DEFAULT_BUFFER_SIZE if size < 0 else size)

    def readline(self, size=-1):
        self._check_can_read()
        return self._buffer.readline(size)

    def readlines(self, size=-1):
        self._check_can_read()
        return self._buffer.readlines(size)

    def write(self, data):
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_can_seek()
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self._mode == _MODE_READ:
            return self._buffer.tell()
        return self._pos


class DecompressReader(io.RawIOBase):
    """The decompressed contents of file object `fp`, as a read-only raw stream.

    `factory(**args)` makes a decompressor (with decompress(data, max_length), eof,
    unused_data, needs_input); a new one starts after each stream's end while data remains.
    Errors of type `trailing_error` in a later stream mean trailing garbage: the end.
    """

    def readable(self):
        return True

    def __init__(self, fp, factory, trailing_error=(), **args):
        self._fp = fp
        self._eof = False
        self._pos = 0
        self._size = -1
        self._factory = factory
        self._args = args
        self._decompressor = factory(**args)
        self._trailing_error = trailing_error

    def close(self):
        self._decompressor = None
        return super().close()

    def seekable(self):
        return self._fp.seekable()

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as flat:
            data = self.read(len(flat))
            flat[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._eof:
            return b""
        data = None
        while True:
            dec = self._decompressor
            if dec.eof:
                rest = dec.unused_data or self._fp.read(BUFFER_SIZE)
                if not rest:
                    break
                self._decompressor = self._factory(**self._args)
                try:
                    data = self._decompressor.decompress(rest, size)
                except self._trailing_error:
                    break
            else:
                if dec.needs_input:
                    raw = self._fp.read(BUFFER_SIZE)
                    if not raw:
                        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
                else:
                    raw = b""
                data = dec.decompress(raw, size)
            if data:
                break
        if not data:
            self._eof = True
            self._size = self._pos
            return b""
        self._pos += len(data)
        return data

    def readall(self):
        pieces = []
        while True:
            data = self.read(sys.maxsize)
            if not data:
                break
            pieces.append(data)
        return b"".join(pieces)

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._decompressor = self._factory(**self._args)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError(f"Invalid value for whence: {whence}")
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(io.DEFAULT_BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos

    def tell(self):
        return self._pos
