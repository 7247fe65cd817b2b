"""HTTP cookies: a Morsel is one cookie (name, value, coded value and its attributes such as Path
and Max-Age); a SimpleCookie (or BaseCookie) is a dict of them, loaded from a Cookie header and
written out as Set-Cookie lines. Values that are not plain tokens are written quoted, with
octal escapes."""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    """A cookie name or attribute that is not allowed."""


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


def _attribute(name):
    """The lowercased attribute name; CookieError when it is not one a cookie can have."""
    lowered = name.lower()
    if lowered not in Morsel._reserved:
        raise CookieError("Invalid attribute %r" % (lowered,))
    return lowered


class Morsel(dict):
    """One cookie: key, value, coded_value (the value as written), and its attributes as the
    dict's items (all present, '' when unset)."""

    # Attribute names as they are written out.
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

    # Attributes written as a bare name when true.
    _flags = {"secure", "httponly"}

    def __init__(self):
        super().__init__((name, "") for name in self._reserved)
        self._key = None
        self._value = None
        self._coded_value = None

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def __setitem__(self, K, V):
        super().__setitem__(_attribute(K), V)

    def setdefault(self, key, val=None):
        return super().setdefault(_attribute(key), val)

    def update(self, values):
        checked = {_attribute(name): value for name, value in dict(values).items()}
        super().update(checked)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        same_parts = (self._key, self._value, self._coded_value) == (morsel._key, morsel._value, morsel._coded_value)
        return same_parts and dict(self) == dict(morsel)

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin._key, twin._value, twin._coded_value = self._key, self._value, self._coded_value
        return twin

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        """Names the cookie and gives its value (and the value as written)."""
        if self.isReservedKey(key):
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not _KEY_OK(key):
            raise CookieError("Illegal key %r" % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {"key": self._key, "value": self._value, "coded_value": self._coded_value}

    def __setstate__(self, state):
        self._key, self._value, self._coded_value = state["key"], state["value"], state["coded_value"]

    def output(self, attrs=None, header="Set-Cookie:"):
        """The cookie as a header line: 'Set-Cookie: key=value; Path=/'."""
        return header + " " + self.OutputString(attrs)

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        """A script element that sets the cookie from JavaScript."""
        return _SCRIPT % self.OutputString(attrs).replace('"', r'\"')

    def _written_attribute(self, name, value):
        label = self._reserved[name]
        if name in self._flags:
            return label if value else None
        if name == "expires" and isinstance(value, int):
            return "%s=%s" % (label, _getdate(value))
        if name == "max-age" and isinstance(value, int):
            return "%s=%d" % (label, value)
        if name == "comment" and isinstance(value, str):
            return "%s=%s" % (label, _quote(value))
        return "%s=%s" % (label, value)

    def OutputString(self, attrs=None):
        """'key=coded_value' and the attributes set (those in `attrs` only, when given), in
        alphabetical order of their names."""
        wanted = self._reserved if attrs is None else attrs
        pieces = ["%s=%s" % (self._key, self._coded_value)]
        for name in sorted(self):
            value = self[name]
            if value == "" or name not in wanted:
                continue
            written = self._written_attribute(name, value)
            if written:
                pieces.append(written)
        return "; ".join(pieces)


_SCRIPT = """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        """


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
    """A dict of Morsels by name. Values are stored as given; subclasses decide how a value is
    written (value_encode) and read back (value_decode)."""

    def value_decode(self, val):
        """(value, coded value) of a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(value, coded value) of a value set in code."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, value, coded):
        morsel = self.get(key) or Morsel()
        morsel.set(key, value, coded)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
            return
        self._store(key, *self.value_encode(value))

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        """A header line per cookie, in order of name."""
        return sep.join(self[key].output(attrs, header) for key in sorted(self))

    __str__ = output

    def __repr__(self):
        shown = " ".join("%s=%r" % (key, self[key].value) for key in sorted(self))
        return "<%s: %s>" % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        return "".join(self[key].js_output(attrs) for key in sorted(self))

    def load(self, rawdata):
        """Adds the cookies of a Cookie header's text, or of a {name: value} mapping."""
        if not isinstance(rawdata, str):
            for key, value in rawdata.items():
                self[key] = value
            return
        pairs = self._pairs(rawdata)
        if pairs is None:
            return
        current = None
        for is_cookie, key, value in pairs:
            if is_cookie:
                self._store(key, *value)
                current = self[key]
            else:
                current[key] = value

    def _pairs(self, text):
        """(is_cookie, name, value) for each piece of a Cookie header, or None when a piece is
        malformed (then nothing is loaded)."""
        found = []
        at = 0
        have_cookie = False
        while at < len(text):
            piece = _PAIR.match(text, at)
            if not piece or piece.end() == at:
                break
            at = piece.end()
            key, value = piece.group("key"), piece.group("val")
            if key.startswith("$"):
                # '$Path' and the like: attributes in the old RFC 2109 style.
                if have_cookie:
                    found.append((False, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not have_cookie:
                    return None
                if value is not None:
                    found.append((False, key, _unquote(value)))
                elif key.lower() in Morsel._flags:
                    found.append((False, key, True))
                else:
                    return None
            elif value is not None:
                found.append((True, key, self.value_decode(value)))
                have_cookie = True
            else:
                return None
        return found


class SimpleCookie(BaseCookie):
    """Cookies whose values are text, written quoted (with escapes) when not plain tokens."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
