"""base64 as MIME uses it: encoded words for headers ('=?charset?b?...?=') and bodies cut into
lines of 76 characters."""

from base64 import b64encode
from binascii import a2b_base64

__all__ = ["body_decode", "body_encode", "decode", "decodestring", "header_encode", "header_length"]

MISC_LEN = 7


def header_length(bytearray):
    """How long the base64 text of these bytes is."""
    groups, rest = divmod(len(bytearray), 3)
    return groups * 4 + (4 if rest else 0)


def header_encode(header_bytes, charset="iso-8859-1"):
    """One encoded word holding `header_bytes` (text is encoded with `charset` first)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return "=?%s?b?%s?=" % (charset, b64encode(header_bytes).decode("ascii"))


def body_encode(s, maxlinelen=76, eol="\n"):
    """`s` (bytes) as base64 lines of at most `maxlinelen` characters, each ended by `eol`."""
    if not s:
        return ""
    per_line = maxlinelen * 3 // 4
    lines = []
    for at in range(0, len(s), per_line):
        lines.append(b64encode(s[at:at + per_line]).decode("ascii") + eol)
    return "".join(lines)


def decode(string):
    """The bytes of base64 text (empty text gives empty bytes)."""
    if not string:
        return bytes()
    if isinstance(string, str):
        from email.utils import _raw_bytes
        return a2b_base64(_raw_bytes(string))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
