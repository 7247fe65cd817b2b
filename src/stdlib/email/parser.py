"""Parsers of whole messages: Parser (text), BytesParser (bytes), and their headers-only kinds;
each hands the text to a FeedParser."""

from io import StringIO, TextIOWrapper

from email.feedparser import FeedParser, BytesFeedParser
from email.policy import compat32

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser", "FeedParser", "BytesFeedParser"]


class Parser:
    """Parses text messages into Message objects (or `_class` objects)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """The message read from the text file `fp`."""
        feedparser = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feedparser._set_headersonly()
        while True:
            data = fp.read(8192)
            if not data:
                break
            feedparser.feed(data)
        return feedparser.close()

    def parsestr(self, text, headersonly=False):
        """The message in the string `text`."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that reads only the headers; the rest is the payload, as text."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses binary messages; bytes outside ASCII survive as surrogate escapes."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        data = fp.read()
        return self.parsebytes(data, headersonly)

    def parsebytes(self, text, headersonly=False):
        feedparser = BytesFeedParser(self.parser._class, policy=self.parser.policy)
        if headersonly:
            feedparser._set_headersonly()
        feedparser.feed(text)
        return feedparser.close()


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
