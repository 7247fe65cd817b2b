"""Dates and times (CPython 3.11's datetime API): timedelta, date, time, datetime, tzinfo and
timezone, with the proleptic Gregorian calendar, ISO 8601 text and strftime/strptime.

Every value keeps plain integer fields; arithmetic works on whole microseconds (a timedelta keeps
its total beside the normalized days/seconds/microseconds) and on day ordinals (1 = 0001-01-01).
strftime's C codes are formatted by time.strftime; strptime is the shared _strptime parser."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_LAST_ORDINAL = 3652059          # 9999-12-31
_MAX_DELTA_DAYS = 999999999
_C_INT = 1 << 31

# Days in each month of a common year, and the days of the year before each month (index 13 is
# the year's length), both indexed from 1.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_DAY_ABBR = ('', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')

# Lengths of the Gregorian cycles, in days.
_DAYS_400Y = 146097
_DAYS_100Y = 36524
_DAYS_4Y = 1461


# ------------------------------------------------------------------------------------ calendar

def _leap(y):
    if y % 4:
        return False
    return y % 100 != 0 or y % 400 == 0


def _month_length(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_DAYS[m]


def _day_of_year(y, m, d):
    extra = 1 if m > 2 and _leap(y) else 0
    return _BEFORE_MONTH[m] + extra + d


def _ordinal(y, m, d):
    """Day number of a date, 0001-01-01 being day 1."""
    past = y - 1
    return past * 365 + past // 4 - past // 100 + past // 400 + _day_of_year(y, m, d)


def _from_ordinal(n):
    """(year, month, day) of a day number."""
    n -= 1
    cycles, n = divmod(n, _DAYS_400Y)
    centuries, n = divmod(n, _DAYS_100Y)
    quads, n = divmod(n, _DAYS_4Y)
    years, n = divmod(n, 365)
    year = cycles * 400 + centuries * 100 + quads * 4 + years + 1
    if centuries == 4 or years == 4:
        # The last day of a leap cycle.
        return year - 1, 12, 31
    bump = 1 if years == 3 and (quads != 24 or centuries == 3) else 0
    month = n // 31 + 1
    while month < 12 and n >= _BEFORE_MONTH[month + 1] + (bump if month >= 2 else 0):
        month += 1
    return year, month, n - _BEFORE_MONTH[month] - (bump if month > 2 else 0) + 1


def _iso_week1_monday(y):
    """Day number of the Monday of ISO week 1 of year y (the week holding its first Thursday)."""
    jan1 = _ordinal(y, 1, 1)
    monday = jan1 - (jan1 + 6) % 7
    return monday + 7 if (jan1 + 6) % 7 > 3 else monday


def _iso_triple(n):
    """(ISO year, week, weekday) of a day number."""
    year = _from_ordinal(n)[0]
    if n >= _iso_week1_monday(year + 1):
        year += 1
    else:
        start = _iso_week1_monday(year)
        if n < start:
            year -= 1
    week, day = divmod(n - _iso_week1_monday(year), 7)
    return year, week + 1, day + 1


# -------------------------------------------------------------------------------- validation

def _as_int(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _valid_date(y, m, d):
    for value, label, position in ((m, 'month', 2), (d, 'day', 3)):
        if value is None:
            raise TypeError(f"function missing required argument '{label}' (pos {position})")
    y, m, d = _as_int(y), _as_int(m), _as_int(d)
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError(f'year {y} is out of range')
    if m < 1 or m > 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or d > _month_length(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


# (field, largest value) of a time of day, checked in this order.
_CLOCK_LIMITS = (('hour', 23), ('minute', 59), ('second', 59), ('microsecond', 999999))


def _valid_clock(h, mi, s, us, fold):
    fields = [_as_int(h), _as_int(mi), _as_int(s), _as_int(us)]
    for value, (label, top) in zip(fields, _CLOCK_LIMITS):
        if value < 0 or value > top:
            raise ValueError(f'{label} must be in 0..{top}')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    fields.append(fold)
    return fields


def _valid_tzinfo(tz):
    if tz is None or isinstance(tz, tzinfo):
        return
    raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _offset_checked(value, which):
    """A utcoffset()/dst() result, checked: None or a timedelta within a day either way."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError(f"tzinfo.{which}() must return None or timedelta, not '{type(value).__name__}'")
    if -_US_PER_DAY < value._us < _US_PER_DAY:
        return value
    raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                     'timedelta(hours=24).')


