"""Encode and decode XDR data (RFC 1014), CPython 3.11's xdrlib (deprecated since 3.11):
Packer builds a buffer of big-endian 4-byte-aligned items, Unpacker reads them back; values
struct cannot pack raise ConversionError."""

import struct
from io import BytesIO
from functools import wraps
import warnings

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ["Error", "Packer", "Unpacker", "ConversionError"]


class Error(Exception):
    """What this module raises; the text is kept in .msg."""

    def __init__(self, msg):
        self.msg = msg

    def __repr__(self):
        return repr(self.msg)

    def __str__(self):
        return str(self.msg)


class ConversionError(Error):
    pass


def raise_conversion_error(function):
    """Wrap a packing method so that struct's complaint about a value comes out as a
    ConversionError carrying the same message."""

    @wraps(function)
    def result(self, value):
        try:
            return function(self, value)
        except struct.error as e:
            failure = ConversionError(e.args[0])
        raise failure from None
    return result


def _packer_of(fmt):
    @raise_conversion_error
    def pack(self, x):
        self._Packer__buf.write(struct.pack(fmt, x))
    return pack


def _unpacker_of(fmt):
    size = struct.calcsize(fmt)

    def unpack(self):
        start = self._Unpacker__pos
        self._Unpacker__pos = start + size
        data = self._Unpacker__buf[start:start + size]
        if len(data) < size:
            raise EOFError
        return struct.unpack(fmt, data)[0]
    return unpack


def _check_size(n):
    if n < 0:
        raise ValueError('fstring size must be nonnegative')


def _padded(n):
    return (n + 3) // 4 * 4


class Packer:
    """Writes XDR items, one after the other, into a growing buffer."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.__buf = BytesIO()

    def get_buffer(self):
        return self.__buf.getvalue()

    # Kept for old callers.
    get_buf = get_buffer

    pack_uint = _packer_of('>L')
    pack_uint.__name__ = pack_uint.__qualname__ = 'pack_uint'
    pack_int = _packer_of('>l')
    pack_int.__name__ = pack_int.__qualname__ = 'pack_int'
    pack_enum = pack_int
    pack_float = _packer_of('>f')
    pack_float.__name__ = pack_float.__qualname__ = 'pack_float'
    pack_double = _packer_of('>d')
    pack_double.__name__ = pack_double.__qualname__ = 'pack_double'

    def pack_bool(self, x):
        self.__buf.write(b'\0\0\0\1' if x else b'\0\0\0\0')

    def pack_uhyper(self, x):
        # Two unsigned words, the high one first; each one's failure is reported alone.
        for word in ('high', 'low'):
            try:
                self.pack_uint(x >> 32 & 0xffffffff if word == 'high' else x & 0xffffffff)
            except (TypeError, struct.error) as e:
                failure = ConversionError(e.args[0])
            else:
                continue
            raise failure from None

    pack_hyper = pack_uhyper

    def pack_fstring(self, n, s):
        _check_size(n)
        data = s[:n]
        self.__buf.write(data + (_padded(n) - len(data)) * b'\0')

    pack_fopaque = pack_fstring

    def pack_string(self, s):
        n = len(s)
        self.pack_uint(n)
        self.pack_fstring(n, s)

    pack_opaque = pack_string
    pack_bytes = pack_string

    def pack_list(self, list, pack_item):
        items = list
        for item in items:
            self.pack_uint(1)
            pack_item(item)
        self.pack_uint(0)

    def pack_farray(self, n, list, pack_item):
        items = list
        if len(items) != n:
            raise ValueError('wrong array size')
        for item in items:
            pack_item(item)

    def pack_array(self, list, pack_item):
        size = len(list)
        self.pack_uint(size)
        self.pack_farray(size, list, pack_item)


class Unpacker:
    """Reads XDR items, one after the other, from a bytes buffer."""

    def __init__(self, data):
        self.reset(data)

    def reset(self, data):
        self.__buf = data
        self.__pos = 0

    def get_position(self):
        return self.__pos

    def set_position(self, position):
        self.__pos = position

    def get_buffer(self):
        return self.__buf

    def done(self):
        left = len(self.__buf) - self.__pos
        if left > 0:
            raise Error('unextracted data remains')

    unpack_uint = _unpacker_of('>L')
    unpack_int = _unpacker_of('>l')
    unpack_enum = unpack_int
    unpack_float = _unpacker_of('>f')
    unpack_double = _unpacker_of('>d')

    def unpack_bool(self):
        return self.unpack_int() != 0

    def unpack_uhyper(self):
        high = self.unpack_uint()
        low = self.unpack_uint()
        return int(high) << 32 | low

    def unpack_hyper(self):
        x = self.unpack_uhyper()
        return x - (1 << 64) if x >= 1 << 63 else x

    def unpack_fstring(self, n):
        _check_size(n)
        start = self.__pos
        end = start + _padded(n)
        if end > len(self.__buf):
            raise EOFError
        self.__pos = end
        return self.__buf[start:start + n]

    unpack_fopaque = unpack_fstring

    def unpack_string(self):
        return self.unpack_fstring(self.unpack_uint())

    unpack_opaque = unpack_string
    unpack_bytes = unpack_string

    def unpack_list(self, unpack_item):
        items = []
        while True:
            flag = self.unpack_uint()
            if flag == 0:
                return items
            if flag != 1:
                raise ConversionError('0 or 1 expected, got %r' % (flag,))
            items.append(unpack_item())

    def unpack_farray(self, n, unpack_item):
        return [unpack_item() for _ in range(n)]

    def unpack_array(self, unpack_item):
        return self.unpack_farray(self.unpack_uint(), unpack_item)
