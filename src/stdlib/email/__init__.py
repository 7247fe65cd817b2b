"""The email package: the message model (email.message), reading (email.parser) and writing
(email.generator) messages, headers and charsets, policies, the MIME classes (email.mime) and
helpers (email.utils). The message_from_* functions below are shortcuts to the parsers."""

__all__ = [
    "base64mime", "charset", "encoders", "errors", "feedparser", "generator", "header",
    "iterators", "message", "message_from_file", "message_from_binary_file",
    "message_from_string", "message_from_bytes", "mime", "parser", "quoprimime", "utils",
]


def _parsed(binary, method, source, args, kws):
    # Imported here: email.parser needs this package to exist first.
    from email import parser
    reader = parser.BytesParser(*args, **kws) if binary else parser.Parser(*args, **kws)
    return getattr(reader, method)(source)


def message_from_string(s, *args, **kws):
    """The message held in the string `s` (Parser's arguments may follow)."""
    return _parsed(False, "parsestr", s, args, kws)


def message_from_bytes(s, *args, **kws):
    """The message held in the bytes `s`."""
    return _parsed(True, "parsebytes", s, args, kws)


def message_from_file(fp, *args, **kws):
    """The message read from the open text file `fp`."""
    return _parsed(False, "parse", fp, args, kws)


def message_from_binary_file(fp, *args, **kws):
    """The message read from the open binary file `fp`."""
    return _parsed(True, "parse", fp, args, kws)
