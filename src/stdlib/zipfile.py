"""zipfile: reading and writing ZIP archives — ZipFile (modes r, w, x, a; entries stored or
deflated; namelist/infolist/getinfo/read/open/write/writestr/extract/extractall/printdir/
testzip), ZipInfo, is_zipfile, BadZipFile. Archives are read whole through the central
directory; ZIP64 and encryption are not supported. Methods: stored, deflate, bzip2, lzma."""

import binascii
import io
import os
import stat
import struct
import sys
import time

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when an archive would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_METHOD_NAMES = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
                 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
                 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd'}

# Record layouts (little-endian): local file header, central directory entry, end record.
_LOCAL = struct.Struct('<4s2B4HL2L2H')
_CENTRAL = struct.Struct('<4s4B4HL2L5H2L')
_END = struct.Struct('<4s4H2LH')
_LOCAL_MAGIC = b'PK\003\004'
_CENTRAL_MAGIC = b'PK\001\002'
_END_MAGIC = b'PK\005\006'

# The same facts under CPython's public names.
from binascii import crc32  # noqa: E402
compressor_names = _METHOD_NAMES
structFileHeader, structCentralDir, structEndArchive = _LOCAL.format, _CENTRAL.format, _END.format
stringFileHeader, stringCentralDir, stringEndArchive = _LOCAL_MAGIC, _CENTRAL_MAGIC, _END_MAGIC
sizeFileHeader, sizeCentralDir, sizeEndCentDir = _LOCAL.size, _CENTRAL.size, _END.size
# ZIP64's records (read and written by CPython; gilpy's ZipFile refuses ZIP64 archives).
stringEndArchive64, sizeEndCentDir64 = b'PK\006\006', 56
stringEndArchive64Locator, sizeEndCentDir64Locator = b'PK\006\007', 20

# Member names without the UTF-8 flag are in IBM PC code page 437: its upper half.
_CP437_HIGH = (
    '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5'
    '\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192'
    '\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb'
    '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510'
    '\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567'
    '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'
    '\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229'
    '\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0')


def _cp437(raw):
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


def _check_method(method):
    if method in (ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA):
        return
    raise NotImplementedError("That compression method is not supported")


# Versions needed to extract, by method (APPNOTE 4.4.3).
_METHOD_VERSIONS = {ZIP_BZIP2: 46, ZIP_LZMA: 63}
_LZMA_EOS_FLAG = 0x2


def _lzma_pack(data):
    """A ZIP_LZMA member body: a 4-byte version header, the LZMA1 properties, raw LZMA1 data."""
    import lzma
    # Preset 6 as liblzma sets it: lc=3, lp=0, pb=2 and an 8 MiB dictionary.
    lc, lp, pb, dict_size = 3, 0, 2, 1 << 23
    props = bytes([(pb * 5 + lp) * 9 + lc]) + dict_size.to_bytes(4, "little")
    chain = [{"id": lzma.FILTER_LZMA1, "lc": lc, "lp": lp, "pb": pb, "dict_size": dict_size}]
    body = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    return bytes([9, 4]) + len(props).to_bytes(2, "little") + props + body


def _lzma_unpack(raw):
    import lzma
    size = int.from_bytes(raw[2:4], "little")
    props = raw[4:4 + size]
    first = props[0]
    chain = [{"id": lzma.FILTER_LZMA1, "lc": first % 9, "lp": (first // 9) % 5, "pb": first // 45,
              "dict_size": int.from_bytes(props[1:5], "little")}]
    return lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=chain).decompress(raw[4 + size:])


