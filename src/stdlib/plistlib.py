"""plistlib: Apple property lists, in the XML format and the binary `bplist00` format.

Values: dict (str keys), list/tuple, str, bytes/bytearray, int (64-bit range; up to 2**64 - 1
unsigned), float, bool, datetime.datetime and, in the binary format, UID. load/loads detect
the format from the first bytes unless `fmt` says; dump/dumps write XML unless `fmt=FMT_BINARY`.
The bytes written are the ones python3 writes for the same value.
"""

import binascii
import datetime
import enum
import itertools
import os
import re
import struct
from io import BytesIO

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps",
           "UID"]

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY


class UID:
    """A reference number in an archive (binary plists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ------------------------------------------------------------------ XML

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_DATE_PATTERN = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z", re.ASCII)

_DATE_FIELDS = ('year', 'month', 'day', 'hour', 'minute', 'second')


def _date_from_string(text):
    found = _DATE_PATTERN.match(text)
    parts = []
    for field in _DATE_FIELDS:
        value = found.group(field)
        if not value:
            break
        parts.append(int(value))
    return datetime.datetime(*parts)


def _date_to_string(moment):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (moment.year, moment.month, moment.day,
                                                moment.hour, moment.minute, moment.second)


def _escape(text):
    if _CONTROL_CHARS.search(text) is not None:
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _encode_base64(data, maxlinelength=76):
    """Base64 lines of at most maxlinelength characters, each ending in a newline."""
    chunk = (maxlinelength // 4) * 3
    return b''.join(binascii.b2a_base64(data[at:at + chunk]) for at in range(0, len(data), chunk))


def _decode_base64(text):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return binascii.a2b_base64(text)


class _XMLWriter:
    """Writes a value as an XML plist, one element a line, indented with tabs."""

    def __init__(self, file, indent_level=0, indent=b"\t", writeheader=1, sort_keys=True,
                 skipkeys=False):
        self.file = file
        self._level = indent_level
        self.indent = indent
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys
        if writeheader:
            file.write(PLISTHEADER)

    def write(self, value):
        self.writeln('<plist version="1.0">')
        self.write_value(value)
        self.writeln("</plist>")

    def writeln(self, line):
        if line:
            if isinstance(line, str):
                line = line.encode('utf-8')
            self.file.write(self.indent * self._level)
            self.file.write(line)
        self.file.write(b'\n')

    def open(self, element):
        self.writeln("<%s>" % element)
        self._level += 1

    def close(self, element):
        self._level -= 1
        self.writeln("</%s>" % element)

    def leaf(self, element, value=None):
        if value is None:
            self.writeln("<%s/>" % element)
        else:
            self.writeln("<%s>%s</%s>" % (element, _escape(value), element))

    def write_value(self, value):
        if isinstance(value, str):
            self.leaf("string", value)
        elif value is True:
            self.leaf("true")
        elif value is False:
            self.leaf("false")
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self.leaf("integer", "%d" % value)
        elif isinstance(value, float):
            self.leaf("real", repr(value))
        elif isinstance(value, dict):
            self.write_dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self.write_bytes(value)
        elif isinstance(value, datetime.datetime):
            self.leaf("date", _date_to_string(value))
        elif isinstance(value, (tuple, list)):
            self.write_array(value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def write_bytes(self, data):
        self.open("data")
        self._level -= 1
        width = max(16, 76 - len(self.indent.replace(b"\t", b" " * 8) * self._level))
        for line in _encode_base64(data, width).split(b"\n"):
            if line:
                self.writeln(line)
        self._level += 1
        self.close("data")

    def write_dict(self, mapping):
        items = sorted(mapping.items()) if self._sort_keys else mapping.items()
        self._write_container("dict", items, self._write_entry)

    def _write_entry(self, entry):
        key, value = entry
        if not isinstance(key, str):
            if self._skipkeys:
                return
            raise TypeError("keys must be strings")
        self.leaf("key", key)
        self.write_value(value)

    def write_array(self, items):
        self._write_container("array", items, self.write_value)

    def _write_container(self, tag, items, write_one):
        """<tag/> when there is nothing in it, else each item written between <tag> and </tag>."""
        if not items:
            self.leaf(tag)
            return
        self.open(tag)
        for item in items:
            write_one(item)
        self.close(tag)


class _XMLReader:
    """Builds the value of an XML plist from expat's events."""

    def __init__(self, dict_type):
        self._dict_type = dict_type
        self.stack = []
        self.current_key = None
        self.root = None
        self._text = []

    def parse(self, fileobj):
        from xml.parsers.expat import ParserCreate
        self.parser = ParserCreate()
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text.append
        self.parser.EntityDeclHandler = self._entity
        self.parser.ParseFile(fileobj)
        return self.root

    def _entity(self, *ignored):
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def _start(self, element, attrs):
        self._text = []
        self.parser.CharacterDataHandler = self._text.append
        action = getattr(self, "begin_" + element, None)
        if action is not None:
            action(attrs)

    def _end(self, element):
        action = getattr(self, "end_" + element, None)
        if action is not None:
            action()

    def _line(self):
        return self.parser.CurrentLineNumber

    def add_object(self, value):
        if self.current_key is not None:
            if not isinstance(self.stack[-1], dict):
                raise ValueError("unexpected element at line %d" % self._line())
            self.stack[-1][self.current_key] = value
            self.current_key = None
        elif not self.stack:
            self.root = value
        else:
            if not isinstance(self.stack[-1], list):
                raise ValueError("unexpected element at line %d" % self._line())
            self.stack[-1].append(value)

    def get_data(self):
        data = ''.join(self._text)
        self._text.clear()
        return data

    def begin_dict(self, attrs):
        mapping = self._dict_type()
        self.add_object(mapping)
        self.stack.append(mapping)

    def end_dict(self):
        if self.current_key:
            raise ValueError("missing value for key '%s' at line %d" % (self.current_key,
                                                                       self._line()))
        self.stack.pop()

    def end_key(self):
        if self.current_key or not isinstance(self.stack[-1], dict):
            raise ValueError("unexpected key at line %d" % self._line())
        self.current_key = self.get_data()

    def begin_array(self, attrs):
        items = []
        self.add_object(items)
        self.stack.append(items)

    def end_array(self):
        self.stack.pop()

    def end_true(self):
        self.add_object(True)

    def end_false(self):
        self.add_object(False)

    def end_integer(self):
        raw = self.get_data()
        self.add_object(int(raw, 16) if raw.startswith(('0x', '0X')) else int(raw))

    def end_real(self):
        self.add_object(float(self.get_data()))

    def end_string(self):
        self.add_object(self.get_data())

    def end_data(self):
        self.add_object(_decode_base64(self.get_data()))

    def end_date(self):
        self.add_object(_date_from_string(self.get_data()))


