"""html: escaping text for HTML, and turning character references back into text, as
CPython 3.11's module does (unescape follows the HTML5 rules for numeric references and
for named references written without their semicolon)."""

import re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """`s` with &, < and > (and, with `quote`, both quote characters) made safe for HTML."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references HTML5 maps elsewhere: NUL, CR, and the C1 controls read as Windows-1252.
_REMAPPED = {0x00: '\ufffd', 0x0d: '\r'}
_REMAPPED.update(zip(range(0x80, 0xa0),
                     '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039'
                     '\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                     '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'))

# Numeric references to these code points produce nothing.
_DROPPED = set()
for _low, _high in ((0x1, 0x8), (0xb, 0xb), (0xe, 0x1f), (0x7f, 0x9f), (0xfdd0, 0xfdef)):
    _DROPPED.update(range(_low, _high + 1))
for _plane in range(17):
    _DROPPED.update((_plane << 16 | 0xfffe, _plane << 16 | 0xffff))
del _low, _high, _plane

_REFERENCE = re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _numeric(body):
    digits = body[1:].rstrip(';')
    number = int(digits[1:], 16) if digits[:1] in ('x', 'X') else int(digits)
    if number in _REMAPPED:
        return _REMAPPED[number]
    if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
        return '\uFFFD'
    if number in _DROPPED:
        return ''
    return chr(number)


def _named(body):
    if body in _html5:
        return _html5[body]
    # The longest known name the text starts with (legacy names need no ';').
    for end in range(len(body) - 1, 1, -1):
        if body[:end] in _html5:
            return _html5[body[:end]] + body[end:]
    return '&' + body


def _replace(found):
    body = found.group(1)
    return _numeric(body) if body[0] == '#' else _named(body)


def unescape(s):
    """`s` with every named and numeric character reference replaced by its text."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
