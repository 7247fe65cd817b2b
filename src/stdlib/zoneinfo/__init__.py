"""IANA time zones from the system's TZif files: ZoneInfo(key) is a datetime.tzinfo giving
utcoffset, dst and tzname for any local time (fold picks the side of an ambiguous or missing
hour) and converting from UTC. A file's transitions are read from its 64-bit section; times past
the last transition follow the POSIX TZ rule in its footer. Instances are cached by key."""

import bisect
import calendar
import datetime
import os
import struct

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for the key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH (it is ignored)."""


def _paths_from_environment():
    text = os.environ.get("PYTHONTZPATH")
    if text is None:
        return _DEFAULT_TZPATH
    paths = [p for p in text.split(os.pathsep) if p]
    good = tuple(p for p in paths if os.path.isabs(p))
    if len(good) != len(paths):
        import warnings
        bad = [p for p in paths if not os.path.isabs(p)]
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. " + str(bad), InvalidTZPathWarning)
    return good


TZPATH = _paths_from_environment()


def reset_tzpath(to=None):
    """Sets the folders searched for zone files (from PYTHONTZPATH or the defaults when None)."""
    global TZPATH
    if to is None:
        TZPATH = _paths_from_environment()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    if not all(map(os.path.isabs, to)):
        bad = [p for p in to if not os.path.isabs(p)]
        raise ValueError("Paths should be absolute but found the following relative paths:\n" + "\n".join("    " + p for p in bad))
    TZPATH = tuple(to)


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = os.path.normpath(key)
    if normal.startswith(".."):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")


def _find_file(key):
    _check_key(key)
    for folder in TZPATH:
        path = os.path.join(folder, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The keys of every zone file found under TZPATH."""
    keys = set()
    for folder in TZPATH:
        if not os.path.isdir(folder):
            continue
        for root, dirs, files in os.walk(folder):
            if root == folder:
                dirs[:] = [d for d in dirs if d not in ("right", "posix", "posixrules")]
                for skip in ("posixrules",):
                    if skip in files:
                        files.remove(skip)
            for name in files:
                path = os.path.join(root, name)
                key = os.path.relpath(path, folder)
                if key.endswith((".tab", ".zi", ".list")) or "." in name and name not in ("GMT+0", "GMT-0"):
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            keys.add(key)
                except OSError:
                    continue
    return keys


# ---- reading TZif files ----------------------------------------------------------------------

class _TTInfo:
    """One local time type: its UTC offset, DST offset and abbreviation (as timedeltas and text)."""

    __slots__ = ("utoff", "dstoff", "tzname", "isdst")

    def __init__(self, utoff, dstoff, tzname, isdst):
        self.utoff = utoff
        self.dstoff = dstoff
        self.tzname = tzname
        self.isdst = isdst


def _read_block(data, at, version_64):
    header = struct.unpack_from(">4sc15x6l", data, at)
    magic, version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = header
    if magic != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    at += 44
    time_format = ">%dq" if version_64 else ">%dl"
    time_size = 8 if version_64 else 4
    transitions = list(struct.unpack_from(time_format % timecnt, data, at))
    at += time_size * timecnt
    indices = list(struct.unpack_from(">%dB" % timecnt, data, at))
    at += timecnt
    types = []
    for _ in range(typecnt):
        types.append(struct.unpack_from(">lbB", data, at))
        at += 6
    abbrevs = data[at:at + charcnt]
    at += charcnt
    at += leapcnt * (time_size + 4) + isstdcnt + isutcnt
    return version, transitions, indices, types, abbrevs, at


def _load(data):
    version, transitions, indices, types, abbrevs, end = _read_block(data, 0, False)
    footer = ""
    if version >= b"2":
        version, transitions, indices, types, abbrevs, end = _read_block(data, end, True)
        rest = data[end:]
        if rest.startswith(b"\n"):
            footer = rest[1:rest.index(b"\n", 1)].decode("ascii")
    names = []
    for utoff, isdst, abbrind in types:
        stop = abbrevs.find(b"\x00", abbrind)
        names.append(abbrevs[abbrind:stop].decode("ascii"))
    return transitions, indices, types, names, footer