def _name_checked(name):
    if name is None or isinstance(name, str):
        return name
    raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")


def _shown_name(cls):
    """How a class names itself in reprs: the C types carry their module ('datetime.date'),
    subclasses do not."""
    return 'datetime.' + cls.__qualname__ if cls.__module__ == 'datetime' else cls.__qualname__


def _round_div(num, den):
    """num / den for integers, rounded half to even."""
    q, r = divmod(num, den)
    twice = 2 * r
    if den < 0:
        twice, den = -twice, -den
    if twice > den or (twice == den and q & 1):
        q += 1
    return q


# ---------------------------------------------------------------------------------- formatting

def _offset_text(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' of an offset ('' for None)."""
    if off is None:
        return ''
    us = off._us
    sign = '-' if us < 0 else '+'
    secs, frac = divmod(abs(us), _US_PER_SECOND)
    mins, secs = divmod(secs, 60)
    hours, mins = divmod(mins, 60)
    text = f'{sign}{hours:02d}{sep}{mins:02d}'
    if secs or frac:
        text += f'{sep}{secs:02d}'
        if frac:
            text += f'.{frac:06d}'
    return text


# How isoformat(timespec=...) shows a time of day.
_TIMESPECS = {
    'hours': lambda h, m, s, us: f'{h:02d}',
    'minutes': lambda h, m, s, us: f'{h:02d}:{m:02d}',
    'seconds': lambda h, m, s, us: f'{h:02d}:{m:02d}:{s:02d}',
    'milliseconds': lambda h, m, s, us: f'{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}',
    'microseconds': lambda h, m, s, us: f'{h:02d}:{m:02d}:{s:02d}.{us:06d}',
}


def _clock_text(h, m, s, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    shape = _TIMESPECS.get(timespec)
    if shape is None:
        raise ValueError('Unknown timespec value')
    return shape(h, m, s, us)


def _strftime(value, fmt, fields):
    """strftime of a date/time/datetime: the codes only datetime knows (%f, %z, %Z, %G, %V) are
    filled in here, the rest go to time.strftime with `fields` (a 9-tuple)."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    pieces = []
    at, end = 0, len(fmt)
    while at < end:
        pct = fmt.find('%', at)
        if pct < 0 or pct + 1 >= end:
            pieces.append(fmt[at:])
            break
        pieces.append(fmt[at:pct])
        code = fmt[pct + 1]
        at = pct + 2
        if code == 'f':
            pieces.append(f'{getattr(value, "microsecond", 0):06d}')
        elif code == 'z':
            off = value.utcoffset() if hasattr(value, 'utcoffset') else None
            pieces.append(_offset_text(off, ''))
        elif code == 'Z':
            name = value.tzname() if hasattr(value, 'tzname') else None
            pieces.append('' if name is None else name.replace('%', '%%'))
        elif code in 'GV':
            iso_year, week, _ = _iso_triple(_ordinal(*fields[:3]))
            pieces.append(str(iso_year) if code == 'G' else f'{week:02d}')
        else:
            pieces.append('%' + code)
    return _time.strftime(''.join(pieces), fields)


def _fields_of(y, m, d, hh, mm, ss, dst):
    """The time.struct_time of a date and time of day."""
    weekday = (_ordinal(y, m, d) + 6) % 7
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, _day_of_year(y, m, d), dst))


def _packed_state(first, second, size):
    """The bytes a pickle passes as the first constructor argument (a Latin-1 str in Python 2
    pickles), or None when the call is an ordinary one; the second argument of such a call is a
    tzinfo or absent, never an int."""
    if isinstance(first, str) and len(first) == size:
        try:
            first = first.encode('latin1')
        except UnicodeEncodeError:
            return None
    if isinstance(first, (bytes, bytearray)) and len(first) == size and not isinstance(second, int):
        return bytes(first)
    return None


def _comparisons(cls):
    """Class decorator: the six rich comparisons from cls._order(other, equality), which gives a
    number below, at or above zero, or NotImplemented. For == and != (equality=True) it may give
    _UNEQUAL: objects of kinds that are never equal."""
    def build(name, test, equality):
        def compare(self, other):
            sign = self._order(other, equality)
            if sign is NotImplemented:
                return NotImplemented
            return test(sign)
        compare.__name__ = compare.__qualname__ = name
        return compare
    for name, test, equality in (('__eq__', lambda s: s == 0, True), ('__ne__', lambda s: s != 0, True),
                                 ('__lt__', lambda s: s < 0, False), ('__le__', lambda s: s <= 0, False),
                                 ('__gt__', lambda s: s > 0, False), ('__ge__', lambda s: s >= 0, False)):
        setattr(cls, name, build(name, test, equality))
    return cls


_UNEQUAL = float('nan')   # compares false to zero and true to "!= 0": never equal


def _sign(a, b):
    return (a > b) - (a < b)


# ---------------------------------------------------------------------------------- timedelta

# The keyword arguments of timedelta(), with their length in microseconds.
_UNIT_US = (('days', _US_PER_DAY), ('seconds', _US_PER_SECOND), ('microseconds', 1),
            ('milliseconds', 1000), ('minutes', 60 * _US_PER_SECOND),
            ('hours', 3600 * _US_PER_SECOND), ('weeks', 7 * _US_PER_DAY))


def _total_us(parts):
    """The exact sum of (value, unit) parts as a fraction num/den of microseconds."""
    num, den = 0, 1
    for (label, unit), value in zip(_UNIT_US, parts):
        if isinstance(value, int):
            if value:
                num += value * unit * den
        elif isinstance(value, float):
            if value != value:
                raise ValueError('cannot convert float NaN to integer')
            if value in (_INF, -_INF):
                raise OverflowError('cannot convert float infinity to integer')
            top, bottom = value.as_integer_ratio()
            num = num * bottom + top * unit * den
            den *= bottom
        else:
            raise TypeError(f'unsupported type for timedelta {label} component: {type(value).__name__}')
    return num, den


_INF = float('inf')


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized."""

    __slots__ = ('_us', '_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        num, den = _total_us((days, seconds, microseconds, milliseconds, minutes, hours, weeks))
        # One rounding (half to even) of the exact sum.
        return cls._exact(num if den == 1 else _round_div(num, den))

    @classmethod
    def _exact(cls, us):
        """The timedelta of `us` microseconds."""
        days, rest = divmod(us, _US_PER_DAY)
        if days > _MAX_DELTA_DAYS or days < -_MAX_DELTA_DAYS:
            if -_C_INT <= days < _C_INT:
                raise OverflowError(f'days={days}; must have magnitude <= {_MAX_DELTA_DAYS}')
            raise OverflowError('Python int too large to convert to C int')
        made = object.__new__(cls)
        made._us = us
        made._days = days
        made._seconds, made._microseconds = divmod(rest, _US_PER_SECOND)
        made._hashcode = -1
        return made

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds, doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda self: self._microseconds, doc='Number of microseconds (>= 0 and less than 1 second).')

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us / _US_PER_SECOND

    def __repr__(self):
        shown = [f'{label}={value}' for label, value in
                 (('days', self._days), ('seconds', self._seconds), ('microseconds', self._microseconds)) if value]
        return _shown_name(type(self)) + '(' + (', '.join(shown) or '0') + ')'

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f'{hours}:{minutes:02d}:{secs:02d}'
        if self._microseconds:
            text = f'{text}.{self._microseconds:06d}'
        days = self._days
        if days:
            text = f"{days} day{'' if days in (1, -1) else 's'}, {text}"
        return text

    # Arithmetic: on the total microseconds.
    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._exact(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._exact(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._exact(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return timedelta._exact(-self._us)

    def __pos__(self):
        return timedelta._exact(self._us)

    def __abs__(self):
        return timedelta._exact(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._exact(self._us * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return timedelta._exact(_round_div(self._us * top, bottom))
        return NotImplemented

    __rmul__ = __mul__

    def _divisor(self, other, message='integer division or modulo by zero'):
        """The microseconds of a timedelta divisor, refusing zero."""
        if not other._us:
            raise ZeroDivisionError(message)
        return other._us

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // self._divisor(other)
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._exact(self._us // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / self._divisor(other, 'division by zero')
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._exact(_round_div(self._us, other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            if top == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._exact(_round_div(self._us * bottom, top))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._exact(self._us % self._divisor(other, 'integer modulo by zero'))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            whole, rest = divmod(self._us, self._divisor(other))
            return whole, timedelta._exact(rest)
        return NotImplemented

    def _order(self, other, equality):
        if isinstance(other, timedelta):
            return _sign(self._us, other._us)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


_comparisons(timedelta)
timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta._exact((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = timedelta._exact(1)
_ZERO = timedelta._exact(0)


# --------------------------------------------------------------------------- ISO 8601 text

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
            first_weekday = _ordinal(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    day_1 = _iso_week1_monday(year)
    ordinal = day_1 + (week - 1) * 7 + (day - 1)
    return _from_ordinal(ordinal)


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


# --------------------------------------------------------------------------------------- date

@_comparisons
class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        packed = _packed_state(year, month, 4)
        if packed is not None:
            year, month, day = (packed[0] << 8) | packed[1], packed[2], packed[3]
        return cls._trusted(*_valid_date(year, month, day))

    @classmethod
    def _trusted(cls, y, m, d):
        """A date from fields already known to be valid."""
        made = object.__new__(cls)
        made._year, made._month, made._day, made._hashcode = y, m, d, -1
        return made

    # ----- other constructors
    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        y, m, d = _time.localtime(_seconds_of(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of day number n (1 is 0001-01-01)."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        found = None
        if len(date_string) in (7, 8, 10):
            found = _parse_isoformat_date(date_string)
        if found is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*found)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    # ----- fields
    year = property(lambda self: self._year, doc='year (1-9999)')
    month = property(lambda self: self._month, doc='month (1-12)')
    day = property(lambda self: self._day, doc='day (1-31)')

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return (self.toordinal() - 1) % 7 + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_triple(self.toordinal()))

    def timetuple(self):
        return _fields_of(self._year, self._month, self._day, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    # ----- text
    def __repr__(self):
        return f'{_shown_name(type(self))}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        return f'{_DAY_ABBR[self.isoweekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} 00:00:00 {self._year:04d}'

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    # ----- comparison, hashing, arithmetic
    def _order(self, other, equality):
        if isinstance(other, date):
            if not isinstance(other, datetime) and not isinstance(self, datetime):
                return _sign((self._year, self._month, self._day), (other._year, other._month, other._day))
            # A date and a datetime: never equal, and not ordered.
            if equality:
                return _UNEQUAL
            first, second = (other, self) if isinstance(other, datetime) else (self, other)
            raise TypeError(f"can't compare {_shown_name(type(first))} to {_shown_name(type(second))}")
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        day = self.toordinal() + other._days
        if 0 < day <= _LAST_ORDINAL:
            return type(self)._trusted(*_from_ordinal(day))
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta._exact(-other._days * _US_PER_DAY)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta._exact((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return type(self), (bytes((self._year >> 8, self._year & 0xFF, self._month, self._day)),)


date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar(), with names."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        # Pickled as a plain tuple, as CPython does.
        return tuple, (tuple(self),)

    def __repr__(self):
        y, w, d = self
        return f'{_shown_name(type(self))}(year={y}, week={w}, weekday={d})'


# ------------------------------------------------------------------------------------- tzinfo

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
        """The local time of dt, a UTC time carrying this tzinfo (the default algorithm, for
        zones whose standard offset does not change)."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime.datetime instance, not ' + type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset, saving = dt.utcoffset(), dt.dst()
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = offset - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + saving

    def __reduce__(self):
        initargs = getattr(self, '__getinitargs__', None)
        return type(self), (initargs() if initargs else ()), getattr(self, '__dict__', None)


# --------------------------------------------------------------------------------------- time

def _clock_us(h, m, s, us):
    return ((h * 60 + m) * 60 + s) * _US_PER_SECOND + us


def _repr_tail(fold, tz, fold_first):
    """The `, fold=1` and `, tzinfo=...` a time or datetime repr ends with (CPython shows a
    datetime's fold first, a time's last)."""
    parts = [', fold=1' if fold else '', '' if tz is None else f', tzinfo={tz!r}']
    if not fold_first:
        parts.reverse()
    return ''.join(parts) + ')'


def _zone_queries(pass_self):
    """utcoffset(), dst() and tzname() of a time (pass_self false: the tzinfo is asked about
    None) or a datetime (asked about the datetime itself), each None without a tzinfo."""
    def utcoffset(self):
        zone = self._tzinfo
        return None if zone is None else _offset_checked(zone.utcoffset(self if pass_self else None), 'utcoffset')

    def dst(self):
        zone = self._tzinfo
        return None if zone is None else _offset_checked(zone.dst(self if pass_self else None), 'dst')

    def tzname(self):
        zone = self._tzinfo
        return None if zone is None else _name_checked(zone.tzname(self if pass_self else None))
    return utcoffset, dst, tzname


@_comparisons
class time:
    """A time of day (hour, minute, second, microsecond), optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        packed = _packed_state(hour, None, 6)
        if packed is not None:
            tzinfo = None if isinstance(minute, int) else minute
            hour, fold, minute, second = packed[0] & 0x7F, packed[0] >> 7, packed[1], packed[2]
            microsecond = int.from_bytes(packed[3:6], 'big')
        hour, minute, second, microsecond, fold = _valid_clock(hour, minute, second, microsecond, fold)
        _valid_tzinfo(tzinfo)
        made = object.__new__(cls)
        made._hour, made._minute, made._second, made._microsecond = hour, minute, second, microsecond
        made._tzinfo, made._fold, made._hashcode = tzinfo, fold, -1
        return made

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    def _since_midnight(self):
        return _clock_us(self._hour, self._minute, self._second, self._microsecond)

    # ----- the zone (its tzinfo methods are asked with None)
    utcoffset, dst, tzname = _zone_queries(False)

    # ----- comparison and hashing
    def _order(self, other, equality):
        if not isinstance(other, time):
            return NotImplemented
        mine, theirs = self._since_midnight(), other._since_midnight()
        if self._tzinfo is other._tzinfo:
            return _sign(mine, theirs)
        my_off, their_off = self.utcoffset(), other.utcoffset()
        if my_off == their_off:
            return _sign(mine, theirs)
        if my_off is None or their_off is None:
            if equality:
                return _UNEQUAL
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _sign(self._utc_key(my_off), other._utc_key(their_off))

    def _utc_key(self, off):
        """(seconds, microsecond) in UTC of an aware time; as CPython, the offset counts in whole
        seconds only."""
        whole = self._hour * 3600 + self._minute * 60 + self._second
        return whole - (off._days * 86400 + off._seconds), self._microsecond

    def __hash__(self):
        if self._hashcode == -1:
            base = self.replace(fold=0) if self._fold else self
            off = base.utcoffset()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(self._utc_key(off))
        return self._hashcode

    # ----- text
    def __repr__(self):
        shown = f'{self._hour}, {self._minute}'
        if self._second or self._microsecond:
            shown += f', {self._second}'
        if self._microsecond:
            shown += f', {self._microsecond}'
        return f'{_shown_name(type(self))}({shown}' + _repr_tail(self._fold, self._tzinfo, False)

    def isoformat(self, timespec='auto'):
        clock = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return clock + _offset_text(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        fields = _parse_isoformat_time(text) if text else None
        if fields is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        return cls(*fields)

    def strftime(self, fmt):
        # The date part of the fields is 1900-01-01, as CPython uses.
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # ----- pickling: six packed bytes (the fold in the hour's top bit), then the tzinfo
    def __reduce_ex__(self, protocol):
        first = self._hour | (0x80 if self._fold and protocol > 3 else 0)
        packed = bytes((first, self._minute, self._second)) + self._microsecond.to_bytes(3, 'big')
        return type(self), (packed,) if self._tzinfo is None else (packed, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _seconds_of(t):
    """A timestamp argument checked: an int or a float, neither NaN nor infinite."""
    if isinstance(t, bool) or not isinstance(t, (int, float)):
        if isinstance(t, str) or not hasattr(t, '__float__'):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        t = float(t)
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (_INF, -_INF):
            raise OverflowError('cannot convert float infinity to integer')
    return t


def _whole_and_us(t):
    """Whole seconds and microseconds (rounded half to even) of a timestamp."""
    t = _seconds_of(t)
    if isinstance(t, int):
        return t, 0
    top, bottom = t.as_integer_ratio()
    return divmod(_round_div(top * _US_PER_SECOND, bottom), _US_PER_SECOND)


# ----------------------------------------------------------------------------------- datetime

_EPOCH_ORDINAL = 719163          # 1970-01-01
_DAY_SECONDS = 86400


def _wall_seconds(u):
    """The local wall-clock time of POSIX time u, as seconds since 1970-01-01 00:00 (no zone)."""
    y, m, d, hh, mm, ss = _time.localtime(u)[:6]
    return (_ordinal(y, m, d) - _EPOCH_ORDINAL) * _DAY_SECONDS + hh * 3600 + mm * 60 + ss


@_comparisons
class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        packed = _packed_state(year, month, 10)
        if packed is not None:
            tzinfo = month
            year, month, fold, day = (packed[0] << 8) | packed[1], packed[2] & 0x7F, packed[2] >> 7, packed[3]
            hour, minute, second = packed[4], packed[5], packed[6]
            microsecond = int.from_bytes(packed[7:10], 'big')
        year, month, day = _valid_date(year, month, day)
        clock = _valid_clock(hour, minute, second, microsecond, fold)
        _valid_tzinfo(tzinfo)
        return cls._trusted(year, month, day, *clock[:4], tzinfo, clock[4])

    @classmethod
    def _trusted(cls, y, m, d, hh=0, mi=0, ss=0, us=0, tz=None, fold=0):
        """A datetime from fields already known to be valid."""
        made = object.__new__(cls)
        made._year, made._month, made._day = y, m, d
        made._hour, made._minute, made._second, made._microsecond = hh, mi, ss, us
        made._tzinfo, made._fold, made._hashcode = tz, fold, -1
        return made

    @classmethod
    def _of_day_us(cls, total, tz):
        """The datetime at `total` microseconds counted from the start of day ordinal 0 (so
        whole days are day ordinals), with tzinfo tz; OverflowError outside years 1..9999."""
        day, rest = divmod(total, _US_PER_DAY)
        if day < 1 or day > _LAST_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(rest, _US_PER_SECOND)
        mins, secs = divmod(secs, 60)
        hours, mins = divmod(mins, 60)
        y, m, d = _from_ordinal(day)
        if cls is datetime:
            return cls._trusted(y, m, d, hours, mins, secs, us, tz)
        return cls(y, m, d, hours, mins, secs, us, tz)

    def _day_us(self):
        return self.toordinal() * _US_PER_DAY + _clock_us(self._hour, self._minute, self._second, self._microsecond)

    hour, minute, second, microsecond, tzinfo, fold = (time.hour, time.minute, time.second,
                                                        time.microsecond, time.tzinfo, time.fold)

    # ----- other constructors
    @classmethod
    def _from_posix(cls, t, utc, tz):
        whole, us = _whole_and_us(t)
        if not -(1 << 63) <= whole < (1 << 63):
            raise OverflowError('timestamp out of range for platform time_t')
        try:
            fields = (_time.gmtime if utc else _time.localtime)(whole)[:6]
        except (OverflowError, OSError):
            raise ValueError('year is out of range') from None
        y, m, d, hh, mi, ss = fields
        made = cls(y, m, d, hh, mi, min(ss, 59), us, tz)
        if tz is not None:
            return tz.fromutc(made)
        if not utc and _repeated_wall_time(whole):
            made._fold = 1
        return made

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _valid_tzinfo(tz)
        return cls._from_posix(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, True, None)

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
        zone = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   zone, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        bad = ValueError(f'Invalid isoformat string: {date_string!r}')
        if len(date_string) < 7:
            raise bad
        cut = _find_isoformat_date_end(date_string)
        ymd = _parse_isoformat_date(date_string[:cut])
        if ymd is None:
            raise bad
        clock = [0, 0, 0, 0, None]
        if cut < len(date_string):
            rest = date_string[cut + 1:]
            clock = _parse_isoformat_time(rest) if rest else None
            if clock is None:
                raise bad
        return cls(*ymd, *clock)

    @classmethod
    def strptime(cls, date_string, format):
        for position, arg in enumerate((date_string, format), 1):
            if not isinstance(arg, str):
                raise TypeError(f'strptime() argument {position} must be str, not {type(arg).__name__}')
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # ----- views
    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _fields_of(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        moment = self
        off = self.utcoffset()
        if off:
            moment = moment - off
        return _fields_of(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second, 0)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        changes = (year, month, day, hour, minute, second, microsecond)
        current = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
        fields = [now if new is None else new for new, now in zip(changes, current)]
        return type(self)(*fields, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # ----- POSIX time and the local zone
    def _local_to_posix(self):
        """The POSIX time at which local clocks show this (naive) datetime; `fold` picks between
        the two answers at a clock set back, and says how to read a time skipped by a clock set
        forward (0: with the offset from before the jump)."""
        wall = (self.toordinal() - _EPOCH_ORDINAL) * _DAY_SECONDS + self._hour * 3600 + self._minute * 60 + self._second
        before = _wall_seconds(wall - _DAY_SECONDS) - (wall - _DAY_SECONDS)
        after = _wall_seconds(wall + _DAY_SECONDS) - (wall + _DAY_SECONDS)
        here = _wall_seconds(wall) - wall
        answers = sorted({wall - off for off in (before, here, after) if _wall_seconds(wall - off) == wall})
        if answers:
            return answers[-1] if self._fold else answers[0]
        return wall - (after if self._fold else before)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_to_posix() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_timezone(self):
        """The local zone (fixed offset and name) in force at this datetime."""
        if self._tzinfo is None:
            posix = self._local_to_posix()
        else:
            posix = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(posix)
        gmtoff = local.tm_gmtoff
        if gmtoff is None:
            gmtoff = _wall_seconds(posix) - posix
        return timezone(timedelta(seconds=gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        else:
            _valid_tzinfo(tz)
        source = self._tzinfo
        offset = None if source is None else source.utcoffset(self)
        if offset is None:
            source = (self if self._tzinfo is None else self.replace(tzinfo=None))._local_timezone()
            offset = source.utcoffset(self)
        if tz is source:
            return self
        return tz.fromutc((self - offset).replace(tzinfo=tz))

    # ----- the zone (its tzinfo methods are asked with the datetime)
    utcoffset, dst, tzname = _zone_queries(True)

    # ----- text
    def ctime(self):
        return (f'{_DAY_ABBR[self.isoweekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not {type(sep).__name__}")
        clock = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}{clock}' + _offset_text(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        # Trailing zero microseconds, then seconds, are left out.
        for _ in range(2):
            if fields[-1] == 0:
                fields.pop()
        inner = ', '.join([str(f) for f in fields])
        return f'{_shown_name(type(self))}({inner}' + _repr_tail(self._fold, self._tzinfo, True)

    # ----- comparison, hashing, arithmetic
    def _order(self, other, equality):
        if not isinstance(other, datetime):
            if not isinstance(other, date):
                return NotImplemented
            if equality:
                return _UNEQUAL
            raise TypeError(f"can't compare {_shown_name(type(self))} to {_shown_name(type(other))}")
        mine, theirs = self._day_us(), other._day_us()
        if self._tzinfo is other._tzinfo:
            return _sign(mine, theirs)
        my_off, their_off = self.utcoffset(), other.utcoffset()
        # At a fold or gap the offset depends on `fold`: such a time equals no other-zone time.
        if equality and (my_off != self.replace(fold=1 - self._fold).utcoffset()
                         or their_off != other.replace(fold=1 - other._fold).utcoffset()):
            return _UNEQUAL
        if my_off == their_off:
            return _sign(mine, theirs)
        if my_off is None or their_off is None:
            if equality:
                return _UNEQUAL
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _sign(mine - my_off._us, theirs - their_off._us)

    def __hash__(self):
        if self._hashcode == -1:
            base = self.replace(fold=0) if self._fold else self
            off = base.utcoffset()
            self._hashcode = hash(self._day_us() - (0 if off is None else off._us))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._of_day_us(self._day_us() + other._us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._of_day_us(self._day_us() - other._us, self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        apart = self._day_us() - other._day_us()
        if self._tzinfo is not other._tzinfo:
            my_off, their_off = self.utcoffset(), other.utcoffset()
            if my_off != their_off:
                if my_off is None or their_off is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                apart += their_off._us - my_off._us
        return timedelta._exact(apart)

    # ----- pickling: ten packed bytes (the fold in the month's top bit), then the tzinfo
    def __reduce_ex__(self, protocol):
        month = self._month | (0x80 if self._fold and protocol > 3 else 0)
        packed = (bytes((self._year >> 8, self._year & 0xFF, month, self._day, self._hour, self._minute,
                         self._second)) + self._microsecond.to_bytes(3, 'big'))
        return type(self), (packed,) if self._tzinfo is None else (packed, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _repeated_wall_time(u):
    """Whether the local wall time at POSIX time u was already shown earlier (u falls in the
    second pass through a clock set back)."""
    try:
        now = _wall_seconds(u) - u
        earlier = _wall_seconds(u - _DAY_SECONDS) - (u - _DAY_SECONDS)
    except (OverflowError, OSError):
        return False
    if earlier <= now:
        return False
    first_pass = u - (earlier - now)
    return _wall_seconds(first_pass) == _wall_seconds(u)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ------------------------------------------------------------------------------------ timezone

_NO_NAME = object()


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is _NO_NAME:
            name = None
            if cls is timezone and not offset._us and 'utc' in timezone.__dict__:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        made = tzinfo.__new__(cls)
        made._offset, made._name = offset, name
        return made

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        shown = repr(self._offset) if self._name is None else f'{self._offset!r}, {self._name!r}'
        return f'{_shown_name(type(self))}({shown})'

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _accepts(dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{method}(dt) argument must be a datetime instance or None, not {type(dt).__name__}')

    def utcoffset(self, dt):
        self._accepts(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._accepts(dt, 'dst')
        return None

    def tzname(self, dt):
        self._accepts(dt, 'tzname')
        if self._name is not None:
            return self._name
        return self._name_from_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    @staticmethod
    def _name_from_offset(delta):
        return 'UTC' + _offset_text(delta) if delta else 'UTC'


timezone.utc = timezone(_ZERO)
UTC = timezone.utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

for _cls in (timedelta, date, IsoCalendarDate, tzinfo, time, datetime, timezone):
    _cls.__module__ = 'datetime'
del _cls
