"""The email package: messages (email.message), parsing (email.parser), writing
(email.generator), headers and charsets, policies, MIME classes (email.mime) and helpers
(email.utils). The message_from_* functions parse with a Parser."""

__all__ = [
    "base64mime", "charset", "encoders", "errors", "feedparser", "generator", "header",
    "iterators", "message", "message_from_file", "message_from_binary_file",
    "message_from_string", "message_from_bytes", "mime", "parser", "quoprimime", "utils",
]


def message_from_string(s, *args, **kws):
    """The message in the string `s`."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """The message in the bytes `s`."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """The message read from the text file `fp`."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """The message read from the binary file `fp`."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
