"""Time access and conversions (CPython 3.11's time API): the clocks, sleep and the calendar
arithmetic are native (_time); struct_time and the functions over it are written here."""

from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, process_time, sleep,
                   timezone, altzone, daylight, tzname, clock_gettime, clock_gettime_ns,
                   clock_settime, clock_settime_ns, pthread_getcpuclockid,
                   clock_getres, thread_time, thread_time_ns, CLOCK_REALTIME, CLOCK_MONOTONIC,
                   CLOCK_MONOTONIC_RAW, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID,
                   CLOCK_BOOTTIME, CLOCK_TAI)
from types import SimpleNamespace as _Namespace
import _time

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime(): a 9-tuple whose items
    are also attributes, with tm_zone and tm_gmtoff besides."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)')
        if len(items) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)')
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None, None)
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    def __repr__(self):
        body = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({body})'

    @property
    def tm_zone(self):
        return self._zone

    @property
    def tm_gmtoff(self):
        return self._gmtoff


def _field(index):
    return property(lambda self: self[index])


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, _field(_i))
struct_time.__module__ = 'time'


def localtime(secs=None):
    """The local time of `secs` seconds since the epoch (now when None) as a struct_time."""
    return struct_time(_time.localtime(secs))


def gmtime(secs=None):
    """UTC time of `secs` seconds since the epoch (now when None) as a struct_time."""
    return struct_time(_time.gmtime(secs))


def mktime(t):
    """The inverse of localtime(): seconds since the epoch as a float."""
    return _time.mktime(t)


def _full(t):
    # A struct_time carries its zone; a plain 9-tuple gets the local one.
    if isinstance(t, struct_time) and t.tm_zone is not None:
        return tuple(t) + (t.tm_zone, t.tm_gmtoff)
    return t


def strftime(format, t=None):
    """`t` (a time tuple, localtime() when omitted) formatted by the C library's codes."""
    if t is None:
        t = localtime()
    return _time.format(format, _full(t))


def asctime(t=None):
    """A 24-character string such as 'Sun Jun 20 23:21:05 1993' for a time tuple."""
    if t is None:
        t = localtime()
    return _time.format('%a %b %e %H:%M:%S %Y', _full(t))


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


perf_counter_ns = monotonic_ns


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """The struct_time that `string` spells in `format` (C locale directives)."""
    import _strptime
    return _strptime._strptime_time(string, format)


def process_time_ns():
    """process_time() in integer nanoseconds."""
    return int(process_time() * 1e9)


# What get_clock_info() reports per clock, as CPython on Linux: (implementation, monotonic,
# adjustable, the POSIX clock whose resolution it has).
_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True, CLOCK_REALTIME),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, CLOCK_PROCESS_CPUTIME_ID),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, CLOCK_THREAD_CPUTIME_ID),
}


def get_clock_info(name):
    """A namespace describing the clock behind time.NAME(): implementation, monotonic,
    adjustable, resolution."""
    if name not in _CLOCKS:
        raise ValueError('unknown clock')
    implementation, is_monotonic, adjustable, clock = _CLOCKS[name]
    return _Namespace(implementation=implementation, monotonic=is_monotonic,
                      adjustable=adjustable, resolution=clock_getres(clock))


def tzset():
    """Re-read the local time zone (the TZ environment variable) into timezone, altzone,
    daylight and tzname."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _time.tzset()