def _dst_offsets(indices, types):
    """The DST offset of each type: its UTC offset minus that of the standard time near it."""
    offsets = [0] * len(types)
    last_std = None
    for i, index in enumerate(indices):
        utoff, isdst, _ = types[index]
        if not isdst:
            last_std = utoff
        elif not offsets[index]:
            std = last_std
            if std is None:
                later = [types[j][0] for j in indices[i + 1:] if not types[j][1]]
                std = later[0] if later else utoff
            offsets[index] = utoff - std
    for index, (utoff, isdst, _) in enumerate(types):
        if isdst and not offsets[index]:
            offsets[index] = 3600
    return offsets


# ---- POSIX TZ rules (the footer) -----------------------------------------------------------

def _parse_offset(text, at):
    """(seconds, next index) of '[+-]hh[:mm[:ss]]' at `at`."""
    sign = 1
    if text[at:at + 1] in ("+", "-"):
        sign = -1 if text[at] == "-" else 1
        at += 1
    start = at
    while at < len(text) and (text[at].isdigit() or text[at] == ":"):
        at += 1
    parts = [int(p) for p in text[start:at].split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), at


def _parse_name(text, at):
    if text[at] == "<":
        end = text.index(">", at)
        return text[at + 1:end], end + 1
    start = at
    while at < len(text) and text[at].isalpha():
        at += 1
    return text[start:at], at


class _Rule:
    """A POSIX TZ rule: standard time, and optionally DST between two dates each year."""

    def __init__(self, text):
        name, at = _parse_name(text, 0)
        offset, at = _parse_offset(text, at)
        # POSIX offsets are west of Greenwich: 'CET-1' is one hour ahead of UTC.
        self.std = _TTInfo(datetime.timedelta(seconds=-offset), datetime.timedelta(0), name, False)
        self.dst = None
        if at >= len(text):
            return
        dst_name, at = _parse_name(text, at)
        if at < len(text) and text[at] not in ",;":
            dst_offset, at = _parse_offset(text, at)
            dst_offset = -dst_offset
        else:
            dst_offset = -offset + 3600
        self.dst = _TTInfo(datetime.timedelta(seconds=dst_offset), datetime.timedelta(seconds=dst_offset + offset), dst_name, True)
        start, end = text[at + 1:].split(",")
        self.start = self._parse_date(start)
        self.end = self._parse_date(end)

    @staticmethod
    def _parse_date(text):
        date, _, clock = text.partition("/")
        seconds = 7200
        if clock:
            seconds, _ = _parse_offset(clock, 0)
        return date, seconds

    @staticmethod
    def _day_of(year, date):
        """The day of the year (0-based) a rule date names."""
        if date.startswith("M"):
            month, week, weekday = (int(p) for p in date[1:].split("."))
            first_weekday, days = calendar.monthrange(year, month)
            # calendar counts Monday as 0; POSIX counts Sunday as 0.
            first = (weekday - (first_weekday + 1) % 7) % 7 + 1
            day = first + (week - 1) * 7
            if week == 5:
                while day > days:
                    day -= 7
            return datetime.date(year, month, day).timetuple().tm_yday - 1
        if date.startswith("J"):
            n = int(date[1:])
            leap = calendar.isleap(year)
            return n - 1 + (1 if leap and n >= 60 else 0)
        return int(date)

    def transitions(self, year):
        """(DST start, DST end) of the year, as UTC seconds since the epoch."""
        base = calendar.timegm((year, 1, 1, 0, 0, 0))
        std_off = int(self.std.utoff.total_seconds())
        dst_off = int(self.dst.utoff.total_seconds())
        start = base + self._day_of(year, self.start[0]) * 86400 + self.start[1] - std_off
        end = base + self._day_of(year, self.end[0]) * 86400 + self.end[1] - dst_off
        return start, end

    def _in_dst(self, start, end, ts):
        if start < end:
            return start <= ts < end
        return not (end <= ts < start)

    def info_utc(self, ts):
        if self.dst is None:
            return self.std, False
        year = datetime.datetime.utcfromtimestamp(ts).year if ts > -62135596800 else 1
        start, end = self.transitions(year)
        in_dst = self._in_dst(start, end, ts)
        # The second pass through the repeated hour after DST ends.
        gap = int((self.dst.utoff - self.std.utoff).total_seconds())
        second = end <= ts < end + gap if gap > 0 else False
        return (self.dst if in_dst else self.std), second

    def info_local(self, ts, fold):
        if self.dst is None:
            return self.std
        year = datetime.datetime.utcfromtimestamp(ts).year
        std_off = int(self.std.utoff.total_seconds())
        dst_off = int(self.dst.utoff.total_seconds())
        start, end = self.transitions(year)
        pick = max if not fold else min
        start_local = start + pick(std_off, dst_off)
        end_local = end + pick(dst_off, std_off)
        return self.dst if self._in_dst(start_local, end_local, ts) else self.std


