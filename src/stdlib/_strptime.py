"""The parser behind time.strptime and datetime.strptime (C locale): a format becomes a regular
expression with one named group per directive, and the groups become date and time fields."""

import re as _re

_MONTHS_FULL = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                'september', 'october', 'november', 'december']
_MONTHS_ABBR = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_DAYS_FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_DAYS_ABBR = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']


def _alternation(names, group):
    names = sorted((n for n in names if n), key=len, reverse=True)
    return f"(?P<{group}>{'|'.join(_re.escape(n) for n in names)})"


def _tz_names():
    import time
    names = {'utc', 'gmt'}
    for n in time.tzname:
        names.add(n.lower())
    return names


_DIRECTIVES = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'A': _alternation(_DAYS_FULL, 'A'),
    'a': _alternation(_DAYS_ABBR, 'a'),
    'B': _alternation(_MONTHS_FULL, 'B'),
    'b': _alternation(_MONTHS_ABBR, 'b'),
    'p': "(?P<p>am|pm)",
    '%': '%',
}
_DIRECTIVES['W'] = _DIRECTIVES['U'].replace('U', 'W')
_MACROS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_cache = {}


def _pattern(fmt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{fmt}'")
            code = fmt[i + 1]
            i += 2
            if code in _MACROS:
                out.append(_pattern(_MACROS[code]))
            elif code == 'Z':
                out.append(_alternation(_tz_names(), 'Z'))
            elif code in _DIRECTIVES:
                out.append(_DIRECTIVES[code])
            else:
                raise ValueError(f"'{code}' is a bad directive in format '%{code}'")
            continue
        if ch.isspace():
            j = i
            while j < n and fmt[j].isspace():
                j += 1
            out.append(r'\s+')
            i = j
            continue
        out.append(_re.escape(ch))
        i += 1
    return ''.join(out)


def _compile(fmt):
    regex = _cache.get(fmt)
    if regex is None:
        try:
            pattern = _pattern(fmt)
        except ValueError as err:
            msg = str(err)
            if 'bad directive' in msg:
                code = msg[1]
                raise ValueError(f"'{code}' is a bad directive in format '{fmt}'") from None
            raise
        try:
            regex = _re.compile(pattern, _re.IGNORECASE)
        except _re.error:
            raise
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = regex
    return regex


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ordinal(year, month, day):
    import datetime
    return datetime.date(year, month, day).toordinal()


def _week_to_julian(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = (_ordinal(year, 1, 1) + 6) % 7
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """(fields as a 9-list, fraction in microseconds, gmtoff, gmtoff fraction, tzname)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg)}')
    regex = _compile(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError(f'time data {data_string!r} does not match format {format!r}')
    if len(data_string) != found.end():
        raise ValueError(f'unconverted data remains: {data_string[found.end():]}')

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for group_key in found_dict:
        value = found_dict[group_key]
        if value is None:
            continue
        if group_key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = _MONTHS_FULL.index(value.lower())
        elif group_key == 'b':
            month = _MONTHS_ABBR.index(value.lower())
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = (found_dict.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif group_key == 'A':
            weekday = _DAYS_FULL.index(value.lower())
        elif group_key == 'a':
            weekday = _DAYS_ABBR.index(value.lower())
        elif group_key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif group_key == 'u':
            weekday = int(value) - 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == 'U' else 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            z = value
            if z == 'Z' or z == 'z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = '0' * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding) if gmtoff_remainder else 0
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == 'Z':
            found_zone = value.lower()
            tzname = value
            if found_zone in ('utc', 'gmt'):
                tz = 0
            else:
                import time
                if found_zone == time.tzname[0].lower():
                    tz = 0
                elif time.daylight and found_zone == time.tzname[1].lower():
                    tz = 1

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = week_of_year_start == 0
            julian = _week_to_julian(year, week_of_year, weekday, week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            import datetime
            d = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
            julian = d.toordinal() - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday

    import datetime
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        d = datetime.date.fromordinal((julian - 1) + _ordinal(year, 1, 1))
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    import datetime
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime.timezone(tzdelta, tzname)
        else:
            tz = datetime.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
