"""A file object over an OS descriptor (os.read, os.write, os.lseek): what os.fdopen and
tempfile's files return, readable and writable at once ('w+b', 'r+'), seekable."""

import _os
from io import _Lines


def _binary_mode(mode):
    # How CPython's FileIO names its mode: 'w+b' is 'rb+', 'ab' stays 'ab'.
    plus = '+' in mode
    if 'x' in mode:
        return 'xb+' if plus else 'xb'
    if 'a' in mode:
        return 'ab+' if plus else 'ab'
    if plus:
        return 'rb+'
    return 'rb' if 'r' in mode else 'wb'


def _complete(data, encoding):
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


class FdFile(_Lines):
    """Binary or text I/O over a descriptor, with seek and tell."""

    def __init__(self, fd, mode, name, encoding=None, closefd=True):
        self._fd = fd
        self._binary = 'b' in mode
        self.mode = _binary_mode(mode) if self._binary else mode
        self.name = name
        self.encoding = None if self._binary else (encoding or 'utf-8')
        self._closefd = closefd
        self.closed = False
        self._readable = 'r' in mode or '+' in mode
        self._writable = any(c in mode for c in 'wax+')
        if 'a' in mode:
            _os.lseek(fd, 0, 2)

    def _check(self, what=None):
        if self.closed:
            if self._binary and what:
                raise ValueError(f'{what} of closed file' if what != 'write' else 'write to closed file')
            raise ValueError('I/O operation on closed file.')

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        return True

    def isatty(self):
        return _os.isatty(self._fd)

    def _read_bytes(self, n):
        if not self._readable:
            import io
            raise io.UnsupportedOperation('read')
        if n is None or n < 0:
            chunks = []
            while True:
                chunk = _os.read(self._fd, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
            return b''.join(chunks)
        out = b''
        while len(out) < n:
            chunk = _os.read(self._fd, n - len(out))
            if not chunk:
                break
            out += chunk
        return out

    def read(self, size=-1):
        self._check('read')
        if self._binary:
            return self._read_bytes(size)
        if size is None or size < 0:
            return self._read_bytes(-1).decode(self.encoding)
        # `size` characters: read more while the tail is a partial UTF-8 sequence or short.
        data = b''
        text = ''
        while len(text) < size:
            more = self._read_bytes(size - len(text) if not data or _complete(data, self.encoding) else 1)
            if not more:
                break
            data += more
            if _complete(data, self.encoding):
                text = data.decode(self.encoding)
        return data.decode(self.encoding)

    def readline(self, size=-1):
        self._check()
        out = b''
        while size is None or size < 0 or len(out) < size:
            ch = self._read_bytes(1)
            if not ch:
                break
            out += ch
            if ch == b'\n':
                break
        return out if self._binary else out.decode(self.encoding)

    def write(self, data):
        self._check('write')
        if not self._writable:
            import io
            raise io.UnsupportedOperation('write')
        if self._binary:
            if isinstance(data, str):
                raise TypeError(f"a bytes-like object is required, not 'str'")
            raw = bytes(data)
        else:
            if not isinstance(data, str):
                raise TypeError(f'write() argument must be str, not {type(data).__name__}')
            raw = data.encode(self.encoding)
        view = raw
        while view:
            n = _os.write(self._fd, view)
            view = view[n:]
        return len(raw) if self._binary else len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check()
        raise OSError('truncate is not supported')

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            if self._closefd:
                _os.close(self._fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self._binary:
            kind = '_io.BufferedRandom' if '+' in self.mode else ('_io.BufferedReader' if 'r' in self.mode else '_io.BufferedWriter')
            return f'<{kind} name={self.name!r}>'
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"
