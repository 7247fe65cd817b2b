"""Deprecated since 3.11: the regular expression engine's constants (opcodes, position and
category codes, the SRE_FLAG_* bits, MAXREPEAT, MAXGROUPS, error), kept for old programs."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

import _sre_names as _
globals().update({key: value for key, value in vars(_).items() if not key.startswith('__')})
