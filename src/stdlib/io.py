"""io: the stream ABCs (IOBase, RawIOBase, BufferedIOBase, TextIOBase) with the methods they
give subclasses, in-memory text and byte streams (StringIO, BytesIO), TextIOWrapper and the
buffered readers, writers and pairs over any binary stream, IncrementalNewlineDecoder,
text_encoding and open_code. TextIOWrapper and BufferedReader/Writer/Random are the native
classes of _io whose instances the built-in open() returns; the _Py* classes here implement
them for streams over Python objects (registered with _io._set_implementation), and the
native classes are registered as virtual subclasses of the ABCs."""

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'BufferedRandom',
           'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

import _io
import abc as _abc
import sys as _sys
from _io import UnsupportedOperation, FileIO
from builtins import open, BlockingIOError


def open_code(path):
    """Opens a file of code for reading, in binary mode."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when `encoding` is None: 'utf-8' in UTF-8 mode, else 'locale' (with
    an EncodingWarning under -X warn_default_encoding)."""
    if encoding is not None:
        return encoding
    if _sys.flags.warn_default_encoding:
        import warnings
        warnings.warn("'encoding' argument not specified.", EncodingWarning, stacklevel + 1)
    return 'utf-8' if _sys.flags.utf8_mode else 'locale'


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


def _writable_view(b):
    """A byte view of a writable buffer, as readinto() needs."""
    try:
        view = memoryview(b)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError(f"readinto() argument must be read-write bytes-like object, not {type(b).__name__}")
    return view.cast('B') if view.format != 'B' or view.ndim != 1 else view


def _refuses(name):
    """A base class's method for what only a subclass can do: UnsupportedOperation(name)."""
    def method(self, *args):
        raise UnsupportedOperation(name)
    method.__name__ = name
    return method


class IOBase(_io._IOBase, metaclass=_abc.ABCMeta):
    """The base of every stream: closing, `with`, iteration by lines and readline()/readlines()/
    writelines() built on read() and write(), and the answers of a stream that can do nothing
    (not seekable, readable or writable; no descriptor)."""

    # The flag lives in the instance's dict under CPython's name for it.
    @property
    def closed(self):
        return getattr(self, '__IOBase_closed', False)

    def close(self):
        if getattr(self, '__IOBase_closed', False):
            return
        try:
            self.flush()
        finally:
            setattr(self, '__IOBase_closed', True)

    def flush(self):
        if getattr(self, '__IOBase_closed', False):
            raise ValueError("I/O operation on closed file.")

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    seek = _refuses("seek")

    def tell(self):
        return self.seek(0, 1)

    truncate = _refuses("truncate")
    fileno = _refuses("fileno")

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        limit = _size_arg(size)
        peek = getattr(self, 'peek', None)
        line = bytearray()
        while limit < 0 or len(line) < limit:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError(f"peek() should have returned a bytes object, not '{type(ahead).__name__}'")
                if ahead:
                    end = ahead.find(b'\n') + 1 or len(ahead)
                    want = end if limit < 0 else min(end, limit - len(line))
            got = self.read(want)
            if not isinstance(got, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(got).__name__}'")
            if not got:
                break
            line += got
            if line.endswith(b'\n'):
                break
        return bytes(line)

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(_io._RawIOBase, IOBase):
    """Unbuffered binary streams: read() and readall() built on readinto()."""

    def read(self, size=-1):
        if size is None:
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        size = size.__index__()
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not chunks:
                    return None
                break
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, *args):
        raise NotImplementedError

    def write(self, *args):
        raise NotImplementedError


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    """Buffered binary streams: readinto() and readinto1() built on read() and read1()."""

    read = _refuses("read")
    read1 = _refuses("read1")
    write = _refuses("write")
    detach = _refuses("detach")

    def _fill(self, b, reader):
        view = _writable_view(b)
        data = reader(view.nbytes)
        n = len(data)
        view[:n] = data
        return n

    def readinto(self, b):
        return self._fill(b, self.read)

    def readinto1(self, b):
        return self._fill(b, self.read1)


