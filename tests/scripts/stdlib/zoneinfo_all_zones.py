# zoneinfo over every zone on the machine: the offset, DST and name at a few instants, and a
# conversion from UTC, each compared with python3.
import datetime
import zoneinfo

UTC = datetime.timezone.utc
instants = [datetime.datetime(1975, 1, 15, 12, tzinfo=UTC), datetime.datetime(2010, 7, 1, 0, tzinfo=UTC),
            datetime.datetime(2024, 3, 31, 1, 30, tzinfo=UTC), datetime.datetime(2045, 11, 5, 6, tzinfo=UTC)]
keys = sorted(zoneinfo.available_timezones())
print(len(keys) > 300)
for key in keys:
    zone = zoneinfo.ZoneInfo(key)
    row = []
    for moment in instants:
        local = moment.astimezone(zone)
        row.append("%s %s %s %s" % (local.strftime("%Y-%m-%d %H:%M"), local.utcoffset(), local.dst(), local.tzname()))
    naive = datetime.datetime(2024, 6, 1, 12, tzinfo=zone)
    print(key, "|", " | ".join(row), "|", naive.utcoffset())
