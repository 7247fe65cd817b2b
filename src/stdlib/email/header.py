"""Header values that may hold text in several charsets: Header (built from chunks, written as RFC
2047 encoded words and folded), decode_header (encoded words back to (bytes, charset) pieces) and
make_header."""

import binascii
import re

from email import charset as _charset
from email import errors
from email.charset import Charset
from email.utils import _raw_bytes

__all__ = ["Header", "decode_header", "make_header"]

USASCII = Charset("us-ascii")
UTF8 = Charset("utf-8")
MAXLINELEN = 78
FWS = " \t"

_ENCODED_WORD = re.compile(r"=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=", re.VERBOSE | re.MULTILINE)


def decode_header(header):
    """The pieces of a header value: (bytes, charset) for encoded words and the text between them
    (charset None); a value without encoded words comes back as [(str, None)]."""
    if hasattr(header, "_chunks"):
        return [(_charset._encode(string, str(charset)), str(charset)) for string, charset in header._chunks]
    if not _ENCODED_WORD.search(header):
        return [(header, None)]
    pieces = []
    at = 0
    for found in _ENCODED_WORD.finditer(header):
        between = header[at:found.start()]
        if between and not (pieces and pieces[-1][1] is not None and not between.strip(FWS)):
            pieces.append((_raw_bytes(between), None))
        charset = found.group("charset").lower()
        encoding = found.group("encoding").lower()
        encoded = found.group("encoded")
        if encoding == "q":
            from email import quoprimime
            data = _raw_bytes(quoprimime.header_decode(encoded))
        else:
            padded = encoded + "=" * (-len(encoded) % 4)
            try:
                data = binascii.a2b_base64(padded.encode("ascii"))
            except binascii.Error:
                raise errors.HeaderParseError("Base64 decoding error")
        if pieces and pieces[-1][1] == charset:
            pieces[-1] = (pieces[-1][0] + data, charset)
        else:
            pieces.append((data, charset))
        at = found.end()
    tail = header[at:]
    if tail:
        pieces.append((_raw_bytes(tail), None))
    return pieces


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=" "):
    """A Header from decode_header's pieces."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


class Header:
    """A header value made of chunks of text, each with its charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None, continuation_ws=" ", errors="strict"):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        self._maxlinelen = maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The text of the header, chunks joined (a space between an encoded and a plain chunk)."""
        out = []
        last = None
        for string, charset in self._chunks:
            plain = charset is None or str(charset) in ("us-ascii", "unknown-8bit")
            if out and last is not None and last != plain and not out[-1].endswith(tuple(FWS)) and not string.startswith(tuple(FWS)):
                out.append(" ")
            out.append(string)
            last = plain
        return "".join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors="strict"):
        """Adds a chunk of text (bytes are decoded with `charset`)."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            s = s.decode(charset.input_codec or "us-ascii", errors)
        if str(charset) == "us-ascii":
            try:
                s.encode("us-ascii")
            except UnicodeEncodeError:
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=";, \t", maxlinelen=None, linesep="\n"):
        """The header as it is written: plain chunks as text, others as encoded words; folded."""
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        words = []
        for string, charset in self._chunks:
            if str(charset) in ("us-ascii", "unknown-8bit") or charset.header_encoding is None:
                words.extend(("plain", w) for w in re.split(r"(?<=[ \t])", string) if w)
            else:
                words.append(("encoded", charset.header_encode(string)))
        lines = []
        line = ""
        first_width = maxlinelen - self._headerlen
        for kind, word in words:
            width = first_width if not lines else maxlinelen
            glue = " " if (kind == "encoded" and line and not line.endswith(tuple(FWS))) else ""
            if line and len(line) + len(glue) + len(word.rstrip()) > width:
                lines.append(line.rstrip(FWS) if kind == "plain" else line)
                line = word
            else:
                line += glue + word
        lines.append(line)
        return (linesep + self._continuation_ws).join(lines)
