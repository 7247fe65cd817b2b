# calendar: TextCalendar/HTMLCalendar output for several first weekdays and sizes, formatyear
# layouts, formatyearpage, Calendar iterators at the edges of the date range, name tables,
# errors (IllegalMonthError/IllegalWeekdayError and datetime's), timegm, format/formatstring, main.
import calendar
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for fwd in (0, 3, 6, 13, -1):
    tc = calendar.TextCalendar(fwd)
    print(fwd, tc.firstweekday, tc.getfirstweekday(), list(tc.iterweekdays()))
    print(tc.formatmonth(2024, 2, w=3, l=1))
    print(tc.formatweekheader(1), '|', tc.formatweekheader(4), '|', tc.formatweekheader(10), '|')
print(calendar.TextCalendar().formatyear(2023, w=3, l=2, c=3, m=4))
print(calendar.TextCalendar(6).formatyear(1999, m=2))
print(calendar.TextCalendar().formatyear(2000, m=5))
print(calendar.TextCalendar().formatyear(2000, 1, 0, 0, 12)[:400])
tc = calendar.TextCalendar()
tc.prweek([(1, 0), (2, 1), (0, 2)], 3)
print('|')
print(repr(tc.formatday(0, 0, 4)), repr(tc.formatday(7, 0, 4)), repr(tc.formatday(17, 0, 1)), repr(tc.formatweekday(2, 1)))
print(repr(tc.formatmonthname(2024, 1, 3)), repr(tc.formatmonthname(-5, 12, 20)))
tc.pryear(2021, 2, 1, 6, 6)
tc.prmonth(1, 1)

h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(h.formatyear(2024, 4))
print(h.formatyear(2024, 0)[:300])
print(h.formatyearpage(2024, 6)[:600])
print(h.formatyearpage(2024, css=None, encoding='ascii')[:300])
print(h.formatweekheader(), h.formatweekday(0), h.formatday(0, 3), h.formatday(9, 5), h.formatmonthname(2024, 5, False))


class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month = 'mon-table'
    cssclass_month_head = 'mon-head'
    cssclass_year = 'y'
    cssclass_year_head = 'yh'


print(Styled().formatmonth(2021, 7))
print(Styled().formatyear(2021, 12)[:500])

c = calendar.Calendar()
print(list(c.itermonthdays3(1, 2))[:3], list(c.itermonthdays4(9999, 11))[-3:])
show('dates year 1', lambda: list(c.itermonthdates(1, 1)))
show('dates 9999', lambda: list(c.itermonthdates(9999, 12))[-1])
print(list(c.itermonthdays(1, 1))[:8], list(c.itermonthdays(9999, 12))[-5:], list(c.itermonthdays2(9999, 12))[-2:])
print(c.monthdays2calendar(2021, 2), c.monthdayscalendar(2015, 2))
print(c.yeardatescalendar(2021, 5)[2][1][0], len(c.yeardatescalendar(2021, 5)), [len(r) for r in c.yeardays2calendar(2021, 7)])
c.firstweekday = 9
print(c.firstweekday, c.getfirstweekday(), c._firstweekday if hasattr(c, '_firstweekday') else None, c.monthdayscalendar(2021, 2)[0])
c.setfirstweekday(-3)
print(c.firstweekday, list(c.iterweekdays()))

print(calendar.month_name[-1], calendar.month_abbr[0] == '', calendar.day_name[-1], calendar.day_abbr[1:3], calendar.month_name[::4], len(calendar.day_name))
show('month_name[13]', lambda: calendar.month_name[13])
show('day_name[7]', lambda: calendar.day_name[7])
e = calendar.IllegalMonthError(14)
print(e, repr(str(e)), e.month, e.args, isinstance(e, ValueError))
w = calendar.IllegalWeekdayError(-1)
print(w, w.weekday, w.args)
show('monthrange 0', lambda: calendar.monthrange(2000, 0))
show('monthrange str', lambda: calendar.monthrange(2000, '1'))
show('weekday bad day', lambda: calendar.weekday(2000, 2, 30))
show('weekday bad month', lambda: calendar.weekday(2000, 13, 1))
show('weekday year 0', lambda: calendar.weekday(0, 1, 1))
show('weekday far', lambda: calendar.weekday(-400, 3, 1))
show('setfirstweekday 7', lambda: calendar.setfirstweekday(7))
show('setfirstweekday str', lambda: calendar.setfirstweekday('1'))
show('monthcalendar 13', lambda: calendar.monthcalendar(2000, 13))
show('month 0', lambda: calendar.month(2000, 0))
show('leapdays', lambda: (calendar.leapdays(-10, 10), calendar.leapdays(1, 10000), calendar.leapdays(5, 5)))
print([calendar.isleap(y) for y in (-4, -100, 0, 4, 1600, 1700)])
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2000, 2, 29, 12, 30, 15, 0, 0, 0)),
      calendar.timegm((1900, 1, 1, 0, 0, 0)), calendar.timegm((2024, 1, 32, 25, 61, 61)))
show('timegm short', lambda: calendar.timegm((2000, 1, 1)))
print(repr(calendar.formatstring(['a', 'bb', 'ccc'])), repr(calendar.formatstring(['x', 'y'], 5, 1)))
calendar.format(['left', 'right'], 8, 2)
calendar.format([])
print(calendar.week([(1, 0), (0, 1)], 2), '|', calendar.weekheader(2), calendar.EPOCH, calendar.mdays, calendar.January, calendar.February)
calendar.prweek([(5, 4)], 2)
print()
calendar.setfirstweekday(calendar.SATURDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2021, 5)[0])
calendar.prmonth(2021, 5, 4, 2)
calendar.setfirstweekday(0)
calendar.main(['calendar', '2020', '2'])
calendar.main(['calendar', '-w', '3', '-l', '2', '2020', '12'])
calendar.main(['calendar', '-m', '4', '-s', '2', '2020'])
print(calendar.__all__)
print(calendar.LocaleTextCalendar.__mro__[-3:], issubclass(calendar.LocaleHTMLCalendar, calendar.HTMLCalendar))
