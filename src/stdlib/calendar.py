"""calendar: month and year calendars as data (Calendar), text (TextCalendar) and HTML
(HTMLCalendar), plus date arithmetic helpers (isleap, leapdays, weekday, monthrange, timegm).

Weeks run from `firstweekday` (0 = Monday, the default) and are lists of seven entries; days
outside the month are 0 in the "days" views. Names of months and days come from
datetime.date.strftime, so they follow the C locale (LC_TIME) as CPython's do.
"""

import datetime
import sys
from itertools import repeat as _repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday", "isleap",
           "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month", "prcal",
           "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr", "Calendar",
           "TextCalendar", "HTMLCalendar", "LocaleTextCalendar", "LocaleHTMLCalendar",
           "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
           "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

# days per month in a common year; index 0 is unused
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _localized_month:
    """month_name / month_abbr: 13 entries (the first empty), formatted when read."""
    # 2001 is any year: only the month matters to %B and %b
    _months = [lambda fmt: ""] + [datetime.date(2001, m, 1).strftime for m in range(1, 13)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = self._months[i]
        if isinstance(i, slice):
            return [f(self.format) for f in picked]
        return picked(self.format)

    def __len__(self):
        return 13


class _localized_day:
    """day_name / day_abbr: Monday first, formatted when read."""
    # January 2001 began on a Monday
    _days = [datetime.date(2001, 1, d).strftime for d in range(1, 8)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = self._days[i]
        if isinstance(i, slice):
            return [f(self.format) for f in picked]
        return picked(self.format)

    def __len__(self):
        return 7


day_name, day_abbr = _localized_day('%A'), _localized_day('%a')
month_name, month_abbr = _localized_month('%B'), _localized_month('%b')


def isleap(year):
    """True for leap years (Gregorian rules, proleptic)."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """How many leap years there are in range(y1, y2)."""
    def before(y):
        # leap years in 1 .. y-1 (also right for y <= 0 with floor division)
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """The day of the week (0 = Monday) of a date; years outside 1-9999 wrap by the 400-year
    cycle."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).isoweekday() - 1


def _monthlen(year, month):
    leap_day = month == February and isleap(year)
    return mdays[month] + leap_day


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _emit(text):
    print(text, end='')


def _chunks(items, size):
    items = list(items)
    return [items[i:i + size] for i in range(0, len(items), size)]


class Calendar:
    """Calendar data: the days of months and years grouped into weeks that begin on
    firstweekday (0 = Monday ... 6 = Sunday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in the order weeks are shown."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        """(days shown before the 1st, days in the month, days shown after the last)."""
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the full weeks covering the month."""
        before, length, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for d in range(last - before + 1, last + 1):
            yield py, pm, d
        for d in range(1, length + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) over the full weeks covering the month."""
        first = self.firstweekday
        for i, day in enumerate(self.itermonthdays3(year, month)):
            yield (*day, (first + i) % 7)

    def itermonthdates(self, year, month):
        """datetime.date objects over the full weeks covering the month."""
        for day in self.itermonthdays3(year, month):
            yield datetime.date(*day)

    def itermonthdays(self, year, month):
        """Day numbers over the full weeks covering the month, 0 outside it."""
        before, length, after = self._padding(year, month)
        yield from _repeat(0, before)
        yield from range(1, length + 1)
        yield from _repeat(0, after)

    def itermonthdays2(self, year, month):
        """(day number or 0, weekday) over the full weeks covering the month."""
        first = self.firstweekday
        for i, d in enumerate(self.itermonthdays(year, month)):
            yield d, (first + i) % 7

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks of datetime.date objects."""
        return _chunks(self.itermonthdates(year, month), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day number, weekday) pairs."""
        return _chunks(self.itermonthdays2(year, month), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers (0 outside the month)."""
        return _chunks(self.itermonthdays(year, month), 7)

    def yeardatescalendar(self, year, width=3):
        """The year as rows of `width` months, as monthdatescalendar() gives them."""
        return _chunks((self.monthdatescalendar(year, m) for m in range(1, 13)), width)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of `width` months, as monthdays2calendar() gives them."""
        return _chunks((self.monthdays2calendar(year, m) for m in range(1, 13)), width)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of `width` months, as monthdayscalendar() gives them."""
        return _chunks((self.monthdayscalendar(year, m) for m in range(1, 13)), width)


class TextCalendar(Calendar):
    """Plain text calendars, as the cal(1) command prints them."""

    def prweek(self, theweek, width):
        """Print formatweek(theweek, width) without a newline."""
        _emit(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        """A day number centred in width columns (blank for 0)."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday's name, abbreviated below 9 columns, cut to width and centred."""
        names = day_name if width >= 9 else day_abbr
        name = names[day][:width]
        return name.center(width)

    def formatweekheader(self, width):
        """The line of weekday names."""
        return ' '.join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name (and the year) centred in width columns."""
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth(theyear, themonth, w, l) without a final newline."""
        _emit(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: w columns per day (at least 2), l lines per week (at least 1)."""
        w, l = max(2, w), max(1, l)
        gap = '\n' * l
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(week, w).rstrip()
                  for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text: m months side by side, c spaces between them."""
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = 7 * (w + 1) - 1
        gap = '\n' * l
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        names_line = self.formatweekheader(w)

        def add_row(columns):
            parts.append(formatstring(columns, colwidth, c).rstrip())
            parts.append(gap)

        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            parts.append(gap)
            add_row(self.formatmonthname(theyear, k, colwidth, False) for k in months)
            add_row(names_line for _ in months)
            for j in range(max(len(weeks) for weeks in row)):
                add_row(self.formatweek(weeks[j], w) if j < len(weeks) else '' for weeks in row)
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear(theyear, w, l, c, m) without a final newline."""
        _emit(self.formatyear(theyear, w, l, c, m))


class HTMLCalendar(Calendar):
    """HTML tables of months and years; the CSS classes are class attributes to override."""

    # CSS classes of the day cells and weekday headers, Monday first
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"        # padding cells before and after the month
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """One table cell."""
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """One table row."""
        cells = ''.join([self.formatday(d, wd) for d, wd in theweek])
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        """One header cell."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """The header row of weekday names."""
        cells = ''.join([self.formatweekday(i) for i in self.iterweekdays()])
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The row with the month's name."""
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a table."""
        rows = [self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        opening = ('<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                   % self.cssclass_month)
        return ''.join(part + '\n' for part in [opening] + rows + ['</table>'])

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, width months per row."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
               '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head,
                                                                 theyear)]
        for first in range(1, 13, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out.append('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False))
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A whole XHTML page with the year's calendar, encoded (bytes)."""
        encoding = sys.getdefaultencoding() if encoding is None else encoding
        page = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                 self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(page).encode(encoding, "xmlcharrefreplace")


def _lc_time(new=None):
    """Read (new=None) or set the LC_TIME locale; returns the setting in force."""
    import locale as _locale
    return _locale.setlocale(_locale.LC_TIME, new)


class different_locale:
    """Context manager switching LC_TIME to another locale for its block."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        self.oldlocale = _lc_time()
        _lc_time(self.locale)

    def __exit__(self, *exc_info):
        _lc_time(self.oldlocale)


def _get_default_locale():
    current = _lc_time()
    if current != "C":
        return current
    # the C locale: ask for the one the environment prefers
    with different_locale(""):
        return _lc_time()


class _NamesInLocale:
    """Mixed into a calendar class: month and day names are formatted under self.locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, *args):
        with different_locale(self.locale):
            return super().formatweekday(*args)

    def formatmonthname(self, *args, **kwargs):
        with different_locale(self.locale):
            return super().formatmonthname(*args, **kwargs)


class LocaleTextCalendar(_NamesInLocale, TextCalendar):
    """A TextCalendar naming months and days in the given locale (the user's by default)."""


class LocaleHTMLCalendar(_NamesInLocale, HTMLCalendar):
    """An HTMLCalendar naming months and days in the given locale (the user's by default)."""


# The module-level functions use one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Make weeks begin on firstweekday (0 = Monday ... 6 = Sunday) module-wide."""
    if not (0 <= firstweekday <= 6):
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


for _alias, _method in (('monthcalendar', 'monthdayscalendar'), ('prweek', 'prweek'),
                        ('week', 'formatweek'), ('weekheader', 'formatweekheader'),
                        ('prmonth', 'prmonth'), ('month', 'formatmonth'),
                        ('calendar', 'formatyear'), ('prcal', 'pryear')):
    globals()[_alias] = getattr(c, _method)
del _alias, _method

_colwidth = 7 * 3 - 1   # a month of two-column days
_spacing = 6            # between months


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring(cols, colwidth, spacing)."""
    line = formatstring(cols, colwidth, spacing)
    print(line)


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols centred in colwidth columns, spacing spaces apart."""
    return (' ' * spacing).join([text.center(colwidth) for text in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(1970, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime)."""
    y, mo, d, hh, mm, ss = tuple[:6]
    days = datetime.date(y, mo, 1).toordinal() + d - 1 - _EPOCH_ORD
    return ((days * 24 + hh) * 60 + mm) * 60 + ss


def main(args):
    import argparse
    cli = argparse.ArgumentParser()
    text = cli.add_argument_group('text only arguments')
    html = cli.add_argument_group('html only arguments')
    text.add_argument("-w", "--width", type=int, default=2,
                      help="width of date column (default 2)")
    text.add_argument("-l", "--lines", type=int, default=1,
                      help="number of lines for each week (default 1)")
    text.add_argument("-s", "--spacing", type=int, default=6,
                      help="spacing between months (default 6)")
    text.add_argument("-m", "--months", type=int, default=3,
                      help="months per row (default 3)")
    html.add_argument("-c", "--css", default="calendar.css",
                      help="CSS to use for page")
    cli.add_argument("-L", "--locale", default=None,
                        help="locale to be used from month and weekday names")
    cli.add_argument("-e", "--encoding", default=None,
                        help="encoding to use for output")
    cli.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    cli.add_argument("year", nargs='?', type=int,
                        help="year number (1-9999)")
    cli.add_argument("month", nargs='?', type=int,
                        help="month number (1-12, text only)")
    opts = cli.parse_args(args[1:])
    if not opts.encoding and opts.locale:
        cli.error("if --locale is specified --encoding is required")
    locale = (opts.locale, opts.encoding)
    today = datetime.date.today()
    year = opts.year if opts.year is not None else today.year
    if opts.type != "text":
        cal = LocaleHTMLCalendar(locale=locale) if opts.locale else HTMLCalendar()
        encoding = opts.encoding or sys.getdefaultencoding()
        out = cal.formatyearpage(year, css=opts.css, encoding=encoding)
        sys.stdout.buffer.write(out)
        return
    cal = LocaleTextCalendar(locale=locale) if opts.locale else TextCalendar()
    sizes = dict(w=opts.width, l=opts.lines)
    if opts.month is not None:
        result = cal.formatmonth(year, opts.month, **sizes)
    else:
        result = cal.formatyear(year, c=opts.spacing, m=opts.months, **sizes)
    if opts.encoding:
        sys.stdout.buffer.write(result.encode(opts.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
