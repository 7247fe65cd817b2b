"""Tar archives.

An archive is a run of 512-byte blocks: for each member a header block (the ustar layout of
_FIELDS below), then its data padded to whole blocks; two zero blocks end it, and the file is
padded to a record of 20 blocks. Names or numbers too big for a header travel in an extension
member before it: a pax header ('x', 'path=...' records; the default format) or GNU long-name
blocks ('L', 'K'). TarInfo is one member's header; TarFile an archive open for reading ('r',
'r:gz', 'r|gz', ':bz2', ':xz'), writing ('w', 'x', 'w:gz', 'w:bz2', 'w:xz') or appending ('a').
The compression comes from the gzip, bz2 and lzma modules."""

import copy
import io
import os
import stat
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

__all__ = [
    "TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError", "StreamError",
    "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
    "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter", "tar_filter", "FilterError",
    "AbsoluteLinkError", "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
    "LinkOutsideDestinationError",
]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE = b"0", b"\0", b"1", b"2"
CHRTYPE, BLKTYPE, DIRTYPE, FIFOTYPE, CONTTYPE = b"3", b"4", b"5", b"6", b"7"
GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE = b"L", b"K", b"S"
XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE = b"x", b"g", b"X"

USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = 0, 1, 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

ENCODING = sys.getfilesystemencoding()

# The header block, field by field: (name, width in bytes, kind). 'text' is NUL-padded, 'number'
# octal digits ending in NUL, 'raw' bytes as they are; 'checksum' is computed over the block.
_FIELDS = [
    ("name", 100, "text"), ("mode", 8, "number"), ("uid", 8, "number"), ("gid", 8, "number"),
    ("size", 12, "number"), ("mtime", 12, "number"), ("chksum", 8, "checksum"), ("type", 1, "raw"),
    ("linkname", 100, "text"), ("magic", 8, "raw"), ("uname", 32, "text"), ("gname", 32, "text"),
    ("devmajor", 8, "number"), ("devminor", 8, "number"), ("prefix", 155, "text"), ("pad", 12, "raw"),
]

# pax keywords that set a TarInfo attribute, with how their text becomes its value.
_PAX_ATTRIBUTES = {"path": ("name", str), "linkpath": ("linkname", str), "size": ("size", int),
                   "mtime": ("mtime", float), "uid": ("uid", int), "gid": ("gid", int),
                   "uname": ("uname", str), "gname": ("gname", str)}


# ---- errors ----------------------------------------------------------------------------------

class TarError(Exception):
    """The root of tarfile's errors."""


class ExtractError(TarError):
    """A problem while extracting that is only fatal with errorlevel 2."""


class ReadError(TarError):
    """An archive that cannot be read."""


class CompressionError(TarError):
    """A compression method that is not available."""


class StreamError(TarError):
    """What a stream archive cannot do."""


class HeaderError(TarError):
    """A header block that is not right."""


class EmptyHeaderError(HeaderError):
    pass


class TruncatedHeaderError(HeaderError):
    pass


class EOFHeaderError(HeaderError):
    pass


class InvalidHeaderError(HeaderError):
    pass


class SubsequentHeaderError(HeaderError):
    pass


class FilterError(TarError):
    """A member an extraction filter refuses."""

    def __init__(self, tarinfo, message):
        self.tarinfo = tarinfo
        super().__init__(message)


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        super().__init__(tarinfo, f"member {tarinfo.name!r} has an absolute path")


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self._path = path
        super().__init__(tarinfo, f"{tarinfo.name!r} would be extracted to {path!r}, which is outside the destination")


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        super().__init__(tarinfo, f"{tarinfo.name!r} is a special file")


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        super().__init__(tarinfo, f"{tarinfo.name!r} is a link to an absolute path")


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self._path = path
        super().__init__(tarinfo, f"{tarinfo.name!r} would link to {path!r}, which is outside the destination")


# ---- header blocks ---------------------------------------------------------------------------

def _octal(value, width, format):
    """A number field: octal digits and a NUL; GNU base-256 for what octal cannot hold."""
    value = int(value)
    if 0 <= value < 8 ** (width - 1):
        return b"%0*o" % (width - 1, value) + NUL
    if format == GNU_FORMAT and -(256 ** (width - 1)) <= value < 256 ** (width - 1):
        marker = 0o200 if value >= 0 else 0o377
        return bytes([marker]) + (value % 256 ** (width - 1)).to_bytes(width - 1, "big")
    raise ValueError("overflow in number field")


