"""The file-like objects urllib hands out: addbase reads through to a wrapped file, addclosehook
also calls a function when closed, addinfo carries headers (info()), and addinfourl also the
URL and the status code."""

__all__ = ["addbase", "addclosehook", "addinfo", "addinfourl"]


class addbase:
    """Wraps a file: reads go to it, closing closes it; usable in a with statement."""

    def __init__(self, fp):
        self.fp = fp
        self.closed = False

    def __getattr__(self, name):
        # Anything not defined here is the wrapped file's (fileno, readinto, ...).
        wrapped = self.__dict__.get("fp")
        if wrapped is None:
            raise AttributeError(name)
        return getattr(wrapped, name)

    def __repr__(self):
        return "<%s at %r whose fp = %r>" % (type(self).__name__, id(self), self.fp)

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
        if self.closed:
            return
        self.closed = True
        self.fp.close()


class addclosehook(addbase):
    """A wrapped file that calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if hook:
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """A wrapped file with headers."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A wrapped file with headers, the URL it came from and the status code (None if none)."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    status = property(lambda self: self.code)

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
