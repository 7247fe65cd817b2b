"""ipaddress: IPv4/IPv6 addresses, networks and interfaces, as CPython 3.11's module.

Written for gilpy. Addresses hold their value as an int (`_int`); networks hold a network
address and a prefix length; interfaces are addresses that also know their network. Text
forms, error messages and the special-range lists (is_private and the others) follow 3.11.
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid IP address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask or prefix length."""


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, int or packed bytes."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; with strict, host bits set are an error."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _low_zero_bits(number, bits):
    """How many of the low `bits` bits of number are zero, counted from the right."""
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def _same_version(a, b):
    if a._version != b._version:
        raise TypeError(f"{a} and {b} are not of the same version")


def summarize_address_range(first, last):
    """The fewest networks covering the addresses first..last, in order (a generator)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f"{first} and {last} are not of the same version")
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first._bits
    start, stop = first._int, last._int
    top = (1 << bits) - 1
    while start <= stop:
        size = min(_low_zero_bits(start, bits), (stop - start + 1).bit_length() - 1)
        yield net_cls((start, bits - size))
        start += 1 << size
        if start - 1 == top:
            break


def collapse_addresses(addresses):
    """Addresses and networks merged into the fewest networks covering them, in order."""
    singles = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if singles and singles[-1]._version != item._version:
                raise TypeError(f"{item} and {singles[-1]} are not of the same version")
            singles.append(item)
        elif item._plen == item._bits:
            if singles and singles[-1]._version != item._version:
                raise TypeError(f"{item} and {singles[-1]} are not of the same version")
            singles.append(getattr(item, 'ip', None) or item.network_address)
        else:
            if nets and nets[-1]._version != item._version:
                raise TypeError(f"{item} and {nets[-1]} are not of the same version")
            nets.append(item)
    spans = []
    for single in sorted(set(int(a) for a in singles)):
        if spans and spans[-1][1] + 1 == single:
            spans[-1][1] = single
        else:
            spans.append([single, single])
    if singles:
        addr_cls = type(singles[0]) if type(singles[0]) in (IPv4Address, IPv6Address) else \
            (IPv4Address if singles[0]._version == 4 else IPv6Address)
        for low, high in spans:
            nets.extend(summarize_address_range(addr_cls(low), addr_cls(high)))
    return iter(_merge_networks(nets))


def _merge_networks(nets):
    """Sorted networks with those inside others dropped and adjacent halves joined."""
    if not nets:
        return []
    for net in nets[1:]:
        _same_version(net, nets[0])
    pending = sorted(set(nets), key=lambda n: (n.network_address._int, n._plen))
    while True:
        merged = []
        for net in pending:
            if merged and merged[-1].broadcast_address._int >= net.broadcast_address._int:
                continue
            if merged:
                prev = merged[-1]
                if (prev._plen == net._plen and prev._plen > 0
                        and prev.supernet() == net.supernet()):
                    merged[-1] = prev.supernet()
                    continue
            merged.append(net)
        if len(merged) == len(pending):
            return merged
        pending = sorted(merged, key=lambda n: (n.network_address._int, n._plen))


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _BaseNetwork):
        return obj._net_key()
    if isinstance(obj, _BaseAddress):
        return obj._addr_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses and networks share."""

    __slots__ = ()

    @property
    def exploded(self):
        return self._exploded()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._ptr_name()

    @property
    def version(self):
        return self._version

    def _int_in_range(self, address):
        if address < 0:
            raise AddressValueError(f"{address} (< 0) is not permitted as an IPv{self._version} address")
        if address > self._MASK:
            raise AddressValueError(f"{address} (>= 2**{self._bits}) is not permitted as an "
                                    f"IPv{self._version} address")

    def _packed_size_ok(self, address, size):
        if len(address) != size:
            raise AddressValueError(f"{address!r} (len {len(address)} != {size}) is not permitted as an "
                                    f"IPv{self._version} address")

    @classmethod
    def _mask_int(cls, prefixlen):
        return cls._MASK ^ (cls._MASK >> prefixlen)

    @classmethod
    def _bad_netmask(cls, text):
        raise NetmaskValueError(f'{text!r} is not a valid netmask') from None

    @classmethod
    def _plen_from_digits(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._bad_netmask(text)
        try:
            prefix = int(text)
        except ValueError:
            cls._bad_netmask(text)
        if not 0 <= prefix <= cls._bits:
            cls._bad_netmask(text)
        return prefix

    @classmethod
    def _plen_from_int(cls, value):
        zeros = _low_zero_bits(value, cls._bits)
        prefix = cls._bits - zeros
        if value >> zeros != (1 << prefix) - 1:
            raise ValueError('Netmask pattern mixes zeroes & ones')
        return prefix

    @classmethod
    def _plen_from_mask_text(cls, text):
        try:
            value = cls._int_of(text)
        except AddressValueError:
            cls._bad_netmask(text)
        for candidate in (value, value ^ cls._MASK):
            try:
                return cls._plen_from_int(candidate)
            except ValueError:
                pass
        cls._bad_netmask(text)

    @classmethod
    def _address_and_mask(cls, address):
        """(address, prefix or mask) from the forms a network or interface accepts."""
        if isinstance(address, (bytes, int)):
            return address, cls._bits
        if not isinstance(address, tuple):
            parts = str(address).split('/')
            if len(parts) > 2:
                raise AddressValueError(f"Only one '/' permitted in {address!r}")
            address = parts
        if len(address) > 1:
            return address[0], address[1]
        return address[0], cls._bits

    def __reduce__(self):
        return self.__class__, (str(self),)


_FORMAT_BASES = {'b', 'x', 'X', 'n'}


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """One IP address."""

    __slots__ = ()

    @property
    def is_multicast(self):
        return self in self._ranges.multicast

    @property
    def is_link_local(self):
        return self in self._ranges.link_local

    def __int__(self):
        return self._int

    def __eq__(self, other):
        try:
            return self._int == other._int and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _same_version(self, other)
        return self._int < other._int

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return f'{self.__class__.__name__}({str(self)!r})'

    def __str__(self):
        return str(self._text_of(self._int))

    def __hash__(self):
        return hash(hex(int(self._int)))

    def _addr_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._int,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        rest = fmt
        alternate = rest.startswith('#')
        if alternate:
            rest = rest[1:]
        grouping = rest.startswith('_')
        if grouping:
            rest = rest[1:]
        if len(rest) != 1 or rest not in _FORMAT_BASES:
            return super().__format__(fmt)
        base = rest
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._bits if base == 'b' else self._bits // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        spec = ('#' if alternate else '') + '0' + str(width) + ('_' if grouping else '') + base
        return format(self._int, spec)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A block of addresses: a network address and a prefix length."""

    def __init__(self, address, strict=True):
        addr, mask = self._address_and_mask(address)
        addr_cls = self._addr_cls
        self.network_address = addr_cls(addr)
        self.netmask, self._plen = self._mask_info(mask)
        value = int(self.network_address)
        if value & int(self.netmask) != value:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = addr_cls(value & int(self.netmask))
        if self._plen == self._bits - 1:
            self.hosts = self.__iter__
        elif self._plen == self._bits:
            self.hosts = lambda: [addr_cls(addr)]

    def __repr__(self):
        return f'{self.__class__.__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self.prefixlen}'

    def hosts(self):
        """The usable addresses (all but the network and broadcast addresses)."""
        addr_cls = self._addr_cls
        for value in range(int(self.network_address) + 1, int(self.broadcast_address)):
            yield addr_cls(value)

    def __iter__(self):
        addr_cls = self._addr_cls
        for value in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield addr_cls(value)

    def __getitem__(self, n):
        low, high = int(self.network_address), int(self.broadcast_address)
        if n >= 0:
            if low + n > high:
                raise IndexError('address out of range')
            return self._addr_cls(low + n)
        if high + n + 1 < low:
            raise IndexError('address out of range')
        return self._addr_cls(high + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._int & self.netmask._int == self.network_address._int

    def overlaps(self, other):
        """Whether the two networks share any address."""
        return (other.network_address in self or other.broadcast_address in self or
                self.network_address in other or self.broadcast_address in other)

    @functools.cached_property
    def broadcast_address(self):
        return self._addr_cls(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._addr_cls(int(self.netmask) ^ self._MASK)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._plen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def _addr_cls(self):
        raise NotImplementedError(f'{type(self).__name__} has no associated address class')

    @property
    def prefixlen(self):
        return self._plen

    def address_exclude(self, other):
        """The networks left of this one once `other` (inside it) is taken out."""
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        other = other.__class__(f'{other.network_address}/{other.prefixlen}')
        lower, upper = self.subnets()
        while lower != other and upper != other:
            if other.subnet_of(lower):
                yield upper
                lower, upper = lower.subnets()
            elif other.subnet_of(upper):
                yield lower
                lower, upper = upper.subnets()
            else:
                raise AssertionError(f'Error performing exclusion: s1: {lower} s2: {upper} other: {other}')
        yield upper if lower == other else lower

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, with or after `other`."""
        _same_version(self, other)
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        if mine[0] != theirs[0]:
            return -1 if mine[0] < theirs[0] else 1
        if mine[1] != theirs[1]:
            return -1 if mine[1] < theirs[1] else 1
        return 0

    def _net_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The networks of a longer prefix that make up this one."""
        if self._plen == self._bits:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._plen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._plen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        target = self._plen + prefixlen_diff
        if target > self._bits:
            raise ValueError(f'prefix length diff {target} is invalid for netblock {self}')
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for value in range(start, end, step):
            yield self.__class__((value, target))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network of a shorter prefix that holds this one."""
        if self._plen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._plen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._plen - new_prefix
        target = self.prefixlen - prefixlen_diff
        if target < 0:
            raise ValueError(f'current prefixlen is {self.prefixlen}, cannot have a prefixlen_diff of '
                             f'{prefixlen_diff}')
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff), target))

    @staticmethod
    def _inside(inner, outer):
        try:
            if inner._version != outer._version:
                raise TypeError(f"{inner} and {outer} are not of the same version")
            return (outer.network_address <= inner.network_address and
                    outer.broadcast_address >= inner.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {inner} and {outer}")

    def subnet_of(self, other):
        """Whether this network lies inside `other`."""
        return self._inside(self, other)

    def supernet_of(self, other):
        """Whether `other` lies inside this network."""
        return self._inside(other, self)

    def _both_ends(self, test):
        return test(self.network_address) and test(self.broadcast_address)

    @property
    def is_reserved(self):
        return self._both_ends(lambda a: a.is_reserved)

    @property
    def is_link_local(self):
        return self._both_ends(lambda a: a.is_link_local)

    @property
    def is_private(self):
        return any(self.network_address in net and self.broadcast_address in net
                   for net in self._ranges.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends(lambda a: a.is_unspecified)

    @property
    def is_loopback(self):
        return self._both_ends(lambda a: a.is_loopback)

    @property
    def is_multicast(self):
        return self._both_ends(lambda a: a.is_multicast)


class _BaseInterface:
    """An address with the network it sits on: what IPv4Interface and IPv6Interface share
    (their address class comes next in the MRO; `_network_cls` is set once the network class
    of the version exists)."""

    def __init__(self, address):
        addr, mask = self._address_and_mask(address)
        super().__init__(addr)
        self.network = self._network_cls((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._plen = self.network._plen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{super().__str__()}/{self._plen}'

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = super().__lt__(other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._int, self._plen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_cls(self._int)

    @property
    def with_prefixlen(self):
        return f'{self._text_of(self._int)}/{self._plen}'

    @property
    def with_netmask(self):
        return f'{self._text_of(self._int)}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._text_of(self._int)}/{self.hostmask}'


class _NoRanges:
    private = []


_BaseNetwork._ranges = _NoRanges


class _BaseV4:
    """IPv4 text forms and netmask rules."""

    __slots__ = ()
    _version = 4
    _MASK = (1 << IPV4LENGTH) - 1
    _bits = IPV4LENGTH
    _masks = {}

    def _exploded(self):
        return str(self)

    @classmethod
    def _mask_info(cls, arg):
        """(netmask address, prefix length) from a prefix length or a mask in any form."""
        if arg not in cls._masks:
            if isinstance(arg, int):
                prefix = arg
                if not 0 <= prefix <= cls._bits:
                    cls._bad_netmask(prefix)
            else:
                try:
                    prefix = cls._plen_from_digits(arg)
                except NetmaskValueError:
                    prefix = cls._plen_from_mask_text(arg)
            cls._masks[arg] = IPv4Address(cls._mask_int(prefix)), prefix
        return cls._masks[arg]

    @classmethod
    def _int_of(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        octets = text.split('.')
        if len(octets) != 4:
            raise AddressValueError(f"Expected 4 octets in {text!r}")
        try:
            value = 0
            for octet in octets:
                value = (value << 8) | cls._octet(octet)
            return value
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {text!r}") from None

    @classmethod
    def _octet(cls, text):
        if not text:
            raise ValueError("Empty octet not permitted")
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Only decimal digits permitted in {text!r}")
        if len(text) > 3:
            raise ValueError(f"At most 3 characters permitted in {text!r}")
        if text != '0' and text[0] == '0':
            raise ValueError(f"Leading zeros are not permitted in {text!r}")
        value = int(text, 10)
        if value > 255:
            raise ValueError(f"Octet {value} (> 255) not permitted")
        return value

    @classmethod
    def _text_of(cls, value):
        return '.'.join(str(b) for b in value.to_bytes(4, 'big'))

    def _ptr_name(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._bits

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address."""

    __slots__ = ('_int', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._int_in_range(address)
            self._int = address
            return
        if isinstance(address, bytes):
            self._packed_size_ok(address, 4)
            self._int = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._int = self._int_of(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._int)

    @property
    def is_reserved(self):
        return self in self._ranges.reserved

    @property
    def is_private(self):
        return any(self in net for net in self._ranges.private)

    @property
    def is_global(self):
        return self not in self._ranges.shared and not self.is_private

    @property
    def is_unspecified(self):
        return self == self._ranges.unspecified

    @property
    def is_loopback(self):
        return self in self._ranges.loopback


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address on a network ('192.0.2.5/24')."""

    _address_cls = IPv4Address


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network ('192.0.2.0/24')."""

    _addr_cls = IPv4Address

    @property
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and self.broadcast_address in shared) and
                not self.is_private)


IPv4Interface._network_cls = IPv4Network


class _V4Ranges:
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    reserved = IPv4Network('240.0.0.0/4')
    unspecified = IPv4Address('0.0.0.0')


IPv4Address._ranges = _V4Ranges
IPv4Network._ranges = _V4Ranges

_HEX = frozenset('0123456789abcdefABCDEF')


class _BaseV6:
    """IPv6 text forms and netmask rules."""

    __slots__ = ()
    _version = 6
    _MASK = (1 << IPV6LENGTH) - 1
    _HEXTETS = 8
    _bits = IPV6LENGTH
    _masks = {}

    @classmethod
    def _mask_info(cls, arg):
        if arg not in cls._masks:
            if isinstance(arg, int):
                prefix = arg
                if not 0 <= prefix <= cls._bits:
                    cls._bad_netmask(prefix)
            else:
                prefix = cls._plen_from_digits(arg)
            cls._masks[arg] = IPv6Address(cls._mask_int(prefix)), prefix
        return cls._masks[arg]

    @classmethod
    def _int_of(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError(f"At least 3 parts expected in {text!r}")
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._int
            except AddressValueError as exc:
                raise AddressValueError(f"{exc} in {text!r}") from None
            parts.append('%x' % (v4 >> 16))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTETS + 1:
            raise AddressValueError(f"At most {cls._HEXTETS} colons permitted in {text!r}")
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError(f"At most one '::' permitted in {text!r}")
                gap = i
        if gap is not None:
            before = gap
            after = len(parts) - gap - 1
            if not parts[0]:
                before -= 1
                if before:
                    raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
            if not parts[-1]:
                after -= 1
                if after:
                    raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
            skipped = cls._HEXTETS - (before + after)
            if skipped < 1:
                raise AddressValueError(
                    f"Expected at most {cls._HEXTETS - 1} other parts with '::' in {text!r}")
        else:
            if len(parts) != cls._HEXTETS:
                raise AddressValueError(f"Exactly {cls._HEXTETS} parts expected without '::' in {text!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
            before, after, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(before):
                value = (value << 16) | cls._hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-after, 0):
                value = (value << 16) | cls._hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {text!r}") from None

    @classmethod
    def _hextet(cls, text):
        if not _HEX.issuperset(text):
            raise ValueError(f"Only hex digits permitted in {text!r}")
        if len(text) > 4:
            raise ValueError(f"At most 4 characters permitted in {text!r}")
        return int(text, 16)

    @classmethod
    def _squeeze(cls, hextets):
        """The hextets with the longest run (two or more) of zeros replaced by ''."""
        best_at, best_len = -1, 0
        run_at, run_len = -1, 0
        for i, hextet in enumerate(hextets):
            if hextet == '0':
                run_len += 1
                if run_at == -1:
                    run_at = i
                if run_len > best_len:
                    best_at, best_len = run_at, run_len
            else:
                run_at, run_len = -1, 0
        if best_len > 1:
            end = best_at + best_len
            if end == len(hextets):
                hextets += ['']
            hextets[best_at:end] = ['']
            if best_at == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _text_of(cls, value=None):
        if value is None:
            value = int(cls._int)
        if value > cls._MASK:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((value >> shift) & 0xFFFF) for shift in range(112, -1, -16)]
        return ':'.join(cls._squeeze(hextets))

    def _exploded(self):
        if isinstance(self, IPv6Network):
            text, suffix = str(self.network_address), f'/{self._plen}'
        elif isinstance(self, IPv6Interface):
            text, suffix = str(self.ip), f'/{self._plen}'
        else:
            text, suffix = str(self), ''
        value = self._int_of(text.split('%')[0])
        full = ':'.join('%04x' % ((value >> shift) & 0xFFFF) for shift in range(112, -1, -16))
        return full + suffix

    def _ptr_name(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @staticmethod
    def _scope_split(text):
        addr, sep, scope = text.partition('%')
        if not sep:
            scope = None
        elif not scope or '%' in scope:
            raise AddressValueError(f'Invalid IPv6 address: "{text!r}"')
        return addr, scope

    @property
    def max_prefixlen(self):
        return self._bits

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address (optionally with a scope id: 'fe80::1%eth0')."""

    __slots__ = ('_int', '_scope', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._int_in_range(address)
            self._int = address
            self._scope = None
            return
        if isinstance(address, bytes):
            self._packed_size_ok(address, 16)
            self._int = int.from_bytes(address, 'big')
            self._scope = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope = self._scope_split(text)
        self._int = self._int_of(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope if self._scope else text

    def __hash__(self):
        return hash((self._int, self._scope))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope == getattr(other, '_scope', None)

    @property
    def scope_id(self):
        return self._scope

    @property
    def packed(self):
        return v6_int_to_packed(self._int)

    @property
    def is_reserved(self):
        return any(self in net for net in self._ranges.reserved_list)

    @property
    def is_site_local(self):
        return self in self._ranges.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in self._ranges.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._int == 0

    @property
    def is_loopback(self):
        return self._int == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if (self._int >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._int & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), else None."""
        if (self._int >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._int >> 64) & 0xFFFFFFFF), IPv4Address(~self._int & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address of a 6to4 address (2002::/16), else None."""
        if (self._int >> 112) != 0x2002:
            return None
        return IPv4Address((self._int >> 80) & 0xFFFFFFFF)


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address on a network ('2001:db8::5/64')."""

    _address_cls = IPv6Address

    @property
    def is_unspecified(self):
        return self._int == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._int == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network ('2001:db8::/32')."""

    _addr_cls = IPv6Address

    def hosts(self):
        """Every address but the Subnet-Router anycast one (the network address)."""
        addr_cls = self._addr_cls
        for value in range(int(self.network_address) + 1, int(self.broadcast_address) + 1):
            yield addr_cls(value)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


IPv6Interface._network_cls = IPv6Network


class _V6Ranges:
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved_list = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    site_local = IPv6Network('fec0::/10')


IPv6Address._ranges = _V6Ranges
IPv6Network._ranges = _V6Ranges
