"""HTTP cookies: a Morsel is one cookie (name, value, coded value and its attributes such as Path
and Max-Age); a SimpleCookie (or BaseCookie) is a dict of them, loaded from a Cookie header and
written out as Set-Cookie lines. Values that are not plain tokens are written quoted, with
octal escapes."""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters a cookie name or an unquoted value may hold.
_LEGAL_CHARS = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UNQUOTED_OK = set(_LEGAL_CHARS)
_KEY_OK = re.compile("[%s]+" % re.escape(_LEGAL_CHARS)).fullmatch


def _escape_char(ch):
    code = ord(ch)
    if ch in ('"', "\\"):
        return "\\" + ch
    if ch in ",;" or (code < 256 and not 0x20 <= code <= 0x7E):
        return "\\%03o" % code
    return ch


def _quote(text):
    """`text` as a cookie value: unchanged when it is a token, else quoted with escapes."""
    if text is None or _UNQUOTED_OK.issuperset(text):
        return text
    return '"' + "".join(_escape_char(ch) for ch in text) + '"'


_ESCAPE = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")


def _unquote(text):
    """A quoted cookie value back to its text (an unquoted one unchanged)."""
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    inner = text[1:-1]
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)) if m.group(1) else m.group(2), inner)


_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _getdate(future=0, weekdayname=_WEEKDAYS, monthname=_MONTHS):
    """The GMT date `future` seconds from now, as an expires attribute writes it."""
    year, month, day, hh, mm, ss, wd, _, _ = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value, and its attributes as dict items."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value
                and self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values):
        data = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        """Sets the cookie's name, value and the value as written."""
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not _KEY_OK(key):
            raise CookieError("Illegal key %r" % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {"key": self._key, "value": self._value, "coded_value": self._coded_value}

    def __setstate__(self, state):
        self._key = state["key"]
        self._value = state["value"]
        self._coded_value = state["coded_value"]

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', r"\"")
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        """ % (text,)

    def OutputString(self, attrs=None):
        """'key=value; Attr=...' with the attributes set (only those in `attrs`, when given)."""
        pieces = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                pieces.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                pieces.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                pieces.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    pieces.append(str(name))
            else:
                pieces.append("%s=%s" % (name, value))
        return "; ".join(pieces)


# One 'name=value' (or bare name) of a Cookie header; the value a quoted string, an expires date
# (which holds a comma and spaces), or a run of token characters.
_NAME_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_PAIR = re.compile(r"""
    \s*
    (?P<key>[""" + _NAME_CHARS + r"""]+?)
    (?:\s*=\s*
        (?P<val>
            "(?:[^\\"]|\\.)*"
          | \w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT
          | [""" + _NAME_CHARS + r"""\[\]]*
        )
    )?
    \s*(?:\s+|;|$)
""", re.ASCII | re.VERBOSE)


class BaseCookie(dict):
    """A dict of Morsels, by name; values are stored as given (see value_decode/value_encode)."""

    def value_decode(self, val):
        """(real value, coded value) of a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) of a value set in code."""
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        """One header line per cookie, by name."""
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = ["%s=%s" % (key, repr(value.value)) for key, value in sorted(self.items())]
        return "<%s: %s>" % (self.__class__.__name__, " ".join(items))

    def js_output(self, attrs=None):
        return "".join(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        """Loads cookies from a Cookie header's text, or from a dict of name: value."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text):
        # Everything is checked first: one malformed piece and nothing is loaded.
        at = 0
        seen_cookie = False
        parsed = []
        while 0 <= at < len(text):
            found = _PAIR.match(text, at)
            if not found or found.end() == at:
                break
            key, value = found.group("key"), found.group("val")
            at = found.end()
            if key[0] == "$":
                if seen_cookie:
                    parsed.append(("attribute", key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is None:
                    if key.lower() not in Morsel._flags:
                        return
                    parsed.append(("attribute", key, True))
                else:
                    parsed.append(("attribute", key, _unquote(value)))
            elif value is not None:
                parsed.append(("cookie", key, self.value_decode(value)))
                seen_cookie = True
            else:
                return
        morsel = None
        for kind, key, value in parsed:
            if kind == "attribute":
                morsel[key] = value
            else:
                real, coded = value
                self.__set(key, real, coded)
                morsel = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted and unquoted as needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