def _number(field):
    """The value of a number field (octal text, or base-256 when its first byte says so)."""
    if field[:1] in (b"\x80", b"\xff"):
        value = int.from_bytes(field[1:], "big")
        return value - 256 ** (len(field) - 1) if field[0] == 0xFF else value
    text = field.split(NUL, 1)[0].strip()
    try:
        return int(text or b"0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header") from None


def _text(field, encoding, errors):
    return field.split(NUL, 1)[0].decode(encoding, errors)


def _checksums(block):
    """The header's checksum counted as unsigned and as signed bytes (the field as spaces)."""
    rest = block[:148] + b" " * 8 + block[156:]
    unsigned = sum(rest)
    signed = sum(b - 256 if b > 127 else b for b in rest)
    return unsigned, signed


def _build_block(values, format, encoding, errors):
    """A header block from a dict of field values (missing ones empty or zero)."""
    pieces = []
    for name, width, kind in _FIELDS:
        value = values.get(name)
        if kind == "text":
            raw = (value or "").encode(encoding, errors)
            pieces.append(raw[:width].ljust(width, NUL))
        elif kind == "number":
            if name in ("devmajor", "devminor") and values.get("type") not in (CHRTYPE, BLKTYPE):
                pieces.append(NUL * width)
            else:
                pieces.append(_octal(value or 0, width, format))
        elif kind == "checksum":
            pieces.append(b" " * width)
        else:
            pieces.append((value or b"").ljust(width, NUL)[:width])
    block = b"".join(pieces)
    checksum = b"%06o" % _checksums(block)[0] + NUL + b" "
    return block[:148] + checksum + block[156:]


def _padded(data):
    return data + NUL * (-len(data) % BLOCKSIZE)


def _pax_records(pairs):
    """'LEN keyword=value\\n' records, each LEN counting its whole record."""
    out = b""
    for keyword, value in pairs:
        body = b" " + keyword.encode("utf-8") + b"=" + value + b"\n"
        length = len(body) + 1
        while len(str(length)) + len(body) != length:
            length = len(str(length)) + len(body)
        out += str(length).encode("ascii") + body
    return out


def _extension(name, kind, data, magic):
    """An extension member (pax or GNU long name) carrying `data`."""
    head = _build_block({"name": name, "type": kind, "size": len(data), "magic": magic, "mode": 0}, USTAR_FORMAT, "ascii", "replace")
    return head + _padded(data)


