"""tomllib: read TOML 1.0 documents into dicts (loads for text, load for a binary file)."""

from ._parser import load, loads, TOMLDecodeError

__all__ = "loads", "load", "TOMLDecodeError"
TOMLDecodeError.__module__ = "tomllib"  # documented as tomllib's own
