"""json.decoder: JSONDecoder (decode, raw_decode), the JSONDecodeError it raises (the native
scanner raises this same class), and scanstring. Parsing itself is native (`_json`)."""

import re

from _json import scanstring as _native_scanstring
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

# JSON's four whitespace characters, any number of them.
_SPACE_RUN = re.compile(r'[ \t\n\r]*')

# What NaN, Infinity and -Infinity decode to unless parse_constant says otherwise.
_SPECIAL_FLOATS = {
    'NaN': float('nan'),
    'Infinity': float('inf'),
    '-Infinity': float('-inf'),
}


class JSONDecodeError(ValueError):
    """Raised for text that is not a valid JSON document.

    msg: what went wrong; doc: the text; pos: the index in doc where it went wrong;
    lineno, colno: that index as a 1-based line and column."""

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, line, column, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def scanstring(string, end, strict=True):
    """Decodes the JSON string body starting at index `end` (just past the opening quote) of
    `string`: returns (the decoded str, index just past the closing quote)."""
    return _native_scanstring(string, end, strict)


c_scanstring = scanstring
py_scanstring = scanstring


def _skip_space(s, i):
    """The first index at or after i that is not JSON whitespace."""
    return _SPACE_RUN.match(s, i).end()


class JSONDecoder:
    """Turns JSON text into Python data: objects become dicts, arrays lists, strings str,
    integers int, reals float, true/false/null True/False/None; NaN, Infinity and -Infinity are
    accepted as floats.

    object_hook(dict) replaces each decoded object; object_pairs_hook(list of (key, value))
    does too and takes precedence. parse_float, parse_int and parse_constant receive the text of
    each real, integer and special constant. With strict=False, control characters may appear
    inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _SPECIAL_FLOATS.__getitem__
        self.strict = strict
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python value of the JSON document `s` (a str); surrounding whitespace is
        allowed, anything else after the value is an "Extra data" error."""
        value, end = self.raw_decode(s, _skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Reads one JSON value at index `idx` of `s` (no whitespace skipped): returns
        (value, index just past it), ignoring whatever follows."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