class TarInfo:
    """One member: name, size, mode, owner (uid, gid, uname, gname), mtime, type, linkname."""

    __slots__ = ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname", "uname",
                 "gname", "devmajor", "devminor", "offset", "offset_data", "pax_headers", "sparse",
                 "tarfile", "_link_target")

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.pax_headers = {}
        self.sparse = None
        self.tarfile = None
        self._link_target = None

    path = property(lambda self: self.name, lambda self, value: setattr(self, "name", value))
    linkpath = property(lambda self: self.linkname, lambda self, value: setattr(self, "linkname", value))

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=None, mtime=None, mode=None, linkname=None, uid=None, gid=None,
                uname=None, gname=None, deep=True):
        """A copy with the given attributes changed."""
        twin = copy.deepcopy(self) if deep else copy.copy(self)
        changes = dict(name=name, mtime=mtime, mode=mode, linkname=linkname, uid=uid, gid=gid, uname=uname, gname=gname)
        for attribute, value in changes.items():
            if value is not None:
                setattr(twin, attribute, value)
        return twin

    def __copy__(self):
        twin = TarInfo.__new__(type(self))
        for slot in TarInfo.__slots__:
            setattr(twin, slot, getattr(self, slot))
        return twin

    def __deepcopy__(self, memo):
        twin = self.__copy__()
        twin.pax_headers = dict(self.pax_headers)
        return twin

    def get_info(self):
        """The header's values as a dict (a directory's name ends with '/')."""
        name = self.name
        if self.type == DIRTYPE and not name.endswith("/"):
            name += "/"
        return {"name": name, "mode": None if self.mode is None else self.mode & 0o7777, "uid": self.uid,
                "gid": self.gid, "size": self.size, "mtime": self.mtime, "chksum": self.chksum,
                "type": self.type, "linkname": self.linkname, "uname": self.uname, "gname": self.gname,
                "devmajor": self.devmajor, "devminor": self.devminor}

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The member's header blocks (extension members first when needed)."""
        values = self.get_info()
        for key, value in values.items():
            if value is None:
                raise ValueError("%s may not be None" % key)
        if format == PAX_FORMAT:
            return self._pax_blocks(values, encoding)
        if format == GNU_FORMAT:
            return self._gnu_blocks(values, encoding, errors)
        if format == USTAR_FORMAT:
            return self._ustar_block(values, encoding, errors)
        raise ValueError("invalid format")

    def _ustar_block(self, values, encoding, errors):
        values["magic"] = POSIX_MAGIC
        if len(values["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        name = values["name"]
        if len(name.encode(encoding, errors)) > LENGTH_NAME:
            # ustar splits a long name at a slash: prefix (155 bytes) / name (100 bytes).
            for cut in range(1, name.count("/") + 1):
                prefix, rest = name.split("/", cut)[:cut], name.split("/", cut)[cut]
                prefix = "/".join(prefix)
                if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and len(rest.encode(encoding, errors)) <= LENGTH_NAME:
                    values["prefix"], values["name"] = prefix, rest
                    break
            else:
                raise ValueError("name is too long")
        return _build_block(values, USTAR_FORMAT, encoding, errors)

    def _gnu_blocks(self, values, encoding, errors):
        values["magic"] = GNU_MAGIC
        out = b""
        for field, kind in (("linkname", GNUTYPE_LONGLINK), ("name", GNUTYPE_LONGNAME)):
            raw = values[field].encode(encoding, errors)
            if len(raw) > 100:
                out += _extension("././@LongLink", kind, raw + NUL, GNU_MAGIC)
        return out + _build_block(values, GNU_FORMAT, encoding, errors)

    def _pax_blocks(self, values, encoding):
        values["magic"] = POSIX_MAGIC
        extended = dict(self.pax_headers)
        for field, keyword, limit in (("name", "path", 100), ("linkname", "linkpath", 100), ("uname", "uname", 32), ("gname", "gname", 32)):
            text = values[field]
            if keyword not in extended and (not text.isascii() or len(text) > limit):
                extended[keyword] = text
        for field, width in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = values[field]
            whole = round(value) if isinstance(value, float) else value
            fits = 0 <= whole < 8 ** (width - 1)
            values[field] = whole if fits else 0
            if (not fits or isinstance(value, float)) and field not in extended:
                extended[field] = str(value)
        out = b""
        if extended:
            pairs = [(key, value.encode("utf-8", "surrogateescape")) for key, value in extended.items()]
            out = _extension("././@PaxHeader", XHDTYPE, _pax_records(pairs), POSIX_MAGIC)
        return out + _build_block(values, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        pairs = [(key, value.encode("utf-8")) for key, value in pax_headers.items()]
        return _extension("././@PaxHeader", XGLTYPE, _pax_records(pairs), POSIX_MAGIC)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """The TarInfo of one header block."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf == NUL * BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        fields = {}
        at = 0
        for name, width, kind in _FIELDS:
            fields[name] = buf[at:at + width]
            at += width
        checksum = _number(fields["chksum"])
        if checksum not in _checksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()
        member.chksum = checksum
        for name in ("mode", "uid", "gid", "size", "mtime", "devmajor", "devminor"):
            setattr(member, name, _number(fields[name]))
        for name in ("name", "linkname", "uname", "gname"):
            setattr(member, name, _text(fields[name], encoding, errors))
        member.type = fields["type"]
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        prefix = _text(fields["prefix"], encoding, errors)
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + "/" + member.name
        if member.isdir():
            member.name = member.name.rstrip("/")
        return member

    def _data_blocks(self):
        return -(-self.size // BLOCKSIZE) * BLOCKSIZE

    def isreg(self):
        return self.type in REGULAR_TYPES

    isfile = isreg

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _parse_pax(data, encoding):
    """{keyword: value} of pax extension records."""
    found = {}
    at = 0
    while at < len(data):
        space = data.find(b" ", at)
        if space < 0 or not data[at:space].isdigit():
            break
        length = int(data[at:space])
        if length < 5:
            raise InvalidHeaderError("invalid header")
        keyword, _, value = data[space + 1:at + length - 1].partition(b"=")
        found[keyword.decode("utf-8", "replace")] = value.decode(encoding, "surrogateescape" if encoding != "utf-8" else "replace")
        at += length
    return found


def _apply_pax(member, records):
    for keyword, text in records.items():
        if keyword in _PAX_ATTRIBUTES:
            attribute, convert = _PAX_ATTRIBUTES[keyword]
            try:
                value = convert(text)
            except ValueError:
                value = 0
            if attribute == "name" and member.isdir():
                value = value.rstrip("/")
            setattr(member, attribute, value)
    member.pax_headers = dict(records)


# ---- extraction filters (3.11.4) -------------------------------------------------------------

def fully_trusted_filter(member, dest_path):
    """Extracts everything as it is in the archive."""
    return member


def _inside(path, dest):
    return os.path.commonpath([path, dest]) == dest


def _filtered(member, dest_path, for_data):
    dest = os.path.realpath(dest_path)
    changes = {}
    name = member.name
    if name.startswith(("/", os.sep)):
        name = changes["name"] = name.lstrip("/" + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(dest, name))
    if not _inside(target, dest):
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        mode &= 0o7777
        if not for_data:
            mode &= ~(stat.S_ISUID | stat.S_ISGID)
        elif member.isreg() or member.islnk():
            mode = (mode if mode & 0o100 else mode & ~0o111) | 0o600
        elif member.isdir() or member.issym():
            mode = None
        else:
            raise SpecialFileError(member)
        if mode != member.mode:
            changes["mode"] = mode
    if for_data:
        for owner in ("uid", "gid", "uname", "gname"):
            if getattr(member, owner) is not None:
                changes[owner] = None
        if member.issym() or member.islnk():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            base = os.path.join(dest, os.path.dirname(name)) if member.issym() else dest
            linked = os.path.realpath(os.path.join(base, member.linkname))
            if not _inside(linked, dest):
                raise LinkOutsideDestinationError(member, linked)
    return member.replace(**changes, deep=False) if changes else member


def tar_filter(member, dest_path):
    """Refuses members that would land outside the destination; drops set-id bits."""
    return _filtered(member, dest_path, False)


def data_filter(member, dest_path):
    """tar_filter, and also refuses special files and links leaving the destination, and
    extracts with safe modes and no owners."""
    return _filtered(member, dest_path, True)


_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


# ---- archives --------------------------------------------------------------------------------

def _owner_names(uid, gid):
    user = group = ""
    try:
        user = pwd.getpwuid(uid)[0] if pwd else ""
    except (KeyError, OSError):
        pass
    try:
        group = grp.getgrgid(gid)[0] if grp else ""
    except (KeyError, OSError):
        pass
    return user, group


_builtin_open = open


# The module that unpacks each compressed stream kind ('r|gz' ...).
_UNPACKERS = {"gz": "gzip", "bz2": "bz2", "xz": "lzma"}


def _stream_kind(data):
    """The kind of a stream ('r|*') by its first bytes; plain tar when none matches."""
    if data.startswith(b"\x1f\x8b\x08"):
        return "gz"
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "bz2"
    if data.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
        return "xz"
    return "tar"


def _unpack(method, data):
    """The decompressed bytes of a gz, bz2 or xz stream, or ReadError."""
    module = __import__(_UNPACKERS[method])
    if method == "gz" and not data.startswith(b"\x1f\x8b"):
        raise ReadError("not a gzip file")
    if not data:
        return data
    failures = (OSError, EOFError, ValueError, getattr(module, "LZMAError", OSError))
    try:
        return module.decompress(data)
    except failures as e:
        raise ReadError("invalid compressed data") from e


class TarFile:
    """An open archive. Iterating gives its members in order; use it in a with statement."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = None
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None, dereference=None,
                 ignore_zeros=None, encoding=None, errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        if not fileobj:
            if mode == "a" and not os.path.exists(name):
                mode = "w"
            fileobj = _builtin_open(name, file_modes[mode])
            self._extfileobj = False
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            self._extfileobj = True
        self.mode = mode
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        for option, value in (("format", format), ("tarinfo", tarinfo), ("dereference", dereference),
                              ("ignore_zeros", ignore_zeros), ("encoding", encoding), ("debug", debug),
                              ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, option, value)
        self.errors = errors
        self.pax_headers = dict(pax_headers) if pax_headers and self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = fileobj.tell()
        self.inodes = {}
        self._global_pax = {}
        try:
            if mode == "r":
                self.firstmember = self.next()
            elif mode == "a":
                self.firstmember = None
                while self.next() is not None:
                    pass
                self.fileobj.seek(self.offset)
            else:
                self.firstmember = None
            if mode in "awx":
                self._loaded = True
                if self.pax_headers:
                    self._write(self.tarinfo.create_pax_global_header(self.pax_headers))
        except BaseException:
            if not self._extfileobj:
                fileobj.close()
            self.closed = True
            raise

    # -- opening --

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Opens an archive. Modes: 'r' or 'r:*' (compression detected), 'r:', 'r:gz', 'w',
        'w:gz', 'x', 'x:gz', 'a'; 'r|gz', 'w|gz' and the like for streams."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_detecting(name, fileobj, kwargs)
        if ":" in mode:
            filemode, _, method = mode.partition(":")
            return cls._opener(method or "tar")(name, filemode or "r", fileobj, **kwargs)
        if "|" in mode:
            filemode, _, method = mode.partition("|")
            filemode = filemode or "r"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            return cls._open_stream(name, filemode, method or "tar", fileobj, kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _opener(cls, method):
        if method not in cls.OPEN_METH:
            raise CompressionError("unknown compression type %r" % method)
        return getattr(cls, cls.OPEN_METH[method])

    @classmethod
    def _open_detecting(cls, name, fileobj, kwargs):
        problems = []
        # The compressed kinds first, in the table's order; plain tar last.
        for method in sorted(cls.OPEN_METH, key=lambda m: cls.OPEN_METH[m] == "taropen"):
            start = fileobj.tell() if fileobj is not None else None
            try:
                return cls._opener(method)(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                problems.append(f"- method {method}: {e!r}")
                if fileobj is not None:
                    fileobj.seek(start)
        raise ReadError("file could not be opened successfully:\n" + "\n".join(problems))

    @classmethod
    def _open_stream(cls, name, filemode, method, fileobj, kwargs):
        # A stream is read whole (or written whole at close) through a buffer.
        # The file is opened (made, for writing) before the kind is looked at, as CPython's.
        if filemode == "r":
            if fileobj is None:
                with _builtin_open(name, "rb") as f:
                    data = f.read()
            else:
                data = fileobj.read()
            if method == "*":
                method = _stream_kind(data)
            cls._opener(method)
            if method in _UNPACKERS:
                data = _unpack(method, data)
            archive = cls.taropen(None, "r", io.BytesIO(data), **kwargs)
        else:
            if fileobj is None:
                _builtin_open(name, "wb").close()
            cls._opener(method)
            archive = cls.taropen(None, "w", io.BytesIO(), **kwargs)
            archive._stream_target = (name, fileobj, method)
        archive.name = os.path.abspath(name) if name else None
        return archive

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """An uncompressed archive."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A gzip-compressed archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import gzip
        # The gzip file is made first, so what it refuses (a descriptor number as the name, a
        # missing file) is its own error; a file object that is no gzip file is ReadError.
        try:
            packed = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        return cls._through(packed, name, mode, "not a gzip file", (OSError, EOFError), kwargs)

    @classmethod
    def _through(cls, packed, name, mode, complaint, failures, kwargs):
        """An archive read from or written to a compressed file object (GzipFile, BZ2File,
        LZMAFile). Reading unpacks it whole first: `failures` while doing so are ReadError."""
        try:
            if mode == "r":
                try:
                    data = packed.read()
                except failures as e:
                    raise ReadError(complaint) from e
                finally:
                    packed.close()
                archive = cls.taropen(name, "r", io.BytesIO(data), **kwargs)
            else:
                archive = cls.taropen(name, mode, packed, **kwargs)
        except BaseException:
            packed.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A bzip2-compressed archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import bz2
        # A false file object counts as none (the name is opened), as CPython's.
        packed = bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._through(packed, name, mode, "not a bzip2 file", (OSError, EOFError), kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """An xz-compressed archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import lzma
        packed = lzma.LZMAFile(fileobj or name, mode, preset=preset)
        return cls._through(packed, name, mode, "not an lzma file", (lzma.LZMAError, EOFError), kwargs)

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    # -- the archive --

    def _write(self, data):
        self.fileobj.write(data)
        self.offset += len(data)

    def close(self):
        """Ends an archive being written (two zero blocks, then padding to a record) and closes it."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in "awx":
                self._write(NUL * (2 * BLOCKSIZE))
                self._write(NUL * (-self.offset % RECORDSIZE))
                target = getattr(self, "_stream_target", None)
                if target is not None:
                    self._flush_stream(*target)
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _flush_stream(self, name, fileobj, method):
        data = self.fileobj.getvalue()
        if method == "gz":
            import gzip
            data = gzip.compress(data, compresslevel=9)
        elif method == "bz2":
            import bz2
            data = bz2.compress(data, 9)
        elif method == "xz":
            import lzma
            data = lzma.compress(data)
        if fileobj is None:
            with _builtin_open(name, "wb") as f:
                f.write(data)
        else:
            fileobj.write(data)

    def _check(self, modes=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if modes is not None and self.mode not in modes:
            raise OSError("bad operation for mode %r" % self.mode)

    def next(self):
        """The next member of the archive (None after the last)."""
        self._check("ra")
        if getattr(self, "firstmember", None) is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self._loaded:
            return None
        self.fileobj.seek(self.offset)
        try:
            member = self._read_member()
        except SubsequentHeaderError as e:
            raise ReadError(str(e)) from None
        except HeaderError as e:
            if self.offset == 0:
                message = "empty file" if isinstance(e, EmptyHeaderError) else str(e)
                raise ReadError(message) from None
            member = None
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _read_header(self):
        block = self.fileobj.read(BLOCKSIZE)
        return self.tarinfo.frombuf(block, self.encoding, self.errors)

    def _read_member(self):
        """Reads one member (after its extension members) and moves offset past its data."""
        extended = dict(self._global_pax)
        long_name = long_link = None
        start = self.offset
        while True:
            try:
                member = self._read_header()
            except EOFHeaderError:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    start = self.offset
                    continue
                return None
            except InvalidHeaderError:
                if self.ignore_zeros and self.offset > 0:
                    self.offset += BLOCKSIZE
                    start = self.offset
                    continue
                if self.offset == 0 or start != self.offset:
                    raise
                return None
            data_at = self.offset + BLOCKSIZE
            if member.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
                data = self.fileobj.read(member._data_blocks())[:member.size]
                self.offset = data_at + member._data_blocks()
                if member.type == GNUTYPE_LONGNAME:
                    long_name = _text(data, self.encoding, self.errors)
                elif member.type == GNUTYPE_LONGLINK:
                    long_link = _text(data, self.encoding, self.errors)
                else:
                    encoding = self.encoding if b"hdrcharset=BINARY" in data else "utf-8"
                    records = _parse_pax(data, encoding)
                    if member.type == XGLTYPE:
                        self._global_pax.update(records)
                    extended.update(records)
                self.fileobj.seek(self.offset)
                continue
            break
        if long_name is not None:
            member.name = long_name.rstrip("/") if member.isdir() else long_name
        if long_link is not None:
            member.linkname = long_link
        if extended:
            _apply_pax(member, extended)
        member.offset = start
        member.offset_data = data_at
        member.tarfile = self
        self.offset = data_at
        if member.isreg() or member.type not in SUPPORTED_TYPES:
            self.offset += member._data_blocks()
        return member

    def _load(self):
        while self.next() is not None:
            pass

    def __iter__(self):
        if getattr(self, "firstmember", None) is not None:
            self.next()
        at = 0
        while True:
            if at < len(self.members):
                yield self.members[at]
                at += 1
            elif self._loaded or self.mode != "r" or self.next() is None:
                return

    def getmembers(self):
        """Every member, in archive order."""
        self._check()
        if not self._loaded and self.mode == "r":
            self._load()
        return self.members

    def getnames(self):
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        """The member called `name` (the last, when several are); KeyError if none."""
        found = self._find(name.rstrip("/"))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def _find(self, name, before=None, normalize=False):
        members = self.getmembers()
        if before is not None and before in members:
            members = members[:members.index(before)]
        wanted = os.path.normpath(name) if normalize else name
        for member in reversed(members):
            have = os.path.normpath(member.name) if normalize else member.name
            if have == wanted:
                return member
        return None

    def _link_target(self, member):
        if member.issym():
            target = "/".join(part for part in (os.path.dirname(member.name), member.linkname) if part)
            found = self._find(target, normalize=True)
        else:
            target = member.linkname
            found = self._find(target, before=member, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % target)
        return found

    def list(self, verbose=True, *, members=None):
        """Prints the members, one a line ('tar -tv' style when verbose)."""
        self._check()
        for member in (self if members is None else members):
            fields = []
            if verbose:
                fields.append("??????????" if member.mode is None else stat.filemode(member.mode))
                fields.append("%s/%s" % (member.uname or member.uid, member.gname or member.gid))
                if member.ischr() or member.isblk():
                    fields.append("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
                else:
                    fields.append("%10d" % member.size)
                if member.mtime is None:
                    fields.append("????-??-?? ??:??:??")
                else:
                    fields.append("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6])
            fields.append(member.name + ("/" if member.isdir() else ""))
            if verbose and member.issym():
                fields.append("-> " + member.linkname)
            if verbose and member.islnk():
                fields.append("link to " + member.linkname)
            for field in fields:
                print(field, end=" ")
            print()

    # -- writing --

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing a file on disk (or an open file), to be called `arcname`."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        arcname = name if arcname is None else arcname
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        if fileobj is not None:
            info = os.fstat(fileobj.fileno())
        else:
            info = os.stat(name) if self.dereference else os.lstat(name)
        member = self.tarinfo(arcname)
        member.tarfile = self
        kind = info.st_mode
        if stat.S_ISREG(kind):
            key = (info.st_ino, info.st_dev)
            if not self.dereference and info.st_nlink > 1 and self.inodes.get(key, arcname) != arcname:
                member.type, member.linkname = LNKTYPE, self.inodes[key]
            else:
                member.type = REGTYPE
                if key[0]:
                    self.inodes[key] = arcname
        elif stat.S_ISDIR(kind):
            member.type = DIRTYPE
        elif stat.S_ISLNK(kind):
            member.type, member.linkname = SYMTYPE, os.readlink(name)
        elif stat.S_ISFIFO(kind):
            member.type = FIFOTYPE
        elif stat.S_ISCHR(kind) or stat.S_ISBLK(kind):
            member.type = CHRTYPE if stat.S_ISCHR(kind) else BLKTYPE
            member.devmajor, member.devminor = os.major(info.st_rdev), os.minor(info.st_rdev)
        else:
            return None
        member.mode = kind
        member.uid, member.gid = info.st_uid, info.st_gid
        member.size = info.st_size if member.type == REGTYPE else 0
        member.mtime = info.st_mtime
        member.uname, member.gname = _owner_names(info.st_uid, info.st_gid)
        return member

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Adds a file, a link, or a directory (with what it holds, unless not recursive)."""
        self._check("awx")
        arcname = name if arcname is None else arcname
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        member = self.gettarinfo(name, arcname)
        if member is not None and filter is not None:
            member = filter(member)
        if member is None:
            return
        if member.isreg():
            with _builtin_open(name, "rb") as f:
                self.addfile(member, f)
            return
        self.addfile(member)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry), recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Writes a member: its header, then tarinfo.size bytes read from `fileobj`."""
        self._check("awx")
        member = copy.copy(tarinfo)
        self._write(member.tobuf(self.format, self.encoding, self.errors))
        if fileobj is not None:
            left = member.size
            while left > 0:
                chunk = fileobj.read(min(left, self.copybufsize or 64 * 1024))
                if not chunk:
                    raise OSError("unexpected end of data")
                self._write(chunk)
                left -= len(chunk)
            self._write(NUL * (-member.size % BLOCKSIZE))
        self.members.append(member)

    # -- extracting --

    def extractfile(self, member):
        """A binary file reading a regular member's data (links lead to their target); None for
        a directory or a special file."""
        self._check("r")
        member = self.getmember(member) if isinstance(member, str) else member
        if member.isreg() or member.type not in SUPPORTED_TYPES:
            self.fileobj.seek(member.offset_data)
            reader = io.BytesIO(self.fileobj.read(member.size))
            if self.name is not None:
                reader.name = self.name
            return reader
        if member.islnk() or member.issym():
            return self.extractfile(self._link_target(member))
        return None

    def _filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError("String names are not supported for TarFile.extraction_filter. Use a function such as tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        if filter not in _FILTERS:
            raise ValueError(f"filter {filter!r} not found")
        return _FILTERS[filter]

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extracts the members (all by default) under `path`; directories get their times and
        modes after everything inside them is written."""
        check = self._filter_function(filter)
        directories = []
        for member in (self if members is None else members):
            member = self._passed(member, check, path)
            if member is None:
                continue
            if member.isdir():
                directories.append(member)
            self._extract(member, path, not member.isdir(), numeric_owner)
        for member in sorted(directories, key=lambda m: m.name, reverse=True):
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                self._nonfatal(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extracts one member under `path`."""
        member = self._passed(member, self._filter_function(filter), path)
        if member is not None:
            self._extract(member, path, set_attrs, numeric_owner)

    def _passed(self, member, check, path):
        member = self.getmember(member) if isinstance(member, str) else member
        try:
            member = check(member, path)
        except (OSError, FilterError) as e:
            self._fatal(e)
            return None
        except ExtractError as e:
            self._nonfatal(e)
            return None
        if member is not None and member.islnk():
            member = copy.copy(member)
            member._link_target = os.path.join(path, member.linkname)
        return member

    def _fatal(self, error):
        if self.errorlevel > 0:
            raise error
        self._debug_note(1, "tarfile: %s" % error)

    def _nonfatal(self, error):
        if self.errorlevel > 1:
            raise error
        self._debug_note(1, "tarfile: %s" % error)

    def _debug_note(self, level, message):
        if level <= self.debug:
            print(message, file=sys.stderr)

    def _extract(self, member, path, set_attrs, numeric_owner):
        self._check("r")
        target = os.path.join(path, member.name).rstrip("/")
        try:
            parent = os.path.dirname(target)
            if parent and not os.path.exists(parent):
                os.makedirs(parent)
            if member.isdir():
                self.makedir(member, target)
            elif member.issym() or member.islnk():
                self.makelink(member, target)
            elif member.isfifo():
                self.makefifo(member, target)
            elif member.ischr() or member.isblk():
                self.makedev(member, target)
            else:
                self.makefile(member, target)
            if set_attrs:
                self.chown(member, target, numeric_owner)
                if not member.issym():
                    self.chmod(member, target)
                    self.utime(member, target)
        except OSError as e:
            self._fatal(e)
        except ExtractError as e:
            self._nonfatal(e)

    def makedir(self, tarinfo, targetpath):
        try:
            os.mkdir(targetpath, 0o777 if tarinfo.mode is None else 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        self.fileobj.seek(tarinfo.offset_data)
        data = self.fileobj.read(tarinfo.size)
        if len(data) != tarinfo.size:
            raise ReadError("unexpected end of data")
        with _builtin_open(targetpath, "wb") as out:
            out.write(data)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, (tarinfo.mode or 0o600) | kind, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif tarinfo._link_target and os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self.makefile(self._link_target(tarinfo), targetpath)
        except KeyError:
            raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        uid = -1 if tarinfo.uid is None else tarinfo.uid
        gid = -1 if tarinfo.gid is None else tarinfo.gid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None:
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
            return
        # After an error the archive is left as it is, unfinished.
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True


def is_tarfile(name):
    """Whether `name` (a path, or a file object) holds an archive this module can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


# ---- `python -m tarfile`: list, test, extract or create an archive ----------------------------

# The compression a new archive gets from its name's extension.
_COMPRESSION_OF = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz',
                   '.bz2': 'bz2', '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}


def main():
    import argparse
    cli = argparse.ArgumentParser(description='A simple command-line interface for tarfile module.')
    cli.add_argument('-v', '--verbose', action='store_true', default=False, help='Verbose output')
    cli.add_argument('--filter', metavar='<filtername>', choices=_FILTERS, help='Filter for extraction')
    one_of = cli.add_mutually_exclusive_group(required=True)
    one_of.add_argument('-l', '--list', metavar='<tarfile>', help='Show listing of a tarfile')
    one_of.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'),
                        help='Extract tarfile into target dir')
    one_of.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                        help='Create tarfile from sources')
    one_of.add_argument('-t', '--test', metavar='<tarfile>', help='Test if a tarfile is valid')
    opts = cli.parse_args()

    def not_an_archive(path):
        cli.exit(1, f'{path!r} is not a tar archive.\n')

    if opts.filter and opts.extract is None:
        cli.exit(1, '--filter is only valid for extraction\n')
    if opts.test is not None:
        if not is_tarfile(opts.test):
            not_an_archive(opts.test)
        with open(opts.test, 'r') as archive:
            print(archive.getmembers(), file=sys.stderr)
        if opts.verbose:
            print(f'{opts.test!r} is a tar archive.')
    elif opts.list is not None:
        if not is_tarfile(opts.list):
            not_an_archive(opts.list)
        with TarFile.open(opts.list, 'r:*') as archive:
            archive.list(verbose=opts.verbose)
    elif opts.extract is not None:
        if len(opts.extract) > 2:
            cli.exit(1, cli.format_help())
        source = opts.extract[0]
        target = opts.extract[1] if len(opts.extract) == 2 else os.curdir
        if not is_tarfile(source):
            not_an_archive(source)
        with TarFile.open(source, 'r:*') as archive:
            archive.extractall(path=target, filter=opts.filter)
        if opts.verbose:
            if target == '.':
                print(f'{source!r} file is extracted.')
            else:
                print(f'{source!r} file is extracted into {target!r} directory.')
    elif opts.create is not None:
        target, *sources = opts.create
        kind = _COMPRESSION_OF.get(os.path.splitext(target)[1])
        with TarFile.open(target, 'w:' + kind if kind else 'w') as archive:
            for path in sources:
                archive.add(path)
        if opts.verbose:
            print(f'{target!r} file created.')


if __name__ == '__main__':
    main()
