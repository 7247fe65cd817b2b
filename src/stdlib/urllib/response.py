"""The file-like objects urllib returns: addbase wraps a file; addclosehook runs a hook on close;
addinfo carries headers; addinfourl also the URL and status code."""

__all__ = ["addbase", "addclosehook", "addinfo", "addinfourl"]


class addbase:
    """A wrapper that reads through to `fp` and can be used in a with statement."""

    def __init__(self, fp):
        self.fp = fp
        self.closed = False

    def __getattr__(self, name):
        fp = self.__dict__.get("fp")
        if fp is None:
            raise AttributeError(name)
        return getattr(fp, name)

    def __repr__(self):
        return "<%s at %r whose fp = %r>" % (self.__class__.__name__, id(self), self.fp)

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return iter(self.fp)

    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def close(self):
        if not self.closed:
            self.closed = True
            self.fp.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """A file with headers (info())."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A file with headers, the URL it came from, and a status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
