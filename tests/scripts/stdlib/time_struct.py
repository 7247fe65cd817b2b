# time: gmtime/localtime as struct_time, strftime codes, asctime, mktime round trips (independent of the time zone).
import time
t = time.gmtime(1_700_000_000)
print(t)
print(t.tm_year, t.tm_mon, t[0], len(t), tuple(t), t.tm_zone, t.tm_gmtoff, isinstance(t, tuple))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %c %x %X %%', t))
print(time.asctime(t), time.strftime('%e|%D|%T|%F|%R|%C|%u', t))
print(time.asctime(time.gmtime(0)), time.gmtime(0), time.gmtime(-86400 * 365))
lt = time.localtime(1_700_000_000)
print(time.mktime(lt) == 1_700_000_000, type(time.mktime(lt)).__name__, time.mktime((2024, 2, 30, 0, 0, 0, 0, 0, 0)) == time.mktime((2024, 3, 1, 0, 0, 0, 0, 0, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(time.strftime('%Y', (2021, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in [lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (2021, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
now = time.localtime()
print(type(now).__name__, len(now), now.tm_year >= 2024, isinstance(time.time(), float), isinstance(time.time_ns(), int))
print(time.gmtime(1.9).tm_sec, time.ctime(0)[:3] in ('Thu', 'Wed'))
print(repr(time.struct_time), time.localtime(0) == time.gmtime(0) if time.timezone == 0 else True)
