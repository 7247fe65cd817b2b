"""datetime on generated data (a fixed linear congruential generator): timedelta arithmetic and
rounding, date/time/datetime text round trips, strftime codes, comparisons, hashing and pickling."""
import pickle, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
class _Rng:
    """A tiny deterministic generator, so both interpreters see the same data."""
    def __init__(self, seed):
        self.s = seed
    def _next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.s >> 11
    def random(self):
        return self._next() / float(1 << 53)
    def randint(self, a, b):
        return a + self._next() % (b - a + 1)
    def uniform(self, a, b):
        return a + (b - a) * self.random()
    def choice(self, seq):
        return seq[self._next() % len(seq)]
R = _Rng(1234)
N = 120
def e(f):
    try:
        return repr(f())
    except Exception as ex:
        return f'{type(ex).__name__}: {ex}'
def rtd():
    k = R.random()
    if k < 0.3:
        return timedelta(days=R.randint(-1000, 1000), seconds=R.randint(-100000, 100000), microseconds=R.randint(-10**6, 10**6))
    if k < 0.5:
        return timedelta(hours=R.uniform(-1e4, 1e4))
    if k < 0.6:
        return timedelta(days=R.randint(-999999999, 999999999))
    if k < 0.7:
        return timedelta(milliseconds=R.randint(-10**9, 10**9), weeks=R.randint(-100, 100), minutes=R.uniform(-100, 100))
    return timedelta(seconds=R.randint(-86400 * 3, 86400 * 3), microseconds=R.choice([0, 0, R.randint(0, 999999)]))
def rdate():
    y = R.choice([1, 2, 4, 100, 1600, 1900, 1970, 2000, 2024, 9999, R.randint(1, 9999), R.randint(1900, 2100)])
    m = R.randint(1, 12)
    from calendar import monthrange
    d = R.randint(1, monthrange(y, m)[1])
    return date(y, m, d)
TZS = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), 'PST'),
       timezone(timedelta(minutes=-1, seconds=-30)), timezone(timedelta(hours=23, minutes=59, microseconds=5))]
def rtime():
    return time(R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice([0, 0, R.randint(0, 999999), R.randint(0, 999) * 1000]), tzinfo=R.choice(TZS), fold=R.choice([0, 0, 1]))
def rdt():
    d = rdate(); t = rtime()
    return datetime.combine(d, t)
tds = [rtd() for _ in range(N)]
for a in tds[:100]:
    b = R.choice(tds)
    n = R.choice([0, 1, -1, 2, 3, 7, -13, 1000])
    f = R.choice([0.5, 1.5, -2.25, 1e-7, 3.0, 1/3, 1e6])
    print(repr(a), str(a), a.total_seconds(), e(lambda: a + b), e(lambda: a - b), e(lambda: a * n), e(lambda: a * f), e(lambda: f * a),
          e(lambda: a / b), e(lambda: a // b), e(lambda: a % b), e(lambda: divmod(a, b)), e(lambda: a / n), e(lambda: a // n), e(lambda: a / f),
          a < b, a <= b, a == b, a != b, a > b, a >= b, -a, +a, abs(a), bool(a), hash(a) == hash(copy.copy(a)), a == timedelta(a.days, a.seconds, a.microseconds))
dates = [rdate() for _ in range(N)]
for a in dates[:100]:
    b = R.choice(dates); td = R.choice(tds)
    print(repr(a), str(a), a.isoformat(), a.ctime(), a.toordinal(), a.weekday(), a.isoweekday(), a.isocalendar(), tuple(a.isocalendar()),
          e(lambda: a + td), e(lambda: a - td), a - b, a < b, a == b, a >= b, date.fromisoformat(a.isoformat()) == a,
          date.fromordinal(a.toordinal()) == a, date.fromisocalendar(*a.isocalendar()) == a, a.timetuple()[:9], e(lambda: a.replace(day=31)),
          pickle.loads(pickle.dumps(a)) == a, hash(a) == hash(date(a.year, a.month, a.day)), format(a, '%Y|%m|%d|%j|%U|%W|%a|%A|%b|%B|%y|%w|%%|%G-%V-%u'))
    print(e(lambda: date.fromisoformat(a.strftime('%Y%m%d'))), e(lambda: date.fromisoformat('%04d-W%02d-%d' % tuple(a.isocalendar()))), e(lambda: date.fromisoformat('%04dW%02d%d' % tuple(a.isocalendar()))))
times = [rtime() for _ in range(N)]
for a in times[:100]:
    b = R.choice(times)
    print(repr(a), str(a), a.isoformat(), [a.isoformat(timespec=s) for s in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')],
          a.utcoffset(), a.tzname(), a.dst(), e(lambda: a < b), a == b, e(lambda: a >= b), hash(a) == hash(a.replace()),
          time.fromisoformat(a.isoformat()) == a, e(lambda: time.fromisoformat(a.isoformat())), pickle.loads(pickle.dumps(a)) == a,
          a.strftime('%H:%M:%S.%f %z %Z %I %p %%'), bool(a))
dts = [rdt() for _ in range(N)]
for a in dts[:100]:
    b = R.choice(dts); td = R.choice(tds)
    print(repr(a), str(a), a.isoformat(), a.isoformat(' ', 'milliseconds'), e(lambda: a + td), e(lambda: a - td), e(lambda: a - b),
          e(lambda: a < b), a == b, a != b, e(lambda: a > b), a.utcoffset(), a.tzname(), a.ctime(), a.date(), a.time(), a.timetz(),
          e(lambda: datetime.fromisoformat(a.isoformat())), datetime.fromisoformat(a.isoformat()) == a, pickle.loads(pickle.dumps(a)) == a,
          pickle.loads(pickle.dumps(a, 2)) == a, hash(a) == hash(a.replace()), a.timetuple()[:9], e(lambda: a.utctimetuple()[:9]),
          e(lambda: a.astimezone(timezone.utc)), a.toordinal(), a.isocalendar(),
          a.strftime('%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %c %x %X %% %G %u %V'))
    if a.tzinfo is not None:
        print(e(lambda: a.timestamp()), e(lambda: datetime.fromtimestamp(a.timestamp(), a.tzinfo) == a), e(lambda: a.astimezone(TZS[3])))
        print(e(lambda: datetime.strptime(a.strftime('%Y-%m-%d %H:%M:%S.%f%z'), '%Y-%m-%d %H:%M:%S.%f%z')))
    print(e(lambda: datetime.strptime(a.strftime('%d/%m/%Y %H:%M:%S'), '%d/%m/%Y %H:%M:%S')), e(lambda: datetime.strptime(a.strftime('%j %Y %I%p %M'), '%j %Y %I%p %M')))
# Hash equality rules: equal objects hash equal
same = 0
for _ in range(120):
    a = R.choice(dts)
    if a.tzinfo is not None and a.utcoffset() is not None:
        b = a.astimezone(R.choice(TZS[1:]))
        same += (a == b) and hash(a) == hash(b)
print('hash-eq', same)
for _ in range(100):
    t = rtime()
    if t.tzinfo is not None:
        off = t.utcoffset()
        t2 = (datetime.combine(date(2000, 1, 2), t) - off + timedelta(hours=1)).time().replace(tzinfo=timezone(timedelta(hours=1)))
        print(t == t2, hash(t) == hash(t2) if t == t2 else '-')
