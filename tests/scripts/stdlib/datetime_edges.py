"""datetime errors and edge cases: argument checks, mixed comparisons, ISO text, tzinfo results,
subclasses, reprs, rounding of timedelta, pickling at every protocol, copy."""
import pickle, copy, os, time as _t
from datetime import *
def e(f):
    try:
        print('ok', repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
e(lambda: date(0, 1, 1)); e(lambda: date(2020, 13, 1)); e(lambda: date(2021, 2, 29)); e(lambda: date(2020, 1, 0))
e(lambda: date('2020', 1, 1)); e(lambda: date(2020.0, 1, 1)); e(lambda: date(2020)); e(lambda: date(2020, 1))
e(lambda: time(24)); e(lambda: time(1, 60)); e(lambda: time(1, 1, 60)); e(lambda: time(1, 1, 1, 10**6)); e(lambda: time(fold=2)); e(lambda: time(tzinfo=1))
e(lambda: datetime(2020, 1, 1, 25)); e(lambda: datetime(2020, 1, 1, tzinfo='x')); e(lambda: datetime(10000, 1, 1))
e(lambda: timedelta(days='1')); e(lambda: timedelta(seconds=float('nan'))); e(lambda: timedelta(hours=float('inf'))); e(lambda: timedelta(10**9))
e(lambda: timedelta(-10**9)); e(lambda: timedelta(1) / 0); e(lambda: timedelta(1) // 0); e(lambda: timedelta(1) / 0.0); e(lambda: timedelta(1) % timedelta(0))
e(lambda: timedelta(1) == 1)
e(lambda: date(2020, 1, 1) < datetime(2020, 1, 1)); e(lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
e(lambda: date(2020, 1, 1) == datetime(2020, 1, 1)); e(lambda: datetime(2020, 1, 1) != date(2020, 1, 1)); e(lambda: time() == 3)
e(lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc)); e(lambda: datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc))
e(lambda: time(1) < time(1, tzinfo=timezone.utc)); e(lambda: time(1) == time(1, tzinfo=timezone.utc))
e(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)); e(lambda: date.max + timedelta(1)); e(lambda: date.min - timedelta(1))
e(lambda: datetime.max + timedelta(microseconds=1)); e(lambda: datetime.min - timedelta(microseconds=1)); 

e(lambda: date.fromordinal(0)); e(lambda: date.fromordinal(3652060)); e(lambda: date.fromisoformat('2020-1-01')); e(lambda: date.fromisoformat(20200101))
e(lambda: date.fromisocalendar(2020, 54, 1)); e(lambda: date.fromisocalendar(2020, 53, 8)); e(lambda: date.fromisocalendar(10000, 1, 1)); e(lambda: date.fromisocalendar(2021, 53, 1))
e(lambda: datetime.fromisoformat('2020-01-01T25:00')); e(lambda: datetime.fromisoformat('2020-01-01T10:00:00+25:00')); e(lambda: datetime.fromisoformat('2020-01-01 10:00:00.123+05:30:15.5'))
for s in ['2020-01-01', '2020-01-01T10', '2020-01-01T1030', '2020-01-01T10:30:15,5', '20200101T103015Z', '2020-W01-3T10:00-05', '2020W013 10:00:00.1234567+0530', '2020-01-01T10:30:15.123456789', '2020-01-01X10:00', '2020-01-01T']:
    e(lambda: datetime.fromisoformat(s))
for s in ['10', '10:30', '1030', '10:30:15.5', 'T10:30Z', '10:30+01:00', '10:30:15-0130', '25:00', '10:3', '']:
    e(lambda: time.fromisoformat(s))
e(lambda: timezone(5)); e(lambda: timezone(timedelta(hours=24))); e(lambda: timezone(timedelta(0), 5)); e(lambda: timezone(timedelta(0)) is timezone.utc)
tz = timezone(timedelta(hours=-3, minutes=-30), 'NST')
print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None), repr(timezone(timedelta(0), 'UTC')), repr(timezone.min), repr(timezone.max), str(timezone.max))
print(repr(timezone(timedelta(seconds=-90))), str(timezone(timedelta(seconds=-90, microseconds=5))), timezone.utc == timezone(timedelta(0), 'Z'), hash(timezone.utc) == hash(timezone(timedelta(0), 'Z')))
e(lambda: tz.utcoffset(5)); e(lambda: tz.fromutc(datetime(2020, 1, 1))); e(lambda: tz.fromutc(5)); e(lambda: tz.fromutc(datetime(2020, 1, 1, tzinfo=tz)))
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 7
    def dst(self, dt): return timedelta(days=2)
