"""Exceptions and defect classes of the email package: errors raised to the caller, and defects
recorded on a message (msg.defects) when the parser meets malformed input it can live with."""


class MessageError(Exception):
    """The root of the package's exceptions."""


class MessageParseError(MessageError):
    """The parser could not go on."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A payload was attached to a message that is not multipart."""


class CharsetError(MessageError):
    """An unknown character set."""


class HeaderWriteError(MessageError):
    """A header could not be written."""


class MessageDefect(ValueError):
    """Something wrong in a message that the parser worked around."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart message without a boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary named in the header never starts a part."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """The closing boundary line is missing."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with whitespace."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' line in the middle of the headers."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is neither a header nor the blank separator."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """A message claims to be multipart but is not."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart part with a content transfer encoding other than 7bit, 8bit or binary."""


class UndecodableBytesDefect(MessageDefect):
    """Bytes that are not ASCII in a header."""


class InvalidBase64PaddingDefect(MessageDefect):
    """base64 text with missing padding."""


class InvalidBase64CharactersDefect(MessageDefect):
    """base64 text with characters outside its alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """base64 text whose length cannot be decoded."""


class HeaderDefect(MessageDefect):
    """The root of the defects found in a header's value."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


class InvalidHeaderDefect(HeaderDefect):
    """A header value that could not be parsed."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header that needs a value has none."""


class NonPrintableDefect(HeaderDefect):
    """A header value with characters that cannot be printed."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: {}".format(self.non_printables)


class ObsoleteHeaderDefect(HeaderDefect):
    """A header in an obsolete syntax."""


class NonASCIILocalPartDefect(HeaderDefect):
    """A local part of an address with characters outside ASCII."""


class InvalidDateDefect(HeaderDefect):
    """A date header that could not be parsed."""
