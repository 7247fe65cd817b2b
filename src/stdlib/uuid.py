"""uuid: RFC 4122 universally unique identifiers, as CPython 3.11's module behaves.

Owns the immutable UUID value (its constructors from hex, bytes, bytes_le, fields or int,
its views and comparisons), SafeUUID, the generators uuid1 (time and node), uuid3 (MD5),
uuid4 (random) and uuid5 (SHA-1), the NAMESPACE_* constants and getnode (the machine's
hardware address from /sys/class/net, else a random multicast number).
"""

import enum
import hashlib
import os
import random
import threading
import time

__author__ = 'Ka-Ping Yee <ping@zesty.ca>'

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_BITS128 = (1 << 128) - 1
# (size in bits, its article) of each of the six `fields`, for the range errors.
_FIELD_WIDTHS = ((32, 'a'), (16, 'a'), (16, 'a'), (8, 'an'), (8, 'an'), (48, 'a'))
# Variant bits, from the most significant of byte 8.
_VARIANT_BITS = ((1 << 63, RESERVED_NCS), (1 << 62, RFC_4122), (1 << 61, RESERVED_MICROSOFT))


class SafeUUID(enum.Enum):
    """Whether uuid1's clock sequence was made safely for several processes."""
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(raw):
    """bytes <-> bytes_le: the first three fields change byte order."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int(digits, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    for which, (value, (width, article)) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= value < (1 << width):
            raise ValueError(f'field {which} out of range (need {article} {width}-bit value)')
    time_low, time_mid, time_hi_version, seq_hi, seq_low, node = fields
    seq = (seq_hi << 8) | seq_low
    return (time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (seq << 48) | node


class UUID:
    """An immutable 128-bit UUID. Give exactly one of hex, bytes, bytes_le, fields or int;
    `version` (1-5) overwrites the variant and version bits as RFC 4122 says."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _int_type.from_bytes(_swap_le(bytes_le), 'big')
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            value = _int_type.from_bytes(bytes, 'big')
        elif fields is not None:
            value = _from_fields(fields)
        else:
            value = int
            if not 0 <= value <= _BITS128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant: bits 10 at the top of byte 8; version: the top nibble of byte 6.
            value = (value & ~(0xc000 << 48)) | (0x8000 << 48)
            value = (value & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safety)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # -- comparisons: by the 128-bit value, only with other UUIDs

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    # -- views of the value

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        for bit, name in _VARIANT_BITS:
            if not self.int & bit:
                return name
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_int_type = int


# ---------------------------------------------------------------- the node

def _sys_class_net_getnode():
    """A network interface's hardware address from /sys/class/net (universally
    administered ones first), or None."""
    try:
        names = sorted(os.listdir('/sys/class/net'))
    except OSError:
        return None
    local = None
    for name in names:
        try:
            with open(f'/sys/class/net/{name}/address') as f:
                text = f.read().strip()
        except OSError:
            continue
        try:
            mac = int(text.replace(':', ''), 16)
        except ValueError:
            continue
        if mac == 0 or mac > 0xffffffffffff:
            continue
        if not (mac >> 40) & 0x02:
            return mac
        if local is None:
            local = mac
    return local


def _random_getnode():
    """A random 48-bit number with the multicast bit set, as RFC 4122 section 4.5 allows."""
    return random.getrandbits(48) | (1 << 40)


_node = None
_node_lock = threading.Lock()


def getnode():
    """The hardware address as a 48-bit integer (a random one, kept, if none is found)."""
    global _node
    with _node_lock:
        if _node is None:
            found = _sys_class_net_getnode()
            _node = found if found is not None else _random_getnode()
        return _node


# ----------------------------------------------------------- the generators

# 100-ns intervals between the UUID epoch (1582-10-15) and the Unix epoch.
_GREGORIAN_OFFSET = 0x01b21dd213814000
_last_timestamp = None
_clock_lock = threading.Lock()


def uuid1(node=None, clock_seq=None):
    """A UUID from the host's node, the current time and a clock sequence."""
    global _last_timestamp
    with _clock_lock:
        stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
        if _last_timestamp is not None and stamp <= _last_timestamp:
            stamp = _last_timestamp + 1
        _last_timestamp = stamp
    if clock_seq is None:
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    fields = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _hashed(algorithm, namespace, name, version):
    name = bytes(name, 'utf-8')  # 3.11 takes str names only
    digest = algorithm(namespace.bytes + name, usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _hashed(hashlib.md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _hashed(hashlib.sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
