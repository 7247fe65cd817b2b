"""gzip: reading and writing gzip (RFC 1952) files and data, as CPython 3.11's module.

Owns the member format (header fields, CRC-32 and size trailer, several members in a row),
GzipFile (a binary file object that compresses on write and decompresses on read, with
seek emulated by rewinding), open() (binary or text), the one-shot compress/decompress
and BadGzipFile. The deflate work is zlib's.
"""

import builtins
import io
import os
import struct
import sys
import time
import zlib
import _compression

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_MAGIC = b'\037\213'
_CHUNK = 64 * 1024
_UNKNOWN_OS = 255


class BadGzipFile(OSError):
    """Data that is not a well-formed gzip member."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """Opens a gzip file: a GzipFile in binary modes, a TextIOWrapper over one in text
    modes ('rt', 'wt', 'at', 'xt'). `filename` is a path or a file object."""
    _compression.check_text_args(mode, encoding, errors, newline)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    return _compression.wrap_text(binary, mode, encoding, errors, newline)


def _header(level, mtime, name=b''):
    """A member header: no extra fields, the name if any, the level hint, OS unknown."""
    flags = FNAME if name else 0
    hint = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    head = _MAGIC + struct.pack('<BBIBB', 8, flags, int(mtime) & 0xffffffff, hint, _UNKNOWN_OS)
    if name:
        head += name + b'\000'
    return head


class _Source:
    """Compressed bytes read from a file object, with look-ahead and push-back."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.pending = b''

    def take(self, n):
        """Exactly n bytes, or fewer at the end of the file."""
        while len(self.pending) < n:
            more = self.fileobj.read(max(n - len(self.pending), _CHUNK))
            if not more:
                break
            self.pending += more
        got, self.pending = self.pending[:n], self.pending[n:]
        return got

    def chunk(self):
        if self.pending:
            got, self.pending = self.pending, b''
            return got
        return self.fileobj.read(_CHUNK)

    def push_back(self, data):
        self.pending = data + self.pending


def _need(source, n):
    data = source.take(n)
    if len(data) < n:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    return data


