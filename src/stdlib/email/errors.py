"""The email package's exceptions (raised) and defects (recorded in msg.defects when the parser
meets malformed input it can work around). The defect classes are made from the table below."""


class MessageError(Exception):
    """The root of the package's exceptions."""


class MessageParseError(MessageError):
    """Parsing could not go on."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A part was attached to a message that cannot hold parts."""


class CharsetError(MessageError):
    """A character set nobody knows."""


class HeaderWriteError(MessageError):
    """A header could not be written."""


class MessageDefect(ValueError):
    """Something wrong in a message that the parser worked around; `line` is where, if known."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class HeaderDefect(MessageDefect):
    """The root of the defects found in a header's value."""


class NonPrintableDefect(HeaderDefect):
    """A header value with ASCII control characters in it."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: {}".format(self.non_printables)


# (name, base, what it means): each becomes a class of this module.
_DEFECTS = [
    ("NoBoundaryInMultipartDefect", MessageDefect, "A multipart message without a boundary parameter."),
    ("StartBoundaryNotFoundDefect", MessageDefect, "The boundary the header names never starts a part."),
    ("CloseBoundaryNotFoundDefect", MessageDefect, "The closing boundary line is missing."),
    ("FirstHeaderLineIsContinuationDefect", MessageDefect, "The first header line starts with whitespace."),
    ("MisplacedEnvelopeHeaderDefect", MessageDefect, "A 'From ' line among the headers."),
    ("MissingHeaderBodySeparatorDefect", MessageDefect, "A line that is neither a header nor the blank line."),
    ("MultipartInvariantViolationDefect", MessageDefect, "A message that says it is multipart but is not."),
    ("InvalidMultipartContentTransferEncodingDefect", MessageDefect, "A multipart part encoded other than 7bit, 8bit or binary."),
    ("UndecodableBytesDefect", MessageDefect, "Bytes outside ASCII in a header."),
    ("InvalidBase64PaddingDefect", MessageDefect, "base64 text with its padding missing."),
    ("InvalidBase64CharactersDefect", MessageDefect, "base64 text with characters outside its alphabet."),
    ("InvalidBase64LengthDefect", MessageDefect, "base64 text of a length that cannot be decoded."),
    ("InvalidHeaderDefect", HeaderDefect, "A header value that could not be parsed."),
    ("HeaderMissingRequiredValue", HeaderDefect, "A header that needs a value has none."),
    ("ObsoleteHeaderDefect", HeaderDefect, "A header in an obsolete syntax."),
    ("NonASCIILocalPartDefect", HeaderDefect, "An address whose local part is not ASCII."),
    ("InvalidDateDefect", HeaderDefect, "A date header that could not be parsed."),
]

for _name, _base, _doc in _DEFECTS:
    globals()[_name] = type(_name, (_base,), {"__doc__": _doc, "__module__": __name__})
del _name, _base, _doc

MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