def _dos_stamp(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    return (((year - 1980) << 9 | month << 5 | day), (hour << 11 | minute << 5 | second // 2))


def _from_dos(date, clock):
    return ((date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F,
            clock >> 11, (clock >> 5) & 0x3F, (clock & 0x1F) * 2)


class ZipInfo:
    """The description of one member of an archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', 'compress_level',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find(chr(0))
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self.compress_level = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % _METHOD_NAMES.get(self.compress_type, self.compress_type))
        mode, low = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            parts.append(' filemode=%r' % stat.filemode(mode))
        if low:
            parts.append(' external_attr=%#x' % low)
        directory = self.is_dir()
        if not directory or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if (not directory or self.compress_size) and \
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def is_dir(self):
        return self.filename.endswith('/')

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _UTF8_FLAG

    def FileHeader(self, zip64=None):
        """The local file header written before the member's data."""
        date, clock = _dos_stamp(self.date_time)
        name, flags = self._encoded_name()
        version = max(self.extract_version, DEFAULT_VERSION)
        return _LOCAL.pack(_LOCAL_MAGIC, version, self.reserved, flags, self.compress_type,
                           clock, date, self.CRC, self.compress_size, self.file_size,
                           len(name), len(self.extra)) + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """The ZipInfo of a file on disk, to be stored as arcname (default: its path)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        directory = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and stamp[0] < 1980:
            stamp = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and stamp[0] > 2107:
            stamp = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if directory:
            arcname += '/'
        info = cls(arcname, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if directory:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info


class ZipExtFile(io.BytesIO):
    """A member opened for reading: its uncompressed bytes, read like a binary file."""

    def __init__(self, data, info, mode='r'):
        super().__init__(data)
        self.name = info.filename
        self.mode = mode
        self._info = info

    def __repr__(self):
        if self.closed:
            return '<zipfile.ZipExtFile [closed]>'
        return '<zipfile.ZipExtFile name=%r mode=%r%s>' % (
            self.name, self.mode,
            '' if self._info.compress_type == ZIP_STORED
            else ' compress_type=%s' % _METHOD_NAMES.get(self._info.compress_type, self._info.compress_type))

    def writable(self):
        return False


class _MemberWriter(io.BytesIO):
    """A member opened for writing: collects the bytes, stored in the archive on close."""

    def __init__(self, archive, info):
        super().__init__()
        self._archive = archive
        self._info = info
        self.name = info.filename

    def close(self):
        if not self.closed:
            data = self.getvalue()
            super().close()
            self._archive._writing = False
            self._archive._add(self._info, data)

    def readable(self):
        return False


def _find_end(fp):
    """The end-of-central-directory record (fields, comment, its offset), or None."""
    fp.seek(0, 2)
    size = fp.tell()
    span = min(size, _END.size + ZIP_MAX_COMMENT)
    fp.seek(size - span)
    tail = fp.read()
    at = tail.rfind(_END_MAGIC)
    while at >= 0:
        if len(tail) - at >= _END.size:
            fields = _END.unpack(tail[at:at + _END.size])
            comment = tail[at + _END.size:at + _END.size + fields[7]]
            return fields, comment, size - span + at
        at = tail.rfind(_END_MAGIC, 0, at)
    return None


def is_zipfile(filename):
    """Whether filename (a path or a binary file object) holds a ZIP archive."""
    try:
        if hasattr(filename, 'read'):
            return _find_end(filename) is not None
        with open(filename, 'rb') as fp:
            return _find_end(fp) is not None
    except OSError:
        return False


class ZipFile:
    """ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True, compresslevel=None)"""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None,
                 *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_method(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._own_file = True
            self.filename = file
            open_mode = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            try:
                self.fp = io.open(file, open_mode)
            except FileNotFoundError:
                if mode != 'a':
                    raise
                mode = 'w'
                self.fp = io.open(file, 'w+b')
        else:
            self._own_file = False
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._start_dir = 0
        self._modified = False
        try:
            if mode == 'r':
                self._read_directory()
            elif mode == 'a':
                try:
                    self._read_directory()
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._start_dir = self.fp.tell()
                    self._modified = True
            else:
                self._modified = True
                try:
                    self._start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self._start_dir = 0
        except BaseException:
            if self._own_file:
                self.fp.close()
            self.fp = None
            raise

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        self.close()

    def __repr__(self):
        shown = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.fp is not None:
            if self._own_file:
                shown.append(' filename=%r' % self.filename)
            elif self.filename is not None:
                shown.append(' file=%r' % self.fp)
            else:
                shown.append(' file=%r' % self.fp)
            shown.append(' mode=%r' % self.mode)
        else:
            shown.append(' [closed]')
        shown.append('>')
        return ''.join(shown)

    def _read_directory(self):
        fp = self.fp
        try:
            found = _find_end(fp)
        except OSError:
            raise BadZipFile("File is not a zip file") from None
        if found is None:
            raise BadZipFile("File is not a zip file")
        fields, comment, end_at = found
        directory_size, directory_offset = fields[5], fields[6]
        self._comment = comment
        # Data may precede the archive (a self-extracting stub): offsets are then shifted.
        shift = end_at - directory_size - directory_offset
        self._start_dir = directory_offset + shift
        fp.seek(self._start_dir)
        data = fp.read(directory_size)
        at = 0
        while at < directory_size:
            if at + _CENTRAL.size > len(data):
                raise BadZipFile("Truncated central directory")
            record = _CENTRAL.unpack(data[at:at + _CENTRAL.size])
            if record[0] != _CENTRAL_MAGIC:
                raise BadZipFile("Bad magic number for central directory")
            at += _CENTRAL.size
            name_len, extra_len, comment_len = record[12], record[13], record[14]
            raw_name = data[at:at + name_len]
            at += name_len
            flags = record[5]
            if flags & _UTF8_FLAG:
                name = raw_name.decode('utf-8')
            else:
                name = raw_name.decode(self.metadata_encoding) if self.metadata_encoding else _cp437(raw_name)
            info = ZipInfo(name)
            info.extra = data[at:at + extra_len]
            at += extra_len
            info.comment = data[at:at + comment_len]
            at += comment_len
            info.header_offset = record[18] + shift
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type, clock, date, info.CRC, info.compress_size,
             info.file_size) = record[1:12]
            info.volume, info.internal_attr, info.external_attr = record[15:18]
            info._raw_time = clock
            info.date_time = _from_dos(date, clock)
            info.orig_filename = name
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is damaged, or None."""
        for info in self.filelist:
            try:
                self._member_bytes(info)
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._comment = comment[:ZIP_MAX_COMMENT]
        self._modified = True

    def _member(self, name):
        return name if isinstance(name, ZipInfo) else self.getinfo(name)

    def _member_bytes(self, info):
        if self.fp is None:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        fp = self.fp
        fp.seek(info.header_offset)
        header = fp.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        fields = _LOCAL.unpack(header)
        if fields[0] != _LOCAL_MAGIC:
            raise BadZipFile("Bad magic number for file header")
        name = fp.read(fields[10])
        fp.read(fields[11])
        if fields[3] & _UTF8_FLAG:
            stored_name = name.decode('utf-8')
        else:
            stored_name = name.decode(self.metadata_encoding) if self.metadata_encoding else _cp437(name)
        if stored_name != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.' % (info.orig_filename, name))
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise NotImplementedError("encrypted members are not supported")
        raw = fp.read(info.compress_size)
        if info.compress_type == ZIP_STORED:
            data = raw
        elif info.compress_type == ZIP_DEFLATED:
            import zlib
            data = zlib.decompressobj(-15).decompress(raw)
        elif info.compress_type == ZIP_BZIP2:
            import bz2
            data = bz2.BZ2Decompressor().decompress(raw)
        elif info.compress_type == ZIP_LZMA:
            data = _lzma_unpack(raw)
        else:
            _check_method(info.compress_type)
        if binascii.crc32(data) != info.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % info.filename)
        return data

    def read(self, name, pwd=None):
        """The uncompressed bytes of a member."""
        if self.mode not in ('r', 'a') and self.fp is not None and not self.filelist:
            pass
        return self._member_bytes(self._member(name))

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A member as a binary file: to read (mode 'r') or, in a writable archive, to write."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if self.fp is None:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if mode == "w":
            if self.mode == 'r':
                raise ValueError("write() requires mode 'w', 'x', or 'a'")
            if isinstance(name, ZipInfo):
                info = name
            else:
                info = ZipInfo(name, time.localtime(time.time())[:6])
                info.compress_type = self.compression
                info.compress_level = self.compresslevel
                info.external_attr = 0o600 << 16
            self._writing = True
            return _MemberWriter(self, info)
        info = self._member(name)
        return ZipExtFile(self._member_bytes(info), info)

    def _compress(self, info, data):
        _check_method(info.compress_type)
        if info.compress_type == ZIP_DEFLATED:
            import zlib
            level = info.compress_level
            if level is None:
                level = zlib.Z_DEFAULT_COMPRESSION
            packer = zlib.compressobj(level, zlib.DEFLATED, -15)
            return packer.compress(data) + packer.flush()
        if info.compress_type == ZIP_BZIP2:
            import bz2
            level = info.compress_level
            return bz2.compress(data, 9 if level is None else level)
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= _LZMA_EOS_FLAG
            return _lzma_pack(data)
        return data

    def _add(self, info, data):
        """Writes one member (header and data) where the central directory will start."""
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=4)
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        packed = self._compress(info, data)
        info.file_size = len(data)
        info.compress_size = len(packed)
        info.CRC = binascii.crc32(data)
        if info.compress_type == ZIP_DEFLATED:
            info.extract_version = max(info.extract_version, DEFAULT_VERSION)
            info.create_version = max(info.create_version, DEFAULT_VERSION)
        elif info.compress_type in _METHOD_VERSIONS:
            needed = _METHOD_VERSIONS[info.compress_type]
            info.extract_version = max(info.extract_version, needed)
            info.create_version = max(info.create_version, needed)
        if max(info.file_size, info.compress_size, self._start_dir) > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        self.fp.seek(self._start_dir)
        info.header_offset = self._start_dir
        self.fp.write(info.FileHeader())
        self.fp.write(packed)
        self._start_dir = self.fp.tell()
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info
        self._modified = True

    def _check_writable(self):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if self.fp is None:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Stores the file (or directory entry) `filename` under arcname."""
        self._check_writable()
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self._add(info, b'')
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info.compress_level = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, 'rb') as src:
            data = src.read()
        self._add(info, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Stores `data` (bytes, or str written as UTF-8) as a member."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info.compress_level = self.compresslevel
            if info.filename.endswith('/'):
                info.external_attr = 0o40775 << 16
                info.external_attr |= 0x10
            else:
                info.external_attr = 0o600 << 16
        self._check_writable()
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info.compress_level = compresslevel
        self._add(info, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            info.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable()
        self._add(info, b'')

    def extract(self, member, path=None, pwd=None):
        """Writes a member under `path` (default: the current directory); its path there."""
        return self._extract_member(self._member(member), os.getcwd() if path is None else os.fspath(path))

    def extractall(self, path=None, members=None, pwd=None):
        """Writes every member (or those named in `members`) under `path`."""
        targets = self.namelist() if members is None else members
        base = os.getcwd() if path is None else os.fspath(path)
        for member in targets:
            self._extract_member(self._member(member), base)

    def _extract_member(self, info, base):
        # Only the plain parts of the stored name are used: no absolute paths, no '..'.
        parts = [part for part in info.filename.split('/') if part not in ('', os.curdir, os.pardir)]
        target = os.path.normpath(os.path.join(base, *parts)) if parts else os.path.normpath(base)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        data = self._member_bytes(info)
        with open(target, 'wb') as out:
            out.write(data)
        return target

    def _write_directory(self):
        fp = self.fp
        fp.seek(self._start_dir)
        start = self._start_dir
        for info in self.filelist:
            date, clock = _dos_stamp(info.date_time)
            name, flags = info._encoded_name()
            fp.write(_CENTRAL.pack(_CENTRAL_MAGIC, info.create_version, info.create_system,
                                   max(info.extract_version, DEFAULT_VERSION), info.reserved, flags,
                                   info.compress_type, clock, date, info.CRC, info.compress_size,
                                   info.file_size, len(name), len(info.extra), len(info.comment),
                                   0, info.internal_attr, info.external_attr, info.header_offset))
            fp.write(name)
            fp.write(info.extra)
            fp.write(info.comment)
        end = fp.tell()
        count = len(self.filelist)
        if count > ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Files count would require ZIP64 extensions")
        fp.write(_END.pack(_END_MAGIC, 0, 0, count, count, end - start, start, len(self._comment)))
        fp.write(self._comment)
        if fp.seekable() and self.mode == 'a':
            fp.truncate()
        fp.flush()

    def close(self):
        """Writes the central directory (archives being written) and closes the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                self._write_directory()
        finally:
            fp, self.fp = self.fp, None
            if self._own_file:
                fp.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


PyZipFile = ZipFile


_PATH_PARTS = ('CompleteDirs', 'FastLookup', 'Path')


def __getattr__(name):
    # Path and its helpers subclass ZipFile, so they live in a module of their own that imports
    # this one: loaded when first asked for, so that either module can be imported first.
    if name in _PATH_PARTS:
        import _zipfile_path
        return getattr(_zipfile_path, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_PATH_PARTS))


