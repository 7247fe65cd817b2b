"""Reading messages: FeedParser takes text in pieces (feed) and builds the message tree at close();
BytesFeedParser takes bytes. Headers run to the first blank line; a multipart body is cut at its
boundary lines into parts, each parsed in turn; defects are recorded on the message, not raised."""

import re

from email import errors
from email.policy import compat32

__all__ = ["FeedParser", "BytesFeedParser"]

_HEADER_LINE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
_HEADER_NAME = re.compile(r"^[^\s:]+[\t ]*:")


def _lines_keeping_ends(text):
    return text.splitlines(keepends=True)


def _without_end(line):
    if line.endswith("\r\n"):
        return line[:-2]
    if line.endswith(("\n", "\r")):
        return line[:-1]
    return line


class FeedParser:
    """Builds a message from text fed in any number of pieces."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        if _factory is None:
            _factory = policy.message_factory
            if _factory is None:
                from email.message import Message, EmailMessage
                from email.policy import Compat32
                _factory = Message if isinstance(policy, Compat32) else EmailMessage
        self._factory = _factory
        self._chunks = []
        self._headersonly = False
        self._closed = False
        # Whether the text carries bytes that are not ASCII (see utils._text_of_bytes).
        self._escaped_source = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        self._chunks.append(data)

    def _new_message(self):
        try:
            msg = self._factory(policy=self.policy)
        except TypeError:
            msg = self._factory()
        if self._escaped_source:
            msg._escaped = True
        return msg

    def close(self):
        """The message built from everything fed."""
        text = "".join(self._chunks)
        return self._parse(text, self._headersonly)

    # ---- the parse itself ----

    def _parse(self, text, headersonly, default_type=None):
        msg = self._new_message()
        if default_type:
            msg.set_default_type(default_type)
        lines = _lines_keeping_ends(text)
        at = self._read_headers(msg, lines)
        body = "".join(lines[at:])
        if headersonly:
            msg.set_payload(body)
            return msg
        self._read_body(msg, body)
        return msg

    def _read_headers(self, msg, lines):
        """Stores the header lines on `msg`; the index of the first body line."""
        current = []
        at = 0
        while at < len(lines):
            line = lines[at]
            if line in ("\n", "\r\n", "\r"):
                at += 1
                break
            if at == 0 and line.startswith("From "):
                msg.set_unixfrom(_without_end(line))
                at += 1
                continue
            if line[0] in " \t":
                if not current:
                    self.policy.handle_defect(msg, errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    current.append(line)
                at += 1
                continue
            if line.startswith("From "):
                self.policy.handle_defect(msg, errors.MisplacedEnvelopeHeaderDefect(_without_end(line)))
                at += 1
                continue
            if not _HEADER_NAME.match(line):
                # Not a header: the body starts here, without its blank line.
                self.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
                break
            if current:
                msg.set_raw(*self.policy.header_source_parse(current))
            current = [line]
            at += 1
        if current:
            msg.set_raw(*self.policy.header_source_parse(current))
        return at

    def _read_body(self, msg, body):
        ctype = msg.get_content_type()
        maintype = ctype.split("/")[0]
        if maintype == "message" and ctype in ("message/rfc822", "message/global", "message/news"):
            msg.set_payload([self._parse(body, False)])
            return
        if maintype == "message" and ctype == "message/delivery-status":
            blocks = [b for b in re.split(r"(?:\r?\n){2}", body) if b.strip()]
            msg.set_payload([self._parse(b + "\n", True) for b in blocks])
            return
        if maintype != "multipart":
            msg.set_payload(body)
            return
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
            return
        cte = str(msg.get("content-transfer-encoding", "8bit")).lower()
        if cte not in ("7bit", "8bit", "binary"):
            self.policy.handle_defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        self._split_parts(msg, body, boundary, ctype)

    def _split_parts(self, msg, body, boundary, ctype):
        separator = re.compile("(?P<sep>--" + re.escape(boundary) + r")(?P<end>--)?[ \t]*(?P<eol>\r\n|\r|\n|$)")
        lines = _lines_keeping_ends(body)
        pieces = []
        current = []
        closed = False
        started = False
        preamble = []
        epilogue_start = None
        for index, line in enumerate(lines):
            found = separator.match(line)
            if found and (found.end() == len(line)):
                if not started:
                    started = True
                    preamble = current
                elif current or True:
                    pieces.append(current)
                current = []
                if found.group("end"):
                    closed = True
                    epilogue_start = index + 1
                    break
                continue
            current.append(line)
        if not started:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(body)
            msg.epilogue = ""
            self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            pieces.append(current)
        if preamble:
            text = "".join(preamble)
            msg.preamble = _without_end(text)
        part_default = "message/rfc822" if ctype == "multipart/digest" else None
        parts = []
        for index, piece in enumerate(pieces):
            text = "".join(piece)
            # The line end before a boundary line belongs to the boundary.
            text = _without_end(text)
            parts.append(self._parse(text, False, part_default))
        msg.set_payload(parts)
        if closed:
            msg.epilogue = "".join(lines[epilogue_start:])


class BytesFeedParser(FeedParser):
    """A FeedParser for bytes; bytes that are not ASCII are kept as surrogate escapes."""

    def feed(self, data):
        from email.utils import _text_of_bytes
        text = _text_of_bytes(bytes(data))
        if not text.isascii():
            self._escaped_source = True
        super().feed(text)
