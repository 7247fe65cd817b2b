# Calls the long runtime fuzz found walking a huge range where CPython fails at once: a header
# length indexes a 256-entry table (IndexError at the first value past 255), new_class lists
# its bases first (OverflowError for a range longer than a ssize_t), and os.environ takes str
# keys only (getdefaultlocale with a range of ints as envvars: TypeError at the first).
import email.quoprimime
import locale
import os
import types
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
huge = range(0, 2**70, 3)
for label, call in [
    ("header_length(huge range)", lambda: email.quoprimime.header_length(huge)),
    ("body_length(huge range)", lambda: email.quoprimime.body_length(huge)),
    ("header_length(b'a b=')", lambda: email.quoprimime.header_length(b"a b=")),
    ("body_length(b'a b=\\t')", lambda: email.quoprimime.body_length(b"a b=\t")),
    ("new_class(bases=huge range)", lambda: types.new_class("a", range(-2**63, 2**63 - 1), 255, (1,))),
    ("new_class(bases=(int,))", lambda: types.new_class("A", (int,)).__mro__[1].__name__),
    ("getdefaultlocale(huge range)", lambda: locale.getdefaultlocale(huge)),
    ("environ.get(0)", lambda: os.environ.get(0)),
    ("0 in environ", lambda: 0 in os.environ),
    ("environ[1]", lambda: os.environ[1]),
    ("environ.get('GILPY_SURELY_UNSET_VARIABLE', 'dflt')", lambda: os.environ.get("GILPY_SURELY_UNSET_VARIABLE", "dflt")),
    ("'PATH' in environ", lambda: "PATH" in os.environ),
]:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
