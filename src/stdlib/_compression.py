"""_compression: what bz2 and lzma files share (as CPython's module of that name).

BaseStream is the file side's state checks; DecompressReader is a raw stream of the
decompressed bytes of a compressed file, reading every stream concatenated in it, that the
file classes put an io.BufferedReader on.
"""

import io
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE


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
