"""Deprecated since 3.11: the regular expression compiler's entry points (CPython 3.11 keeps
sre_compile as a shim of re._compiler). compile() builds the same Pattern re.compile does,
without re's cache; the engine's constants come along as they do in CPython."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

import _sre_names as _
globals().update({key: value for key, value in vars(_).items() if not key.startswith('__')})

import re as _re

MAXCODE = (1 << 32) - 1


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """The compiled Pattern of a str or bytes pattern (a Pattern is given back as it is)."""
    return _re.compile(p, flags)
