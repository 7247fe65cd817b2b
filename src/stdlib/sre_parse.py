"""Deprecated since 3.11: the regular expression parser's names (CPython 3.11 keeps sre_parse
as a shim of re._parser). gilpy parses patterns natively (_sre), so this module offers the
parser's constants, character classes, flag tables, fix_flags and expand_template; it has
no parse() building CPython's SubPattern trees."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

import _sre_names as _
globals().update({key: value for key, value in vars(_).items() if not key.startswith('__')})

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

_REPEATCODES = frozenset({MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT})
_UNITCODES = frozenset({ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY})

ESCAPES = {
    "\\a": (LITERAL, ord("\a")), "\\b": (LITERAL, ord("\b")), "\\f": (LITERAL, ord("\f")),
    "\\n": (LITERAL, ord("\n")), "\\r": (LITERAL, ord("\r")), "\\t": (LITERAL, ord("\t")),
    "\\v": (LITERAL, ord("\v")), "\\\\": (LITERAL, ord("\\")),
}

CATEGORIES = {
    "\\A": (AT, AT_BEGINNING_STRING),
    "\\b": (AT, AT_BOUNDARY),
    "\\B": (AT, AT_NON_BOUNDARY),
    "\\d": (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    "\\D": (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    "\\s": (IN, [(CATEGORY, CATEGORY_SPACE)]),
    "\\S": (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    "\\w": (IN, [(CATEGORY, CATEGORY_WORD)]),
    "\\W": (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    "\\Z": (AT, AT_END_STRING),
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE, "L": SRE_FLAG_LOCALE, "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL, "x": SRE_FLAG_VERBOSE, "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE, "u": SRE_FLAG_UNICODE,
}

TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

# The widest a pattern can match: one more than the largest C size.
MAXWIDTH = 1 << 64


def fix_flags(src, flags):
    """The flags completed for the pattern's type (UNICODE for str unless ASCII), or
    ValueError for a combination the type does not allow."""
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & SRE_FLAG_ASCII:
            if flags & SRE_FLAG_UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            return flags
        return flags | SRE_FLAG_UNICODE
    if flags & SRE_FLAG_UNICODE:
        raise ValueError("cannot use UNICODE flag with a bytes pattern")
    if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
        raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def expand_template(template, match):
    """The replacement template filled from a match, as Match.expand does."""
    return match.expand(template)
