"""Helpers for email values: RFC 2822 dates (formatdate, parsedate, parsedate_tz,
parsedate_to_datetime, format_datetime, mktime_tz), addresses (parseaddr, getaddresses,
formataddr), message ids, quoting, and RFC 2231 parameter values."""

import datetime
import os
import random
import socket
import time

__all__ = [
    "collapse_rfc2231_value", "decode_params", "decode_rfc2231", "encode_rfc2231",
    "formataddr", "formatdate", "format_datetime", "getaddresses", "make_msgid",
    "mktime_tz", "parseaddr", "parsedate", "parsedate_tz", "parsedate_to_datetime",
    "quote", "unquote", "localtime",
]

COMMASPACE = ", "
EMPTYSTRING = ""
UEMPTYSTRING = ""
CRLF = "\r\n"
TICK = "'"

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_TITLES = [m.title() for m in _MONTHS]

# Offsets (as +HHMM numbers) of the zone names RFC 822 allows.
_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
    "AST": -400, "ADT": -300,
    "EST": -500, "EDT": -400,
    "CST": -600, "CDT": -500,
    "MST": -700, "MDT": -600,
    "PST": -800, "PDT": -700,
}


# ---- dates ---------------------------------------------------------------------------------

def _date_text(parts, zone):
    """'Day, DD Mon YYYY HH:MM:SS zone' from a time tuple (UTC or local) and a zone text."""
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYS[parts[6]], parts[2], _MONTH_TITLES[parts[1] - 1], parts[0],
        parts[3], parts[4], parts[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """The time `timeval` (seconds since the epoch; now when None) as an RFC 2822 date."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        moment = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        moment = moment.astimezone()
        usegmt = False
    return format_datetime(moment, usegmt)


def format_datetime(dt, usegmt=False):
    """A datetime as an RFC 2822 date; a naive one is taken as UTC and written with -0000."""
    parts = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _date_text(parts, zone)


def _number(text):
    try:
        return int(text)
    except ValueError:
        return None


def _parse_date(data):
    """The fields of an RFC 2822 date as a 10-list (the offset None when unknown), or None."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    # A leading day name (with or without its comma) says nothing.
    if words[0].endswith(",") or words[0].lower()[:3] in [d.lower() for d in _DAYS]:
        words = words[1:]
    else:
        head, comma, rest = words[0].rpartition(",")
        if comma and head:
            words[0] = rest
    if len(words) == 3:
        # 'DD-Mon-YYYY'
        pieces = words[0].split("-")
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        last = words[3]
        at = last.find("+")
        if at == -1:
            at = last.find("-")
        if at > 0:
            words[3:] = [last[:at], last[at:]]
        else:
            words.append("")
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    month = month.lower()
    if month not in _MONTHS:
        day, month = month, day.lower()
        if month not in _MONTHS:
            return None
    month_number = _MONTHS.index(month) + 1
    if day.endswith(","):
        day = day[:-1]
    # 'Nov 20 1995 19:12:08' or a year and a time in swapped places.
    if ":" in year:
        year, clock = clock, year
    if year.endswith(","):
        year = year[:-1]
    if not year[:1].isdigit():
        year, zone = zone, year
    if clock.endswith(","):
        clock = clock[:-1]
    fields = clock.split(":")
    if len(fields) == 2:
        fields.append("0")
    elif len(fields) != 3:
        if "." in clock:
            fields = clock.split(".")
            if len(fields) == 2:
                fields.append("0")
        if len(fields) != 3:
            return None
    hour, minute, second = (_number(f) for f in fields)
    yy, dd = _number(year), _number(day)
    if None in (hour, minute, second, yy, dd):
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    offset = None
    zone = zone.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        offset = _number(zone)
        if offset == 0 and zone.startswith("-"):
            offset = None
    if offset is not None:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [yy, month_number, dd, hour, minute, second, 0, 1, -1, offset]


def parsedate_tz(data):
    """An RFC 2822 date as a 10-tuple (the last item the offset from UTC in seconds), or None."""
    fields = _parse_date(data)
    if not fields:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """An RFC 2822 date as a 9-tuple usable with time.mktime, or None."""
    fields = parsedate_tz(data)
    if isinstance(fields, tuple):
        return fields[:9]
    return fields


def mktime_tz(data):
    """Seconds since the epoch of a 10-tuple from parsedate_tz."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """An RFC 2822 date as a datetime: aware, or naive when the zone is -0000 or missing."""
    fields = _parse_date(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *parts, offset = fields
    if offset is None:
        return datetime.datetime(*parts[:6])
    return datetime.datetime(*parts[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def localtime(dt=None, isdst=-1):
    """`dt` (now when None) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


# ---- quoting -------------------------------------------------------------------------------

def quote(text):
    """`text` with backslashes and double quotes escaped."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def unquote(text):
    """`text` without one pair of surrounding double quotes or angle brackets."""
    if len(text) > 1:
        if text.startswith('"') and text.endswith('"'):
            return text[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if text.startswith("<") and text.endswith(">"):
            return text[1:-1]
    return text


# ---- addresses -----------------------------------------------------------------------------

_SPECIALS = '()<>@,:;.\"[]'


class _AddressReader:
    """Reads RFC 2822 address lists: phrases, quoted strings, comments, angle addresses."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def _quoted(self, close, nests=False):
        """The text up to the matching `close` (the opener already read), escapes resolved."""
        out = []
        depth = 1
        self.at += 1
        while self.at < len(self.text):
            ch = self.text[self.at]
            if ch == "\\" and self.at + 1 < len(self.text):
                out.append(self.text[self.at + 1])
                self.at += 2
                continue
            if nests and ch == "(":
                depth += 1
            elif ch == close:
                depth -= 1
                if depth == 0:
                    self.at += 1
                    break
            out.append(ch)
            self.at += 1
        return "".join(out)

    def _skip_space(self):
        while self.at < len(self.text) and self.text[self.at] in " \t\r\n":
            self.at += 1

    def one(self):
        """The next (name, address) pair, reading up to and past the comma that ends it."""
        phrase = []
        comments = []
        route = None
        plain = []
        while self.at < len(self.text):
            ch = self.text[self.at]
            if ch == ",":
                self.at += 1
                break
            if ch in " \t\r\n":
                self._skip_space()
                plain.append(" ")
                continue
            if ch == '"':
                word = self._quoted('"')
                phrase.append(word)
                plain.append('"%s"' % quote(word))
                continue
            if ch == "(":
                comments.append(self._quoted(")", nests=True))
                continue
            if ch == "<":
                route = self._quoted(">").strip()
                continue
            start = self.at
            while self.at < len(self.text) and self.text[self.at] not in ' \t\r\n",()<':
                self.at += 1
            word = self.text[start:self.at]
            phrase.append(word)
            plain.append(word)
        if route is not None:
            return " ".join(phrase).strip(), _strip_route(route)
        address = "".join(plain).strip()
        address = " ".join(address.split())
        if comments and address:
            return " ".join(comments), address.replace(" ", "")
        if "@" in address or address:
            return ("", address.replace(" @ ", "@").replace(" . ", "."))
        return "", ""


def _strip_route(route):
    # '<@a,@b:user@host>' keeps only the address after the source route.
    if route.startswith("@") and ":" in route:
        return route.split(":", 1)[1]
    return route


def getaddresses(fieldvalues):
    """Every (name, address) pair of the address header values given."""
    reader = _AddressReader(COMMASPACE.join(str(v) for v in fieldvalues))
    pairs = []
    while reader.at < len(reader.text):
        pair = reader.one()
        if pair != ("", ""):
            pairs.append(pair)
    return pairs


def parseaddr(addr):
    """The first (name, address) pair of an address header value; ('', '') for none."""
    if isinstance(addr, (list, tuple)):
        addr = COMMASPACE.join(addr)
    reader = _AddressReader(str(addr))
    while reader.at < len(reader.text):
        pair = reader.one()
        if pair != ("", ""):
            return pair
    return "", ""


def formataddr(pair, charset="utf-8"):
    """'name <address>' from a (name, address) pair, the name quoted or encoded as needed."""
    name, address = pair
    address.encode("ascii")
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        from email.charset import Charset
        if isinstance(charset, str):
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    if any(ch in _SPECIALS for ch in name) or any(ch in name for ch in "\\"):
        return '"%s" <%s>' % (quote(name), address)
    return "%s <%s>" % (name, address)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID value: '<time.pid.random[.idstring]@domain>'."""
    moment = int(time.time() * 100)
    unique = random.getrandbits(64)
    idstring = "" if idstring is None else "." + idstring
    if domain is None:
        domain = socket.getfqdn()
    return "<%d.%d.%d%s@%s>" % (moment, os.getpid(), unique, idstring, domain)


# ---- bytes carried in text -----------------------------------------------------------------
#
# Messages read from bytes keep bytes that are not ASCII inside their text: CPython carries each
# as a surrogate escape; an interpreter without lone surrogates (gilpy) carries it as the latin-1
# character of the same value. These three functions are the only places that know which.

def _raw_bytes(text):
    """`text` as 'raw-unicode-escape' encodes it: characters below 256 as one byte each."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    pieces = []
    for ch in text:
        code = ord(ch)
        if code < 256:
            pieces.append(ch)
        elif code < 0x10000:
            pieces.append("\\u%04x" % code)
        else:
            pieces.append("\\U%08x" % code)
    return "".join(pieces).encode("latin-1")


def _text_of_bytes(data):
    """Bytes as text: ASCII as itself, other bytes escaped."""
    try:
        return data.decode("ascii")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("ascii", "surrogateescape")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _bytes_of_text(text):
    """The bytes `_text_of_bytes` made `text` from (other characters as _raw_bytes does)."""
    try:
        return text.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return _raw_bytes(text)


# ---- RFC 2231 parameter values -------------------------------------------------------------

def decode_rfc2231(s):
    """"charset'language'text" as (charset, language, text); a bare text gives (None, None, text)."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """`s` percent-encoded with its charset and language in front, as RFC 2231 says."""
    import urllib.parse
    s = urllib.parse.quote(s, safe="", encoding=charset or "ascii")
    if charset is None and language is None:
        return s
    if language is None:
        language = ""
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors="replace", fallback_charset="us-ascii"):
    """A parameter value as text: a (charset, language, text) triple decoded, quotes removed."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, _language, text = value
    if charset is None:
        charset = fallback_charset
    raw = _raw_bytes(text)
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    """Parameters (name, value) with RFC 2231 continuations joined and encoded values decoded."""
    import urllib.parse
    new_params = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith("*")
        value = unquote(value)
        base, star, number = name.rstrip("*").partition("*")
        if star and number.isdigit():
            pieces.setdefault(base, []).append((int(number), value, encoded))
            if base not in order:
                order.append(base)
        elif encoded:
            pieces.setdefault(name.rstrip("*"), []).append((0, value, True))
            if name.rstrip("*") not in order:
                order.append(name.rstrip("*"))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name in order:
        parts = sorted(pieces[name], key=lambda p: p[0])
        any_encoded = any(p[2] for p in parts)
        text = "".join(p[1] for p in parts)
        if any_encoded:
            charset, language, text = decode_rfc2231(text)
            new_params.append((name, (charset, language, '"%s"' % urllib.parse.unquote(text, encoding="latin-1"))))
        else:
            new_params.append((name, '"%s"' % quote(text)))
    return new_params
