"""The errors urllib.request raises: URLError (an OSError shown as '<urlopen error reason>'),
HTTPError (an error status, which can also be read as the answer it is) and
ContentTooShortError (urlretrieve got less than announced)."""

import io

from urllib.response import addinfourl

__all__ = ["URLError", "HTTPError", "ContentTooShortError"]


class URLError(OSError):
    """A URL could not be opened; `reason` says why (text, or the exception that stopped it)."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return "<urlopen error %s>" % (self.reason,)


class HTTPError(URLError, addinfourl):
    """The server answered with an error status: code, msg (the reason), hdrs (the headers),
    and the body to read."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        addinfourl.__init__(self, io.BytesIO() if fp is None else fp, hdrs, url, code)

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)

    def __repr__(self):
        return "<HTTPError %s: %r>" % (self.code, self.msg)

    reason = property(lambda self: self.msg)

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, value):
        self.hdrs = value


class ContentTooShortError(URLError):
    """urlretrieve received fewer bytes than Content-Length promised; `content` is what came."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