def main(args=None):
    """`python -m zipfile`: list (-l), extract (-e), create (-c) or test (-t) an archive."""
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface for zipfile module.')
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument('-l', '--list', metavar='<zipfile>', help='Show listing of a zipfile')
    what.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                      help='Extract zipfile into target dir')
    what.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                      help='Create zipfile from sources')
    what.add_argument('-t', '--test', metavar='<zipfile>', help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    options = parser.parse_args(args)
    encoding = options.metadata_encoding
    if options.test is not None:
        with ZipFile(options.test, 'r', metadata_encoding=encoding) as archive:
            bad = archive.testzip()
        if bad:
            print(f'The following enclosed file is corrupted: {bad!r}')
        print('Done testing')
    elif options.list is not None:
        with ZipFile(options.list, 'r', metadata_encoding=encoding) as archive:
            archive.printdir()
    elif options.extract is not None:
        source, target = options.extract
        with ZipFile(source, 'r', metadata_encoding=encoding) as archive:
            archive.extractall(target)
    elif options.create is not None:
        if encoding:
            print('Non-conforming encodings not supported with -c.', file=sys.stderr)
            sys.exit(1)
        name, *sources = options.create

        def add(archive, path, inside):
            # Files are deflated; a folder gets an entry (unless it is the root) and its
            # contents in name order; anything else is skipped.
            if os.path.isfile(path):
                archive.write(path, inside, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if inside:
                    archive.write(path, inside)
                for entry in sorted(os.listdir(path)):
                    add(archive, os.path.join(path, entry), os.path.join(inside, entry))

        with ZipFile(name, 'w') as archive:
            for path in sources:
                inside = os.path.basename(path) or os.path.basename(os.path.dirname(path))
                if inside in ('', os.curdir, os.pardir):
                    inside = ''
                add(archive, path, inside)


if __name__ == '__main__':
    main()