def _unpickle(key):
    return ZoneInfo(key)


# ---- the tzinfo ------------------------------------------------------------------------------

_EPOCH = datetime.datetime(1970, 1, 1)


def _local_seconds(dt):
    return (dt.replace(tzinfo=None, fold=0) - _EPOCH) // datetime.timedelta(seconds=1)


class ZoneInfo(datetime.tzinfo):
    """A time zone from the IANA database: ZoneInfo('Europe/Berlin')."""

    _cache = {}

    def __new__(cls, key):
        cached = cls._cache.get(key)
        if cached is None:
            cached = cls._new_instance(key)
            cls._cache[key] = cached
        return cached

    @classmethod
    def no_cache(cls, key):
        """A fresh instance, bypassing (and not filling) the cache."""
        return cls._new_instance(key)

    @classmethod
    def _new_instance(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, "rb") as f:
            data = f.read()
        obj = super().__new__(cls)
        obj._key = key
        obj._file_repr = None
        obj._load(data)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A zone read from an open binary file (not cached)."""
        obj = super().__new__(cls)
        obj._key = key
        obj._file_repr = repr(fobj)
        obj._load(fobj.read())
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    def _load(self, data):
        transitions, indices, types, names, footer = _load(data)
        dstoffs = _dst_offsets(indices, types)
        infos = [
            _TTInfo(datetime.timedelta(seconds=utoff), datetime.timedelta(seconds=dstoffs[i]), names[i], bool(isdst))
            for i, (utoff, isdst, _) in enumerate(types)
        ]
        self._trans_utc = transitions
        self._trans_info = [infos[i] for i in indices]
        # Before the first transition: the first standard-time type (else the first type).
        standard = [info for info in infos if not info.isdst]
        self._before = standard[0] if standard else (infos[0] if infos else None)
        self._rule = _Rule(footer) if footer else None
        if self._before is None and self._rule is not None:
            self._before = self._rule.std
        # Local-time thresholds at each transition: crossing it with fold=0 and with fold=1.
        self._trans_local = ([], [])
        previous = self._before
        for ts, info in zip(self._trans_utc, self._trans_info):
            before = int(previous.utoff.total_seconds())
            after = int(info.utoff.total_seconds())
            self._trans_local[0].append(ts + max(before, after))
            self._trans_local[1].append(ts + min(before, after))
            previous = info

    @property
    def key(self):
        return self._key

    def __str__(self):
        return str(self._key) if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{self.__class__.__module__}.{self.__class__.__name__}(key={self._key!r})"
        return f"{self.__class__.__module__}.{self.__class__.__name__}.from_file({self._file_repr})"

    def __reduce__(self):
        return (_unpickle, (self._key,))

    def _find_local(self, dt):
        if dt is None:
            return None
        ts = _local_seconds(dt)
        fold = dt.fold
        thresholds = self._trans_local[fold]
        if not thresholds or ts < thresholds[-1] or self._rule is None:
            index = bisect.bisect_right(thresholds, ts) - 1
            return self._before if index < 0 else self._trans_info[index]
        return self._rule.info_local(ts, fold)

    def utcoffset(self, dt):
        info = self._find_local(dt)
        return None if info is None else info.utoff

    def dst(self, dt):
        info = self._find_local(dt)
        return None if info is None else info.dstoff

    def tzname(self, dt):
        info = self._find_local(dt)
        return None if info is None else info.tzname

    def fromutc(self, dt):
        """The local time of a UTC time (dt's tzinfo must be this zone)."""
        if not isinstance(dt, datetime.datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _local_seconds(dt)
        fold = 0
        if self._trans_utc and ts >= self._trans_utc[-1] and self._rule is not None:
            info, second = self._rule.info_utc(ts)
            fold = 1 if second else 0
        else:
            index = bisect.bisect_right(self._trans_utc, ts) - 1
            if index < 0:
                info = self._before
            else:
                info = self._trans_info[index]
                previous = self._trans_info[index - 1] if index > 0 else self._before
                shift = (previous.utoff - info.utoff).total_seconds()
                if shift > 0 and ts < self._trans_utc[index] + shift:
                    fold = 1
            if not self._trans_utc and self._rule is not None:
                info, second = self._rule.info_utc(ts)
                fold = 1 if second else 0
        return (dt + info.utoff).replace(fold=fold)
