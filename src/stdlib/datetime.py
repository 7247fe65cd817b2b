"""Dates and times (CPython 3.11's datetime API): timedelta, date, time, datetime, tzinfo and
timezone, with the proleptic Gregorian calendar, ISO 8601 text and strftime/strptime. strftime's
C codes are formatted by time.strftime; strptime is the shared _strptime parser."""

import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MAX_ORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles, from day 1 of year 1.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


def _type_name(cls):
    # C types name themselves with their module ('datetime.date'); subclasses by their own name.
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__qualname__


def _tname(obj):
    t = type(obj)
    if t.__module__ in ('datetime', 'builtins'):
        return _type_name(t) if t.__module__ == 'datetime' else t.__name__
    return t.__name__


def _check_int(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _cmp_error(op, a, b):
    return TypeError(f"'{op}' not supported between instances of '{_tname(a)}' and '{_tname(b)}'")


def _divide_and_round(a, b):
    """a / b rounded half to even, for integers."""
    q, r = divmod(a, b)
    r2 = r * 2
    greater = r2 > b if b > 0 else r2 < b
    if greater or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         f'timedelta(hours=24), not {offset!r}.')


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or ss.microseconds:
        s += f'{sep}{ss.seconds:02d}'
        if ss.microseconds:
            s += f'.{ss.microseconds:06d}'
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    """strftime with datetime's own codes (%f, %z, %Z) done here and the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        code = fmt[i]
        i += 1
        if code == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name is not None else '')
        else:
            out.append('%' + code)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _pickled_state(first, second, size):
    """The packed bytes a pickle passes as the first constructor argument (a Latin-1 str in
    Python 2 pickles), or None when the call is an ordinary one. The second argument of such a
    call is a tzinfo or absent, never an int."""
    if isinstance(first, str) and len(first) == size:
        try:
            first = first.encode("latin1")
        except UnicodeEncodeError:
            return None
    if isinstance(first, (bytes, bytearray)) and len(first) == size and not isinstance(second, int):
        return bytes(first)
    return None


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Sum exactly as a fraction of microseconds, then round half to even once.
        num = 0
        den = 1
        for value, factor in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                              (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                              (weeks, 604800000000)):
            if isinstance(value, float):
                if value != value or value in (float('inf'), float('-inf')):
                    if value != value:
                        raise ValueError('cannot convert float NaN to integer')
                    raise OverflowError('cannot convert float infinity to integer')
                n, d = value.as_integer_ratio()
                num = num * d + n * factor * den
                den *= d
            elif isinstance(value, int):
                num += value * factor * den
            else:
                raise TypeError(f"unsupported type for timedelta {_ARG_NAMES[factor]} component: {type(value).__name__}")
        us = _divide_and_round(num, den) if den != 1 else num
        return cls._from_microseconds(us)

    @classmethod
    def _from_microseconds(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f"{_type_name(type(self))}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = f'{self._days} day{plural}, ' + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_us())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._to_us():
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._to_us():
                raise ZeroDivisionError('division by zero')
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if not n:
                raise ZeroDivisionError('division by zero')
            return timedelta._from_microseconds(_divide_and_round(d * self._to_us(), n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._to_us():
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._to_us():
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_ARG_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
              60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _digits(s):
    """Whether `s` is a non-empty run of ASCII digits."""
    if not s:
        return False
    for c in s:
        if not '0' <= c <= '9':
            return False
    return True


def _parse_isoformat_date(s):
    """(year, month, day) of the date forms of ISO 8601 that 3.11 reads, or None."""
    n = len(s)
    if n < 7 or not _digits(s[:4]):
        return None
    year = int(s[:4])
    if n in (10, 8) and s[4] != 'W' and s[5] != 'W':
        if n == 10:
            if s[4] != '-' or s[7] != '-' or not _digits(s[5:7]) or not _digits(s[8:10]):
                return None
            month, day = int(s[5:7]), int(s[8:10])
        else:
            if not _digits(s[4:]):
                return None
            month, day = int(s[4:6]), int(s[6:8])
        return year, month, day
    # Week dates: YYYY-Www[-D] or YYYYWww[D].
    rest = s[4:]
    dash = rest.startswith('-')
    if dash:
        rest = rest[1:]
    if not rest.startswith('W') or not _digits(rest[1:3]) or len(rest) < 3:
        return None
    week = int(rest[1:3])
    rest = rest[3:]
    weekday = 1
    if rest:
        if dash:
            if rest[0] != '-':
                return None
            rest = rest[1:]
        if len(rest) != 1 or not _digits(rest):
            return None
        weekday = int(rest)
    return _isocalendar_to_ymd(year, week, weekday)


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    day_1 = _isoweek1monday(year)
    ordinal = day_1 + (week - 1) * 7 + (day - 1)
    return _ord2ymd(ordinal)


def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    week1monday = first - first_weekday
    if first_weekday > 3:
        week1monday += 7
    return week1monday


def _parse_hh_mm_ss_ff(s):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.f+]]] (or without colons), or None."""
    comps = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for i in range(3):
        if n - pos < 2 or not _digits(s[pos:pos + 2]):
            return None
        comps[i] = int(s[pos:pos + 2])
        pos += 2
        if pos >= n or i == 2:
            break
        c = s[pos]
        if has_sep is None:
            has_sep = c == ':'
        if c == ':':
            if not has_sep:
                return None
            pos += 1
        elif c in '.,':
            break
        elif has_sep:
            return None
    if pos < n:
        if s[pos] not in '.,' or i < 2:
            return None
        pos += 1
        frac = s[pos:]
        if not _digits(frac):
            return None
        digits = frac[:6]
        us = int(digits) * 10 ** (6 - len(digits))
        comps[3] = us
    return comps