b = datetime(2020, 1, 1, tzinfo=Bad())
e(b.utcoffset); e(b.tzname); e(b.dst); e(lambda: str(b)); e(lambda: tzinfo().utcoffset(None)); e(lambda: tzinfo().fromutc(b))
class Sub(datetime):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
s = Sub(2020, 1, 2, 3, 4)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__, type(s.replace(year=2021)).__name__, type(Sub.fromtimestamp(0, timezone.utc)).__name__)
class D2(date): pass
print(repr(D2(2020, 1, 1)), type(D2(2020, 1, 1) + timedelta(3)).__name__, type(D2.fromordinal(5)).__name__, type(D2.fromisoformat('2020-02-02')).__name__)
class T2(timedelta): pass
print(repr(T2(1)), type(T2(1) + T2(1)).__name__, type(-T2(1)).__name__)
print(repr(datetime(2020, 1, 1, fold=1)), repr(time(1, fold=1)), repr(datetime(2020, 1, 1, 0, 0, 1)), repr(datetime(2020, 1, 1, 0, 0, 0, 5)), repr(time(0, 0, 0, 5)))
print(datetime(2020, 1, 1, 10).isoformat(timespec='hours'), datetime(2020, 1, 1).isoformat(' '))
e(lambda: datetime(2020, 1, 1).isoformat('ab')); e(lambda: datetime(2020, 1, 1).isoformat(5)); e(lambda: time().isoformat('nope'))
e(lambda: date.today().strftime(5)); e(lambda: format(date(2020, 1, 1), 5)); print(format(date(2020, 1, 1), ''), format(time(1), ''), format(datetime(2020, 1, 1), ''))
e(lambda: datetime.strptime(5, '%Y')); e(lambda: datetime.strptime('2020', 5)); e(lambda: datetime.strptime('2020x', '%Y'))
print(datetime.strptime('2020-03-04 05:06:07.5 +0130', '%Y-%m-%d %H:%M:%S.%f %z'))
e(lambda: datetime.combine(5, time())); e(lambda: datetime.combine(date(2020, 1, 1), 5)); print(repr(datetime.combine(date(2020, 1, 1), time(1, tzinfo=tz))), repr(datetime.combine(date(2020, 1, 1), time(1, tzinfo=tz), tzinfo=None)))
# local time: only what does not depend on the machine's zone
for args in [(2021, 6, 1, 12), (1999, 12, 1, 23, 59)]:
    d = datetime(*args)
    print(datetime.fromtimestamp(d.timestamp()) == d, d.astimezone().utcoffset() == d.astimezone().astimezone(timezone.utc).astimezone().utcoffset())
for ts in [0, 86400 * 365.25 * 30 + 0.5, -1.5, 1e9 + 0.0000005, 1e9 + 0.0000015]:
    print(repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, timezone.utc)), repr(datetime.fromtimestamp(ts, tz)))
e(lambda: datetime.fromtimestamp(float('nan'))); e(lambda: datetime.fromtimestamp('1')); e(lambda: datetime.fromtimestamp(1e20)); e(lambda: datetime.fromtimestamp(1, 5))
e(lambda: datetime(2020, 1, 1).astimezone(5))
print(datetime(2020, 1, 1).timetuple(), datetime(2020, 7, 1, tzinfo=tz).utctimetuple(), time(1, 2, 3).strftime('%H %M %S %Y %j %f'), date(2020, 1, 1).ctime(), datetime(2020, 1, 1, 13, 5).ctime())
print(timedelta.min, timedelta.max, repr(timedelta.resolution), date.resolution, time.min, time.max, datetime.min, datetime.max, repr(timedelta(0)), str(timedelta(-1, 1)), str(timedelta(1, 0, 1)), repr(timedelta(microseconds=-1)))
print(timedelta(seconds=1.5e-6), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=-0.5), timedelta(days=0.1, seconds=0.3, microseconds=0.2), timedelta(weeks=1.1, hours=-0.7))
print(timedelta(2) // timedelta(hours=5), timedelta(2) % timedelta(hours=5), timedelta(3) / 7, timedelta(3) // 7, timedelta(1) * 0.1, timedelta(-1) // 3, timedelta(-1) / 3, abs(timedelta(-1, 5)), timedelta(1).total_seconds())
print(date(2020, 1, 1).isocalendar(), repr(date(2020, 1, 1).isocalendar()), pickle.loads(pickle.dumps(date(2020, 1, 1).isocalendar())), date(2020, 1, 1).isocalendar().week)
for proto in range(0, 6):
    for v in [timedelta(1, 2, 3), date(2020, 1, 2), time(1, 2, 3, 4, tz, fold=1), datetime(2020, 1, 2, 3, 4, 5, 6, tz, fold=1), tz, timezone.utc, date(2020, 1, 1).isocalendar()]:
        w = pickle.loads(pickle.dumps(v, proto))
        print(proto, repr(w), w == v, getattr(w, 'fold', None))
print(copy.copy(datetime(2020, 1, 1, tzinfo=tz)), copy.deepcopy(time(5, tzinfo=tz)), copy.deepcopy(timedelta(3)), copy.copy(tz))
print(date(2020, 1, 1).replace(month=2), time(1).replace(tzinfo=tz), time(1, tzinfo=tz).replace(tzinfo=None), datetime(2020, 1, 1).replace(hour=5, fold=1).fold)
e(lambda: date(2020, 1, 31).replace(month=2)); e(lambda: datetime(2020, 1, 1).replace(tzinfo=5))
print(MINYEAR, MAXYEAR, datetime.__module__, timedelta.__name__, type(date(2020, 1, 1).isocalendar()).__name__, datetime.__mro__[1].__name__)
print(sorted([datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(2020, 1, 1, 1, tzinfo=tz), datetime(2019, 12, 31, 22, tzinfo=tz)]))
print({datetime(2020, 1, 1, tzinfo=timezone.utc): 1}[datetime(2019, 12, 31, 20, 30, tzinfo=tz)])