def _read_header(source):
    """Reads one member header; returns its mtime, or None at the end of the data."""
    magic = source.take(2)
    if magic == b'':
        return None
    if magic != _MAGIC:
        raise BadGzipFile(f'Not a gzipped file ({magic!r})')
    method, flags, mtime = struct.unpack("<BBIxx", _need(source, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        size, = struct.unpack("<H", _need(source, 2))
        _need(source, size)
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            while _need(source, 1) != b'\000':
                pass
    if flags & FHCRC:
        _need(source, 2)
    return mtime


class _Reader:
    """The decompressed bytes of all the members of a gzip stream, in order."""

    def __init__(self, fileobj, brief_errors=False):
        self.source = _Source(fileobj)
        self.start_member()
        self.finished = False
        self.mtime = None
        # gzip.decompress words its check failures without the values.
        self.brief_errors = brief_errors

    def start_member(self):
        self.inflater = None
        self.crc = zlib.crc32(b'')
        self.size = 0

    def _end_member(self):
        crc, size = struct.unpack("<II", _need(self.source, 8))
        if crc != self.crc:
            if self.brief_errors:
                raise BadGzipFile("CRC check failed")
            raise BadGzipFile(f"CRC check failed {hex(crc)} != {hex(self.crc)}")
        if size != self.size & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        # Zero bytes may pad the space between members.
        while True:
            byte = self.source.take(1)
            if byte != b'\000':
                self.source.push_back(byte)
                break
        self.start_member()

    def read(self):
        """The next piece of decompressed data (b'' at the end)."""
        while not self.finished:
            if self.inflater is None:
                mtime = _read_header(self.source)
                if mtime is None:
                    self.finished = True
                    return b''
                self.mtime = mtime
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            raw = self.source.chunk()
            out = self.inflater.decompress(raw)
            if self.inflater.eof:
                self.source.push_back(self.inflater.unused_data)
            elif not raw:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            self.crc = zlib.crc32(out, self.crc)
            self.size += len(out)
            if self.inflater.eof:
                self._end_member()
            if out:
                return out
        return b''


class GzipFile(io._Lines):
    """A gzip file (or file object) read or written as plain bytes. Modes 'r', 'rb', 'a',
    'ab', 'w', 'wb', 'x', 'xb'; `mtime` is the time stamped into written headers.
    readlines() and iteration come from io's line-reading base, over readline()."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError(f"Invalid mode: {mode!r}")
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        given_mode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self._buffer = b''
            self._at = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if given_mode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in "
                              "future Python releases.  Specify the mode argument for "
                              "opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._size = 0
            self._crc = zlib.crc32(b'')
            self._written = 0
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                              -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError(f"Invalid mode: {mode!r}")
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """The mtime of the last member header read."""
        return self._reader.mtime if self.mode == READ else None

    def __repr__(self):
        shown = repr(self.fileobj)
        return '<gzip ' + shown[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_header(self, level):
        name = os.path.basename(self.name)
        if not isinstance(name, bytes):
            name = name.encode('latin-1')
        if name.endswith(b'.gz'):
            name = name[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(level, mtime, name))

    # -- state checks

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _check_mode(self, wanted, verb):
        self._check_not_closed()
        if self.mode != wanted:
            import errno
            raise OSError(errno.EBADF, f"{verb}() on {'write' if wanted == READ else 'read'}-only GzipFile object")

    @property
    def closed(self):
        return self.fileobj is None

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    # -- writing

    def write(self, data):
        """Compresses and writes `data`; returns its length in bytes."""
        self._check_mode(WRITE, 'write')
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
            data = data.tobytes()
        if length > 0:
            self.fileobj.write(self._deflater.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._written += length
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        target = self.fileobj
        if target is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                target.write(self._deflater.flush())
                target.write(struct.pack("<II", self._crc, self._size & 0xffffffff))
        finally:
            own = self.myfileobj
            if own:
                self.myfileobj = None
                own.close()

    # -- reading

    def _fill(self, want):
        """Decompresses until `want` bytes are buffered (want < 0: everything)."""
        while want < 0 or len(self._buffer) < want:
            more = self._reader.read()
            if not more:
                break
            self._buffer += more

    def _take(self, n):
        got, self._buffer = self._buffer[:n], self._buffer[n:]
        self._at += len(got)
        return got

    def read(self, size=-1):
        self._check_mode(READ, 'read')
        if size is None or size < 0:
            self._fill(-1)
            return self._take(len(self._buffer))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_mode(READ, 'read1')
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buffer:
            self._fill(1)
        return self._take(size)

    def peek(self, n):
        self._check_mode(READ, 'peek')
        if not self._buffer:
            self._fill(1)
        return self._buffer

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_mode(READ, 'readline')
        if size is None:
            size = -1
        scanned = 0
        while True:
            end = self._buffer.find(b'\n', scanned)
            if end >= 0:
                stop = end + 1
                break
            if 0 <= size <= len(self._buffer):
                stop = size
                break
            scanned = len(self._buffer)
            before = len(self._buffer)
            self._fill(before + _CHUNK)
            if len(self._buffer) == before:
                stop = before
                break
        if 0 <= size < stop:
            stop = size
        return self._take(stop)

    # -- positioning

    def rewind(self):
        """Goes back to the start of the decompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _Reader(self.fileobj)
        self._buffer = b''
        self._at = 0

    def tell(self):
        self._check_not_closed()
        return self._at if self.mode == READ else self._written

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._check_not_closed()
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._written + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self._written:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._written))
            return self._written
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset = self._at + offset
        elif whence == io.SEEK_END:
            self._fill(-1)
            offset = self._at + len(self._buffer) + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < self._at:
            self.rewind()
        while self._at < offset:
            if not self.read(min(offset - self._at, _CHUNK)):
                break
        return self._at

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """`data` as one gzip member (stamped with the current time unless `mtime` is given)."""
    if mtime == 0:
        # zlib writes the whole member itself when there is no time stamp to set.
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    data = memoryview(data).tobytes()
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xffffffff)
    return _header(compresslevel, mtime) + body + trailer


def decompress(data):
    """The concatenated contents of every gzip member in `data`."""
    return _Reader(io.BytesIO(memoryview(data).tobytes()), brief_errors=True).read_all()


def _read_all(reader):
    pieces = []
    while True:
        piece = reader.read()
        if not piece:
            return b''.join(pieces)
        pieces.append(piece)


_Reader.read_all = _read_all


def main():
    """gzip [-d] [--fast | --best] [file ...]: compress to FILE.gz, or decompress (-d)
    FILE.gz to FILE; with no file (or '-'), stdin to stdout."""
    from argparse import ArgumentParser
    parser = ArgumentParser(description="A simple command line interface for the gzip module: "
                                        "act like gzip, but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument("-d", "--decompress", action="store_true",
                       help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar='file')
    args = parser.parse_args()
    level = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        level = _COMPRESS_LEVEL_FAST
    elif args.best:
        level = _COMPRESS_LEVEL_BEST
    for arg in args.args:
        if args.decompress:
            if arg == "-":
                source = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                target = sys.stdout.buffer
            else:
                if arg[-3:] != ".gz":
                    sys.exit(f"filename doesn't end in .gz: {arg!r}")
                source = open(arg, "rb")
                target = builtins.open(arg[:-3], "wb")
        else:
            if arg == "-":
                source = sys.stdin.buffer
                target = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer,
                                  compresslevel=level)
            else:
                source = builtins.open(arg, "rb")
                target = open(arg + ".gz", "wb")
        while True:
            block = source.read(io.DEFAULT_BUFFER_SIZE)
            if not block:
                break
            target.write(block)
        if target is not sys.stdout.buffer:
            target.close()
        if source is not sys.stdin.buffer:
            source.close()


if __name__ == '__main__':
    main()