def _parse_isoformat_time(s):
    """(h, m, s, us, tzinfo) of an ISO time with an optional offset, or None."""
    tzpos = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            tzpos = i
            break
    timestr = s if tzpos < 0 else s[:tzpos]
    comps = _parse_hh_mm_ss_ff(timestr)
    if comps is None:
        return None
    tz = None
    if tzpos >= 0:
        tzstr = s[tzpos:]
        if tzstr == 'Z':
            tz = timezone.utc
        else:
            if tzstr[0] == 'Z':
                return None
            off = _parse_hh_mm_ss_ff(tzstr[1:])
            if off is None or len(tzstr) - 1 not in (2, 4, 5, 6, 8) and off[3] == 0:
                if off is None:
                    return None
            td = timedelta(hours=off[0], minutes=off[1], seconds=off[2], microseconds=off[3])
            if tzstr[0] == '-':
                td = -td
            if not td:
                tz = timezone.utc
            else:
                tz = timezone(td)
    comps.append(tz)
    return comps


class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        state = _pickled_state(year, month, 4)
        if state is not None:
            year, month, day = state[0] * 256 + state[1], state[2], state[3]
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(_timestamp_seconds(t))[:9]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f'ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_isoformat_date(date_string) if len(date_string) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return f'{_type_name(type(self))}({self._year}, {self._month}, {self._day})'

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def _comparable(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return True
        if op in ('==', '!='):
            return False
        if isinstance(other, date):
            raise TypeError(f"can't compare {_tname(self)} to {_tname(other)}")
        return False

    def __eq__(self, other):
        if self._comparable(other, '=='):
            return self._cmp(other) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other, '!='):
            return self._cmp(other) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other, '<'):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other, '<='):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other, '>'):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other, '>='):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (bytes([self._year >> 8, self._year & 255, self._month, self._day]),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar(), with names."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return f'{_type_name(type(self))}(year={self[0]}, week={self[1]}, weekday={self[2]})'


class tzinfo:
    """The abstract base of time zone information: subclasses give utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime.datetime instance, not ' + type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None))


class time:
    """A time of day (hour, minute, second, microsecond), optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = _pickled_state(hour, None, 6)
        if state is not None:
            tzinfo = None if isinstance(minute, int) else minute
            hour, fold = state[0] & 127, state[0] >> 7
            minute, second = state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, allow_mixed):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a, b = self._key(), other._key()
            return 0 if a == b else (1 if a > b else -1)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash(t._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond)._key())
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = f', {self._second}, {self._microsecond}'
        elif self._second != 0:
            s = f', {self._second}'
        else:
            s = ''
        s = f'{_type_name(type(self))}({self._hour}, {self._minute}{s})'
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string.startswith('T') else time_string
        parsed = _parse_isoformat_time(s) if s else None
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        return cls(*parsed)

    def strftime(self, fmt):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes([hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _timestamp_seconds(t):
    if isinstance(t, bool) or not isinstance(t, (int, float)):
        if hasattr(t, '__float__') and not isinstance(t, str):
            t = float(t)
        else:
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')):
            raise OverflowError('cannot convert float infinity to integer')
    return t


def _split_timestamp(t):
    """Whole seconds and microseconds (rounded half to even) of a timestamp."""
    t = _timestamp_seconds(t)
    if isinstance(t, int):
        return t, 0
    n, d = t.as_integer_ratio()
    total = _divide_and_round(n * 1000000, d)
    return divmod(total, 1000000)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = _pickled_state(year, month, 10)
        if state is not None:
            tzinfo = month
            year, month, fold, day = state[0] * 256 + state[1], state[2] & 127, state[2] >> 7, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        try:
            tt = _time.gmtime(secs) if utc else _time.localtime(secs)
        except (OverflowError, OSError):
            raise ValueError('year is out of range') from None
        y, m, d, hh, mm, ss = tt[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # A local time repeated at a fold (a clock set back) gets fold=1 when it is the second.
            max_fold_seconds = 24 * 3600
            probe = secs - max_fold_seconds
            try:
                y2, m2, d2, hh2, mm2, ss2 = _time.localtime(probe)[:6]
            except (OverflowError, OSError):
                return result
            trans = result - cls(y2, m2, d2, hh2, mm2, ss2, us) - timedelta(0, max_fold_seconds)
            if trans.days < 0:
                y2, m2, d2, hh2, mm2, ss2 = _time.localtime(secs + trans // timedelta(0, 1))[:6]
                probe_dt = cls(y2, m2, d2, hh2, mm2, ss2, us)
                if probe_dt == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError(f'combine() argument 1 must be datetime.date, not {type(date).__name__}')
        if not isinstance(time, _time_class):
            raise TypeError(f'combine() argument 2 must be datetime.time, not {type(time).__name__}')
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        # The date part ends where a separator follows a full date form.
        split = _find_isoformat_date_end(date_string)
        dstr = date_string[:split]
        ymd = _parse_isoformat_date(dstr)
        if ymd is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        tstr = date_string[split + 1:]
        if split < len(date_string):
            parsed = _parse_isoformat_time(tstr) if tstr else None
            if parsed is None:
                raise ValueError(f'Invalid isoformat string: {date_string!r}')
        else:
            parsed = [0, 0, 0, 0, None]
        return cls(*(list(ymd) + parsed))

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, dst)

    def _local_timestamp(self):
        epoch = datetime(1970, 1, 1)
        max_fold_seconds = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-max_fold_seconds, max_fold_seconds)[self.fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self.fold](u1, u2)

    def timestamp(self):
        if self._tzinfo is None:
            s = self._local_timestamp()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = localtm.tm_gmtoff
        zone = localtm.tm_zone
        if gmtoff is None:
            gmtoff = (local - datetime(*_time.gmtime(ts)[:6])) // timedelta(seconds=1)
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError(f"astimezone() argument 1 must be datetime.tzinfo, not {type(tz).__name__}")
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not {type(sep).__name__}")
        s = f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = f"{_type_name(type(self))}({', '.join(map(str, L))})"
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        for i, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError(f'strptime() argument {i + 1} must be str, not {type(arg).__name__}')
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            a, b = self._key(), other._key()
            return 0 if a == b else (1 if a > b else -1)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _comparable(self, other, op):
        if isinstance(other, datetime):
            return True
        if op in ('==', '!='):
            return False
        if isinstance(other, date):
            raise TypeError(f"can't compare {_tname(self)} to {_tname(other)}")
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other, '<'):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other, '<='):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other, '>'):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other, '>='):
            return self._cmp(other) >= 0
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute, seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAX_ORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self).combine(date(y, m, d), time(hour, minute, second, delta.microseconds, tzinfo=self._tzinfo))
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._key())
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes([self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _find_isoformat_date_end(s):
    # The date is 10 characters (YYYY-MM-DD), 8 (YYYYMMDD or YYYY-Www / YYYYWwwD), 7 (YYYYWww)
    # or 10 (YYYY-Www-D); the separator is the next character.
    n = len(s)
    if n >= 5 and s[4] == '-':
        if n >= 6 and s[5] == 'W':
            if n >= 9 and s[8] == '-':
                return 10
            return 8
        return 10
    if n >= 5 and s[4] == 'W':
        if n >= 8 and _digits(s[7]):
            return 8
        return 7
    return 8


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is cls._Omitted:
            if not offset and cls is timezone and 'utc' in timezone.__dict__:
                return timezone.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_type_name(type(self))}({self._offset!r})'
        return f'{_type_name(type(self))}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, name):
        if not (isinstance(dt, datetime) or dt is None):
            raise TypeError(f'{name}(dt) argument must be a datetime instance or None, not {type(dt).__name__}')

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError(f'fromutc() argument must be a datetime.datetime instance, not {type(dt).__name__}')

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

for _cls in (timedelta, date, IsoCalendarDate, tzinfo, time, datetime, timezone):
    _cls.__module__ = 'datetime'
del _cls
