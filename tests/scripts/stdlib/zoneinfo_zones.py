# zoneinfo: offsets, DST and names around transitions (both folds), conversions from UTC,
# zones without DST, the southern hemisphere, far past and future, caching and errors.
import datetime
import pickle
import zoneinfo
from zoneinfo import ZoneInfo

UTC = datetime.timezone.utc
zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC",
         "America/Sao_Paulo", "Pacific/Auckland", "Asia/Tokyo", "Europe/London", "America/St_Johns",
         "Africa/Casablanca", "Pacific/Chatham", "Europe/Dublin", "America/Los_Angeles"]
moments = [
    (1900, 1, 1, 12), (1950, 6, 1, 0), (1970, 1, 1, 0), (2000, 2, 29, 12), (2021, 3, 28, 1), (2021, 3, 28, 2),
    (2021, 3, 28, 3), (2021, 10, 31, 1), (2021, 10, 31, 2), (2021, 10, 31, 3), (2021, 3, 14, 2),
    (2021, 11, 7, 1), (2021, 4, 4, 2), (2021, 10, 3, 2), (2024, 7, 1, 12), (2038, 3, 28, 2),
    (2050, 7, 4, 12), (2099, 12, 31, 23),
]
for name in zones:
    zone = ZoneInfo(name)
    print(repr(zone), str(zone), zone.key)
    for y, mo, d, h in moments:
        for fold in (0, 1):
            dt = datetime.datetime(y, mo, d, h, 30, tzinfo=zone, fold=fold)
            print(" ", dt.isoformat(), fold, dt.utcoffset(), dt.dst(), dt.tzname())
    for y, mo, d, h in moments:
        utc = datetime.datetime(y, mo, d, h, 30, tzinfo=UTC)
        local = utc.astimezone(zone)
        print("  from utc", utc.isoformat(), "->", local.isoformat(), local.fold, local.tzname())

# Hour by hour through a fall-back night in UTC.
berlin = ZoneInfo("Europe/Berlin")
start = datetime.datetime(2022, 10, 29, 22, 0, tzinfo=UTC)
for i in range(5):
    t = (start + datetime.timedelta(minutes=30 * i)).astimezone(berlin)
    print(t.isoformat(), t.fold, t.tzname(), t.astimezone(UTC).isoformat())

print(ZoneInfo("UTC") is ZoneInfo("UTC"), ZoneInfo.no_cache("UTC") is ZoneInfo("UTC"))
a = ZoneInfo("Asia/Tokyo")
ZoneInfo.clear_cache(only_keys=["Asia/Tokyo"])
print(ZoneInfo("Asia/Tokyo") is a)
ZoneInfo.clear_cache()
print(pickle.loads(pickle.dumps(ZoneInfo("Europe/Berlin"))) is ZoneInfo("Europe/Berlin"))
with open("/usr/share/zoneinfo/Asia/Kolkata", "rb") as f:
    z = ZoneInfo.from_file(f, key="custom")
print(z, z.key, datetime.datetime(2020, 1, 1, tzinfo=z).utcoffset())
print(ZoneInfo("Europe/Berlin").utcoffset(None), ZoneInfo("Europe/Berlin").tzname(None))
for bad in ("Nope/Zone", "../etc", "/etc/passwd", "Europe//Berlin", "Europe/./Berlin"):
    try:
        ZoneInfo(bad)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", e, isinstance(e, KeyError))
    except ValueError as e:
        print("ValueError", e)
zones = zoneinfo.available_timezones()
print(len(zones) > 300, "Europe/Berlin" in zones, "UTC" in zones, "posixrules" in zones, "zone.tab" in zones)
print(zoneinfo.TZPATH[0])
try:
    zoneinfo.reset_tzpath(["relative"])
except ValueError as e:
    print("ValueError", e)
try:
    zoneinfo.reset_tzpath("/usr/share/zoneinfo")
except TypeError as e:
    print("TypeError", e)
