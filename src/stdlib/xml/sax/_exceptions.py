"""The exceptions of SAX."""


class SAXException(Exception):
    """A SAX error or warning: a message, and the exception it wraps (if any)."""

    def __init__(self, msg, exception=None):
        super().__init__(msg)
        self._msg, self._exception = msg, exception

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, index):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A document that is not well-formed, and where: `<source>:line:column: message`."""

    def __init__(self, msg, exception, locator):
        super().__init__(msg, exception)
        self._locator = locator
        self._where = (locator.getSystemId(), locator.getLineNumber(), locator.getColumnNumber())

    def getSystemId(self):
        return self._where[0]

    def getLineNumber(self):
        return self._where[1]

    def getColumnNumber(self):
        return self._where[2]

    def getPublicId(self):
        return self._locator.getPublicId()

    def __str__(self):
        system, line, column = self._where
        shown = ["<unknown>" if system is None else system, "?" if line is None else line, "?" if column is None else column]
        return "%s:%s:%s: %s" % (*shown, self._msg)


def _kind(name, base, doc):
    return type(name, (base,), {"__doc__": doc, "__module__": __name__})


SAXNotRecognizedException = _kind("SAXNotRecognizedException", SAXException, "An unknown feature or property.")
SAXNotSupportedException = _kind("SAXNotSupportedException", SAXException, "A known feature or property this reader does not offer.")
SAXReaderNotAvailable = _kind("SAXReaderNotAvailable", SAXNotSupportedException, "No reader could be made.")