class TextIOBase(_io._TextIOBase, IOBase):
    """Text streams: what a stream of str does not support until a subclass says otherwise."""

    read = _refuses("read")
    readline = _refuses("readline")
    write = _refuses("write")
    detach = _refuses("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _size_hint(hint, bytes_io=False):
    """readlines' hint as CPython takes it: an int (or an __index__), None for no limit (BytesIO
    words its TypeError its own way)."""
    if hint is None:
        return -1
    if not hasattr(type(hint), '__index__'):
        if bytes_io:
            raise TypeError(f"integer argument expected, got '{type(hint).__name__}'")
        raise TypeError(f"argument should be integer or None, not '{type(hint).__name__}'")
    return type(hint).__index__(hint)


class _Lines:
    """readlines() and iteration by lines over a class's readline(): shared by _fdio's
    descriptor files, sockets' files and gzip. readlines(hint) stops once the lines read
    hold more than hint characters, as CPython's IOBase (BytesIO's: hint or more)."""
    _hint_inclusive = False

    def readlines(self, hint=-1):
        hint = _size_hint(hint, self._hint_inclusive)
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

    __next__ = IOBase.__next__


_NEWLINES = (None, '', '\n', '\r', '\r\n')


def _incremental_decode(data, encoding, errors, final):
    """Decodes what it can of `data`: (text, bytes kept for the next chunk). A sequence cut off at the
    end of a chunk waits for the rest, unless this is the last chunk."""
    try:
        return data.decode(encoding, errors), b''
    except UnicodeDecodeError as e:
        if final or e.end < len(data) or len(data) - e.start > 4:
            raise
        return data[:e.start].decode(encoding, errors), data[e.start:]


class _PyTextIOWrapper(TextIOBase):
    """Text read from and written to a binary stream (a BytesIO, a binary file, any object with the
    buffered methods): decoding with `encoding`/`errors`, newline translation as `newline` asks,
    flushing at each line with `line_buffering`."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in _NEWLINES:
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        ''.encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoded = ''
        self._pending = b''
        self._cr_pending = False
        self._eof = False
        self._seen = set()
        self._written = []
        self._written_len = 0

    # -- attributes
    def _check_buffer(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    @property
    def buffer(self):
        return self._check_buffer()

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._check_buffer().closed

    @property
    def name(self):
        return self._check_buffer().name

    @property
    def newlines(self):
        if self._newline not in (None, '') or not self._seen:
            return None
        found = tuple(nl for nl in ('\r', '\n', '\r\n') if nl in self._seen)
        return found[0] if len(found) == 1 else found

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(f'name={self.name!r}')
        except (AttributeError, ValueError):
            pass
        try:
            parts.append(f'mode={self._buffer.mode!r}')
        except AttributeError:
            pass
        parts.append(f'encoding={self._encoding!r}>')
        return ' '.join(parts)

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self._check_buffer().readable()

    def writable(self):
        return self._check_buffer().writable()

    def seekable(self):
        return self._check_buffer().seekable()

    def isatty(self):
        return self._check_buffer().isatty()

    def fileno(self):
        return self._check_buffer().fileno()

    # -- reading
    def _translate(self, text, final):
        """Universal newlines: '\\r\\n' and '\\r' become '\\n' (a '\\r' at a chunk's end waits)."""
        if self._cr_pending:
            text = '\r' + text
            self._cr_pending = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._cr_pending = True
        if '\r' in text or '\n' in text:
            if '\r\n' in text:
                self._seen.add('\r\n')
            rest = text.replace('\r\n', '')
            if '\r' in rest:
                self._seen.add('\r')
            if '\n' in rest:
                self._seen.add('\n')
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _read_chunk(self, size=DEFAULT_BUFFER_SIZE):
        """Decodes the next chunk of the buffer into `_decoded`; False at the end of the stream."""
        if self._eof:
            return False
        buffer = self._check_buffer()
        self._write_pending()
        data = buffer.read1(size) if hasattr(buffer, 'read1') else buffer.read(size)
        if data is None:
            data = b''
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"underlying read() should have returned a bytes object, not '{type(data).__name__}'")
        final = not data
        text, self._pending = _incremental_decode(self._pending + bytes(data), self._encoding, self._errors, final)
        self._decoded += self._translate(text, final)
        if final:
            self._eof = True
        return not final

    def _check_readable(self):
        self._check_open()
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        if size < 0:
            buffer = self._check_buffer()
            self._write_pending()
            data = buffer.read()
            data = b'' if data is None else bytes(data)
            text, self._pending = _incremental_decode(self._pending + data, self._encoding, self._errors, True)
            out = self._decoded + self._translate(text, True)
            self._decoded = ''
            self._eof = False
            return out
        while len(self._decoded) < size and self._read_chunk():
            pass
        out, self._decoded = self._decoded[:size], self._decoded[size:]
        if not self._decoded:
            self._eof = False
        return out

    def _line_end(self, text, start):
        """The index just past the first line ending in text[start:], or -1."""
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n', start)
            return -1 if i < 0 else i + 1
        if nl == '':
            for i in range(start, len(text)):
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -2
            return -1
        i = text.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._line_end(self._decoded, start)
            if end >= 0:
                break
            if 0 <= size <= len(self._decoded):
                end = size
                break
            start = max(0, len(self._decoded) - 1)
            if not self._read_chunk():
                end = len(self._decoded)
                break
        if 0 <= size < end:
            end = size
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        if not line:
            self._eof = False
        return line

    def readlines(self, hint=-1):
        hint = _size_hint(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    # -- writing
    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.writable():
            raise UnsupportedOperation("not writable")
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self._written.append(text.encode(self._encoding, self._errors))
        self._written_len += len(self._written[-1])
        if self._write_through or self._written_len >= DEFAULT_BUFFER_SIZE or (
                self._line_buffering and ('\n' in s or '\r' in s)):
            self.flush()
        self._decoded = ''
        self._pending = b''
        return len(s)

    def _write_pending(self):
        """Hands the text written so far to the buffer."""
        if self._written:
            data = b''.join(self._written)
            self._written = []
            self._written_len = 0
            self._check_buffer().write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        buffer = self._check_buffer()
        self._check_open()
        self._write_pending()
        buffer.flush()

    def close(self):
        buffer = self._check_buffer()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        buffer = self._check_buffer()
        self.flush()
        self._buffer = None
        return buffer

    # -- positions
    def tell(self):
        self._check_open()
        buffer = self._check_buffer()
        if not buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self._write_pending()
        unread = len(self._decoded.encode(self._encoding, self._errors)) + len(self._pending)
        return buffer.tell() - unread

    def seek(self, cookie, whence=0):
        self._check_open()
        buffer = self._check_buffer()
        if not buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        elif cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.flush()
        self._decoded = ''
        self._pending = b''
        self._cr_pending = False
        self._eof = False
        return buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._check_buffer().truncate(pos)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()


class _Buffered:
    """What the buffered reader and writer share: the raw stream's attributes, `with`."""
    _reading = True

    def readable(self):
        return self._reading

    def writable(self):
        return not self._reading

    def seekable(self):
        return self._raw.seekable()

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def mode(self):
        return self._raw.mode

    @property
    def name(self):
        return self._raw.name

    def fileno(self):
        return self._raw.fileno()

    def __repr__(self):
        cls = type(self)
        shown = f'_io.{cls.__name__}' if cls.__module__ == '_io' else cls.__name__
        try:
            return f'<{shown} name={self.name!r}>'
        except AttributeError:
            return f'<{shown}>'

    def isatty(self):
        return self._raw.isatty()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BufferedReading(_Buffered):
    """Reading a raw stream (an object with readinto() or read()) through a buffer."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._buf = b''

    def _raw_read(self, n):
        if hasattr(self._raw, 'readinto'):
            b = bytearray(n)
            got = self._raw.readinto(b)
            return None if got is None else bytes(b[:got])
        return self._raw.read(n)

    def read(self, size=-1):
        if size is None or size < 0:
            chunks = [self._buf]
            self._buf = b''
            if hasattr(self._raw, 'readall'):
                data = self._raw.readall()
                return b''.join(chunks) + (data or b'')
            while True:
                data = self._raw_read(self.buffer_size)
                if not data:
                    return b''.join(chunks)
                chunks.append(data)
        while len(self._buf) < size:
            data = self._raw_read(max(self.buffer_size, size - len(self._buf)))
            if not data:
                break
            self._buf += data
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def read1(self, size=-1):
        if not self._buf:
            data = self._raw_read(self.buffer_size if size is None or size < 0 else max(size, 1))
            self._buf = data or b''
        if size is None or size < 0:
            size = len(self._buf)
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def peek(self, size=0):
        if not self._buf:
            self._buf = self._raw_read(self.buffer_size) or b''
        return self._buf

    def readline(self, size=-1):
        out = b''
        while True:
            i = self._buf.find(b'\n')
            if i >= 0:
                end = i + 1
                if size is not None and 0 <= size < len(out) + end:
                    end = size - len(out)
                out += self._buf[:end]
                self._buf = self._buf[end:]
                return out
            if size is not None and 0 <= size <= len(out) + len(self._buf):
                end = size - len(out)
                out += self._buf[:end]
                self._buf = self._buf[end:]
                return out
            out += self._buf
            self._buf = self._raw_read(self.buffer_size) or b''
            if not self._buf:
                return out

    def tell(self):
        return self._raw.tell() - len(self._buf)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b''
        return self._raw.seek(pos, whence)

    def flush(self):
        pass

    def close(self):
        self._raw.close()

    def detach(self):
        raw, self._raw = self._raw, None
        return raw



class _BufferedWriting(_Buffered):
    """Writing to a raw stream through a buffer, flushed when full, on flush() and on close()."""
    _reading = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._wbuf = bytearray()

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        data = bytes(b)
        if len(self._wbuf) + len(data) > self.buffer_size:
            self.flush()
        if len(data) > self.buffer_size:
            self._raw.write(data)
        else:
            self._wbuf += data
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                break
            del self._wbuf[:n]

    def tell(self):
        return self._raw.tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        self.flush()
        return self._raw.seek(pos, whence)

    def close(self):
        if not self._raw.closed:
            try:
                self.flush()
            finally:
                self._raw.close()

    def detach(self):
        self.flush()
        raw, self._raw = self._raw, None
        return raw


class _PyBufferedReader(_BufferedReading, BufferedIOBase):
    """Reads a raw stream through a buffer."""


class _PyBufferedWriter(_BufferedWriting, BufferedIOBase):
    """Writes to a raw stream through a buffer."""


class _PyBufferedRandom(_BufferedReading, _BufferedWriting, BufferedIOBase):
    """Reads and writes a seekable raw stream through one buffer each way: a write first gives
    back what was read ahead, a read first writes out what is pending."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        _BufferedReading.__init__(self, raw, buffer_size)
        self._wbuf = bytearray()

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return self._raw.writable()

    def _give_back(self):
        # The raw position goes back to where the reader is.
        if self._buf:
            self._raw.seek(-len(self._buf), 1)
            self._buf = b''

    def _write_out(self):
        if self._wbuf:
            _BufferedWriting.flush(self)

    def read(self, size=-1):
        self._write_out()
        return _BufferedReading.read(self, size)

    def read1(self, size=-1):
        self._write_out()
        return _BufferedReading.read1(self, size)

    def peek(self, size=0):
        self._write_out()
        return _BufferedReading.peek(self, size)

    def readline(self, size=-1):
        self._write_out()
        return _BufferedReading.readline(self, size)

    def write(self, b):
        self._give_back()
        return _BufferedWriting.write(self, b)

    def tell(self):
        return self._raw.tell() - len(self._buf) + len(self._wbuf)

    def seek(self, pos, whence=0):
        self._write_out()
        return _BufferedReading.seek(self, pos, whence)

    def truncate(self, pos=None):
        self._write_out()
        self._give_back()
        if pos is None:
            pos = self._raw.tell()
        return self._raw.truncate(pos)

    def flush(self):
        _BufferedWriting.flush(self)

    def close(self):
        _BufferedWriting.close(self)

    def detach(self):
        return _BufferedWriting.detach(self)


class BufferedRWPair(BufferedIOBase):
    """One stream made of two: reads come from `reader`, writes go to `writer` (the two ends of
    a pipe, say), each through its own buffer."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def readinto(self, b):
        return BufferedIOBase.readinto(self, b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.raw.isatty() or self.writer.raw.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


# What IncrementalNewlineDecoder has seen, as bits of `_seen`; `newlines` by their sum.
_LF, _CR, _CRLF = 1, 2, 4
_SEEN_NAMES = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'), ('\r', '\n', '\r\n'))


class IncrementalNewlineDecoder:
    """Decodes with `decoder` (or takes str as it is when decoder is None), notes which line
    endings went by, and with `translate` turns '\\r\\n' and '\\r' into '\\n'. A '\\r' at the end of
    a chunk is held back until the next one shows whether a '\\n' follows."""
    __module__ = '_io'

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._cr_held = False

    def decode(self, input, final=False):
        if self.decoder is None:
            text = input
        else:
            text = self.decoder.decode(input, final=final)
        if not isinstance(text, str):
            raise TypeError(f"decoder should return a string result, not '{type(text).__name__}'")
        if self._cr_held and (text or final):
            text = '\r' + text
            self._cr_held = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._cr_held = True
        pairs = text.count('\r\n')
        if pairs:
            self._seen |= _CRLF
        if text.count('\r') > pairs:
            self._seen |= _CR
        if text.count('\n') > pairs:
            self._seen |= _LF
        if self.translate:
            if pairs:
                text = text.replace('\r\n', '\n')
            if '\r' in text:
                text = text.replace('\r', '\n')
        return text

    def getstate(self):
        if self.decoder is None:
            pending, flag = b'', 0
        else:
            pending, flag = self.decoder.getstate()
        return pending, (flag << 1) | int(self._cr_held)

    def setstate(self, state):
        pending, flag = state
        self._cr_held = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((pending, flag >> 1))

    def reset(self):
        self._seen = 0
        self._cr_held = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _SEEN_NAMES[self._seen]


# The classes of files are the native ones of _io; the classes above implement them for
# streams over Python objects (io.TextIOWrapper(io.BytesIO()), user subclasses).
from _io import TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, StringIO, BytesIO
for _native, _impl, _abstract in ((TextIOWrapper, _PyTextIOWrapper, TextIOBase),
                                  (BufferedReader, _PyBufferedReader, BufferedIOBase),
                                  (BufferedWriter, _PyBufferedWriter, BufferedIOBase),
                                  (BufferedRandom, _PyBufferedRandom, BufferedIOBase)):
    _io._set_implementation(_native, _impl)
    _abstract.register(_native)
RawIOBase.register(FileIO)
TextIOBase.register(StringIO)
BufferedIOBase.register(BytesIO)
del _native, _impl, _abstract