def _looks_like_xml(header):
    starts = (b'<?xml', b'<plist')
    for start in starts:
        if header.startswith(start):
            return True
    marks = ((b'\xef\xbb\xbf', 'utf-8'), (b'\xfe\xff', 'utf-16-be'), (b'\xff\xfe', 'utf-16-le'),
             (b'\x00\x00\xfe\xff', 'utf-32-be'), (b'\xff\xfe\x00\x00', 'utf-32-le'))
    for mark, encoding in marks:
        if not header.startswith(mark):
            continue
        for start in starts:
            text = mark + start.decode('ascii').encode(encoding)
            if header[:len(text)] == text:
                return True
    return False


# ------------------------------------------------------------------ binary

_INT_CODE = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_EPOCH = datetime.datetime(2001, 1, 1)
_MISSING = object()
_SCALARS = (str, int, float, datetime.datetime, bytes)


def _width_for(count):
    """The bytes needed for references or offsets up to count."""
    for width in (1, 2, 4):
        if count < 1 << (8 * width):
            return width
    return 8


class _BinaryReader:
    """Reads a bplist00 file: a trailer locates the offset table, objects are read by number."""

    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, fp):
        try:
            self._fp = fp
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            offset_size, self._ref_size, count, top, table_at = struct.unpack('>6xBBQQQ', trailer)
            fp.seek(table_at)
            self._offsets = self._read_ints(count, offset_size)
            self._objects = [_MISSING] * count
            return self._read_object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _read_ints(self, count, width):
        data = self._fp.read(width * count)
        if width in _INT_CODE:
            return struct.unpack('>%d%s' % (count, _INT_CODE[width]), data)
        if not width or len(data) != width * count:
            raise InvalidFileException()
        return tuple(int.from_bytes(data[at:at + width], 'big')
                     for at in range(0, width * count, width))

    def _size(self, low):
        if low != 0xF:
            return low
        width = 1 << (self._fp.read(1)[0] & 0x3)
        return struct.unpack('>' + _INT_CODE[width], self._fp.read(width))[0]

    def _exact(self, count):
        data = self._fp.read(count)
        if len(data) != count:
            raise InvalidFileException()
        return data

    def _read_object(self, ref):
        known = self._objects[ref]
        if known is not _MISSING:
            return known
        self._fp.seek(self._offsets[ref])
        token = self._fp.read(1)[0]
        high, low = token & 0xF0, token & 0x0F
        if token == 0x00:
            value = None
        elif token == 0x08:
            value = False
        elif token == 0x09:
            value = True
        elif token == 0x0F:
            value = b''
        elif high == 0x10:
            value = int.from_bytes(self._fp.read(1 << low), 'big', signed=low >= 3)
        elif token == 0x22:
            value = struct.unpack('>f', self._fp.read(4))[0]
        elif token == 0x23:
            value = struct.unpack('>d', self._fp.read(8))[0]
        elif token == 0x33:
            seconds = struct.unpack('>d', self._fp.read(8))[0]
            value = _EPOCH + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            value = self._exact(self._size(low))
        elif high == 0x50:
            value = self._exact(self._size(low)).decode('ascii')
        elif high == 0x60:
            value = self._exact(self._size(low) * 2).decode('utf-16be')
        elif high == 0x80:
            value = UID(int.from_bytes(self._fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self._read_ints(self._size(low), self._ref_size)
            value = []
            self._objects[ref] = value
            value.extend(self._read_object(item) for item in refs)
        elif high == 0xD0:
            count = self._size(low)
            key_refs = self._read_ints(count, self._ref_size)
            value_refs = self._read_ints(count, self._ref_size)
            value = self._dict_type()
            self._objects[ref] = value
            try:
                for key_ref, value_ref in zip(key_refs, value_refs):
                    value[self._read_object(key_ref)] = self._read_object(value_ref)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._objects[ref] = value
        return value


class _BinaryWriter:
    """Writes a bplist00 file: every distinct scalar once, every container once per identity."""

    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def write(self, value):
        self._order = []
        self._scalar_refs = {}
        self._container_refs = {}
        self._collect(value)
        count = len(self._order)
        self._offsets = [0] * count
        self._ref_code = _INT_CODE[_width_for(count)]
        self._fp.write(b'bplist00')
        for item in self._order:
            self._write_object(item)
        top = self._ref(value)
        table_at = self._fp.tell()
        offset_width = _width_for(table_at)
        self._fp.write(struct.pack('>' + _INT_CODE[offset_width] * count, *self._offsets))
        self._fp.write(struct.pack('>5xBBBQQQ', 0, offset_width, _width_for(count), count, top,
                                   table_at))

    def _pairs(self, mapping):
        items = sorted(mapping.items()) if self._sort_keys else mapping.items()
        for key, value in items:
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            yield key, value

    def _collect(self, value):
        if isinstance(value, _SCALARS):
            key = (type(value), value)
            if key in self._scalar_refs:
                return
            self._scalar_refs[key] = len(self._order)
        else:
            if id(value) in self._container_refs:
                return
            self._container_refs[id(value)] = len(self._order)
        self._order.append(value)
        if isinstance(value, dict):
            pairs = list(self._pairs(value))
            for item in itertools.chain((k for k, _v in pairs), (v for _k, v in pairs)):
                self._collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self._collect(item)

    def _ref(self, value):
        if isinstance(value, _SCALARS):
            return self._scalar_refs[(type(value), value)]
        return self._container_refs[id(value)]

    def _write_size(self, token, size):
        out = self._fp
        if size < 15:
            out.write(struct.pack('>B', token | size))
        elif size < 1 << 8:
            out.write(struct.pack('>BBB', token | 0xF, 0x10, size))
        elif size < 1 << 16:
            out.write(struct.pack('>BBH', token | 0xF, 0x11, size))
        elif size < 1 << 32:
            out.write(struct.pack('>BBL', token | 0xF, 0x12, size))
        else:
            out.write(struct.pack('>BBQ', token | 0xF, 0x13, size))

    def _write_refs(self, refs):
        self._fp.write(struct.pack('>' + self._ref_code * len(refs), *refs))

    def _write_object(self, value):
        out = self._fp
        self._offsets[self._ref(value)] = out.tell()
        if value is None:
            out.write(b'\x00')
        elif value is False:
            out.write(b'\x08')
        elif value is True:
            out.write(b'\x09')
        elif isinstance(value, int):
            self._write_int(value)
        elif isinstance(value, float):
            out.write(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            out.write(struct.pack('>Bd', 0x33, (value - _EPOCH).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._write_size(0x40, len(value))
            out.write(value)
        elif isinstance(value, str):
            try:
                encoded = value.encode('ascii')
                self._write_size(0x50, len(value))
            except UnicodeEncodeError:
                encoded = value.encode('utf-16be')
                self._write_size(0x60, len(encoded) // 2)
            out.write(encoded)
        elif isinstance(value, UID):
            self._write_uid(value.data)
        elif isinstance(value, (list, tuple)):
            refs = [self._ref(item) for item in value]
            self._write_size(0xA0, len(refs))
            self._write_refs(refs)
        elif isinstance(value, dict):
            pairs = list(self._pairs(value))
            self._write_size(0xD0, len(pairs))
            self._write_refs([self._ref(k) for k, _v in pairs])
            self._write_refs([self._ref(v) for _k, v in pairs])
        else:
            raise TypeError(value)

    def _write_int(self, value):
        out = self._fp
        if value < 0:
            try:
                out.write(struct.pack('>Bq', 0x13, value))
            except struct.error:
                raise OverflowError(value) from None
        elif value < 1 << 8:
            out.write(struct.pack('>BB', 0x10, value))
        elif value < 1 << 16:
            out.write(struct.pack('>BH', 0x11, value))
        elif value < 1 << 32:
            out.write(struct.pack('>BL', 0x12, value))
        elif value < 1 << 63:
            out.write(struct.pack('>BQ', 0x13, value))
        elif value < 1 << 64:
            out.write(b'\x14' + value.to_bytes(16, 'big', signed=True))
        else:
            raise OverflowError(value)

    def _write_uid(self, number):
        out = self._fp
        if number < 0:
            raise ValueError("UIDs must be positive")
        for token, code, limit in ((0x80, 'B', 1 << 8), (0x81, 'H', 1 << 16),
                                   (0x83, 'L', 1 << 32), (0x87, 'Q', 1 << 64)):
            if number < limit:
                out.write(struct.pack('>B' + code, token, number))
                return
        raise OverflowError(number)


def _looks_like_binary(header):
    return header[:8] == b'bplist00'


# ------------------------------------------------------------------ the API

_FORMATS = {
    FMT_XML: (_looks_like_xml, _XMLReader, _XMLWriter),
    FMT_BINARY: (_looks_like_binary, _BinaryReader, _BinaryWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Reads a plist from a binary file object, in the format given or detected."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for detect, reader, _writer in _FORMATS.values():
            if detect(header):
                break
        else:
            raise InvalidFileException()
    else:
        reader = _FORMATS[fmt][1]
    return reader(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Reads a plist from bytes."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Writes value as a plist to a binary file object."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt][2](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """The plist of value as bytes."""
    out = BytesIO()
    dump(value, out, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return out.getvalue()
