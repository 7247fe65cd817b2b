"""http.cookiejar: client-side HTTP cookies (Netscape, RFC 2109 and RFC 2965).

A CookieJar keeps Cookie objects by domain, path and name. extract_cookies reads a response's
Set-Cookie/Set-Cookie2 headers into cookies, add_cookie_header writes the ones that apply into a
request's Cookie header; a CookiePolicy (DefaultCookiePolicy) decides which are accepted and
returned. FileCookieJar and its two formats (MozillaCookieJar: cookies.txt, LWPCookieJar:
Set-Cookie3) save and load jars. The header and date helpers are module functions."""

import calendar
import copy
import datetime
import os
import re
import threading as _threading
import time
import urllib.parse
import urllib.request
from http.client import HTTP_PORT

__all__ = ["Cookie", "CookieJar", "CookiePolicy", "DefaultCookiePolicy", "FileCookieJar",
           "LWPCookieJar", "LoadError", "MozillaCookieJar"]

debug = False
logger = None


def _debug(*args):
    if not debug:
        return
    global logger
    if not logger:
        import logging
        logger = logging.getLogger("http.cookiejar")
    return logger.debug(*args)


HTTPONLY_ATTR = "HTTPOnly"
HTTPONLY_PREFIX = "#HttpOnly_"
DEFAULT_HTTP_PORT = str(HTTP_PORT)
NETSCAPE_MAGIC_RGX = re.compile("#( Netscape)? HTTP Cookie File")
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar instance initialised "
                         "with one)")
NETSCAPE_HEADER_TEXT = """\
# Netscape HTTP Cookie File
# http://curl.haxx.se/rfc/cookie_spec.html
# This is a generated file!  Do not edit.

"""


def _warn_unhandled_exception():
    # A bug in this module (not in the cookies) is reported rather than swallowed.
    import io
    import traceback
    import warnings
    out = io.StringIO()
    traceback.print_exc(None, out)
    warnings.warn("http.cookiejar bug!\n%s" % out.getvalue(), stacklevel=2)


# ---- dates -----------------------------------------------------------------------------------

EPOCH_YEAR = 1970
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [month.lower() for month in MONTHS]
UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}
TIMEZONE_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def _timegm(tt):
    """Seconds since the epoch of a UTC (year, month, day, hour, min, sec) or None if out of range."""
    year, month, mday, hour, minute, sec = tt[:6]
    if (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31 and 0 <= hour <= 24
            and 0 <= minute <= 59 and 0 <= sec <= 61):
        return calendar.timegm(tt)
    return None


def _utc(t):
    """The UTC datetime of seconds since the epoch, or of now."""
    return datetime.datetime.utcnow() if t is None else datetime.datetime.utcfromtimestamp(t)


def time2isoz(t=None):
    """'YYYY-MM-DD hh:mm:ssZ' (UTC) of seconds since the epoch (now by default)."""
    dt = _utc(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)


def time2netscape(t=None):
    """'Wdy, DD-Mon-YYYY HH:MM:SS GMT' of seconds since the epoch (now by default)."""
    dt = _utc(t)
    clock = "%02d:%02d:%02d" % (dt.hour, dt.minute, dt.second)
    return "%s, %02d-%s-%04d %s GMT" % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year, clock)


def offset_from_tz_string(tz):
    """Seconds east of UTC of a zone name (GMT/UTC/UT/Z) or a +hh[:]mm offset; None otherwise."""
    if tz in UTC_ZONES:
        return 0
    m = TIMEZONE_RE.search(tz)
    if not m:
        return None
    offset = 3600 * int(m.group(2))
    if m.group(3):
        offset += 60 * int(m.group(3))
    return -offset if m.group(1) == "-" else offset


def _str2time(day, mon, yr, hr, minute, sec, tz):
    yr = int(yr)
    if yr > datetime.MAXYEAR:
        return None
    try:
        mon = MONTHS_LOWER.index(mon.lower()) + 1
    except ValueError:
        try:
            number = int(mon)
        except ValueError:
            return None
        if not 1 <= number <= 12:
            return None
        mon = number
    day = int(day)
    hr = int(hr or 0)
    minute = int(minute or 0)
    sec = int(sec or 0)
    if yr < 1000:
        # A two-digit year: the one of this century's years nearest to now.
        this_year = time.localtime(time.time())[0]
        tail = this_year % 100
        guess = yr + this_year - tail
        gap = tail - yr
        if abs(gap) > 50:
            guess = guess + 100 if gap > 0 else guess - 100
        yr = guess
    t = _timegm((yr, mon, day, hr, minute, sec, tz))
    if t is not None:
        offset = offset_from_tz_string((tz or "UTC").upper())
        if offset is None:
            return None
        t = t - offset
    return t


