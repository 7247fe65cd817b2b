"""Quoted-printable as MIME uses it: 'Q' encoded words for headers (spaces as '_') and bodies with
soft line breaks at 76 characters."""

import re
from string import ascii_letters, digits, hexdigits

__all__ = ["body_decode", "body_encode", "body_length", "decode", "decodestring", "header_decode",
           "header_encode", "header_length", "quote", "unquote"]

CRLF = "\r\n"
NL = "\n"
EMPTYSTRING = ""

# Bytes a header's Q encoding leaves alone (space becomes '_').
_HEADER_SAFE = set(b"-!*+/" + ascii_letters.encode("ascii") + digits.encode("ascii"))
# Bytes a body leaves alone: printable ASCII but '=', plus space and tab.
_BODY_SAFE = set(range(33, 127)) - {ord("=")} | {ord(" "), ord("\t")}


def quote(c):
    return "=%02X" % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_check(octet):
    return octet not in _HEADER_SAFE and octet != ord(" ")


def body_check(octet):
    return octet not in _BODY_SAFE


# The length of each byte's encoding, indexed by the byte: anything else that is no byte value is
# an IndexError (or TypeError), as CPython's table lookups are, before a long input is walked.
_HEADER_LENGTHS = [1 if (b in _HEADER_SAFE or b == 32) else 3 for b in range(256)]
_BODY_LENGTHS = [1 if b in _BODY_SAFE else 3 for b in range(256)]


def header_length(bytearray):
    """How long the Q text of these bytes is."""
    return sum(_HEADER_LENGTHS[b] for b in bytearray)


def body_length(bytearray):
    return sum(_BODY_LENGTHS[b] for b in bytearray)


def header_encode(header_bytes, charset="iso-8859-1"):
    """One 'Q' encoded word holding `header_bytes`."""
    if not header_bytes:
        return ""
    out = []
    # Read as latin-1 text first, as CPython's: what has no decode() is refused at once (a
    # range of 2**64 ints was walked item by item).
    for b in map(ord, header_bytes.decode("latin1")):
        if b == 32:
            out.append("_")
        elif b in _HEADER_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "=?%s?q?%s?=" % (charset, "".join(out))


def body_encode(body, maxlinelen=76, eol=NL):
    """Text as quoted-printable lines of at most `maxlinelen` characters (soft breaks '=')."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    out_lines = []
    lines = body.splitlines()
    ends_with_newline = body[-1] in "\r\n"
    for index, line in enumerate(lines):
        pieces = []
        for ch in line:
            code = ord(ch)
            pieces.append(ch if code < 256 and code in _BODY_SAFE else "".join("=%02X" % b for b in ch.encode("latin-1", "replace")))
        if pieces and pieces[-1] in (" ", "\t"):
            pieces[-1] = "=%02X" % ord(pieces[-1])
        current = ""
        for piece in pieces:
            if len(current) + len(piece) > maxlinelen - 1:
                out_lines.append(current + "=")
                current = ""
            current += piece
        out_lines.append(current)
    text = eol.join(out_lines)
    if ends_with_newline:
        text += eol
    return text


def decode(encoded, eol=NL):
    """Quoted-printable text decoded (soft line breaks removed)."""
    if not encoded:
        return encoded
    out = []
    lines = encoded.splitlines()
    for index, line in enumerate(lines):
        line = line.rstrip()
        if not line:
            out.append(eol)
            continue
        i = 0
        soft = False
        pieces = []
        while i < len(line):
            ch = line[i]
            if ch != "=":
                pieces.append(ch)
                i += 1
            elif i + 1 == len(line):
                soft = True
                i += 1
            elif i + 2 < len(line) + 1 and line[i + 1] in hexdigits and line[i + 2:i + 3] and line[i + 2] in hexdigits:
                pieces.append(unquote(line[i:i + 3]))
                i += 3
            else:
                pieces.append(ch)
                i += 1
        out.append("".join(pieces))
        if not soft:
            out.append(eol)
    text = "".join(out)
    if encoded[-1] not in "\r\n" and text.endswith(eol):
        text = text[:-len(eol)]
    return text


body_decode = decode
decodestring = decode


def header_decode(s):
    """The text of a 'Q' encoded word's payload ('_' is a space)."""
    s = s.replace("_", " ")
    return re.sub(r"=[a-fA-F0-9]{2}", lambda m: unquote(m.group(0)), s)
