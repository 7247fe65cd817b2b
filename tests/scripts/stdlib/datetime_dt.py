from datetime import date, time, datetime, timedelta, timezone, tzinfo

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# time
for t in [time(), time(12), time(12, 30), time(1, 2, 3), time(1, 2, 3, 4), time(1, 2, 0, 5), time(23, 59, 59, 999999, fold=1),
          time(4, 5, tzinfo=timezone.utc), time(4, 5, 6, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))]:
    print(repr(t), str(t), t.isoformat('minutes'), t.isoformat('milliseconds'), t.utcoffset(), t.tzname(), t.dst(), t.strftime('%H|%M|%S|%f|%z|%Z|%p|%I'))
print(time(1, 2) < time(1, 3), time(1, 2) == time(1, 2), time(1, 2) == 5, hash(time(1, 2)) == hash(time(1, 2)))
print(time(5, tzinfo=timezone(timedelta(hours=1))) == time(4, tzinfo=timezone.utc))
print(time(5, tzinfo=timezone(timedelta(hours=1))) < time(4, 30, tzinfo=timezone.utc))
print(time(5) == time(5, tzinfo=timezone.utc))
show(lambda: time(5) < time(5, tzinfo=timezone.utc))
show(lambda: time(24))
show(lambda: time(1, 60))
show(lambda: time(1, 1, 60))
show(lambda: time(1, 1, 1, 10**6))
show(lambda: time(1, fold=2))
show(lambda: time(1, tzinfo=5))
for s in ['12:30', '12:30:15', '12:30:15.123', '12:30:15.123456', '12:30:15+02:00', 'T12:30Z', '1230', '123015', '12:30:15.1234567', '25:00', '12:3', 'x']:
    show(lambda: time.fromisoformat(s))
print(time(1, 2, 3).replace(hour=5), time(1, 2, 3).replace(tzinfo=timezone.utc), format(time(1, 2), '%H.%M'), f'{time(1, 2)}')
print(time.min, time.max, time.resolution)
show(lambda: time(1).isoformat('bogus'))

# datetime
d = datetime(2021, 3, 14, 15, 9, 26, 535897)
print(repr(d), str(d), d.date(), d.time(), d.timetz(), d.isoformat(), d.isoformat(' '), d.isoformat(timespec='seconds'), d.ctime())
print(d.timetuple(), d.utctimetuple(), d.toordinal(), d.weekday(), d.isocalendar())
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)), repr(datetime(2020, 1, 1, tzinfo=timezone.utc)), repr(datetime(2020, 1, 1, fold=1)))
print(d + timedelta(days=1, hours=10), d - timedelta(weeks=100), d - datetime(2000, 1, 1), datetime(2000, 1, 1) - d)
print(d.replace(year=2000, microsecond=0), d.replace(tzinfo=timezone.utc))
print(datetime.combine(date(2020, 5, 6), time(7, 8)), datetime.combine(date(2020, 5, 6), time(7, 8, tzinfo=timezone.utc)))
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %w %y %p %I %c %x %X %% %z %Z'))
print(format(d, '%d.%m.%Y'), f'{d:%H:%M}', f'{d}')
u = datetime(2021, 3, 14, 15, 9, 26, tzinfo=timezone.utc)
e = datetime(2021, 3, 14, 10, 9, 26, tzinfo=timezone(timedelta(hours=-5), 'EST'))
print(u == e, u - e, hash(u) == hash(e), u.isoformat(), e.isoformat(), str(e), e.tzname(), e.utcoffset(), e.dst(), e.strftime('%z %Z'))
print(u.astimezone(timezone(timedelta(hours=9))), e.astimezone(timezone.utc), u.timestamp(), e.timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1600000000.5, timezone(timedelta(hours=2))), datetime.utcfromtimestamp(1234567890.123456))
print(datetime.utcfromtimestamp(-1.5), datetime.utcfromtimestamp(0.0000005), datetime.utcfromtimestamp(0.0000015))
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), datetime(2020, 1, 1) == u, datetime(2020, 1, 1) != u)
show(lambda: datetime(2020, 1, 1) < u)
show(lambda: datetime(2020, 1, 1) - u)
show(lambda: d < date(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) == date(2020, 1, 1))
show(lambda: datetime.max + timedelta(1))
show(lambda: datetime(2020, 2, 30))
show(lambda: datetime(2020, 1, 1, 24))
show(lambda: datetime.combine(1, time()))
show(lambda: d.isoformat('ab'))
for s in ['2021-03-14', '2021-03-14T15:09', '2021-03-14 15:09:26', '2021-03-14T15:09:26.535897', '2021-03-14T15:09:26.5',
          '2021-03-14T15:09:26+05:30', '2021-03-14T15:09:26.123-08:00', '2021-03-14T15:09:26Z', '20210314T150926',
          '2021-W10-7T01:02', '2021-03-14T', '2021-03-14X15:09', '2021-02-30', '2021-03-14T15:09:26+25:00', 'garbage', '']:
    show(lambda: datetime.fromisoformat(s))
