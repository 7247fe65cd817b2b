"""Parsers of whole messages: Parser reads text, BytesParser bytes; HeaderParser and
BytesHeaderParser stop after the headers (the rest is the payload, unparsed). All of them feed a
FeedParser (email.feedparser) and return what it builds."""

from email.feedparser import FeedParser, BytesFeedParser
from email.policy import compat32

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser", "FeedParser", "BytesFeedParser"]

_READ_SIZE = 8192


class Parser:
    """Builds messages (of `_class`, else the policy's message class) from text."""

    _headers_only = False

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def _feeder(self, binary, headersonly):
        kind = BytesFeedParser if binary else FeedParser
        feeder = kind(self._class, policy=self.policy)
        if headersonly or self._headers_only:
            feeder._set_headersonly()
        return feeder

    def parse(self, fp, headersonly=False):
        """The message read from the text file `fp` (to its end)."""
        feeder = self._feeder(False, headersonly)
        for chunk in iter(lambda: fp.read(_READ_SIZE), ""):
            feeder.feed(chunk)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        """The message held in `text`."""
        feeder = self._feeder(False, headersonly)
        feeder.feed(text)
        return feeder.close()


class HeaderParser(Parser):
    """A Parser that reads only the headers."""

    _headers_only = True


class BytesParser:
    """Builds messages from bytes; bytes outside ASCII are carried in the text (see
    email.utils), so that writing the message out as bytes gives them back."""

    _headers_only = False

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        """The message read from the binary file `fp` (to its end)."""
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        """The message held in the bytes `text`."""
        feeder = self.parser._feeder(True, headersonly or self._headers_only)
        feeder.feed(text)
        return feeder.close()


class BytesHeaderParser(BytesParser):
    """A BytesParser that reads only the headers."""

    _headers_only = True