STRICT_DATE_RE = re.compile(
    r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) (\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$", re.ASCII)
WEEKDAY_RE = re.compile(r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*", re.I | re.ASCII)
LOOSE_HTTP_DATE_RE = re.compile(
    r"^(\d\d?)(?:\s+|[-/])(\w+)(?:\s+|[-/])(\d+)"
    r"(?:(?:\s+|:)(\d\d?):(\d\d)(?::(\d\d))?)?"
    r"\s*(?:([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)\s*)?"
    r"(?:\(\w+\)\s*)?$", re.ASCII)


def http2time(text):
    """Seconds since the epoch of an HTTP date in any of the forms seen in the wild; None if it
    cannot be read. A year before 1970 or past datetime.MAXYEAR also gives None."""
    m = STRICT_DATE_RE.search(text)
    if m:
        g = m.groups()
        month = MONTHS_LOWER.index(g[1].lower()) + 1
        return _timegm((int(g[2]), month, int(g[0]), int(g[3]), int(g[4]), float(g[5])))
    text = WEEKDAY_RE.sub("", text.lstrip(), 1)
    m = LOOSE_HTTP_DATE_RE.search(text)
    if m is None:
        return None
    day, mon, yr, hr, minute, sec, tz = m.groups()
    return _str2time(day, mon, yr, hr, minute, sec, tz)


ISO_DATE_RE = re.compile(
    r"^(\d{4})[-/]?(\d\d?)[-/]?(\d\d?)"
    r"(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)(?::?(\d\d(?:\.\d*)?))?)?"
    r"\s*(?:([-+]?\d\d?:?(:?\d\d)?|Z|z)\s*)?$", re.ASCII)


def iso2time(text):
    """Seconds since the epoch of an ISO 8601 date such as '1994-02-03 14:15:29 -0100'."""
    m = ISO_DATE_RE.search(text.lstrip())
    if m is None:
        return None
    yr, mon, day, hr, minute, sec, tz, _ = m.groups()
    return _str2time(day, mon, yr, hr, minute, sec, tz)


# ---- header words ----------------------------------------------------------------------------

HEADER_TOKEN_RE = re.compile(r"^\s*([^=\s;,]+)")
HEADER_QUOTED_VALUE_RE = re.compile(r"^\s*=\s*\"([^\"\\]*(?:\\.[^\"\\]*)*)\"")
HEADER_VALUE_RE = re.compile(r"^\s*=\s*([^\s;,]*)")
HEADER_ESCAPE_RE = re.compile(r"\\(.)")
HEADER_JOIN_ESCAPE_RE = re.compile(r"([\"\\])")


def _cut(m):
    """The searched string with the match removed."""
    start, end = m.span(0)
    return m.string[:start] + m.string[end:]


def split_header_words(header_values):
    """Each header value as a list of (name, value) pairs; a lone token has the value None, and
    values separated by commas become separate lists.

    >>> split_header_words(['foo="bar"; port="80,81"; discard, bar=baz'])
    [[('foo', 'bar'), ('port', '80,81'), ('discard', None)], [('bar', 'baz')]]"""
    assert not isinstance(header_values, str)
    result = []
    for text in header_values:
        original = text
        pairs = []
        while text:
            m = HEADER_TOKEN_RE.search(text)
            if m:
                text = _cut(m)
                name = m.group(1)
                m = HEADER_QUOTED_VALUE_RE.search(text)
                if m:
                    text = _cut(m)
                    value = HEADER_ESCAPE_RE.sub(r"\1", m.group(1))
                else:
                    m = HEADER_VALUE_RE.search(text)
                    if m:
                        text = _cut(m)
                        value = m.group(1).rstrip()
                    else:
                        value = None
                pairs.append((name, value))
            elif text.lstrip().startswith(","):
                # Headers joined with commas (RFC 2616 4.2).
                text = text.lstrip()[1:]
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                text, skipped = re.subn(r"^[=\s;]*", "", text)
                assert skipped > 0, ("split_header_words bug: '%s', '%s', %s" % (original, text, pairs))
        if pairs:
            result.append(pairs)
    return result


def join_header_words(lists):
    """The reverse of split_header_words: values quoted where they are not plain words."""
    headers = []
    for pairs in lists:
        words = []
        for name, value in pairs:
            if value is not None:
                if not re.search(r"^\w+$", value):
                    value = '"%s"' % HEADER_JOIN_ESCAPE_RE.sub(r"\\\1", value)
                name = "%s=%s" % (name, value)
            words.append(name)
        if words:
            headers.append("; ".join(words))
    return ", ".join(headers)


def strip_quotes(text):
    if text.startswith('"'):
        text = text[1:]
    if text.endswith('"'):
        text = text[:-1]
    return text


_NS_ATTRIBUTES = ("expires", "domain", "path", "secure", "version", "port", "max-age")


def parse_ns_headers(ns_headers):
    """Set-Cookie headers (Netscape style, lenient) as lists of (name, value) pairs; the first
    pair is the cookie, expires becomes seconds since the epoch, and ('version', '0') is added
    when the header gave no version."""
    result = []
    for header in ns_headers:
        pairs = []
        has_version = False
        for index, param in enumerate(header.split(";")):
            key, sep, value = param.strip().partition("=")
            key = key.strip()
            if not key:
                if index == 0:
                    break
                continue
            value = value.strip() if sep else None
            if index:
                if key.lower() in _NS_ATTRIBUTES:
                    key = key.lower()
                if key == "version":
                    if value is not None:
                        value = strip_quotes(value)
                    has_version = True
                elif key == "expires" and value is not None:
                    value = http2time(strip_quotes(value))
            pairs.append((key, value))
        if pairs:
            if not has_version:
                pairs.append(("version", "0"))
            result.append(pairs)
    return result


# ---- hosts, paths and ports ------------------------------------------------------------------

IPV4_RE = re.compile(r"\.\d+$", re.ASCII)


def is_HDN(text):
    """Whether text is a host domain name (not an IP address, no leading or trailing dot)."""
    if IPV4_RE.search(text) or text == "":
        return False
    return not (text[0] == "." or text[-1] == ".")


def domain_match(A, B):
    """RFC 2965 domain matching: A equals B, or B starts with a dot and A ends with it."""
    A = A.lower()
    B = B.lower()
    if A == B:
        return True
    if not is_HDN(A):
        return False
    where = A.rfind(B)
    if where <= 0 or not B.startswith("."):
        return False
    return is_HDN(B[1:])


def liberal_is_HDN(text):
    """Whether text is not an IP address."""
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """The matching used for blocked/allowed domain lists: a leading dot matches subdomains."""
    A = A.lower()
    B = B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    if B.startswith("."):
        return A.endswith(B)
    return A == B


cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host, lowercased, without a port."""
    host = urllib.parse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """(host, effective host): a host without a dot gets '.local' appended in the second."""
    host = request_host(request)
    return host, (host if "." in host else host + ".local")


def request_path(request):
    """The escaped path of the request URL, starting with '/'."""
    path = escape_path(urllib.parse.urlsplit(request.get_full_url()).path)
    return path if path.startswith("/") else "/" + path


def request_port(request):
    """The port of the request's host as a string ('80' by default); None if it is not a number."""
    host = request.host
    colon = host.find(":")
    if colon < 0:
        return DEFAULT_HTTP_PORT
    port = host[colon + 1:]
    try:
        int(port)
    except ValueError:
        _debug("nonnumeric port: '%s'", port)
        return None
    return port


HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def uppercase_escaped_char(match):
    return "%%%s" % match.group(1).upper()


def escape_path(path):
    """path %-escaped as RFC 2965 wants, with the escapes in uppercase."""
    path = urllib.parse.quote(path, HTTP_PATH_SAFE)
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char, path)


def reach(h):
    """The reach of a host (RFC 2965 1): '.b.c' for 'a.b.c', and 'a.local' stays a host."""
    dot = h.find(".")
    if dot >= 0:
        parent = h[dot + 1:]
        if is_HDN(h) and (parent.find(".") >= 0 or parent == "local"):
            return "." + parent
    return h


def is_third_party(request):
    """Whether the request goes to a host outside the reach of the page that caused it."""
    return not domain_match(request_host(request), reach(request.origin_req_host))


# ---- cookies ---------------------------------------------------------------------------------

class Cookie:
    """One cookie: its attributes as public fields, the non-standard ones behind accessors."""

    def __init__(self, version, name, value, port, port_specified, domain, domain_specified,
                 domain_initial_dot, path, path_specified, secure, expires, discard, comment,
                 comment_url, rest, rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(float(expires))
        if port is None and port_specified is True:
            raise ValueError("if port is None, port_specified must be false")
        given = (version, name, value, port, port_specified, domain.lower(), domain_specified,
                 domain_initial_dot, path, path_specified, secure, expires, discard, comment,
                 comment_url)
        for field, given_value in zip(self._FIELDS, given):
            setattr(self, field, given_value)
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        where = self.domain + ("" if self.port is None else ":" + self.port) + self.path
        shown = self.name if self.value is None else "%s=%s" % (self.name, self.value)
        return "<Cookie %s for %s>" % (shown, where)

    _FIELDS = ("version", "name", "value", "port", "port_specified", "domain", "domain_specified",
               "domain_initial_dot", "path", "path_specified", "secure", "expires", "discard",
               "comment", "comment_url")

    def __repr__(self):
        parts = ["%s=%r" % (field, getattr(self, field)) for field in self._FIELDS]
        parts.append("rest=%r" % (self._rest,))
        parts.append("rfc2109=%r" % (self.rfc2109,))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(parts))


class CookiePolicy:
    """Decides which cookies a jar accepts (set_ok) and sends back (return_ok)."""

    def set_ok(self, cookie, request):
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        return True

    def path_return_ok(self, path, request):
        return True


_SECOND_LEVEL = ("co", "ac", "com", "edu", "org", "net", "gov", "mil", "int", "aero", "biz", "cat",
                 "coop", "info", "jobs", "mobi", "museum", "name", "pro", "travel", "eu")


class DefaultCookiePolicy(CookiePolicy):
    """The usual rules, with switches for the strictness of each protocol."""

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4
    DomainLiberal = 0
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain

    def __init__(self, blocked_domains=None, allowed_domains=None, netscape=True, rfc2965=False,
                 rfc2109_as_netscape=None, hide_cookie2=False, strict_domain=False,
                 strict_rfc2965_unverifiable=True, strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal, strict_ns_set_initial_dollar=False,
                 strict_ns_set_path=False, secure_protocols=("https", "wss")):
        self.__dict__.update(
            netscape=netscape, rfc2965=rfc2965, rfc2109_as_netscape=rfc2109_as_netscape,
            hide_cookie2=hide_cookie2, strict_domain=strict_domain,
            strict_rfc2965_unverifiable=strict_rfc2965_unverifiable,
            strict_ns_unverifiable=strict_ns_unverifiable, strict_ns_domain=strict_ns_domain,
            strict_ns_set_initial_dollar=strict_ns_set_initial_dollar,
            strict_ns_set_path=strict_ns_set_path, secure_protocols=secure_protocols)
        self._blocked_domains = () if blocked_domains is None else tuple(blocked_domains)
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked) for blocked in self._blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, allowed) for allowed in self._allowed_domains)

    # Accepting cookies.
    def set_ok(self, cookie, request):
        assert cookie.name is not None
        for check in ("version", "verifiability", "name", "path", "domain", "port"):
            if not getattr(self, "set_ok_" + check)(cookie, request):
                return False
        return True

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            # parse_ns_headers always sets a version: this is a broken RFC 2965 cookie.
            _debug("   Set-Cookie2 without version attribute (%s=%s)", cookie.name, cookie.value)
            return False
        return self._version_enabled(cookie)

    def _version_enabled(self, cookie):
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    def set_ok_verifiability(self, cookie, request):
        if request.unverifiable and is_third_party(request):
            if cookie.version > 0 and self.strict_rfc2965_unverifiable:
                return False
            if cookie.version == 0 and self.strict_ns_unverifiable:
                return False
        return True

    def set_ok_name(self, cookie, request):
        # A version 0 cookie named like an RFC 2965 attribute could fool servers that speak both.
        return not (cookie.version == 0 and self.strict_ns_set_initial_dollar
                    and cookie.name.startswith("$"))

    def set_ok_path(self, cookie, request):
        if cookie.path_specified:
            strict = cookie.version > 0 or (cookie.version == 0 and self.strict_ns_set_path)
            if strict and not self.path_return_ok(cookie.path, request):
                return False
        return True

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain) or self.is_not_allowed(cookie.domain):
            return False
        if not cookie.domain_specified:
            return True
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        if self.strict_domain and domain.count(".") >= 2:
            last = domain.rfind(".")
            before = domain.rfind(".", 0, last)
            if before == 0:
                tld = domain[last + 1:]
                sld = domain[before + 1:last]
                if sld.lower() in _SECOND_LEVEL and len(tld) == 2:
                    # A domain like .co.uk is a registry, not a site.
                    return False
        undotted = domain[1:] if domain.startswith(".") else domain
        if "." not in undotted and not erhn.endswith(".local"):
            return False
        if cookie.version == 0:
            if (not (erhn.endswith(domain) or erhn.endswith(f"{undotted}.local"))
                    and (not erhn.startswith(".") and not ("." + erhn).endswith(domain))):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainRFC2965Match):
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainStrictNoDots):
            prefix = req_host[:-len(domain)]
            if "." in prefix and not IPV4_RE.search(req_host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if cookie.port_specified:
            req_port = request_port(request)
            req_port = "80" if req_port is None else str(req_port)
            for port in cookie.port.split(","):
                try:
                    int(port)
                except ValueError:
                    return False
                if port == req_port:
                    return True
            return False
        return True

    # Returning cookies.
    def return_ok(self, cookie, request):
        for check in ("version", "verifiability", "secure", "expires", "port", "domain"):
            if not getattr(self, "return_ok_" + check)(cookie, request):
                return False
        return True

    def return_ok_version(self, cookie, request):
        return self._version_enabled(cookie)

    def return_ok_verifiability(self, cookie, request):
        return self.set_ok_verifiability(cookie, request)

    def return_ok_secure(self, cookie, request):
        return not (cookie.secure and request.type not in self.secure_protocols)

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if cookie.port:
            req_port = request_port(request)
            if req_port is None:
                req_port = "80"
            return req_port in cookie.port.split(",")
        return True

    def return_ok_domain(self, cookie, request):
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        dotted = "." + domain if domain and not domain.startswith(".") else domain
        if (cookie.version == 0 and (self.strict_ns_domain & self.DomainStrictNonDomain)
                and not cookie.domain_specified and domain != erhn):
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ("." + erhn).endswith(dotted):
            return False
        return True

    def domain_return_ok(self, domain, request):
        req_host, erhn = eff_request_host(request)
        if not req_host.startswith("."):
            req_host = "." + req_host
        if not erhn.startswith("."):
            erhn = "." + erhn
        dotted = "." + domain if domain and not domain.startswith(".") else domain
        if not (req_host.endswith(dotted) or erhn.endswith(dotted)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        if req_path == path:
            return True
        return req_path.startswith(path) and (path.endswith("/") or req_path[len(path):len(path) + 1] == "/")


def deepvalues(mapping):
    """The leaves of nested mappings, depth first in insertion order (each level's values are
    listed before descending, so the jar may be changed meanwhile)."""
    for obj in list(mapping.values()):
        if hasattr(obj, "items"):
            yield from deepvalues(obj)
        else:
            yield obj


class Absent:
    """Marks an attribute missing from a cookie header (as opposed to present without a value)."""


class CookieJar:
    """Cookies by domain, path and name, with the policy deciding what goes in and out."""

    non_word_re = re.compile(r"\W")
    quote_re = re.compile(r"([\"\\])")
    strict_domain_re = re.compile(r"\.?[^.]*")
    domain_re = re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")
    magic_re = re.compile(r"^\#LWP-Cookies-(\d+\.\d+)", re.ASCII)

    def __init__(self, policy=None):
        if policy is None:
            policy = DefaultCookiePolicy()
        self._policy = policy
        self._cookies_lock = _threading.RLock()
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _stamp(self):
        self._policy._now = self._now = int(time.time())

    def _cookies_for_domain(self, domain, request):
        if not self._policy.domain_return_ok(domain, request):
            return []
        found = []
        for path, by_name in self._cookies[domain].items():
            if not self._policy.path_return_ok(path, request):
                continue
            for cookie in by_name.values():
                if self._policy.return_ok(cookie, request):
                    found.append(cookie)
        return found

    def _cookies_for_request(self, request):
        found = []
        for domain in list(self._cookies.keys()):
            found.extend(self._cookies_for_domain(domain, request))
        return found

    def _cookie_attrs(self, cookies):
        """The Cookie header words for cookies, the longest paths first."""
        cookies.sort(key=lambda c: len(c.path), reverse=True)
        words = []
        first = True
        for cookie in cookies:
            version = cookie.version
            if first:
                first = False
                if version > 0:
                    words.append("$Version=%s" % version)
            value = cookie.value
            if value is not None and version > 0 and self.non_word_re.search(value):
                value = self.quote_re.sub(r"\\\1", value)
            words.append(cookie.name if cookie.value is None else "%s=%s" % (cookie.name, value))
            if version > 0:
                if cookie.path_specified:
                    words.append('$Path="%s"' % cookie.path)
                if cookie.domain.startswith("."):
                    domain = cookie.domain
                    if not cookie.domain_initial_dot:
                        domain = domain[1:]
                    words.append('$Domain="%s"' % domain)
                if cookie.port is not None:
                    word = "$Port"
                    if cookie.port_specified:
                        word += '="%s"' % cookie.port
                    words.append(word)
        return words

    def add_cookie_header(self, request):
        """Set the request's Cookie header (unless it has one) from the cookies that apply."""
        with self._cookies_lock:
            self._stamp()
            cookies = self._cookies_for_request(request)
            words = self._cookie_attrs(cookies)
            if words and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(words))
            if (self._policy.rfc2965 and not self._policy.hide_cookie2
                    and not request.has_header("Cookie2")):
                # Tell the server RFC 2965 is understood when some cookie is older than it.
                if any(cookie.version != 1 for cookie in cookies):
                    request.add_unredirected_header("Cookie2", '$Version="1"')
        self.clear_expired_cookies()

    def _normalized_cookie_tuples(self, attrs_set):
        """(name, value, standard attributes, other attributes) of each parsed cookie that is
        well formed; max-age becomes expires."""
        tuples = []
        flags = ("discard", "secure")
        valued = ("version", "expires", "max-age", "domain", "path", "port", "comment", "commenturl")
        for attrs in attrs_set:
            name, value = attrs[0]
            has_max_age = False
            bad = False
            standard = {}
            rest = {}
            for key, val in attrs[1:]:
                if key.lower() in valued or key.lower() in flags:
                    key = key.lower()
                if key in flags and val is None:
                    val = True
                if key in standard:
                    continue
                if key == "domain":
                    if val is None:
                        bad = True
                        break
                    val = val.lower()
                if key == "expires" and (has_max_age or val is None):
                    # Max-Age wins over Expires; an unreadable Expires makes a session cookie.
                    continue
                if key == "max-age":
                    has_max_age = True
                    try:
                        val = int(val)
                    except ValueError:
                        bad = True
                        break
                    key = "expires"
                    val = self._now + val
                if key in valued or key in flags:
                    if val is None and key not in ("port", "comment", "commenturl"):
                        bad = True
                        break
                    standard[key] = val
                else:
                    rest[key] = val
            if not bad:
                tuples.append((name, value, standard, rest))
        return tuples

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, attrs, rest = tup
        get = attrs.get
        domain, path, port, expires = (get(key, Absent) for key in ("domain", "path", "port", "expires"))
        version = get("version")
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None
        secure, discard = get("secure", False), get("discard", False)
        comment, comment_url = get("comment"), get("commenturl")

        if path not in (Absent, ""):
            path_specified = True
            path = escape_path(path)
        else:
            # The default: the request path up to its last slash (Netscape drops the slash).
            path_specified = False
            path = request_path(request)
            slash = path.rfind("/")
            if slash != -1:
                path = path[:slash] if version == 0 else path[:slash + 1]
            if not path:
                path = "/"

        domain_specified = domain is not Absent
        domain_initial_dot = bool(domain_specified and domain.startswith("."))
        if domain is Absent:
            domain = eff_request_host(request)[1]
        elif not domain.startswith("."):
            domain = "." + domain

        port_specified = False
        if port is Absent:
            port = None
        elif port is None:
            # A bare Port attribute: only the request's port.
            port = request_port(request)
        else:
            port_specified = True
            port = re.sub(r"\s+", "", port)

        if expires is Absent:
            expires = None
            discard = True
        elif expires <= self._now:
            # An expiry in the past deletes the cookie.
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            _debug("Expiring cookie, domain='%s', path='%s', name='%s'", domain, path, name)
            return None
        return Cookie(version, name, value, port, port_specified, domain, domain_specified,
                      domain_initial_dot, path, path_specified, secure, expires, discard, comment,
                      comment_url, rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        cookies = []
        for parsed in self._normalized_cookie_tuples(attrs_set):
            cookie = self._cookie_from_cookie_tuple(parsed, request)
            if cookie:
                cookies.append(cookie)
        return cookies

    def _process_rfc2109_cookies(self, cookies):
        as_netscape = getattr(self._policy, "rfc2109_as_netscape", None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_netscape:
                    cookie.version = 0

    def make_cookies(self, response, request):
        """The cookies a response sets (not yet checked by the policy)."""
        headers = response.info()
        rfc2965_headers = headers.get_all("Set-Cookie2", [])
        ns_headers = headers.get_all("Set-Cookie", [])
        self._stamp()
        rfc2965, netscape = self._policy.rfc2965, self._policy.netscape
        if ((not rfc2965_headers and not ns_headers) or (not ns_headers and not rfc2965)
                or (not rfc2965_headers and not netscape) or (not netscape and not rfc2965)):
            return []
        try:
            cookies = self._cookies_from_attrs_set(split_header_words(rfc2965_headers), request)
        except Exception:
            _warn_unhandled_exception()
            cookies = []
        if ns_headers and netscape:
            try:
                ns_cookies = self._cookies_from_attrs_set(parse_ns_headers(ns_headers), request)
            except Exception:
                _warn_unhandled_exception()
                ns_cookies = []
            self._process_rfc2109_cookies(ns_cookies)
            if rfc2965:
                # A cookie set by both headers is kept in its RFC 2965 form (RFC 2965 9.1).
                seen = {(c.domain, c.path, c.name) for c in cookies}
                ns_cookies = [c for c in ns_cookies if (c.domain, c.path, c.name) not in seen]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        with self._cookies_lock:
            self._stamp()
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Store the cookies of a response that the policy accepts."""
        with self._cookies_lock:
            self._stamp()
            accepted = [c for c in self.make_cookies(response, request) if self._policy.set_ok(c, request)]
            for cookie in accepted:
                self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        """Remove one cookie, a path's, a domain's, or (no arguments) all of them."""
        if name is not None:
            if domain is None or path is None:
                raise ValueError("domain and path must be given to remove a cookie by name")
            by_name = self._cookies[domain][path]
            del by_name[name]
        elif path is not None:
            if domain is None:
                raise ValueError("domain must be given to remove cookies by path")
            by_path = self._cookies[domain]
            del by_path[path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def clear_session_cookies(self):
        with self._cookies_lock:
            for gone in [c for c in self if c.discard]:
                self.clear(gone.domain, gone.path, gone.name)

    def clear_expired_cookies(self):
        with self._cookies_lock:
            now = time.time()
            for gone in [c for c in self if c.is_expired(now)]:
                self.clear(gone.domain, gone.path, gone.name)

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(repr(c) for c in self))

    def __str__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(str(c) for c in self))


class LoadError(OSError):
    """A cookie file in the wrong format."""


class FileCookieJar(CookieJar):
    """A jar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        super().__init__(policy)
        self.filename = None if filename is None else os.fspath(filename)
        self.delayload = bool(delayload)

    def _filename(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies of a file to the jar."""
        filename = self._filename(filename)
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Replace the jar's cookies by the file's; on an OSError the old ones stay."""
        filename = self._filename(filename)
        with self._cookies_lock:
            saved = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = saved
                raise

    def _keep(self, cookie, now, ignore_discard, ignore_expires):
        if not ignore_discard and cookie.discard:
            return False
        return ignore_expires or not cookie.is_expired(now)

    def _open_private(self, filename):
        return os.fdopen(os.open(filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), "w")


def lwp_cookie_str(cookie):
    """A cookie as the attribute text of a Set-Cookie3 line (libwww-perl's format)."""
    h = [(cookie.name, cookie.value), ("path", cookie.path), ("domain", cookie.domain)]
    if cookie.port is not None:
        h.append(("port", cookie.port))
    if cookie.path_specified:
        h.append(("path_spec", None))
    if cookie.port_specified:
        h.append(("port_spec", None))
    if cookie.domain_initial_dot:
        h.append(("domain_dot", None))
    if cookie.secure:
        h.append(("secure", None))
    if cookie.expires:
        h.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        h.append(("discard", None))
    if cookie.comment:
        h.append(("comment", cookie.comment))
    if cookie.comment_url:
        h.append(("commenturl", cookie.comment_url))
    for key in sorted(cookie._rest.keys()):
        h.append((key, str(cookie._rest[key])))
    h.append(("version", str(cookie.version)))
    return join_header_words([h])


class LWPCookieJar(FileCookieJar):
    """Saves and loads the Set-Cookie3 format of libwww-perl (keeps every attribute)."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        now = time.time()
        lines = ["Set-Cookie3: %s" % lwp_cookie_str(c) for c in self
                 if self._keep(c, now, ignore_discard, ignore_expires)]
        return "\n".join(lines + [""])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        with self._open_private(filename) as f:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not self.magic_re.search(f.readline()):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) format file" % filename)
        now = time.time()
        prefix = "Set-Cookie3:"
        flags = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
        valued = ("version", "port", "path", "domain", "expires", "comment", "commenturl")
        line = ""
        try:
            while True:
                line = f.readline()
                if line == "":
                    break
                if not line.startswith(prefix):
                    continue
                for words in split_header_words([line[len(prefix):].strip()]):
                    name, value = words[0]
                    standard = dict.fromkeys(flags, False)
                    rest = {}
                    for key, val in words[1:]:
                        lower = key.lower() if key is not None else None
                        if lower in valued or lower in flags:
                            key = lower
                        if key in flags:
                            standard[key] = True if val is None else val
                        elif key in valued:
                            standard[key] = val
                        else:
                            rest[key] = val
                    get = standard.get
                    expires = get("expires")
                    discard = get("discard")
                    if expires is not None:
                        expires = iso2time(expires)
                    if expires is None:
                        discard = True
                    domain = get("domain")
                    cookie = Cookie(get("version"), name, value, get("port"), get("port_spec"),
                                    domain, domain.startswith("."), get("domain_dot"), get("path"),
                                    get("path_spec"), get("secure"), expires, discard,
                                    get("comment"), get("commenturl"), rest)
                    if self._keep(cookie, now, ignore_discard, ignore_expires):
                        self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Set-Cookie3 format file %r: %r" % (filename, line))


class MozillaCookieJar(FileCookieJar):
    """Saves and loads the cookies.txt format of Netscape/Mozilla (and curl, wget, ...): tab
    separated domain, domain flag, path, secure, expires, name, value. RFC 2965 details are lost."""

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        if not NETSCAPE_MAGIC_RGX.match(f.readline()):
            raise LoadError("%r does not look like a Netscape format cookies file" % filename)
        line = ""
        try:
            while True:
                line = f.readline()
                rest = {}
                if line == "":
                    break
                if line.startswith(HTTPONLY_PREFIX):
                    rest[HTTPONLY_ATTR] = ""
                    line = line[len(HTTPONLY_PREFIX):]
                if line.endswith("\n"):
                    line = line[:-1]
                if line.strip().startswith(("#", "$")) or line.strip() == "":
                    continue
                domain, domain_specified, path, secure, expires, name, value = line.split("\t")
                secure = secure == "TRUE"
                domain_specified = domain_specified == "TRUE"
                if name == "":
                    # cookies.txt writes a value-less cookie as a nameless one.
                    name, value = value, None
                initial_dot = domain.startswith(".")
                assert domain_specified == initial_dot
                discard = False
                if expires == "":
                    expires = None
                    discard = True
                cookie = Cookie(0, name, value, None, False, domain, domain_specified, initial_dot,
                                path, False, secure, expires, discard, None, None, rest)
                if self._keep(cookie, now, ignore_discard, ignore_expires):
                    self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Netscape format cookies file %r: %r" % (filename, line))

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        with self._open_private(filename) as f:
            f.write(NETSCAPE_HEADER_TEXT)
            now = time.time()
            for cookie in self:
                if not self._keep(cookie, now, ignore_discard, ignore_expires):
                    continue
                domain = cookie.domain
                if cookie.value is None:
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                if cookie.has_nonstandard_attr(HTTPONLY_ATTR):
                    domain = HTTPONLY_PREFIX + domain
                fields = [domain, "TRUE" if cookie.domain.startswith(".") else "FALSE", cookie.path,
                          "TRUE" if cookie.secure else "FALSE",
                          "" if cookie.expires is None else str(cookie.expires), name, value]
                f.write("\t".join(fields) + "\n")
