"""sys.flags and sys.implementation, made on first use (sys's module __getattr__ asks here).

sys.flags is a tuple subclass as CPython's; its values come from the command line (the native
sys._flag_values, set by modules/sys_flags.rs)."""

import sys
import types

_FLAG_FIELDS = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
                'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
                'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits')


class flags(tuple):
    """Flags provided through command line arguments or environment vars."""
    __slots__ = ()
    n_fields = n_sequence_fields = len(_FLAG_FIELDS)
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'sys.flags(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FLAG_FIELDS, self)) + ')'

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __reduce__(self):
        return (flags, (tuple(self),))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


for _i, _n in enumerate(_FLAG_FIELDS):
    setattr(flags, _n, _field(_i))
flags.__module__ = 'sys'

FLAGS = flags(sys._flag_values)


class _version_info(tuple):
    __slots__ = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        names = ('major', 'minor', 'micro', 'releaselevel', 'serial')
        return 'sys.version_info(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'


for _i, _n in enumerate(('major', 'minor', 'micro', 'releaselevel', 'serial')):
    setattr(_version_info, _n, _field(_i))


def _gilpy_version():
    # sys.version reads "3.11.7 (gilpy X.Y.Z)".
    text = sys.version.split('gilpy ')[-1].rstrip(')')
    parts = [int(p) for p in text.split('.')[:3] if p.isdigit()]
    while len(parts) < 3:
        parts.append(0)
    return _version_info((parts[0], parts[1], parts[2], 'final', 0))


_v = _gilpy_version()
IMPLEMENTATION = types.SimpleNamespace(name='gilpy', cache_tag=None, version=_v,
                                       hexversion=(_v[0] << 24) | (_v[1] << 16) | (_v[2] << 8) | 0xf0,
                                       _multiarch='x86_64-linux-gnu')


class _int_info(tuple):
    """sys.int_info: how ints are stored, and the decimal text limit's default and threshold."""
    __slots__ = ()
    _names = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')
    n_fields = n_sequence_fields = len(_names)
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'sys.int_info(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self)) + ')'


for _i, _n in enumerate(_int_info._names):
    setattr(_int_info, _n, _field(_i))
_int_info.__name__ = _int_info.__qualname__ = 'int_info'
_int_info.__module__ = 'sys'

# 30-bit digits in 4 bytes, as CPython on 64-bit machines; 4300 and 640 are CPython 3.11's too.
INT_INFO = _int_info((30, 4, 4300, 640))


def _named_tuple_type(name, names, doc):
    """A struct-sequence type of sys (a tuple subclass with read-only named fields)."""
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return f'sys.{name}(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'

    body = {'__slots__': (), '__doc__': doc, '__new__': __new__, '__repr__': __repr__,
            'n_fields': len(names), 'n_sequence_fields': len(names), 'n_unnamed_fields': 0}
    for i, n in enumerate(names):
        body[n] = _field(i)
    made = type(name, (tuple,), body)
    made.__module__ = 'sys'
    return made


# The IEEE 754 double gilpy's floats are, described as CPython describes it.
FLOAT_INFO = _named_tuple_type(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon',
     'radix', 'rounds'),
    'A named tuple holding information about the float type.')(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))

# Hashing parameters: numbers hash modulo the Mersenne prime 2**61 - 1, as CPython on 64 bits.
HASH_INFO = _named_tuple_type(
    'hash_info',
    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
    'A named tuple providing parameters used for computing hashes.')(
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
