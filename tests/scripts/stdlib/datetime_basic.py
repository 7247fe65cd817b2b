import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, tzinfo

def kind(f):
    # Only the exception's type: gilpy names a class in these messages without its module.
    try:
        f()
    except Exception as e:
        print(type(e).__name__)


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# timedelta
for td in [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(days=1, seconds=5, microseconds=3),
           timedelta(weeks=2, hours=3, minutes=4, milliseconds=5), timedelta(0.1, 0.3, 1.5, 0.7, 0.11, 0.9, 0.13),
           timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=-0.5), timedelta(days=-2, hours=25)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a = timedelta(hours=5, minutes=3)
b = timedelta(minutes=17, seconds=2.5)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, a / 4, a / b, a // b, a % b, divmod(a, b), a // 7, a / 2.5)
print(a == b, a != b, a < b, a > b, a <= a, a >= b, hash(a) == hash(timedelta(seconds=18180)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
show(lambda: timedelta(days=10**9))
show(lambda: timedelta('1'))
show(lambda: a / 0)
show(lambda: a // timedelta(0))
kind(lambda: a + 1)
show(lambda: timedelta(float('nan')))
show(lambda: timedelta.max + timedelta(1))
print(sorted([b, a, timedelta(0)]))
print({a: 1}[timedelta(hours=5, minutes=3)])

# date
d = date(2020, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.isocalendar().week, tuple(d.isocalendar()), d.timetuple())
print(date.fromordinal(737484), date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'), date.fromisoformat('2021-W01-1'), date.fromisocalendar(2020, 53, 7))
print(d + timedelta(1), d - timedelta(366), d - date(2019, 1, 1), date(2019, 1, 1) - d, d.replace(year=2024), d.replace(day=1))
print(date.min, date.max, date.resolution, repr(date.max))
print(d == date(2020, 2, 29), d != date(2020, 2, 29), d < date(2021, 1, 1), d > date(2021, 1, 1), d == 5, d != 'x')
print(format(d, '%d/%m/%Y'), f'{d}', f'{d:%A %B %j}', d.strftime('%a %b %d %y %U %W %%'))
for y in [2004, 2005, 2008, 2009, 2010, 2015, 2020, 2021]:
    for m, dd in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        print(y, m, dd, date(y, m, dd).isocalendar(), date(y, m, dd).weekday())
for o in [1, 2, 365, 366, 730119, 730120, 3652059]:
    x = date.fromordinal(o)
    print(o, x, x.toordinal() == o)
show(lambda: date(0, 1, 1))
show(lambda: date(2020, 13, 1))
show(lambda: date(2019, 2, 29))
show(lambda: date(2020, 1, 32))
show(lambda: date('2020', 1, 1))
show(lambda: date(2020.0, 1, 1))
show(lambda: date.fromisoformat('2020-1-1'))
show(lambda: date.fromisoformat(20200101))
show(lambda: date.fromordinal(0))
show(lambda: date.max + timedelta(1))
kind(lambda: d < 5)
kind(lambda: d - 5)
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2021, 5, 8))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), len({date(2020, 1, 1), date(2020, 1, 1)}))