print(datetime.min, datetime.max, datetime.resolution)

# timezone
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-1), 'X'),
           timezone(timedelta(seconds=61)), timezone(timedelta(microseconds=-1)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'A'), hash(timezone.utc) == hash(timezone(timedelta(0), 'Z')))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(0), 5))
show(lambda: timezone.utc.utcoffset(5))
show(lambda: tzinfo().utcoffset(None))

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return f'Fixed({self.name})'

f = Fixed(3, 'MSK')
x = datetime(2022, 6, 1, 12, tzinfo=f)
print(repr(x), x, x.utcoffset(), x.tzname(), x.astimezone(timezone.utc), x.timetuple().tm_isdst, u.astimezone(f))

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
show(lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset())

# strptime
for s, fmt in [('2021-03-14 15:09:26', '%Y-%m-%d %H:%M:%S'), ('14/03/21', '%d/%m/%y'), ('14/03/70', '%d/%m/%y'),
               ('Sun Mar 14 15:09:26 2021', '%c'), ('March 5, 2020 3:04 PM', '%B %d, %Y %I:%M %p'),
               ('12:30:15.25', '%H:%M:%S.%f'), ('2021-03-14T15:09:26+0530', '%Y-%m-%dT%H:%M:%S%z'),
               ('2021-03-14 15:09:26 -08:00', '%Y-%m-%d %H:%M:%S %z'), ('2021-03-14Z', '%Y-%m-%d%z'),
               ('2021 100', '%Y %j'), ('2021 10 1', '%Y %U %w'), ('2021 10 1', '%Y %W %w'), ('2021 10 3', '%G %V %u'),
               ('  5 Jan 2020', ' %d %b %Y'), ('2021-03-14', '%Y-%m-%d %H'), ('2021-03-14 extra', '%Y-%m-%d'),
               ('2021', '%Y %Q'), ('2021', '%Y %'), ('29 Feb', '%d %b'), ('12 am', '%I %p'), ('12 pm', '%I %p'),
               ('2021 10', '%G %V'), ('UTC 2020', '%Z %Y'), ('01/02/03 04:05:06', '%x %X')]:
    show(lambda: datetime.strptime(s, fmt))
show(lambda: datetime.strptime(5, '%Y'))
print(type(datetime.now()).__name__, type(datetime.today()).__name__, type(date.today()).__name__, datetime.now().tzinfo, datetime.now(timezone.utc).tzinfo)
print(datetime.now() >= datetime(2020, 1, 1), abs(datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)) < timedelta(seconds=5))
print(issubclass(datetime, date), isinstance(d, date), isinstance(timezone.utc, tzinfo))
class MyDate(date):
    pass
print(repr(MyDate(2020, 1, 1)), type(MyDate(2020, 1, 1) + timedelta(1)).__name__, type(MyDate.today()).__name__)
