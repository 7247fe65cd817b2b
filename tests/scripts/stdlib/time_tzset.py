# time follows TZ after time.tzset(): timezone, altzone, daylight, tzname, localtime (with
# tm_isdst, tm_zone, tm_gmtoff), mktime and strftime's %Z/%z, for zones with and without summer
# time, north and south, POSIX rules and zone files.
import os
import time

MOMENTS = [0, 15_000_000, 1_700_000_000, 1_720_000_000, 951_782_400]
for zone in ['UTC', 'EST+05EDT,M3.2.0,M11.1.0', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata',
             'America/New_York', 'AAA-03:30', 'Pacific/Chatham', 'UTC0']:
    os.environ['TZ'] = zone
    time.tzset()
    print(zone, time.tzname, time.timezone, time.altzone, time.daylight)
    for t in MOMENTS:
        lt = time.localtime(t)
        print('  ', t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime('%Y-%m-%d %H:%M:%S %Z %z', lt),
              time.mktime(lt) == t, time.ctime(t))
    print('  ', time.mktime((2024, 7, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2024, 1, 1, 12, 0, 0, 0, 0, -1)),
          time.mktime((2024, 13, 40, 25, 61, 0, 0, 0, 0)))
del os.environ['TZ']
time.tzset()
print(time.localtime(0).tm_year, isinstance(time.tzname, tuple))
