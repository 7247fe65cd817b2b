"""io: in-memory text and byte streams (StringIO, BytesIO), and the names of the stream errors.
Files themselves come from the built-in open()."""

__all__ = ['StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


from _io import UnsupportedOperation


class _Lines:
    """readlines() and iteration by lines over a class's readline(): shared by the
    in-memory streams here and _fdio's descriptor files. readlines(hint) stops once the lines read
    hold more than hint characters, as CPython's IOBase (BytesIO's: hint or more)."""
    _hint_inclusive = False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint and (total >= hint if self._hint_inclusive else total > hint):
                return lines

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _Memory(_Lines):
    """A growable buffer with a position, shared by StringIO and BytesIO."""
    _empty = ''

    def __init__(self, initial_value=None):
        self._tail = []
        self._tail_len = 0
        self._buf = self._empty if initial_value is None else initial_value
        if not isinstance(self._buf, type(self._empty)):
            raise TypeError(f"initial_value must be {type(self._empty).__name__} or None, not {type(initial_value).__name__}")
        self._pos = 0
        self.closed = False

    # Writes at the end (the usual case: a log, a report being built) are kept as a list of
    # pieces and joined when the whole buffer is next needed, so n writes cost O(n), not O(n^2).
    @property
    def _buf(self):
        if self._tail:
            self._joined = self._joined + self._empty.join(self._tail)
            self._tail = []
            self._tail_len = 0
        return self._joined

    @_buf.setter
    def _buf(self, value):
        self._joined = value
        self._tail = []
        self._tail_len = 0

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            if self._empty == '':
                raise TypeError(f"string argument expected, got '{type(s).__name__}'")
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
        if self._pos == len(self._joined) + self._tail_len:
            self._tail.append(s)
            self._tail_len += len(s)
            self._pos += len(s)
            return len(s)
        end = self._pos + len(s)
        if self._pos > len(self._buf):
            gap = self._pos - len(self._buf)
            self._buf = self._buf + ('\0' * gap if self._empty == '' else bytes(gap))
        self._buf = self._buf[:self._pos] + s + self._buf[end:]
        self._pos = end
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        newline = '\n' if self._empty == '' else b'\n'
        i = self._buf.find(newline, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Memory):
    """Text kept in memory, read and written like a file."""
    __module__ = '_io'
    _empty = ''

    def __init__(self, initial_value='', newline='\n'):
        _Memory.__init__(self, '' if initial_value is None else initial_value)


class BytesIO(_Memory):
    """Bytes kept in memory, read and written like a binary file."""
    __module__ = '_io'
    _empty = b''
    _hint_inclusive = True

    def __init__(self, initial_bytes=b''):
        _Memory.__init__(self, b'' if initial_bytes is None else initial_bytes)
